import { isRepresentative, validateIdNumber } from '@hushi/sdk';
import { requireRole } from '../access';
import { BackendFailure } from '../backendFailure';
import { MESSAGES } from '../backendMessages';
import { isRecord } from '../../isRecord';
import { checkResident } from '../residentRegister';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/**
 * The 边民 register as a representative's form asks it: whether a 委托边民 may be entrusted, as soon as
 * they are entered, with the same answer 暂存 and 申报 then give.
 */
export const RESIDENT_ROUTES: RouteHandlers<'checkResident'> = {
  checkResident: (_context, { body }, session) => {
    if (!isRepresentative(requireRole(session)))
      throw new BackendFailure(403, 'FORBIDDEN', MESSAGES.notOwner);
    const idNumber = isRecord(body) && typeof body.idNumber === 'string' ? body.idNumber : '';
    const name = isRecord(body) && typeof body.name === 'string' ? body.name : '';
    if (!validateIdNumber(idNumber).valid)
      throw new BackendFailure(422, 'VALIDATION', '请输入正确的身份证号', [
        { path: 'idNumber', message: '请输入正确的身份证号' },
      ]);
    return ok(checkResident(idNumber, name));
  },
};
