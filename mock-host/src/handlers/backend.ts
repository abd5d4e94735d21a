import { http, HttpResponse } from 'msw';
import { BACKEND_ROUTES } from '@hushi/sdk';
import type { BackendRouteName } from '@hushi/sdk';
import type { CustomsBackend } from '../backend/customsBackend';

/** msw's request-handler factory of each HTTP method of the route table. */
const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

/** Path parameters as plain strings (msw may give arrays for repeated segments; none here). */
function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = decodeURIComponent(value);
  }
  return out;
}

/**
 * The customs backend's REST API (`/api/v1/…`): one msw handler per route of `BACKEND_ROUTES`, built
 * from the table's method and path so that the client and the mock cannot drift apart. Each handler
 * hands the request to `backend.handle`.
 * @example setupServer(...backendHandlers(createCustomsBackend({ verifyFaceTicket })))
 */
export function backendHandlers(backend: CustomsBackend) {
  return (Object.keys(BACKEND_ROUTES) as BackendRouteName[]).map((name) => {
    const route = BACKEND_ROUTES[name];
    return METHODS[route.method](`*${route.path}`, async ({ request, params }) => {
      let body: unknown;
      const text = route.method === 'GET' ? '' : await request.text();
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          return HttpResponse.json({ code: 'BAD_JSON', message: '请求格式有误' }, { status: 400 });
        }
      }
      const reply = await backend.handle(name, {
        params: stringParams(params),
        query: new URL(request.url).searchParams,
        body,
        authorization: request.headers.get('authorization'),
        idempotencyKey: request.headers.get('idempotency-key'),
      });
      return reply.body === undefined
        ? new HttpResponse(null, { status: reply.status })
        : HttpResponse.json(reply.body, { status: reply.status });
    });
  });
}
