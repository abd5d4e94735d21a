import type { BusinessModeCode } from './codeTables/businessModes';
import type { TransportModeCode } from './codeTables/transportModes';
import type {
  AttachedDocument,
  EntrustedResident,
  EntrustedResidentInput,
  GoodsLine,
  GoodsQualification,
  VehicleInfo,
} from './declarationParts';
import type { DeclarantInfo, SystemEcho } from './systemEcho';

/** The header fields of a 进境申报单 that the user enters or picks (tab 基本信息). */
export interface EntryDeclarationHeaderInput {
  /** *关区代码, a code of `CUSTOMS_DISTRICTS`, e.g. '8609'. */
  customsCode: string;
  /** *业务模式. */
  businessMode: BusinessModeCode;
  /** *监管场所编号, e.g. 'ASDFG000015' (picked from the backend's list). */
  supervisionSiteCode: string;
  /** *运输方式. */
  transportMode: TransportModeCode;
  /** *运输工具航次(班)号. */
  voyageNumber: string;
  /** 运输工具类型, a code of `TRANSPORT_TOOL_TYPES`. */
  transportToolType?: string;
  /** *运输工具号, e.g. '桂A22710' (free text: a plate, a train or a boat). */
  transportToolNumber: string;
  /** *提运单号. */
  billNumber: string;
  /** *件数, a positive integer as typed. */
  packageCount: string;
  /** *币制, a code of `CURRENCIES`. */
  currency: string;
  /** *贸易国别, a code of `COUNTRIES`. */
  tradeCountry: string;
  /** *是否涉及证书, a code of `CERTIFICATE_FLAGS`. */
  certificateInvolved: string;
  /** 商铺编码. */
  shopCode?: string;
}

/** The header fields of a 进境申报单 that the system fills: never written by a client. */
export interface EntryDeclarationHeaderEcho extends SystemEcho, DeclarantInfo {
  /** 进出口标志, system echo; the 进境申报单 screens show "1-进口". */
  importExportFlag: '1';
  /** 监管场所名称, echoed from the picked 监管场所编号. */
  supervisionSiteName: string;
  /** 商铺名称, echoed from the picked 商铺编码. */
  shopName?: string;
  /** 互助组/合作社名称 of a representative's identity. */
  groupName?: string;
  /** 合作社统一社会信用代码 of a 合作社 identity. */
  cooperativeCreditCode?: string;
}

/** Every header field of a 进境申报单, the keys of `ENTRY_DECLARATION_FIELDS.header`. */
export type EntryDeclarationHeader = EntryDeclarationHeaderInput & EntryDeclarationHeaderEcho;

/**
 * A 进境申报单 as a client sends it on 暂存 or 申报 (new, 修改, 复制 or 变更): only what the user
 * may write. Tabs: 基本信息, 商品信息 (with 商品资质), 车辆信息, 随附单证.
 */
export interface EntryDeclarationInput {
  kind: 'entry';
  header: EntryDeclarationHeaderInput;
  /** 商品信息. */
  goods: GoodsLine[];
  /** 商品资质. */
  qualifications: GoodsQualification[];
  /** 车辆信息. */
  vehicles: VehicleInfo[];
  /** 随附单证. */
  attachments: AttachedDocument[];
  /** 委托边民 with their 边民申报额度; empty when a 边民 declares for themselves. */
  entrustedResidents: EntrustedResidentInput[];
}

/** A 进境申报单 as the backend returns it: the input plus every system-echo field. */
export interface EntryDeclaration extends Omit<EntryDeclarationInput, 'header' | 'entrustedResidents'> {
  header: EntryDeclarationHeader;
  entrustedResidents: EntrustedResident[];
}
