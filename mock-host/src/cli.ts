// `npm run mock-host`: the mock super-app and backend as an HTTP server on 127.0.0.1.
import { DEV_HTTP_PATH } from '@hushi/sdk';
import { createMockHost } from './handlers/index';
import { startMockHostServer } from './server';

const port = Number(process.env.PORT ?? 8787);
const { handlers } = createMockHost();
const server = await startMockHostServer(handlers, { port });
console.log(`hushi mock host listening on ${server.url}`);
console.log(`  bridge (dev HTTP binding): POST ${server.url}${DEV_HTTP_PATH}`);
console.log(`  host events (long poll):   POST ${server.url}${DEV_HTTP_PATH}/events`);
console.log(`  scenarios (control page):  ${server.url}/__mock   (JSON: GET/PUT /__mock/scenarios)`);
console.log(
  `  emit a host event:         POST ${server.url}/__mock/bridge/emit  {"event":"session.expired","data":{}}`,
);
console.log(`  customs backend:           ${server.url}/api/v1/…   (the sdk's BACKEND_ROUTES)`);
console.log(
  `  step through customs:      POST ${server.url}/__mock/customs/:preEntryNumber/step  {"event":"sentToCustoms"}`,
);
console.log(`  back to the seed data:     POST ${server.url}/__mock/backend/reset`);
console.log(`  trust a host's face key:   POST ${server.url}/__mock/face-keys  {"jwk":{…ES256 public key}}`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
