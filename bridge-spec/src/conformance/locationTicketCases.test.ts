// The bridge 1.1 location ticket cases against a fake host that signs in memory with WebCrypto: a
// conforming host passes them, each fault fails the case it should with a readable reason, and a host
// that does not speak the 1.1.0 contract of location.get skips them.
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { LocationGetParams, LocationGetResult } from '../generated/types';
import { createHostDispatcher, HostFailure } from '../host';
import { conformanceSuite } from './conformanceCases';
import { es256Thumbprint } from './es256Thumbprint';
import { runConformance } from './runConformance';
import type { ConformanceReport, ConformanceTransport } from './types';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** The 1.1 cases, by id. */
const TICKET = 'location.get.ticket';
const SIGNATURE = 'location.get.ticketSignature';
const NO_CHALLENGE = 'location.get.noChallengeNoTicket';
const BAD_NONCE = 'params.location.get.badChallengeNonce';
const CANNOT_SIGN = 'location.get.attestationUnavailable';
const CASES_1_1 = [TICKET, SIGNATURE, NO_CHALLENGE, BAD_NONCE, CANNOT_SIGN];

/** What the fake host is about to answer, for a test to spoil before it is signed. */
interface Draft {
  result: Record<string, unknown>;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signWith: CryptoKey;
  /** Whether a ticket is attached (by default: when the request carried a challenge). */
  signed: boolean;
  /** The ticket as signed, for a fault that alters it afterwards. */
  alter?: (ticket: string) => string;
}

interface FakeHostOptions {
  bridgeVersion?: string;
  tamper?: (draft: Draft) => void;
  /** Changes the handshake's result. */
  info?: (result: Record<string, unknown>) => void;
  /** Without its key, answers the fix unsigned instead of ATTESTATION_UNAVAILABLE. */
  unsignedWhenKeyless?: boolean;
}

let hostKey: CryptoKeyPair;
let otherKey: CryptoKeyPair;
let publicJwk: JsonWebKey;
let kid: string;

