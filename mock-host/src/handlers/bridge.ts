import { http, HttpResponse } from 'msw';
import type { BridgeEvents, EventName } from '@hushi/bridge-spec';
import type { BridgeHost } from '../bridgeHost';

/** Longest time an events poll is held open before it answers with no events. */
export const EVENT_POLL_HOLD_MS = 20_000;

/**
 * The dev HTTP binding of the bridge (`POST /__bridge/v1`, events by long poll on
 * `POST /__bridge/v1/events`), plus `POST /__mock/bridge/emit` to make the host send an event.
 */
export function bridgeHandlers(host: BridgeHost, { holdMs = EVENT_POLL_HOLD_MS } = {}) {
  return [
    http.post('*/__bridge/v1', async ({ request }) => {
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        return HttpResponse.json({ error: 'Body is not JSON' }, { status: 400 });
      }
      const reply = await host.handle(raw);
      return reply
        ? HttpResponse.json(reply)
        : HttpResponse.json({ error: 'Not a request envelope' }, { status: 400 });
    }),
    http.post('*/__bridge/v1/events', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { after?: unknown } | null;
      // `after: null` (a new listener) learns the current cursor without replaying older events.
      if (typeof body?.after !== 'number')
        return HttpResponse.json({ cursor: host.eventsAfter(-1).cursor, events: [] });
      const after = body.after;
      let batch = host.eventsAfter(after);
      if (batch.events.length === 0) {
        await host.nextEvent(holdMs);
        batch = host.eventsAfter(after);
      }
      return HttpResponse.json(batch);
    }),
    http.post('*/__mock/bridge/emit', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { event?: EventName; data?: unknown } | null;
      try {
        host.emit(body?.event as EventName, body?.data as BridgeEvents[EventName]);
      } catch (error) {
        return HttpResponse.json({ error: String(error) }, { status: 400 });
      }
      return HttpResponse.json({ ok: true });
    }),
  ];
}
