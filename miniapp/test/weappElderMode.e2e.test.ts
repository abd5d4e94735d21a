// 长辈模式 (适老化) in the real WeChat build, in a simulated WeChat: it follows WeChat's 字体大小
// (`fontSizeSetting` of `wx.getSystemInfoSync`) and the menu's switch, whose choice WeChat's storage
// keeps for the next launch.
import { expect, it } from 'vitest';
import { consoleErrors, enterMenu, identityPageTexts, useWeappApp } from './support/weappApp';
import type { SimulatedPage, WeappRuntime } from './support/weappRuntime';

const weapp = useWeappApp();

/** The root element of the page on top: its class and inline style, as Taro's data carries them. */
function pageRoot(page: SimulatedPage): { classes: string[]; style: string } {
  const root = page.find({ className: 'page' }) as { cl?: string; st?: string };
  return { classes: (root.cl ?? '').split(/\s+/), style: root.st ?? '' };
}

/** Waits for 身份选择 and returns its page. */
async function identityPage(app: WeappRuntime): Promise<SimulatedPage> {
  await identityPageTexts(app);
  return app.currentPage() as SimulatedPage;
}

it('turns 长辈模式 on when WeChat’s font size is large, its text scaled with it', async () => {
  const app = weapp.launchApp({ systemInfo: { fontSizeSetting: 24 } });
  const root = pageRoot(await identityPage(app));

  expect(root.classes).toContain('elder');
  // 14 px × 24/16 = 21 px: 18 px × 1.17.
  expect(root.style).toMatch(/--text-scale:\s*1\.17/);
  expect(consoleErrors(app)).toEqual([]);
});

it('stays normal at WeChat’s standard font size', async () => {
  const app = weapp.launchApp({ systemInfo: { fontSizeSetting: 17 } });
  const root = pageRoot(await identityPage(app));

  expect(root.classes).not.toContain('elder');
  expect(root.style).not.toContain('--text-scale');
});

it('switches 长辈模式 on in the menu, and WeChat’s storage keeps the choice for the next launch', async () => {
  const storage = new Map<string, unknown>();
  const first = weapp.launchApp({ storage });
  const menu = await enterMenu(first);
  expect(pageRoot(menu).classes).not.toContain('elder');

  menu.tap({ className: 'elder-mode__switch' });
  await first.waitFor(() => pageRoot(menu).classes.includes('elder'), 'the menu in 长辈模式');
  expect(storage.get('hushi.elderMode')).toBe(true);
  expect(consoleErrors(first)).toEqual([]);

  const again = weapp.launchApp({ storage });
  expect(pageRoot(await identityPage(again)).classes).toContain('elder');
});
