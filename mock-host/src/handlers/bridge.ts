import { http, HttpResponse } from 'msw';
import type { BridgeEvents, EventName } from '@hushi/bridge-spec';
import type { BridgeHost } from '../host/bridgeHost';
import { requestRefusal } from '../requestRefusals';
import type { RequestRefusalCode } from '../requestRefusals';

/** Longest time an events poll is held open before it answers with no events. */
export const EVENT_POLL_HOLD_MS = 20_000;

/** `Retry-After` (seconds) of the 503 answering a poll beyond the host's bound on held polls. */
const EVENT_POLL_BUSY_RETRY_S = 1;

/** A refusal of the table as its `{ code, message }` JSON reply. */
function refuse(code: RequestRefusalCode, headers: Record<string, string> = {}): Response {
  const { status, body } = requestRefusal(code);
  return HttpResponse.json(body, { status, headers });
}

/**
 * The dev HTTP binding of the bridge (`POST /__bridge/v1`, events by long poll on
 * `POST /__bridge/v1/events`), plus `POST /__mock/bridge/emit` to make the host send an event.
 * The events poll answers the host's {@link BridgeHost.eventsAfter} (a reset for a cursor it cannot
 * serve), and 503 with `Retry-After` when the host already holds as many polls as it allows.
 */
export function bridgeHandlers(host: BridgeHost, { holdMs = EVENT_POLL_HOLD_MS } = {}) {
  return [
    http.post('*/__bridge/v1', async ({ request }) => {
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        return refuse('BAD_JSON');
      }
      const reply = await host.handle(raw);
      return reply ? HttpResponse.json(reply) : refuse('NOT_A_BRIDGE_REQUEST');
    }),
    http.post('*/__bridge/v1/events', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { after?: unknown } | null;
      // `after: null` (a new listener) learns the current cursor without replaying older events.
      if (typeof body?.after !== 'number') return HttpResponse.json(host.eventsAfter(null));
      const after = body.after;
      let batch = host.eventsAfter(after);
      // Events and resets answer at once; otherwise the poll is held until an event, the hold time, or
      // the client going away (when the runtime passes the client's abort on as `request.signal`).
      if (batch.events.length === 0 && !batch.reset) {
        const outcome = await host.nextEvent(holdMs, request.signal);
        if (outcome === 'busy')
          return refuse('EVENT_POLLS_BUSY', { 'retry-after': String(EVENT_POLL_BUSY_RETRY_S) });
        batch = host.eventsAfter(after);
      }
      return HttpResponse.json(batch);
    }),
    http.post('*/__mock/bridge/emit', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { event?: EventName; data?: unknown } | null;
      try {
        host.emit(body?.event as EventName, body?.data as BridgeEvents[EventName]);
      } catch {
        return refuse('BAD_EVENT');
      }
      return HttpResponse.json({ ok: true });
    }),
  ];
}
