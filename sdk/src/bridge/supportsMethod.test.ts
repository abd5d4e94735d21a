import { expect, it } from 'vitest';
import { supportsMethod } from './supportsMethod';

const table = { 'host.getInfo': '1.0.0', 'location.get': '1.0.0', 'doc.scan': '1.2.0' };

it('needs the method in the client table and in the host declaration', () => {
  const host = { bridgeVersion: '1.3.0', methods: { 'location.get': '1.0.0', 'other.thing': '1.3.0' } };
  expect(supportsMethod(host, 'location.get', table)).toBe(true);
  expect(supportsMethod(host, 'host.getInfo', table)).toBe(false);
  expect(supportsMethod(host, 'other.thing', table)).toBe(false);
  expect(supportsMethod(host, 'toString', table)).toBe(false);
});

it('refuses a method added after the host bridge version even if the host lists it', () => {
  const methods = { 'doc.scan': '1.2.0' };
  expect(supportsMethod({ bridgeVersion: '1.1.9', methods }, 'doc.scan', table)).toBe(false);
  expect(supportsMethod({ bridgeVersion: '1.2.0', methods }, 'doc.scan', table)).toBe(true);
  expect(supportsMethod({ bridgeVersion: '1.10.0', methods }, 'doc.scan', table)).toBe(true);
});

it('uses the spec table by default', () => {
  expect(supportsMethod({ bridgeVersion: '1.0.0', methods: { 'face.verify': '1.0.0' } }, 'face.verify')).toBe(
    true,
  );
});
