import { chromium } from 'playwright-core';
import { startH5Server } from './h5Server.mjs';
const server = await startH5Server();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url);
await page.getByText('进入菜单选择').waitFor({ timeout: 15000 });
console.log(await page.locator('.identity-choice').first().innerHTML());
await page.locator('.nut-radio').first().click();
console.log(await page.locator('.nut-button').first().getAttribute('class'));
await page.locator('.nut-button').first().click();
await page
  .getByText('常见问题')
  .waitFor({ timeout: 10000 })
  .catch((e) => console.log('wait fail', e.message));
console.log((await page.textContent('body')).slice(0, 400));
await browser.close();
await server.close();
