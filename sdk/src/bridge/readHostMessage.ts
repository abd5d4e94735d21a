import {
  EVENT_SINCE,
  eventDataValidators,
  validateEvent,
  validateResponse,
  validationErrorData,
} from '@hushi/bridge-spec';
import type { BridgeEvents, BridgeResponse, EventName } from '@hushi/bridge-spec';
import { isRecord } from '../isRecord';

/** What one message from the host is, once read. */
export type HostMessage =
  | { readonly kind: 'reply'; readonly reply: BridgeResponse }
  /** A reply whose envelope is malformed; `id` when it names a call, so that call fails at once. */
  | { readonly kind: 'bad-reply'; readonly id: string | undefined; readonly detail: Record<string, unknown> }
  | { readonly kind: 'event'; readonly event: EventName; readonly data: BridgeEvents[EventName] }
  /** Nothing to act on: why, for the log (`debug` when the host did nothing wrong). */
  | {
      readonly kind: 'dropped';
      readonly level: 'warn' | 'debug';
      readonly reason: string;
      readonly detail?: Record<string, unknown>;
    };

/**
 * Reads one message from the host (a JSON string or an object, as the binding delivers it) against the
 * envelope schemas: a reply, a malformed reply, an event this client knows with valid data, or something
 * to drop and why. Never throws: whatever the host sends, the bridge keeps running.
 * @internal
 */
export function readHostMessage(raw: unknown): HostMessage {
  let message: unknown = raw;
  if (typeof raw === 'string') {
    try {
      message = JSON.parse(raw);
    } catch {
      return {
        kind: 'dropped',
        level: 'warn',
        reason: 'message is not JSON',
        detail: { length: raw.length },
      };
    }
  }
  if (!isRecord(message)) return { kind: 'dropped', level: 'warn', reason: 'message is not an object' };
  if (!('event' in message)) {
    if (validateResponse(message)) return { kind: 'reply', reply: message as unknown as BridgeResponse };
    const id = typeof message.id === 'string' ? message.id : undefined;
    return { kind: 'bad-reply', id, detail: validationErrorData(validateResponse) };
  }
  if (!validateEvent(message)) {
    return {
      kind: 'dropped',
      level: 'warn',
      reason: 'malformed event',
      detail: validationErrorData(validateEvent),
    };
  }
  const name = message.event as string;
  if (!Object.prototype.hasOwnProperty.call(EVENT_SINCE, name)) {
    return {
      kind: 'dropped',
      level: 'debug',
      reason: 'event unknown to this client',
      detail: { event: name },
    };
  }
  const event = name as EventName;
  const validator = eventDataValidators[event];
  if (!validator(message.data)) {
    return {
      kind: 'dropped',
      level: 'warn',
      reason: `malformed ${event} data`,
      detail: validationErrorData(validator),
    };
  }
  return { kind: 'event', event, data: message.data as BridgeEvents[EventName] };
}
