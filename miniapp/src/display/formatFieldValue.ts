import { findCode, formatCode, formatStatus, maskIdNumber, parseStatus } from '@hushi/sdk';
import type { FieldDefinition } from '@hushi/sdk';
import { formatAmount } from './formatAmount';

/** The 进出口标志 of both declarations is shown with its meaning: "1-进口", "I-进口". */
const IMPORT_EXPORT_FLAG_LABEL = '进口';

/**
 * A declaration field's value as the 详情 screens show it: codes as `code-label` ("8609-打洛海关"),
 * the status as "00-退单", 身份证号 masked (450*****022), amounts with two decimals (50.00), 认证状态 as
 * 已认证/未认证, nothing as ''.
 * @example formatFieldValue(ENTRY_DECLARATION_FIELDS.header[4], '8609') // '8609-打洛海关'
 */
export function formatFieldValue(
  field: Pick<FieldDefinition, 'key' | 'codeTable' | 'format'>,
  value: unknown,
): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? '已认证' : '未认证';
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  if (field.format === 'status') {
    const status = parseStatus(value);
    return status === undefined ? value : formatStatus(status);
  }
  if (field.format === 'idNumber') return maskIdNumber(value);
  if (field.format === 'amount') return formatAmount(value);
  if (field.key === 'importExportFlag') return `${value}-${IMPORT_EXPORT_FLAG_LABEL}`;
  if (field.codeTable !== undefined) {
    const entry = findCode(field.codeTable, value);
    return entry === undefined ? value : formatCode(entry);
  }
  return value;
}
