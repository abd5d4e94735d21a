import { expect, it } from 'vitest';
import { isDeclarationError } from '../errors';
import { DECLARATION_STATUSES, parseStatus } from './codeTables/declarationStatuses';
import type { DeclarationStatus } from './codeTables/declarationStatuses';
import {
  allowedActions,
  allowedEvents,
  canPerform,
  DECLARATION_ACTION_LABELS,
  DECLARATION_ACTIONS,
  DELETED,
  nextStatus,
  STATUS_TRANSITIONS,
} from './statusMachine';
import type { DeclarationAction, DeclarationEvent, NextStatus } from './statusMachine';

/** The manual's sentence behind each column of the matrix. */
const MANUAL: Readonly<Record<DeclarationAction, string>> = {
  modify:
    '1.1.2.3: 申报单状态为“暂存”、“退单”、“发往海关失败”、“海关入库失败”的单据在进入详情界面之后，可以修改申报单再提交申报，其他状态的申报单“修改”、“删除”按钮按钮置灰，不允许操作',
  delete:
    '1.1.2.5: 可删除状态为“暂存”、“退单”、“发往海关失败”、“海关入库失败”等单据信息，其他状态数据删除按钮置灰，不允许操作',
  copy: '1.2.2.4: 可选择任意一条申报单点击进入详情界面，在详情界面点击“复制”按钮会打开申报界面',
  amend:
    '1.1.3.2: 状态为“改单”、“单证放行”、“实货放行”等单据，可以进行变更操作，其他状态的单证“变更”按钮置灰，不允许操作',
  cancel:
    '1.1.3.3: 状态为“审核通过”、“单证放行”的单据，可以进行撤销操作，若状态不是“审核通过”/“单证放行”，则置灰“撤销”按钮，不允许操作',
  authenticate: '1.3: 选中一条“待认证”的数据，点击认证，弹出生物特征认证',
};

const Y = true;
const N = false;

/** Every status × every button, read off the manual (columns in DECLARATION_ACTIONS order). */
// prettier-ignore
const MATRIX: readonly (readonly [label: string, modify: boolean, del: boolean, copy: boolean, amend: boolean, cancel: boolean, authenticate: boolean])[] = [
  //  状态            修改 删除 复制 变更 撤销 认证
  ['暂存',            Y,   Y,   Y,   N,   N,   N],
  ['待认证',          N,   N,   Y,   N,   N,   Y],
  ['已申报',          N,   N,   Y,   N,   N,   N],
  ['发往海关成功',    N,   N,   Y,   N,   N,   N],
  ['发往海关失败',    Y,   Y,   Y,   N,   N,   N],
  ['海关入库失败',    Y,   Y,   Y,   N,   N,   N],
  ['退单',            Y,   Y,   Y,   N,   N,   N],
  ['审核通过',        N,   N,   Y,   N,   Y,   N],
  ['改单',            N,   N,   Y,   Y,   N,   N],
  ['单证放行',        N,   N,   Y,   Y,   Y,   N],
  ['实货放行',        N,   N,   Y,   Y,   N,   N],
];

function statusOf(label: string): DeclarationStatus {
  const status = parseStatus(label);
  if (status === undefined) throw new Error(`no status labelled ${label}`);
  return status;
}

it('the matrix has every status exactly once and the columns are the six buttons', () => {
  expect(MATRIX.map((row) => statusOf(row[0])).sort()).toEqual(
    DECLARATION_STATUSES.map((s) => s.status).sort(),
  );
  expect(DECLARATION_ACTIONS.map((a) => DECLARATION_ACTION_LABELS[a])).toEqual([
    '修改',
    '删除',
    '复制',
    '变更',
    '撤销',
    '认证',
  ]);
});

for (const [label, ...flags] of MATRIX) {
  DECLARATION_ACTIONS.forEach((action, column) => {
    const allowed = flags[column] ?? false;
    it(`${label} · ${DECLARATION_ACTION_LABELS[action]}: ${allowed ? '可操作' : '置灰'} — “${MANUAL[action]}”`, () => {
      expect(canPerform(statusOf(label), action)).toBe(allowed);
      expect(allowedActions(statusOf(label)).includes(action)).toBe(allowed);
    });
  });
}

it('an unknown status (an unchecked request) allows nothing', () => {
  expect(allowedActions('nonsense' as DeclarationStatus)).toEqual([]);
  expect(canPerform('toString' as DeclarationStatus, 'copy')).toBe(false);
});

