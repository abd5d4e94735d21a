import type { HttpMethod } from './httpAdapter';

/** One REST route of the customs backend. */
export interface BackendRoute {
  method: HttpMethod;
  /** Path below the base URL; `:name` segments are path parameters. */
  path: string;
  /** Whether the route needs a session (`Authorization: Bearer <token>`). */
  auth: boolean;
  /** Whether the route is an action that must carry an `Idempotency-Key` (reused on retry). */
  idempotent: boolean;
  /** The body is one file as `multipart/form-data` (field `file`), not JSON; default JSON. */
  multipart?: boolean;
}

/**
 * Every REST route of the customs backend, in one table: the backend client calls them and the mock
 * backend implements them, so a route changes here once. `:kind` is `entry` (进境申报单) or `import`
 * (进口申报单); `:preEntryNumber` is a 预录入编号.
 */
export const BACKEND_ROUTES = {
  /** Exchange the bridge's auth code for a session: body `{ authCode }` → `Session`. */
  exchangeSession: { method: 'POST', path: '/api/v1/sessions', auth: false, idempotent: false },
  /** The account and the identities it may pick (身份选择) → `IdentitiesResponse`. */
  getIdentities: { method: 'GET', path: '/api/v1/me/identities', auth: true, idempotent: false },
  /** Pick an identity for this session: body `{ role }` → `IdentityChoice`. */
  selectIdentity: { method: 'PUT', path: '/api/v1/me/identity', auth: true, idempotent: false },
  /** Code tables as the backend has them (query `names`, comma-separated) → `CodeTablesResponse`. */
  getCodeTables: { method: 'GET', path: '/api/v1/code-tables', auth: true, idempotent: false },
  /** 监管场所 of a 关区 (query `customsCode`) → `SupervisionSite[]`. */
  getSupervisionSites: { method: 'GET', path: '/api/v1/supervision-sites', auth: true, idempotent: false },
  /** The electronic fences (WGS-84 GeoJSON; query `customsCode`) → `FenceCollection`. */
  getFences: { method: 'GET', path: '/api/v1/fences', auth: true, idempotent: false },
  /** A single-use nonce for face recognition: body `FaceChallengeRequest` → `FaceChallenge`. */
  createFaceChallenge: { method: 'POST', path: '/api/v1/face-challenges', auth: true, idempotent: false },
  /**
   * A single-use nonce for a signed position fix (bridge 1.1 `location.get` with a challenge): body
   * `LocationChallengeRequest` → `LocationChallenge`.
   */
  createLocationChallenge: {
    method: 'POST',
    path: '/api/v1/location-challenges',
    auth: true,
    idempotent: false,
  },
  /**
   * The 边民 register's answer for one 委托边民 (filed, real-name verified, the name the ID's): body
   * `ResidentCheckRequest` → `ResidentCheck`. A POST, so the 身份证号 stays out of URLs and logs.
   */
  checkResident: { method: 'POST', path: '/api/v1/resident-checks', auth: true, idempotent: false },
  /**
   * Upload a 附件: body `multipart/form-data` with the field `file` (PDF, JPEG or PNG by its bytes, at
   * most `ATTACHMENT_LIMITS.maxBytes`) and `fileName`, the name as picked (a mini-program names the part
   * by its temp path) → `AttachmentInfo`. Not keyed: a retried upload stores a new
   * file, and files no declaration refers to are dropped when the person's bounds are reached.
   */
  uploadAttachment: {
    method: 'POST',
    path: '/api/v1/attachments',
    auth: true,
    idempotent: false,
    multipart: true,
  },
  /** One 附件 of the logged-in person → `AttachmentInfo`. */
  getAttachment: { method: 'GET', path: '/api/v1/attachments/:attachmentId', auth: true, idempotent: false },
  /** 暂存: body `SaveDraftRequest` → `DeclarationReceipt` (keyed: a 暂存 queued offline is sent once). */
  saveDraft: { method: 'POST', path: '/api/v1/declarations/:kind/drafts', auth: true, idempotent: true },
  /** 申报: body `SubmitRequest` → `DeclarationReceipt`. */
  submit: { method: 'POST', path: '/api/v1/declarations/:kind/submissions', auth: true, idempotent: true },
  /** 申请记录查询 (query `RecordsQuery`) → `Page<DeclarationSummary>`. */
  queryRecords: { method: 'GET', path: '/api/v1/declarations/:kind', auth: true, idempotent: false },
  /** 单据查询 (query `DocumentsQuery`) → `Page<DeclarationSummary>`. */
  queryDocuments: {
    method: 'GET',
    path: '/api/v1/declaration-documents/:kind',
    auth: true,
    idempotent: false,
  },
  /** 详情 → `EntryDeclaration` or `ImportDeclaration`. */
  getDetail: {
    method: 'GET',
    path: '/api/v1/declarations/:kind/:preEntryNumber',
    auth: true,
    idempotent: false,
  },
  /** 修改 (resubmit): body `SubmitRequest` → `DeclarationReceipt`. */
  modify: { method: 'PUT', path: '/api/v1/declarations/:kind/:preEntryNumber', auth: true, idempotent: true },
  /** 复制: a new 暂存 declaration filled from this one → `DeclarationReceipt`. */
  copy: {
    method: 'POST',
    path: '/api/v1/declarations/:kind/:preEntryNumber/copies',
    auth: true,
    idempotent: false,
  },
  /** 删除 → 204. */
  delete: {
    method: 'DELETE',
    path: '/api/v1/declarations/:kind/:preEntryNumber',
    auth: true,
    idempotent: false,
  },
  /** 变更 (amend): body `SubmitRequest` → `DeclarationReceipt`. */
  change: {
    method: 'POST',
    path: '/api/v1/declarations/:kind/:preEntryNumber/changes',
    auth: true,
    idempotent: true,
  },
  /** 撤销: body `{ reason }` → `DeclarationReceipt`. */
  revoke: {
    method: 'POST',
    path: '/api/v1/declarations/:kind/:preEntryNumber/revocations',
    auth: true,
    idempotent: true,
  },
  /** 进境/进口 待认证列表 of the logged-in 边民 (query `page`, `pageSize`) → `Page<PendingAuthentication>`. */
  listPendingAuthentications: {
    method: 'GET',
    path: '/api/v1/authentications/:kind/pending',
    auth: true,
    idempotent: false,
  },
  /** 认证: body `{ faceTicket }` → `AuthenticationReceipt`. */
  authenticate: {
    method: 'POST',
    path: '/api/v1/authentications/:kind/:preEntryNumber',
    auth: true,
    idempotent: true,
  },
} as const satisfies Readonly<Record<string, BackendRoute>>;

/** The name of a route of {@link BACKEND_ROUTES}. */
export type BackendRouteName = keyof typeof BACKEND_ROUTES;
