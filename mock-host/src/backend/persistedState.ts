import type { HostStorage } from '../hostStorage';
import type { BackendState, StoredDeclaration } from './backendState';
import { createNumbering } from './numbering';
import type { NumberingPosition } from './numbering';
import { isRecord } from '../isRecord';

/** The storage key of the backend's declarations and number sequences (bump the version on a change of shape). */
export const BACKEND_STATE_STORAGE_KEY = 'hushi.mock.backend.v1';

/** What is kept: the declarations and where the number sequences stand. */
interface PersistedBackendState {
  declarations: StoredDeclaration[];
  numbering: NumberingPosition;
}

/** A shallow check that a stored declaration has what every route reads. */
function looksStored(value: unknown): value is StoredDeclaration {
  return (
    isRecord(value) &&
    (value.kind === 'entry' || value.kind === 'import') &&
    typeof value.preEntryNumber === 'string' &&
    typeof value.status === 'string' &&
    typeof value.ownerId === 'string' &&
    typeof value.updatedAt === 'number' &&
    isRecord(value.input) &&
    Array.isArray(value.authenticated)
  );
}

/**
 * The backend state `storage` holds, or `null` when it holds none or something unreadable (then the
 * backend starts from the seed, as if new).
 */
export function loadBackendState(storage: HostStorage): BackendState | null {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(BACKEND_STATE_STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(saved) || !Array.isArray(saved.declarations) || !saved.declarations.every(looksStored)) {
    return null;
  }
  const numbering = saved.numbering;
  if (
    !isRecord(numbering) ||
    typeof numbering.preEntry !== 'number' ||
    typeof numbering.customs !== 'number'
  ) {
    return null;
  }
  return {
    declarations: new Map(saved.declarations.map((d) => [d.preEntryNumber, d])),
    numbering: createNumbering({ preEntry: numbering.preEntry, customs: numbering.customs }),
  };
}

/** Writes the backend state to `storage`, for {@link loadBackendState} after a reload. */
export function saveBackendState(storage: HostStorage, state: BackendState): void {
  const persisted: PersistedBackendState = {
    declarations: [...state.declarations.values()],
    numbering: state.numbering.position(),
  };
  storage.setItem(BACKEND_STATE_STORAGE_KEY, JSON.stringify(persisted));
}
