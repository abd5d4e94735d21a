// The three races of the customs backend's rules, driven in-process against any backend that has the
// `handle` of `createCustomsBackend` (the current one, or the in-memory one of the baseline commit),
// with a stand-in face verifier. Each race starts from the seed.
import type { BackendRouteName } from '@hushi/sdk';
import type { BackendRequest } from '../src/backend/customsBackend';
import type { EntryDeclarationInput, EntrustedResidentInput } from '@hushi/sdk';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { backendRequest, priced } from '../test/support/backendCalls';

/** What a race needs of a backend. */
export interface RaceSubject {
  handle(route: BackendRouteName, request: BackendRequest): Promise<{ status: number; body?: unknown }>;
  mintAuthCode(personId: string): string | Promise<string>;
  /** The 身份证号 stored as having authenticated a declaration. */
  authenticatedOf(preEntryNumber: string): Promise<readonly string[]>;
  /** `sampleEntryInput` of the backend's own tree (its schema). */
  sampleEntryInput(
    overrides?: Partial<EntryDeclarationInput['header']>,
    entrusted?: readonly EntrustedResidentInput[],
  ): EntryDeclarationInput;
  /** `SEED_ENTRUSTED` of the backend's own tree. */
  entrusted: readonly EntrustedResidentInput[];
}

/** Where the races get their backends. */
export interface RaceSubjects {
  /** A backend as fresh from the seed (a new one, or the same one reset). */
  fresh(): Promise<RaceSubject>;
  /** Releases what {@link fresh} opened. */
  dispose(): Promise<void>;
}

/** What the three races gave. */
export interface RaceOutcome {
  /** 10 concurrent 5,000 元 申报 of one 边民: how many were accepted. */
  allowanceAccepted: number;
  /** One saved draft submitted with 10 Idempotency-Keys at once: successes and 409s. */
  draftSuccesses: number;
  draftConflicts: number;
  /** 10 concurrent 认证 of one 边民: how many times the 边民 is stored as having authenticated. */
  authenticationsCounted: number;
}

const CONCURRENT = 10;
let keys = 0;

/**
 * A ticket of the stand-in verifiers: "face:<person>:<purpose>:<bizId>:<nonce>" (the format of
 * `standInFaceVerifier` in test/support/backendCalls.ts).
 */
const ticketOf = (personId: string, purpose: string, bizId: string, nonce: string): string =>
  `face:${personId}:${purpose}:${bizId}:${nonce}`;

/** One logged-in person calling `handle`, as `loginCaller` of the tests, for either backend. */
async function login(subject: RaceSubject, personId: string, role: string) {
  const answer = async (route: BackendRouteName, request: BackendRequest) => {
    try {
      return await subject.handle(route, request);
    } catch {
      return { status: 500 };
    }
  };
  const session = await answer(
    'exchangeSession',
    backendRequest({ body: { authCode: await subject.mintAuthCode(personId) } }),
  );
  const authorization = `Bearer ${(session.body as { token: string }).token}`;
  const call = (route: BackendRouteName, patch: Partial<BackendRequest> = {}) =>
    answer(route, backendRequest({ authorization, idempotencyKey: `bench-key-${++keys}`, ...patch }));
  const picked = await call('selectIdentity', { body: { role } });
  if (picked.status !== 200) throw new Error(`cannot pick ${role}: ${JSON.stringify(picked.body)}`);
  return {
    call,
    async faceTicket(purpose: 'submit' | 'authenticate', businessId: string): Promise<string> {
      const challenge = await call('createFaceChallenge', { body: { purpose, businessId } });
      const { nonce } = challenge.body as { nonce: string };
      return ticketOf(personId, purpose === 'submit' ? 'declare' : 'authorize', businessId, nonce);
    },
  };
}

const inside = () => ({ ...DALUO_INSIDE, datum: 'wgs84', accuracy: 10, timestamp: Date.now() });
const succeeded = (replies: { status: number }[]) => replies.filter((r) => r.status < 300).length;

