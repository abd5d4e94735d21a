import type { DeclarationStatus } from './codeTables/declarationStatuses';
import type { EntrustedResidentInput } from './declarationParts';

/** What {@link authenticationProgress} reports. */
export interface AuthenticationProgress {
  /** Every 委托边民 has authenticated: the declaration becomes 已申报 and goes to customs. */
  complete: boolean;
  /** 身份证号 of the 委托边民 still to authenticate, in list order. */
  pending: string[];
  /** The status the declaration has now. */
  status: 'pendingAuthentication' | 'declared';
  /** The status-machine event of the latest authentication, for `nextStatus`. */
  event: 'residentAuthenticated' | 'allResidentsAuthenticated';
}

/** 身份证号 compare case-insensitively in the check character (x = X). */
function normalizeId(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/**
 * Whether a representative's declaration in 待认证 becomes 已申报: "该申报单所有委托边民认证通过之后，
 * 系统更新申报单状态为“已申报”". Authentications by anyone not entrusted are ignored. A declaration
 * without 委托边民 never completes (inferred: it should never have been 待认证).
 * @param entrusted the declaration's 委托边民
 * @param authenticated 身份证号 of those who have authenticated
 * @example authenticationProgress([{ idNumber: 'A' }, { idNumber: 'B' }], ['A']).pending // ['B']
 */
export function authenticationProgress(
  entrusted: readonly Pick<EntrustedResidentInput, 'idNumber'>[],
  authenticated: Iterable<string>,
): AuthenticationProgress {
  const done = new Set<string>();
  for (const id of authenticated) done.add(normalizeId(id));
  const pending = entrusted.map((r) => r.idNumber).filter((id) => !done.has(normalizeId(id)));
  const complete = entrusted.length > 0 && pending.length === 0;
  return complete
    ? { complete, pending, status: 'declared', event: 'allResidentsAuthenticated' }
    : { complete, pending, status: 'pendingAuthentication', event: 'residentAuthenticated' };
}

/**
 * Whether the resident `idNumber` may press 认证 on a declaration: it is 待认证, they are one of its
 * 委托边民, and they have not authenticated yet ("认证状态更新为：“已认证”" after).
 */
export function canResidentAuthenticate(
  status: DeclarationStatus,
  entrusted: readonly Pick<EntrustedResidentInput, 'idNumber'>[],
  authenticated: Iterable<string>,
  idNumber: string,
): boolean {
  if (status !== 'pendingAuthentication') return false;
  const id = normalizeId(idNumber);
  if (!entrusted.some((r) => normalizeId(r.idNumber) === id)) return false;
  for (const done of authenticated) if (normalizeId(done) === id) return false;
  return true;
}
