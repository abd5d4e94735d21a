// 进境申报单申请记录查询 in the real WeChat build in a simulated WeChat against the mock host: the query,
// a record's 详情, 删除, and 复制 → 申报 → 查看详情 past WeChat's ten-page limit.
import { expect, it } from 'vitest';
import {
  cardRows,
  consoleErrors,
  pageShowing,
  queryEntryRecords,
  SEEDED_STATUSES,
  useWeappApp,
} from './support/weappApp';
import { nodeText } from './support/weappView';

const weapp = useWeappApp();

it('queries 进境申报单 records without dates (暂存 included), then by 预录入编号', async () => {
  const app = weapp.launchApp();
  const records = await queryEntryRecords(app);

  expect(app.navigations.at(-1)).toEqual({ api: 'navigateTo', url: '/pages/records/index?kind=entry' });
  const condition = (name: string): string =>
    nodeText(
      records.find({ className: 'nut-cell-extra', inside: { className: `query-conditions__${name}` } }),
    );
  expect([condition('from'), condition('to')]).toEqual(['全部', '全部']);
  expect(condition('businessMode')).toBe('全部');
  expect(app.requests.at(-1)?.url).toContain('/api/v1/declarations/entry?page=1&');
  const rows = records.findAll({ className: 'query-result' }).map(cardRows);
  expect(rows.map((row) => row['状态']).sort()).toEqual([...SEEDED_STATUSES].sort());
  const returned = rows.find((row) => row['状态'] === '00-退单');
  expect(returned).toMatchObject({ 业务模式: '02-落地加工', 申报人名称: '玉香南', 总价: '100.00' });
  expect(returned?.['预录入编号']).toMatch(/^\d{18}$/);
  expect(returned?.['申报时间']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  const number = returned?.['预录入编号'] ?? '';
  records.input({ className: 'h5-input', inside: { className: 'query-conditions__input' } }, number);
  records.tap({ text: '查询' });
  const found = await app.waitFor(() => {
    const cards = records.findAll({ className: 'query-result' });
    return cards.length === 1 && cards.map(cardRows);
  }, 'the one record of the 预录入编号');
  expect(found[0]?.['预录入编号']).toBe(number);
  expect(app.requests.at(-1)?.url).toContain(`preEntryNumber=${number}`);
  expect(consoleErrors(app)).toEqual([]);
});

it("opens a record's 详情 with its tabs, formatted values and the buttons of 申请记录查询", async () => {
  const app = weapp.launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /N-海关入库失败/, className: 'query-result' });
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');

  expect(app.navigations.at(-1)?.url).toMatch(
    /^\/pages\/detail\/index\?kind=entry&preEntryNumber=\d{18}&from=records$/,
  );
  expect(detail.findAll({ className: 'nut-tabs-titles-item' }).map(nodeText)).toEqual([
    '基本信息',
    '商品信息',
    '商品资质',
    '车辆信息',
    '随附单证',
  ]);
  const texts = detail.texts();
  for (const value of ['N-海关入库失败', '8609-打洛海关', '1-进口', '106-缅甸', '云K12345']) {
    expect(texts).toContain(value);
  }
  expect(texts).toContainEqual(expect.stringMatching(/^532\*{5}\d{2}[\dX]$/));
  expect(detail.findAll({ className: 'action-bar__button' }).map(nodeText)).toEqual(['修改', '复制', '删除']);

  detail.tap({ text: '车辆信息', className: 'nut-tabs-titles-item' });
  await app.waitFor(
    () => nodeText(detail.find({ className: 'nut-tabs-titles-item-active' })) === '车辆信息',
    '车辆信息 selected',
  );
  expect(consoleErrors(app)).toEqual([]);
});

it("删除 in a 暂存 record's 详情 asks, deletes, says 删除成功 and goes back to the shorter list", async () => {
  const app = weapp.launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /暂存/, className: 'query-result' });
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  detail.tap({ text: '删除', className: 'action-bar__button' });
  await app.waitFor(() => detail.texts().includes('是否删除该申报单？'), 'the confirmation');
  detail.tap({ text: '是', className: 'nut-button', inside: { className: 'delete-dialog' } });
  await app.waitFor(() => app.currentPage() === records, 'back to 申请记录查询');

  expect(app.uiCalls).toContainEqual({ api: 'showToast', options: { title: '删除成功', icon: 'success' } });
  expect(app.navigations.at(-1)).toEqual({ api: 'navigateBack' });
  const statuses = await app.waitFor(() => {
    const shown = records.findAll({ className: 'query-result' }).map((card) => cardRows(card)['状态']);
    return shown.length === SEEDED_STATUSES.length - 1 && shown;
  }, 'the list without the 暂存 record');
  expect(statuses).not.toContain('暂存');
  expect(consoleErrors(app)).toEqual([]);
});

it('opens 查看详情 after a fourth 复制 and 申报 in a row, though WeChat keeps ten pages at most', async () => {
  const app = weapp.launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /暂存/, className: 'query-result' });
  let detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  const declared: string[] = [];
  // menu, 申请记录查询 and 详情, then a 申报 form and the new 详情 each round: ten pages in round four.
  for (let round = 1; round <= 4; round++) {
    detail.tap({ text: '复制', className: 'action-bar__button' });
    const form = await app.waitFor(() => {
      const page = app.currentPage();
      return page?.route === 'pages/declare/index' && page.texts().includes('申报') && page;
    }, `the form of 复制 ${round}`);
    form.tap({ text: '申报', className: 'nut-button' });
    const number = await app.waitFor(
      () =>
        /^预录入编号：(\d{18})$/.exec(
          form.texts().find((text) => text.startsWith('预录入编号：')) ?? '',
        )?.[1],
      `申报成功 ${round}`,
    );
    form.tap({ text: '查看详情', className: 'nut-button' });
    detail = await app.waitFor(() => {
      const page = app.currentPage();
      return page !== form && page?.route === 'pages/detail/index' && page.texts().includes(number) && page;
    }, `the 详情 of ${number}`);
    declared.push(number);
  }

  expect(new Set(declared).size).toBe(4);
  expect(app.navigations.at(-1)).toEqual({
    api: 'redirectTo',
    url: `/pages/detail/index?kind=entry&preEntryNumber=${declared[3] ?? ''}&from=records`,
  });
  expect(consoleErrors(app)).toEqual([]);
});
