import type { FenceStatus, FenceVerdict } from './fenceVerdict';

/** The mini-app's headline for each verdict, in the manual's words where the manual has them. */
export const FENCE_MESSAGES = {
  inside: '当前位置在申报区域内',
  outside: '当前位置不在申报区域内',
  uncertain: '无法确定您是否在申报区域内',
  'not-connected': '该区域暂不支持在移动端申报！',
  stale: '定位信息已过期',
  inaccurate: '定位精度不足',
} as const satisfies Record<FenceStatus, string>;

/** What the mini-app shows for a verdict. */
export interface VerdictMessage {
  /** The headline (e.g. 当前位置不在申报区域内). */
  readonly message: string;
  /** A second line with distance and direction or what to do next, when there is one. */
  readonly detail: string | null;
}

/**
 * A distance as the user reads it, rounded to what a phone fix can tell: under 10 m "不足 10 米",
 * then to 10 m up to 100 m, to 50 m up to 1 km, to 0.1 km up to 10 km, then to 1 km.
 * @example formatDistanceZh(347) // '约 350 米'
 */
export function formatDistanceZh(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) throw new RangeError(`Not a distance: ${metres}`);
  if (metres < 10) return '不足 10 米';
  const rounded = metres < 100 ? Math.round(metres / 10) * 10 : Math.round(metres / 50) * 50;
  if (rounded < 1000) return `约 ${rounded} 米`;
  const km = metres < 10_000 ? Math.round(metres / 100) / 10 : Math.round(metres / 1000);
  return `约 ${km} 公里`;
}

/**
 * The Chinese text the mini-app shows for a verdict: the headline ("当前位置不在申报区域内",
 * "该区域暂不支持在移动端申报！", …) and a detail line ("您距申报区域约 350 米，东北方向",
 * "请开启高精度定位后重试", …).
 * @example
 * const { message, detail } = verdictMessage(checker.check(fix))
 * Taro.showModal({ title: message, content: detail ?? '' })
 */
export function verdictMessage(verdict: FenceVerdict): VerdictMessage {
  const retry = '开启高精度定位后重试';
  const detail =
    verdict.status === 'inside'
      ? `申报区域：${verdict.fence.name}`
      : verdict.status === 'outside'
        ? verdict.nearest &&
          `您距申报区域${formatDistanceZh(verdict.nearest.distanceM)}，${verdict.nearest.direction}方向`
        : verdict.status === 'uncertain'
          ? `您在申报区域边界附近，请到开阔处${retry}`
          : verdict.status === 'stale'
            ? '请重新获取定位后重试'
            : verdict.status === 'inaccurate'
              ? `当前定位精度${formatDistanceZh(verdict.accuracyM)}，请${retry}`
              : null;
  return { message: FENCE_MESSAGES[verdict.status], detail };
}