/** A 落地加工 进境申报单 of one goods line worth `total` 元. */
const worth = (subject: RaceSubject, total: string): EntryDeclarationInput =>
  priced(subject.sampleEntryInput(), total);

/** 10 concurrent 5,000 元 申报 of one 边民 (daily allowance 8,000 元): how many are accepted. */
async function allowanceRace(subject: RaceSubject): Promise<number> {
  const resident = await login(subject, SEED_PERSONS.resident.id, 'resident');
  const bodies = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, i) => ({
      declaration: worth(subject, '5000.00'),
      draftId: `draft-bench-race-${i}`,
      location: inside(),
      faceTicket: await resident.faceTicket('submit', `draft-bench-race-${i}`),
    })),
  );
  const replies = await Promise.all(
    bodies.map((body) => resident.call('submit', { params: { kind: 'entry' }, body })),
  );
  return succeeded(replies);
}

/** One saved draft submitted with 10 Idempotency-Keys at once: successes and 409s. */
async function draftRace(subject: RaceSubject): Promise<{ successes: number; conflicts: number }> {
  const resident = await login(subject, SEED_PERSONS.resident.id, 'resident');
  const saved = await resident.call('saveDraft', {
    params: { kind: 'entry' },
    body: { declaration: worth(subject, '10.00') },
  });
  const pre = (saved.body as { preEntryNumber: string }).preEntryNumber;
  const tickets = await Promise.all(
    Array.from({ length: CONCURRENT }, () => resident.faceTicket('submit', pre)),
  );
  const replies = await Promise.all(
    tickets.map((faceTicket) =>
      resident.call('submit', {
        params: { kind: 'entry' },
        body: { declaration: worth(subject, '10.00'), preEntryNumber: pre, location: inside(), faceTicket },
      }),
    ),
  );
  return { successes: succeeded(replies), conflicts: replies.filter((r) => r.status === 409).length };
}

/** 10 concurrent 认证 of one 边民 of a 互助组's declaration: how many times it is stored. */
async function authenticationRace(subject: RaceSubject): Promise<number> {
  const resident = await login(subject, SEED_PERSONS.resident.id, 'resident');
  const group = await login(subject, SEED_PERSONS.groupRepresentative.id, 'mutualAidGroup');
  const declared = await group.call('submit', {
    params: { kind: 'entry' },
    body: {
      declaration: subject.sampleEntryInput({}, subject.entrusted),
      draftId: 'draft-bench-entrusted',
      location: inside(),
      faceTicket: await group.faceTicket('submit', 'draft-bench-entrusted'),
    },
  });
  if (declared.status >= 300) throw new Error(`entrusted 申报 refused: ${JSON.stringify(declared.body)}`);
  const pre = (declared.body as { preEntryNumber: string }).preEntryNumber;
  const tickets = await Promise.all(
    Array.from({ length: CONCURRENT }, () => resident.faceTicket('authenticate', pre)),
  );
  await Promise.all(
    tickets.map((faceTicket) =>
      resident.call('authenticate', { params: { kind: 'entry', preEntryNumber: pre }, body: { faceTicket } }),
    ),
  );
  const idNumber = SEED_PERSONS.resident.idNumber.toUpperCase();
  return (await subject.authenticatedOf(pre)).filter((id) => id.toUpperCase() === idNumber).length;
}

/** Runs the three races, each on a backend fresh from the seed. */
export async function runRaces(subjects: RaceSubjects): Promise<RaceOutcome> {
  try {
    const allowanceAccepted = await allowanceRace(await subjects.fresh());
    const draft = await draftRace(await subjects.fresh());
    const authenticationsCounted = await authenticationRace(await subjects.fresh());
    return {
      allowanceAccepted,
      draftSuccesses: draft.successes,
      draftConflicts: draft.conflicts,
      authenticationsCounted,
    };
  } finally {
    await subjects.dispose();
  }
}
