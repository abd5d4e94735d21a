// The mock host as it was before the database (commit 1458957, the in-memory Maps), checked out as a
// git worktree under the git-ignored .tmp/, so that the bench can run it next to the current one.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The last commit of the in-memory backend. */
export const BASELINE_COMMIT = '1458957';

/** The workspace packages the baseline's mock host loads from its own tree (never the current ones). */
const OWN_PACKAGES = ['bridge-spec', 'sdk', 'mock-host'] as const;

/**
 * Makes sure `<root>/.tmp/bench-baseline` is a worktree at {@link BASELINE_COMMIT} that runs without
 * network: its `node_modules` links every package of the main tree's `node_modules`, except
 * `@hushi/*`, which link the worktree's own packages. Returns the worktree's path.
 * @throws Error when git cannot add the worktree (e.g. a shallow clone without the commit).
 */
export function ensureBaselineWorktree(root: string): string {
  const dir = join(root, '.tmp', 'bench-baseline');
  if (!existsSync(join(dir, 'mock-host', 'src', 'cli.ts'))) {
    execFileSync('git', ['worktree', 'add', '--detach', relative(root, dir), BASELINE_COMMIT], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  if (!head.startsWith(BASELINE_COMMIT))
    throw new Error(
      `${dir} is at ${head}, not ${BASELINE_COMMIT}: remove it (git worktree remove) and run again`,
    );

  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@hushi'), { recursive: true });
  const link = (target: string, path: string): void => {
    if (!exists(path)) symlinkSync(target, path);
  };
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '@hushi') link(join(root, 'node_modules', name), join(modules, name));
  }
  for (const name of OWN_PACKAGES) link(join('..', '..', name), join(modules, '@hushi', name));
  return dir;
}

/** Whether a path exists, a dangling symbolic link included. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