/** Every allowed transition, with the sentence (or the inference) behind it; every other pair throws. */
// prettier-ignore
const TRANSITIONS: readonly (readonly [from: string | null, event: DeclarationEvent, to: string, why: string])[] = [
  [null,           'save',                      '暂存',         '点击“暂存” on a new or copied declaration'],
  ['暂存',         'save',                      '暂存',         '修改 screen offers 暂存'],
  ['退单',         'save',                      '暂存',         'inferred: edits saved from 修改 make a draft'],
  ['发往海关失败', 'save',                      '暂存',         'inferred: edits saved from 修改 make a draft'],
  ['海关入库失败', 'save',                      '暂存',         'inferred: edits saved from 修改 make a draft'],
  [null,           'submit',                    '已申报',       '若是边民自己申报，提交申报之后申报状态为“已申报”'],
  ['暂存',         'submit',                    '已申报',       '修改完毕之后点击“申报”…系统提交申报'],
  ['退单',         'submit',                    '已申报',       '可以修改申报单再提交申报'],
  ['发往海关失败', 'submit',                    '已申报',       '可以修改申报单再提交申报'],
  ['海关入库失败', 'submit',                    '已申报',       '可以修改申报单再提交申报'],
  ['改单',         'submit',                    '已申报',       '变更…修改完毕后，点击右下角“申报”按钮'],
  ['单证放行',     'submit',                    '已申报',       '变更…修改完毕后，点击右下角“申报”按钮'],
  ['实货放行',     'submit',                    '已申报',       '变更…修改完毕后，点击右下角“申报”按钮'],
  [null,           'submitForAuthentication',   '待认证',       '若是申报代表申报…提交申报之后申报状态为“待认证”'],
  ['暂存',         'submitForAuthentication',   '待认证',       '若是申报代表申报…“待认证”'],
  ['退单',         'submitForAuthentication',   '待认证',       '若是申报代表申报…“待认证”'],
  ['发往海关失败', 'submitForAuthentication',   '待认证',       '若是申报代表申报…“待认证”'],
  ['海关入库失败', 'submitForAuthentication',   '待认证',       '若是申报代表申报…“待认证”'],
  ['改单',         'submitForAuthentication',   '待认证',       '变更 submits follow the same 补充说明'],
  ['单证放行',     'submitForAuthentication',   '待认证',       '变更 submits follow the same 补充说明'],
  ['实货放行',     'submitForAuthentication',   '待认证',       '变更 submits follow the same 补充说明'],
  ['待认证',       'residentAuthenticated',     '待认证',       '认证状态更新为：“已认证” while others are pending'],
  ['待认证',       'allResidentsAuthenticated', '已申报',       '该申报单所有委托边民认证通过之后，系统更新申报单状态为“已申报”'],
  ['已申报',       'sentToCustoms',             '发往海关成功', 'D2-发往海关成功'],
  ['已申报',       'sendToCustomsFailed',       '发往海关失败', '发往海关失败 (code inferred)'],
  ['发往海关成功', 'customsApproved',           '审核通过',     '10-审核通过'],
  ['发往海关成功', 'customsReturned',           '退单',         '00-退单'],
  ['发往海关成功', 'customsStorageFailed',      '海关入库失败', 'N-海关入库失败'],
  ['审核通过',     'documentsReleased',         '单证放行',     '单证放行'],
  ['单证放行',     'goodsReleased',             '实货放行',     '实货放行'],
  ['审核通过',     'changeRequested',           '改单',         'inferred: customs opens an accepted document for 变更'],
  ['单证放行',     'changeRequested',           '改单',         'inferred: customs opens an accepted document for 变更'],
  ['实货放行',     'changeRequested',           '改单',         'inferred: customs opens an accepted document for 变更'],
  ['审核通过',     'cancel',                    '已申报',       '点击左下角“确认”按钮, 页面弹出“申报成功”提示框 (inferred: 已申报)'],
  ['单证放行',     'cancel',                    '已申报',       '点击左下角“确认”按钮, 页面弹出“申报成功”提示框 (inferred: 已申报)'],
  ['暂存',         'delete',                    DELETED,        '点击右下角“是”按钮，页面弹出“删除成功”提示框，申报单删除'],
  ['退单',         'delete',                    DELETED,        '申报单删除'],
  ['发往海关失败', 'delete',                    DELETED,        '申报单删除'],
  ['海关入库失败', 'delete',                    DELETED,        '申报单删除'],
];

function target(label: string): NextStatus {
  return label === DELETED ? DELETED : statusOf(label);
}

for (const [from, event, to, why] of TRANSITIONS) {
  it(`${from ?? '(新单据)'} —${event}→ ${to} — “${why}”`, () => {
    expect(nextStatus(from === null ? null : statusOf(from), event)).toBe(target(to));
  });
}

const STARTS: readonly (DeclarationStatus | null)[] = [null, ...DECLARATION_STATUSES.map((s) => s.status)];
const EVENTS = Object.keys(STATUS_TRANSITIONS) as DeclarationEvent[];

for (const from of STARTS) {
  it(`every event not in the table throws TRANSITION_NOT_ALLOWED from ${from ?? '(新单据)'}`, () => {
    for (const event of EVENTS) {
      const listed = TRANSITIONS.some(
        (t) => (t[0] === null ? null : statusOf(t[0])) === from && t[1] === event,
      );
      if (listed) continue;
      let error: unknown;
      try {
        nextStatus(from, event);
      } catch (e) {
        error = e;
      }
      expect(isDeclarationError(error, 'TRANSITION_NOT_ALLOWED'), `${String(from)} ${event}`).toBe(true);
    }
    expect(allowedEvents(from).length).toBe(
      TRANSITIONS.filter((t) => (t[0] === null ? null : statusOf(t[0])) === from).length,
    );
  });
}

it('the error carries the status and the event', () => {
  expect(() => nextStatus('approved', 'delete')).toThrow(
    expect.objectContaining({
      code: 'TRANSITION_NOT_ALLOWED',
      data: { status: 'approved', event: 'delete' },
    }),
  );
  expect(() => nextStatus('draft', 'noSuchEvent' as DeclarationEvent)).toThrow(/not allowed/);
});

it('buttons and events agree: 修改 ⇔ 暂存, 修改 or 变更 ⇔ 申报, 删除 ⇔ delete, 撤销 ⇔ cancel, 认证 ⇔ authentication', () => {
  for (const { status } of DECLARATION_STATUSES) {
    const events = allowedEvents(status);
    expect(events.includes('save'), status).toBe(canPerform(status, 'modify'));
    expect(events.includes('submit'), status).toBe(
      canPerform(status, 'modify') || canPerform(status, 'amend'),
    );
    expect(events.includes('submitForAuthentication'), status).toBe(events.includes('submit'));
    expect(events.includes('delete'), status).toBe(canPerform(status, 'delete'));
    expect(events.includes('cancel'), status).toBe(canPerform(status, 'cancel'));
    expect(events.includes('allResidentsAuthenticated'), status).toBe(canPerform(status, 'authenticate'));
  }
});
