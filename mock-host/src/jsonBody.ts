import { requestRefusal } from './requestRefusals';
import type { RequestRefusal } from './requestRefusals';

/**
 * What one request may carry, over the HTTP server and in the page (MSW worker) alike: its body in
 * bytes, the nesting of its JSON, and the length of its `Idempotency-Key`.
 */
export const REQUEST_LIMITS = {
  maxBodyBytes: 1_048_576,
  maxJsonDepth: 64,
  maxIdempotencyKeyLength: 128,
} as const;

/** Limits of {@link readJsonBody} and {@link parseJsonBody}; each defaults to {@link REQUEST_LIMITS}. */
export interface JsonBodyLimits {
  maxBodyBytes?: number;
  maxJsonDepth?: number;
}

/** A body read and parsed (`value` is `undefined` for an empty body), or the refusal to answer with. */
export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; refusal: RequestRefusal };

/** Whether a `Content-Type` header names JSON: `application/json`, parameters (charset) allowed. */
export function isJsonContentType(contentType: string | null): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Whether `text` opens more than `maxDepth` arrays and objects inside one another, counting brackets
 * outside strings in one pass, without recursion, so that a hostile body cannot exhaust the stack of
 * `JSON.parse` or of whatever walks its result. Does not check that `text` is JSON.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

const refused = (code: Parameters<typeof requestRefusal>[0]): JsonBodyResult => ({
  ok: false,
  refusal: requestRefusal(code),
});

/**
 * Parses a request body already read: empty (or blank) is no body; otherwise it must be declared
 * `application/json` (415), be UTF-8 and JSON without NUL characters (400 `BAD_JSON`) and nest at most
 * `maxJsonDepth` deep (400 `JSON_TOO_DEEP`, checked before parsing).
 */
export function parseJsonBody(
  bytes: Uint8Array,
  contentType: string | null,
  { maxJsonDepth = REQUEST_LIMITS.maxJsonDepth }: JsonBodyLimits = {},
): JsonBodyResult {
  if (bytes.length === 0) return { ok: true, value: undefined };
  if (!isJsonContentType(contentType)) return refused('UNSUPPORTED_MEDIA_TYPE');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused('BAD_JSON');
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  if (exceedsJsonDepth(text, maxJsonDepth)) return refused('JSON_TOO_DEEP');
  let value: unknown;
  const nul = { found: false };
  try {
    // The reviver sees every key and string: a NUL (`\u0000`) is refused, no field of the API has one
    // and PostgreSQL's text cannot store it.
    value = JSON.parse(text, (key, item: unknown) => {
      if (key.includes('\0') || (typeof item === 'string' && item.includes('\0'))) nul.found = true;
      return item;
    });
  } catch {
    return refused('BAD_JSON');
  }
  return nul.found ? refused('BAD_JSON') : { ok: true, value };
}

/**
 * Stops reading a body without waiting: msw hands handlers a branch of a teed stream, whose cancel
 * settles only once the other branch is cancelled too.
 */
function cancelUnawaited(stream: { cancel(): Promise<void> }): void {
  stream.cancel().catch(() => undefined);
}

/**
 * Reads at most `maxBodyBytes` of a Fetch request's body: its bytes, or undefined as soon as it says or
 * turns out to be longer (the rest is not read). A request without a body gives no bytes.
 */
export async function readBodyBytes(
  request: Request,
  maxBodyBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const stream = request.body;
  if (stream === null) return new Uint8Array(0);
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) {
    cancelUnawaited(stream);
    return undefined;
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBodyBytes) {
      cancelUnawaited(reader);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Reads at most `maxBodyBytes` of a Fetch request's body (413 `BODY_TOO_LARGE` as soon as it says or
 * turns out to be longer; the rest is not read) and parses it with {@link parseJsonBody}.
 * @example
 * const body = await readJsonBody(request)
 * if (!body.ok) return HttpResponse.json(body.refusal.body, { status: body.refusal.status })
 */
export async function readJsonBody(request: Request, limits: JsonBodyLimits = {}): Promise<JsonBodyResult> {
  const bytes = await readBodyBytes(request, limits.maxBodyBytes ?? REQUEST_LIMITS.maxBodyBytes);
  if (bytes === undefined) return refused('BODY_TOO_LARGE');
  return parseJsonBody(bytes, request.headers.get('content-type'), limits);
}

/** The refusal of an `Idempotency-Key` longer than `maxLength` characters, if it is. */
export function idempotencyKeyRefusal(
  key: string | null,
  maxLength: number = REQUEST_LIMITS.maxIdempotencyKeyLength,
): RequestRefusal | undefined {
  return key !== null && key.length > maxLength ? requestRefusal('IDEMPOTENCY_KEY_TOO_LONG') : undefined;
}
