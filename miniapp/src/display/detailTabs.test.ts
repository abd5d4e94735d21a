import { expect, it } from 'vitest';
import type { EntryDeclaration, ImportDeclaration } from '@hushi/sdk';
import { detailTabs, pendingDetailGroups } from './detailTabs';

const entry = {
  kind: 'entry',
  header: {
    preEntryNumber: '202201000000003569',
    customsCode: '8609',
    idNumber: '450102199001011022',
    status: 'customsStorageFailed',
  },
  goods: [{ lineNo: 1, goodsName: '菠萝', originCountry: '106' }],
  qualifications: [],
  vehicles: [{ plateNumber: '桂A22710' }],
  attachments: [],
  entrustedResidents: [
    { idNumber: '532822198803120421', name: '玉香南', quota: '60.00', authenticated: true },
  ],
} as unknown as EntryDeclaration;

it('gives a 进境申报单 five tabs with every field labelled and formatted', () => {
  const tabs = detailTabs(entry);
  expect(tabs.map((t) => t.title)).toEqual(['基本信息', '商品信息', '商品资质', '车辆信息', '随附单证']);
  const header = tabs[0]?.groups[0]?.rows ?? [];
  expect(header).toContainEqual({ label: '关区代码', value: '8609-打洛海关' });
  expect(header).toContainEqual({ label: '身份证号', value: '450*****022' });
  expect(header).toContainEqual({ label: '状态', value: 'N-海关入库失败' });
  expect(tabs[0]?.groups[1]).toMatchObject({ title: '委托边民（1）' });
  expect(tabs[0]?.groups[1]?.rows).toContainEqual({ label: '认证状态', value: '已认证' });
  expect(tabs[1]?.groups[0]?.rows).toContainEqual({ label: '原产国(地区)', value: '106-缅甸' });
  expect(tabs[3]?.groups[0]?.rows).toContainEqual({ label: '车牌号', value: '桂A22710' });
});

it('gives a 进口申报单 基本信息 and 商品信息', () => {
  const imported = {
    ...entry,
    kind: 'import',
    header: { ...entry.header, importExportFlag: 'I' },
  } as unknown as ImportDeclaration;
  const tabs = detailTabs(imported);
  expect(tabs.map((t) => t.title)).toEqual(['基本信息', '商品信息']);
  expect(tabs[0]?.groups[0]?.rows).toContainEqual({ label: '进出口标志', value: 'I-进口' });
});

it('shows a 委托边民 the goods, their 申报总价合计 and their own 边民申报额度 before 认证 (issue 16 item 2)', () => {
  const declaration = {
    kind: 'import',
    goods: [
      { goodsName: '菠萝', totalPrice: '85' },
      { goodsName: '香蕉', totalPrice: '15.50' },
    ],
  } as unknown as ImportDeclaration;
  const groups = pendingDetailGroups(declaration, { quota: '50' });
  expect(groups.map((group) => group.title)).toEqual(['商品信息（1）', '商品信息（2）', '金额']);
  expect(groups[0]?.rows).toContainEqual({ label: '商品名称', value: '菠萝' });
  expect(groups.at(-1)?.rows).toEqual([
    { label: '申报总价合计', value: '100.50' },
    { label: '边民申报额度', value: '50.00' },
  ]);
});
