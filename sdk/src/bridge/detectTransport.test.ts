import { afterEach, expect, it, vi } from 'vitest';
import { isBridgeError } from '../errors';
import { detectTransport } from './detectTransport';

afterEach(() => {
  vi.unstubAllGlobals();
});

const containerApi = { postMessage: vi.fn(), onMessage: vi.fn() };

function detectionError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

it('finds nothing in plain Node and says HOST_NOT_FOUND', () => {
  expect(
    isBridgeError(
      detectionError(() => detectTransport()),
      'HOST_NOT_FOUND',
    ),
  ).toBe(true);
});

it('prefers the mini-program container API over everything else', () => {
  vi.stubGlobal('wx', { hushiBridge: containerApi });
  expect(detectTransport({ devHttp: { baseUrl: 'http://127.0.0.1:1' } }).name).toBe('miniprogram');
});

it('falls back to dev HTTP only when it is configured', () => {
  expect(detectTransport({ devHttp: { baseUrl: 'http://127.0.0.1:1' } }).name).toBe('http');
});

it('picks a WebView when the page has a native handler', () => {
  const win = {
    webkit: { messageHandlers: { hushiBridge: { postMessage: vi.fn() } } },
    addEventListener: vi.fn(),
  };
  expect(detectTransport({ webView: { window: win as unknown as Window } }).name).toBe('webview');
});

it('obeys an explicit binding even when another one is present', () => {
  vi.stubGlobal('wx', { hushiBridge: containerApi });
  expect(detectTransport({ binding: 'http', devHttp: { baseUrl: 'http://127.0.0.1:1' } }).name).toBe('http');
  // An explicit WebView binding without a window fails loudly instead of silently picking another.
  expect(
    isBridgeError(
      detectionError(() => detectTransport({ binding: 'webview' })),
      'HOST_NOT_FOUND',
    ),
  ).toBe(true);
});
