import { beforeEach, expect, it, vi } from 'vitest';

const taro = {
  getCurrentPages: vi.fn<() => unknown[]>(),
  navigateTo: vi.fn<(options: { url: string }) => Promise<unknown>>(),
  redirectTo: vi.fn<(options: { url: string }) => Promise<unknown>>(),
};
vi.mock('@tarojs/taro', () => ({ default: taro }));

const { MAX_PAGE_STACK, openPage } = await import('./routes');

beforeEach(() => {
  taro.navigateTo.mockReset().mockResolvedValue({});
  taro.redirectTo.mockReset().mockResolvedValue({});
});

it('opens a page on top of the current one, with its parameters in the query', () => {
  taro.getCurrentPages.mockReturnValue(Array.from({ length: MAX_PAGE_STACK - 1 }));
  openPage('detail', { kind: 'entry', preEntryNumber: '202601000000003501', from: 'records' });
  expect(taro.navigateTo).toHaveBeenCalledWith({
    url: '/pages/detail/index?kind=entry&preEntryNumber=202601000000003501&from=records',
  });
  expect(taro.redirectTo).not.toHaveBeenCalled();
});

it('replaces the current page when the stack is full, where navigateTo would fail', () => {
  taro.getCurrentPages.mockReturnValue(Array.from({ length: MAX_PAGE_STACK }));
  openPage('faq', {});
  expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/faq/index' });
  expect(taro.navigateTo).not.toHaveBeenCalled();
});
