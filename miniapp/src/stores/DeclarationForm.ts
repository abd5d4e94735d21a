import { flow, makeAutoObservable } from 'mobx';
import {
  isUnansweredBackendError,
  CODE_TABLES,
  DECLARATION_LAYOUTS,
  validateDeclarationInput,
  validateDeclarationSchema,
} from '@hushi/sdk';
import type {
  DeclarationKind,
  DeclarationPart,
  DeclarationReceipt,
  DeclarationTab,
  EntryDeclaration,
  FieldDefinition,
  ImportDeclaration,
  ListPart,
  SaveDraftRequest,
  SearchableEntry,
  UploadFile,
} from '@hushi/sdk';
import { formFieldText } from '../display/formFieldText';
import { MESSAGES } from '../messages';
import type { DeclareMode } from '../routes';
import type { Services } from '../services/createServices';
import { DeclarationDraft } from './DeclarationDraft';
import { describeError } from './describeError';
import type { FormRecord } from './declarationRecords';
import type { KeptForm, KeptForms, QueuedSave } from './keptForms';
import type { SessionStore } from './SessionStore';
import { AttachmentUploads } from './AttachmentUploads';
import { ResidentRegisterChecks } from './ResidentRegisterChecks';
import { SupervisionSiteList } from './SupervisionSiteList';

/** Where the form is: nothing opened, loading the record of 修改/复制/变更, ready to edit, or failed to load. */
export type FormPhase = 'idle' | 'loading' | 'ready' | 'failed';

/** A field of the form: the header (`index` absent) or one line of a list. */
export interface FieldLocation {
  part: DeclarationPart;
  index?: number;
  key: string;
}

/** What 暂存 came to: saved, kept on the phone until the network returns, or refused. */
export type SaveOutcome = 'saved' | 'queued' | 'failed';

/** A picker's entry: a code-table entry or a 监管场所. */
export interface PickerEntry extends SearchableEntry {
  readonly code: string;
}

/**
 * The screen of 单据申报 and of 修改, 复制 and 变更: the {@link DeclarationDraft} being written, and
 * what the screen shows around it (the tab, the red prompt and its field, the pickers' entries, the
 * load and 暂存 in progress, a kept form offered back). It lives in the {@link RootStore}, so a 登录超时
 * and a new login lose nothing, and the draft is kept on the phone ({@link KeptForms}) as it is typed,
 * so a killed app or a reload loses nothing either: the kept form is offered back when the form opens
 * again. Async actions are MobX flows.
 */
export class DeclarationForm {
  /** The declaration being written. */
  readonly draft: DeclarationDraft;
  phase: FormPhase = 'idle';
  /** Why the record could not be loaded. */
  loadError: string | undefined = undefined;
  /** The 监管场所 of the picked 关区. */
  readonly siteList: SupervisionSiteList;
  /** The 边民 register's answers for the 委托边民 typed so far. */
  readonly residentChecks: ResidentRegisterChecks;
  /** The 附件 of the 随附单证 lines: uploads under way and the files' names. */
  readonly attachmentUploads: AttachmentUploads;
  /** The tab shown. */
  activeTab: DeclarationTab = '基本信息';
  /** The red prompt at the bottom of the screen. */
  prompt: string | undefined = undefined;
  /** The field the prompt is about, marked on screen. */
  invalid: FieldLocation | undefined = undefined;
  saving = false;
  /** A form kept on the phone that the user may take up again, asked when the form opens. */
  offer: KeptForm | undefined = undefined;
  /** A 暂存 made without network, sent when it returns. */
  queuedSave: QueuedSave | undefined = undefined;

  constructor(
    private readonly services: Services,
    private readonly session: SessionStore,
    private readonly kept: KeptForms,
  ) {
    this.draft = new DeclarationDraft(session);
    this.siteList = new SupervisionSiteList(services);
    this.residentChecks = new ResidentRegisterChecks(services.backend);
    this.attachmentUploads = new AttachmentUploads(services.backend);
    makeAutoObservable<DeclarationForm, 'services' | 'session' | 'kept' | 'send'>(this, {
      services: false,
      session: false,
      kept: false,
      draft: false,
      siteList: false,
      residentChecks: false,
      start: false,
      send: false,
      attachmentUploads: false,
      attachFile: false,
    });
  }

  /** The tabs of the screen. */
  get tabs(): readonly DeclarationTab[] {
    return DECLARATION_LAYOUTS[this.draft.kind].formTabs;
  }

