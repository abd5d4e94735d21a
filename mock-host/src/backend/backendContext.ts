import type { ExchangeRates, FenceChecker, FenceCollection } from '@hushi/sdk';
import type { ChallengeStore } from '../host/challengeStore';
import type { Sql } from '../database/sqlDatabase';
import type { FaceTicketVerifier } from './faceTicketVerifier';
import type { LocationPolicy } from './locationCheck';
import type { LocationTicketVerifier } from './locationTicketVerifier';
import type { SessionStore } from './sessions';

/**
 * What the backend's checks and routes share, made by `createCustomsBackend` from its options for each
 * action: the action's transaction, the clock, the session and challenge stores, and what the
 * submit checks go by.
 */
export interface BackendContext {
  /** The database, inside the action's one transaction. */
  readonly sql: Sql;
  /** Clock, epoch ms. */
  readonly now: () => number;
  readonly sessions: SessionStore;
  /** Face challenges. */
  readonly challenges: ChallengeStore;
  /** Location challenges (bridge 1.1 signed fixes); a store of their own. */
  readonly locationChallenges: ChallengeStore;
  /** Whether an unsigned fix is accepted from a host below bridge 1.1; read at each submit. */
  readonly locationPolicy: () => LocationPolicy;
  /** The electronic fences, as `getFences` lists them. */
  readonly fences: FenceCollection;
  /** Head customs districts connected to the fence interface. */
  readonly connectedHeadCustoms: ReadonlySet<string>;
  /** Re-checks a fix against {@link fences}. */
  readonly checker: FenceChecker;
  readonly verifyFaceTicket: FaceTicketVerifier;
  readonly verifyLocationTicket: LocationTicketVerifier;
  /** 人民币 rates of foreign 币制 for the daily allowance. */
  readonly exchangeRates: ExchangeRates;
}
