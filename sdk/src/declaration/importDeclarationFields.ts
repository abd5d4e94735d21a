import { ENTRUSTED_RESIDENT_FIELDS } from './entrustedResidentFields';
import { COMMON_HEADER_FIELDS } from './commonHeaderFields';
import type { FieldDefinition } from './fieldDefinition';
import { GOODS_LINE_FIELDS } from './goodsLineFields';
import type { ImportDeclarationHeader } from './importDeclaration';

/**
 * Header fields of a 进口申报单 in the order of the 申报 screen (1.2.1), then the fields the manual
 * mentions but does not show (inferred). Labels as the manual writes them.
 */
const HEADER: readonly FieldDefinition<keyof ImportDeclarationHeader>[] = [
  COMMON_HEADER_FIELDS.preEntryNumber,
  {
    key: 'declarationNumber',
    label: '进口申报单编号',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
  },
  {
    key: 'relatedEntryNumber',
    label: '关联进境申报单编号',
    required: true,
    source: 'input',
    tab: '基本信息',
  },
  COMMON_HEADER_FIELDS.declaredAt,
  COMMON_HEADER_FIELDS.status,
  {
    key: 'declarationType',
    label: '申报类型',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    codeTable: 'declarationType',
  },
  COMMON_HEADER_FIELDS.declarantCategory,
  COMMON_HEADER_FIELDS.idNumber,
  COMMON_HEADER_FIELDS.declarantName,
  COMMON_HEADER_FIELDS.customsCode,
  COMMON_HEADER_FIELDS.supervisionSiteCode,
  COMMON_HEADER_FIELDS.supervisionSiteName,
  COMMON_HEADER_FIELDS.importExportFlag,
  { key: 'groupCode', label: '互助组/合作社编号', required: false, source: 'systemEcho', tab: '基本信息' },
  { key: 'groupName', label: '互助组/合作社名称', required: false, source: 'systemEcho', tab: '基本信息' },
  {
    key: 'cooperativeCreditCode',
    label: '合作社统一信用代码',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    format: 'creditCode',
  },
  {
    key: 'businessMode',
    label: '业务模式',
    required: false,
    source: 'derived',
    tab: '基本信息',
    codeTable: 'businessMode',
    derivedFrom: 'relatedEntryNumber',
    inferred: true,
  },
  {
    key: 'packageCount',
    label: '件数',
    required: false,
    source: 'input',
    tab: '基本信息',
    format: 'positiveInteger',
    inferred: true,
  },
  { key: 'remark', label: '备注', required: false, source: 'input', tab: '基本信息', inferred: true },
];

/** Every field of a 进口申报单, per part: the tabs 基本信息 (header, 委托边民) and 商品信息. */
export const IMPORT_DECLARATION_FIELDS = {
  header: HEADER,
  goods: GOODS_LINE_FIELDS,
  entrustedResidents: ENTRUSTED_RESIDENT_FIELDS,
} as const;
