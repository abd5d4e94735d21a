import {
  allowanceShares,
  authenticationProgress,
  BACKEND_ROUTES,
  CODE_TABLES,
  canPerform,
  chinaDay,
  checkDailyAllowance,
  createFenceChecker,
  DECLARANT_CATEGORY_OF_ROLE,
  DECLARATION_ACTION_LABELS,
  headCustomsCode,
  isRepresentative,
  loadFences,
  maskIdNumber,
  nextStatus,
  parseAmountCents,
  RMB_CURRENCY_CODE,
  submitPolicy,
  toWgs84,
  validateCancelReason,
  validateDeclarationSchema,
  validationMessage,
  verdictMessage,
} from '@hushi/sdk';
import type {
  AllowanceDeclaration,
  AuthenticationReceipt,
  BackendRouteName,
  CodeEntry,
  CodeTableName,
  CodeTablesResponse,
  DeclarationAction,
  DeclarationEvent,
  DeclarationKind,
  DeclarationReceipt,
  DeclarationStatus,
  DeclarationSummary,
  EntryDeclaration,
  EntryDeclarationInput,
  ExchangeRates,
  FaceChallenge,
  FaceChallengeRequest,
  FenceChecker,
  FenceCollection,
  FenceFix,
  IdentitiesResponse,
  IdentityChoice,
  ImportDeclaration,
  ImportDeclarationInput,
  Page,
  PendingAuthentication,
  Session,
  SubmitContext,
  SubmitterRole,
  SupervisionSite,
} from '@hushi/sdk';
import { BackendFailure } from './backendFailure';
import type { BackendState, StoredDeclaration } from './backendState';
import { listDeclarations } from './backendState';
import { chinaDateTime } from './chinaDateTime';
import { stepCustoms } from './customsPipeline';
import { createFaceChallengeStore } from '../faceChallengeStore';
import { rejectAllFaceTickets } from './faceTicketVerifier';
import type { FaceTicketVerifier } from './faceTicketVerifier';
import { DEMO_EXCHANGE_RATES } from './exchangeRates';
import { draftShapeProblems } from './draftShapeProblems';
import { createIdempotencyStore } from './idempotency';
import type { BackendReply } from './idempotency';
import { createNumbering } from './numbering';
import { loadBackendState, saveBackendState } from './persistedState';
import type { HostStorage } from '../hostStorage';
import { seedDeclarations } from './seedDeclarations';
import { SEED_CONNECTED_HEAD_CUSTOMS, SEED_FENCES } from './seedFences';
import { DEMO_AUTH_CODE, SEED_PERSONS, SEED_PERSONS_BY_ID } from './seedPersons';
import type { SeedPerson } from './seedPersons';
import { createSessionStore } from './sessions';
import type { SessionRecord } from './sessions';
import { SEED_SUPERVISION_SITES, supervisionSiteName } from './supervisionSites';

/** One request to the mock backend, already taken apart by the HTTP handler. */
export interface BackendRequest {
  /** Path parameters (`kind`, `preEntryNumber`). */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The `Authorization` header. */
  authorization: string | null;
  /** The `Idempotency-Key` header. */
  idempotencyKey: string | null;
}

/** Options of {@link createCustomsBackend}. */
export interface CustomsBackendOptions {
  /** Verifies face tickets; default {@link rejectAllFaceTickets}. Pass the JWS verifier of `faceTickets.ts`. */
  verifyFaceTicket?: FaceTicketVerifier;
  /** Clock, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Inactivity after which a session ends, ms (default 30 min). */
  sessionTtlMs?: number;
  /** The electronic fences (default {@link SEED_FENCES}). */
  fences?: FenceCollection;
  /** Head customs districts connected to the fence interface (default {@link SEED_CONNECTED_HEAD_CUSTOMS}). */
  connectedHeadCustoms?: readonly string[];
  /** 人民币 rates of foreign 币制 for the daily allowance (default {@link DEMO_EXCHANGE_RATES}). */
  exchangeRates?: ExchangeRates;
  /** Start with the demo declarations (default true). */
  seed?: boolean;
  /**
   * Where the declarations and number sequences persist, so that they survive a restart of the
   * backend (in the browser: a page reload); the backend starts from what it holds. Default: memory
   * only. Sessions, face challenges and idempotency keys are never kept.
   */
  storage?: HostStorage;
}

/** The simulated customs backend: every route of `BACKEND_ROUTES`, over an in-memory, resettable store. */
export interface CustomsBackend {
  /** The in-memory data (for tests and the control page). */
  readonly state: BackendState;
  /** Answers one request of route `route`; never rejects (failures are error replies). */
  handle(route: BackendRouteName, request: BackendRequest): Promise<BackendReply>;
  /** A fresh single-use auth code that logs in a seed person, as the host's `auth.getSession` gives it. */
  mintAuthCode(personId: string): string;
  /** Moves a declaration one step along the simulated customs pipeline (see `stepCustoms`). */
  stepCustoms(preEntryNumber: string, event: unknown): DeclarationReceipt;
  /** Ends every session, to try "登录超时". */
  expireSessions(): void;
  /** Back to the seed: declarations, sessions, challenges and idempotency keys (and saves that). */
  reset(): void;
}

