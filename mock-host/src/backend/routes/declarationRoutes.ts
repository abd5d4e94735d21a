import {
  chinaDay,
  submitContextOf,
  submitPolicy,
  validateCancelReason,
  validateDraftShape,
} from '@hushi/sdk';
import type {
  DeclarationKind,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitterRole,
} from '@hushi/sdk';
import type { Sql } from '../../database/sqlDatabase';
import { owned, requireAction, requireRole, transition } from '../access';
import type { BackendContext } from '../backendContext';
import { BackendFailure } from '../backendFailure';
import { MESSAGES } from '../backendMessages';
import { isRecord } from '../../isRecord';
import { kindOf } from '../backendRequest';
import { chinaDateTime } from '../chinaDateTime';
import { receipt } from '../declarationViews';
import {
  clearAuthentications,
  countOwnedDeclarations,
  deleteDeclaration,
  insertDeclaration,
  updateDeclaration,
} from '../declarationStore';
import type { StoredDeclaration } from '../declarationStore';
import { checkAttachmentRefs } from '../attachmentStore';
import { checkFace } from '../faceCheck';
import type { BackendReply } from '../idempotency';
import { nextPreEntryNumber } from '../numbering';
import type { SessionRecord } from '../sessions';
import { checkLocation } from '../locationCheck';
import { checkEntrustedResidents } from '../residentRegister';
import { checkAllowance, checkRelatedEntry, validate } from '../submitChecks';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** Most declarations (drafts included) one person keeps; 暂存 and 复制 beyond are refused. */
export const MAX_DECLARATIONS_PER_PERSON = 10_000;

/** A client draft id, as the mini-app makes it (`draft-<time>-<random>`). */
const DRAFT_ID = /^draft-[A-Za-z0-9_-]{1,64}$/;

/** A new 暂存 declaration under a fresh 预录入编号, stored: by 暂存, 复制 or a first 申报. */
async function addDraft(
  context: BackendContext,
  kind: DeclarationKind,
  ownerId: string,
  role: SubmitterRole,
  input: EntryDeclarationInput | ImportDeclarationInput,
  draftId: string | null = null,
): Promise<StoredDeclaration> {
  if ((await countOwnedDeclarations(context.sql, ownerId)) >= MAX_DECLARATIONS_PER_PERSON)
    throw new BackendFailure(422, 'TOO_MANY_DECLARATIONS', MESSAGES.tooManyDeclarations);
  const at = context.now();
  const d: StoredDeclaration = {
    kind,
    preEntryNumber: await nextPreEntryNumber(context.sql, Number(chinaDay(new Date(at)).slice(0, 4)), kind),
    declarationNumber: null,
    status: transition(null, 'save'),
    declaredAt: null,
    updatedAt: at,
    ownerId,
    role,
    draftId,
    input,
    authenticated: [],
  };
  await insertDeclaration(context.sql, d);
  return d;
}

/** The client draft id of a new declaration's 申报, which its face ticket must be bound to. */
function draftIdOf(request: Record<string, unknown>): string | undefined {
  const id = request.draftId;
  if (id === undefined) return undefined;
  if (typeof id !== 'string' || !DRAFT_ID.test(id))
    throw new BackendFailure(422, 'VALIDATION', MESSAGES.badDraftId, [
      { path: 'draftId', message: MESSAGES.badDraftId },
    ]);
  return id;
}

/** Refuses (409) a second 申报 of one client draft: one draft makes one declaration. */
async function requireUndeclaredDraft(sql: Sql, ownerId: string, draftId: string): Promise<void> {
  const rows = await sql.query('SELECT 1 FROM declarations WHERE owner_id = $1 AND draft_id = $2', [
    ownerId,
    draftId,
  ]);
  if (rows.length > 0) throw new BackendFailure(409, 'DRAFT_ALREADY_DECLARED', MESSAGES.draftDeclared);
}

/**
 * 申报, 修改 and 变更, checked and written in the action's one transaction: validation, status machine,
 * 关联进境申报单, the daily allowance (under a lock per resident and day), the submit policy's fence
 * (on the host-signed fix) and face checks, then the new status. `existing` was read locked; a new declaration is bound to its
 * client `draftId`.
 */
