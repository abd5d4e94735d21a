import { DEFAULT_SCENARIOS, parseScenarioPatch } from './scenarios';
import type { MockPerson, ScenarioPatch, Scenarios } from './scenarios';
import { defaultHostStorage } from './hostStorage';
import type { HostStorage } from './hostStorage';

/** Storage key of the scenario state. */
export const SCENARIO_STORAGE_KEY = 'hushi.mockHost.scenarios';

/** Options of {@link createScenarioStore}. */
export interface ScenarioStoreOptions {
  /** Default {@link defaultHostStorage}: `localStorage` in a browser, memory in Node. */
  storage?: HostStorage;
  /** Default {@link SCENARIO_STORAGE_KEY}. */
  key?: string;
}

/** The scenario the mock host plays, switchable at run time and persisted on every change. */
export interface ScenarioStore {
  /** The current scenarios (a copy). */
  get(): Scenarios;
  /** Applies a checked change and persists the result. */
  set(patch: ScenarioPatch): Scenarios;
  /** Back to {@link DEFAULT_SCENARIOS}. */
  reset(): Scenarios;
  /** The logged-in mock user. */
  currentPerson(): MockPerson;
  /** Logs another mock user in (the account seed calls this). */
  setCurrentPerson(person: MockPerson): void;
}

function copy(scenarios: Scenarios): Scenarios {
  return { ...scenarios, currentPerson: { ...scenarios.currentPerson } };
}

/** Reads the stored state; anything unreadable or stale (an old shape) falls back to the defaults. */
function load(storage: HostStorage, key: string): Scenarios {
  try {
    const text = storage.getItem(key);
    if (text === null) return copy(DEFAULT_SCENARIOS);
    const parsed = parseScenarioPatch(JSON.parse(text));
    return parsed.ok ? copy({ ...DEFAULT_SCENARIOS, ...parsed.patch }) : copy(DEFAULT_SCENARIOS);
  } catch {
    return copy(DEFAULT_SCENARIOS);
  }
}

/**
 * Creates the scenario store, starting from what `storage` holds.
 * @example
 * const store = createScenarioStore()
 * store.set({ location: 'outside', face: 'livenessFailed' })
 */
export function createScenarioStore({
  storage = defaultHostStorage(),
  key = SCENARIO_STORAGE_KEY,
}: ScenarioStoreOptions = {}): ScenarioStore {
  let state = load(storage, key);
  const save = (next: Scenarios): Scenarios => {
    state = copy(next);
    storage.setItem(key, JSON.stringify(state));
    return copy(state);
  };
  const store: ScenarioStore = {
    get: () => copy(state),
    set(patch) {
      // Callers in code are typed, but the patch may come from JSON: check it all the same.
      const parsed = parseScenarioPatch(patch);
      if (!parsed.ok) throw new TypeError(parsed.problems.join('; '));
      return save({ ...state, ...parsed.patch });
    },
    reset: () => save(DEFAULT_SCENARIOS),
    currentPerson: () => ({ ...state.currentPerson }),
    setCurrentPerson(person) {
      store.set({ currentPerson: person });
    },
  };
  return store;
}
