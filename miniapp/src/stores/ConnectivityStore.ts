import { makeAutoObservable } from 'mobx';
import type { NetworkWatcher, StopWatching } from '../services/networkStatus';

/**
 * Whether the phone is online, for the offline notice every page shows and for what waits for the
 * network (a 暂存 made offline). Online until the platform says otherwise.
 */
export class ConnectivityStore {
  online = true;
  private stop: StopWatching | undefined;

  constructor(private readonly watch: NetworkWatcher) {
    makeAutoObservable<ConnectivityStore, 'watch' | 'stop'>(this, { watch: false, stop: false });
  }

  /** Starts following the platform's network status (once; later calls do nothing). */
  start(): void {
    this.stop ??= this.watch((online) => {
      this.setOnline(online);
    });
  }

  /** Stops following it. */
  dispose(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private setOnline(online: boolean): void {
    this.online = online;
  }
}
