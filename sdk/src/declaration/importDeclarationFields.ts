import { ENTRUSTED_RESIDENT_FIELDS } from './entrustedResidentFields';
import type { FieldDefinition } from './fieldDefinition';
import { GOODS_LINE_FIELDS } from './goodsLineFields';
import type { ImportDeclarationHeader } from './importDeclaration';

/**
 * Header fields of a 进口申报单 in the order of the 申报 screen (1.2.1), then the fields the manual
 * mentions but does not show (inferred). Labels as the manual writes them.
 */
const HEADER: readonly FieldDefinition<keyof ImportDeclarationHeader>[] = [
  { key: 'preEntryNumber', label: '预录入编号', required: false, source: 'systemEcho', tab: '基本信息' },
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
  {
    key: 'declaredAt',
    label: '申报时间',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    format: 'dateTime',
  },
  { key: 'status', label: '状态', required: false, source: 'systemEcho', tab: '基本信息', format: 'status' },
  {
    key: 'declarationType',
    label: '申报类型',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    codeTable: 'declarationType',
  },
  {
    key: 'declarantCategory',
    label: '申报人类别',
    required: false,
    source: 'account',
    tab: '基本信息',
    codeTable: 'declarantCategory',
  },
  {
    key: 'idNumber',
    label: '身份证号',
    required: false,
    source: 'account',
    tab: '基本信息',
    format: 'idNumber',
  },
  { key: 'declarantName', label: '申报人名称', required: false, source: 'account', tab: '基本信息' },
  {
    key: 'customsCode',
    label: '关区代码',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'customsDistrict',
  },
  { key: 'supervisionSiteCode', label: '监管场所编号', required: true, source: 'input', tab: '基本信息' },
  {
    key: 'supervisionSiteName',
    label: '监管场所名称',
    required: false,
    source: 'derived',
    tab: '基本信息',
    derivedFrom: 'supervisionSiteCode',
  },
  { key: 'importExportFlag', label: '进出口标志', required: false, source: 'systemEcho', tab: '基本信息' },
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
