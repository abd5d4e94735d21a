import type { DeclarationKind, SaveDraftRequest } from '@hushi/sdk';
import type { DeclareMode } from '../routes';
import type { DeviceStorage } from '../services/deviceStorage';
import { LIST_TITLES } from '@hushi/sdk';
import type { ListPart } from '@hushi/sdk';
import type { FormRecord } from './declarationRecords';

/** A 暂存 that found no network: sent with its key when the network returns. */
export interface QueuedSave {
  idempotencyKey: string;
  request: SaveDraftRequest;
}

/** A declaration form as kept on the phone while it is typed. */
export interface KeptForm {
  kind: DeclarationKind;
  mode: DeclareMode;
  /** 预录入编号 of the saved declaration it edits, if any. */
  preEntryNumber?: string;
  draftId: string;
  header: FormRecord;
  lists: Record<ListPart, FormRecord[]>;
  queuedSave?: QueuedSave;
  /** When it was last kept, epoch ms. */
  keptAt: number;
}

const LIST_PARTS = Object.keys(LIST_TITLES) as ListPart[];
const MODES: readonly string[] = ['new', 'modify', 'copy', 'change'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFormRecord = (value: unknown): value is FormRecord =>
  isObject(value) && Object.values(value).every((field) => typeof field === 'string');

const isQueuedSave = (value: unknown): value is QueuedSave =>
  isObject(value) && typeof value.idempotencyKey === 'string' && isObject(value.request);

/**
 * The kept form in `value` when it has the shape this version writes (`kind`), else undefined: storage
 * written by another version, or tampered with, is never loaded into the form.
 */
export function parseKeptForm(value: unknown, kind: DeclarationKind): KeptForm | undefined {
  if (!isObject(value) || value.kind !== kind) return undefined;
  const { mode, preEntryNumber, draftId, header, lists, queuedSave, keptAt } = value;
  if (typeof mode !== 'string' || !MODES.includes(mode) || typeof draftId !== 'string') return undefined;
  if (preEntryNumber !== undefined && typeof preEntryNumber !== 'string') return undefined;
  if (!isFormRecord(header) || !isObject(lists) || typeof keptAt !== 'number') return undefined;
  if (queuedSave !== undefined && !isQueuedSave(queuedSave)) return undefined;
  const parts = {} as Record<ListPart, FormRecord[]>;
  for (const part of LIST_PARTS) {
    const lines = lists[part] ?? [];
    if (!Array.isArray(lines) || !lines.every(isFormRecord)) return undefined;
    parts[part] = lines;
  }
  return {
    kind,
    mode: mode as DeclareMode,
    ...(preEntryNumber === undefined ? {} : { preEntryNumber }),
    draftId,
    header,
    lists: parts,
    ...(queuedSave === undefined ? {} : { queuedSave }),
    keptAt,
  };
}

/**
 * The forms kept on the phone, one per person, identity and declaration kind, so that a killed app, a
 * reload or a 登录超时 loses nothing typed.
 */
export class KeptForms {
  constructor(private readonly storage: DeviceStorage) {}

  /** The form `owner` was typing of `kind`, if one is kept. */
  read(owner: string, kind: DeclarationKind): KeptForm | undefined {
    return parseKeptForm(this.storage.read(this.key(owner, kind)), kind);
  }

  /** Keeps `form` as `owner`'s form of its kind. */
  write(owner: string, form: KeptForm): void {
    this.storage.write(this.key(owner, form.kind), form);
  }

  /** Forgets `owner`'s form of `kind` (申报成功, or the user chose not to restore it). */
  discard(owner: string, kind: DeclarationKind): void {
    this.storage.remove(this.key(owner, kind));
  }

  private key(owner: string, kind: DeclarationKind): string {
    return `hushi.keptForm.v1:${owner}:${kind}`;
  }
}
