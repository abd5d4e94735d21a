import { makeAutoObservable, runInAction } from 'mobx';
import {
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
  SearchableEntry,
  SupervisionSite,
} from '@hushi/sdk';
import { formatFieldValue } from '../display/formatFieldValue';
import { MESSAGES } from '../messages';
import type { DeclareMode } from '../routes';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';
import { formatCents, recordToWire, wireToRecord } from './declarationRecords';
import type { FormRecord, ListPart } from './declarationRecords';
import type { SessionStore } from './SessionStore';

/** Where the form is: nothing opened, loading the record of 修改/复制/变更, ready to edit, or failed to load. */
export type FormPhase = 'idle' | 'loading' | 'ready' | 'failed';

/** A field of the form: the header (`index` absent) or one line of a list. */
export interface FieldLocation {
  part: DeclarationPart;
  index?: number;
  key: string;
}

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
 * new login lose nothing.
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
  sites: SupervisionSite[] = [];
  /** The tab shown. */
  activeTab: DeclarationTab = '基本信息';
  /** The red prompt at the bottom of the screen. */
  prompt: string | undefined = undefined;
  /** The field the prompt is about, marked on screen. */
  invalid: FieldLocation | undefined = undefined;
  saving = false;

  constructor(
    private readonly services: Services,
    private readonly session: SessionStore,
  ) {
    makeAutoObservable<DeclarationForm, 'services' | 'session'>(this, { services: false, session: false });
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
    this.sites = [];
    this.preEntryNumber = undefined;
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
    this.clearPrompt();
    this.dropEchoesOf(part, line, key);
    if (part === 'goods' && (key === 'quantity' || key === 'unitPrice')) {
      const cents = lineTotalCents(line.quantity ?? '', line.unitPrice ?? '');
      if (cents !== undefined) line.totalPrice = formatCents(cents);
    }
  }

  /** Adds an empty line to a list (a goods line numbered next); returns its index. */
  addLine(part: ListPart): number {
    const lines = this.lists[part];
    lines.push(part === 'goods' ? { lineNo: String(lines.length + 1) } : {});
    return lines.length - 1;
  }

  /** Removes a line. */
  removeLine(part: ListPart, index: number): void {
    this.lists[part].splice(index, 1);
    this.clearPrompt();
  }

  /** The entries a field's picker offers: its code table, or the 关区's 监管场所; none for a typed field. */
  pickerEntries(field: FieldDefinition): readonly PickerEntry[] | undefined {
    if (field.codeTable !== undefined) return CODE_TABLES[field.codeTable];
    if (field.key === 'supervisionSiteCode' && field.source === 'input')
      return this.sites.map((site) => ({ code: site.code, label: site.name, pinyin: '' }));
    return undefined;
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
      return this.sites.find((site) => site.code === record.supervisionSiteCode)?.name ?? '';
    if (field.key === 'supervisionSiteCode' && raw !== '') {
      const site = this.sites.find((s) => s.code === raw);
      return site ? formatCode({ code: site.code, label: site.name }) : raw;
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

  /** 暂存: saves the declaration as it is; the 预录入编号 is echoed. Returns whether it was saved. */
  async saveDraft(): Promise<boolean> {
    this.clearPrompt();
    this.saving = true;
    try {
      const receipt = await this.services.backend.saveDraft(this.kind, {
        declaration: this.toInput(),
        ...(this.preEntryNumber === undefined ? {} : { preEntryNumber: this.preEntryNumber }),
      });
      runInAction(() => {
        this.preEntryNumber = receipt.preEntryNumber;
        this.header.preEntryNumber = receipt.preEntryNumber;
        this.header.status = receipt.status;
      });
      return true;
    } catch (error) {
      runInAction(() => {
        this.prompt = describeError(error);
      });
      return false;
    } finally {
      runInAction(() => {
        this.saving = false;
      });
    }
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

  private async loadSites(): Promise<void> {
    const customsCode = this.header.customsCode ?? '';
    if (customsCode === '') {
      this.sites = [];
      return;
    }
    try {
      const sites = await this.services.backend.getSupervisionSites(customsCode);
      runInAction(() => {
        if (this.header.customsCode === customsCode) this.sites = sites;
      });
    } catch (error) {
      runInAction(() => {
        this.prompt = describeError(error);
      });
    }
  }
}
