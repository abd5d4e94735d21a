import type { DeclarationKind } from '@hushi/sdk';
import { BackendFailure } from './backendFailure';

/** The file of a `multipart/form-data` upload, as the HTTP handler read it (within its bounds). */
export interface UploadedFile {
  /** The file name the client gave. */
  name: string;
  /** The content type the client declared (not trusted: the bytes decide). */
  declaredType: string;
  bytes: Uint8Array;
}

/** One request to the mock backend, already taken apart by the HTTP handler. */
export interface BackendRequest {
  /** Path parameters (`kind`, `preEntryNumber`). */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The file of a multipart route (`uploadAttachment`); undefined when the form has none. */
  file?: UploadedFile;
  /** The `Authorization` header. */
  authorization: string | null;
  /** The `Idempotency-Key` header. */
  idempotencyKey: string | null;
}

/** The declaration kind of the path parameter `kind`; 404 for any other. */
export function kindOf(params: Readonly<Record<string, string>>): DeclarationKind {
  const kind = params.kind;
  if (kind !== 'entry' && kind !== 'import') throw new BackendFailure(404, 'NOT_FOUND', '未找到该单据类型');
  return kind;
}
