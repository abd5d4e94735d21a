import { expect, it } from 'vitest';
import { DEFAULT_SCENARIOS, parseScenarioPatch } from './scenarios';
import { createScenarioStore, SCENARIO_STORAGE_KEY } from './scenarioStore';
import { createMemoryStorage, defaultHostStorage } from './hostStorage';

it('starts on the happy path', () => {
  expect(createScenarioStore({ storage: createMemoryStorage() }).get()).toEqual(DEFAULT_SCENARIOS);
});

it('keeps the scenarios across a store re-creation with the same storage', () => {
  const storage = createMemoryStorage();
  const first = createScenarioStore({ storage });
  first.set({
    location: 'gcj02',
    face: 'notMatched',
    auth: 'loggedOut',
    host: 'slow',
    locationPolicy: 'strict',
    network: 'stalled',
    slowDelayMs: 500,
  });
  first.setCurrentPerson({ personId: 'P0042' });
  const second = createScenarioStore({ storage });
  expect(second.get()).toEqual({
    location: 'gcj02',
    face: 'notMatched',
    auth: 'loggedOut',
    host: 'slow',
    locationPolicy: 'strict',
    network: 'stalled',
    slowDelayMs: 500,
    currentPerson: { personId: 'P0042' },
  });
  expect(second.currentPerson()).toEqual({ personId: 'P0042' });
  second.reset();
  expect(createScenarioStore({ storage }).get()).toEqual(DEFAULT_SCENARIOS);
});

it('falls back to the defaults when the stored state is unreadable', () => {
  const storage = createMemoryStorage();
  storage.setItem(SCENARIO_STORAGE_KEY, '{not json');
  expect(createScenarioStore({ storage }).get()).toEqual(DEFAULT_SCENARIOS);
  storage.setItem(SCENARIO_STORAGE_KEY, JSON.stringify({ location: 'moon' }));
  expect(createScenarioStore({ storage }).get()).toEqual(DEFAULT_SCENARIOS);
});

it('refuses an invalid change and keeps the state', () => {
  const store = createScenarioStore({ storage: createMemoryStorage() });
  expect(() => store.set({ face: 'smile' as never })).toThrow(TypeError);
  expect(store.get()).toEqual(DEFAULT_SCENARIOS);
});

it('lists every problem of a scenario change', () => {
  expect(
    parseScenarioPatch({ location: 'moon', slowDelayMs: -1, currentPerson: { personId: '' }, extra: 1 }),
  ).toEqual({
    ok: false,
    problems: [
      'Unknown field extra',
      expect.stringContaining('location must be one of inside'),
      expect.stringContaining('slowDelayMs'),
      expect.stringContaining('currentPerson.personId'),
    ],
  });
  expect(parseScenarioPatch([])).toMatchObject({ ok: false });
  expect(parseScenarioPatch({ host: 'oldHost' })).toEqual({ ok: true, patch: { host: 'oldHost' } });
});

it('uses localStorage when the realm has one and memory otherwise', () => {
  expect(defaultHostStorage().getItem('anything')).toBeNull();
  const local = createMemoryStorage();
  const global = globalThis as { localStorage?: unknown };
  global.localStorage = local;
  try {
    expect(defaultHostStorage()).toBe(local);
  } finally {
    delete global.localStorage;
  }
});
