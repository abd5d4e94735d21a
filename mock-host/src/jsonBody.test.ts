import { expect, it } from 'vitest';
import {
  exceedsJsonDepth,
  idempotencyKeyRefusal,
  isJsonContentType,
  parseJsonBody,
  readJsonBody,
  REQUEST_LIMITS,
} from './jsonBody';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const post = (body: BodyInit | null, headers: Record<string, string> = {}): Request =>
  new Request('http://mock.test/api', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

it('names JSON by its media type, parameters and case aside', () => {
  expect(isJsonContentType('application/json')).toBe(true);
  expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
  expect(isJsonContentType('text/plain;charset=UTF-8')).toBe(false);
  expect(isJsonContentType('application/jsonp')).toBe(false);
  expect(isJsonContentType(null)).toBe(false);
});

it('counts nesting outside strings, escaped quotes included, without recursion', () => {
  expect(exceedsJsonDepth(nested(64), 64)).toBe(false);
  expect(exceedsJsonDepth(nested(65), 64)).toBe(true);
  expect(exceedsJsonDepth(`{"a":"${'['.repeat(500)}"}`, 64)).toBe(false);
  expect(exceedsJsonDepth(`["\\"${'{'.repeat(100)}"]`, 64)).toBe(false);
  expect(exceedsJsonDepth('{"a":' + nested(64) + '}', 64)).toBe(true);
  // A million brackets are refused by counting, where JSON.parse's recursion might overflow.
  expect(exceedsJsonDepth('['.repeat(1_000_000), 64)).toBe(true);
});

it('parses a JSON body; an empty or blank body is none, whatever its type', () => {
  expect(parseJsonBody(bytes('{"a":[1,2]}'), 'application/json')).toEqual({ ok: true, value: { a: [1, 2] } });
  expect(parseJsonBody(new Uint8Array(0), 'text/plain')).toEqual({ ok: true, value: undefined });
  expect(parseJsonBody(new Uint8Array(0), null)).toEqual({ ok: true, value: undefined });
  expect(parseJsonBody(bytes('  \n'), 'application/json')).toEqual({ ok: true, value: undefined });
});

it('refuses a body that is not declared JSON with 415, even when it is JSON', () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', null]) {
    expect(parseJsonBody(bytes('{"a":1}'), type)).toEqual({
      ok: false,
      refusal: { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求数据格式有误' } },
    });
  }
});

it('refuses malformed JSON, bad UTF-8 and nesting over 64 with 400', () => {
  const refusal = (text: Uint8Array) => {
    const result = parseJsonBody(text, 'application/json');
    return result.ok ? undefined : result.refusal;
  };
  expect(refusal(bytes('{'))).toEqual({ status: 400, body: { code: 'BAD_JSON', message: '请求格式有误' } });
  expect(refusal(new Uint8Array([0x22, 0xff, 0x22]))).toMatchObject({ body: { code: 'BAD_JSON' } });
  expect(refusal(bytes(nested(REQUEST_LIMITS.maxJsonDepth)))).toBeUndefined();
  expect(refusal(bytes(nested(REQUEST_LIMITS.maxJsonDepth + 1)))).toEqual({
    status: 400,
    body: { code: 'JSON_TOO_DEEP', message: '请求数据层级过深' },
  });
  expect(parseJsonBody(bytes(nested(5)), 'application/json', { maxJsonDepth: 4 })).toMatchObject({
    ok: false,
  });
});

it('reads a Fetch request body up to the limit and refuses one byte more with 413', async () => {
  const limit = REQUEST_LIMITS.maxBodyBytes;
  const fits = `"${'x'.repeat(limit - 2)}"`;
  expect(await readJsonBody(post(fits))).toEqual({ ok: true, value: 'x'.repeat(limit - 2) });
  expect(await readJsonBody(post(`${fits} `))).toEqual({
    ok: false,
    refusal: { status: 413, body: { code: 'BODY_TOO_LARGE', message: '请求数据过大' } },
  });
  expect(await readJsonBody(post('[1,2,3]'), { maxBodyBytes: 6 })).toMatchObject({
    ok: false,
    refusal: { status: 413 },
  });
});

it('stops reading a streamed body as soon as it passes the limit', async () => {
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
    },
  });
  const request = new Request('http://mock.test/api', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: endless,
    duplex: 'half',
  } as RequestInit);
  expect(await readJsonBody(request)).toMatchObject({ ok: false, refusal: { status: 413 } });
  expect(pulled).toBeLessThan(20);
});

it('refuses a body whose Content-Length says it is too long, without reading it', async () => {
  const request = post('[]', { 'content-length': String(REQUEST_LIMITS.maxBodyBytes + 1) });
  expect(await readJsonBody(request)).toMatchObject({ ok: false, refusal: { status: 413 } });
});

it('parses a request without a body as no body', async () => {
  expect(await readJsonBody(new Request('http://mock.test/api', { method: 'POST' }))).toEqual({
    ok: true,
    value: undefined,
  });
});

it('refuses an Idempotency-Key over 128 characters', () => {
  expect(idempotencyKeyRefusal(null)).toBeUndefined();
  expect(idempotencyKeyRefusal('k'.repeat(128))).toBeUndefined();
  expect(idempotencyKeyRefusal('k'.repeat(129))).toEqual({
    status: 400,
    body: { code: 'IDEMPOTENCY_KEY_TOO_LONG', message: '请求标识过长' },
  });
});

it('refuses a NUL character in a string or a key, not an escaped backslash before u0000', () => {
  const parsed = (text: string) => parseJsonBody(bytes(text), 'application/json');
  expect(parsed(String.raw`{"a":"x\u0000"}`)).toMatchObject({
    ok: false,
    refusal: { body: { code: 'BAD_JSON' } },
  });
  expect(parsed(String.raw`{"\u0000":1}`)).toMatchObject({ ok: false });
  expect(parsed(String.raw`["\\u0000"]`)).toEqual({ ok: true, value: [String.raw`\u0000`] });
});
