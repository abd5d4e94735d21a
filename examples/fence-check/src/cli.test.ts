import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/** The example's folder: the CLI runs there, as `npm start` would, on the saved fixtures. */
const cwd = fileURLToPath(new URL('..', import.meta.url));

/** Runs `src/cli.ts` in a child Node process through tsx, with the `source` condition. */
function fenceCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', 'src/cli.ts', ...args],
    { cwd, encoding: 'utf8', timeout: 30_000 },
  );
  return { status, stdout, stderr };
}

it('validate: lists the fences of a valid file and exits 0', () => {
  const { status, stdout, stderr } = fenceCheck('validate', 'fixtures/youyiguan.geojson');
  expect(stderr).toBe('');
  expect(stdout).toContain('fixtures/youyiguan.geojson: 2 fences');
  expect(stdout).toContain('✓ #0 youyiguan  友谊关边民互市点（示例）');
  expect(stdout).toContain('customs 7208, head customs 7200; 5 vertices; area 13.35 ha');
  expect(stdout).toContain('bbox lng 106.709800..106.713200, lat 21.977000..21.981200');
  expect(stdout).toContain('8 vertices (1 hole)');
  expect(stdout).toContain('OK: 2 valid fences.');
  expect(status).toBe(0);
});

it('validate: names every bad fence and where, and exits 1', () => {
  const { status, stdout } = fenceCheck('validate', 'fixtures/broken.geojson');
  expect(stdout).toContain('2 problems:');
  expect(stdout).toContain('✗ #1 puzhai-unclosed [not-closed] at features[1].geometry.coordinates[0]');
  expect(stdout).toContain('ring not closed: starts at [106.798, 22.038], ends at [106.798, 22.042]');
  expect(stdout).toContain(
    '✗ #2 wrong-head-customs [bad-property] at features[2].properties.headCustomsCode',
  );
  expect(stdout).toContain('INVALID');
  expect(status).toBe(1);
});

it('check: prints each verdict with fence, distance, direction and the user message; exits 1 if one is not inside', () => {
  const { status, stdout, stderr } = fenceCheck(
    'check',
    'fixtures/youyiguan.geojson',
    '21.979,106.7115,5',
    '--datum',
    'wgs84',
    '--points',
    'fixtures/positions.csv',
  );
  expect(stderr).toBe('');
  expect(stdout).toContain('21.979,106.7115 wgs84 ±5 m\n  INSIDE: fence youyiguan 友谊关边民互市点（示例）');
  expect(stdout).toContain('用户提示：当前位置在申报区域内（申报区域：友谊关边民互市点（示例））');
  // 友谊关 is about 500 m from the border: a GCJ-02 fix there is read both ways (decision 015).
  expect(stdout).toContain('same spot from a GCJ-02 phone (21.9762026,106.7150379 gcj02 ±5 m)\n  UNCERTAIN');
  expect(stdout).toContain('near the west edge (21.979,106.70995 wgs84 ±30 m)\n  UNCERTAIN');
  expect(stdout).toMatch(/OUTSIDE: nearest fence youyiguan .*, 521 m away, bearing 274° west \(西\)/);
  expect(stdout).toContain('用户提示：当前位置不在申报区域内（您距申报区域约 500 米，西方向）');
  expect(stdout).toContain('5 positions: 2 inside, 2 uncertain, 1 outside');
  expect(status).toBe(1);
});

it('check: refuses a position without a datum, and a fence file that is not JSON, with exit 2', () => {
  const noDatum = fenceCheck('check', 'fixtures/youyiguan.geojson', '21.979,106.7115');
  expect(noDatum.stderr).toContain('check needs --datum wgs84 or --datum gcj02');
  expect(noDatum.stdout).toBe('');
  expect(noDatum.status).toBe(2);
  const notJson = fenceCheck('check', 'fixtures/positions.csv', '21.979,106.7115', '--datum', 'wgs84');
  expect(notJson.stderr).toMatch(/fixtures\/positions.csv is not valid JSON.*Unexpected token/);
  expect(notJson.status).toBe(2);
});
