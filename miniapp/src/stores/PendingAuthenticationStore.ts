import { makeAutoObservable, runInAction } from 'mobx';
import { canPerform, chinaDay, isBackendError } from '@hushi/sdk';
import type { DeclarationKind, EntryDeclaration, ImportDeclaration, PendingAuthentication } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';
import { loadInto } from './loadInto';
import { obtainFaceTicket } from './faceTicket';
import { lastMonthRange } from './lastMonthRange';

/** The query conditions of a 待认证列表: 预录入编号 ('' for any) and the 申报时间 range, 'YYYY-MM-DD'. */
export interface PendingConditions {
  number: string;
  from: string;
  to: string;
}

/** A row opened from the list: the declaration the 边民 confirms before 认证. */
export interface PendingDetail {
  row: PendingAuthentication;
  /** The whole declaration; `undefined` while it loads. */
  declaration: EntryDeclaration | ImportDeclaration | undefined;
  /** Why it could not be loaded, in Chinese. */
  error: string | undefined;
}

/** Rows asked for per page of the list. */
const PAGE_SIZE = 50;

/**
 * A 边民's 进境/进口申报单待认证列表: the declarations representatives made for them, and 认证 by face
 * of one row. The backend decides who may authenticate and when the declaration becomes 已申报.
 */
export class PendingAuthenticationStore {
  /** The rows; `undefined` before the first 查询. */
  rows: PendingAuthentication[] | undefined = undefined;
  loading = false;
  /** Why the last 查询 failed, in Chinese. */
  error: string | undefined = undefined;
  /** The 预录入编号 being authenticated. */
  authenticating: string | undefined = undefined;
  /** Why the last 认证 failed (face not passed, cancelled, refused), by 预录入编号. */
  rowErrors: Record<string, string> = {};
  /** The query conditions: 预录入编号 and 申报时间, as the other lists have them. */
  conditions: PendingConditions;
  /** The row opened to be read before 认证; `undefined` when none is. */
  detail: PendingDetail | undefined = undefined;
  /** Idempotency-Keys of 认证 calls that failed on the way, reused on the next try of that row. */
  private retryKeys = new Map<string, string>();

  constructor(
    private readonly services: Services,
    readonly kind: DeclarationKind,
    private readonly today: () => string = () => chinaDay(new Date()),
  ) {
    this.conditions = this.initialConditions();
    makeAutoObservable<PendingAuthenticationStore, 'services' | 'retryKeys' | 'today'>(this, {
      services: false,
      retryKeys: false,
      today: false,
    });
  }

  /** Changes one query condition. */
  setCondition(key: keyof PendingConditions, value: string): void {
    this.conditions[key] = value;
  }

  /** 重置: the conditions back to the last month; the rows are cleared. */
  reset(): void {
    this.conditions = this.initialConditions();
    this.rows = undefined;
    this.error = undefined;
  }

  /**
   * Opens a row to read the declaration (its goods and amounts) before 认证; the row's own 边民申报额度
   * comes with the row.
   */
  async openDetail(preEntryNumber: string): Promise<void> {
    const row = this.rows?.find((r) => r.preEntryNumber === preEntryNumber);
    if (row === undefined) return;
    this.detail = { row, declaration: undefined, error: undefined };
    try {
      const declaration = await this.services.backend.getDetail(this.kind, preEntryNumber);
      runInAction(() => {
        if (this.detail?.row.preEntryNumber === preEntryNumber) this.detail.declaration = declaration;
      });
    } catch (error) {
      runInAction(() => {
        if (this.detail?.row.preEntryNumber === preEntryNumber) this.detail.error = describeError(error);
      });
    }
  }

  /** Closes the opened row. */
  closeDetail(): void {
    this.detail = undefined;
  }

  private initialConditions(): PendingConditions {
    return { number: '', ...lastMonthRange(this.today()) };
  }

  /** 查询: the list of this 边民, for the conditions. */
  async search(): Promise<void> {
    const { number, from, to } = this.conditions;
    const preEntryNumber = number.trim();
    await loadInto(
      this,
      () =>
        this.services.backend.listPendingAuthentications(this.kind, {
          ...(preEntryNumber === '' ? {} : { preEntryNumber }),
          ...(from === '' ? {} : { from }),
          ...(to === '' ? {} : { to }),
          pageSize: PAGE_SIZE,
        }),
      (found) => {
        this.rows = found.items;
        this.rowErrors = {};
      },
    );
  }

  /** Whether a row's 认证 button is enabled: its status allows 认证 and no other 认证 is running. */
  canAuthenticate(row: Pick<PendingAuthentication, 'status'>): boolean {
    return canPerform(row.status, 'authenticate') && this.authenticating === undefined;
  }

  /**
   * 认证 of one row: face recognition through the host (a ticket bound to this declaration), then the
   * backend. The row shows 已认证 and the declaration's new status; a face failure leaves it 未认证 with
   * the failure's message.
   * @returns true when authenticated
   */
  async authenticate(preEntryNumber: string): Promise<boolean> {
    if (this.authenticating !== undefined) return false;
    this.authenticating = preEntryNumber;
    this.rowErrors = { ...this.rowErrors, [preEntryNumber]: '' };
    try {
      const ticket = await obtainFaceTicket(this.services, {
        purpose: 'authenticate',
        businessId: preEntryNumber,
      });
      const key = this.retryKeys.get(preEntryNumber);
      const receipt = await this.services.backend.authenticate(
        this.kind,
        preEntryNumber,
        ticket,
        key === undefined ? {} : { idempotencyKey: key },
      );
      this.retryKeys.delete(preEntryNumber);
      runInAction(() => {
        this.rows = this.rows?.map((row) =>
          row.preEntryNumber === preEntryNumber
            ? { ...row, authenticated: true, status: receipt.status }
            : row,
        );
        const opened = this.detail;
        if (opened?.row.preEntryNumber === preEntryNumber)
          opened.row = { ...opened.row, authenticated: true, status: receipt.status };
      });
      return true;
    } catch (error) {
      if (isBackendError(error) && error.retryable && error.idempotencyKey !== undefined)
        this.retryKeys.set(preEntryNumber, error.idempotencyKey);
      runInAction(() => {
        this.rowErrors = { ...this.rowErrors, [preEntryNumber]: describeError(error) };
      });
      return false;
    } finally {
      runInAction(() => {
        this.authenticating = undefined;
      });
    }
  }
}
