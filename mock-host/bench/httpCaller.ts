// A person logged in to a running mock host over HTTP, calling the backend routes the bench loads.
import { randomUUID } from 'node:crypto';
import { mintAuthCode } from './mockHostProcess';
import type { MockHostProcess } from './mockHostProcess';

/** One reply: status and parsed JSON body (null when there is none). */
export interface HttpReply {
  status: number;
  body: unknown;
}

/** A logged-in person under one identity. */
export interface HttpCaller {
  /** 暂存 of a new 进境申报单: `POST /api/v1/declarations/entry/drafts`. */
  saveDraft(declaration: unknown): Promise<HttpReply>;
  /** 申请记录查询, first page: `GET /api/v1/declarations/entry?page=1`. */
  queryRecords(): Promise<HttpReply>;
  /** A face challenge for 申报: `POST /api/v1/face-challenges`. */
  faceChallenge(businessId: string): Promise<HttpReply>;
}

async function send(url: string, init: RequestInit): Promise<HttpReply> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/**
 * Logs a seed person in as the mini-app does (auth code → session → identity).
 * @throws Error when a step is refused.
 */
export async function loginOverHttp(
  host: MockHostProcess,
  personId: string,
  role: string,
): Promise<HttpCaller> {
  const authCode = await mintAuthCode(host.url, host.controlToken, personId);
  const json = { 'content-type': 'application/json' };
  const session = await send(`${host.url}/api/v1/sessions`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ authCode }),
  });
  if (session.status >= 300) throw new Error(`session: ${session.status} ${JSON.stringify(session.body)}`);
  const headers = { ...json, authorization: `Bearer ${(session.body as { token: string }).token}` };
  const picked = await send(`${host.url}/api/v1/me/identity`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ role }),
  });
  if (picked.status >= 300) throw new Error(`identity: ${picked.status} ${JSON.stringify(picked.body)}`);
  return {
    saveDraft: (declaration) =>
      send(`${host.url}/api/v1/declarations/entry/drafts`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': randomUUID() },
        body: JSON.stringify({ declaration }),
      }),
    queryRecords: () => send(`${host.url}/api/v1/declarations/entry?page=1`, { headers }),
    faceChallenge: (businessId) =>
      send(`${host.url}/api/v1/face-challenges`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ purpose: 'submit', businessId }),
      }),
  };
}
