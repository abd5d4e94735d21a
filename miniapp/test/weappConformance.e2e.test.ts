// The bridge conformance suite run from the real WeChat build in a simulated WeChat, over the dev HTTP
// binding and over the container custom API `wx.hushiBridge`, the mock host arranging each condition.
import { expect, it } from 'vitest';
import { conformanceArrange } from '@hushi/mock-host';
import { conformanceSuite } from '@hushi/bridge-spec/conformance';
import { consoleErrors, enterMenu, pageShowing, useWeappApp } from './support/weappApp';
import { nodeText } from './support/weappView';

const weapp = useWeappApp();

for (const [binding, inContainer] of [
  ['the dev HTTP binding (wx.request)', false],
  ['the container custom API (wx.hushiBridge)', true],
] as const) {
  it(`passes the whole bridge conformance suite over ${binding}, the mock host arranging each condition`, async () => {
    const app = weapp.launchApp({ inContainer });
    const menu = await enterMenu(app);
    menu.tap({ text: '桥接一致性检查', className: 'nut-cell' });
    const page = await pageShowing(app, 'pages/conformance/index', '开始检查');
    const arrange = conformanceArrange(weapp.mock);
    page.tap({ text: '开始检查' });
    const answered = new Set<string>();
    const conditions: string[] = [];
    for (;;) {
      // A prompt is new when results came in since the last one answered (the same condition may return).
      const prompt = await app.waitFor(() => {
        if (page.findAll({ className: 'conformance__totals' }).length > 0) return 'done';
        const [shown] = page.findAll({ className: 'conformance__condition' });
        if (shown === undefined) return undefined;
        const key = `${nodeText(shown)}#${page.findAll({ className: 'conformance__row' }).length}`;
        return !answered.has(key) && key;
      }, 'the next prompt or the totals');
      if (prompt === 'done') break;
      answered.add(prompt);
      const condition = prompt.slice(0, prompt.lastIndexOf('#'));
      conditions.push(condition);
      expect(arrange(condition), condition).toBe(true);
      page.tap({ text: '已就绪', className: 'nut-button' });
    }

    // Every case passes but the location ticket's signature check: a mini-program page is given no
    // host key to verify with (runConformance's hostKeys), so that one is skipped, never passed.
    const total = conformanceSuite.cases.length;
    expect(nodeText(page.find({ className: 'conformance__totals' }))).toContain(
      `共 ${total} 项：通过 ${total - 1}，失败 0，跳过 1`,
    );
    expect(new Set(conditions)).toEqual(new Set(Object.keys(conformanceSuite.conditions)));
    expect(consoleErrors(app)).toEqual([]);
  });
}
