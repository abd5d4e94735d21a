import { expect, it } from 'vitest';
import type { BackendState } from './backendState';
import { BackendFailure } from './backendFailure';
import { stepCustoms } from './customsPipeline';
import { createNumbering } from './numbering';
import { sampleEntryInput } from './seedDeclarations';

const NOW = Date.UTC(2026, 10, 25, 2);

function stateWithDeclared(): BackendState {
  const state: BackendState = { declarations: new Map(), numbering: createNumbering() };
  state.declarations.set('P1', {
    kind: 'entry',
    preEntryNumber: 'P1',
    declarationNumber: null,
    status: 'declared',
    declaredAt: '2026-11-25 10:00:00',
    updatedAt: NOW,
    ownerId: 'P0001',
    role: 'resident',
    input: sampleEntryInput(),
    authenticated: [],
  });
  return state;
}

it('gives customs’ 申报单编号 on 发往海关成功 and follows the status machine', () => {
  const state = stateWithDeclared();
  expect(stepCustoms(state, 'P1', 'sentToCustoms', NOW)).toMatchObject({
    status: 'sentToCustoms',
    declarationNumber: expect.stringMatching(/^86090261125\d{7}$/) as unknown,
  });
  expect(stepCustoms(state, 'P1', 'customsApproved', NOW).status).toBe('approved');
});

it('refuses an event the status does not allow (409), an unknown event (422) and number (404)', () => {
  const state = stateWithDeclared();
  const statusOf = (f: () => unknown): number => {
    try {
      f();
    } catch (error) {
      if (error instanceof BackendFailure) return error.status;
    }
    return 0;
  };
  expect(statusOf(() => stepCustoms(state, 'P1', 'goodsReleased', NOW))).toBe(409);
  expect(statusOf(() => stepCustoms(state, 'P1', 'explode', NOW))).toBe(422);
  expect(statusOf(() => stepCustoms(state, 'P2', 'sentToCustoms', NOW))).toBe(404);
});
