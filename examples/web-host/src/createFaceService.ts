import type { FaceVerifyParams } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import { base64url } from 'jose';
import type { TicketSigner } from './createTicketSigner';

/** What the mock face service decides about the next capture (a control on the host page). */
export type FaceOutcome = 'pass' | 'livenessFailed' | 'notMatched' | 'cancelled';

/** The host page's labels of each {@link FaceOutcome}. */
export const FACE_OUTCOME_LABELS: Readonly<Record<FaceOutcome, string>> = {
  pass: '通过',
  livenessFailed: '活体失败',
  notMatched: '不匹配',
  cancelled: '取消',
};

/** One face check: the captured frame, the logged-in person and what the ticket is for. */
export interface FaceCheck extends FaceVerifyParams {
  /** Person id of the logged-in user, the ticket's `sub`. */
  personId: string;
  /** The captured frame (JPEG bytes). */
  frame: ArrayBuffer;
  /** The page control's decision. */
  outcome: FaceOutcome;
}

/** The mock face service of the reference web host. */
export interface FaceService {
  /**
   * Decides a capture as the page's control says and, when it passes, signs a ticket.
   * @throws {HostFailure} FACE_LIVENESS_FAILED, FACE_NOT_MATCHED or CANCELLED: never a pass/fail flag.
   */
  verify(check: FaceCheck): Promise<string>;
}

/**
 * A mock face service: liveness and matching are decided by a control on the host page, but the
 * ticket is real — an ES256 JWS by the host's {@link TicketSigner} (`typ` `JWT`, `kid` its key's
 * thumbprint) bound to the person (`sub`), `purpose`, `bizId` and the backend's `nonce`, with `iat`, a
 * short `exp`, a unique `jti` and the SHA-256 of the captured frame (`frame`). A production face
 * service signs on its server, never in the page.
 */
export function createFaceService(signer: TicketSigner): FaceService {
  return {
    async verify({ personId, purpose, bizId, nonce, frame, outcome }) {
      switch (outcome) {
        case 'cancelled':
          throw new HostFailure('CANCELLED', 'The user closed the face capture screen');
        case 'livenessFailed':
          throw new HostFailure('FACE_LIVENESS_FAILED', 'The capture failed the liveness check');
        case 'notMatched':
          throw new HostFailure('FACE_NOT_MATCHED', 'The face does not match the logged-in user');
        case 'pass':
          break;
      }
      return signer.sign('JWT', personId, {
        purpose,
        bizId,
        nonce,
        frame: base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', frame))),
      });
    },
  };
}
