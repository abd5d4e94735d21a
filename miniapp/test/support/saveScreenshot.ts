import type { MiniappSession } from './miniappPage';

/** Where the docs' screenshots live. */
const SCREENSHOTS = new URL('../../../docs/screenshots', import.meta.url).pathname;

/**
 * Saves the phone-size screen as docs/screenshots/<name>.png when `HUSHI_SCREENSHOTS` is set (so that
 * an ordinary test run leaves the checkout clean), after the page's slide-in has settled.
 */
export async function saveScreenshot(app: MiniappSession, name: string): Promise<void> {
  if (!process.env.HUSHI_SCREENSHOTS) return;
  await app.page.waitForTimeout(500);
  await app.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
