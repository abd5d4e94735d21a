import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Constructs that compile code at run time, which mini-program runtimes forbid. */
const DYNAMIC_CODE = [
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function(...) call', pattern: /(?<!new\s+)(?<![.\w$])Function\s*\(\s*["'`]/ },
  { name: 'eval', pattern: /(?<![.\w$])eval\s*\(/ },
  { name: 'setTimeout with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

/** One forbidden construct found in a built file. */
export interface DynamicCodeFinding {
  file: string;
  construct: string;
  excerpt: string;
}

function walk(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => walk(join(path, entry)));
}

/**
 * Lists every `eval`, `new Function` and similar construct in the `.js`/`.mjs`/`.cjs` files under
 * `roots`. Throws when a root does not exist, so a missing build never passes as clean.
 */
export function findDynamicCode(roots: string[]): DynamicCodeFinding[] {
  const findings: DynamicCodeFinding[] = [];
  for (const root of roots) {
    if (!existsSync(root)) throw new Error(`${root} does not exist: build first (npm run build)`);
    for (const file of walk(root).filter((f) => /\.(m|c)?js$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const { name, pattern } of DYNAMIC_CODE) {
        const match = pattern.exec(code);
        if (match) {
          findings.push({
            file,
            construct: name,
            excerpt: code.slice(Math.max(0, match.index - 40), match.index + 40),
          });
        }
      }
    }
  }
  return findings;
}
