// The mock host in the page (the H5 dev build's): how long its start takes in Debian Chromium, the
// customs backend's PGlite opening on IndexedDB, first in a new profile (from the served template) and
// then on reloads (from IndexedDB), and the latency of one action there. Reported, not gated: the
// figures of decision 010. Run with `npm run bench -- pageStartup`.
import { launchChromium } from '../../test/support/chromium';
import { serveMockHostPage } from '../../test/support/mockHostPage';

const RELOADS = 5;
const ACTIONS = 20;

/** The page: starts the mock host, then offers timed actions through the real sdk, same-origin. */
const PAGE_SCRIPT = `
import { startMockHostWorker } from '@hushi/mock-host/browser';
import { createBackendClient, createBridge, createDevHttpTransport } from '@hushi/sdk';
import { sampleEntryInput } from './mock-host/src/backend/seedDeclarations';

window.started = startMockHostWorker({ quiet: true }).then(() => performance.now());
window.timeActions = async (count) => {
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: location.origin }) });
  const { authCode } = await bridge.call('auth.getSession', {});
  const backend = createBackendClient({ baseUrl: location.origin });
  await backend.exchangeSession(authCode);
  await backend.selectIdentity('resident');
  const time = async (action) => {
    const t = performance.now();
    await action();
    return performance.now() - t;
  };
  const saves = [];
  const queries = [];
  for (let i = 0; i < count; i++) {
    saves.push(await time(() => backend.saveDraft('entry', { declaration: sampleEntryInput() })));
    queries.push(await time(() => backend.queryRecords('entry')));
  }
  return { saves, queries };
};
`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number): string => `${Math.round(value)} ms`;

const server = await serveMockHostPage(PAGE_SCRIPT);
const session = await launchChromium();
try {
  const page = await session.context.newPage();
  const url = `http://127.0.0.1:${server.port}/app.html`;
  const start = async (load: () => Promise<unknown>): Promise<number> => {
    await load();
    return page.evaluate(() => (window as unknown as { started: Promise<number> }).started);
  };
  const cold = await start(() => page.goto(url));
  const warm: number[] = [];
  for (let i = 0; i < RELOADS; i++) warm.push(await start(() => page.reload()));
  const { saves, queries } = await page.evaluate(
    (count) =>
      (
        window as unknown as {
          timeActions(n: number): Promise<{ saves: number[]; queries: number[] }>;
        }
      ).timeActions(count),
    ACTIONS,
  );
  console.table([
    { measure: 'mock host start, new profile (PGlite from the template into IndexedDB)', value: ms(cold) },
    {
      measure: `mock host start on reload, median of ${RELOADS} (PGlite from IndexedDB)`,
      value: ms(median(warm)),
    },
    {
      measure: `暂存 in the page, median of ${ACTIONS} (one transaction, synced to IndexedDB)`,
      value: ms(median(saves)),
    },
    { measure: `申请记录查询 in the page, median of ${ACTIONS}`, value: ms(median(queries)) },
  ]);
} finally {
  await session.close();
  await server.close();
}
