/** The bridge client: connects the mini-app to its host app over any binding of bridge-spec. */
export { createBridge, UI_TIMEOUT_MS } from './createBridge';
export type { Bridge, BridgeOptions, CallOptions } from './createBridge';
export { detectTransport } from './detectTransport';
export type { BindingName, DetectTransportOptions } from './detectTransport';
export { consoleLogger, silentLogger } from './logger';
export type { BridgeLogger } from './logger';
export type { BridgeTransport } from './transport';
export { createInMemoryBinding } from './transports/inMemoryTransport';
export type { InMemoryBinding, InMemoryHostEnd } from './transports/inMemoryTransport';
export {
  createMiniProgramTransport,
  findMiniProgramBridgeApi,
  MINI_PROGRAM_API_NAME,
} from './transports/miniProgramTransport';
export type { MiniProgramBridgeApi } from './transports/miniProgramTransport';
export {
  createWebViewTransport,
  findWebViewPoster,
  WEBVIEW_HANDLER_NAME,
  WEBVIEW_RECEIVE_FUNCTION,
} from './transports/webViewTransport';
export type { WebViewTransportOptions } from './transports/webViewTransport';
export { createDevHttpTransport, DEV_HTTP_PATH } from './transports/devHttpTransport';
export type { DevHttpTransportOptions, HttpPost } from './transports/devHttpTransport';
export type { CancelSignal } from './cancelSignal';
export { BridgeError, isBridgeError } from '../errors';
export type { BridgeErrorOptions } from '../errors';
