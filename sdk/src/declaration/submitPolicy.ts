import type { BusinessModeCode } from './codeTables/businessModes';
import type { SubmitterRole } from './codeTables/declarantCategories';
import { isRepresentative } from './codeTables/declarantCategories';
import type { TransportModeCode } from './codeTables/transportModes';
import type { EntryDeclarationInput } from './entryDeclaration';
import type { ImportDeclarationInput } from './importDeclaration';

/** The two documents: 进境申报单 (`entry`) and 进口申报单 (`import`). */
export type DeclarationKind = 'entry' | 'import';

/** A check before a submit, in the order it runs: 手机电子围网验证, then 人脸识别验证. */
export type SubmitCheck = 'fence' | 'face';

/** What a submit (申报) is about: the same for a new declaration, a 修改 and a 变更. */
export type SubmitContext =
  | {
      kind: 'entry';
      businessMode: BusinessModeCode;
      transportMode: TransportModeCode;
      role: SubmitterRole;
    }
  | {
      kind: 'import';
      role: SubmitterRole;
      /** Ignored: a 进口申报单 always needs the checks and, from a representative, authentication. */
      businessMode?: BusinessModeCode;
      /** Ignored, as `businessMode`. */
      transportMode?: TransportModeCode;
    };

/**
 * The submit context of a declaration submitted by `role`: its kind and, for an 进境申报单, its 业务模式 and
 * 运输方式. The mini-app asks {@link submitPolicy} with it which checks to run; the backend, which to
 * demand.
 */
export function submitContextOf(
  declaration: EntryDeclarationInput | ImportDeclarationInput,
  role: SubmitterRole,
): SubmitContext {
  if (declaration.kind === 'import') return { kind: 'import', role };
  const { businessMode, transportMode } = declaration.header;
  return { kind: 'entry', businessMode, transportMode, role };
}

/** What {@link submitPolicy} decides. */
export interface SubmitPolicy {
  /** The checks to pass before the declaration is submitted, in order; empty: "系统直接提交申报". */
  checks: readonly SubmitCheck[];
  /** The status after the submit: 已申报, or 待认证 until every 委托边民 has authenticated. */
  resultStatus: 'declared' | 'pendingAuthentication';
  /** The status-machine event of the submit, for `nextStatus`. */
  event: 'submit' | 'submitForAuthentication';
}

/**
 * The 运输方式 that the manual names as exceptions: 水路运输 (2) and 铁路运输 (3). An 进境申报单 of
 * 落地加工/原装提离 by these needs no checks, and a representative's by these needs no authentication.
 */
export const RAIL_OR_WATER_TRANSPORT_MODES: readonly TransportModeCode[] = ['2', '3'];

/** The 业务模式 that the manual pairs with 铁路/水路 for a direct submit: 落地加工 and 原装提离. */
const PROCESSING_OR_INTACT_MODES: readonly BusinessModeCode[] = ['02', '03'];

const CHECKS: readonly SubmitCheck[] = ['fence', 'face'];
const NO_CHECKS: readonly SubmitCheck[] = [];

/**
 * Which checks a submit (申报) needs and which status it ends in. The manual, for 进境申报单: "若业务模式
 * 为区内交易，或者业务模式为“落地加工”、“原装提离”且运输方式为“铁路运输”、“水路运输”时，系统直接提交申报。
 * 若不是以上情况，则系统需要验证手机电子围网和人脸识别认证" and "若是申报代表申报，且运输方式为公路或其他，
 * 则提交申报之后申报状态为“待认证”"; for 进口申报单: "系统需要验证手机电子围网和人脸识别认证" and "若是申报代表
 * 申报，则提交申报之后申报状态为“待认证”". For both: "若是边民自己申报，提交申报之后申报状态为“已申报”".
 *
 * Inference: "公路或其他" is read as "every 运输方式 but 铁路运输 and 水路运输", the complement of the
 * exception of the checks sentence; so 5-航空运输 counts as 其他. The checks do not depend on who
 * submits, and the status does not depend on 业务模式.
 * @example submitPolicy({ kind: 'entry', businessMode: '02', transportMode: '4', role: 'cooperative' })
 * // { checks: ['fence', 'face'], resultStatus: 'pendingAuthentication', event: 'submitForAuthentication' }
 */
export function submitPolicy(context: SubmitContext): SubmitPolicy {
  let checks: readonly SubmitCheck[] = CHECKS;
  let authenticate = isRepresentative(context.role);
  if (context.kind === 'entry') {
    const railOrWater = RAIL_OR_WATER_TRANSPORT_MODES.includes(context.transportMode);
    const direct =
      context.businessMode === '01' ||
      (PROCESSING_OR_INTACT_MODES.includes(context.businessMode) && railOrWater);
    if (direct) checks = NO_CHECKS;
    authenticate = authenticate && !railOrWater;
  }
  return authenticate
    ? { checks, resultStatus: 'pendingAuthentication', event: 'submitForAuthentication' }
    : { checks, resultStatus: 'declared', event: 'submit' };
}
