import { expect, it } from 'vitest';
import { validateRequest } from './generated/validators.js';
import { paramsValidators } from './validatorTables';
import { validationErrorData } from './validationErrorData';

it('lists what is wrong with params as data.errors: path and keyword', () => {
  const validator = paramsValidators['location.get'];
  expect(validator({ datum: 'bd09' })).toBe(false);
  const { errors } = validationErrorData(validator);
  expect(errors[0]).toMatchObject({ path: '/datum', keyword: 'enum' });
});

it('points at the value itself when the problem is the whole message', () => {
  expect(validateRequest('not an envelope')).toBe(false);
  expect(validationErrorData(validateRequest).errors[0]).toMatchObject({ path: '/', keyword: 'type' });
});
