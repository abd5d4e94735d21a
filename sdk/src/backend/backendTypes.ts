import type { CodeEntry } from '../declaration/codeTables/codeEntry';
import type { CodeTableName } from '../declaration/codeTables/codeTables';
import type { BusinessModeCode } from '../declaration/codeTables/businessModes';
import type { SubmitterRole } from '../declaration/codeTables/declarantCategories';
import type { DeclarationStatus } from '../declaration/codeTables/declarationStatuses';
import type { EntryDeclaration, EntryDeclarationInput } from '../declaration/entryDeclaration';
import type { ImportDeclaration, ImportDeclarationInput } from '../declaration/importDeclaration';
import type { DeclarationKind } from '../declaration/submitPolicy';
import type { FenceFix } from '../fence/createFenceChecker';
import type { AttachmentContentType } from './attachmentRules';

// The wire types of the customs backend's REST API (see BACKEND_ROUTES): what the backend client
// sends and returns, and what the mock backend must accept and answer.

/** A logged-in session, from exchanging the bridge's auth code. */
export interface Session {
  /** The bearer token of every later request. */
  token: string;
  /** When the session expires (ISO 8601); the backend may end it earlier ("登录超时"). */
  expiresAt: string;
}

/** One identity of 身份选择 and whether this account may pick it. */
export interface IdentityChoice {
  role: SubmitterRole;
  /** False when, e.g., the 边民 identity is not filed (备案) on the web end. */
  available: boolean;
  /** Why it is not available, in Chinese ("请先在边民互市贸易系统web端进行备案边民身份"). */
  reason?: string;
  /** 互助组/合作社编号 of a representative's identity. */
  groupCode?: string;
  /** 互助组/合作社名称 of a representative's identity. */
  groupName?: string;
  /** 合作社统一社会信用代码 of a 合作社 identity. */
  cooperativeCreditCode?: string;
}

/** The account and its identities. */
export interface IdentitiesResponse {
  /** 实名认证: an account that is not real-name verified cannot enter. */
  realNameVerified: boolean;
  /** The account holder's name. */
  name: string;
  /** 身份证号, masked as the screens show it (450*****022). */
  maskedIdNumber: string;
  identities: IdentityChoice[];
}

/** Code tables as the backend has them, by name. */
export type CodeTablesResponse = Partial<Record<CodeTableName, CodeEntry[]>>;

/** An uploaded 附件, as the backend keeps it: a 随附单证 line refers to it by `attachmentId`. */
export interface AttachmentInfo {
  /** The backend's id of the file. */
  attachmentId: string;
  /** The file name as picked (at most `ATTACHMENT_LIMITS.maxNameLength` characters). */
  name: string;
  /** Bytes. */
  size: number;
  /** The type its bytes say it is. */
  contentType: AttachmentContentType;
}

/** A 监管场所 of a 关区. */
export interface SupervisionSite {
  /** 监管场所编号. */
  code: string;
  /** 监管场所名称. */
  name: string;
  /** 关区代码 it belongs to. */
  customsCode: string;
}

/** What a face challenge is for. */
export interface FaceChallengeRequest {
  /** `submit` for 申报/修改/变更, `authenticate` for a 委托边民's 认证. */
  purpose: 'submit' | 'authenticate';
  /** The business id the ticket will be bound to: the 预录入编号, or the client's draft id. */
  businessId: string;
}

