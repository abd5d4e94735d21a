// Accessibility (适老化) of the H5 screens in Chromium. 长辈模式 follows the browser's default font size
// and the menu's switch; every screen, in the normal mode and in 长辈模式 (at 18 px and at 200 % text),
// passes axe-core without a serious or critical violation, and in 长辈模式 every operable element is at
// least 44 × 44 px, text at least 18 px, nothing clipped or overlapping. The figures are printed at the end.
import { afterAll, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { IMPACTS, auditScreen } from './support/accessibilityAudit';
import type { ScreenAudit } from './support/accessibilityAudit';
import {
  clickButton,
  declareForm,
  fillEntryBasics,
  fillGoods,
  openDeclareForm,
  openTab,
} from './support/declareScreen';
import { PERSONS, useMiniapp } from './support/miniappPage';
import { openMenuItem } from './support/queryScreens';
import { saveScreenshot } from './support/saveScreenshot';

const app = useMiniapp({ timeoutMs: 15_000 });

/** How the screens are shown: the browser's default font size, and the choice made in the menu. */
interface Mode {
  name: string;
  /** The browser's default font size, px (16 is the standard). */
  fontSize: number;
  /** The menu's 长辈模式 switch; undefined: never touched, the mode follows the browser. */
  choice: boolean | undefined;
  /** Whether 长辈模式 is then on. */
  large: boolean;
  /** The body text then, px. */
  bodyText: number;
  /** The screenshots' name prefix, when the mode's screens are saved to docs/screenshots/. */
  screenshots?: string;
}

const NORMAL: Mode = { name: 'normal', fontSize: 16, choice: undefined, large: false, bodyText: 14 };
const LARGE: Mode = {
  name: 'large',
  fontSize: 16,
  choice: true,
  large: true,
  bodyText: 18,
  screenshots: 'large',
};
const LARGE_200: Mode = { name: 'large 200 %', fontSize: 32, choice: undefined, large: true, bodyText: 28 };

/** Where Taro's H5 storage keeps the menu's choice (`Taro.setStorageSync` writes `{ data }` JSON). */
const CHOICE_KEY = 'hushi.elderMode';

/** The audits of this file, printed after its last test. */
const audits: { mode: string; screen: string; audit: ScreenAudit }[] = [];

/** The DevTools session that sets the browser's font size; its setting lasts while it is attached. */
let devtools: CDPSession | undefined;

/**
 * Sets the browser's default font size (Chromium's font size setting, through the DevTools protocol)
 * and the stored choice of the menu's switch; both take effect at the next load.
 */
async function useMode(mode: Mode): Promise<void> {
  devtools ??= await app.page.context().newCDPSession(app.page);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: mode.fontSize } });
  await app.page.evaluate(
    ([key, choice]) => {
      if (choice === undefined) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify({ data: choice }));
    },
    [CHOICE_KEY, mode.choice] as const,
  );
}

/** Reloads as the 边民 of the seed and waits for 身份选择 in `mode`. */
async function showIdentity(mode: Mode): Promise<void> {
  await useMode(mode);
  await app.setScenarios({ currentPerson: { personId: PERSONS.resident }, location: 'inside', face: 'pass' });
  // From the app's first page: a page of the stack reloaded would open by itself (常见问题 has no login).
  await app.page.goto(app.url);
  await app.page.reload();
  await app.page.locator('.identity-choice').first().waitFor({ timeout: 60_000 });
  expect(await app.page.locator('.page.elder').count()).toBe(mode.large ? 1 : 0);
}

/** Picks 边民 in 身份选择 and waits for the menu. */
async function enterMenu(): Promise<void> {
  await app.page.getByRole('radio', { name: '边民' }).click();
  await clickButton(app.page, '进入菜单选择');
  await app.page.getByText('常见问题').waitFor();
}

/** Audits the screen on top, saves its screenshot in the modes that have them, and checks it. */
async function audit(mode: Mode, screen: string, screenshot?: string): Promise<void> {
  if (mode.screenshots && screenshot) await saveScreenshot(app, `${mode.screenshots}-${screenshot}`);
  const found = await auditScreen(app.page);
  audits.push({ mode: mode.name, screen, audit: found });
  expect(found.blocking, `${mode.name} ${screen}: axe`).toEqual([]);
  if (!mode.large) return;
  const small = found.targets.filter((target) => target.width < 44 || target.height < 44);
  expect(small, `${mode.name} ${screen}: tap targets under 44 × 44`).toEqual([]);
  expect(found.smallestText, `${mode.name} ${screen}: smallest text`).toBeGreaterThanOrEqual(18);
  expect(found.clipped, `${mode.name} ${screen}: clipped`).toEqual([]);
  expect(found.overlapping, `${mode.name} ${screen}: overlapping`).toEqual([]);
  expect(found.hiddenAtEnd, `${mode.name} ${screen}: under the bottom bar`).toEqual([]);
}

afterAll(() => {
  const rows = audits.map(({ mode, screen, audit: found }) => {
    const smallest = found.targets.reduce(
      (least, target) =>
        Math.min(target.width, target.height) < Math.min(least.width, least.height) ? target : least,
      { name: '-', width: Infinity, height: Infinity },
    );
    return {
      mode,
      screen,
      ...Object.fromEntries(IMPACTS.map((impact) => [impact, found.impacts[impact]])),
      targets: found.targets.length,
      'under 44': found.targets.filter((target) => target.width < 44 || target.height < 44).length,
      smallest: Number.isFinite(smallest.width)
        ? `${smallest.width}×${smallest.height} ${smallest.name}`
        : '-',
      'text px': found.smallestText,
      rules: found.rules.join(' '),
    };
  });
  console.table(rows);
});