  /** The lists shown on a tab: its parts by the field tables, 委托边民 only for a representative. */
  listsOn(tab: DeclarationTab): ListPart[] {
    const { draft } = this;
    return DECLARATION_LAYOUTS[draft.kind].lists.filter(
      (part) =>
        draft.fieldsOf(part)[0]?.tab === tab &&
        (part !== 'entrustedResidents' || draft.forEntrustedResidents),
    );
  }

  /** The header fields shown on a tab. */
  headerFieldsOn(tab: DeclarationTab): readonly FieldDefinition[] {
    return this.draft.fieldsOf('header').filter((field) => field.tab === tab);
  }

  /** Whether 暂存 is offered: not while 变更, which only declares. */
  get canSaveDraft(): boolean {
    return this.draft.mode !== 'change';
  }

  /**
   * Opens the form: empty for `new`, else the record `preEntryNumber` (修改, 变更), or a new 暂存 the
   * backend copies from it (复制: "系统打开申报界面，修改数据项之后提交申报").
   */
  readonly start = flow(function* start(
    this: DeclarationForm,
    kind: DeclarationKind,
    mode: DeclareMode,
    preEntryNumber?: string,
  ): Generator<Promise<unknown>, void, unknown> {
    this.draft.begin(kind, mode);
    void this.siteList.load('');
    this.queuedSave = undefined;
    this.offer = this.keptOffer(kind, mode, preEntryNumber);
    this.activeTab = '基本信息';
    this.clearPrompt();
    this.loadError = undefined;
    if (mode === 'new' || preEntryNumber === undefined) {
      this.phase = 'ready';
      return;
    }
    this.phase = 'loading';
    try {
      const source: string =
        mode === 'copy'
          ? ((yield this.services.backend.copy(kind, preEntryNumber)) as DeclarationReceipt).preEntryNumber
          : preEntryNumber;
      const detail = (yield this.services.backend.getDetail(kind, source)) as
        EntryDeclaration | ImportDeclaration;
      this.draft.load(detail, source);
      this.phase = 'ready';
      yield this.loadSites();
    } catch (error) {
      this.phase = 'failed';
      this.loadError = describeError(error);
    }
  });

  /** Sets a header field (see {@link DeclarationDraft.setHeader}); a new 关区 loads its 监管场所. */
  setHeader(key: string, value: string): void {
    this.draft.setHeader(key, value);
    this.clearPrompt();
    if (key === 'customsCode') void this.loadSites();
  }

  /** Sets a field of a line (see {@link DeclarationDraft.setLine}); a 委托边民 is looked up in the register. */
  setLine(part: ListPart, index: number, key: string, value: string): void {
    this.draft.setLine(part, index, key, value);
    this.clearPrompt();
    const line = this.draft.lists[part][index];
    if (line && part === 'entrustedResidents' && (key === 'idNumber' || key === 'name'))
      this.residentChecks.request(line);
  }

  /** Sets the field at `at`, in the header or in a line: what a picker picked. */
  setField(at: FieldLocation, value: string): void {
    if (at.part === 'header') this.setHeader(at.key, value);
    else this.setLine(at.part, at.index ?? 0, at.key, value);
  }

  /** Removes a line. */
  removeLine(part: ListPart, index: number): void {
    this.draft.removeLine(part, index);
    this.clearPrompt();
  }

  /**
   * Whether a field's picker may open now; if not, says why in the red prompt: the 监管场所 are those
   * of the picked 关区, so the 关区 comes first.
   */
  mayOpenPicker(field: FieldDefinition): boolean {
    if (field.key !== 'supervisionSiteCode' || this.draft.header.customsCode) return true;
    this.showPrompt(MESSAGES.chooseCustomsFirst, { part: 'header', key: 'customsCode' });
    return false;
  }

  /**
   * Uploads `file` as the 附件 of 随附单证 line `index` and, once the backend has it, refers the line to
   * it; a refused or failed upload leaves the line (and the rest of the form) as it was.
   */
  readonly attachFile = flow(function* attachFile(
    this: DeclarationForm,
    index: number,
    file: UploadFile,
  ): Generator<Promise<unknown>, void, unknown> {
    const line = this.draft.lists.attachments[index];
    if (!line) return;
    this.clearPrompt();
    const attachmentId = (yield this.attachmentUploads.upload(line, file)) as string | undefined;
    if (attachmentId === undefined) return;
    const at = this.draft.lists.attachments.indexOf(line);
    if (at >= 0) this.setLine('attachments', at, 'attachmentId', attachmentId);
  });