async function declare(
  context: BackendContext,
  session: SessionRecord,
  kind: DeclarationKind,
  request: Record<string, unknown>,
  existing: StoredDeclaration | undefined,
): Promise<BackendReply> {
  const role = requireRole(session);
  const draftId = existing === undefined ? draftIdOf(request) : undefined;
  const input = validate(context, kind, request.declaration, role);
  checkEntrustedResidents(input.entrustedResidents);
  const policy = submitPolicy(submitContextOf(input, role));
  const status = transition(existing?.status ?? null, policy.event);
  const ownerId = existing?.ownerId ?? session.personId;
  if (draftId !== undefined) await requireUndeclaredDraft(context.sql, ownerId, draftId);
  await checkAttachmentRefs(context.sql, ownerId, input);
  if (input.kind === 'import') await checkRelatedEntry(context, input, ownerId);
  await checkAllowance(context, input, existing, ownerId);
  if (policy.checks.length > 0) {
    // What the fix and the face tickets are bound to.
    const businessId = existing?.preEntryNumber ?? draftId;
    if (businessId === undefined)
      throw new BackendFailure(422, 'VALIDATION', MESSAGES.needDraftId, [
        { path: 'draftId', message: MESSAGES.needDraftId },
      ]);
    if (policy.checks.includes('fence'))
      await checkLocation(context, request, session, businessId, input.header.customsCode);
    if (policy.checks.includes('face'))
      await checkFace(context, request.faceTicket, session.personId, 'submit', businessId);
  }
  const at = context.now();
  const d = existing ?? (await addDraft(context, kind, session.personId, role, input, draftId ?? null));
  Object.assign(d, { status, input, declaredAt: chinaDateTime(at), updatedAt: at, authenticated: [] });
  await updateDeclaration(context.sql, d);
  if (existing !== undefined) await clearAuthentications(context.sql, d.preEntryNumber);
  return ok(receipt(d), existing === undefined ? 201 : 200);
}

const bodyOf = (body: unknown): Record<string, unknown> => (isRecord(body) ? body : {});

/** What the declarant does to their declarations: 暂存, 申报, 修改, 复制, 删除, 变更 and 撤销. */
export const DECLARATION_ROUTES: RouteHandlers<
  'saveDraft' | 'submit' | 'modify' | 'copy' | 'delete' | 'change' | 'revoke'
> = {
  saveDraft: async (context, { params, body }, session) => {
    const kind = kindOf(params);
    const role = requireRole(session);
    const request = bodyOf(body);
    if (!isRecord(request.declaration) || request.declaration.kind !== kind)
      throw new BackendFailure(422, 'VALIDATION', '申报单类型有误', [
        { path: 'kind', message: '申报单类型有误' },
      ]);
    const shapeProblems = validateDraftShape(kind, request.declaration);
    if (shapeProblems.length > 0)
      throw new BackendFailure(422, 'VALIDATION', '暂存内容格式有误', shapeProblems);
    const input = structuredClone(request.declaration) as unknown as
      EntryDeclarationInput | ImportDeclarationInput;
    // A half-typed 委托边民 waits for validation at 申报; one whose 身份证号 is complete is checked now.
    if (Array.isArray(input.entrustedResidents)) checkEntrustedResidents(input.entrustedResidents);
    if (typeof request.preEntryNumber === 'string') {
      const d = await owned(context.sql, kind, request.preEntryNumber, session);
      await checkAttachmentRefs(context.sql, d.ownerId, input);
      Object.assign(d, { status: transition(d.status, 'save'), input, updatedAt: context.now() });
      await updateDeclaration(context.sql, d);
      await clearAuthentications(context.sql, d.preEntryNumber);
      return ok(receipt(d));
    }
    await checkAttachmentRefs(context.sql, session.personId, input);
    return ok(receipt(await addDraft(context, kind, session.personId, role, input)), 201);
  },
  submit: async (context, { params, body }, session) => {
    const kind = kindOf(params);
    const request = bodyOf(body);
    const pre = typeof request.preEntryNumber === 'string' ? request.preEntryNumber : undefined;
    const existing = pre === undefined ? undefined : await owned(context.sql, kind, pre, session);
    if (existing !== undefined) requireAction(existing, 'modify');
    return declare(context, session, kind, request, existing);
  },
  modify: async (context, { params, body }, session) => {
    const d = await owned(context.sql, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'modify');
    return declare(context, session, d.kind, bodyOf(body), d);
  },
  copy: async (context, { params }, session) => {
    const d = await owned(context.sql, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'copy');
    return ok(receipt(await addDraft(context, d.kind, d.ownerId, d.role, structuredClone(d.input))), 201);
  },
  delete: async (context, { params }, session) => {
    const d = await owned(context.sql, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'delete');
    await deleteDeclaration(context.sql, d.preEntryNumber);
    return { status: 204 };
  },
  change: async (context, { params, body }, session) => {
    const d = await owned(context.sql, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'amend');
    return declare(context, session, d.kind, bodyOf(body), d);
  },
  revoke: async (context, { params, body }, session) => {
    const d = await owned(context.sql, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'cancel');
    const reason = isRecord(body) && typeof body.reason === 'string' ? body.reason : '';
    const checked = validateCancelReason(reason);
    if (!checked.valid)
      throw new BackendFailure(422, 'VALIDATION', checked.message, [
        { path: 'reason', message: checked.message },
      ]);
    const at = context.now();
    Object.assign(d, {
      status: transition(d.status, 'cancel'),
      declaredAt: chinaDateTime(at),
      updatedAt: at,
    });
    await updateDeclaration(context.sql, d);
    return ok(receipt(d));
  },
};
