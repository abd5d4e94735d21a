import { DeclarationError } from '../errors';
import type { DeclarationStatus } from './codeTables/declarationStatuses';

/**
 * A button of the 详情 screens: 修改, 删除, 复制 (申请记录查询), 变更, 撤销 (单据查询) and 认证
 * (待认证列表). A button its status does not allow is shown greyed out ("置灰"), not hidden.
 */
export type DeclarationAction = 'modify' | 'delete' | 'copy' | 'amend' | 'cancel' | 'authenticate';

/** Every {@link DeclarationAction}, in the order the screens show them. */
export const DECLARATION_ACTIONS: readonly DeclarationAction[] = [
  'modify',
  'delete',
  'copy',
  'amend',
  'cancel',
  'authenticate',
];

/** The button text of each action, as the manual writes it. */
export const DECLARATION_ACTION_LABELS: Readonly<Record<DeclarationAction, string>> = {
  modify: '修改',
  delete: '删除',
  copy: '复制',
  amend: '变更',
  cancel: '撤销',
  authenticate: '认证',
};

/**
 * The actions each status allows, per the manual:
 * - 修改, 删除: "状态为“暂存”、“退单”、“发往海关失败”、“海关入库失败”等单据…其他状态的申报单“修改”，
 *   “删除”按钮置灰" (1.1.2.3, 1.1.2.5, 1.2.2.3, 1.2.2.5);
 * - 复制: "可选择任意一条申报单" (1.2.2.4): every status;
 * - 变更: "状态为“改单”、“单证放行”、“实货放行”等单据，可以进行变更操作" (1.1.3.2, 1.2.3.3);
 * - 撤销: "状态为“审核通过”、“单证放行”的单据，可以进行撤销操作" (1.1.3.3, 1.2.3.4);
 * - 认证: "选中一条“待认证”的数据，点击认证" (1.3, 1.4).
 *
 * Note: the 变更 screenshot of 1.1.3.2 shows a document in 10-审核通过; the text, which excludes
 * 审核通过, wins here.
 */
export const STATUS_ACTIONS: Readonly<Record<DeclarationStatus, readonly DeclarationAction[]>> = {
  draft: ['modify', 'delete', 'copy'],
  pendingAuthentication: ['copy', 'authenticate'],
  declared: ['copy'],
  sentToCustoms: ['copy'],
  sendToCustomsFailed: ['modify', 'delete', 'copy'],
  customsStorageFailed: ['modify', 'delete', 'copy'],
  returned: ['modify', 'delete', 'copy'],
  approved: ['copy', 'cancel'],
  changeRequested: ['copy', 'amend'],
  documentsReleased: ['copy', 'amend', 'cancel'],
  goodsReleased: ['copy', 'amend'],
};

/**
 * What moves a declaration from one status to the next.
 * - `save`: 暂存;
 * - `submit` / `submitForAuthentication`: 申报 (new, 修改 or 变更) that ends in 已申报 / 待认证; which of
 *   the two is `submitPolicy(...).event`;
 * - `residentAuthenticated` / `allResidentsAuthenticated`: a 委托边民 authenticated, leaving others
 *   pending / as the last one; which of the two is `authenticationProgress(...).event`;
 * - `sentToCustoms`, `sendToCustomsFailed`, `customsApproved`, `customsReturned`, `customsStorageFailed`,
 *   `documentsReleased`, `goodsReleased`, `changeRequested`: the system's and customs' answers;
 * - `cancel`: 撤销 confirmed with a reason;
 * - `delete`: 删除 confirmed with 是.
 */
export type DeclarationEvent =
  | 'save'
  | 'submit'
  | 'submitForAuthentication'
  | 'residentAuthenticated'
  | 'allResidentsAuthenticated'
  | 'sentToCustoms'
  | 'sendToCustomsFailed'
  | 'customsApproved'
  | 'customsReturned'
  | 'customsStorageFailed'
  | 'documentsReleased'
  | 'goodsReleased'
  | 'changeRequested'
  | 'cancel'
  | 'delete';

/** What {@link nextStatus} returns after `delete`: the declaration no longer exists. */
export const DELETED = 'deleted';

/** The status after an event: a status, or {@link DELETED}. */
export type NextStatus = DeclarationStatus | typeof DELETED;

/** One row of {@link STATUS_TRANSITIONS}. */
export interface StatusTransition {
  /** The statuses the event may happen in; `null` is a declaration not saved yet (new or 复制). */
  readonly from: readonly (DeclarationStatus | null)[];
  /** The status it leads to. */
  readonly to: NextStatus;
}

