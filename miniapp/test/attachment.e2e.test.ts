// 附件 (issue 16 item 3) in real Chromium against the mock host in the page: the H5 file input refuses a
// file of another type or over 5 MB before sending it, and the backend one whose bytes are no PDF, JPEG
// or PNG; a PDF whose upload failed offline is sent again with 重试, with a progressbar, shows its name
// and size, is declared and shown in 详情.
import { expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { ATTACHMENT_LIMITS, ATTACHMENT_MESSAGES } from '@hushi/sdk';
import { useMiniapp } from './support/miniappPage';
import { cardValue } from './support/queryScreens';
import { saveScreenshot } from './support/saveScreenshot';
import {
  expectDeclared,
  fillEntryBasics,
  fillGoods,
  formField,
  openTab,
  pickCode,
  typeField,
} from './support/declareScreen';

const app = useMiniapp({ timeoutMs: 15_000 });

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 0x20)]);

/** The 随附单证 line's 附件 field. */
const attachmentField = (): Locator =>
  formField(app.page, 'attachmentId', app.page.locator('.line-list--attachments .line-card').first());

/** Picks `file` in the line's file input, as the phone's file chooser would. */
async function choose(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await attachmentField().locator('input[type="file"]').setInputFiles(file);
}

/** Records every `aria-valuenow` a progressbar in the page shows from now on. */
async function watchProgress(): Promise<void> {
  await app.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"]'))
        seen.push(bar.getAttribute('aria-valuenow') ?? '');
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

it('uploads a PDF to a 随附单证 with progress, refuses bad files in red, declares it and shows it in 详情', async () => {
  await app.setScenarios({ location: 'inside', face: 'pass' });
  await app.loginAs('resident', '边民');
  await app.page
    .locator('.nut-cell', { hasText: /^\s*单据申报\s*$/ })
    .first()
    .click();
  await app.page.locator('.declare').waitFor();
  await fillEntryBasics(app.page, '01', '4');
  await fillGoods(app.page);
  await openTab(app.page, '随附单证');
  await app.clickButton('添加随附单证');
  const line = app.page.locator('.line-list--attachments .line-card').first();
  await pickCode(app.page, 'documentType', '01', '01-发票', line);
  await typeField(app.page, 'documentNumber', 'FP-2024-001', line);

  // Refused before it is sent: another type, then too large (the mini-app's check, the sdk's limits).
  await choose({ name: '说明.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await attachmentField().getByText(ATTACHMENT_MESSAGES.badType).waitFor();
  await choose({
    name: '扫描件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(ATTACHMENT_LIMITS.maxBytes + 1, 0x25),
  });
  await attachmentField().getByText(ATTACHMENT_MESSAGES.tooLarge).waitFor();
  // Named a PDF, but its bytes are not: the backend refuses it, in the same words.
  await choose({
    name: '伪装.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('MZ\x90\x00 not a pdf'),
  });
  await attachmentField().getByText(ATTACHMENT_MESSAGES.badType).waitFor();
  expect(
    await attachmentField()
      .locator('.attachment__error')
      .evaluate((e) => getComputedStyle(e).color),
  ).toBe('rgb(212, 16, 31)');

  // Offline: the upload fails and offers 重试, which sends it again once the network is back.
  await app.page.context().setOffline(true);
  await choose({ name: '发票.pdf', mimeType: 'application/pdf', buffer: PDF });
  await attachmentField().getByText('网络连接失败，请检查网络后重试').waitFor();
  await app.page.context().setOffline(false);
  await watchProgress();
  await attachmentField()
    .locator('.nut-button', { hasText: /^\s*重试\s*$/ })
    .click();
  await attachmentField().getByText('发票.pdf（300.0 KB）').waitFor();
  const progress = await app.page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.every((value) => /^\d+$/.test(value) && Number(value) <= 100)).toBe(true);
  // The rest of the line is as typed.
  expect(await formField(app.page, 'documentNumber', line).locator('input').inputValue()).toBe('FP-2024-001');
  await saveScreenshot(app, 'declare-entry-attachment');

  await app.clickButton('申报');
  await expectDeclared(app.page, '已申报');
  await app.clickButton('查看详情');
  await app.page.locator('.nut-tabs-titles-item', { hasText: '随附单证' }).click();
  const card = app.page.locator('.display-card', { hasText: '随附单证（1）' });
  await card.getByText('发票.pdf（300.0 KB）').waitFor();
  expect(await cardValue(card, '单证编号')).toBe('FP-2024-001');
});
