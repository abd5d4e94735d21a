import { verdictFence } from './checkPositions';
import type { AppliedDatum, CompassDirection, FenceProximity, FenceVerdict } from '@hushi/sdk/fence';
import type { PositionResult } from './checkPositions';
import type { FenceInspection, FenceSummary } from './inspectFences';

/** English compass words for the sdk's Chinese ones, for the developer-facing part of the report. */
const COMPASS_EN: Record<CompassDirection, string> = {
  北: 'north',
  东北: 'north-east',
  东: 'east',
  东南: 'south-east',
  南: 'south',
  西南: 'south-west',
  西: 'west',
  西北: 'north-west',
};

/** An area for people who draw fences: m² below one hectare, else hectares. */
export function formatArea(areaM2: number): string {
  return areaM2 < 10_000 ? `${Math.round(areaM2)} m²` : `${(areaM2 / 10_000).toFixed(2)} ha`;
}

const plural = (count: number, word: string, words = `${word}s`): string =>
  `${count} ${count === 1 ? word : words}`;

function formatFence(fence: FenceSummary): string {
  const [minLng, minLat, maxLng, maxLat] = fence.bbox.map((degrees) => degrees.toFixed(6));
  const shape = [
    fence.polygons > 1 ? plural(fence.polygons, 'polygon') : '',
    fence.holes > 0 ? plural(fence.holes, 'hole') : '',
  ].filter((part) => part !== '');
  return [
    `  ✓ #${fence.featureIndex} ${fence.id}  ${fence.name}`,
    `      customs ${fence.customsCode}, head customs ${fence.headCustomsCode}; ${plural(fence.vertices, 'vertex', 'vertices')}${shape.length > 0 ? ` (${shape.join(', ')})` : ''}; area ${formatArea(fence.areaM2)}`,
    `      bbox lng ${minLng}..${maxLng}, lat ${minLat}..${maxLat}`,
  ].join('\n');
}

/**
 * The text `fence-check validate` prints: each valid fence, then every problem naming the fence and
 * where it is in the file, then a one-line summary.
 * @param file The fence file's name, for the heading.
 */
export function formatValidateReport(file: string, inspection: FenceInspection): string {
  const { fences, problems, featureCount } = inspection;
  const lines = [`${file}: ${plural(featureCount, 'fence')}`];
  lines.push(...fences.map(formatFence));
  if (problems.length > 0) {
    lines.push('', `${plural(problems.length, 'problem')}:`);
    for (const problem of problems) {
      const who =
        problem.featureIndex === undefined
          ? 'the collection'
          : `#${problem.featureIndex}${problem.fenceId === undefined ? '' : ` ${problem.fenceId}`}`;
      lines.push(`  ✗ ${who} [${problem.reason}] at ${problem.path}`, `      ${problem.message}`);
    }
    lines.push('', `INVALID: fix the ${plural(problems.length, 'problem')} above.`);
  } else {
    lines.push('', `OK: ${plural(fences.length, 'valid fence')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** `12 m`, `1.2 km`: a distance for the developer-facing line. */
export function formatMetres(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(2)} km`;
}

/** What `where` the fix stands from a fence, in developer English: fence, distance, bearing, direction. */
function proximityFacts(where: string, about: FenceProximity, edge: string): string {
  const { fence, distanceM, bearingDeg, direction } = about;
  return (
    `${where} ${fence.id} ${fence.name} (customs ${fence.customsCode}/${fence.headCustomsCode}), ` +
    `${formatMetres(distanceM)} ${edge}, bearing ${Math.round(bearingDeg)}° ${COMPASS_EN[direction]} (${direction})`
  );
}

/** The developer-facing line of a verdict. */
function verdictFacts(verdict: FenceVerdict): string {
  switch (verdict.status) {
    case 'inside':
      return proximityFacts('fence', verdict, 'to its edge');
    case 'uncertain':
    case 'not-connected':
      return proximityFacts(
        'fence',
        verdict,
        `${verdict.signedDistanceM < 0 ? 'inside' : 'outside'} its edge`,
      );
    case 'outside':
      return verdict.nearest === null
        ? 'no fence of a connected head customs'
        : proximityFacts('nearest fence', verdict.nearest, 'away');
    case 'inaccurate':
      return `accuracy ${verdict.accuracyM} m is above the cap of ${verdict.maxAccuracyM} m`;
    case 'stale':
      return `fix is ${Math.round(verdict.ageMs / 1000)} s old, the limit is ${verdict.maxAgeMs / 1000} s`;
  }
}

/** What each applied datum means for a GCJ-02 position. */
const READINGS: Record<AppliedDatum, string> = {
  gcj02: 'converted: in the mainland',
  wgs84: 'not shifted: outside the mainland',
  either: "near the mainland's edge: both readings, their midpoint",
};

function formatResult({ position, verdict, message, detail }: PositionResult): string {
  const fix = `${position.lat},${position.lng} ${position.datum} ±${position.accuracy} m`;
  // A position typed as coordinates is its own label.
  const head = /^[\d\s.,+-]*$/.test(position.label) ? fix : `${position.label} (${fix})`;
  const facts = verdictFacts(verdict);
  // How a GCJ-02 position was read: the datum the converter applied, and the WGS-84 position judged.
  const converted =
    'position' in verdict && position.datum === 'gcj02'
      ? `\n    applied datum ${verdict.appliedDatum} (${READINGS[verdict.appliedDatum]}), as WGS-84: ` +
        `${verdict.position.lat.toFixed(7)},${verdict.position.lng.toFixed(7)}, tested radius ${verdict.radiusM.toFixed(0)} m`
      : '';
  return `${head}\n  ${verdict.status.toUpperCase()}: ${facts}${converted}\n  用户提示：${message}${detail === null ? '' : `（${detail}）`}`;
}

/**
 * The text `fence-check check` prints: per position its verdict, the fence and distance, bearing and
 * compass direction, and the Chinese message the mini-app shows; then a count per status.
 */
export function formatCheckReport(results: readonly PositionResult[]): string {
  const counts = new Map<string, number>();
  for (const { verdict } of results) counts.set(verdict.status, (counts.get(verdict.status) ?? 0) + 1);
  const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  return `${results.map(formatResult).join('\n\n')}\n\n${plural(results.length, 'position')}: ${summary}\n`;
}

/** One result as plain JSON, for `--json`: the input position, the sdk's verdict and the mini-app's words. */
export function resultToJson({
  position,
  verdict,
  message,
  detail,
}: PositionResult): Record<string, unknown> {
  const about = verdictFence(verdict);
  return {
    input: position,
    status: verdict.status,
    fence: about?.fence ?? null,
    distanceM: about?.distanceM ?? null,
    bearingDeg: about?.bearingDeg ?? null,
    direction: about?.direction ?? null,
    message,
    detail,
    verdict,
  };
}

/** What `fence-check check --json` prints: a JSON array, one entry per position. */
export function formatCheckJson(results: readonly PositionResult[]): string {
  return `${JSON.stringify(results.map(resultToJson), null, 2)}\n`;
}
