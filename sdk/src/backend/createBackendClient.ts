import type { SubmitterRole } from '../declaration/codeTables/declarantCategories';
import type { CodeTableName } from '../declaration/codeTables/codeTables';
import type { DeclarationKind } from '../declaration/submitPolicy';
import { BackendError } from '../errors';
import type { FenceCollection } from '../fence/fenceCollection';
import { BACKEND_ERROR_MESSAGES } from './backendErrorMessages';
import { backendErrorFromResponse } from './backendErrorFromResponse';
import type {
  AttachmentInfo,
  AuthenticationReceipt,
  CodeTablesResponse,
  DeclarationOfKind,
  DeclarationReceipt,
  DeclarationSummary,
  DocumentsQuery,
  FaceChallenge,
  FaceChallengeRequest,
  IdentitiesResponse,
  IdentityChoice,
  LocationChallenge,
  LocationChallengeRequest,
  ResidentCheck,
  ResidentCheckRequest,
  Page,
  PendingAuthentication,
  PendingQuery,
  RecordsQuery,
  SaveDraftRequest,
  Session,
  SubmitRequest,
  SupervisionSite,
} from './backendTypes';
import { createFetchAdapter } from './fetchAdapter';
import { createFetchUploadAdapter } from './fetchUploadAdapter';
import type { HttpAdapter, HttpResponse } from './httpAdapter';
import { HttpTimeoutError } from './httpAdapter';
import { createIdempotencyKey } from './idempotencyKey';
import { BACKEND_ROUTES } from './routes';
import type { BackendRoute, BackendRouteName } from './routes';
import { routeUrl } from './routeUrl';
import type { QueryValues } from './routeUrl';
import type { UploadAdapter, UploadFile, UploadProgress } from './uploadAdapter';

/** Options of {@link createBackendClient}. */
export interface BackendClientOptions {
  /** The backend's base URL, e.g. 'https://hushi.example.cn' (the mock host's in development). */
  baseUrl: string;
  /** Sends the requests (default: {@link createFetchAdapter}; the mini-app passes a Taro.request one). */
  adapter?: HttpAdapter;
  /** Uploads 附件 (default: {@link createFetchUploadAdapter}; the mini-app passes a Taro.uploadFile one). */
  uploadAdapter?: UploadAdapter;
  /** A session token to start with (e.g. restored from storage). */
  sessionToken?: string;
  /** Called once when a request meets a 401: the client has dropped its token; show the login. */
  onSessionExpired?: () => void;
  /** Makes `Idempotency-Key`s (default: {@link createIdempotencyKey}). */
  createIdempotencyKey?: () => string;
  /**
   * Each request's deadline, ms (default {@link DEFAULT_BACKEND_TIMEOUT_MS}): without an answer by then
   * it fails with TIMEOUT, well before a mini-program runtime's own 60 s.
   */
  timeoutMs?: number;
  /** An upload's deadline, ms (default {@link DEFAULT_UPLOAD_TIMEOUT_MS}): 5 MB over a weak signal takes a while. */
  uploadTimeoutMs?: number;
}

/** The default deadline of one backend request, ms. */
export const DEFAULT_BACKEND_TIMEOUT_MS = 15_000;

/** The default deadline of one 附件 upload, ms. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;

/** Options of an action that carries an `Idempotency-Key` (暂存, 申报, 修改, 变更, 撤销, 认证). */
export interface ActionOptions {
  /**
   * The key of this logical action. Leave it out on the first try: a fresh one is made and, on a
   * failure, kept on `BackendError.idempotencyKey`. Pass that key on every retry of the same action.
   */
  idempotencyKey?: string;
}

