import type { BusinessModeCode } from './codeTables/businessModes';
import type { EntrustedResident, EntrustedResidentInput, GoodsLine } from './declarationParts';
import type { DeclarantInfo, SystemEcho } from './systemEcho';

/** The header fields of a 进口申报单 that the user enters or picks (tab 基本信息). */
export interface ImportDeclarationHeaderInput {
  /**
   * *关联进境申报单编号: the linked 进境申报单. The manual's example (202201000000003491) has the form
   * of a 进境 预录入编号.
   */
  relatedEntryNumber: string;
  /** *关区代码, a code of `CUSTOMS_DISTRICTS`. */
  customsCode: string;
  /** *监管场所编号. */
  supervisionSiteCode: string;
  /** 件数 (inferred: "件数、备注等字段，需要用户手工录入"), a positive integer as typed. */
  packageCount?: string;
  /** 备注 (inferred, same sentence). */
  remark?: string;
}

/** The header fields of a 进口申报单 that the system fills: never written by a client. */
export interface ImportDeclarationHeaderEcho extends SystemEcho, DeclarantInfo {
  /** 申报类型, a code of `DECLARATION_TYPES`; "00-申请" on a new declaration. */
  declarationType: string;
  /** 进出口标志; the 进口申报单 screens show "I-进口". */
  importExportFlag: 'I';
  /** 监管场所名称, echoed from the picked 监管场所编号. */
  supervisionSiteName: string;
  /**
   * 业务模式 of the linked 进境申报单 (inferred: the import screens have no 业务模式 field, yet the
   * 进口 query filters by it and the 待认证列表 shows "02-落地加工" for a 进口申报单).
   */
  businessMode?: BusinessModeCode;
  /** 互助组/合作社编号 (系统回显). */
  groupCode?: string;
  /** 互助组/合作社名称 (系统回显). */
  groupName?: string;
  /** 合作社统一信用代码 (系统回显). */
  cooperativeCreditCode?: string;
}

/** Every header field of a 进口申报单, the keys of `IMPORT_DECLARATION_FIELDS.header`. */
export type ImportDeclarationHeader = ImportDeclarationHeaderInput & ImportDeclarationHeaderEcho;

/** A 进口申报单 as a client sends it on 暂存 or 申报. Tabs: 基本信息, 商品信息. */
export interface ImportDeclarationInput {
  kind: 'import';
  header: ImportDeclarationHeaderInput;
  /** 商品信息. */
  goods: GoodsLine[];
  /** 委托边民 with their 边民申报额度; empty when a 边民 declares for themselves. */
  entrustedResidents: EntrustedResidentInput[];
}

/** A 进口申报单 as the backend returns it: the input plus every system-echo field. */
export interface ImportDeclaration extends Omit<ImportDeclarationInput, 'header' | 'entrustedResidents'> {
  header: ImportDeclarationHeader;
  entrustedResidents: EntrustedResident[];
}
