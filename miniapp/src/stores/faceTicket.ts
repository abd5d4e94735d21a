import type { FaceChallengeRequest } from '@hushi/sdk';
import type { Services } from '../services/createServices';

/**
 * 人脸识别: a single-use nonce from the backend, then the host's face capture, which answers with a
 * signed ticket bound to that nonce, the business id and the person. The backend verifies the ticket;
 * the app never decides "face passed" itself.
 * @throws {BridgeError} FACE_LIVENESS_FAILED, FACE_NOT_MATCHED, CANCELLED, … from the host
 * @throws {BackendError} when the challenge cannot be had
 */
export async function obtainFaceTicket(services: Services, request: FaceChallengeRequest): Promise<string> {
  const { nonce } = await services.backend.createFaceChallenge(request);
  const bridge = await services.bridge();
  const { ticket } = await bridge.call('face.verify', {
    purpose: request.purpose === 'submit' ? 'declare' : 'authorize',
    bizId: request.businessId,
    nonce,
  });
  return ticket;
}