const SESSION_TTL_MS = 30 * 60_000;
const AUTH_CODE_TTL_MS = 5 * 60_000;
const DEFAULT_PAGE_SIZE = 10;

/** The bridge's `face.verify` purpose of each challenge purpose of the backend API. */
const FACE_PURPOSES = { submit: 'declare', authenticate: 'authorize' } as const;

/** Messages of the manual's FAQ and screens. */
const MESSAGES = {
  realName: '个人账号未实名认证，请先对个人账号进行实名制',
  residentNotFiled: '请先在边民互市贸易系统web端进行备案边民身份',
  notRepresentative: '未备案该申报代表身份',
  identityNotSelected: '请先选择身份',
  notOwner: '当前身份无权进行此操作',
  notFound: '未找到该单据',
  statusForbids: (action: DeclarationAction | DeclarationEvent) =>
    `当前状态的单据不能${ACTION_WORDS[action] ?? '进行此操作'}`,
  notConnected: '该区域暂不支持在移动端申报！',
  outside: '当前位置不在申报区域内',
  needLocation: '请先进行手机电子围网验证',
  needFace: '请先进行人脸识别验证',
  faceRejected: '人脸识别验证未通过，请重新认证',
  residentOnly: '只有委托边民本人可以认证',
  notEntrusted: '您不是该申报单的委托边民',
  alreadyAuthenticated: '您已认证该申报单',
  needEntrusted: '请添加委托边民',
  noEntrustedForResident: '边民自行申报无需添加委托边民',
} as const;

/** The words of a refused action in "当前状态的单据不能…": the manual's button texts. */
const ACTION_WORDS: Partial<Record<DeclarationAction | DeclarationEvent, string>> = {
  ...DECLARATION_ACTION_LABELS,
  submit: '申报',
  save: '暂存',
};

const ROLES: readonly SubmitterRole[] = ['resident', 'mutualAidGroup', 'cooperative'];

/**
 * What an action asks for, without the evidence each attempt brings anew (the fix, the face ticket with
 * its single-use nonce): a retry of the same action carries the same content and fresh evidence.
 */
function withoutEvidence(body: unknown): unknown {
  if (!isRecord(body)) return body;
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => key !== 'location' && key !== 'faceTicket'),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const sameId = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

/** The identities of 身份选择 of one person. */
function identitiesOf(person: SeedPerson): IdentityChoice[] {
  const verified = person.realNameVerified;
  const unavailable = (reason: string) => ({
    available: false,
    reason: verified ? reason : MESSAGES.realName,
  });
  const group = person.mutualAidGroup;
  const cooperative = person.cooperative;
  return [
    verified && person.residentFiled
      ? { role: 'resident', available: true }
      : { role: 'resident', ...unavailable(MESSAGES.residentNotFiled) },
    {
      role: 'mutualAidGroup',
      ...(verified && group ? { available: true } : unavailable(MESSAGES.notRepresentative)),
      ...(group ? { groupCode: group.code, groupName: group.name } : {}),
    },
    {
      role: 'cooperative',
      ...(verified && cooperative ? { available: true } : unavailable(MESSAGES.notRepresentative)),
      ...(cooperative
        ? {
            groupCode: cooperative.code,
            groupName: cooperative.name,
            ...(cooperative.creditCode === undefined
              ? {}
              : { cooperativeCreditCode: cooperative.creditCode }),
          }
        : {}),
    },
  ];
}

function personOf(id: string): SeedPerson {
  const person = SEED_PERSONS_BY_ID.get(id);
  if (person === undefined) throw new BackendFailure(401, 'SESSION_EXPIRED', '登录已超时，请重新登录');
  return person;
}

function kindOf(params: Readonly<Record<string, string>>): DeclarationKind {
  const kind = params.kind;
  if (kind !== 'entry' && kind !== 'import') throw new BackendFailure(404, 'NOT_FOUND', '未找到该单据类型');
  return kind;
}

/** ISO 8601 of a 申报时间 'YYYY-MM-DD HH:mm:ss' (China time). */
const isoOf = (declaredAt: string | null): string | undefined =>
  declaredAt === null ? undefined : `${declaredAt.replace(' ', 'T')}+08:00`;

