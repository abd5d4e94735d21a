import { authenticationProgress } from '@hushi/sdk';
import type { AuthenticationReceipt } from '@hushi/sdk';
import { hasAuthenticated, isEntrusted, requireAction, requireRole, transition, visible } from '../access';
import { BackendFailure } from '../backendFailure';
import { MESSAGES } from '../backendMessages';
import { isRecord } from '../../isRecord';
import { kindOf } from '../backendRequest';
import { listDeclarations } from '../backendState';
import { chinaDateTime } from '../chinaDateTime';
import { page, pendingAuthenticationOf } from '../declarationViews';
import { personOf } from '../identities';
import { checkFace } from '../faceCheck';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** 待认证查询 and 认证: a 委托边民 confirms, by face, a declaration a representative made for them. */
export const AUTHENTICATION_ROUTES: RouteHandlers<'listPendingAuthentications' | 'authenticate'> = {
  listPendingAuthentications: ({ state }, { params, query: q }, session) => {
    const kind = kindOf(params);
    requireRole(session);
    const person = personOf(session.personId);
    // The manual's list also shows what this 边民 has authenticated, with its later status (D2-发往海关成功).
    const items = listDeclarations(state)
      .filter(
        (d) =>
          d.kind === kind &&
          isEntrusted(d, person) &&
          (d.status === 'pendingAuthentication' || hasAuthenticated(d, person.idNumber)),
      )
      .map((d) => pendingAuthenticationOf(state, d, person));
    return ok(page(items, q));
  },
  authenticate: async (context, { params, body }, session) => {
    const kind = kindOf(params);
    const role = requireRole(session);
    const person = personOf(session.personId);
    const d = visible(context.state, kind, params.preEntryNumber, person);
    if (role !== 'resident') throw new BackendFailure(403, 'RESIDENT_ONLY', MESSAGES.residentOnly);
    if (!isEntrusted(d, person)) throw new BackendFailure(403, 'NOT_ENTRUSTED', MESSAGES.notEntrusted);
    requireAction(d, 'authenticate');
    if (hasAuthenticated(d, person.idNumber))
      throw new BackendFailure(409, 'ALREADY_AUTHENTICATED', MESSAGES.alreadyAuthenticated);
    await checkFace(
      context,
      isRecord(body) ? body.faceTicket : undefined,
      person.id,
      'authenticate',
      d.preEntryNumber,
    );
    d.authenticated.push(person.idNumber);
    const progress = authenticationProgress(d.input.entrustedResidents, d.authenticated);
    const at = context.now();
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
