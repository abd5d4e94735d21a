import { MOCK_TOKEN_HEADER, MOCK_TOKEN_PARAM } from './controlToken';
import {
  AUTH_SCENARIOS,
  FACE_SCENARIOS,
  HOST_SCENARIOS,
  LOCATION_POLICIES,
  NETWORK_SCENARIOS,
  LOCATION_SCENARIOS,
  SCENARIO_DESCRIPTIONS,
} from './host/scenarios';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function select(name: keyof typeof SCENARIO_DESCRIPTIONS, options: readonly string[]): string {
  const descriptions = SCENARIO_DESCRIPTIONS[name] as Record<string, string>;
  const items = options
    .map((o) => `<option value="${o}" title="${escapeHtml(descriptions[o] ?? '')}">${o}</option>`)
    .join('');
  const help = options
    .map((o) => `<li><code>${o}</code>: ${escapeHtml(descriptions[o] ?? '')}</li>`)
    .join('');
  return `<fieldset><legend>${name}</legend><select name="${name}">${items}</select><ul>${help}</ul></fieldset>`;
}

/**
 * The developer page served at `GET /__mock`: the scenario choices, each change sent at once with
 * `PUT /__mock/scenarios`, a button that makes the host emit `session.expired` and one that puts the
 * backend's declarations back to the seed (`POST /__mock/backend/reset`). Plain HTML and JS
 * so it works from the dev HTTP server and under MSW alike. Over HTTP the page is opened as
 * `/__mock?token=…` (the mock host prints that URL) and sends the token with every request, in the
 * `x-hushi-mock-token` header; in the page (MSW) there is no token and none is needed.
 */
export function controlPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>hushi mock host</title>
<style>
body { font: 14px system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
fieldset { margin: 0 0 1rem; } ul { margin: .5rem 0 0; color: #555; } #status { min-height: 1.5em; }
</style>
</head>
<body>
<h1>hushi mock host</h1>
<p>Scenarios apply to the next bridge call. Scenarios and declarations survive a reload.</p>
<form id="scenarios">
${select('location', LOCATION_SCENARIOS)}
${select('face', FACE_SCENARIOS)}
${select('auth', AUTH_SCENARIOS)}
${select('host', HOST_SCENARIOS)}
${select('locationPolicy', LOCATION_POLICIES)}
${select('network', NETWORK_SCENARIOS)}
<fieldset><legend>slow host / stalled network delay (ms)</legend><input name="slowDelayMs" type="number" min="0" step="500"></fieldset>
<fieldset><legend>logged-in person id</legend><input name="personId" pattern="[A-Za-z0-9_-]{1,64}"></fieldset>
</form>
<p><button id="expire" type="button">Fire session.expired</button>
<button id="reset" type="button">Reset declarations to the seed data</button></p>
<p id="status" role="status"></p>
<script>
const form = document.getElementById('scenarios');
const status = document.getElementById('status');
function show(s) {
  for (const name of ['location', 'face', 'auth', 'host', 'locationPolicy', 'network', 'slowDelayMs']) form.elements[name].value = s[name];
  form.elements.personId.value = s.currentPerson.personId;
}
const token = new URLSearchParams(location.search).get('${MOCK_TOKEN_PARAM}');
async function send(method, url, body) {
  const headers = token ? { '${MOCK_TOKEN_HEADER}': token } : {};
  if (body) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error((json.problems || [json.message || json.error]).join('; '));
  return json;
}
send('GET', '/__mock/scenarios').then((r) => show(r.scenarios), (e) => { status.textContent = e.message; });
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  const field = event.target;
  const patch = field.name === 'personId' ? { currentPerson: { personId: field.value } }
    : { [field.name]: field.name === 'slowDelayMs' ? Number(field.value) : field.value };
  send('PUT', '/__mock/scenarios', patch).then(
    (r) => { show(r.scenarios); status.textContent = 'Saved.'; },
    (e) => { status.textContent = e.message; });
});
document.getElementById('expire').addEventListener('click', () => {
  send('POST', '/__mock/bridge/emit', { event: 'session.expired', data: { reason: 'timeout' } }).then(
    () => { status.textContent = 'session.expired sent.'; },
    (e) => { status.textContent = e.message; });
});
document.getElementById('reset').addEventListener('click', () => {
  send('POST', '/__mock/backend/reset').then(
    () => { status.textContent = 'Declarations reset to the seed data.'; },
    (e) => { status.textContent = e.message; });
});
</script>
</body>
</html>
`;
}
