import { makeAutoObservable, runInAction } from 'mobx';
import {
  isUnansweredBackendError,
  CODE_TABLES,
  DECLARANT_CATEGORIES,
  DECLARANT_CATEGORY_OF_ROLE,
  ENTRY_DECLARATION_FIELDS,
  formatCode,
  IMPORT_DECLARATION_FIELDS,
  isRepresentative,
  lineTotalCents,
  validateDeclarationInput,
  validateDeclarationSchema,
} from '@hushi/sdk';
import type {
  DeclarationKind,
  DeclarationPart,
  DeclarationTab,
  EntryDeclaration,
  EntryDeclarationInput,
  FieldDefinition,
  ImportDeclaration,
  ImportDeclarationInput,
  SaveDraftRequest,
  SearchableEntry,
  UploadFile,
} from '@hushi/sdk';
import { formatFieldValue } from '../display/formatFieldValue';
import { MESSAGES } from '../messages';
import type { DeclareMode } from '../routes';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';
import { formatCents, recordToWire, wireToRecord } from './declarationRecords';
import type { FormRecord, ListPart } from './declarationRecords';
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

/** The name of each list of the form, as its section title. */
export const LIST_PART_LABELS: Readonly<Record<ListPart, string>> = {
  goods: '商品信息',
  qualifications: '商品资质',
  vehicles: '车辆信息',
  attachments: '随附单证',
  entrustedResidents: '委托边民',
};

/** The tabs of each declaration's 申报 screen. */
const TABS: Readonly<Record<DeclarationKind, readonly DeclarationTab[]>> = {
  entry: ['基本信息', '商品信息', '车辆信息', '随附单证'],
  import: ['基本信息', '商品信息'],
};

/** The lists of each declaration, in screen order. */
const LISTS: Readonly<Record<DeclarationKind, readonly ListPart[]>> = {
  entry: ['entrustedResidents', 'goods', 'qualifications', 'vehicles', 'attachments'],
  import: ['entrustedResidents', 'goods'],
};

/** What a new declaration shows in its system-echo fields before the backend fills them. */
const NEW_ECHO: Readonly<Record<DeclarationKind, FormRecord>> = {
  entry: { importExportFlag: '1' },
  import: { importExportFlag: 'I', declarationType: '00' },
};

/** Header fields that come from the logged-in account and the identity of 身份选择. */
const ACCOUNT_KEYS: ReadonlySet<string> = new Set([
  'declarantCategory',
  'idNumber',
  'declarantName',
  'groupName',
  'groupCode',
  'cooperativeCreditCode',
]);

const emptyLists = (): Record<ListPart, FormRecord[]> => ({
  goods: [],
  qualifications: [],
  vehicles: [],
  attachments: [],
  entrustedResidents: [],
});

/**
 * The form of 单据申报 and of 修改, 复制 and 变更: what the user typed, per tab and line, rendered from
 * the sdk's field tables and validated by the sdk. It lives in the {@link RootStore}, so a 登录超时 and a
 * new login lose nothing, and is kept on the phone ({@link KeptForms}) as it is typed, so a killed app
 * or a reload loses nothing either: the kept form is offered back when the form opens again.
 */
export class DeclarationForm {
  kind: DeclarationKind = 'entry';
  mode: DeclareMode = 'new';
  phase: FormPhase = 'idle';
  /** Why the record could not be loaded. */
  loadError: string | undefined = undefined;
  /** 预录入编号 of the saved declaration being edited: after 暂存, or the record of 修改/复制/变更. */
  preEntryNumber: string | undefined = undefined;
  /** A client id of a never-saved declaration, to bind its face ticket to. */
  draftId = '';
  /** The header: what the user entered and what the backend echoed, by key. */
  header: FormRecord = {};
  /** The lines of each list. */
  lists: Record<ListPart, FormRecord[]> = emptyLists();
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
  /** Whether the user changed anything since the form opened (only then is it kept on the phone). */
  edited = false;
  /** A form kept on the phone that the user may take up again, asked when the form opens. */
  offer: KeptForm | undefined = undefined;
  /** A 暂存 made without network, sent when it returns. */
  queuedSave: QueuedSave | undefined = undefined;

  constructor(
    private readonly services: Services,
    private readonly session: SessionStore,
    private readonly kept: KeptForms,
  ) {
    this.siteList = new SupervisionSiteList(services);
    this.residentChecks = new ResidentRegisterChecks(services.backend);
    this.attachmentUploads = new AttachmentUploads(services.backend);
    makeAutoObservable<DeclarationForm, 'services' | 'session' | 'kept'>(this, {
      services: false,
      session: false,
      kept: false,
      siteList: false,
      residentChecks: false,
      attachmentUploads: false,
    });
  }

