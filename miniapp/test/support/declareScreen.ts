// The H5 单据申报 form driven in Chromium, wherever the app runs: its own page, a native WebView, or
// the reference web host's iframe (a Playwright Frame).
import { expect } from 'vitest';
import type { Frame, Locator, Page, Request } from 'playwright-core';

/** Where the H5 app's document is: its page, or the frame a host embeds it in. */
export type AppRoot = Page | Frame;

/** The 单据申报 form. */
export const declareForm = (root: AppRoot): Locator => root.locator('.declare');

/** The form field `key` (inside `scope`, the form by default). */
export const formField = (root: AppRoot, key: string, scope: Locator = declareForm(root)): Locator =>
  scope.locator(`.form-field--${key}`).first();

/** Clicks the NutUI button whose text is exactly `text`. */
export async function clickButton(root: AppRoot, text: string): Promise<void> {
  await root
    .locator('.nut-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) })
    .first()
    .click();
}

/** Types `value` into the text field `key`. */
export async function typeField(root: AppRoot, key: string, value: string, scope?: Locator): Promise<void> {
  await formField(root, key, scope).locator('input').fill(value);
}

/** Opens a field's picker, searches `query` and picks the entry shown as `shown`. */
export async function pickCode(
  root: AppRoot,
  key: string,
  query: string,
  shown: string,
  scope?: Locator,
): Promise<void> {
  await formField(root, key, scope).click();
  await root.locator('.code-picker__search input').fill(query);
  await root.locator('.code-picker__entry', { hasText: shown }).first().click();
  await formField(root, key, scope).filter({ hasText: shown }).waitFor();
}

/** Opens the form's tab `name`. */
export async function openTab(root: AppRoot, name: string): Promise<void> {
  await root.locator('.nut-tabs-titles-item', { hasText: name }).click();
}

/** Opens 单据申报 of `kind` from the menu and waits for the empty form. */
export async function openDeclareForm(root: AppRoot, kind: 'entry' | 'import' = 'entry'): Promise<void> {
  await root
    .locator('.nut-cell', { hasText: /^\s*单据申报\s*$/ })
    .nth(kind === 'entry' ? 0 : 1)
    .click();
  await declareForm(root).waitFor();
}

/** The 基本信息 of a 进境申报单 at 二连 (0702), whose fence the mock host's located scenarios are around. */
export async function fillEntryBasics(
  root: AppRoot,
  businessMode: string,
  transportMode: string,
  customs: '二连' | '凭祥' = '二连',
): Promise<void> {
  await pickCode(root, 'customsCode', customs, customs === '二连' ? '0702-二连海关' : '7208-凭祥海关');
  await pickCode(root, 'businessMode', businessMode, businessMode);
  await pickCode(
    root,
    'supervisionSiteCode',
    '',
    customs === '二连' ? '二连浩特边民互市贸易区监管场所' : '友谊关边民互市监管场所',
  );
  await pickCode(root, 'transportMode', transportMode, transportMode);
  await typeField(root, 'voyageNumber', '01');
  await typeField(root, 'transportToolNumber', '蒙A12345');
  await typeField(root, 'billNumber', 'TY-2024-01');
  await typeField(root, 'packageCount', '3');
  await pickCode(root, 'currency', 'rmb', '142-人民币');
  await pickCode(root, 'tradeCountry', 'mg', '124-蒙古');
  await pickCode(root, 'certificateInvolved', '0', '0-否');
}

/** One goods line: 10 × 8.50 菠萝, the 申报总价 computed by the form. */
export async function fillGoods(root: AppRoot): Promise<void> {
  await openTab(root, '商品信息');
  await clickButton(root, '添加商品信息');
  const line = root.locator('.line-list--goods .line-card').first();
  await typeField(root, 'goodsCode', '0804300000', line);
  await typeField(root, 'goodsName', '菠萝', line);
  await pickCode(root, 'originCountry', '蒙古', '124-蒙古', line);
  await typeField(root, 'quantity', '10', line);
  await pickCode(root, 'unit', '035', '035-千克', line);
  await typeField(root, 'unitPrice', '8.50', line);
  // Amounts and quantities open the decimal keyboard.
  expect(await formField(root, 'unitPrice', line).locator('input').getAttribute('inputmode')).toBe('decimal');
  await pickCode(root, 'goodsFlow', '02', '02-落地加工', line);
  expect(await formField(root, 'totalPrice', line).locator('input').inputValue()).toBe('85.00');
}

/** Waits for the 申报 result and checks it shows `status`; returns the result's text. */
export async function expectDeclared(root: AppRoot, status: string): Promise<string> {
  await root.locator('.declare-result').waitFor();
  expect(await root.locator('.declare-result__status').textContent()).toContain(status);
  return (await root.locator('.declare-result').textContent()) ?? '';
}

/** Whether `request` is the app's 申报 of a new 进境申报单. */
const isEntrySubmission = (request: Request): boolean =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/declarations/entry/submissions';

/**
 * Clicks 申报 and returns the JSON body of the 进境申报单 submit it sends (`page` is the browser page
 * the app's requests go out of, also when the app is in one of its frames).
 */
export async function declareAndCaptureSubmit(page: Page, root: AppRoot): Promise<Record<string, unknown>> {
  const sent = page.waitForRequest(isEntrySubmission);
  await clickButton(root, '申报');
  return (await sent).postDataJSON() as Record<string, unknown>;
}

/**
 * Checks a submit carried a signed fix: the fix's six fields as `location` (no `mocked`, no `ticket`)
 * and the host's compact JWS as `locationTicket`, whose payload signs that very fix.
 */
export function expectSignedFix(body: Record<string, unknown>): void {
  const ticket = body.locationTicket;
  expect(ticket).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  const payload = JSON.parse(Buffer.from(String(ticket).split('.')[1] ?? '', 'base64url').toString()) as {
    fix: unknown;
  };
  expect(body.location).toEqual(payload.fix);
  expect(Object.keys(body.location as object).sort()).toEqual(
    ['accuracy', 'datum', 'lat', 'lng', 'source', 'timestamp'].sort(),
  );
}

/** The message a refused 申报 shows, and the form still holding what was typed (the goods line of {@link fillGoods}). */
export async function expectRefusedKeepingForm(root: AppRoot, message: string): Promise<void> {
  await root.getByText(message).first().waitFor();
  const line = root.locator('.line-list--goods .line-card').first();
  expect(await formField(root, 'goodsName', line).locator('input').inputValue()).toBe('菠萝');
  await openTab(root, '基本信息');
  expect(await formField(root, 'customsCode').textContent()).toContain('0702-二连海关');
  expect(await formField(root, 'billNumber').locator('input').inputValue()).toBe('TY-2024-01');
  expect(await root.locator('.declare-result').count()).toBe(0);
}
