import { describe, expect, it } from 'vitest';
import { compareVersions } from './compareVersions';
import { BRIDGE_VERSION, METHOD_CONTRACTS } from './generated/catalogue';
import { methodContract } from './methodContract';

describe('methodContract', () => {
  it('gives the newest contract of a method that a bridge version includes', () => {
    expect(methodContract('location.get', '1.0.0')).toBe('1.0.0');
    expect(methodContract('location.get', '1.0.9')).toBe('1.0.0');
    expect(methodContract('location.get', '1.1.0')).toBe('1.1.0');
    expect(methodContract('location.get', '1.5.2')).toBe('1.1.0');
    expect(methodContract('face.verify', '1.1.0')).toBe('1.0.0');
  });

  it('is undefined before the method existed', () => {
    expect(methodContract('location.get', '0.9.0')).toBeUndefined();
  });

  it('lists each method from the version that added it, oldest first, none past this spec', () => {
    for (const versions of Object.values(METHOD_CONTRACTS)) {
      expect([...versions].sort(compareVersions)).toEqual(versions);
      for (const v of versions) expect(compareVersions(v, BRIDGE_VERSION)).toBeLessThanOrEqual(0);
    }
  });
});