  /** The field tables of the declaration's kind, per part. */
  get fieldTables(): Readonly<Partial<Record<DeclarationPart, readonly FieldDefinition[]>>> {
    return this.kind === 'entry' ? ENTRY_DECLARATION_FIELDS : IMPORT_DECLARATION_FIELDS;
  }

  /** The fields of a part. */
  fieldsOf(part: DeclarationPart): readonly FieldDefinition[] {
    return this.fieldTables[part] ?? [];
  }

  /** The tabs of the screen. */
  get tabs(): readonly DeclarationTab[] {
    return TABS[this.kind];
  }

  /** Whether the identity declares for 委托边民 (互助组/合作社). */
  get forEntrustedResidents(): boolean {
    return this.session.role !== undefined && isRepresentative(this.session.role);
  }

  /** The lists shown on a tab: its parts by the field tables, 委托边民 only for a representative. */
  listsOn(tab: DeclarationTab): ListPart[] {
    return LISTS[this.kind].filter(
      (part) =>
        this.fieldsOf(part)[0]?.tab === tab && (part !== 'entrustedResidents' || this.forEntrustedResidents),
    );
  }

  /** The header fields shown on a tab. */
  headerFieldsOn(tab: DeclarationTab): readonly FieldDefinition[] {
    return this.fieldsOf('header').filter((field) => field.tab === tab);
  }

  /** The record of a field's location. */
  recordAt(part: DeclarationPart, index?: number): FormRecord | undefined {
    return part === 'header' ? this.header : this.lists[part][index ?? -1];
  }

