import { makeAutoObservable } from 'mobx';
import { DECLARATION_LAYOUTS, isRepresentative, lineTotalCents } from '@hushi/sdk';
import type {
  DeclarationKind,
  DeclarationPart,
  DeclarationReceipt,
  EntryDeclaration,
  EntryDeclarationInput,
  FieldDefinition,
  ImportDeclaration,
  ImportDeclarationInput,
  ListPart,
} from '@hushi/sdk';
import type { DeclareMode } from '../routes';
import { formatCents, recordToWire, wireToRecord } from './declarationRecords';
import type { FormRecord } from './declarationRecords';
import type { KeptForm } from './keptForms';
import type { SessionStore } from './SessionStore';

/** What a new declaration shows in its system-echo fields before the backend fills them. */
const NEW_ECHO: Readonly<Record<DeclarationKind, FormRecord>> = {
  entry: { importExportFlag: '1' },
  import: { importExportFlag: 'I', declarationType: '00' },
};

const emptyLists = (): Record<ListPart, FormRecord[]> => ({
  goods: [],
  qualifications: [],
  vehicles: [],
  attachments: [],
  entrustedResidents: [],
});

/** The kept form's fields that describe the declaration itself (not when it was kept or what waits). */
export type DraftSnapshot = Pick<
  KeptForm,
  'kind' | 'mode' | 'preEntryNumber' | 'draftId' | 'header' | 'lists'
>;

/**
 * The declaration being written on the 申报 form: its kind and mode, the 预录入编号 it has once saved,
 * what the user typed per part and line, and the edits' own rules (echoes dropped when their source
 * changes, 申报总价 from 申报数量 × 申报单价). Data only: what the screen shows and asks lives in
 * {@link DeclarationForm}.
 */
export class DeclarationDraft {
  kind: DeclarationKind = 'entry';
  mode: DeclareMode = 'new';
  /** 预录入编号 of the saved declaration being edited: after 暂存, or the record of 修改/复制/变更. */
  preEntryNumber: string | undefined = undefined;
  /** A client id of a never-saved declaration, to bind its face ticket to. */
  draftId = '';
  /** The header: what the user entered and what the backend echoed, by key. */
  header: FormRecord = {};
  /** The lines of each list. */
  lists: Record<ListPart, FormRecord[]> = emptyLists();
  /** Whether the user changed anything since the draft began (only then is it kept on the phone). */
  edited = false;

  constructor(private readonly session: SessionStore) {
    makeAutoObservable<DeclarationDraft, 'session'>(this, { session: false });
  }

  /** The fields of a part. */
  fieldsOf(part: DeclarationPart): readonly FieldDefinition[] {
    return DECLARATION_LAYOUTS[this.kind].fields[part] ?? [];
  }

  /** Whether the identity declares for 委托边民 (互助组/合作社). */
  get forEntrustedResidents(): boolean {
    return this.session.role !== undefined && isRepresentative(this.session.role);
  }

  /** The record of a field's location: the header, or line `index` of a list. */
  recordAt(part: DeclarationPart, index?: number): FormRecord | undefined {
    return part === 'header' ? this.header : this.lists[part][index ?? -1];
  }

  /** Begins an empty declaration of `kind` in `mode`, with a fresh client id. */
  begin(kind: DeclarationKind, mode: DeclareMode): void {
    this.kind = kind;
    this.mode = mode;
    this.header = { ...NEW_ECHO[kind] };
    this.lists = emptyLists();
    this.preEntryNumber = undefined;
    this.edited = false;
    this.draftId = `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }

  /** Takes up the saved declaration `preEntryNumber` (修改, 变更, or the new 暂存 of 复制). */
  load(detail: EntryDeclaration | ImportDeclaration, preEntryNumber: string): void {
    this.header = { ...NEW_ECHO[detail.kind], ...wireToRecord(detail.header) };
    const lists = emptyLists();
    const source: Partial<Record<ListPart, readonly object[]>> = detail;
    for (const part of DECLARATION_LAYOUTS[detail.kind].lists)
      lists[part] = (source[part] ?? []).map(wireToRecord);
    this.lists = lists;
    this.preEntryNumber = preEntryNumber;
  }

  /** Takes up a draft kept on the phone where it was left. */
  restore(kept: DraftSnapshot): void {
    this.mode = kept.mode;
    this.preEntryNumber = kept.preEntryNumber;
    this.draftId = kept.draftId;
    this.header = { ...kept.header };
    this.lists = { ...emptyLists(), ...kept.lists };
    this.edited = true;
  }

  /** The draft as it is kept on the phone: copies, so that later edits do not change what was kept. */
  get snapshot(): DraftSnapshot {
    return {
      kind: this.kind,
      mode: this.mode,
      ...(this.preEntryNumber === undefined ? {} : { preEntryNumber: this.preEntryNumber }),
      draftId: this.draftId,
      header: { ...this.header },
      lists: Object.fromEntries(
        Object.entries(this.lists).map(([part, lines]) => [part, lines.map((line) => ({ ...line }))]),
      ) as Record<ListPart, FormRecord[]>,
    };
  }

  /**
   * Sets a header field. The echoes derived from it (监管场所名称 from 监管场所编号, …) are dropped, so
   * that they show what is picked now, never the value of the record as it was loaded; a new 关区
   * clears the 监管场所 picked before.
   */
  setHeader(key: string, value: string): void {
    this.header[key] = value;
    this.edited = true;
    this.dropEchoesOf('header', this.header, key);
    if (key === 'customsCode') {
      this.header.supervisionSiteCode = '';
      this.dropEchoesOf('header', this.header, 'supervisionSiteCode');
    }
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
    this.dropEchoesOf(part, line, key);
    if (part === 'goods' && (key === 'quantity' || key === 'unitPrice')) {
      const cents = lineTotalCents(line.quantity ?? '', line.unitPrice ?? '');
      if (cents !== undefined) line.totalPrice = formatCents(cents);
    }
  }

  /** Empties the system-echo fields of `record` derived from `key`: the backend's echo of another value. */
  private dropEchoesOf(part: DeclarationPart, record: FormRecord, key: string): void {
    for (const field of this.fieldsOf(part)) if (field.derivedFrom === key) record[field.key] = '';
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
  }

  /** Takes the backend's receipt of a 暂存 or 申报: the 预录入编号 and status it echoes. */
  acceptReceipt(receipt: Pick<DeclarationReceipt, 'preEntryNumber' | 'status'>): void {
    this.preEntryNumber = receipt.preEntryNumber;
    this.header.preEntryNumber = receipt.preEntryNumber;
    this.header.status = receipt.status;
  }

  /** After 申报成功: nothing is left to keep. */
  markSubmitted(): void {
    this.edited = false;
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
}
