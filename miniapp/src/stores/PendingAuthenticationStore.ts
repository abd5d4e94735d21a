import { makeAutoObservable, runInAction } from 'mobx';
import { isBackendError } from '@hushi/sdk';
import type { DeclarationKind, PendingAuthentication } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';
import { loadInto } from './loadInto';
import { obtainFaceTicket } from './faceTicket';

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
  /** Idempotency-Keys of 认证 calls that failed on the way, reused on the next try of that row. */
  private retryKeys = new Map<string, string>();

  constructor(
    private readonly services: Services,
    readonly kind: DeclarationKind,
  ) {
    makeAutoObservable<PendingAuthenticationStore, 'services' | 'retryKeys'>(this, {
      services: false,
      retryKeys: false,
    });
  }

  /** 查询: the list of this 边民. */
  async search(): Promise<void> {
    await loadInto(
      this,
      () => this.services.backend.listPendingAuthentications(this.kind, { pageSize: PAGE_SIZE }),
      (found) => {
        this.rows = found.items;
        this.rowErrors = {};
      },
    );
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
