// The H5 mini-app's time from navigation to its first interactive screen (身份选择 with its
// "进入菜单选择" button, after the host login and the backend session), in headless Debian Chromium.
// Run under tsx (`npm run size`): it shares the test suite's Chromium launcher.
import { startH5Server } from '../miniapp/scripts/h5Server.mjs';
import { launchChromium } from '../test/support/chromium.ts';

/** Milliseconds from navigation start until the identity screen's choices are visible. */
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
  const chromium = await launchChromium({ viewport: { width: 375, height: 740 } });
  try {
    const cold = await oneLoad(chromium.context, server.url);
    const warm = [];
    for (let i = 1; i < runs; i++) warm.push(await oneLoad(chromium.context, server.url));
    return { cold, warm };
  } finally {
    await chromium.close();
    await server.close();
  }
}
