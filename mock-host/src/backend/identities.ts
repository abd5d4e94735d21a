import type { IdentityChoice, SubmitterRole } from '@hushi/sdk';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';
import { SEED_PERSONS_BY_ID } from './seedPersons';
import type { SeedPerson } from './seedPersons';

/** The identities 身份选择 offers. */
export const ROLES: readonly SubmitterRole[] = ['resident', 'mutualAidGroup', 'cooperative'];

/**
 * A 身份证号 as the backend compares and stores it: trimmed, check character X in upper case; '' for
 * none (a draft's 委托边民 may not have one yet).
 */
export const normalizedIdNumber = (idNumber: string | null | undefined): string =>
  typeof idNumber === 'string' ? idNumber.trim().toUpperCase() : '';

/** Whether two 身份证号 are the same, whatever their case and surrounding spaces. */
export const sameIdNumber = (a: string, b: string): boolean =>
  normalizedIdNumber(a) !== '' && normalizedIdNumber(a) === normalizedIdNumber(b);

/** The identities of 身份选择 of one person: each available, or with the reason it is not. */
export function identitiesOf(person: SeedPerson): IdentityChoice[] {
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

/** The seed person of a session's or declaration's person id; 401 (the session is stale) when none. */
export function personOf(id: string): SeedPerson {
  const person = SEED_PERSONS_BY_ID.get(id);
  if (person === undefined) throw new BackendFailure(401, 'SESSION_EXPIRED', '登录已超时，请重新登录');
  return person;
}
