import { expect, it } from 'vitest';
import { DECLARATION_STATUSES, formatStatus } from '@hushi/sdk';
import type { PendingAuthentication } from '@hushi/sdk';
import { formatFieldValue } from './formatFieldValue';
import { NO_PLATE_NUMBER, pendingRows, summaryRows } from './listRows';

const PENDING: PendingAuthentication = {
  kind: 'import',
  preEntryNumber: '202203000000000001',
  status: 'pendingAuthentication',
  customsCode: '8609',
  declarantName: '玉香南',
  quota: '50',
  authenticated: false,
};

const value = (rows: readonly { label: string; value: string }[], label: string): string | undefined =>
  rows.find((row) => row.label === label)?.value;

it('says 无 for the 车牌号 of a 待认证 row without 车辆信息 or with a blank plate (issue 16 item 7)', () => {
  expect(value(pendingRows(PENDING), '车牌号')).toBe(NO_PLATE_NUMBER);
  expect(value(pendingRows({ ...PENDING, plateNumber: ' ' }), '车牌号')).toBe(NO_PLATE_NUMBER);
  expect(value(pendingRows({ ...PENDING, plateNumber: '云K12345' }), '车牌号')).toBe('云K12345');
});

it('shows the 边民申报额度 and 总价 with two decimals, however they were typed (issue 16 item 7)', () => {
  expect(value(pendingRows(PENDING), '边民申报额度')).toBe('50.00');
  expect(value(pendingRows({ ...PENDING, quota: '60.00' }), '边民申报额度')).toBe('60.00');
  const summary = { kind: 'entry', preEntryNumber: '1', status: 'draft', customsCode: '8609' } as const;
  expect(value(summaryRows({ ...summary, totalPrice: '100' }), '总价')).toBe('100.00');
});

it('shows each status in one format on every screen: the list rows, 详情 and the 申报状态 picker', () => {
  const statusField = { key: 'status', format: 'status' } as const;
  for (const { status } of DECLARATION_STATUSES) {
    const shown = formatStatus(status);
    const summary = { kind: 'entry', preEntryNumber: '1', status, customsCode: '8609' } as const;
    expect(value(summaryRows(summary), '状态')).toBe(shown);
    expect(value(pendingRows({ ...PENDING, status }), '审核状态')).toBe(shown);
    expect(formatFieldValue(statusField, status)).toBe(shown);
  }
});
