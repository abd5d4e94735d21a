import type { BackendRouteName } from '@hushi/sdk';
import type { BackendContext } from '../backendContext';
import type { BackendRequest } from '../backendRequest';
import type { BackendReply } from '../idempotency';
import type { SessionRecord } from '../sessions';

/**
 * Answers one route: the request in the session `createCustomsBackend` found for it (an empty one on
 * routes without auth). A `BackendFailure` it throws becomes the error reply.
 */
export type RouteHandler = (
  context: BackendContext,
  request: BackendRequest,
  session: SessionRecord,
) => BackendReply | Promise<BackendReply>;

/** The handlers of some routes of `BACKEND_ROUTES`, by route name. */
export type RouteHandlers<Name extends BackendRouteName> = Record<Name, RouteHandler>;

/** A successful reply with a JSON body. */
export const ok = (body: unknown, status = 200): BackendReply => ({ status, body });
