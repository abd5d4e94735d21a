// The backends the races run on: the current one (in-memory PGlite) and the baseline's in-memory Maps,
// loaded from its worktree so that it runs with its own sdk and seed.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BackendRouteName } from '@hushi/sdk';
import { createCustomsBackend } from '../src/backend/customsBackend';
import type { BackendRequest } from '../src/backend/customsBackend';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { openMemoryDatabase } from '../src/database/memoryDatabase';
import { standInFaceVerifier } from '../test/support/backendCalls';
import type { RaceSubject, RaceSubjects } from './backendRaces';

/**
 * The current backend on an in-memory PGlite, with the stand-in face verifier: one database, reset to
 * the seed for each race (opening PGlite takes seconds, a reset milliseconds).
 */
export function currentRaceSubjects(): RaceSubjects {
  const backend = createCustomsBackend({
    verifyFaceTicket: standInFaceVerifier,
    // These rules are not about signed fixes (backendLocationTickets.test.ts is): unsigned fixes pass.
    locationPolicy: () => 'development',
    database: openMemoryDatabase(),
  });
  const subject: RaceSubject = {
    handle: (route, request) => backend.handle(route, request),
    mintAuthCode: (personId) => backend.mintAuthCode(personId),
    authenticatedOf: async (pre) => (await backend.declaration(pre))?.authenticated ?? [],
    sampleEntryInput,
    entrusted: SEED_ENTRUSTED,
  };
  return {
    async fresh() {
      await backend.ready;
      await backend.reset();
      return subject;
    },
    dispose: () => backend.close(),
  };
}

/** What the bench uses of the baseline's `customsBackend.ts` (commit 1458957). */
interface BaselineBackendModule {
  createCustomsBackend(options: {
    verifyFaceTicket: (
      ticket: string,
      expected: { personId: string; purpose: string; bizId: string; nonce: string },
    ) => Promise<{ ok: true } | { ok: false; code: string }>;
  }): {
    readonly state: { declarations: Map<string, { authenticated: string[] }> };
    handle(route: BackendRouteName, request: BackendRequest): Promise<{ status: number; body?: unknown }>;
    mintAuthCode(personId: string): string;
  };
}

/** What the bench uses of the baseline's `seedDeclarations.ts`. */
interface BaselineSeedModule {
  sampleEntryInput: RaceSubject['sampleEntryInput'];
  SEED_ENTRUSTED: RaceSubject['entrusted'];
}

/** Imports a TypeScript module of the baseline worktree (tsx compiles it, its imports resolve there). */
async function importFrom<T>(tree: string, path: string): Promise<T> {
  const loaded: unknown = await import(pathToFileURL(join(tree, path)).href);
  return loaded as T;
}

/**
 * The baseline backend (in-memory Maps) of the worktree `tree`, a new one for each race, with a
 * stand-in face verifier that takes the same tickets as the current one's.
 */
export async function baselineRaceSubjects(tree: string): Promise<RaceSubjects> {
  const backendModule = await importFrom<BaselineBackendModule>(
    tree,
    'mock-host/src/backend/customsBackend.ts',
  );
  const seed = await importFrom<BaselineSeedModule>(tree, 'mock-host/src/backend/seedDeclarations.ts');
  const fresh = (): Promise<RaceSubject> => {
    const backend = backendModule.createCustomsBackend({
      verifyFaceTicket: (ticket, { personId, purpose, bizId, nonce }) =>
        Promise.resolve(
          ticket === `face:${personId}:${purpose}:${bizId}:${nonce}`
            ? { ok: true }
            : { ok: false, code: 'BAD_TICKET' },
        ),
    });
    return Promise.resolve({
      handle: (route, request) => backend.handle(route, request),
      mintAuthCode: (personId) => backend.mintAuthCode(personId),
      authenticatedOf: (pre) => Promise.resolve(backend.state.declarations.get(pre)?.authenticated ?? []),
      sampleEntryInput: seed.sampleEntryInput,
      entrusted: seed.SEED_ENTRUSTED,
    });
  };
  return { fresh, dispose: () => Promise.resolve() };
}
