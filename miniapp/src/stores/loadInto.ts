import { runInAction } from 'mobx';
import { describeError } from './describeError';

/** The part of a store that shows a load in progress and why it failed. */
export interface LoadState {
  loading: boolean;
  /** Why the last load failed, in Chinese. */
  error: string | undefined;
}

/**
 * Runs `fetch` with `loading` set and `error` cleared, then hands its result to `apply` in a MobX action;
 * a failure's Chinese text goes to `error` and the store keeps what it showed before.
 */
export async function loadInto<T>(
  store: LoadState,
  fetch: () => Promise<T>,
  apply: (value: T) => void,
): Promise<void> {
  runInAction(() => {
    store.loading = true;
    store.error = undefined;
  });
  try {
    const value = await fetch();
    runInAction(() => {
      apply(value);
    });
  } catch (error) {
    runInAction(() => {
      store.error = describeError(error);
    });
  } finally {
    runInAction(() => {
      store.loading = false;
    });
  }
}
