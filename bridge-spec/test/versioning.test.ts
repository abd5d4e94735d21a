import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BRIDGE_VERSION, EVENT_SINCE, METHOD_CONTRACTS, METHOD_SINCE } from '@hushi/bridge-spec';

const text = readFileSync(new URL('../VERSIONING.md', import.meta.url), 'utf8');

/** The table's rows: name (events prefixed `event `) → [added in, contract revisions]. */
function documentedTable(): Record<string, [string, string[]]> {
  const rows = [...text.matchAll(/^\| (event )?`([\w.]+)`\s*\| (\d+\.\d+\.\d+)\s*\| ([\d., —]+?)\s*\|$/gm)];
  return Object.fromEntries(
    rows.map(([, event, name, since, revised]) => [
      `${event ?? ''}${name ?? ''}`,
      [since ?? '', revised === '—' ? [] : (revised ?? '').split(/,\s*/)],
    ]),
  );
}

it('the table in VERSIONING.md lists every method and event with the version that added it and its revisions', () => {
  const expected = {
    ...Object.fromEntries(
      Object.entries(METHOD_CONTRACTS).map(([name, [since, ...revised]]) => [name, [since, revised]]),
    ),
    ...Object.fromEntries(Object.entries(EVENT_SINCE).map(([name, since]) => [`event ${name}`, [since, []]])),
  };
  expect(documentedTable()).toEqual(expected);
  for (const [method, since] of Object.entries(METHOD_SINCE)) {
    expect(documentedTable()[method]?.[0], method).toBe(since);
  }
});

it('VERSIONING.md names the current bridge version and has a section for it', () => {
  expect(text).toContain(`(now **${BRIDGE_VERSION}**)`);
  expect(text).toMatch(new RegExp(`^### ${BRIDGE_VERSION.replace(/\./g, '\\.')} — `, 'm'));
});
