import { authenticationProgress } from '@hushi/sdk';
import type { AuthenticationReceipt } from '@hushi/sdk';
import { hasAuthenticated, isEntrusted, requireAction, requireRole, transition, visible } from '../access';
import { BackendFailure } from '../backendFailure';
import { MESSAGES } from '../backendMessages';
import { isRecord } from '../../isRecord';
import { kindOf } from '../backendRequest';
import { chinaDateTime } from '../chinaDateTime';
import { addAuthentication, listEntrustedDeclarations, updateDeclaration } from '../declarationStore';
import type { PendingFilter } from '../declarationStore';
import { pageOf, pageWindow, pendingAuthenticationOf } from '../declarationViews';
import { checkFace } from '../faceCheck';
import { personOf } from '../identities';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** Longest value of a query condition: a 预录入编号 has 18 characters. */
const MAX_FILTER_LENGTH = 64;

/** 待认证查询 and 认证: a 委托边民 confirms, by face, a declaration a representative made for them. */
export const AUTHENTICATION_ROUTES: RouteHandlers<'listPendingAuthentications' | 'authenticate'> = {
  listPendingAuthentications: async ({ sql }, { params, query: q }, session) => {
    const kind = kindOf(params);
    requireRole(session);
    const person = personOf(session.personId);
    // The manual's list also shows what this 边民 has authenticated, with its later status (D2-发往海关成功).
    const window = pageWindow(q);
    const filter: PendingFilter = {};
    for (const name of ['preEntryNumber', 'from', 'to'] as const) {
      const value = q.get(name);
      if (value !== null && value !== '') filter[name] = value.slice(0, MAX_FILTER_LENGTH);
    }
    const found = await listEntrustedDeclarations(sql, kind, person.idNumber, window, filter);
    return ok(pageOf(found, window, (d) => pendingAuthenticationOf(d, person)));
  },
  authenticate: async (context, { params, body }, session) => {
    const kind = kindOf(params);
    const role = requireRole(session);
    const person = personOf(session.personId);
    // Locked: concurrent 认证 of one declaration run one after the other, each seeing the last.
    const d = await visible(context.sql, kind, params.preEntryNumber, person, { lock: true });
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
    const at = context.now();
    if (!(await addAuthentication(context.sql, d.preEntryNumber, person.idNumber, at)))
      throw new BackendFailure(409, 'ALREADY_AUTHENTICATED', MESSAGES.alreadyAuthenticated);
    d.authenticated.push(person.idNumber);
    const progress = authenticationProgress(d.input.entrustedResidents, d.authenticated);
    d.status = transition(d.status, progress.event);
    d.updatedAt = at;
    if (progress.complete) d.declaredAt = chinaDateTime(at);
    await updateDeclaration(context.sql, d);
    return ok({
      preEntryNumber: d.preEntryNumber,
      status: d.status,
      authenticatedCount: d.input.entrustedResidents.length - progress.pending.length,
      residentCount: d.input.entrustedResidents.length,
    } satisfies AuthenticationReceipt);
  },
};
