import type { AttachedDocument, GoodsQualification, VehicleInfo } from './declarationParts';
import { ENTRUSTED_RESIDENT_FIELDS } from './entrustedResidentFields';
import type { EntryDeclarationHeader } from './entryDeclaration';
import { COMMON_HEADER_FIELDS } from './commonHeaderFields';
import type { FieldDefinition } from './fieldDefinition';
import { GOODS_LINE_FIELDS } from './goodsLineFields';

/**
 * Header fields of a 进境申报单 in screen order: the 申报 screen (1.1.1, 1.1.3.2), then the fields only
 * the 详情 screen shows (1.1.2.3). Labels as the manual writes them.
 */
const HEADER: readonly FieldDefinition<keyof EntryDeclarationHeader>[] = [
  COMMON_HEADER_FIELDS.preEntryNumber,
  {
    key: 'declarationNumber',
    label: '进境申报单编号',
    required: false,
    source: 'systemEcho',
    tab: '基本信息',
  },
  COMMON_HEADER_FIELDS.declaredAt,
  COMMON_HEADER_FIELDS.status,
  COMMON_HEADER_FIELDS.customsCode,
  {
    key: 'businessMode',
    label: '业务模式',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'businessMode',
  },
  COMMON_HEADER_FIELDS.supervisionSiteCode,
  COMMON_HEADER_FIELDS.supervisionSiteName,
  {
    key: 'transportMode',
    label: '运输方式',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'transportMode',
  },
  { key: 'voyageNumber', label: '运输工具航次(班)号', required: true, source: 'input', tab: '基本信息' },
  {
    key: 'transportToolType',
    label: '运输工具类型',
    required: false,
    source: 'input',
    tab: '基本信息',
    codeTable: 'transportToolType',
  },
  { key: 'transportToolNumber', label: '运输工具号', required: true, source: 'input', tab: '基本信息' },
  { key: 'billNumber', label: '提运单号', required: true, source: 'input', tab: '基本信息' },
  {
    key: 'packageCount',
    label: '件数',
    required: true,
    source: 'input',
    tab: '基本信息',
    format: 'positiveInteger',
  },
  { key: 'currency', label: '币制', required: true, source: 'input', tab: '基本信息', codeTable: 'currency' },
  {
    key: 'tradeCountry',
    label: '贸易国别',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'country',
  },
  {
    key: 'certificateInvolved',
    label: '是否涉及证书',
    required: true,
    source: 'input',
    tab: '基本信息',
    codeTable: 'certificateFlag',
  },
  COMMON_HEADER_FIELDS.importExportFlag,
  COMMON_HEADER_FIELDS.declarantCategory,
  COMMON_HEADER_FIELDS.idNumber,
  COMMON_HEADER_FIELDS.declarantName,
  { key: 'shopCode', label: '商铺编码', required: false, source: 'input', tab: '基本信息' },
  {
    key: 'shopName',
    label: '商铺名称',
    required: false,
    source: 'derived',
    tab: '基本信息',
    derivedFrom: 'shopCode',
  },
  { key: 'groupName', label: '互助组/合作社名称', required: false, source: 'account', tab: '基本信息' },
  {
    key: 'cooperativeCreditCode',
    label: '合作社统一社会信用代码',
    required: false,
    source: 'account',
    tab: '基本信息',
    format: 'creditCode',
  },
];

/** Fields of a 商品资质 line (tab 商品信息). The manual lists none: all inferred. */
export const GOODS_QUALIFICATION_FIELDS: readonly FieldDefinition<keyof GoodsQualification>[] = [
  {
    key: 'goodsLineNo',
    label: '商品序号',
    required: true,
    source: 'input',
    tab: '商品信息',
    format: 'positiveInteger',
    inferred: true,
  },
  {
    key: 'qualificationType',
    label: '资质类型',
    required: true,
    source: 'input',
    tab: '商品信息',
    codeTable: 'qualificationType',
    inferred: true,
  },
  {
    key: 'qualificationNumber',
    label: '资质编号',
    required: true,
    source: 'input',
    tab: '商品信息',
    inferred: true,
  },
  {
    key: 'validUntil',
    label: '有效期至',
    required: false,
    source: 'input',
    tab: '商品信息',
    format: 'date',
    inferred: true,
  },
  { key: 'issuer', label: '发证机关', required: false, source: 'input', tab: '商品信息', inferred: true },
];

/** Fields of a vehicle (车辆信息). 车牌号 is the 待认证列表's label; the rest are inferred. */
export const VEHICLE_FIELDS: readonly FieldDefinition<keyof VehicleInfo>[] = [
  {
    key: 'plateNumber',
    label: '车牌号',
    required: true,
    source: 'input',
    tab: '车辆信息',
    format: 'plateNumber',
    inferred: true,
  },
  {
    key: 'vehicleType',
    label: '车辆类型',
    required: false,
    source: 'input',
    tab: '车辆信息',
    codeTable: 'transportToolType',
    inferred: true,
  },
  {
    key: 'driverName',
    label: '驾驶员姓名',
    required: false,
    source: 'input',
    tab: '车辆信息',
    inferred: true,
  },
];

/** Fields of a 随附单证 line. The manual lists none: all inferred. */
export const ATTACHED_DOCUMENT_FIELDS: readonly FieldDefinition<keyof AttachedDocument>[] = [
  {
    key: 'documentType',
    label: '单证类型',
    required: true,
    source: 'input',
    tab: '随附单证',
    codeTable: 'attachedDocumentType',
    inferred: true,
  },
  {
    key: 'documentNumber',
    label: '单证编号',
    required: true,
    source: 'input',
    tab: '随附单证',
    inferred: true,
  },
  {
    key: 'attachmentId',
    label: '附件',
    required: false,
    source: 'input',
    tab: '随附单证',
    format: 'attachment',
    inferred: true,
  },
];

/**
 * Every field of a 进境申报单, per part: the tabs 基本信息 (header, 委托边民), 商品信息 (goods lines and
 * 商品资质), 车辆信息 and 随附单证.
 * @example ENTRY_DECLARATION_FIELDS.header.filter((f) => f.required).map((f) => f.label)
 */
export const ENTRY_DECLARATION_FIELDS = {
  header: HEADER,
  goods: GOODS_LINE_FIELDS,
  qualifications: GOODS_QUALIFICATION_FIELDS,
  vehicles: VEHICLE_FIELDS,
  attachments: ATTACHED_DOCUMENT_FIELDS,
  entrustedResidents: ENTRUSTED_RESIDENT_FIELDS,
} as const;
