import { expect, it, vi } from 'vitest';
import { ConnectivityStore } from './ConnectivityStore';

it('follows the platform’s network status from the first report, watching once, until disposed', () => {
  let report: ((online: boolean) => void) | undefined;
  const stop = vi.fn();
  const watch = vi.fn((listener: (online: boolean) => void) => {
    report = listener;
    return stop;
  });
  const connectivity = new ConnectivityStore(watch);
  expect(connectivity.online).toBe(true);
  connectivity.start();
  connectivity.start();
  expect(watch).toHaveBeenCalledOnce();
  report?.(false);
  expect(connectivity.online).toBe(false);
  report?.(true);
  expect(connectivity.online).toBe(true);
  connectivity.dispose();
  expect(stop).toHaveBeenCalledOnce();
});
