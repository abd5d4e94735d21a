import { http, HttpResponse } from 'msw';
import { controlPageHtml } from '../controlPage';
import { readJsonBody } from '../jsonBody';
import {
  AUTH_SCENARIOS,
  FACE_SCENARIOS,
  HOST_SCENARIOS,
  LOCATION_POLICIES,
  LOCATION_SCENARIOS,
  SCENARIO_DESCRIPTIONS,
} from '../host/scenarios';
import type { ScenarioStore } from '../host/scenarioStore';
import { parseScenarioPatch } from '../host/scenarios';

/** The scenario choices with their descriptions, as `GET /__mock/scenarios` lists them. */
function catalogue() {
  const entries = (list: readonly string[], descriptions: Record<string, string>) =>
    list.map((name) => ({ name, description: descriptions[name] ?? '' }));
  return {
    location: entries(LOCATION_SCENARIOS, SCENARIO_DESCRIPTIONS.location),
    face: entries(FACE_SCENARIOS, SCENARIO_DESCRIPTIONS.face),
    auth: entries(AUTH_SCENARIOS, SCENARIO_DESCRIPTIONS.auth),
    host: entries(HOST_SCENARIOS, SCENARIO_DESCRIPTIONS.host),
    locationPolicy: entries(LOCATION_POLICIES, SCENARIO_DESCRIPTIONS.locationPolicy),
  };
}

/**
 * The developer controls of the mock host: `GET /__mock` (an HTML page), `GET /__mock/scenarios`
 * (`{ scenarios, catalogue }`) and `PUT /__mock/scenarios` (a partial change, JSON within the limits
 * of `jsonBody.ts`; 400 `INVALID_SCENARIO` with `problems` when invalid). `session.expired` is fired
 * with the bridge handlers' `POST /__mock/bridge/emit`.
 */
export function controlHandlers(store: ScenarioStore) {
  return [
    http.get(
      '*/__mock',
      () => new HttpResponse(controlPageHtml(), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    ),
    http.get('*/__mock/scenarios', () =>
      HttpResponse.json({ scenarios: store.get(), catalogue: catalogue() }),
    ),
    http.put('*/__mock/scenarios', async ({ request }) => {
      const body = await readJsonBody(request);
      if (!body.ok) return HttpResponse.json(body.refusal.body, { status: body.refusal.status });
      const parsed = parseScenarioPatch(body.value);
      if (!parsed.ok) {
        return HttpResponse.json(
          { code: 'INVALID_SCENARIO', message: '场景设置有误', problems: parsed.problems },
          { status: 400 },
        );
      }
      return HttpResponse.json({ scenarios: store.set(parsed.patch) });
    }),
  ];
}
