import { chinaDay, submitPolicy, validateCancelReason } from '@hushi/sdk';
import type {
  DeclarationKind,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitContext,
  SubmitterRole,
} from '@hushi/sdk';
import { owned, requireAction, requireRole, transition } from '../access';
import type { BackendContext } from '../backendContext';
import { BackendFailure } from '../backendFailure';
import { isRecord } from '../../isRecord';
import { kindOf } from '../backendRequest';
import type { StoredDeclaration } from '../backendState';
import { chinaDateTime } from '../chinaDateTime';
import { receipt } from '../declarationViews';
import { draftShapeProblems } from '../draftShapeProblems';
import type { BackendReply } from '../idempotency';
import type { SessionRecord } from '../sessions';
import { checkFace } from '../faceCheck';
import { checkAllowance, checkFence, validate } from '../submitChecks';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** A new 暂存 declaration under a fresh 预录入编号, kept in the state: by 暂存, 复制 or a first 申报. */
function addDraft(
  context: BackendContext,
  kind: DeclarationKind,
  ownerId: string,
  role: SubmitterRole,
  input: EntryDeclarationInput | ImportDeclarationInput,
): StoredDeclaration {
  const at = context.now();
  const { state } = context;
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

/** 申报, 修改 and 变更: validation, status machine, the submit policy's checks, then the new status. */
async function declare(
  context: BackendContext,
  session: SessionRecord,
  kind: DeclarationKind,
  body: unknown,
  existing: StoredDeclaration | undefined,
): Promise<BackendReply> {
  const role = requireRole(session);
  const request = isRecord(body) ? body : {};
  const input = validate(context, kind, request.declaration, role);
  const submitContext: SubmitContext =
    input.kind === 'entry'
      ? {
          kind: 'entry',
          businessMode: input.header.businessMode,
          transportMode: input.header.transportMode,
          role,
        }
      : { kind: 'import', role };
  const policy = submitPolicy(submitContext);
  const status = transition(existing?.status ?? null, policy.event);
  checkAllowance(context, input, existing, existing?.ownerId ?? session.personId);
  if (policy.checks.includes('fence')) checkFence(context, request.location, input.header.customsCode);
  if (policy.checks.includes('face'))
    await checkFace(context, request.faceTicket, session.personId, 'submit', existing?.preEntryNumber);
  const at = context.now();
  const d = existing ?? addDraft(context, kind, session.personId, role, input);
  Object.assign(d, { status, input, declaredAt: chinaDateTime(at), updatedAt: at, authenticated: [] });
  return ok(receipt(d), existing === undefined ? 201 : 200);
}

/** What the declarant does to their declarations: 暂存, 申报, 修改, 复制, 删除, 变更 and 撤销. */
export const DECLARATION_ROUTES: RouteHandlers<
  'saveDraft' | 'submit' | 'modify' | 'copy' | 'delete' | 'change' | 'revoke'
> = {
  saveDraft: (context, { params, body }, session) => {
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
    const at = context.now();
    if (typeof request.preEntryNumber === 'string') {
      const d = owned(context.state, kind, request.preEntryNumber, session);
      Object.assign(d, { status: transition(d.status, 'save'), input, updatedAt: at, authenticated: [] });
      return ok(receipt(d));
    }
    return ok(receipt(addDraft(context, kind, session.personId, role, input)), 201);
  },
  submit: (context, { params, body }, session) => {
    const kind = kindOf(params);
    const pre = isRecord(body) && typeof body.preEntryNumber === 'string' ? body.preEntryNumber : undefined;
    const existing = pre === undefined ? undefined : owned(context.state, kind, pre, session);
    if (existing !== undefined) requireAction(existing, 'modify');
    return declare(context, session, kind, body, existing);
  },
  modify: (context, { params, body }, session) => {
    const d = owned(context.state, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'modify');
    return declare(context, session, d.kind, body, d);
  },
  copy: (context, { params }, session) => {
    const d = owned(context.state, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'copy');
    return ok(receipt(addDraft(context, d.kind, d.ownerId, d.role, structuredClone(d.input))), 201);
  },
  delete: (context, { params }, session) => {
    const d = owned(context.state, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'delete');
    context.state.declarations.delete(d.preEntryNumber);
    return { status: 204 };
  },
  change: (context, { params, body }, session) => {
    const d = owned(context.state, kindOf(params), params.preEntryNumber, session);
    requireAction(d, 'amend');
    return declare(context, session, d.kind, body, d);
  },
  revoke: (context, { params, body }, session) => {
    const d = owned(context.state, kindOf(params), params.preEntryNumber, session);
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
    return ok(receipt(d));
  },
};