beforeAll(async () => {
  hostKey = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  otherKey = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  publicJwk = await crypto.subtle.exportKey('jwk', hostKey.publicKey);
  kid = await es256Thumbprint(crypto.subtle, publicJwk);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const base64Url = (data: string | ArrayBuffer): string =>
  (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).toString('base64url');

async function sign(draft: Draft, subtle: SubtleCrypto): Promise<string> {
  const input = `${base64Url(JSON.stringify(draft.header))}.${base64Url(JSON.stringify(draft.payload))}`;
  const signature = await subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    draft.signWith,
    new TextEncoder().encode(input),
  );
  const ticket = `${input}.${base64Url(signature)}`;
  return draft.alter ? draft.alter(ticket) : ticket;
}

/**
 * A 1.1 host over an in-memory transport whose location.get signs a challenged fix as the contract
 * says, unless `tamper` spoils it; `arrange('location.attestationUnavailable')` takes its key away.
 */
function fakeHost(options: FakeHostOptions = {}): {
  transport: ConformanceTransport;
  arrange: (condition: string) => boolean;
} {
  // Kept at hand: a test may take WebCrypto away from the runner.
  const subtle = crypto.subtle;
  let canSign = true;
  const dispatcher = createHostDispatcher({
    identity: { hostName: 'fake-host', hostVersion: '1.0.0', platform: 'web' },
    bridgeVersion: options.bridgeVersion,
    methods: {
      'location.get': async (params: LocationGetParams) => {
        const fix = {
          lat: 43.672,
          lng: 111.97,
          datum: 'wgs84' as const,
          accuracy: 8,
          timestamp: Date.now() - 500,
          source: 'gps' as const,
        };
        const iat = Math.floor(Date.now() / 1000);
        const challenged = options.bridgeVersion === undefined && params.challenge !== undefined;
        if (challenged && !canSign && !options.unsignedWhenKeyless) {
          throw new HostFailure('ATTESTATION_UNAVAILABLE', 'No signing key');
        }
        const draft: Draft = {
          result: options.bridgeVersion === undefined ? { ...fix, mocked: false } : { ...fix },
          header: { alg: 'ES256', typ: 'hushi-location+jwt', kid },
          payload: {
            sub: 'P0001',
            ...params.challenge,
            fix,
            mocked: false,
            iat,
            exp: iat + 120,
            jti: `lt-${iat}`,
          },
          signWith: hostKey.privateKey,
          signed: challenged && canSign,
        };
        options.tamper?.(draft);
        const result = draft.signed ? { ...draft.result, ticket: await sign(draft, subtle) } : draft.result;
        return result as unknown as LocationGetResult;
      },
    },
  });
  const listeners = new Set<(raw: unknown) => void>();
  return {
    transport: {
      name: 'memory',
      send(message) {
        void dispatcher.handle(message).then((reply) => {
          if (!reply) return;
          if (reply.ok && (message as { method?: string }).method === 'host.getInfo') {
            options.info?.(reply.result);
          }
          for (const listener of listeners) listener(JSON.stringify(reply));
        });
      },
      listen(receive) {
        listeners.add(receive);
        return () => listeners.delete(receive);
      },
    },
    arrange(condition) {
      canSign = condition !== 'location.attestationUnavailable';
      return true;
    },
  };
}

/** Runs the 1.1 cases (and the handshake's declared methods) against a fake host. */
function run(
  host: ReturnType<typeof fakeHost>,
  extra: { hostKeys?: JsonWebKey[]; only?: string[] } = {},
): Promise<ConformanceReport> {
  return runConformance({
    transport: host.transport,
    arrange: host.arrange,
    timeoutMs: 1_000,
    only: extra.only ?? CASES_1_1,
    ...(extra.hostKeys ? { hostKeys: extra.hostKeys } : {}),
  });
}

const row = (report: ConformanceReport, id: string) => report.cases.find((c) => c.id === id);

it('the suite has the 1.1 cases, each applying from 1.1.0', () => {
  const cases = conformanceSuite.cases.filter((c) => CASES_1_1.includes(c.id));
  expect(cases.map((c) => c.since)).toEqual(CASES_1_1.map(() => '1.1.0'));
});

it('a host that signs as the contract says passes every 1.1 case, its public key given', async () => {
  const report = await run(fakeHost(), { hostKeys: [publicJwk] });
  expect(
    report.cases.map((c) => [c.id, c.status, c.reason]),
    JSON.stringify(report.cases),
  ).toEqual(CASES_1_1.map((id) => [id, 'pass', undefined]));
});

it('finds the signing key among several by its kid, a private JWK reduced to its public part', async () => {
  const privateJwk = await crypto.subtle.exportKey('jwk', hostKey.privateKey);
  const other = await crypto.subtle.exportKey('jwk', otherKey.publicKey);
  const report = await run(fakeHost(), { hostKeys: [other, privateJwk], only: [SIGNATURE] });
  expect(row(report, SIGNATURE)).toMatchObject({ status: 'pass' });
});

it('without hostKeys the signature case is skipped with how to run it, never passed', async () => {
  const report = await run(fakeHost());
  expect(row(report, SIGNATURE)).toMatchObject({
    status: 'skip',
    reason:
      "verifying the signature of result/ticket needs the host's public key: pass the host's public key as hostKeys (ES256 public JWKs)",
  });
  expect(report.cases.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(
    CASES_1_1.filter((id) => id !== SIGNATURE),
  );
  expect(report.ok).toBe(true);
});

it('skips the signature case where the runtime has no WebCrypto, or a host key is not ES256', async () => {
  const host = fakeHost();
  vi.stubGlobal('crypto', undefined);
  const noCrypto = await run(host, { hostKeys: [publicJwk], only: [SIGNATURE] });
  vi.unstubAllGlobals();
  expect(row(noCrypto, SIGNATURE)?.reason).toBe(
    'this runtime has no WebCrypto (crypto.subtle) to verify the signature of result/ticket with',
  );
  const rsa = { kty: 'RSA', n: 'AQAB', e: 'AQAB' };
  const badKey = await run(host, { hostKeys: [publicJwk, rsa], only: [SIGNATURE] });
  expect(row(badKey, SIGNATURE)).toMatchObject({
    status: 'skip',
    reason: 'hostKeys[1] is not an ES256 (EC P-256) public key',
  });
});

/** Each fault of a host, the case it must fail and words of the reason. */
const FAULTS: { name: string; tamper: (draft: Draft) => void; fails: string[]; reason: string[] }[] = [
  {
    name: 'an unsigned fix to a challenge',
    tamper: (d) => {
      d.signed = false;
    },
    fails: [TICKET, SIGNATURE],
    reason: ['result/ticket is missing'],
  },
  {
    name: 'no mocked in the result',
    tamper: (d) => {
      delete d.result.mocked;
    },
    fails: [TICKET],
    reason: ['result/mocked is missing'],
  },
  {
    name: 'a plain JWT typ',
    tamper: (d) => {
      d.header.typ = 'JWT';
    },
    fails: [TICKET],
    reason: ['the protected header of result/ticket has typ "JWT", but it must be "hushi-location+jwt"'],
  },
  {
    name: 'no kid',
    tamper: (d) => {
      delete d.header.kid;
    },
    fails: [TICKET, SIGNATURE],
    reason: ['the protected header of result/ticket has kid undefined, but it must be a non-empty string'],
  },
  {
    name: 'a payload without jti',
    tamper: (d) => {
      delete d.payload.jti;
    },
    fails: [TICKET],
    reason: [
      'the payload of result/ticket does not match LocationTicketPayload: payload lacks required field "jti"',
    ],
  },
  {
    name: 'a ticket bound to another nonce',
    tamper: (d) => {
      d.payload.nonce = 'an-earlier-nonce-00000001';
    },
    fails: [TICKET],
    reason: [
      'the nonce claim of result/ticket is "an-earlier-nonce-00000001", but the request\'s challenge/nonce was "conformance-location-nonce-0001": the ticket must be bound to the request',
    ],
  },
  {
    name: 'a returned fix that differs from the signed one',
    tamper: (d) => {
      d.result.lat = 21.9736;
    },
    fails: [TICKET],
    reason: [
      "the signed fix/lat of result/ticket is 43.672, but the result's lat is 21.9736: the ticket must sign what the result returns",
    ],
  },
  {
    name: 'a signed mocked that differs from the returned one',
    tamper: (d) => {
      d.payload.mocked = 'unknown';
    },
    fails: [TICKET],
    reason: ['the signed mocked of result/ticket is "unknown", but the result\'s mocked is false'],
  },
  {
    name: 'a five-minute ticket',
    tamper: (d) => {
      d.payload.exp = (d.payload.iat as number) + 300;
    },
    fails: [TICKET],
    reason: ['lives 300 s', 'longer than the 120 s allowed'],
  },
  {
    name: 'a ticket that expires as it is issued',
    tamper: (d) => {
      d.payload.exp = d.payload.iat;
    },
    fails: [TICKET],
    reason: ['no later than it was issued'],
  },
  {
    name: 'an expired ticket',
    tamper: (d) => {
      d.payload.iat = (d.payload.iat as number) - 600;
      d.payload.exp = (d.payload.iat as number) + 60;
    },
    fails: [TICKET],
    reason: ['result/ticket expired at', 'before the reply came'],
  },
  {
    name: 'a ticket signed with a key that is not the host key',
    tamper: (d) => {
      d.signWith = otherKey.privateKey;
    },
    fails: [SIGNATURE],
    reason: ["does not verify with the host's key (hostKeys, thumbprints ", 'altered after signing'],
  },
  {
    name: 'a ticket edited after signing',
    tamper: (d) => {
      d.alter = (ticket) => {
        const [header, , signature] = ticket.split('.');
        const payload = { ...d.payload, fix: { ...(d.payload.fix as object), lat: 43.7 } };
        return `${header}.${base64Url(JSON.stringify(payload))}.${signature}`;
      };
      d.result.lat = 43.7;
    },
    fails: [SIGNATURE],
    reason: ["does not verify with the host's key"],
  },
  {
    name: 'a kid that is not the thumbprint of the signing key',
    tamper: (d) => {
      d.header.kid = 'location-key-1';
    },
    fails: [SIGNATURE],
    reason: ['but its kid is "location-key-1": the kid must be the RFC 7638 thumbprint of the signing key'],
  },
  {
    name: 'a DER-encoded signature',
    tamper: (d) => {
      d.alter = (ticket) =>
        `${ticket.slice(0, ticket.lastIndexOf('.'))}.${base64Url(new Uint8Array(70).buffer)}`;
    },
    fails: [SIGNATURE],
    reason: ['the signature of result/ticket is 70 bytes, not the 64 of ES256'],
  },
  {
    name: 'a ticket without a challenge',
    tamper: (d) => {
      d.signed = true;
    },
    fails: [NO_CHALLENGE],
    reason: ['result/ticket must be absent (got "eyJ'],
  },
];

for (const fault of FAULTS) {
  it(`fails ${fault.fails.join(' and ')} for ${fault.name}`, async () => {
    const report = await run(fakeHost({ tamper: fault.tamper }), {
      hostKeys: [publicJwk],
      only: [TICKET, SIGNATURE, NO_CHALLENGE],
    });
    const failed = report.cases.filter((c) => c.status === 'fail');
    expect(
      failed.map((c) => c.id),
      JSON.stringify(report.cases),
    ).toEqual(fault.fails);
    for (const words of fault.reason) expect(failed[0]?.reason).toContain(words);
  });
}

it('fails the ATTESTATION_UNAVAILABLE case for a host that answers an unsigned fix when it cannot sign', async () => {
  const report = await run(fakeHost({ unsignedWhenKeyless: true }), { only: [CANNOT_SIGN] });
  expect(row(report, CANNOT_SIGN)).toMatchObject({ status: 'fail' });
  expect(row(report, CANNOT_SIGN)?.reason).toMatch(/^expected error ATTESTATION_UNAVAILABLE, got a result: /);
});

it('skips the 1.1 cases for a 1.0 host, recognised from its handshake', async () => {
  const report = await run(fakeHost({ bridgeVersion: '1.0.0' }), {
    hostKeys: [publicJwk],
    only: [...CASES_1_1, 'handshake.declaredMethods', 'location.get.wgs84'],
  });
  expect(report.host).toMatchObject({ bridgeVersion: '1.0.0', methods: { 'location.get': '1.0.0' } });
  for (const id of CASES_1_1) {
    expect(row(report, id)).toMatchObject({
      status: 'skip',
      reason: 'the host speaks bridge 1.0.0; this case applies from 1.1.0',
    });
  }
  expect(row(report, 'handshake.declaredMethods')?.status).toBe('pass');
  expect(row(report, 'location.get.wgs84')?.status).toBe('pass');
});

it('skips them for a 1.1 host that still follows the 1.0.0 contract of location.get', async () => {
  const host = fakeHost({
    info: (result) => {
      result.methods = { ...(result.methods as object), 'location.get': '1.0.0' };
    },
  });
  const report = await run(host, { only: [...CASES_1_1, 'handshake.declaredMethods'] });
  for (const id of CASES_1_1) {
    expect(row(report, id)).toMatchObject({
      status: 'skip',
      reason:
        'the host follows the 1.0.0 contract of location.get; this case applies from its 1.1.0 contract',
    });
  }
  expect(row(report, 'handshake.declaredMethods')?.status).toBe('pass');
});

it('fails the handshake of a host that declares a method at a version that is none of its contracts', async () => {
  const host = fakeHost({
    info: (result) => {
      result.methods = { ...(result.methods as object), 'location.get': '1.0.1' };
    },
  });
  const report = await run(host, { only: ['handshake.declaredMethods'] });
  expect(row(report, 'handshake.declaredMethods')).toMatchObject({
    status: 'fail',
    reason:
      'host.getInfo declares location.get at 1.0.1, which is none of its contracts (1.0.0, 1.1.0): a host declares the contract it follows',
  });
});