  /**
   * Opens the form: empty for `new`, else the record `preEntryNumber` (修改, 变更), or a new 暂存 the
   * backend copies from it (复制: "系统打开申报界面，修改数据项之后提交申报").
   */
  async start(kind: DeclarationKind, mode: DeclareMode, preEntryNumber?: string): Promise<void> {
    this.kind = kind;
    this.mode = mode;
    this.header = { ...NEW_ECHO[kind] };
    this.lists = emptyLists();
    void this.siteList.load('');
    this.preEntryNumber = undefined;
    this.edited = false;
    this.queuedSave = undefined;
    this.offer = this.keptOffer(kind, mode, preEntryNumber);
    this.draftId = `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    this.activeTab = '基本信息';
    this.clearPrompt();
    this.loadError = undefined;
    if (mode === 'new' || preEntryNumber === undefined) {
      this.phase = 'ready';
      return;
    }
    this.phase = 'loading';
    try {
      const source =
        mode === 'copy'
          ? (await this.services.backend.copy(kind, preEntryNumber)).preEntryNumber
          : preEntryNumber;
      const detail = await this.services.backend.getDetail(kind, source);
      runInAction(() => {
        this.load(detail);
        this.preEntryNumber = source;
        this.phase = 'ready';
      });
      await this.loadSites();
    } catch (error) {
      runInAction(() => {
        this.phase = 'failed';
        this.loadError = describeError(error);
      });
    }
  }

  private load(detail: EntryDeclaration | ImportDeclaration): void {
    this.header = { ...NEW_ECHO[detail.kind], ...wireToRecord(detail.header) };
    const lists = emptyLists();
    const source: Partial<Record<ListPart, readonly object[]>> = detail;
    for (const part of LISTS[detail.kind]) lists[part] = (source[part] ?? []).map(wireToRecord);
    this.lists = lists;
  }

  /**
   * Sets a header field; a new 关区 loads its 监管场所 and clears the 监管场所 picked before. The echoes
   * derived from a changed field (监管场所名称 from 监管场所编号, …) are dropped, so that they show what is
   * picked now, never the value of the record as it was loaded.
   */
  setHeader(key: string, value: string): void {
    this.header[key] = value;
    this.edited = true;
    this.clearPrompt();
    this.dropEchoesOf('header', this.header, key);
    if (key === 'customsCode') {
      this.header.supervisionSiteCode = '';
      this.dropEchoesOf('header', this.header, 'supervisionSiteCode');
      void this.loadSites();
    }
  }

  /** Empties the system-echo fields of `record` derived from `key`: the backend's echo of another value. */
  private dropEchoesOf(part: DeclarationPart, record: FormRecord, key: string): void {
    for (const field of this.fieldsOf(part)) if (field.derivedFrom === key) record[field.key] = '';
  }

  /**
   * Sets a field of a line; 申报总价 follows 申报数量 × 申报单价 (the sdk's exact rounding); the echoes
   * derived from the field are dropped, as in {@link setHeader}.
   */
  setLine(part: ListPart, index: number, key: string, value: string): void {
    const line = this.lists[part][index];
    if (!line) return;
    line[key] = value;
    this.edited = true;
    this.clearPrompt();
    this.dropEchoesOf(part, line, key);
    if (part === 'goods' && (key === 'quantity' || key === 'unitPrice')) {
      const cents = lineTotalCents(line.quantity ?? '', line.unitPrice ?? '');
      if (cents !== undefined) line.totalPrice = formatCents(cents);
    }
    if (part === 'entrustedResidents' && (key === 'idNumber' || key === 'name'))
      this.residentChecks.request(line);
  }

  /** Adds an empty line to a list (a goods line numbered next); returns its index. */
  addLine(part: ListPart): number {
    const lines = this.lists[part];
    this.edited = true;
    lines.push(part === 'goods' ? { lineNo: String(lines.length + 1) } : {});
    return lines.length - 1;
  }

  /** Removes a line. */
  removeLine(part: ListPart, index: number): void {
    this.lists[part].splice(index, 1);
    this.edited = true;
    this.clearPrompt();
  }

  /**
   * Uploads `file` as the 附件 of 随附单证 line `index` and, once the backend has it, refers the line to
   * it; a refused or failed upload leaves the line (and the rest of the form) as it was.
   */
  async attachFile(index: number, file: UploadFile): Promise<void> {
    const line = this.lists.attachments[index];
    if (!line) return;
    this.clearPrompt();
    const attachmentId = await this.attachmentUploads.upload(line, file);
    if (attachmentId === undefined) return;
    const at = this.lists.attachments.indexOf(line);
    if (at >= 0) this.setLine('attachments', at, 'attachmentId', attachmentId);
  }

  /** 删除 the 附件 of 随附单证 line `index` (the file stays on the backend until its bounds drop it). */
  removeAttachment(index: number): void {
    const line = this.lists.attachments[index];
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

  /**
   * What a field shows when it is not typed: a picked code as "03-原装提离", the account's values
   * (身份证号 masked), a status, a derived name; '' when there is nothing yet.
   */
  displayValue(
    field: FieldDefinition,
    record: Readonly<FormRecord>,
    part: DeclarationPart = 'header',
  ): string {
    const raw = record[field.key] ?? '';
    if (part === 'header' && ACCOUNT_KEYS.has(field.key) && raw === '') return this.accountValue(field.key);
    // What the user types is shown as typed; echoed ID numbers are masked like every other echo.
    if (field.format === 'idNumber' && field.source === 'input') return raw;
    if (field.key === 'authenticated') return raw === 'true' ? '已认证' : raw === 'false' ? '未认证' : '';
    if (field.derivedFrom === 'supervisionSiteCode' && raw === '')
      return this.siteList.nameOf(record.supervisionSiteCode) ?? '';
    if (field.key === 'supervisionSiteCode' && raw !== '') {
      const name = this.siteList.nameOf(raw);
      return name === undefined ? raw : formatCode({ code: raw, label: name });
    }
    return formatFieldValue(field, raw);
  }

  private accountValue(key: string): string {
    const { role, account, identity } = this.session;
    switch (key) {
      case 'declarantCategory': {
        const entry = role && DECLARANT_CATEGORIES.find((c) => c.code === DECLARANT_CATEGORY_OF_ROLE[role]);
        return entry ? formatCode(entry) : '';
      }
      case 'idNumber':
        return account?.maskedIdNumber ?? '';
      case 'declarantName':
        return account?.name ?? '';
      case 'groupName':
        return identity?.groupName ?? '';
      case 'groupCode':
        return identity?.groupCode ?? '';
      case 'cooperativeCreditCode':
        return identity?.cooperativeCreditCode ?? '';
      default:
        return '';
    }
  }

  /** The declaration as the client sends it on 暂存 and 申报: only what the user may write. */
  toInput(): EntryDeclarationInput | ImportDeclarationInput {
    const wire = (part: ListPart): Record<string, string | number>[] =>
      this.lists[part].map((line) => recordToWire(this.fieldsOf(part), line));
    const header = recordToWire(this.fieldsOf('header'), this.header);
    // The wire records carry exactly the client-writable keys of the field tables; the validators
    // and the backend check their values.
    if (this.kind === 'entry') {
      return {
        kind: 'entry',
        header,
        goods: wire('goods'),
        qualifications: wire('qualifications'),
        vehicles: wire('vehicles'),
        attachments: wire('attachments'),
        entrustedResidents: this.forEntrustedResidents ? wire('entrustedResidents') : [],
      } as unknown as EntryDeclarationInput;
    }
    return {
      kind: 'import',
      header,
      goods: wire('goods'),
      entrustedResidents: this.forEntrustedResidents ? wire('entrustedResidents') : [],
    } as unknown as ImportDeclarationInput;
  }

  /**
   * Checks the whole declaration with the sdk's rules; on the first problem shows its message in the
   * red prompt, marks the field and turns to its tab.
   */
  validate(): boolean {
    if (this.attachmentUploads.busyFor(this.lists.attachments)) {
      this.showPrompt(MESSAGES.attachmentBusy);
      return false;
    }
    const input = this.toInput();
    const issue = validateDeclarationInput(input)[0];
    if (issue) {
      this.showPrompt(issue.message, {
        part: issue.part,
        key: issue.key,
        ...(issue.index === undefined ? {} : { index: issue.index }),
      });
      return false;
    }
    if (this.forEntrustedResidents && input.entrustedResidents.length === 0) {
      this.showPrompt(MESSAGES.needEntrustedResidents, { part: 'entrustedResidents', key: 'idNumber' });
      return false;
    }
    const structural = validateDeclarationSchema(this.kind, input)[0];
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
  async saveDraft(): Promise<SaveOutcome> {
    this.clearPrompt();
    if (this.attachmentUploads.busyFor(this.lists.attachments)) {
      this.showPrompt(MESSAGES.attachmentBusy);
      return 'failed';
    }
    const request: SaveDraftRequest = {
      declaration: this.toInput(),
      ...(this.preEntryNumber === undefined ? {} : { preEntryNumber: this.preEntryNumber }),
    };
    return this.send({ idempotencyKey: this.services.backend.newIdempotencyKey(), request });
  }

  /** Sends the 暂存 kept while offline, with its key; returns what came of it ('saved' when none was kept). */
  async sendQueuedSave(): Promise<SaveOutcome> {
    if (this.queuedSave === undefined || this.saving) return this.queuedSave ? 'queued' : 'saved';
    return this.send(this.queuedSave);
  }

  private async send(save: QueuedSave): Promise<SaveOutcome> {
    this.saving = true;
    try {
      const receipt = await this.services.backend.saveDraft(this.kind, save.request, {
        idempotencyKey: save.idempotencyKey,
      });
      runInAction(() => {
        this.queuedSave = undefined;
        this.preEntryNumber = receipt.preEntryNumber;
        this.header.preEntryNumber = receipt.preEntryNumber;
        this.header.status = receipt.status;
      });
      return 'saved';
    } catch (error) {
      return runInAction(() => {
        if (isUnansweredBackendError(error)) {
          this.queuedSave = save;
          return 'queued';
        }
        this.queuedSave = undefined;
        this.prompt = describeError(error);
        return 'failed';
      });
    } finally {
      runInAction(() => {
        this.saving = false;
      });
    }
  }

  /**
   * The form as it is kept on the phone, or undefined while there is nothing worth keeping (not opened,
   * not changed since it opened, no 暂存 waiting).
   */
  get keptForm(): KeptForm | undefined {
    if (this.phase !== 'ready' || (!this.edited && this.queuedSave === undefined)) return undefined;
    return {
      kind: this.kind,
      mode: this.mode,
      ...(this.preEntryNumber === undefined ? {} : { preEntryNumber: this.preEntryNumber }),
      draftId: this.draftId,
      header: { ...this.header },
      lists: Object.fromEntries(
        Object.entries(this.lists).map(([part, lines]) => [part, lines.map((line) => ({ ...line }))]),
      ) as Record<ListPart, FormRecord[]>,
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
    this.mode = kept.mode;
    this.preEntryNumber = kept.preEntryNumber;
    this.draftId = kept.draftId;
    this.header = { ...kept.header };
    this.lists = { ...emptyLists(), ...kept.lists };
    this.queuedSave = kept.queuedSave;
    this.edited = true;
    this.phase = 'ready';
    this.clearPrompt();
    void this.loadSites();
    // A 暂存 that waited on the phone goes out now (it stays queued while there is no network).
    if (this.queuedSave !== undefined) void this.sendQueuedSave();
  }

  /** 放弃: forgets the offered kept form. */
  declineOffer(): void {
    const owner = this.session.ownerKey;
    if (owner !== undefined) this.kept.discard(owner, this.kind);
    this.offer = undefined;
  }

  /** After 申报成功: nothing of this form is kept on the phone any more. */
  forgetKept(): void {
    this.edited = false;
    this.queuedSave = undefined;
    const owner = this.session.ownerKey;
    if (owner !== undefined) this.kept.discard(owner, this.kind);
  }

  /** Shows the red prompt, about a field when given (marked, and its tab shown). */
  showPrompt(message: string, at?: FieldLocation): void {
    this.prompt = message;
    this.invalid = at;
    if (at) {
      const tab =
        at.part === 'header'
          ? this.fieldsOf('header').find((field) => field.key === at.key)?.tab
          : this.fieldsOf(at.part)[0]?.tab;
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
    if (!match || !part || !(part === 'header' || part in this.lists)) return false;
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
    return this.siteList.load(this.header.customsCode ?? '');
  }
}