/** A single-use nonce to pass to the bridge's `face.verify`. */
export interface FaceChallenge {
  nonce: string;
  purpose: FaceChallengeRequest['purpose'];
  businessId: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** What a location challenge is for: the submit (申报/修改/变更) of one business id. */
export interface LocationChallengeRequest {
  /** The business id the signed fix will be bound to: the 预录入编号, or the client's draft id. */
  businessId: string;
}

/**
 * A single-use nonce to pass to the bridge's `location.get` as `challenge: { nonce, purpose: 'declare',
 * bizId: businessId }`; the host's signed `ticket` answers it.
 */
export interface LocationChallenge {
  nonce: string;
  purpose: 'submit';
  businessId: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** The input type of each declaration kind. */
export interface DeclarationInputOfKind {
  entry: EntryDeclarationInput;
  import: ImportDeclarationInput;
}

/** The full (system-echo included) type of each declaration kind. */
export interface DeclarationOfKind {
  entry: EntryDeclaration;
  import: ImportDeclaration;
}

/** Body of 暂存. */
export interface SaveDraftRequest<K extends DeclarationKind = DeclarationKind> {
  declaration: DeclarationInputOfKind[K];
  /** The 预录入编号 of a draft saved before; absent for a new one. */
  preEntryNumber?: string;
}

/** Body of 申报, 修改 and 变更: the declaration and the evidence of the checks the submit policy needs. */
export interface SubmitRequest<K extends DeclarationKind = DeclarationKind> {
  declaration: DeclarationInputOfKind[K];
  /** The 预录入编号 of a saved draft being submitted (申报 only; 修改 and 变更 have it in the path). */
  preEntryNumber?: string;
  /**
   * A new declaration's (no `preEntryNumber`) client draft id, `draft-…`: the business id its face
   * challenge was bound to. One draft id makes one declaration; a second 申报 of it is refused (409).
   */
  draftId?: string;
  /**
   * The fix, when the fence check is needed. With `locationTicket` it must be the signed fix, field for
   * field; without, the backend re-checks it only where it accepts unsigned fixes (a 1.0 host in
   * development).
   */
  location?: FenceFix;
  /**
   * The host's signed location ticket (bridge 1.1 `location.get` result `ticket`), answering a
   * `createLocationChallenge` nonce for this declaration: the backend judges the fence on its fix.
   */
  locationTicket?: string;
  /** The host's signed face ticket, when face recognition is needed. */
  faceTicket?: string;
}

/** What the backend answers to 暂存, 申报, 修改, 复制, 变更 and 撤销. */
export interface DeclarationReceipt {
  /** 预录入编号. */
  preEntryNumber: string;
  /** 进境/进口申报单编号, once customs gave one. */
  declarationNumber?: string;
  /** The resulting status, e.g. `declared`, or `pendingAuthentication` for a representative. */
  status: DeclarationStatus;
}

/** Filters of 申请记录查询. */
export interface RecordsQuery {
  /** 预录入编号. */
  preEntryNumber?: string;
  /** 业务模式. */
  businessMode?: BusinessModeCode;
  /** 申报状态. */
  status?: DeclarationStatus;
  /** 起始时间, 'YYYY-MM-DD'. */
  from?: string;
  /** 结束时间, 'YYYY-MM-DD'. */
  to?: string;
  /** 1-based page. */
  page?: number;
  pageSize?: number;
}

/** Filters of a 待认证列表 (its query-condition screen), all optional, and the page. */
export interface PendingQuery {
  /** 预录入编号. */
  preEntryNumber?: string;
  /** 申报时间 from this China day, 'YYYY-MM-DD'. */
  from?: string;
  /** 申报时间 up to this China day, 'YYYY-MM-DD'. */
  to?: string;
  /** 1-based page. */
  page?: number;
  pageSize?: number;
}

/** Filters of 单据查询: those of 申请记录查询 plus the 申报单号. */
export interface DocumentsQuery extends RecordsQuery {
  /** 申报单号 (进境/进口申报单编号). */
  declarationNumber?: string;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** Items over all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** One row of a query's result list. */
export interface DeclarationSummary {
  kind: DeclarationKind;
  preEntryNumber: string;
  declarationNumber?: string;
  status: DeclarationStatus;
  businessMode?: BusinessModeCode;
  customsCode: string;
  /** 申报时间, ISO 8601. */
  declaredAt?: string;
  declarantName?: string;
  /** 申报总价 of all goods lines, decimal string. */
  totalPrice?: string;
}

/** One row of a 待认证列表. */
export interface PendingAuthentication {
  kind: DeclarationKind;
  preEntryNumber: string;
  declarationNumber?: string;
  /** 审核状态: 待认证 until every 委托边民 has authenticated; the list keeps what this 边民 authenticated. */
  status: DeclarationStatus;
  /** 隶属海关: the declaration's 关区代码. */
  customsCode: string;
  /** 监管场所名称. */
  supervisionSiteName?: string;
  /** 互助组/合作社名称 of the representative who declared. */
  groupName?: string;
  businessMode?: BusinessModeCode;
  /** The representative who declared. */
  declarantName: string;
  /** 车牌号 (进境). */
  plateNumber?: string;
  /** This resident's 边民申报额度. */
  quota: string;
  /** 认证状态 of this resident. */
  authenticated: boolean;
  declaredAt?: string;
}

/** What the backend answers to a 委托边民's 认证. */
export interface AuthenticationReceipt {
  preEntryNumber: string;
  /** `declared` once every 委托边民 has authenticated, else still `pendingAuthentication`. */
  status: DeclarationStatus;
  /** 认证进度: residents authenticated so far, of all. */
  authenticatedCount: number;
  residentCount: number;
}

/** What the form asks the 边民 register about one 委托边民, as soon as they are entered. */
export interface ResidentCheckRequest {
  /** 身份证号, in full. */
  idNumber: string;
  /** 边民姓名 as typed; left out or '' when not typed yet (only the filing is checked). */
  name?: string;
}

/** Why a 委托边民 may not be entrusted: not filed as a 边民, the account not real-name verified, or the name not the ID's. */
export type ResidentRefusal = 'notFiled' | 'notVerified' | 'nameMismatch';

/** The 边民 register's answer for one 委托边民: on it, or why not with the Chinese message to show. */
export type ResidentCheck =
  { registered: true } | { registered: false; reason: ResidentRefusal; message: string };
