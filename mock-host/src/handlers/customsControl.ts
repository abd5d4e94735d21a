import { http, HttpResponse } from 'msw';
import type { CustomsBackend } from '../backend/customsBackend';
import { BackendFailure } from '../backend/backendFailure';

/**
 * Control endpoints of the simulated customs backend, for the control page, demos and tests:
 * - `POST /__mock/customs/:preEntryNumber/step` `{ event }`: customs' next answer (`sentToCustoms`,
 *   `customsApproved`, `customsReturned`, …), through the sdk's status machine → `DeclarationReceipt`;
 * - `POST /__mock/backend/auth-codes` `{ personId }`: a fresh auth code of a seed person;
 * - `POST /__mock/backend/expire-sessions`: end every session ("登录超时");
 * - `POST /__mock/backend/reset`: back to the seed data.
 */
export function customsControlHandlers(backend: CustomsBackend) {
  const json = async (request: Request): Promise<Record<string, unknown>> => {
    const body: unknown = await request.json().catch(() => null);
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  };
  return [
    http.post('*/__mock/customs/:preEntryNumber/step', async ({ request, params }) => {
      try {
        const { event } = await json(request);
        return HttpResponse.json(await backend.stepCustoms(String(params.preEntryNumber), event));
      } catch (error) {
        if (error instanceof BackendFailure)
          return HttpResponse.json(error.toBody(), { status: error.status });
        throw error;
      }
    }),
    http.post('*/__mock/backend/auth-codes', async ({ request }) => {
      const { personId } = await json(request);
      try {
        return HttpResponse.json({ authCode: await backend.mintAuthCode(String(personId)) });
      } catch {
        return HttpResponse.json(
          { code: 'UNKNOWN_PERSON', message: `unknown person ${String(personId)}` },
          { status: 404 },
        );
      }
    }),
    http.post('*/__mock/backend/expire-sessions', async () => {
      await backend.expireSessions();
      return HttpResponse.json({ ok: true });
    }),
    http.post('*/__mock/backend/reset', async () => {
      await backend.reset();
      return HttpResponse.json({ ok: true });
    }),
  ];
}
