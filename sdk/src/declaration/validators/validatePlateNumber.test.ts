import { expect, it } from 'vitest';
import { normalizePlateNumber, validatePlateNumber } from './validatePlateNumber';

const WRONG = { valid: false, message: '请输入正确的车牌号' };

it('accepts the plates of the manual (桂A22710, 桂BM527K) and other ordinary plates', () => {
  for (const plate of [
    '桂A22710',
    '桂BM527K',
    '云K12345',
    '蒙H8A88C',
    '京A12345',
    '桂A1234挂',
    '粤Z1234港',
    '黑E1234学',
  ]) {
    expect(validatePlateNumber(plate), plate).toEqual({ valid: true });
  }
});

it('accepts 8-character new-energy plates, small (粤BD12345, 桂AFA1234) and large (粤B12345D)', () => {
  for (const plate of ['粤BD12345', '桂AFA1234', '京AD00001', '粤B12345D', '桂A12345F']) {
    expect(validatePlateNumber(plate), plate).toEqual({ valid: true });
  }
});

it('accepts lowercase letters, spaces and the middle dot as typed', () => {
  expect(normalizePlateNumber('桂a·22710')).toBe('桂A22710');
  expect(validatePlateNumber(' 桂a 22710 ')).toEqual({ valid: true });
  expect(validatePlateNumber('粤b-d12345')).toEqual({ valid: true });
});

it('refuses the manual test data that is no plate (02, 081501) and malformed plates', () => {
  for (const plate of [
    '02',
    '081501',
    '',
    '桂A2271',
    '桂A227100',
    'GA22710',
    '桂I22710',
    '桂A2271O',
    '桂1A2271',
    '港A22710',
    '粤BD1234X',
    '粤B1234DD',
    '粤BS12345',
  ]) {
    expect(validatePlateNumber(plate), plate).toEqual(WRONG);
  }
});
