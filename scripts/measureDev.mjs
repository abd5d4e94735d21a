#!/usr/bin/env node
// Times `npm run dev` (decision 020): from the start until the page is served, then from saving a file
// (a page, an sdk module) until the dev server's message to the page (webpack's `ok`, the mock host's
// `static-changed`). Each file is put back afterwards. `--clean` first removes the dev build's caches, as
// on a fresh clone. Usage: node scripts/measureDev.mjs [--clean]   (PORT=, default 10186)
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '10186';
const origin = `http://127.0.0.1:${port}`;
/** The messages that end a rebuild, whatever its outcome. */
const BUILT = new Set(['ok', 'still-ok', 'warnings', 'errors']);
/** What is changed, and which messages each change must bring. */
const CHANGES = [
  ['miniapp/src/pages/faq/index.tsx', ['built']],
  ['miniapp/src/pages/faq/index.tsx', ['built']],
  ['sdk/src/declaration/statusMachine.ts', ['built', 'static-changed']],
];

/** Polls until `probe` resolves truthy. */
async function until(probe) {
  for (;;) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (process.argv.includes('--clean')) {
  for (const dir of ['miniapp/node_modules/.taro', 'miniapp/dist/h5-dev', '.tmp/pgliteTemplate.mjs']) {
    rmSync(join(root, dir), { recursive: true, force: true });
  }
}
const started = Date.now();
const dev = spawn('npm', ['run', 'dev'], {
  cwd: root,
  env: { ...process.env, PORT: port },
  stdio: 'ignore',
  detached: true,
});
/** @type {{ at: number, type: string }[]} */
const messages = [];
try {
  await until(async () => (await fetch(`${origin}/`)).ok);
  console.log(`first page served after ${seconds(Date.now() - started)}`);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin });
  socket.on('message', (raw) => {
    const { type } = JSON.parse(String(raw));
    messages.push({ at: Date.now(), type: BUILT.has(type) ? 'built' : type });
  });
  await until(async () => messages.some((m) => m.type === 'built'));
  for (const [path, expected] of CHANGES) {
    const file = join(root, path);
    const before = readFileSync(file, 'utf8');
    const from = messages.length;
    const saved = Date.now();
    writeFileSync(file, `${before}\n// measureDev ${saved}\n`);
    const arrived = (type) => messages.slice(from).find((m) => m.type === type);
    try {
      await until(async () => expected.every(arrived));
    } finally {
      writeFileSync(file, before);
    }
    for (const type of expected)
      console.log(`${path} saved → ${type} after ${seconds(arrived(type).at - saved)}`);
    const back = messages.length;
    await until(async () => expected.every((type) => messages.slice(back).some((m) => m.type === type)));
  }
  socket.close();
} finally {
  process.kill(-(dev.pid ?? 0), 'SIGTERM');
}
