import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EVENT_SINCE, METHOD_SINCE } from '@hushi/bridge-spec';

it('the table in VERSIONING.md lists every method and event with the version that added it', () => {
  const text = readFileSync(new URL('../VERSIONING.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| (event )?`([\w.]+)`\s*\| (\d+\.\d+\.\d+)\s*\|$/gm)];
  const documented = Object.fromEntries(
    rows.map(([, event, name, since]) => [`${event ?? ''}${name ?? ''}`, since]),
  );
  const expected = {
    ...METHOD_SINCE,
    ...Object.fromEntries(Object.entries(EVENT_SINCE).map(([name, since]) => [`event ${name}`, since])),
  };
  expect(documented).toEqual(expected);
});
