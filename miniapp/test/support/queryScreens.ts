import type { Locator } from 'playwright-core';
import type { MiniappSession } from './miniappPage';
import { PERSONS } from './miniappPage';

/** Opens a menu entry by its label (e.g. 进境申报单申请记录查询) and waits for its page. */
export async function openMenuItem(app: MiniappSession, label: string): Promise<void> {
  await app.page.locator('.nut-cell', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
  await app.page.locator('.page .button-row').waitFor();
}

/** The result or list row that shows `text` (a 预录入编号, a status…). */
export function resultRow(app: MiniappSession, text: string): Locator {
  return app.page.locator('.display-card', { hasText: text });
}

/** The value of a row's label (预录入编号, 状态, …) in a card. */
export async function cardValue(card: Locator, label: string): Promise<string> {
  const row = card.locator('.display-card__row', {
    has: card.page().locator('.display-card__label', { hasText: new RegExp(`^${label}$`) }),
  });
  return (await row.locator('.display-card__value').first().textContent())?.trim() ?? '';
}

/**
 * Goes back one page, as the phone's back button. Taro's H5 router ignores a back while it is still
 * showing the page it just opened, so this waits for that page to settle first.
 */
export async function back(app: MiniappSession): Promise<void> {
  await app.page.waitForTimeout(400);
  await app.page.goBack();
}

/**
 * Logs another seed person in without reloading the page (a reload would reset the mock backend to its
 * seed): the host's current person changes, every backend session ends, so the next 查询 meets the
 * 登录超时 dialog, whose 重新登录 logs the new person in under the same identity.
 * @param retry what to do once the new person is in (e.g. 查询 again and wait for the rows)
 */
export async function switchPerson(
  app: MiniappSession,
  person: keyof typeof PERSONS,
  retry: () => Promise<void>,
): Promise<void> {
  await app.setScenarios({ currentPerson: { personId: PERSONS[person] } });
  await app.page.evaluate(async () => {
    await fetch('/__mock/backend/expire-sessions', { method: 'POST' });
  });
  await app.page.locator('.nut-button:visible', { hasText: '查询' }).click();
  // Every page of the stack has its own shell: the dialog of the page on top is the visible one.
  await app.page.locator('.nut-button:visible', { hasText: '重新登录' }).click();
  await app.page.locator('.nut-dialog:visible', { hasText: '登录超时' }).waitFor({ state: 'detached' });
  await retry();
}
