import { expect, it } from 'vitest';
import { ElderMode } from './ElderMode';
import type { ElderModeEnvironment } from './ElderMode';

/** A platform whose system font is `fontSize` px and whose storage holds `stored`. */
function environment(fontSize: number | undefined, stored?: boolean) {
  const saved: boolean[] = [];
  const env: ElderModeEnvironment = {
    systemFontSize: () => fontSize,
    loadChoice: () => stored,
    saveChoice: (on) => {
      saved.push(on);
    },
  };
  return { env, saved };
}

it('stays off at the standard system font size and when the platform does not tell it', () => {
  expect(new ElderMode(environment(16).env).on).toBe(false);
  expect(new ElderMode(environment(17).env).on).toBe(false);
  expect(new ElderMode(environment(undefined).env).on).toBe(false);
});

it('comes on by itself with a large system font', () => {
  const mode = new ElderMode(environment(20).env);
  expect(mode.on).toBe(true);
  expect(mode.textScale).toBe(1);
});

it('grows its text with the system font, up to twice the normal text', () => {
  expect(new ElderMode(environment(24).env).textScale).toBe(1.17);
  // 200 %: the 14 px body text at 28 px, 18 px × 1.56.
  expect(new ElderMode(environment(32).env).textScale).toBe(1.56);
  expect(new ElderMode(environment(48).env).textScale).toBe(1.56);
});

it('keeps the text at 18 px when switched on at the standard size, and at the normal size when off', () => {
  const { env } = environment(16);
  const mode = new ElderMode(env);
  expect(mode.textScale).toBe(1);
  mode.set(true);
  expect(mode.on).toBe(true);
  expect(mode.textScale).toBe(1);
});

it('keeps the user choice over the system, and saves it', () => {
  const { env, saved } = environment(28);
  const mode = new ElderMode(env);
  mode.set(false);
  expect(mode.on).toBe(false);
  expect(mode.textScale).toBe(1);
  expect(saved).toEqual([false]);
});

it('starts with the choice the user made last time', () => {
  expect(new ElderMode(environment(16, true).env).on).toBe(true);
  expect(new ElderMode(environment(32, false).env).on).toBe(false);
});
