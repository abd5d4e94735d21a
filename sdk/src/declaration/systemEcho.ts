import type { DeclarantCategoryCode } from './codeTables/declarantCategories';
import type { DeclarationStatus } from './codeTables/declarationStatuses';

/**
 * The 系统回显 fields both documents share: "表示不允许录入，系统将根据相应操作或步骤后自动返填". The
 * backend fills them; a client never writes them, so they are absent from every `…Input` type.
 */
export interface SystemEcho {
  /** 预录入编号, e.g. '202201000000003569' (year + 01 进境 / 03 进口 + sequence). */
  preEntryNumber: string;
  /** 进境申报单编号 / 进口申报单编号, e.g. '860992208101100002'; `null` until customs assigns one. */
  declarationNumber: string | null;
  /** 申报时间, China Standard Time 'YYYY-MM-DD HH:mm:ss'; `null` while a draft. */
  declaredAt: string | null;
  /** 状态. */
  status: DeclarationStatus;
}

/**
 * Who declared, filled by the backend from the logged-in account and the identity picked at 身份选择
 * (the screens show them without `*` and without a picker); never trusted from a client.
 */
export interface DeclarantInfo {
  /** 申报人类别, e.g. '1' (边民). */
  declarantCategory: DeclarantCategoryCode;
  /** 身份证号 of the declarant, in full; screens show it masked (see `maskIdNumber`). */
  idNumber: string;
  /** 申报人名称. */
  declarantName: string;
}
