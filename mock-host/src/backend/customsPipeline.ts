import { chinaDay, nextStatus } from '@hushi/sdk';
import type { DeclarationEvent } from '@hushi/sdk';
import { BackendFailure } from './backendFailure';
import type { Sql } from '../database/sqlDatabase';
import { findDeclaration, updateDeclaration } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { nextDeclarationNumber } from './numbering';

/** The events of the simulated customs side after 已申报, as the control call names them. */
export const CUSTOMS_EVENTS = [
  'sentToCustoms',
  'sendToCustomsFailed',
  'customsApproved',
  'customsReturned',
  'customsStorageFailed',
  'documentsReleased',
  'goodsReleased',
  'changeRequested',
] as const satisfies readonly DeclarationEvent[];

/** An event of {@link CUSTOMS_EVENTS}. */
export type CustomsEvent = (typeof CUSTOMS_EVENTS)[number];

/** Whether `value` names a {@link CustomsEvent}. */
export function isCustomsEvent(value: unknown): value is CustomsEvent {
  return (CUSTOMS_EVENTS as readonly unknown[]).includes(value);
}

/**
 * Moves a declaration one step along the simulated customs pipeline (发往海关成功 → 审核通过 → 单证放行
 * → 实货放行, or 退单 / 发往海关失败 / 海关入库失败 / 改单), through the sdk's status machine; customs
 * gives its 申报单编号 on 发往海关成功.
 * @throws BackendFailure 404 for an unknown 预录入编号, 409 when the event may not happen in its status,
 *   422 for an unknown event
 */
export async function stepCustoms(
  sql: Sql,
  preEntryNumber: string,
  event: unknown,
  now: number,
): Promise<StoredDeclaration> {
  const declaration = await findDeclaration(sql, preEntryNumber, { lock: true });
  if (declaration === undefined) throw new BackendFailure(404, 'NOT_FOUND', '未找到该单据');
  if (!isCustomsEvent(event)) {
    throw new BackendFailure(422, 'UNKNOWN_EVENT', `未知的海关事件：${String(event)}`, [
      { path: 'event', message: `应为 ${CUSTOMS_EVENTS.join(' / ')}` },
    ]);
  }
  let status;
  try {
    status = nextStatus(declaration.status, event);
  } catch {
    throw new BackendFailure(409, 'TRANSITION_NOT_ALLOWED', `单据状态不允许该操作（${event}）`);
  }
  if (status === 'deleted') throw new BackendFailure(409, 'TRANSITION_NOT_ALLOWED', '单据状态不允许该操作');
  declaration.status = status;
  declaration.updatedAt = now;
  if (event === 'sentToCustoms' && declaration.declarationNumber === null) {
    declaration.declarationNumber = await nextDeclarationNumber(
      sql,
      declaration.input.header.customsCode,
      declaration.kind,
      chinaDay(new Date(now)),
    );
  }
  await updateDeclaration(sql, declaration);
  return declaration;
}
