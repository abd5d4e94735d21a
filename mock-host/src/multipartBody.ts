import { ATTACHMENT_LIMITS } from '@hushi/sdk';
import type { UploadedFile } from './backend/backendRequest';
import { readBodyBytes } from './jsonBody';
import { requestRefusal } from './requestRefusals';
import type { RequestRefusal } from './requestRefusals';

/**
 * The most bytes an upload's body may have: one 附件 at its limit and the form around it (boundaries,
 * part headers, a long file name). Over the HTTP server and in the page alike.
 */
export const MAX_UPLOAD_BODY_BYTES = ATTACHMENT_LIMITS.maxBytes + 64 * 1024;

/** The form field an upload's file goes in (the sdk client's `fieldName`). */
export const UPLOAD_FIELD = 'file';

/** The form field of the picked file's name, which wins over the part's own (a temp path's, in WeChat). */
export const FILE_NAME_FIELD = 'fileName';

/** An upload's file (undefined when the form has none), or the refusal to answer with. */
export type MultipartFileResult =
  { ok: true; file: UploadedFile | undefined } | { ok: false; refusal: RequestRefusal };

/** Whether a `Content-Type` header names `multipart/form-data`. */
export function isMultipartContentType(contentType: string | null): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'multipart/form-data';
}

/**
 * Reads an upload's body within `maxBodyBytes` (413 `ATTACHMENT_TOO_LARGE` as soon as it is longer; the
 * rest is not read), then parses the form from the bytes read, so that nothing unbounded is ever
 * buffered: not `multipart/form-data`, or a form that does not parse, is 400 `BAD_MULTIPART`.
 */
export async function readMultipartFile(
  request: Request,
  maxBodyBytes: number = MAX_UPLOAD_BODY_BYTES,
): Promise<MultipartFileResult> {
  const contentType = request.headers.get('content-type');
  if (!isMultipartContentType(contentType)) return { ok: false, refusal: requestRefusal('BAD_MULTIPART') };
  const bytes = await readBodyBytes(request, maxBodyBytes);
  if (bytes === undefined) return { ok: false, refusal: requestRefusal('ATTACHMENT_TOO_LARGE') };
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType ?? '' } }).formData();
  } catch {
    return { ok: false, refusal: requestRefusal('BAD_MULTIPART') };
  }
  const entry = form.get(UPLOAD_FIELD);
  if (entry === null || typeof entry === 'string') return { ok: true, file: undefined };
  const given = form.get(FILE_NAME_FIELD);
  return {
    ok: true,
    file: {
      name: typeof given === 'string' && given.trim() !== '' ? given : entry.name,
      declaredType: entry.type,
      bytes: new Uint8Array(await entry.arrayBuffer()),
    },
  };
}
