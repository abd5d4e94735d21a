// The H5 mini-app's time from navigation to its first interactive screen (身份选择 with its
// "进入菜单选择" button, after the host login and the backend session), in headless Debian Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startH5Server } from '../miniapp/scripts/h5Server.mjs';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Milliseconds from navigation start until the identity screen's button is visible. */
async function oneLoad(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.identity-choice').first().waitFor({ state: 'visible', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/**
 * Loads the app `runs` times: the first in a fresh profile (cold: service worker registration, empty
 * cache), the others warm. The mock host runs in the page, so its start-up is included.
 * @returns `{ cold, warm: number[] }` in ms
 */
export async function measureH5FirstScreen(runs = 6) {
  const server = await startH5Server();
  const profile = mkdtempSync(join(tmpdir(), 'hushi-size-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 375, height: 740 },
  });
  try {
    const cold = await oneLoad(context, server.url);
    const warm = [];
    for (let i = 1; i < runs; i++) warm.push(await oneLoad(context, server.url));
    return { cold, warm };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}
