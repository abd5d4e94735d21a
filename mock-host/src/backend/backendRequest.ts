import type { DeclarationKind } from '@hushi/sdk';
import { BackendFailure } from './backendFailure';

/** One request to the mock backend, already taken apart by the HTTP handler. */
export interface BackendRequest {
  /** Path parameters (`kind`, `preEntryNumber`). */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** The parsed JSON body, if any. */
  body: unknown;
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