/** The typed REST client of the customs backend; every failure rejects with a `BackendError`. */
export interface BackendClient {
  /** The current session token, if any. */
  readonly sessionToken: string | undefined;
  /** Sets or clears (undefined) the session token. */
  setSessionToken(token: string | undefined): void;
  /** A fresh `Idempotency-Key`, for a caller that wants to hold the key of an action before sending it. */
  newIdempotencyKey(): string;
  /** Exchanges the bridge's auth code for a session and keeps its token. */
  exchangeSession(authCode: string): Promise<Session>;
  /** The account and the identities of 身份选择. */
  getIdentities(): Promise<IdentitiesResponse>;
  /** Picks the identity of this session. */
  selectIdentity(role: SubmitterRole): Promise<IdentityChoice>;
  /** Code tables as the backend has them (all, or the named ones). */
  getCodeTables(names?: readonly CodeTableName[]): Promise<CodeTablesResponse>;
  /** 监管场所 of a 关区. */
  getSupervisionSites(customsCode: string): Promise<SupervisionSite[]>;
  /** The electronic fences, all or of one 关区. */
  getFences(customsCode?: string): Promise<FenceCollection>;
  /** A single-use nonce for face recognition. */
  createFaceChallenge(request: FaceChallengeRequest): Promise<FaceChallenge>;
  /** A single-use nonce for a signed position fix (bridge 1.1 `location.get`). */
  createLocationChallenge(request: LocationChallengeRequest): Promise<LocationChallenge>;
  /** Asks the 边民 register whether a 委托边民 may be entrusted. */
  checkResident(request: ResidentCheckRequest): Promise<ResidentCheck>;
  /**
   * Uploads a 附件 as `multipart/form-data`, telling `onProgress` as bytes go out; the backend checks
   * its type (by its bytes) and size. Check it first with `attachmentProblem` to refuse early.
   */
  uploadAttachment(
    file: UploadFile,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<AttachmentInfo>;
  /** One 附件 of the logged-in person: its name, size and type. */
  getAttachment(attachmentId: string): Promise<AttachmentInfo>;
  /** 暂存. */
  saveDraft<K extends DeclarationKind>(
    kind: K,
    request: SaveDraftRequest<K>,
    options?: ActionOptions,
  ): Promise<DeclarationReceipt>;
  /** 申报. */
  submit<K extends DeclarationKind>(
    kind: K,
    request: SubmitRequest<K>,
    options?: ActionOptions,
  ): Promise<DeclarationReceipt>;
  /** 申请记录查询. */
  queryRecords(kind: DeclarationKind, query?: RecordsQuery): Promise<Page<DeclarationSummary>>;
  /** 单据查询. */
  queryDocuments(kind: DeclarationKind, query?: DocumentsQuery): Promise<Page<DeclarationSummary>>;
  /** 详情. */
  getDetail<K extends DeclarationKind>(kind: K, preEntryNumber: string): Promise<DeclarationOfKind[K]>;
  /** 修改 (resubmit a 暂存, 退单 or failed declaration). */
  modify<K extends DeclarationKind>(
    kind: K,
    preEntryNumber: string,
    request: SubmitRequest<K>,
    options?: ActionOptions,
  ): Promise<DeclarationReceipt>;
  /** 复制: a new 暂存 declaration filled from this one. */
  copy(kind: DeclarationKind, preEntryNumber: string): Promise<DeclarationReceipt>;
  /** 删除. */
  delete(kind: DeclarationKind, preEntryNumber: string): Promise<void>;
  /** 变更 (amend a 改单, 单证放行 or 实货放行 declaration). */
  change<K extends DeclarationKind>(
    kind: K,
    preEntryNumber: string,
    request: SubmitRequest<K>,
    options?: ActionOptions,
  ): Promise<DeclarationReceipt>;
  /** 撤销, with the reason the user typed. */
  revoke(
    kind: DeclarationKind,
    preEntryNumber: string,
    reason: string,
    options?: ActionOptions,
  ): Promise<DeclarationReceipt>;
  /** 进境/进口 待认证列表 of the logged-in 边民, filtered by its query conditions. */
  listPendingAuthentications(
    kind: DeclarationKind,
    query?: PendingQuery,
  ): Promise<Page<PendingAuthentication>>;
  /** 认证: a 委托边民 authenticates a declaration with the host's face ticket. */
  authenticate(
    kind: DeclarationKind,
    preEntryNumber: string,
    faceTicket: string,
    options?: ActionOptions,
  ): Promise<AuthenticationReceipt>;
}

/** What one request needs besides its route. */
interface SendOptions {
  params?: Readonly<Record<string, string>>;
  query?: QueryValues;
  body?: unknown;
  idempotencyKey?: string | undefined;
}

/**
 * Runs the adapter with the request's deadline: the adapter's own {@link HttpTimeoutError}, or the
 * client's timer for an adapter that cannot cancel, becomes TIMEOUT; any other rejection NETWORK.
 */
async function sendWithDeadline(
  sent: () => Promise<HttpResponse>,
  timeoutMs: number,
  keep: { idempotencyKey?: string },
): Promise<HttpResponse> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new HttpTimeoutError(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([sent(), deadline]);
  } catch (cause) {
    const code = cause instanceof HttpTimeoutError ? 'TIMEOUT' : 'NETWORK';
    throw new BackendError(code, BACKEND_ERROR_MESSAGES[code], { ...keep, cause });
  } finally {
    clearTimeout(timer);
  }
}

