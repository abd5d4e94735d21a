// `npm run mock-host [-- --data DIR] [-- --fresh] [-- --help]`: the mock super-app and backend as an HTTP server on
// 127.0.0.1, its state in a PGlite data directory (default outside the source tree, see
// defaultDataDir), `--data memory` for none kept, `--fresh` to start again from the seed.
// Environment: PORT (default 8787); HOST (default 127.0.0.1: anything else exposes the server beyond
// this machine); ALLOWED_ORIGINS and ALLOWED_HOSTS (comma-separated, added to the defaults);
// HUSHI_MOCK_TOKEN (the developer controls' token; default a fresh random one); DATABASE_URL (a
// PostgreSQL server instead of the data directory, shared by several testers' phones).
import { parseArgs } from 'node:util';
import { DEV_HTTP_PATH } from '@hushi/sdk';
import { openDatabaseStorage } from './database/databaseStorage';
import { defaultDataDir, openDatabase } from './database/openDatabase';
import { isLoopbackHostname } from './hostAllowlist';
import { createMockHost } from './createMockHost';
import { DEFAULT_ALLOWED_ORIGINS, startMockHostServer } from './server';

const USAGE = `usage: npm run mock-host [-- --data DIR|memory] [-- --fresh]
  --data DIR     where the state is kept (a PGlite data directory; "memory": nothing kept)
  --fresh        start again from the seed data
  --help         this text
environment: PORT (default 8787), HOST (default 127.0.0.1), ALLOWED_ORIGINS, ALLOWED_HOSTS,
  HUSHI_MOCK_TOKEN, DATABASE_URL (a PostgreSQL server instead of the data directory)`;

/** Says what is wrong with the command line, with the usage, and exits 2. */
function usageError(problem: string): never {
  console.error(`mock-host: ${problem}\n${USAGE}`);
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({
      options: {
        data: { type: 'string' },
        fresh: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
})();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  usageError(`PORT=${process.env.PORT} is no port number`);
const hostname = process.env.HOST ?? '127.0.0.1';
const token = process.env.HUSHI_MOCK_TOKEN;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = args.data ?? defaultDataDir();
const database = await openDatabase({
  ...(databaseUrl ? { databaseUrl } : { dataDir }),
  fresh: args.fresh,
});
const storage = await openDatabaseStorage(database);
const mock = createMockHost({ database, storage });
await mock.ready;
// A data directory was removed to start afresh; a shared server is taken back to the seed instead.
if (args.fresh && databaseUrl) await mock.backend.reset();
const { handlers } = mock;
const server = await startMockHostServer(handlers, {
  port,
  hostname,
  allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS, ...list(process.env.ALLOWED_ORIGINS)],
  allowedHosts: list(process.env.ALLOWED_HOSTS),
  ...(token ? { controlToken: token } : {}),
});
if (!isLoopbackHostname(hostname)) {
  console.warn(
    `WARNING: HOST=${hostname} exposes the mock host beyond this machine. Anyone who can reach it can log in ` +
      'as the seed persons and read their declarations; the developer controls are guarded by the token alone. ' +
      'Name the Host headers to answer with ALLOWED_HOSTS (e.g. ALLOWED_HOSTS=devbox.lan).',
  );
}
const controls = `-H 'x-hushi-mock-token: ${server.controlToken}'`;
const json = "-H 'content-type: application/json'";
console.log(`hushi mock host listening on ${server.url}`);
console.log(`  state kept in:             ${database.description}   (--data DIR, --fresh, DATABASE_URL)`);
console.log(`  control page (scenarios):  ${server.url}/__mock?token=${server.controlToken}`);
console.log(`  control token:             ${server.controlToken}   (header x-hushi-mock-token on /__mock/*)`);
console.log(`  bridge (dev HTTP binding): POST ${server.url}${DEV_HTTP_PATH}`);
console.log(`  host events (long poll):   POST ${server.url}${DEV_HTTP_PATH}/events`);
console.log(`  customs backend:           ${server.url}/api/v1/…   (the sdk's BACKEND_ROUTES)`);
console.log(
  `  CORS allowed for:          ${[...DEFAULT_ALLOWED_ORIGINS, ...list(process.env.ALLOWED_ORIGINS)].join(' ')}`,
);
console.log('  developer controls, e.g. with curl:');
console.log(`    scenarios:               curl ${controls} ${server.url}/__mock/scenarios   (PUT a change)`);
console.log(
  `    emit a host event:       curl ${controls} ${json} ${server.url}/__mock/bridge/emit -d '{"event":"session.expired","data":{}}'`,
);
console.log(
  `    step through customs:    curl ${controls} ${json} ${server.url}/__mock/customs/:preEntryNumber/step -d '{"event":"sentToCustoms"}'`,
);
console.log(`    back to the seed data:   curl ${controls} -X POST ${server.url}/__mock/backend/reset`);
console.log(
  `    trust a host's face key: curl ${controls} ${json} ${server.url}/__mock/face-keys -d '{"jwk":{…ES256 public key}}'`,
);
const stop = (): void => {
  void server
    .close()
    .then(() => storage.flushed())
    .then(() => database.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
