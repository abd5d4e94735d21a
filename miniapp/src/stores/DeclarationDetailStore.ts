import { makeAutoObservable, runInAction } from 'mobx';
import {
  canPerform,
  DECLARATION_ACTION_LABELS,
  formatFileSize,
  isBackendError,
  validateCancelReason,
} from '@hushi/sdk';
import type { DeclarationAction, DeclarationKind, EntryDeclaration, ImportDeclaration } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import type { DeclareMode, DetailOrigin } from '../routes';
import type { Services } from '../services/createServices';
import { AttachmentUploads } from './AttachmentUploads';
import { describeError } from './describeError';
import { loadInto } from './loadInto';

/**
 * The buttons of a 详情 by the query it was opened from, in the manual's order: 修改, 复制, 删除 in
 * 申请记录查询; 变更, 撤销 in 单据查询.
 */
export const DETAIL_ACTIONS: Readonly<Record<DetailOrigin, readonly DeclarationAction[]>> = {
  records: ['modify', 'copy', 'delete'],
  documents: ['amend', 'cancel'],
};

/** The declaration form mode each button that opens it opens it in. */
export const DECLARE_MODE_OF_ACTION: Readonly<Partial<Record<DeclarationAction, DeclareMode>>> = {
  modify: 'modify',
  copy: 'copy',
  amend: 'change',
};

/** A button of the 详情: its text and whether the declaration's status allows it (else greyed out). */
export interface DetailButton {
  action: DeclarationAction;
  label: string;
  enabled: boolean;
}

/** The dialog open over the 详情: the 删除 confirmation or the 撤销 reason. */
export type DetailDialog = 'delete' | 'cancel';

/** What the 详情 tells the stores that own the lists when its declaration changed. */
export type DetailChanged = (change: 'deleted' | 'revoked') => void;

/**
 * One 申报单详情: the declaration, its buttons greyed by the sdk's status machine, and the 删除 and
 * 撤销 dialogs. 修改, 复制 and 变更 only open the declaration form (the page navigates).
 */
export class DeclarationDetailStore {
  declaration: EntryDeclaration | ImportDeclaration | undefined = undefined;
  loading = false;
  /** Why loading or the last action failed, in Chinese. */
  error: string | undefined = undefined;
  dialog: DetailDialog | undefined = undefined;
  /** The reason typed in the 撤销 dialog. */
  cancelReason = '';
  /** The red prompt of the 撤销 dialog: the reason's validation message or the backend's refusal. */
  dialogError: string | undefined = undefined;
  /** An action is being sent: its confirm button waits. */
  busy = false;
  /** Names and sizes of the 附件 its 随附单证 refer to. */
  readonly attachments: AttachmentUploads;
  /** The Idempotency-Key of a 撤销 that failed, reused when the user confirms again. */
  private revokeKey: string | undefined = undefined;

  constructor(
    private readonly services: Services,
    readonly kind: DeclarationKind,
    readonly preEntryNumber: string,
    readonly origin: DetailOrigin,
    private readonly onChanged: DetailChanged = () => undefined,
  ) {
    this.attachments = new AttachmentUploads(services.backend);
    makeAutoObservable<DeclarationDetailStore, 'services' | 'onChanged' | 'revokeKey'>(this, {
      services: false,
      onChanged: false,
      revokeKey: false,
      attachments: false,
    });
  }

  /** The buttons of this 详情, each enabled only when the status allows it. */
  get buttons(): DetailButton[] {
    const status = this.declaration?.header.status;
    return DETAIL_ACTIONS[this.origin].map((action) => ({
      action,
      label: DECLARATION_ACTION_LABELS[action],
      enabled: status !== undefined && canPerform(status, action),
    }));
  }

  /** Loads the declaration. */
  async load(): Promise<void> {
    await loadInto(
      this,
      () => this.services.backend.getDetail(this.kind, this.preEntryNumber),
      (declaration) => {
        this.declaration = declaration;
        if (declaration.kind === 'entry')
          for (const line of declaration.attachments) this.attachments.load(line.attachmentId ?? '');
      },
    );
  }

  /** How 详情 shows the 附件 `attachmentId`: its name and size once known (the owner's), else that there is one. */
  attachmentText(attachmentId: string): string {
    const info = this.attachments.infoOf(attachmentId);
    return info === undefined ? MESSAGES.attachmentUploaded : `${info.name}（${formatFileSize(info.size)}）`;
  }

  /** Opens the dialog of 删除 or 撤销 (only when the status allows it). */
  openDialog(dialog: DetailDialog): void {
    const status = this.declaration?.header.status;
    if (status === undefined || !canPerform(status, dialog)) return;
    this.dialog = dialog;
    this.cancelReason = '';
    this.dialogError = undefined;
  }

  /** 否 / 取消: closes the dialog; nothing changes. */
  closeDialog(): void {
    this.dialog = undefined;
    this.dialogError = undefined;
  }

  /** Types the 撤销 reason. */
  setCancelReason(reason: string): void {
    this.cancelReason = reason;
    this.dialogError = undefined;
  }

  /**
   * 是 of the 删除 confirmation: deletes the declaration.
   * @returns true when deleted ("删除成功"); false with `dialogError` set otherwise
   */
  async confirmDelete(): Promise<boolean> {
    this.busy = true;
    try {
      await this.services.backend.delete(this.kind, this.preEntryNumber);
      runInAction(() => {
        this.dialog = undefined;
      });
      this.onChanged('deleted');
      return true;
    } catch (error) {
      runInAction(() => {
        this.dialogError = describeError(error);
      });
      return false;
    } finally {
      runInAction(() => {
        this.busy = false;
      });
    }
  }

  /**
   * 确认 of the 撤销 dialog: checks the reason with the sdk, then revokes; the 详情 shows the new status.
   * @returns true when revoked ("申报成功"); false with `dialogError` set otherwise
   */
  async confirmCancel(): Promise<boolean> {
    const checked = validateCancelReason(this.cancelReason);
    if (!checked.valid) {
      this.dialogError = checked.message;
      return false;
    }
    this.busy = true;
    try {
      const receipt = await this.services.backend.revoke(
        this.kind,
        this.preEntryNumber,
        this.cancelReason.trim(),
        this.revokeKey === undefined ? {} : { idempotencyKey: this.revokeKey },
      );
      runInAction(() => {
        this.revokeKey = undefined;
        this.dialog = undefined;
        if (this.declaration) this.declaration.header.status = receipt.status;
      });
      this.onChanged('revoked');
      await this.load();
      return true;
    } catch (error) {
      runInAction(() => {
        // Only a retry of the same request keeps its key: a refused one is answered anew.
        this.revokeKey = isBackendError(error) && error.retryable ? error.idempotencyKey : undefined;
        this.dialogError = describeError(error);
      });
      return false;
    } finally {
      runInAction(() => {
        this.busy = false;
      });
    }
  }
}
