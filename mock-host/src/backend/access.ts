import { canPerform, nextStatus } from '@hushi/sdk';
import type {
  DeclarationAction,
  DeclarationEvent,
  DeclarationKind,
  DeclarationStatus,
  SubmitterRole,
} from '@hushi/sdk';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';
import type { Sql } from '../database/sqlDatabase';
import { findDeclaration } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { normalizedIdNumber, personOf, sameIdNumber } from './identities';
import type { SeedPerson } from './seedPersons';
import type { SessionRecord } from './sessions';

/** Whether a person is one of the declaration's 委托边民. */
export const isEntrusted = (d: StoredDeclaration, person: SeedPerson): boolean =>
  d.input.entrustedResidents.some((r) => sameIdNumber(r.idNumber, person.idNumber));

/** Whether the 委托边民 of 身份证号 `idNumber` has authenticated the declaration. */
export const hasAuthenticated = (d: StoredDeclaration, idNumber: string): boolean =>
  d.authenticated.includes(normalizedIdNumber(idNumber));

/** Whether the declaration may be locked or changed by the action: it is read `FOR UPDATE`. */
export interface ReadOptions {
  lock?: boolean;
}

/**
 * The declaration a person may see: their own, or one they are a 委托边民 of; 404 otherwise (the same
 * answer for "none" and "not yours").
 */
export async function visible(
  sql: Sql,
  kind: DeclarationKind,
  preEntryNumber: string | undefined,
  person: SeedPerson,
  options: ReadOptions = {},
): Promise<StoredDeclaration> {
  const d = preEntryNumber === undefined ? undefined : await findDeclaration(sql, preEntryNumber, options);
  if (d === undefined || d.kind !== kind || (d.ownerId !== person.id && !isEntrusted(d, person)))
    throw new BackendFailure(404, 'NOT_FOUND', MESSAGES.notFound);
  return d;
}

/**
 * The declaration a person may change: their own, declared under the current identity; 403 / 404
 * otherwise. Its row stays locked until the action's transaction ends, so two actions on one
 * declaration run one after the other and the second sees what the first wrote.
 */
export async function owned(
  sql: Sql,
  kind: DeclarationKind,
  preEntryNumber: string | undefined,
  session: SessionRecord,
): Promise<StoredDeclaration> {
  const person = personOf(session.personId);
  const d = await visible(sql, kind, preEntryNumber, person, { lock: true });
  if (d.ownerId !== person.id || d.role !== session.role)
    throw new BackendFailure(403, 'FORBIDDEN', MESSAGES.notOwner);
  return d;
}

/** The identity picked at 身份选择 in this session; 403 while none is. */
export function requireRole(session: SessionRecord): SubmitterRole {
  if (session.role === undefined)
    throw new BackendFailure(403, 'IDENTITY_NOT_SELECTED', MESSAGES.identityNotSelected);
  return session.role;
}

/** Refuses (409) an action the declaration's status does not offer. */
export function requireAction(d: StoredDeclaration, action: DeclarationAction): void {
  if (!canPerform(d.status, action))
    throw new BackendFailure(409, 'STATUS_FORBIDS_ACTION', MESSAGES.statusForbids(action));
}

/** The status machine's next status after `event`; 409 where it allows none (or only deletion). */
export function transition(status: DeclarationStatus | null, event: DeclarationEvent): DeclarationStatus {
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