function totalPrice(input: EntryDeclarationInput | ImportDeclarationInput): string | undefined {
  let cents = 0;
  for (const line of input.goods) {
    const value = parseAmountCents(line.totalPrice);
    if (value === undefined) return undefined;
    cents += value;
  }
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function businessModeOf(
  state: BackendState,
  d: StoredDeclaration,
): EntryDeclarationInput['header']['businessMode'] | undefined {
  if (d.input.kind === 'entry') return d.input.header.businessMode;
  const related = state.declarations.get(d.input.header.relatedEntryNumber);
  return related?.input.kind === 'entry' ? related.input.header.businessMode : undefined;
}

function page<T>(items: readonly T[], query: URLSearchParams): Page<T> {
  const pageNo = Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1);
  const size = Math.min(
    100,
    Math.max(1, Math.floor(Number(query.get('pageSize') ?? DEFAULT_PAGE_SIZE)) || DEFAULT_PAGE_SIZE),
  );
  return {
    items: items.slice((pageNo - 1) * size, pageNo * size),
    total: items.length,
    page: pageNo,
    pageSize: size,
  };
}

const receipt = (d: StoredDeclaration): DeclarationReceipt => ({
  preEntryNumber: d.preEntryNumber,
  ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
  status: d.status,
});

const ok = (body: unknown, status = 200): BackendReply => ({ status, body });

/**
 * Creates the simulated customs backend. It enforces on the server side what the mini-app only
 * guides: the sdk's submit policy (fence re-check of the raw fix, face ticket through the injected
 * verifier with single-use nonces), status machine, schema validation, quota and who may see or touch
 * which declaration; actions replay by `Idempotency-Key`.
 * @example
 * const backend = createCustomsBackend({ verifyFaceTicket: faceTickets.verify })
 * const server = setupServer(...backendHandlers(backend))
 */