/** The statuses whose declaration may be edited and resubmitted (修改). */
const MODIFIABLE: readonly DeclarationStatus[] = [
  'draft',
  'returned',
  'sendToCustomsFailed',
  'customsStorageFailed',
];

/** The statuses whose declaration may be amended (变更). */
const AMENDABLE: readonly DeclarationStatus[] = ['changeRequested', 'documentsReleased', 'goodsReleased'];

/**
 * The transitions of a declaration, one row per event. Sources: the manual's "补充说明" (submit,
 * 待认证 → 已申报), the statuses it names, and DOMAIN.md. Inferences, to confirm:
 * - `save` from 退单/发往海关失败/海关入库失败 leads to 暂存 (the 修改 screen offers 暂存; the saved
 *   edits are no longer what customs returned); the 变更 screen offers only 申报, so no `save` there;
 * - a 变更 submit follows the same rules as any submit (1.1.3.2, 1.2.3.3) and so ends in 已申报 or 待认证;
 * - 撤销 leads to 已申报: the manual answers it with "申报成功" and sends the user to the 申请记录
 *   query, i.e. the 撤销 is itself declared to customs; the manual names no 已撤销 status;
 * - 改单 is set by customs on a document it has accepted (审核通过, 单证放行, 实货放行);
 * - 发往海关失败 (D3, code inferred) comes from 已申报, like 发往海关成功.
 */
export const STATUS_TRANSITIONS: Readonly<Record<DeclarationEvent, StatusTransition>> = {
  save: { from: [null, ...MODIFIABLE], to: 'draft' },
  submit: { from: [null, ...MODIFIABLE, ...AMENDABLE], to: 'declared' },
  submitForAuthentication: { from: [null, ...MODIFIABLE, ...AMENDABLE], to: 'pendingAuthentication' },
  residentAuthenticated: { from: ['pendingAuthentication'], to: 'pendingAuthentication' },
  allResidentsAuthenticated: { from: ['pendingAuthentication'], to: 'declared' },
  sentToCustoms: { from: ['declared'], to: 'sentToCustoms' },
  sendToCustomsFailed: { from: ['declared'], to: 'sendToCustomsFailed' },
  customsApproved: { from: ['sentToCustoms'], to: 'approved' },
  customsReturned: { from: ['sentToCustoms'], to: 'returned' },
  customsStorageFailed: { from: ['sentToCustoms'], to: 'customsStorageFailed' },
  documentsReleased: { from: ['approved'], to: 'documentsReleased' },
  goodsReleased: { from: ['documentsReleased'], to: 'goodsReleased' },
  changeRequested: { from: ['approved', 'documentsReleased', 'goodsReleased'], to: 'changeRequested' },
  cancel: { from: ['approved', 'documentsReleased'], to: 'declared' },
  delete: { from: MODIFIABLE, to: DELETED },
};

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * The actions a status allows; the others are shown greyed out. An unknown status (e.g. from an
 * unchecked request) allows nothing.
 * @example allowedActions('documentsReleased') // ['copy', 'amend', 'cancel']
 */
export function allowedActions(status: DeclarationStatus): readonly DeclarationAction[] {
  return hasOwn(STATUS_ACTIONS, status) ? STATUS_ACTIONS[status] : [];
}

/**
 * Whether a declaration in `status` allows `action`: what greys a button out in the mini-app and
 * what the backend enforces.
 * @example canPerform('returned', 'modify') // true
 */
export function canPerform(status: DeclarationStatus, action: DeclarationAction): boolean {
  return allowedActions(status).includes(action);
}

/** The events that may happen to a declaration in `status` (`null`: not saved yet). */
export function allowedEvents(status: DeclarationStatus | null): DeclarationEvent[] {
  return (Object.keys(STATUS_TRANSITIONS) as DeclarationEvent[]).filter((event) =>
    STATUS_TRANSITIONS[event].from.includes(status),
  );
}

/**
 * The status a declaration in `status` has after `event`.
 * @param status the current status; `null` for a declaration not saved yet (new, or made by 复制)
 * @returns the next status, or {@link DELETED} after `delete`
 * @throws DeclarationError `TRANSITION_NOT_ALLOWED` when the event may not happen in that status
 * @example nextStatus('returned', 'submit') // 'declared'
 */
export function nextStatus(status: DeclarationStatus | null, event: DeclarationEvent): NextStatus {
  const transition = hasOwn(STATUS_TRANSITIONS, event) ? STATUS_TRANSITIONS[event] : undefined;
  if (transition === undefined || !transition.from.includes(status)) {
    throw new DeclarationError(
      'TRANSITION_NOT_ALLOWED',
      `event ${event} is not allowed in status ${String(status)}`,
      { data: { status, event } },
    );
  }
  return transition.to;
}
