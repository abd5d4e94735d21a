import Taro from '@tarojs/taro';

/** Stops a watch started by {@link watchNetworkStatus}. */
export type StopWatching = () => void;

/** Watches whether the device can reach the network; see {@link watchNetworkStatus}. */
export type NetworkWatcher = (listener: (online: boolean) => void) => StopWatching;

/**
 * Watches whether the device is online, calling `listener` with the state now and on each change: in a
 * mini-program `Taro.getNetworkType` and `Taro.onNetworkStatusChange`; in H5 `navigator.onLine` and the
 * window's `online`/`offline` events (Taro's H5 network API reads only `navigator.connection`, which
 * most browsers lack and which says nothing of being offline).
 */
export const watchNetworkStatus: NetworkWatcher = (listener) => {
  if (process.env.TARO_ENV === 'h5') {
    const online = (): void => {
      listener(true);
    };
    const offline = (): void => {
      listener(false);
    };
    listener(navigator.onLine);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }
  const changed = ({ isConnected }: { isConnected: boolean }): void => {
    listener(isConnected);
  };
  try {
    Taro.getNetworkType()
      .then(({ networkType }) => {
        listener(networkType !== 'none');
      })
      .catch(() => undefined);
    Taro.onNetworkStatusChange(changed);
  } catch (error) {
    // A runtime without the network API: the app works on, without the offline notice.
    console.warn('network status unavailable', error);
    return () => undefined;
  }
  return () => {
    Taro.offNetworkStatusChange(changed);
  };
};
