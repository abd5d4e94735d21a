import { maskIdNumber } from '@hushi/sdk';
import type { IdentitiesResponse, Session } from '@hushi/sdk';
import { BackendFailure } from '../backendFailure';
import { MESSAGES } from '../backendMessages';
import { isRecord } from '../../isRecord';
import { identitiesOf, personOf, ROLES } from '../identities';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** Logging in with an auth code, and 身份选择: the identities of the person and picking one for the session. */
export const SESSION_ROUTES: RouteHandlers<'exchangeSession' | 'getIdentities' | 'selectIdentity'> = {
  exchangeSession: async (context, { body }) => {
    const authCode = isRecord(body) ? body.authCode : undefined;
    if (typeof authCode !== 'string')
      throw new BackendFailure(422, 'VALIDATION', '缺少授权码', [
        { path: 'authCode', message: '缺少授权码' },
      ]);
    const session = await context.sessions.exchange(context.sql, authCode);
    return ok(
      { token: session.token, expiresAt: new Date(session.expiresAt).toISOString() } satisfies Session,
      201,
    );
  },
  getIdentities: (_context, _request, session) => {
    const person = personOf(session.personId);
    return ok({
      realNameVerified: person.realNameVerified,
      name: person.name,
      maskedIdNumber: maskIdNumber(person.idNumber),
      identities: identitiesOf(person),
    } satisfies IdentitiesResponse);
  },
  selectIdentity: async (context, { body }, session) => {
    const person = personOf(session.personId);
    const role = isRecord(body) ? body.role : undefined;
    const choice = identitiesOf(person).find((i) => i.role === role);
    if (choice === undefined || !ROLES.includes(choice.role))
      throw new BackendFailure(422, 'VALIDATION', '请选择身份', [{ path: 'role', message: '请选择身份' }]);
    if (!person.realNameVerified) throw new BackendFailure(403, 'REAL_NAME_NOT_VERIFIED', MESSAGES.realName);
    if (!choice.available)
      throw new BackendFailure(
        403,
        choice.role === 'resident' ? 'RESIDENT_NOT_FILED' : 'NOT_REPRESENTATIVE',
        choice.reason ?? MESSAGES.notOwner,
      );
    await context.sessions.selectRole(context.sql, session, choice.role);
    return ok(choice);
  },
};
