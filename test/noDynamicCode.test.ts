// Mini-program runtimes forbid eval and new Function: the shipped builds must contain neither.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findDynamicCode } from '../scripts/findDynamicCode';

it('the built sdk, bridge-spec and WeChat mini-app contain no eval or new Function', () => {
  const roots = [
    'miniapp/dist/weapp',
    'sdk/dist',
    'bridge-spec/dist',
    'bridge-spec/src/generated',
    'sdk/src/declaration/generated',
  ];
  expect(findDynamicCode(roots)).toEqual([]);
});

it('the check does find each forbidden construct and refuses a missing build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hushi-dyn-'));
  writeFileSync(join(dir, 'a.mjs'), 'const f = new Function("return 1");');
  writeFileSync(join(dir, 'b.cjs'), 'module.exports = (s) => eval(s);');
  writeFileSync(join(dir, 'c.js'), 'var g = Function("a", "return a");\nsetTimeout("alert(1)", 1)');
  writeFileSync(join(dir, 'd.js'), 'const ok = obj.eval(x); const evaluate = 1; const newFunction = 2;');
  const constructs = findDynamicCode([dir]).map((f) => `${f.file.slice(dir.length + 1)}: ${f.construct}`);
  expect(constructs.sort()).toEqual([
    'a.mjs: new Function',
    'b.cjs: eval',
    'c.js: Function(...) call',
    'c.js: setTimeout with a string',
  ]);
  rmSync(dir, { recursive: true });
  expect(() => findDynamicCode([join(dir, 'missing')])).toThrow(/build first/);
});
