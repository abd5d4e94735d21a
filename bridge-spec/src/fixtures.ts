/**
 * Wire fixtures: valid and invalid example messages for every method and event, and example ticket
 * payloads, the single source of wire truth for the sdk's tests, the mock host and host teams' own tests.
 */
import type { ErrorCode, EventName, MethodName } from './generated/catalogue';
import envelope from '../fixtures/envelope.json';
import appClose from '../fixtures/methods/app.close.json';
import authGetSession from '../fixtures/methods/auth.getSession.json';
import authLogin from '../fixtures/methods/auth.login.json';
import faceVerify from '../fixtures/methods/face.verify.json';
import hostGetInfo from '../fixtures/methods/host.getInfo.json';
import locationGet from '../fixtures/methods/location.get.json';
import appVisibility from '../fixtures/events/app.visibility.json';
import sessionExpired from '../fixtures/events/session.expired.json';
import locationTicket from '../fixtures/tickets/location-ticket.json';

/** One example message, decoded from JSON. Invalid examples are deliberately of the wrong shape. */
export interface NamedMessage {
  name: string;
  message: unknown;
}

/** An invalid request with the error code a host must answer it with. */
export interface InvalidRequest extends NamedMessage {
  expect: ErrorCode;
}

/** Examples for one method: requests a host must accept or refuse, replies a client must accept or refuse. */
export interface MethodFixture {
  method: MethodName;
  requests: { valid: NamedMessage[]; invalid: InvalidRequest[] };
  responses: { valid: NamedMessage[]; invalid: NamedMessage[] };
}

/** Examples for one host event. */
export interface EventFixture {
  event: EventName;
  valid: NamedMessage[];
  invalid: NamedMessage[];
}

/** Raw texts that are not valid envelopes at all. */
export interface EnvelopeFixture {
  description: string;
  invalid: { name: string; raw: string }[];
}

/** One example ticket payload (decoded JWS claims). */
export interface NamedPayload {
  name: string;
  payload: unknown;
}

/**
 * Examples of a ticket's payload, and one real ticket: `ticket` is a compact JWS of `valid[0]` signed
 * by the key whose public half is `publicJwk`, its `kid` the key's RFC 7638 thumbprint.
 */
export interface TicketFixture {
  description: string;
  publicJwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  ticket: string;
  valid: NamedPayload[];
  invalid: NamedPayload[];
}

/** Fixtures of every method, by method name. */
export const methodFixtures: Readonly<Record<MethodName, MethodFixture>> = {
  'host.getInfo': hostGetInfo as MethodFixture,
  'auth.getSession': authGetSession as MethodFixture,
  'auth.login': authLogin as MethodFixture,
  'location.get': locationGet as MethodFixture,
  'face.verify': faceVerify as MethodFixture,
  'app.close': appClose as MethodFixture,
};

/** Fixtures of every host event, by event name. */
export const eventFixtures: Readonly<Record<EventName, EventFixture>> = {
  'session.expired': sessionExpired as EventFixture,
  'app.visibility': appVisibility as EventFixture,
};

/** Texts that no endpoint may take for an envelope. */
export const envelopeFixture: EnvelopeFixture = envelope;

/** Location ticket payloads (`validateLocationTicketPayload`), @since 1.1.0. */
export const locationTicketFixture: TicketFixture = locationTicket as TicketFixture;