  /** 删除 the 附件 of 随附单证 line `index` (the file stays on the backend until its bounds drop it). */
  removeAttachment(index: number): void {
    const line = this.draft.lists.attachments[index];
    if (!line) return;
    this.attachmentUploads.forget(line);
    this.setLine('attachments', index, 'attachmentId', '');
  }

  /** The entries a field's picker offers: its code table, or the 关区's 监管场所; none for a typed field. */
  pickerEntries(field: FieldDefinition): readonly PickerEntry[] | undefined {
    if (field.codeTable !== undefined) return CODE_TABLES[field.codeTable];
    if (field.key === 'supervisionSiteCode' && field.source === 'input')
      return this.siteList.sites.map((site) => ({ code: site.code, label: site.name, pinyin: '' }));
    return undefined;
  }

  /**
   * Whether a field's picker entries are still loading, or why they failed to: only the 关区's 监管场所
   * load (retry with `siteList.retry()`); code tables are always at hand.
   */
  pickerLoad(field: FieldDefinition): { loading: boolean; error: string | undefined } {
    if (field.key !== 'supervisionSiteCode' || field.source !== 'input')
      return { loading: false, error: undefined };
    const { phase, error } = this.siteList;
    return { loading: phase === 'loading', error: phase === 'failed' ? error : undefined };
  }

  /** What a field shows when it is not typed (see {@link formFieldText}). */
  displayValue(
    field: FieldDefinition,
    record: Readonly<FormRecord>,
    part: DeclarationPart = 'header',
  ): string {
    const { role, account, identity } = this.session;
    return formFieldText(field, record, part, {
      role,
      account,
      identity,
      siteNameOf: (code) => this.siteList.nameOf(code),
    });
  }

  /**
   * Checks the whole declaration with the sdk's rules; on the first problem shows its message in the
   * red prompt, marks the field and turns to its tab.
   */
  validate(): boolean {
    if (this.attachmentUploads.busyFor(this.draft.lists.attachments)) {
      this.showPrompt(MESSAGES.attachmentBusy);
      return false;
    }
    const input = this.draft.toInput();
    const issue = validateDeclarationInput(input)[0];
    if (issue) {
      this.showPrompt(issue.message, {
        part: issue.part,
        key: issue.key,
        ...(issue.index === undefined ? {} : { index: issue.index }),
      });
      return false;
    }
    if (this.draft.forEntrustedResidents && input.entrustedResidents.length === 0) {
      this.showPrompt(MESSAGES.needEntrustedResidents, { part: 'entrustedResidents', key: 'idNumber' });
      return false;
    }
    const structural = validateDeclarationSchema(this.draft.kind, input)[0];
    if (structural) {
      this.showPrompt(structural.message, {
        part: structural.part ?? 'header',
        key: structural.key,
        ...(structural.index === undefined ? {} : { index: structural.index }),
      });
      return false;
    }
    return true;
  }

  /**
   * 暂存: saves the declaration as it is; the 预录入编号 is echoed. Without an answer (no network, a
   * lost reply, the deadline) the 暂存 is kept with its idempotency key and sent when the network
   * returns ({@link sendQueuedSave}): the backend makes one draft of it however often it arrives.
   */
  saveDraft(): Promise<SaveOutcome> {
    this.clearPrompt();
    if (this.attachmentUploads.busyFor(this.draft.lists.attachments)) {
      this.showPrompt(MESSAGES.attachmentBusy);
      return Promise.resolve('failed');
    }
    const { preEntryNumber } = this.draft;
    const request: SaveDraftRequest = {
      declaration: this.draft.toInput(),
      ...(preEntryNumber === undefined ? {} : { preEntryNumber }),
    };
    return this.send({ idempotencyKey: this.services.backend.newIdempotencyKey(), request });
  }

  /** Sends the 暂存 kept while offline, with its key; returns what came of it ('saved' when none was kept). */
  sendQueuedSave(): Promise<SaveOutcome> {
    if (this.queuedSave === undefined || this.saving)
      return Promise.resolve(this.queuedSave ? 'queued' : 'saved');
    return this.send(this.queuedSave);
  }