it('follows the browser: 长辈模式 comes on with a large default font size, its text twice the normal', async () => {
  await showIdentity(LARGE_200);
  const root = app.page.locator('.page.elder');
  expect(await root.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(28, 0);
  await showIdentity(NORMAL);
  expect(await app.page.locator('.page').evaluate((element) => getComputedStyle(element).fontSize)).toBe(
    '14px',
  );
});

it('switches 长辈模式 in the menu and keeps the choice over a reload', async () => {
  await showIdentity(NORMAL);
  await enterMenu();
  const elderSwitch = app.page.getByRole('switch', { name: '长辈模式' });
  expect(await elderSwitch.getAttribute('aria-checked')).toBe('false');
  await elderSwitch.click();
  await app.page.locator('.page.elder').waitFor();
  expect(await elderSwitch.getAttribute('aria-checked')).toBe('true');
  // The keyboard operates it too.
  await elderSwitch.focus();
  await app.page.keyboard.press('Space');
  await app.page.locator('.page.elder').waitFor({ state: 'detached' });
  await app.page.getByRole('switch', { name: '长辈模式', checked: false }).waitFor();
  await app.page.keyboard.press('Enter');
  await app.page.locator('.page.elder').waitFor();
  await app.page.reload();
  await app.page.locator('.page.elder .identity-choice').first().waitFor({ timeout: 60_000 });
});

it('gives 身份选择 a radio group, buttons and prompts in the accessibility tree, and lets pinch-zoom', async () => {
  await app.setScenarios({ currentPerson: { personId: PERSONS.unfiled } });
  await app.page.reload();
  await app.page.locator('.identity-choice').first().waitFor({ timeout: 60_000 });
  const group = app.page.getByRole('radiogroup', { name: '请选择身份' });
  expect(await group.getByRole('radio').count()).toBe(3);
  const enter = app.page.getByRole('button', { name: '进入菜单选择' });
  expect(await enter.getAttribute('aria-disabled')).toBe('true');
  await group.getByRole('radio', { name: '边民' }).click();
  expect(await group.getByRole('radio', { name: '边民' }).getAttribute('aria-checked')).toBe('true');
  expect(await enter.getAttribute('aria-disabled')).toBeNull();
  await enter.click();
  await app.page.getByRole('alert').filter({ hasText: '备案边民身份' }).waitFor();
  const viewport = await app.page.locator('meta[name=viewport]').getAttribute('content');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
});

for (const mode of [NORMAL, LARGE, LARGE_200]) {
  it(`${mode.name}: 身份选择 and the menu`, async () => {
    await showIdentity(mode);
    expect(
      await app.page.locator('.page').evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeCloseTo(mode.bodyText, 0);
    await audit(mode, '身份选择', 'identity');
    await enterMenu();
    await audit(mode, 'menu', 'menu');
  });

  it(`${mode.name}: 常见问题`, async () => {
    await showIdentity(mode);
    await enterMenu();
    await app.page.getByRole('button', { name: '常见问题' }).click();
    await app.page.getByText('解决方法：重新登录系统即可。').waitFor();
    // The ODbL credit of the mainland boundary the fence check ships.
    await app.page.getByText('© OpenStreetMap 贡献者', { exact: false }).waitFor();
    await audit(mode, '常见问题', 'faq');
  });

  it(`${mode.name}: 申请记录查询, its results and a 详情`, async () => {
    await showIdentity(mode);
    await enterMenu();
    await openMenuItem(app, '进境申报单申请记录查询');
    await audit(mode, '申请记录查询', 'records-query');
    await clickButton(app.page, '查询');
    const result = app.page.locator('.query-result').first();
    await result.waitFor();
    await audit(mode, '申请记录查询 results', 'records-results');
    await result.click();
    await app.page.locator('.action-bar .nut-button').first().waitFor();
    await audit(mode, '详情', 'detail');
  });

  it(`${mode.name}: 单据查询`, async () => {
    await showIdentity(mode);
    await enterMenu();
    await openMenuItem(app, '进境申报单单据查询');
    await audit(mode, '单据查询', 'documents-query');
  });

  it(`${mode.name}: 待认证列表`, async () => {
    await showIdentity(mode);
    await enterMenu();
    await openMenuItem(app, '进境申报单待认证查询');
    await clickButton(app.page, '查询');
    await app.page.locator('.pending-row').first().waitFor();
    await audit(mode, '待认证列表', 'pending');
  });

  it(`${mode.name}: 单据申报's tabs with the red prompt, and the result`, { timeout: 90_000 }, async () => {
    await showIdentity(mode);
    await enterMenu();
    await openDeclareForm(app.page);
    // Every typed field's input is named by its field.
    for (const field of await declareForm(app.page).locator('.form-field:has(input)').all()) {
      const label = (await field.locator('.form-field__label').textContent())?.trim();
      expect(await field.locator('input').getAttribute('aria-label')).toBe(label);
    }
    await clickButton(app.page, '申报');
    await app.page.getByRole('alert').filter({ hasText: /请/ }).waitFor();
    const tabs = await app.page.getByRole('tab').allTextContents();
    for (const [index, tab] of tabs.map((title) => title.trim()).entries()) {
      await openTab(app.page, tab);
      await app.page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await audit(mode, `单据申报 ${tab} + prompt`, index === 0 ? 'declare-prompt' : undefined);
    }
    await openTab(app.page, '基本信息');
    await fillEntryBasics(app.page, '01', '4');
    await fillGoods(app.page);
    await clickButton(app.page, '申报');
    await app.page.locator('.declare-result').waitFor();
    // The screen, once the 申报成功 toast over it has faded out.
    await app.page.locator('.taro__toast').waitFor({ state: 'hidden' });
    await audit(mode, '申报 result', 'declare-result');
  });
}
