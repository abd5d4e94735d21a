import type { FieldDefinition } from './fieldDefinition';

/**
 * Header fields that the 进境申报单 and the 进口申报单 show alike (same key, label, source and format),
 * defined once so that a correction reaches both documents. Each table places them in its own screen order.
 */
export const COMMON_HEADER_FIELDS = {
  preEntryNumber: {
    key: 'preEntryNumber',
    label: '预录入编号',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
  },
  declaredAt: {
    key: 'declaredAt',
    label: '申报时间',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    format: 'dateTime',
  },
  status: {
    key: 'status',
    label: '状态',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
    format: 'status',
  },
  customsCode: {
    key: 'customsCode',
    label: '关区代码',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'customsDistrict',
  },
  supervisionSiteCode: {
    key: 'supervisionSiteCode',
    label: '监管场所编号',
    required: true,
    source: 'input',
    tab: '基本信息',
  },
  supervisionSiteName: {
    key: 'supervisionSiteName',
    label: '监管场所名称',
    required: false,
    source: 'derived',
    tab: '基本信息',
    derivedFrom: 'supervisionSiteCode',
  },
  importExportFlag: {
    key: 'importExportFlag',
    label: '进出口标志',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
  },
  declarantCategory: {
    key: 'declarantCategory',
    label: '申报人类别',
    required: false,
    source: 'account',
    tab: '基本信息',
    codeTable: 'declarantCategory',
  },
  idNumber: {
    key: 'idNumber',
    label: '身份证号',
    required: false,
    source: 'account',
    tab: '基本信息',
    format: 'idNumber',
  },
  declarantName: {
    key: 'declarantName',
    label: '申报人名称',
    required: false,
    source: 'account',
    tab: '基本信息',
  },
} as const satisfies { [K in string]: FieldDefinition<K> };