  private readonly send = flow(function* send(
    this: DeclarationForm,
    save: QueuedSave,
  ): Generator<Promise<unknown>, SaveOutcome, unknown> {
    this.saving = true;
    try {
      const receipt = (yield this.services.backend.saveDraft(this.draft.kind, save.request, {
        idempotencyKey: save.idempotencyKey,
      })) as DeclarationReceipt;
      this.queuedSave = undefined;
      this.draft.acceptReceipt(receipt);
      return 'saved';
    } catch (error) {
      if (isUnansweredBackendError(error)) {
        this.queuedSave = save;
        return 'queued';
      }
      this.queuedSave = undefined;
      this.prompt = describeError(error);
      return 'failed';
    } finally {
      this.saving = false;
    }
  });

  /**
   * The form as it is kept on the phone, or undefined while there is nothing worth keeping (not opened,
   * not changed since it opened, no 暂存 waiting).
   */
  get keptForm(): KeptForm | undefined {
    if (this.phase !== 'ready' || (!this.draft.edited && this.queuedSave === undefined)) return undefined;
    return {
      ...this.draft.snapshot,
      ...(this.queuedSave === undefined ? {} : { queuedSave: this.queuedSave }),
      keptAt: Date.now(),
    };
  }

  /**
   * The form kept on the phone to offer when opening `kind` in `mode`: any kept form of the kind for a
   * new declaration, the kept form of the same declaration otherwise.
   */
  private keptOffer(kind: DeclarationKind, mode: DeclareMode, preEntryNumber?: string): KeptForm | undefined {
    const owner = this.session.ownerKey;
    const kept = owner === undefined ? undefined : this.kept.read(owner, kind);
    if (kept === undefined) return undefined;
    return mode === 'new' || (kept.mode === mode && kept.preEntryNumber === preEntryNumber)
      ? kept
      : undefined;
  }

  /** 恢复: takes up the offered kept form where it was left, its waiting 暂存 included. */
  acceptOffer(): void {
    const kept = this.offer;
    if (kept === undefined) return;
    this.offer = undefined;
    this.draft.restore(kept);
    this.queuedSave = kept.queuedSave;
    this.phase = 'ready';
    this.clearPrompt();
    void this.loadSites();
    // A 暂存 that waited on the phone goes out now (it stays queued while there is no network).
    if (this.queuedSave !== undefined) void this.sendQueuedSave();
  }

  /** 放弃: forgets the offered kept form. */
  declineOffer(): void {
    const owner = this.session.ownerKey;
    if (owner !== undefined) this.kept.discard(owner, this.draft.kind);
    this.offer = undefined;
  }

  /** After 申报成功: takes the receipt, and nothing of this form is kept on the phone any more. */
  submitted(receipt: DeclarationReceipt): void {
    this.draft.acceptReceipt(receipt);
    this.draft.markSubmitted();
    this.queuedSave = undefined;
    const owner = this.session.ownerKey;
    if (owner !== undefined) this.kept.discard(owner, this.draft.kind);
  }

  /** Shows the red prompt, about a field when given (marked, and its tab shown). */
  showPrompt(message: string, at?: FieldLocation): void {
    this.prompt = message;
    this.invalid = at;
    if (at) {
      const tab =
        at.part === 'header'
          ? this.draft.fieldsOf('header').find((field) => field.key === at.key)?.tab
          : this.draft.fieldsOf(at.part)[0]?.tab;
      if (tab) this.activeTab = tab;
    }
  }

  /**
   * Shows a field error the backend answered (path `header.customsCode`, `goods[0].quantity`, …) as the
   * red prompt on its field. Returns false when the path is not a field of the form (e.g. `location`).
   */
  showFieldError(path: string, message: string): boolean {
    const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(path);
    const part = match?.[1];
    if (!match || !part || !(part === 'header' || part in this.draft.lists)) return false;
    this.showPrompt(message, {
      part: part as DeclarationPart,
      key: match[3] ?? '',
      ...(match[2] === undefined ? {} : { index: Number(match[2]) }),
    });
    return true;
  }

  /** Hides the red prompt. */
  clearPrompt(): void {
    this.prompt = undefined;
    this.invalid = undefined;
  }

  /** Whether the field at this place is the one the prompt is about. */
  isInvalid(part: DeclarationPart, key: string, index?: number): boolean {
    const at = this.invalid;
    return (
      at !== undefined && at.part === part && at.key === key && (at.index === undefined || at.index === index)
    );
  }

  /** Turns to a tab. */
  setActiveTab(tab: DeclarationTab): void {
    this.activeTab = tab;
  }

  private loadSites(): Promise<void> {
    return this.siteList.load(this.draft.header.customsCode ?? '');
  }
}
