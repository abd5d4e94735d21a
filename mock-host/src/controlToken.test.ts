import { expect, it } from 'vitest';
import { controlTokenMatches, isControlPath } from './controlToken';

it('counts as a control path whatever msw would route to /__mock', () => {
  for (const path of [
    '/__mock',
    '/__mock/backend/reset',
    '/__MOCK/backend/reset',
    '/x/__mock/face-keys',
    '//__mock/scenarios',
    '/%5F%5Fmock/scenarios',
    '/api/v1/__Mock/customs/1/step',
  ]) {
    expect(isControlPath(path), path).toBe(true);
  }
  for (const path of ['/api/v1/sessions', '/__bridge/v1', '/__bridge/v1/events', '/mock', '/__moc']) {
    expect(isControlPath(path), path).toBe(false);
  }
  expect(isControlPath('/__mock/%E0%A4%A')).toBe(true);
});

it('matches the control token exactly', () => {
  expect(controlTokenMatches('abc123', 'abc123')).toBe(true);
  expect(controlTokenMatches('abc124', 'abc123')).toBe(false);
  expect(controlTokenMatches('abc12', 'abc123')).toBe(false);
  expect(controlTokenMatches('', 'abc123')).toBe(false);
  expect(controlTokenMatches(null, 'abc123')).toBe(false);
  expect(controlTokenMatches(undefined, 'abc123')).toBe(false);
});