export function createCustomsBackend(options: CustomsBackendOptions = {}): CustomsBackend {
  const now = options.now ?? Date.now;
  const verifyFaceTicket = options.verifyFaceTicket ?? rejectAllFaceTickets;
  const fences = options.fences ?? SEED_FENCES;
  const connected = new Set(options.connectedHeadCustoms ?? SEED_CONNECTED_HEAD_CUSTOMS);
  const checker: FenceChecker = createFenceChecker(loadFences(fences), {
    connectedHeadCustoms: connected,
    toWgs84,
    now,
  });
  const saved = options.storage ? loadBackendState(options.storage) : null;
  const state: BackendState = saved ?? { declarations: new Map(), numbering: createNumbering() };
  const persist = (): void => {
    if (options.storage) saveBackendState(options.storage, state);
  };
  const sessions = createSessionStore({
    now,
    sessionTtlMs: options.sessionTtlMs ?? SESSION_TTL_MS,
    authCodeTtlMs: AUTH_CODE_TTL_MS,
  });
  const challenges = createFaceChallengeStore({ now });
  const idempotency = createIdempotencyStore();

  const mintDemoAuthCode = (): void => {
    sessions.mintAuthCode(SEED_PERSONS.resident.id, { reusable: true, code: DEMO_AUTH_CODE });
  };

  function reset(): void {
    state.declarations.clear();
    state.numbering = createNumbering();
    sessions.clear();
    challenges.clear();
    idempotency.clear();
    mintDemoAuthCode();
    if (options.seed ?? true) seedDeclarations(state, now());
    persist();
  }
  if (saved === null) reset();
  else mintDemoAuthCode();

  /** A new 暂存 declaration under a fresh 预录入编号, kept in the state: by 暂存, 复制 or a first 申报. */
  function addDraft(
    kind: DeclarationKind,
    ownerId: string,
    role: SubmitterRole,
    input: EntryDeclarationInput | ImportDeclarationInput,
  ): StoredDeclaration {
    const at = now();
    const d: StoredDeclaration = {
      kind,
      preEntryNumber: state.numbering.nextPreEntryNumber(Number(chinaDay(new Date(at)).slice(0, 4)), kind),
      declarationNumber: null,
      status: transition(null, 'save'),
      declaredAt: null,
      updatedAt: at,
      ownerId,
      role,
      input,
      authenticated: [],
    };
    state.declarations.set(d.preEntryNumber, d);
    return d;
  }

  // ---- who may see and touch what ----

  const isEntrusted = (d: StoredDeclaration, person: SeedPerson): boolean =>
    d.input.entrustedResidents.some((r) => sameId(r.idNumber, person.idNumber));

  /** The declaration a person may see: their own, or one they are a 委托边民 of; 404 otherwise. */
  function visible(
    kind: DeclarationKind,
    preEntryNumber: string | undefined,
    person: SeedPerson,
  ): StoredDeclaration {
    const d = preEntryNumber === undefined ? undefined : state.declarations.get(preEntryNumber);
    if (d === undefined || d.kind !== kind || (d.ownerId !== person.id && !isEntrusted(d, person)))
      throw new BackendFailure(404, 'NOT_FOUND', MESSAGES.notFound);
    return d;
  }

  /** The declaration a person may change: their own, declared under the current identity; 403 / 404 otherwise. */
  function owned(
    kind: DeclarationKind,
    preEntryNumber: string | undefined,
    session: SessionRecord,
  ): StoredDeclaration {
    const person = personOf(session.personId);
    const d = visible(kind, preEntryNumber, person);
    if (d.ownerId !== person.id || d.role !== session.role)
      throw new BackendFailure(403, 'FORBIDDEN', MESSAGES.notOwner);
    return d;
  }

  function requireRole(session: SessionRecord): SubmitterRole {
    if (session.role === undefined)
      throw new BackendFailure(403, 'IDENTITY_NOT_SELECTED', MESSAGES.identityNotSelected);
    return session.role;
  }

  function requireAction(d: StoredDeclaration, action: DeclarationAction): void {
    if (!canPerform(d.status, action))
      throw new BackendFailure(409, 'STATUS_FORBIDS_ACTION', MESSAGES.statusForbids(action));
  }

  function transition(status: DeclarationStatus | null, event: DeclarationEvent): DeclarationStatus {
    let next;
    try {
      next = nextStatus(status, event);
    } catch {
      throw new BackendFailure(409, 'TRANSITION_NOT_ALLOWED', MESSAGES.statusForbids(event));
    }
    if (next === 'deleted')
      throw new BackendFailure(409, 'TRANSITION_NOT_ALLOWED', MESSAGES.statusForbids(event));
    return next;
  }

  // ---- the checks of a submit ----

  function checkFence(location: unknown, customsCode: string): void {
    const head = headCustomsCode(customsCode);
    const fail = (code: string, message: string): never => {
      throw new BackendFailure(422, code, message, [{ path: 'location', message }]);
    };
    if (head === undefined || !connected.has(head)) fail('FENCE_NOT_CONNECTED', MESSAGES.notConnected);
    if (!isRecord(location)) fail('LOCATION_REQUIRED', MESSAGES.needLocation);
    let verdict;
    try {
      verdict = checker.check(location as FenceFix);
    } catch {
      return fail('LOCATION_INVALID', '定位信息无效，请重新定位');
    }
    if (verdict.status === 'not-connected') fail('FENCE_NOT_CONNECTED', MESSAGES.notConnected);
    if (
      verdict.status === 'outside' ||
      (verdict.status === 'inside' && verdict.fence.headCustomsCode !== head)
    )
      fail('FENCE_OUTSIDE', MESSAGES.outside);
    if (verdict.status !== 'inside')
      fail(`FENCE_${verdict.status.toUpperCase()}`, verdictMessage(verdict).message);
  }

  /**
   * Verifies a face ticket against the person's open challenges and uses the matching nonce up; a
   * replayed ticket finds no open challenge, one whose challenge was used meanwhile is refused too.
   */
  async function checkFace(
    ticket: unknown,
    personId: string,
    purpose: FaceChallengeRequest['purpose'],
    businessId: string | undefined,
  ): Promise<void> {
    if (typeof ticket !== 'string' || ticket === '')
      throw new BackendFailure(422, 'FACE_TICKET_REQUIRED', MESSAGES.needFace, [
        { path: 'faceTicket', message: MESSAGES.needFace },
      ]);
    let code = 'FACE_CHALLENGE_MISSING';
    const open = challenges.open({
      personId,
      purpose: FACE_PURPOSES[purpose],
      ...(businessId === undefined ? {} : { bizId: businessId }),
    });
    for (const challenge of open) {
      const verdict = await verifyFaceTicket(ticket, challenge);
      if (!verdict.ok) {
        code = verdict.code;
        continue;
      }
      const outcome = challenges.consume(challenge.nonce, challenge);
      if (outcome === 'consumed') return;
      code = `FACE_CHALLENGE_${outcome.toUpperCase()}`;
    }
    throw new BackendFailure(403, code, MESSAGES.faceRejected);
  }

  function validate(
    kind: DeclarationKind,
    declaration: unknown,
    role: SubmitterRole,
  ): EntryDeclarationInput | ImportDeclarationInput {
    const errors = validateDeclarationSchema(kind, declaration, { now: new Date(now()) }).map(
      ({ path, message }) => ({
        path,
        message,
      }),
    );
    if (errors.length === 0) {
      const residents = (declaration as EntryDeclarationInput | ImportDeclarationInput).entrustedResidents;
      if (isRepresentative(role) && residents.length === 0)
        errors.push({ path: 'entrustedResidents', message: MESSAGES.needEntrusted });
      if (!isRepresentative(role) && residents.length > 0)
        errors.push({ path: 'entrustedResidents', message: MESSAGES.noEntrustedForResident });
    }
    if (errors.length > 0)
      throw new BackendFailure(422, 'VALIDATION', errors[0]?.message ?? '申报信息有误', errors);
    return structuredClone(declaration) as EntryDeclarationInput | ImportDeclarationInput;
  }

  function allowanceOf(
    id: string,
    status: DeclarationStatus | null,
    day: string,
    input: EntryDeclarationInput | ImportDeclarationInput,
    ownerId: string,
  ): AllowanceDeclaration {
    return {
      id,
      status,
      day,
      // A 进口申报单 has no 币制 field: its prices are taken as 人民币 (inferred).
      currency: input.kind === 'entry' ? input.header.currency : RMB_CURRENCY_CODE,
      shares: allowanceShares({
        declarantIdNumber: personOf(ownerId).idNumber,
        goods: input.goods,
        entrustedResidents: input.entrustedResidents,
      }),
    };
  }

  /** The 8,000-yuan daily allowance of every resident the declaration counts for (财关税〔2008〕90号). */
  function checkAllowance(
    input: EntryDeclarationInput | ImportDeclarationInput,
    existing: StoredDeclaration | undefined,
    ownerId: string,
  ): void {
    const day = chinaDay(new Date(now()));
    const others = listDeclarations(state).flatMap((d) =>
      d.declaredAt === null
        ? []
        : [allowanceOf(d.preEntryNumber, d.status, d.declaredAt.slice(0, 10), d.input, d.ownerId)],
    );
    let check;
    try {
      const candidate = allowanceOf(
        existing?.preEntryNumber ?? '',
        existing?.status ?? null,
        day,
        input,
        ownerId,
      );
      check = checkDailyAllowance(candidate, others, { rates: options.exchangeRates ?? DEMO_EXCHANGE_RATES });
    } catch {
      const message = '暂无该币制的汇率，请选择人民币申报';
      throw new BackendFailure(422, 'EXCHANGE_RATE_MISSING', message, [{ path: 'header.currency', message }]);
    }
    const over = check.residents.find((r) => r.exceededByCents > 0);
    if (over === undefined) return;
    const name =
      input.entrustedResidents.find((r) => sameId(r.idNumber, over.idNumber))?.name ?? personOf(ownerId).name;
    const message = validationMessage('allowanceExceeded', { name });
    const path = input.entrustedResidents.length > 0 ? 'entrustedResidents' : 'goods';
    throw new BackendFailure(422, 'ALLOWANCE_EXCEEDED', message, [{ path, message }]);
  }

  /** 申报, 修改 and 变更: validation, status machine, the submit policy's checks, then the new status. */
  async function declare(
    session: SessionRecord,
    kind: DeclarationKind,
    body: unknown,
    existing: StoredDeclaration | undefined,
  ): Promise<BackendReply> {
    const role = requireRole(session);
    const request = isRecord(body) ? body : {};
    const input = validate(kind, request.declaration, role);
    const context: SubmitContext =
      input.kind === 'entry'
        ? {
            kind: 'entry',
            businessMode: input.header.businessMode,
            transportMode: input.header.transportMode,
            role,
          }
        : { kind: 'import', role };
    const policy = submitPolicy(context);
    const status = transition(existing?.status ?? null, policy.event);
    checkAllowance(input, existing, existing?.ownerId ?? session.personId);
    if (policy.checks.includes('fence')) checkFence(request.location, input.header.customsCode);
    if (policy.checks.includes('face'))
      await checkFace(request.faceTicket, session.personId, 'submit', existing?.preEntryNumber);
    const at = now();
    const d = existing ?? addDraft(kind, session.personId, role, input);
    Object.assign(d, { status, input, declaredAt: chinaDateTime(at), updatedAt: at, authenticated: [] });
    return ok(receipt(d), existing === undefined ? 201 : 200);
  }

  // ---- views ----

  function detailOf(d: StoredDeclaration): EntryDeclaration | ImportDeclaration {
    const owner = personOf(d.ownerId);
    const group =
      d.role === 'mutualAidGroup'
        ? owner.mutualAidGroup
        : d.role === 'cooperative'
          ? owner.cooperative
          : undefined;
    const echo = {
      preEntryNumber: d.preEntryNumber,
      declarationNumber: d.declarationNumber,
      declaredAt: d.declaredAt,
      status: d.status,
      declarantCategory: DECLARANT_CATEGORY_OF_ROLE[d.role],
      idNumber: owner.idNumber,
      declarantName: owner.name,
      supervisionSiteName: supervisionSiteName(d.input.header.supervisionSiteCode),
      ...(group ? { groupName: group.name } : {}),
      ...(group?.creditCode === undefined ? {} : { cooperativeCreditCode: group.creditCode }),
    };
    const entrustedResidents = d.input.entrustedResidents.map((r) => ({
      ...r,
      authenticated: d.authenticated.some((id) => sameId(id, r.idNumber)),
    }));
    if (d.input.kind === 'entry') {
      return {
        ...structuredClone(d.input),
        header: { ...d.input.header, ...echo, importExportFlag: '1' },
        entrustedResidents,
      };
    }
    const businessMode = businessModeOf(state, d);
    return {
      ...structuredClone(d.input),
      header: {
        ...d.input.header,
        ...echo,
        declarationType: '00',
        importExportFlag: 'I',
        ...(businessMode === undefined ? {} : { businessMode }),
        ...(group ? { groupCode: group.code } : {}),
      },
      entrustedResidents,
    };
  }

  function summaryOf(d: StoredDeclaration): DeclarationSummary {
    const businessMode = businessModeOf(state, d);
    const declaredAt = isoOf(d.declaredAt);
    const total = totalPrice(d.input);
    return {
      kind: d.kind,
      preEntryNumber: d.preEntryNumber,
      ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
      status: d.status,
      ...(businessMode === undefined ? {} : { businessMode }),
      customsCode: d.input.header.customsCode,
      ...(declaredAt === undefined ? {} : { declaredAt }),
      declarantName: personOf(d.ownerId).name,
      ...(total === undefined ? {} : { totalPrice: total }),
    };
  }

  function query(
    session: SessionRecord,
    kind: DeclarationKind,
    q: URLSearchParams,
    documents: boolean,
  ): Page<DeclarationSummary> {
    const role = requireRole(session);
    const filter = (name: string): string | undefined => {
      const value = q.get(name);
      return value === null || value === '' ? undefined : value;
    };
    const [pre, mode, status, from, to, number] = [
      'preEntryNumber',
      'businessMode',
      'status',
      'from',
      'to',
      'declarationNumber',
    ].map(filter);
    const found = listDeclarations(state).filter((d) => {
      const day = d.declaredAt?.slice(0, 10) ?? chinaDay(new Date(d.updatedAt));
      return (
        d.kind === kind &&
        d.ownerId === session.personId &&
        d.role === role &&
        (!documents || d.declarationNumber !== null) &&
        (pre === undefined || d.preEntryNumber === pre) &&
        (mode === undefined || businessModeOf(state, d) === mode) &&
        (status === undefined || d.status === status) &&
        (from === undefined || day >= from) &&
        (to === undefined || day <= to) &&
        (!documents || number === undefined || d.declarationNumber === number)
      );
    });
    return page(found.map(summaryOf), q);
  }

  // ---- the routes ----

  type Route = (request: BackendRequest, session: SessionRecord) => BackendReply | Promise<BackendReply>;

  const routes: Record<BackendRouteName, Route> = {
    exchangeSession: ({ body }) => {
      const authCode = isRecord(body) ? body.authCode : undefined;
      if (typeof authCode !== 'string')
        throw new BackendFailure(422, 'VALIDATION', '缺少授权码', [
          { path: 'authCode', message: '缺少授权码' },
        ]);
      const session = sessions.exchange(authCode);
      return ok(
        { token: session.token, expiresAt: new Date(session.expiresAt).toISOString() } satisfies Session,
        201,
      );
    },
    getIdentities: (_, session) => {
      const person = personOf(session.personId);
      return ok({
        realNameVerified: person.realNameVerified,
        name: person.name,
        maskedIdNumber: maskIdNumber(person.idNumber),
        identities: identitiesOf(person),
      } satisfies IdentitiesResponse);
    },
    selectIdentity: ({ body }, session) => {
      const person = personOf(session.personId);
      const role = isRecord(body) ? body.role : undefined;
      const choice = identitiesOf(person).find((i) => i.role === role);
      if (choice === undefined || !ROLES.includes(choice.role))
        throw new BackendFailure(422, 'VALIDATION', '请选择身份', [{ path: 'role', message: '请选择身份' }]);
      if (!person.realNameVerified)
        throw new BackendFailure(403, 'REAL_NAME_NOT_VERIFIED', MESSAGES.realName);
      if (!choice.available)
        throw new BackendFailure(
          403,
          choice.role === 'resident' ? 'RESIDENT_NOT_FILED' : 'NOT_REPRESENTATIVE',
          choice.reason ?? MESSAGES.notOwner,
        );
      session.role = choice.role;
      return ok(choice);
    },
    getCodeTables: ({ query: q }) => {
      const names =
        q
          .get('names')
          ?.split(',')
          .filter((n) => n !== '') ?? Object.keys(CODE_TABLES);
      const tables: CodeTablesResponse = {};
      for (const name of names) {
        if (Object.prototype.hasOwnProperty.call(CODE_TABLES, name)) {
          const entries: readonly CodeEntry[] = CODE_TABLES[name as CodeTableName];
          tables[name as CodeTableName] = entries.map((e) => ({ ...e }));
        }
      }
      return ok(tables);
    },
    getSupervisionSites: ({ query: q }) => {
      const code = q.get('customsCode');
      return ok(
        SEED_SUPERVISION_SITES.filter(
          (s) => code === null || s.customsCode === code,
        ) satisfies SupervisionSite[],
      );
    },
    getFences: ({ query: q }) => {
      const code = q.get('customsCode');
      const features = fences.features
        .filter(
          (f) => code === null || f.properties.customsCode === code || f.properties.headCustomsCode === code,
        )
        .map((f) => ({
          ...f,
          properties: { ...f.properties, connected: connected.has(f.properties.headCustomsCode) },
        }));
      return ok({ type: 'FeatureCollection', features } satisfies FenceCollection);
    },
    createFaceChallenge: ({ body }, session) => {
      const purpose = isRecord(body) ? body.purpose : undefined;
      const businessId = isRecord(body) ? body.businessId : undefined;
      if (purpose !== 'submit' && purpose !== 'authenticate')
        throw new BackendFailure(422, 'VALIDATION', '人脸识别用途无效', [
          { path: 'purpose', message: '人脸识别用途无效' },
        ]);
      if (typeof businessId !== 'string' || businessId === '')
        throw new BackendFailure(422, 'VALIDATION', '缺少业务编号', [
          { path: 'businessId', message: '缺少业务编号' },
        ]);
      const c = challenges.issue({
        personId: session.personId,
        purpose: FACE_PURPOSES[purpose],
        bizId: businessId,
      });
      return ok(
        {
          nonce: c.nonce,
          purpose,
          businessId,
          expiresAt: new Date(c.expiresAt).toISOString(),
        } satisfies FaceChallenge,
        201,
      );
    },
    saveDraft: ({ params, body }, session) => {
      const kind = kindOf(params);
      const role = requireRole(session);
      const request = isRecord(body) ? body : {};
      if (!isRecord(request.declaration) || request.declaration.kind !== kind)
        throw new BackendFailure(422, 'VALIDATION', '申报单类型有误', [
          { path: 'kind', message: '申报单类型有误' },
        ]);
      const shapeProblems = draftShapeProblems(kind, request.declaration);
      if (shapeProblems.length > 0)
        throw new BackendFailure(422, 'VALIDATION', '暂存内容格式有误', shapeProblems);
      const input = structuredClone(request.declaration) as unknown as
        EntryDeclarationInput | ImportDeclarationInput;
      const at = now();
      if (typeof request.preEntryNumber === 'string') {
        const d = owned(kind, request.preEntryNumber, session);
        Object.assign(d, { status: transition(d.status, 'save'), input, updatedAt: at, authenticated: [] });
        return ok(receipt(d));
      }
      return ok(receipt(addDraft(kind, session.personId, role, input)), 201);
    },
    submit: ({ params, body }, session) => {
      const kind = kindOf(params);
      const pre = isRecord(body) && typeof body.preEntryNumber === 'string' ? body.preEntryNumber : undefined;
      const existing = pre === undefined ? undefined : owned(kind, pre, session);
      if (existing !== undefined) requireAction(existing, 'modify');
      return declare(session, kind, body, existing);
    },
    queryRecords: ({ params, query: q }, session) => ok(query(session, kindOf(params), q, false)),
    queryDocuments: ({ params, query: q }, session) => ok(query(session, kindOf(params), q, true)),
    getDetail: ({ params }, session) => {
      requireRole(session);
      return ok(detailOf(visible(kindOf(params), params.preEntryNumber, personOf(session.personId))));
    },
    modify: ({ params, body }, session) => {
      const d = owned(kindOf(params), params.preEntryNumber, session);
      requireAction(d, 'modify');
      return declare(session, d.kind, body, d);
    },
    copy: ({ params }, session) => {
      const d = owned(kindOf(params), params.preEntryNumber, session);
      requireAction(d, 'copy');
      return ok(receipt(addDraft(d.kind, d.ownerId, d.role, structuredClone(d.input))), 201);
    },
    delete: ({ params }, session) => {
      const d = owned(kindOf(params), params.preEntryNumber, session);
      requireAction(d, 'delete');
      state.declarations.delete(d.preEntryNumber);
      return { status: 204 };
    },
    change: ({ params, body }, session) => {
      const d = owned(kindOf(params), params.preEntryNumber, session);
      requireAction(d, 'amend');
      return declare(session, d.kind, body, d);
    },
    revoke: ({ params, body }, session) => {
      const d = owned(kindOf(params), params.preEntryNumber, session);
      requireAction(d, 'cancel');
      const reason = isRecord(body) && typeof body.reason === 'string' ? body.reason : '';
      const checked = validateCancelReason(reason);
      if (!checked.valid)
        throw new BackendFailure(422, 'VALIDATION', checked.message, [
          { path: 'reason', message: checked.message },
        ]);
      const at = now();
      Object.assign(d, {
        status: transition(d.status, 'cancel'),
        declaredAt: chinaDateTime(at),
        updatedAt: at,
      });
      return ok(receipt(d));
    },
    listPendingAuthentications: ({ params, query: q }, session) => {
      const kind = kindOf(params);
      requireRole(session);
      const person = personOf(session.personId);
      const authenticatedBy = (d: StoredDeclaration): boolean =>
        d.authenticated.some((id) => sameId(id, person.idNumber));
      // The manual's list also shows what this 边民 has authenticated, with its later status (D2-发往海关成功).
      const items = listDeclarations(state)
        .filter(
          (d) =>
            d.kind === kind &&
            isEntrusted(d, person) &&
            (d.status === 'pendingAuthentication' || authenticatedBy(d)),
        )
        .map((d): PendingAuthentication => {
          const businessMode = businessModeOf(state, d);
          const declaredAt = isoOf(d.declaredAt);
          const plateNumber = d.input.kind === 'entry' ? d.input.vehicles[0]?.plateNumber : undefined;
          const owner = personOf(d.ownerId);
          const group = d.role === 'mutualAidGroup' ? owner.mutualAidGroup : owner.cooperative;
          return {
            kind,
            preEntryNumber: d.preEntryNumber,
            ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
            status: d.status,
            customsCode: d.input.header.customsCode,
            supervisionSiteName: supervisionSiteName(d.input.header.supervisionSiteCode),
            ...(group === undefined ? {} : { groupName: group.name }),
            ...(businessMode === undefined ? {} : { businessMode }),
            declarantName: owner.name,
            ...(plateNumber === undefined ? {} : { plateNumber }),
            quota:
              d.input.entrustedResidents.find((r) => sameId(r.idNumber, person.idNumber))?.quota ?? '0.00',
            authenticated: authenticatedBy(d),
            ...(declaredAt === undefined ? {} : { declaredAt }),
          };
        });
      return ok(page(items, q));
    },
    authenticate: async ({ params, body }, session) => {
      const kind = kindOf(params);
      const role = requireRole(session);
      const person = personOf(session.personId);
      const d = visible(kind, params.preEntryNumber, person);
      if (role !== 'resident') throw new BackendFailure(403, 'RESIDENT_ONLY', MESSAGES.residentOnly);
      if (!isEntrusted(d, person)) throw new BackendFailure(403, 'NOT_ENTRUSTED', MESSAGES.notEntrusted);
      requireAction(d, 'authenticate');
      if (d.authenticated.some((id) => sameId(id, person.idNumber)))
        throw new BackendFailure(409, 'ALREADY_AUTHENTICATED', MESSAGES.alreadyAuthenticated);
      await checkFace(
        isRecord(body) ? body.faceTicket : undefined,
        person.id,
        'authenticate',
        d.preEntryNumber,
      );
      d.authenticated.push(person.idNumber);
      const progress = authenticationProgress(d.input.entrustedResidents, d.authenticated);
      const at = now();
      d.status = transition(d.status, progress.event);
      d.updatedAt = at;
      if (progress.complete) d.declaredAt = chinaDateTime(at);
      return ok({
        preEntryNumber: d.preEntryNumber,
        status: d.status,
        authenticatedCount: d.input.entrustedResidents.length - progress.pending.length,
        residentCount: d.input.entrustedResidents.length,
      } satisfies AuthenticationReceipt);
    },
  };

  async function run(
    route: BackendRouteName,
    request: BackendRequest,
    session: SessionRecord,
  ): Promise<BackendReply> {
    try {
      return await routes[route](request, session);
    } catch (error) {
      if (error instanceof BackendFailure) return { status: error.status, body: error.toBody() };
      throw error;
    }
  }

  /** Answers one request: the session, then the route, replayed by idempotency key where the route says. */
  async function answer(route: BackendRouteName, request: BackendRequest): Promise<BackendReply> {
    const spec = BACKEND_ROUTES[route];
    let session: SessionRecord;
    try {
      session = spec.auth
        ? sessions.authenticate(request.authorization)
        : { token: '', personId: '', expiresAt: Number.POSITIVE_INFINITY };
    } catch (error) {
      if (error instanceof BackendFailure) return { status: error.status, body: error.toBody() };
      throw error;
    }
    if (!spec.idempotent) return run(route, request, session);
    const key = request.idempotencyKey;
    if (key === null || key === '')
      return {
        status: 400,
        body: { code: 'IDEMPOTENCY_KEY_REQUIRED', message: '请求缺少 Idempotency-Key' },
      };
    const fingerprint = JSON.stringify([request.params, withoutEvidence(request.body)]);
    return idempotency.run({ personId: session.personId, route, key, fingerprint }, () =>
      run(route, request, session),
    );
  }

  return {
    state,
    async handle(route, request) {
      const reply = await answer(route, request);
      if (BACKEND_ROUTES[route].method !== 'GET') persist();
      return reply;
    },
    mintAuthCode: (personId) => {
      if (!SEED_PERSONS_BY_ID.has(personId)) throw new TypeError(`unknown seed person: ${personId}`);
      return sessions.mintAuthCode(personId);
    },
    stepCustoms: (preEntryNumber, event) => {
      const stepped = receipt(stepCustoms(state, preEntryNumber, event, now()));
      persist();
      return stepped;
    },
    expireSessions: () => {
      sessions.expireAll();
    },
    reset,
  };
}
