import { makeAutoObservable, runInAction } from 'mobx';
import type { SupervisionSite } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';

/** Where the 监管场所 of the picked 关区 are: none asked for, loading, loaded, or failed to load. */
export type SiteListPhase = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The 监管场所 of one 关区, for the 监管场所编号 picker: it says 加载中 while they load and the load's
 * error, with a retry, when it failed, instead of an empty list.
 */
export class SupervisionSiteList {
  phase: SiteListPhase = 'idle';
  sites: SupervisionSite[] = [];
  /** Why the last load failed, in Chinese. */
  error: string | undefined = undefined;
  private customsCode = '';

  constructor(private readonly services: Services) {
    makeAutoObservable<SupervisionSiteList, 'services' | 'customsCode'>(this, {
      services: false,
      customsCode: false,
    });
  }

  /** Loads the 监管场所 of `customsCode` ('' clears them); an answer for an older 关区 is dropped. */
  async load(customsCode: string): Promise<void> {
    this.customsCode = customsCode;
    this.sites = [];
    this.error = undefined;
    if (customsCode === '') {
      this.phase = 'idle';
      return;
    }
    this.phase = 'loading';
    try {
      const sites = await this.services.backend.getSupervisionSites(customsCode);
      runInAction(() => {
        if (this.customsCode !== customsCode) return;
        this.sites = sites;
        this.phase = 'ready';
      });
    } catch (error) {
      runInAction(() => {
        if (this.customsCode !== customsCode) return;
        this.error = describeError(error);
        this.phase = 'failed';
      });
    }
  }

  /** Loads the same 关区 again, after a failure. */
  retry(): Promise<void> {
    return this.load(this.customsCode);
  }

  /** The name of the 监管场所 `code`, if loaded. */
  nameOf(code: string | undefined): string | undefined {
    return this.sites.find((site) => site.code === code)?.name;
  }
}
