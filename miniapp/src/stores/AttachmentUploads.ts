import { makeAutoObservable, observable, runInAction } from 'mobx';
import { attachmentProblem } from '@hushi/sdk';
import type { AttachmentInfo, BackendClient, UploadFile } from '@hushi/sdk';
import { describeError } from './describeError';

/** The upload of one 随附单证 line's 附件 under way, or failed. */
export interface AttachmentUpload {
  /** The picked file's name. */
  name: string;
  /** Percent sent, 0–100, while uploading. */
  percent: number;
  /** Why it failed, in Chinese; undefined while uploading. */
  error: string | undefined;
  /** The file to send again on 重试; undefined when the file itself was refused (type, size). */
  retry: UploadFile | undefined;
}

/** A 随附单证 line as the form holds it: the store keys its upload by the line itself. */
export type AttachmentLine = object;

/**
 * 附件 of the 随附单证 lines: each picked file checked before it is sent (type by its name's ending,
 * size; the backend checks again on its bytes), uploaded with its progress, and the names and sizes of
 * the files the lines refer to, asked of the backend once each. A failed upload keeps everything else
 * the user typed and offers 重试.
 */
export class AttachmentUploads {
  /** Uploads under way or failed, by line. */
  private readonly uploads = observable.map<AttachmentLine, AttachmentUpload>();
  /** What the backend said of each 附件 the form or 详情 shows, by id; `loading` while asked. */
  private readonly infos = observable.map<string, AttachmentInfo | 'loading'>();

  constructor(private readonly backend: Pick<BackendClient, 'uploadAttachment' | 'getAttachment'>) {
    makeAutoObservable<AttachmentUploads, 'backend'>(this, { backend: false });
  }

  /** The upload of `line`, if one is under way or failed. */
  uploadOf(line: AttachmentLine): AttachmentUpload | undefined {
    return this.uploads.get(line);
  }

  /** Name, size and type of the 附件 `attachmentId`, once known (see {@link load}). */
  infoOf(attachmentId: string): AttachmentInfo | undefined {
    const info = this.infos.get(attachmentId);
    return info === 'loading' ? undefined : info;
  }

  /** Asks the backend once for the 附件 `attachmentId`; a failure leaves it unknown, to ask again later. */
  load(attachmentId: string): void {
    if (attachmentId === '' || this.infos.has(attachmentId)) return;
    this.infos.set(attachmentId, 'loading');
    this.backend.getAttachment(attachmentId).then(
      (info) => {
        runInAction(() => this.infos.set(attachmentId, info));
      },
      () => {
        runInAction(() => this.infos.delete(attachmentId));
      },
    );
  }

  /**
   * Checks and uploads `file` for `line`; resolves to the new 附件's id, or undefined when it was
   * refused or failed (the line shows why).
   */
  async upload(line: AttachmentLine, file: UploadFile): Promise<string | undefined> {
    const problem = attachmentProblem(file);
    if (problem !== undefined) {
      this.uploads.set(line, { name: file.name, percent: 0, error: problem, retry: undefined });
      return undefined;
    }
    this.uploads.set(line, { name: file.name, percent: 0, error: undefined, retry: undefined });
    try {
      const info = await this.backend.uploadAttachment(file, ({ sent, total }) => {
        runInAction(() => {
          const upload = this.uploads.get(line);
          if (upload && total > 0) upload.percent = Math.min(100, Math.round((sent / total) * 100));
        });
      });
      runInAction(() => {
        this.infos.set(info.attachmentId, info);
        this.uploads.delete(line);
      });
      return info.attachmentId;
    } catch (error) {
      runInAction(() => {
        this.uploads.set(line, { name: file.name, percent: 0, error: describeError(error), retry: file });
      });
      return undefined;
    }
  }

  /** Forgets the upload of `line` (删除, 重新选择). */
  forget(line: AttachmentLine): void {
    this.uploads.delete(line);
  }

  /** Whether the upload of one of `lines` is under way (申报 and 暂存 wait for it); a line no longer shown counts not. */
  busyFor(lines: readonly AttachmentLine[]): boolean {
    return lines.some((line) => {
      const upload = this.uploads.get(line);
      return upload !== undefined && upload.error === undefined;
    });
  }
}
