import { http, HttpResponse } from 'msw';
import { BACKEND_ROUTES } from '@hushi/sdk';
import type { BackendRouteName } from '@hushi/sdk';
import type { CustomsBackend } from '../backend/customsBackend';
import { idempotencyKeyRefusal, readJsonBody } from '../jsonBody';
import type { JsonBodyLimits } from '../jsonBody';
import type { NetworkFaults } from '../host/networkFaults';
import { readMultipartFile } from '../multipartBody';
import type { UploadedFile } from '../backend/backendRequest';
import { requestRefusal } from '../requestRefusals';
import type { RequestRefusal } from '../requestRefusals';

/** msw's request-handler factory of each HTTP method of the route table. */
const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

/**
 * Path parameters as plain strings. msw has already percent-decoded them (`%25` is `%`), so they are
 * taken as they are: decoding again would turn an id into another one, or throw.
 */
function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

const refusalResponse = ({ status, body }: RequestRefusal): Response => HttpResponse.json(body, { status });

/** Options of {@link backendHandlers}. */
export interface BackendHandlerOptions {
  /** The body limits; default `REQUEST_LIMITS`. */
  limits?: JsonBodyLimits;
  /** What the network does to requests and replies (see `scenarioNetworkFaults`); default nothing. */
  network?: NetworkFaults;
}

/**
 * The customs backend's REST API (`/api/v1/…`): one msw handler per route of `BACKEND_ROUTES`, built
 * from the table's method and path so that the client and the mock cannot drift apart. Each handler
 * reads the body within the limits of `jsonBody.ts` (the same in the page as over HTTP: 413, 415, 400;
 * an upload's within those of `multipartBody.ts`),
 * hands the request to `backend.handle`, and answers an unexpected exception with a 500 `{ code,
 * message }`, the exception logged here and never sent. A `network` may make the backend unreachable
 * or lose a reply after the backend acted: a network error (`Response.error()`), no answer.
 * @example setupServer(...backendHandlers(createCustomsBackend({ verifyFaceTicket })))
 */
export function backendHandlers(
  backend: CustomsBackend,
  { limits = {}, network }: BackendHandlerOptions = {},
) {
  return (Object.keys(BACKEND_ROUTES) as BackendRouteName[]).map((name) => {
    const route = BACKEND_ROUTES[name];
    return METHODS[route.method](`*${route.path}`, async ({ request, params }) => {
      if (network?.unreachable()) return HttpResponse.error();
      try {
        const idempotencyKey = request.headers.get('idempotency-key');
        const keyRefusal = idempotencyKeyRefusal(idempotencyKey);
        if (keyRefusal) return refusalResponse(keyRefusal);
        const pathParams = stringParams(params);
        // No id has a NUL (and the database cannot store one): over HTTP the server refuses it first.
        if (Object.values(pathParams).some((value) => value.includes('\0')))
          return refusalResponse(requestRefusal('BAD_PATH'));
        let body: unknown;
        let file: UploadedFile | undefined;
        if ('multipart' in route) {
          const read = await readMultipartFile(request);
          if (!read.ok) return refusalResponse(read.refusal);
          file = read.file;
        } else if (route.method !== 'GET') {
          const read = await readJsonBody(request, limits);
          if (!read.ok) return refusalResponse(read.refusal);
          body = read.value;
        }
        const reply = await backend.handle(name, {
          params: pathParams,
          query: new URL(request.url).searchParams,
          body,
          ...(file === undefined ? {} : { file }),
          authorization: request.headers.get('authorization'),
          idempotencyKey,
        });
        if ((await network?.afterAnswer(name)) === 'lost') return HttpResponse.error();
        return reply.body === undefined
          ? new HttpResponse(null, { status: reply.status })
          : HttpResponse.json(reply.body, { status: reply.status });
      } catch (error) {
        console.error(`mock backend: ${name} failed`, error);
        return refusalResponse(requestRefusal('SERVER'));
      }
    });
  });
}
