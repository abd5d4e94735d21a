import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { EXIT, runCli } from './runCli';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs the CLI in this process, collecting what it writes. */
function run(...argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => 0,
  });
  return { code, stdout, stderr };
}

it('prints usage for --help and exits 0', () => {
  const { code, stdout } = run('--help');
  expect(stdout).toMatch(/^Usage:\n {2}fence-check validate <fences.geojson>/);
  expect(stdout).toContain('--datum wgs84|gcj02');
  expect(code).toBe(EXIT.ok);
});

it('exits 0 when every position is inside', () => {
  const { code, stdout } = run(
    'check',
    fixture('youyiguan.geojson'),
    '21.979,106.7115,5',
    '--datum',
    'wgs84',
  );
  expect(stdout).toContain('1 position: 1 inside');
  expect(code).toBe(EXIT.ok);
});

it('prints JSON with --json: status, fence, distance, bearing, direction and the mini-app words', () => {
  const { stdout } = run(
    'check',
    fixture('youyiguan.geojson'),
    '21.979,106.7182,10',
    '--datum',
    'wgs84',
    '--json',
  );
  const [result] = JSON.parse(stdout) as Record<string, unknown>[];
  expect(result).toMatchObject({
    input: { lat: 21.979, lng: 106.7182, accuracy: 10, datum: 'wgs84' },
    status: 'outside',
    fence: { id: 'youyiguan', customsCode: '7208', headCustomsCode: '7200' },
    direction: '西',
    message: '当前位置不在申报区域内',
    detail: '您距申报区域约 500 米，西方向',
  });
  expect(result?.distanceM).toBeCloseTo(521, 0);
  expect(result?.bearingDeg).toBeCloseTo(274, 0);
});

it('shows not-connected and warns about a --connected code the file does not have', () => {
  const { code, stdout, stderr } = run(
    'check',
    fixture('youyiguan.geojson'),
    '21.979,106.7115,5',
    '--datum',
    'wgs84',
    '--connected',
    '0700',
  );
  expect(stdout).toContain('NOT-CONNECTED: fence youyiguan');
  expect(stdout).toContain('用户提示：该区域暂不支持在移动端申报！');
  expect(stderr).toContain('warning: --connected 0700: no fence of this file has that head customs');
  expect(code).toBe(EXIT.failed);
});

it('shows how a GCJ-02 position was read: the applied datum and the WGS-84 position judged', () => {
  const { stdout } = run(
    'check',
    fixture('youyiguan.geojson'),
    '21.9762026,106.7150379,5',
    '--datum',
    'gcj02',
  );
  expect(stdout).toContain(
    "applied datum either (near the mainland's edge: both readings, their midpoint), as WGS-84: 21.9776013,106.7132690",
  );
});

it('refuses to check against a broken fence file and points to validate, exit 2', () => {
  const { code, stderr } = run('check', fixture('broken.geojson'), '21.979,106.7115', '--datum', 'wgs84');
  expect(stderr).toMatch(/Invalid fence "puzhai-unclosed" \(#1\).*ring not closed/);
  expect(stderr).toContain('to list every problem');
  expect(code).toBe(EXIT.badInput);
});

it('refuses a missing file, a bad position and a points row of unknown datum, exit 2', () => {
  expect(run('validate', fixture('nope.geojson')).stderr).toMatch(/Cannot read .*nope.geojson: no such file/);
  const bad = run('check', fixture('youyiguan.geojson'), '106.7115,21.979', '--datum', 'wgs84');
  expect(bad.stderr).toMatch(/is it lng,lat\?/);
  expect(bad.code).toBe(EXIT.badInput);
  const unknownDatum = run(
    'check',
    fixture('youyiguan.geojson'),
    '--datum',
    'wgs84',
    '--points',
    fixture('broken.geojson'),
  );
  expect(unknownDatum.stderr).toMatch(/expected a GeoJSON Point feature/);
  expect(unknownDatum.code).toBe(EXIT.badInput);
});
