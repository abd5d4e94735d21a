import { expect, it } from 'vitest';
import { validateDeclarationSchema } from '@hushi/sdk';
import type { BackendState } from './backendState';
import { createNumbering } from './numbering';
import { seedDeclarations } from './seedDeclarations';

const NOW = Date.UTC(2026, 10, 25, 2);

it('seeds only declarations that pass the sdk schema, with unique 预录入编号', () => {
  const state: BackendState = { declarations: new Map(), numbering: createNumbering() };
  seedDeclarations(state, NOW);
  expect(state.declarations.size).toBeGreaterThan(20);
  for (const d of state.declarations.values()) {
    expect([d.preEntryNumber, validateDeclarationSchema(d.kind, d.input, { now: new Date(NOW) })]).toEqual([
      d.preEntryNumber,
      [],
    ]);
    expect(d.preEntryNumber.startsWith(d.kind === 'entry' ? '202601' : '202603')).toBe(true);
  }
});

it('gives customs numbers only to declarations customs has seen', () => {
  const state: BackendState = { declarations: new Map(), numbering: createNumbering() };
  seedDeclarations(state, NOW);
  for (const d of state.declarations.values()) {
    const seen = !['draft', 'pendingAuthentication', 'declared', 'sendToCustomsFailed'].includes(d.status);
    expect([d.status, d.declarationNumber !== null]).toEqual([d.status, seen]);
  }
});
