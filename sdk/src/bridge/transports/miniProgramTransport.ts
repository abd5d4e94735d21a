import { BridgeError } from '../../errors';
import type { BridgeTransport } from '../transport';

/**
 * The custom API a mini-program container registers for the bridge, as `wx.hushiBridge`
 * (or `my.` / `tt.` / `swan.` on other containers). Messages are JSON text both ways.
 */
export interface MiniProgramBridgeApi {
  postMessage(text: string): void;
  onMessage(listener: (text: string) => void): void;
  offMessage?(listener: (text: string) => void): void;
}

/** Name of the custom API on the container's global object. */
export const MINI_PROGRAM_API_NAME = 'hushiBridge';

declare const wx: Record<string, unknown> | undefined;
declare const my: Record<string, unknown> | undefined;
declare const tt: Record<string, unknown> | undefined;
declare const swan: Record<string, unknown> | undefined;

function isBridgeApi(value: unknown): value is MiniProgramBridgeApi {
  const api = value as Partial<MiniProgramBridgeApi> | null | undefined;
  return typeof api?.postMessage === 'function' && typeof api.onMessage === 'function';
}

/** The container's bridge API of the current runtime, or `undefined` outside a container that has one. */
export function findMiniProgramBridgeApi(): MiniProgramBridgeApi | undefined {
  const globals = [
    typeof wx !== 'undefined' ? wx : undefined,
    typeof my !== 'undefined' ? my : undefined,
    typeof tt !== 'undefined' ? tt : undefined,
    typeof swan !== 'undefined' ? swan : undefined,
  ];
  for (const global of globals) {
    const api = global?.[MINI_PROGRAM_API_NAME];
    if (isBridgeApi(api)) return api;
  }
  return undefined;
}

/**
 * The mini-program container binding: requests go out through the container's custom API
 * `postMessage`, replies and events come back through its `onMessage`.
 * @throws {BridgeError} HOST_NOT_FOUND when no API is given and the container has none.
 */
export function createMiniProgramTransport(
  api: MiniProgramBridgeApi | undefined = findMiniProgramBridgeApi(),
): BridgeTransport {
  if (!api)
    throw new BridgeError('HOST_NOT_FOUND', `No ${MINI_PROGRAM_API_NAME} custom API in this container`);
  const listeners = new Set<(text: string) => void>();
  return {
    name: 'miniprogram',
    send(request) {
      api.postMessage(JSON.stringify(request));
    },
    listen(receive) {
      const listener = (text: string): void => {
        receive(text);
      };
      listeners.add(listener);
      api.onMessage(listener);
      return () => {
        listeners.delete(listener);
        api.offMessage?.(listener);
      };
    },
    close() {
      for (const listener of listeners) api.offMessage?.(listener);
      listeners.clear();
    },
  };
}
