import type { ExchangeRates, FenceChecker, FenceCollection } from '@hushi/sdk';
import type { FaceChallengeStore } from '../faceChallengeStore';
import type { BackendState } from './backendState';
import type { FaceTicketVerifier } from './faceTicketVerifier';
import type { SessionStore } from './sessions';

/**
 * What the backend's checks and routes share, made once by `createCustomsBackend` from its options:
 * the data, the clock, the session and face challenge stores, and what the submit checks go by.
 */
export interface BackendContext {
  /** The declarations and number sequences. */
  readonly state: BackendState;
  /** Clock, epoch ms. */
  readonly now: () => number;
  readonly sessions: SessionStore;
  readonly challenges: FaceChallengeStore;
  /** The electronic fences, as `getFences` lists them. */
  readonly fences: FenceCollection;
  /** Head customs districts connected to the fence interface. */
  readonly connectedHeadCustoms: ReadonlySet<string>;
  /** Re-checks a fix against {@link fences}. */
  readonly checker: FenceChecker;
  readonly verifyFaceTicket: FaceTicketVerifier;
  /** 人民币 rates of foreign 币制 for the daily allowance. */
  readonly exchangeRates: ExchangeRates;
}
