import { expect, it } from 'vitest';
import { BUSINESS_MODES } from './codeTables/businessModes';
import type { BusinessModeCode } from './codeTables/businessModes';
import type { SubmitterRole } from './codeTables/declarantCategories';
import { TRANSPORT_MODES } from './codeTables/transportModes';
import type { TransportModeCode } from './codeTables/transportModes';
import { submitContextOf, submitPolicy } from './submitPolicy';
import type { EntryDeclarationInput } from './entryDeclaration';
import type { ImportDeclarationInput } from './importDeclaration';
import type { DeclarationKind, SubmitContext, SubmitPolicy } from './submitPolicy';

/** The manual's sentences (1.1.1 for 进境, 1.2.1 for 进口; repeated for 修改 and 变更). */
const DIRECT =
  '若业务模式为区内交易，或者业务模式为“落地加工”、“原装提离”且运输方式为“铁路运输”、“水路运输”时，系统直接提交申报';
const ENTRY_CHECKS = '若不是以上情况，则系统需要验证手机电子围网和人脸识别认证';
const IMPORT_CHECKS = '点击右下角“申报”按钮，系统需要验证手机电子围网和人脸识别认证';
const SELF = '若是边民自己申报，提交申报之后申报状态为“已申报”';
const ENTRY_REP_ROAD = '若是申报代表申报，且运输方式为公路或其他，则提交申报之后申报状态为“待认证”';
const ENTRY_REP_RAIL_WATER = '(not 公路或其他) 补充说明 gives 待认证 only for 公路或其他 → 已申报';
const ENTRY_REP_AIR = '(inferred: 航空运输 counts as 其他) 若是申报代表申报，且运输方式为公路或其他…“待认证”';
const IMPORT_REP = '若是申报代表申报，则提交申报之后申报状态为“待认证”';

type Checks = '无需验证' | '电子围网+人脸识别';
type Result = '已申报' | '待认证';

/**
 * Every (kind, 业务模式, 运输方式): the checks, the status for a 边民, the status for a representative
 * (互助组 and 合作社 alike), and the sentences behind them.
 */
// prettier-ignore
const ROWS: readonly (readonly [DeclarationKind, BusinessModeCode, TransportModeCode, Checks, Result, Result, string, string])[] = [
  ['entry',  '01', '2', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '01', '3', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '01', '4', '无需验证',          '已申报', '待认证', DIRECT,        ENTRY_REP_ROAD],
  ['entry',  '01', '5', '无需验证',          '已申报', '待认证', DIRECT,        ENTRY_REP_AIR],
  ['entry',  '01', '9', '无需验证',          '已申报', '待认证', DIRECT,        ENTRY_REP_ROAD],
  ['entry',  '02', '2', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '02', '3', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '02', '4', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_ROAD],
  ['entry',  '02', '5', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_AIR],
  ['entry',  '02', '9', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_ROAD],
  ['entry',  '03', '2', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '03', '3', '无需验证',          '已申报', '已申报', DIRECT,        ENTRY_REP_RAIL_WATER],
  ['entry',  '03', '4', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_ROAD],
  ['entry',  '03', '5', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_AIR],
  ['entry',  '03', '9', '电子围网+人脸识别', '已申报', '待认证', ENTRY_CHECKS,  ENTRY_REP_ROAD],
  ['import', '01', '2', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '01', '3', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '01', '4', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '01', '5', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '01', '9', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '02', '2', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '02', '3', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '02', '4', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '02', '5', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '02', '9', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '03', '2', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '03', '3', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '03', '4', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '03', '5', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
  ['import', '03', '9', '电子围网+人脸识别', '已申报', '待认证', IMPORT_CHECKS, IMPORT_REP],
];

const ROLES: readonly (readonly [SubmitterRole, string])[] = [
  ['resident', '边民'],
  ['mutualAidGroup', '互助组'],
  ['cooperative', '合作社'],
];

function expected(checks: Checks, result: Result): SubmitPolicy {
  return {
    checks: checks === '无需验证' ? [] : ['fence', 'face'],
    resultStatus: result === '已申报' ? 'declared' : 'pendingAuthentication',
    event: result === '已申报' ? 'submit' : 'submitForAuthentication',
  };
}

function context(
  kind: DeclarationKind,
  businessMode: BusinessModeCode,
  transportMode: TransportModeCode,
  role: SubmitterRole,
): SubmitContext {
  return kind === 'entry'
    ? { kind, businessMode, transportMode, role }
    : { kind, businessMode, transportMode, role };
}

it('the table has every (kind, 业务模式, 运输方式) exactly once', () => {
  const keys = ROWS.map(([kind, mode, transport]) => `${kind} ${mode} ${transport}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.length).toBe(2 * BUSINESS_MODES.length * TRANSPORT_MODES.length);
});

for (const [kind, mode, transport, checks, selfResult, repResult, checksWhy, repWhy] of ROWS) {
  for (const [role, roleLabel] of ROLES) {
    const result = role === 'resident' ? selfResult : repResult;
    const why = `${checksWhy}; ${role === 'resident' ? SELF : repWhy}`;
    it(`${kind === 'entry' ? '进境' : '进口'} ${mode} ${transport} ${roleLabel}: ${checks}, ${result} — “${why}”`, () => {
      expect(submitPolicy(context(kind, mode, transport, role))).toEqual(expected(checks, result));
    });
  }
}

it('a 进口申报单 needs no 业务模式 or 运输方式', () => {
  expect(submitPolicy({ kind: 'import', role: 'resident' })).toEqual(expected('电子围网+人脸识别', '已申报'));
  expect(submitPolicy({ kind: 'import', role: 'cooperative' })).toEqual(
    expected('电子围网+人脸识别', '待认证'),
  );
});

it('checks run fence first, then face: "手机电子围网验证通过之后，系统跳转到人脸识别界面"', () => {
  expect(submitPolicy({ kind: 'import', role: 'resident' }).checks).toEqual(['fence', 'face']);
});

it('takes the submit context from the declaration: 业务模式 and 运输方式 of an 进境申报单, the kind of an 进口申报单', () => {
  const entry = {
    kind: 'entry',
    header: { businessMode: '02', transportMode: '3' },
  } as EntryDeclarationInput;
  expect(submitContextOf(entry, 'cooperative')).toEqual({
    kind: 'entry',
    businessMode: '02',
    transportMode: '3',
    role: 'cooperative',
  });
  expect(submitPolicy(submitContextOf(entry, 'cooperative')).checks).toEqual([]);
  const imported = {
    kind: 'import',
    header: { businessMode: '02', transportMode: '3' },
  } as unknown as ImportDeclarationInput;
  expect(submitContextOf(imported, 'resident')).toEqual({ kind: 'import', role: 'resident' });
});
