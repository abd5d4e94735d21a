import { findCode, formatCode, formatStatus } from '@hushi/sdk';
import type { CodeTableName, DeclarationSummary, PendingAuthentication } from '@hushi/sdk';
import type { DisplayRow } from './detailTabs';
import { formatAmount } from './formatAmount';
import { formatDateTime } from './formatDateTime';

function coded(table: CodeTableName, code: string | undefined): string {
  if (code === undefined) return '';
  const entry = findCode(table, code);
  return entry === undefined ? code : formatCode(entry);
}

/** The 申报单编号 label of each kind. */
const NUMBER_LABELS = { entry: '进境申报单编号', import: '进口申报单编号' } as const;

/**
 * One row of a query's results as the screen lists it: 预录入编号, 申报单编号, 状态 ("00-退单"), 业务模式,
 * 申报时间, 申报人名称, 总价.
 */
export function summaryRows(summary: DeclarationSummary): DisplayRow[] {
  return [
    { label: '预录入编号', value: summary.preEntryNumber },
    { label: NUMBER_LABELS[summary.kind], value: summary.declarationNumber ?? '' },
    { label: '状态', value: formatStatus(summary.status) },
    { label: '业务模式', value: coded('businessMode', summary.businessMode) },
    { label: '申报时间', value: summary.declaredAt === undefined ? '' : formatDateTime(summary.declaredAt) },
    { label: '申报人名称', value: summary.declarantName ?? '' },
    { label: '总价', value: formatAmount(summary.totalPrice ?? '') },
  ];
}

/** What the 车牌号 of a 待认证 row says when the declaration has no 车辆信息 (every 进口申报单) or a blank plate. */
export const NO_PLATE_NUMBER = '无';

/**
 * One row of a 待认证列表 with the manual's labels: 预录入编号, 审核状态 ("T0-待认证"), 隶属海关
 * ("8609-打洛海关"), 申报时间, 监管场所名称, 互助组/合作社名称, 申报人姓名, 业务模式, 边民申报额度, 车牌号.
 * 认证状态 goes with the 认证 button, so the screen adds it.
 */
export function pendingRows(row: PendingAuthentication): DisplayRow[] {
  return [
    { label: '预录入编号', value: row.preEntryNumber },
    { label: '审核状态', value: formatStatus(row.status) },
    { label: '隶属海关', value: coded('customsDistrict', row.customsCode) },
    { label: '申报时间', value: row.declaredAt === undefined ? '' : formatDateTime(row.declaredAt) },
    { label: '监管场所名称', value: row.supervisionSiteName ?? '' },
    { label: '互助组/合作社名称', value: row.groupName ?? '' },
    { label: '申报人姓名', value: row.declarantName },
    { label: '业务模式', value: coded('businessMode', row.businessMode) },
    { label: '边民申报额度', value: formatAmount(row.quota) },
    { label: '车牌号', value: row.plateNumber?.trim() || NO_PLATE_NUMBER },
  ];
}