function parseBody(body: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof body !== 'string') return { ok: true, value: body };
  if (body.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Creates the client of the customs backend's REST API ({@link BACKEND_ROUTES}). It attaches the
 * session as `Authorization: Bearer`, an `Idempotency-Key` to every action (reused on retry), and
 * turns every failure into a typed `BackendError` (401 → SESSION_EXPIRED, 422 → VALIDATION with each
 * field's message, no answer → NETWORK, none by the deadline → TIMEOUT, …).
 * @example
 * const backend = createBackendClient({ baseUrl: 'https://hushi.example.cn', adapter: taroAdapter })
 * await backend.exchangeSession(authCode)
 * const receipt = await backend.submit('entry', { declaration, location, faceTicket })
 */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const adapter = options.adapter ?? createFetchAdapter();
  const newKey = options.createIdempotencyKey ?? createIdempotencyKey;
  let token = options.sessionToken;
  const timeoutMs = options.timeoutMs ?? DEFAULT_BACKEND_TIMEOUT_MS;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;
  let uploadAdapter = options.uploadAdapter;

  /** The headers of a request of `route`: `Accept`, the session, the `Idempotency-Key`. */
  function headersOf(route: BackendRoute, idempotencyKey: string | undefined): Record<string, string> {
    const keep = idempotencyKey === undefined ? {} : { idempotencyKey };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (route.auth) {
      if (token === undefined)
        throw new BackendError('SESSION_EXPIRED', BACKEND_ERROR_MESSAGES.SESSION_EXPIRED, keep);
      headers.Authorization = `Bearer ${token}`;
    }
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    return headers;
  }

  async function send<T>(name: BackendRouteName, request: SendOptions = {}): Promise<T> {
    const route = BACKEND_ROUTES[name];
    const idempotencyKey = route.idempotent ? (request.idempotencyKey ?? newKey()) : undefined;
    const keep = idempotencyKey === undefined ? {} : { idempotencyKey };
    const headers = headersOf(route, idempotencyKey);
    let body: string | undefined;
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const url = routeUrl(options.baseUrl, route.path, request.params, request.query);
    const response = await sendWithDeadline(
      () => adapter({ method: route.method, url, headers, body, timeoutMs }),
      timeoutMs,
      keep,
    );
    return answerOf(response, idempotencyKey) as T;
  }

  async function upload(
    file: UploadFile,
    onProgress: (progress: UploadProgress) => void,
  ): Promise<AttachmentInfo> {
    const route = BACKEND_ROUTES.uploadAttachment;
    const headers = headersOf(route, undefined);
    uploadAdapter ??= createFetchUploadAdapter();
    const send = uploadAdapter;
    const url = routeUrl(options.baseUrl, route.path);
    const response = await sendWithDeadline(
      () =>
        send({
          url,
          headers,
          fieldName: 'file',
          formData: { fileName: file.name },
          file,
          timeoutMs: uploadTimeoutMs,
          onProgress,
        }),
      uploadTimeoutMs,
      {},
    );
    return answerOf(response, undefined) as AttachmentInfo;
  }

  /** The value of a reply, or the `BackendError` it means (a 401 also drops the session). */
  function answerOf(response: HttpResponse, idempotencyKey: string | undefined): unknown {
    const keep = idempotencyKey === undefined ? {} : { idempotencyKey };
    const parsed = parseBody(response.body);
    if (response.status >= 200 && response.status < 300) {
      if (!parsed.ok) {
        throw new BackendError('BAD_RESPONSE', BACKEND_ERROR_MESSAGES.BAD_RESPONSE, {
          status: response.status,
          ...keep,
        });
      }
      return parsed.value;
    }
    const error = backendErrorFromResponse(
      response.status,
      parsed.ok ? parsed.value : undefined,
      idempotencyKey,
    );
    if (error.code === 'SESSION_EXPIRED' && token !== undefined) {
      token = undefined;
      options.onSessionExpired?.();
    }
    throw error;
  }

  const declaration = (kind: DeclarationKind, preEntryNumber: string): Record<string, string> => ({
    kind,
    preEntryNumber,
  });

  return {
    get sessionToken() {
      return token;
    },
    setSessionToken(next) {
      token = next;
    },
    newIdempotencyKey: () => newKey(),
    async exchangeSession(authCode) {
      const session = await send<Session>('exchangeSession', { body: { authCode } });
      token = session.token;
      return session;
    },
    getIdentities: () => send('getIdentities'),
    selectIdentity: (role) => send('selectIdentity', { body: { role } }),
    getCodeTables: (names) =>
      send('getCodeTables', names === undefined ? {} : { query: { names: names.join(',') } }),
    getSupervisionSites: (customsCode) => send('getSupervisionSites', { query: { customsCode } }),
    getFences: (customsCode) => send('getFences', { query: { customsCode } }),
    createFaceChallenge: (request) => send('createFaceChallenge', { body: request }),
    createLocationChallenge: (request) => send('createLocationChallenge', { body: request }),
    checkResident: (request) => send('checkResident', { body: request }),
    uploadAttachment: (file, onProgress = () => undefined) => upload(file, onProgress),
    getAttachment: (attachmentId) => send('getAttachment', { params: { attachmentId } }),
    saveDraft: (kind, request, action = {}) =>
      send('saveDraft', { params: { kind }, body: request, idempotencyKey: action.idempotencyKey }),
    submit: (kind, request, action = {}) =>
      send('submit', { params: { kind }, body: request, idempotencyKey: action.idempotencyKey }),
    queryRecords: (kind, query = {}) => send('queryRecords', { params: { kind }, query: { ...query } }),
    queryDocuments: (kind, query = {}) => send('queryDocuments', { params: { kind }, query: { ...query } }),
    getDetail: (kind, preEntryNumber) => send('getDetail', { params: declaration(kind, preEntryNumber) }),
    modify: (kind, preEntryNumber, request, action = {}) =>
      send('modify', {
        params: declaration(kind, preEntryNumber),
        body: request,
        idempotencyKey: action.idempotencyKey,
      }),
    copy: (kind, preEntryNumber) => send('copy', { params: declaration(kind, preEntryNumber) }),
    delete: (kind, preEntryNumber) => send('delete', { params: declaration(kind, preEntryNumber) }),
    change: (kind, preEntryNumber, request, action = {}) =>
      send('change', {
        params: declaration(kind, preEntryNumber),
        body: request,
        idempotencyKey: action.idempotencyKey,
      }),
    revoke: (kind, preEntryNumber, reason, action = {}) =>
      send('revoke', {
        params: declaration(kind, preEntryNumber),
        body: { reason },
        idempotencyKey: action.idempotencyKey,
      }),
    listPendingAuthentications: (kind, query = {}) =>
      send('listPendingAuthentications', { params: { kind }, query: { ...query } }),
    authenticate: (kind, preEntryNumber, faceTicket, action = {}) =>
      send('authenticate', {
        params: declaration(kind, preEntryNumber),
        body: { faceTicket },
        idempotencyKey: action.idempotencyKey,
      }),
  };
}
