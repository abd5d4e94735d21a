import type { EntrustedResident } from './declarationParts';
import type { FieldDefinition } from './fieldDefinition';

/**
 * Fields of one 委托边民 of a representative's declaration, both documents. 边民申报额度 and 认证状态
 * are the 待认证列表's labels; the rest and the tab are inferred.
 */
export const ENTRUSTED_RESIDENT_FIELDS: readonly FieldDefinition<keyof EntrustedResident>[] = [
  {
    key: 'idNumber',
    label: '身份证号',
    required: true,
    source: 'input',
    tab: '基本信息',
    format: 'idNumber',
    inferred: true,
  },
  { key: 'name', label: '边民姓名', required: true, source: 'input', tab: '基本信息', inferred: true },
  { key: 'quota', label: '边民申报额度', required: true, source: 'input', tab: '基本信息', format: 'amount' },
  { key: 'authenticated', label: '认证状态', required: false, source: 'systemEcho', tab: '基本信息' },
];
