import { expect, it } from 'vitest';
import { supportsMethod } from './supportsMethod';

const table = { 'host.getInfo': '1.0.0', 'location.get': '1.0.0', 'doc.scan': '1.2.0' };

it('needs the method in the client table and in the host declaration', () => {
  const host = { bridgeVersion: '1.3.0', methods: { 'location.get': '1.0.0', 'other.thing': '1.3.0' } };
  expect(supportsMethod(host, 'location.get', undefined, table)).toBe(true);
  expect(supportsMethod(host, 'host.getInfo', undefined, table)).toBe(false);
  expect(supportsMethod(host, 'other.thing', undefined, table)).toBe(false);
  expect(supportsMethod(host, 'toString', undefined, table)).toBe(false);
});

it('refuses a method added after the host bridge version even if the host lists it', () => {
  const methods = { 'doc.scan': '1.2.0' };
  expect(supportsMethod({ bridgeVersion: '1.1.9', methods }, 'doc.scan', undefined, table)).toBe(false);
  expect(supportsMethod({ bridgeVersion: '1.2.0', methods }, 'doc.scan', undefined, table)).toBe(true);
  expect(supportsMethod({ bridgeVersion: '1.10.0', methods }, 'doc.scan', undefined, table)).toBe(true);
});

it('uses the spec table by default', () => {
  expect(supportsMethod({ bridgeVersion: '1.0.0', methods: { 'face.verify': '1.0.0' } }, 'face.verify')).toBe(
    true,
  );
});

it('with a contract, needs the host to follow that contract of the method or a newer one', () => {
  const v11 = { bridgeVersion: '1.1.0', methods: { 'location.get': '1.1.0' } };
  const v10 = { bridgeVersion: '1.0.0', methods: { 'location.get': '1.0.0' } };
  // A 1.1 host whose location.get still follows 1.0 (it cannot sign yet).
  const unsigned = { bridgeVersion: '1.1.0', methods: { 'location.get': '1.0.0' } };
  expect(supportsMethod(v11, 'location.get', '1.1.0')).toBe(true);
  expect(supportsMethod(v11, 'location.get', '1.0.0')).toBe(true);
  expect(supportsMethod(v10, 'location.get', '1.1.0')).toBe(false);
  expect(supportsMethod(unsigned, 'location.get', '1.1.0')).toBe(false);
  // A host claiming a contract newer than its bridge version is not believed.
  expect(
    supportsMethod({ bridgeVersion: '1.0.0', methods: { 'location.get': '1.1.0' } }, 'location.get', '1.1.0'),
  ).toBe(false);
});
