// How a backend client call failed, for tests that expect a refusal.
import { isBackendError } from '@hushi/sdk';
import type { BackendErrorCode } from '@hushi/sdk';

/** What a refused call says: its code, its message and the paths of its field errors. */
export interface BackendFailure {
  code: BackendErrorCode;
  message: string;
  paths: string[];
}

/** The BackendError `promise` rejects with, read; throws when it resolves or fails otherwise. */
export async function backendFailure(promise: Promise<unknown>): Promise<BackendFailure> {
  try {
    await promise;
  } catch (error) {
    if (!isBackendError(error)) throw error;
    return { code: error.code, message: error.message, paths: error.fieldErrors.map((e) => e.path) };
  }
  throw new Error('expected a BackendError');
}
