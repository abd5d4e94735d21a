import { makeAutoObservable } from 'mobx';
import { chinaDay } from '@hushi/sdk';
import type {
  BusinessModeCode,
  DeclarationKind,
  DeclarationStatus,
  DeclarationSummary,
  DocumentsQuery,
  RecordsQuery,
} from '@hushi/sdk';
import type { DetailOrigin } from '../routes';
import type { Services } from '../services/createServices';
import { loadInto } from './loadInto';
import { lastMonthRange } from './lastMonthRange';

/** The conditions of a query screen; an empty string is 全部 (or no number). */
export interface QueryConditions {
  /** 预录入编号 (申请记录查询) or 申报单号 (单据查询). */
  number: string;
  businessMode: BusinessModeCode | '';
  status: DeclarationStatus | '';
  /** 起始时间, 'YYYY-MM-DD'. */
  from: string;
  /** 结束时间, 'YYYY-MM-DD'. */
  to: string;
}

/** Rows asked for per page of results. */
const PAGE_SIZE = 20;

/**
 * One query screen: 申请记录查询 (`records`) or 单据查询 (`documents`) of one declaration kind. It
 * keeps the conditions and the results while the user opens a 详情 and comes back.
 */
export class DeclarationQueryStore {
  conditions: QueryConditions;
  /** The rows found; `undefined` before the first 查询. */
  results: DeclarationSummary[] | undefined = undefined;
  /** Rows over all pages. */
  total = 0;
  loading = false;
  /** Why the last 查询 failed, in Chinese. */
  error: string | undefined = undefined;
  private page = 1;

  constructor(
    private readonly services: Services,
    readonly origin: DetailOrigin,
    readonly kind: DeclarationKind,
    private readonly today: () => string = () => chinaDay(new Date()),
  ) {
    this.conditions = this.initialConditions();
    makeAutoObservable<DeclarationQueryStore, 'services' | 'today'>(this, { services: false, today: false });
  }

  /** Whether more rows than shown were found. */
  get hasMore(): boolean {
    return this.results !== undefined && this.results.length < this.total;
  }

  /** Changes one condition. */
  setCondition<K extends keyof QueryConditions>(key: K, value: QueryConditions[K]): void {
    this.conditions[key] = value;
  }

  /** 重置: the conditions back to how the screen opened (全部, and its dates); the results are cleared. */
  reset(): void {
    this.conditions = this.initialConditions();
    this.results = undefined;
    this.total = 0;
    this.error = undefined;
  }

  /** 查询: the first page of rows for the conditions. */
  async search(): Promise<void> {
    await this.fetch(1);
  }

  /** The next page of rows, appended. */
  async loadMore(): Promise<void> {
    if (this.hasMore) await this.fetch(this.page + 1);
  }

  /** Runs the last 查询 again (after a 删除 or 撤销 in the 详情), if there was one. */
  async refresh(): Promise<void> {
    if (this.results !== undefined) await this.fetch(1);
  }

  /**
   * 全部, and the dates: 单据查询 opens on the last month (as the manual shows it); 申请记录查询 without
   * dates, since a date range finds declarations by 申报时间 and would leave every 暂存 out.
   */
  private initialConditions(): QueryConditions {
    const dates = this.origin === 'records' ? { from: '', to: '' } : lastMonthRange(this.today());
    return { number: '', businessMode: '', status: '', ...dates };
  }

  private async fetch(page: number): Promise<void> {
    const { number, businessMode, status, from, to } = this.conditions;
    const common: RecordsQuery & DocumentsQuery = {
      ...(businessMode === '' ? {} : { businessMode }),
      ...(status === '' ? {} : { status }),
      ...(from === '' ? {} : { from }),
      ...(to === '' ? {} : { to }),
      page,
      pageSize: PAGE_SIZE,
    };
    const value = number.trim();
    await loadInto(
      this,
      () =>
        this.origin === 'records'
          ? this.services.backend.queryRecords(this.kind, {
              ...common,
              ...(value === '' ? {} : { preEntryNumber: value }),
            })
          : this.services.backend.queryDocuments(this.kind, {
              ...common,
              ...(value === '' ? {} : { declarationNumber: value }),
            }),
      (found) => {
        this.results = page === 1 ? found.items : [...(this.results ?? []), ...found.items];
        this.total = found.total;
        this.page = page;
      },
    );
  }
}
