import { http, HttpResponse } from 'msw';
import { FaceKeyLimitError } from '../errors';
import type { FaceTicketService } from '../host/faceTickets';
import { importHostFaceKey } from '../host/hostFaceKey';
import { requestRefusal } from '../requestRefusals';

/**
 * The backend's trusted face service keys, as a developer control: `POST /__mock/face-keys` with
 * `{ jwk }` (an ES256 public key) makes the mock backend accept face tickets that key signed, as a real
 * backend is configured with its host app's face service key, and answers
 * `{ trusted, thumbprint, added }` (`added` false when the key, by RFC 7638 thumbprint, was trusted
 * already); beyond `MAX_TRUSTED_FACE_KEYS` it is refused with 409 `{ code: 'FACE_KEY_LIMIT', message }`.
 * `GET /__mock/face-keys` says how many keys besides the mock host's own are trusted, and lists them
 * (`{ trusted, keys }`, public JWKs with their thumbprint as `kid`). `onTrusted` is told of each key
 * added (to persist them).
 */
export function faceKeyHandlers(
  faceTickets: FaceTicketService,
  { onTrusted }: { onTrusted?: () => void } = {},
) {
  return [
    http.get('*/__mock/face-keys', () =>
      HttpResponse.json({ trusted: faceTickets.trustedKeyCount(), keys: faceTickets.trustedKeys() }),
    ),
    http.post('*/__mock/face-keys', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { jwk?: unknown } | null;
      const key = await importHostFaceKey(body?.jwk);
      if (key === undefined) {
        const { status, body: refusal } = requestRefusal('BAD_FACE_KEY');
        return HttpResponse.json(refusal, { status });
      }
      try {
        const { thumbprint, added } = faceTickets.trust(key);
        if (added) onTrusted?.();
        return HttpResponse.json({ trusted: faceTickets.trustedKeyCount(), thumbprint, added });
      } catch (error) {
        if (!(error instanceof FaceKeyLimitError)) throw error;
        return HttpResponse.json({ code: error.code, message: error.message }, { status: 409 });
      }
    }),
  ];
}
