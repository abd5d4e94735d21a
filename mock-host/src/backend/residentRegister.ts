import { validateIdNumber } from '@hushi/sdk';
import type { ResidentCheck } from '@hushi/sdk';
import { BackendFailure } from './backendFailure';
import type { FailureFieldError } from './backendFailure';
import { sameIdNumber } from './identities';
import { SEED_PERSONS_BY_ID } from './seedPersons';

/**
 * Why a 委托边民 may not be entrusted, in the words of the FAQ ("实名制", "备案边民身份"); the person is
 * named by the name the representative typed.
 */
const REASONS = {
  notFiled: (name: string) =>
    `委托边民${name}未备案边民身份，不能委托申报，请先在边民互市贸易系统web端进行备案边民身份`,
  notVerified: (name: string) => `委托边民${name}的个人账号未实名认证，不能委托申报`,
  nameMismatch: (name: string) => `委托边民${name}的姓名与身份证号不一致，请核对后重新填写`,
} as const;

/** What a lookup of the 边民 register answers for one 身份证号 and name. */
export function checkResident(idNumber: string, name: string): ResidentCheck {
  const shown = name.trim() === '' ? '' : `“${name.trim()}”`;
  const person = [...SEED_PERSONS_BY_ID.values()].find((p) => sameIdNumber(p.idNumber, idNumber));
  if (person === undefined || !person.residentFiled)
    return { registered: false, reason: 'notFiled', message: REASONS.notFiled(shown) };
  if (!person.realNameVerified)
    return { registered: false, reason: 'notVerified', message: REASONS.notVerified(shown) };
  if (name.trim() !== '' && name.trim() !== person.name)
    return { registered: false, reason: 'nameMismatch', message: REASONS.nameMismatch(shown) };
  return { registered: true };
}

/** A 委托边民 as a declaration or a draft may hold one (a draft's may be half typed). */
interface ResidentLike {
  idNumber?: unknown;
  name?: unknown;
}

/**
 * Refuses (422, `RESIDENT_NOT_REGISTERED`) a declaration whose 委托边民 are not on the 边民 register:
 * filed, real-name verified, the name the one of the 身份证号. Rows whose 身份证号 is not complete yet (a
 * 暂存) are left to validation; the message names the first person refused, the field errors each.
 */
export function checkEntrustedResidents(residents: readonly ResidentLike[]): void {
  const errors: FailureFieldError[] = [];
  residents.forEach((resident, index) => {
    const idNumber = typeof resident.idNumber === 'string' ? resident.idNumber : '';
    if (!validateIdNumber(idNumber).valid) return;
    const checked = checkResident(idNumber, typeof resident.name === 'string' ? resident.name : '');
    if (!checked.registered)
      errors.push({
        path: `entrustedResidents[${String(index)}].${checked.reason === 'nameMismatch' ? 'name' : 'idNumber'}`,
        message: checked.message,
      });
  });
  const first = errors[0];
  if (first !== undefined) throw new BackendFailure(422, 'RESIDENT_NOT_REGISTERED', first.message, errors);
}
