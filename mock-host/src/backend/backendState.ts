import type {
  DeclarationKind,
  DeclarationStatus,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitterRole,
} from '@hushi/sdk';
import type { Numbering } from './numbering';

/** A declaration as the mock backend keeps it. */
export interface StoredDeclaration {
  kind: DeclarationKind;
  preEntryNumber: string;
  /** Customs' 申报单编号, from 发往海关成功 on. */
  declarationNumber: string | null;
  status: DeclarationStatus;
  /** 申报时间, China time 'YYYY-MM-DD HH:mm:ss'; null while never declared. */
  declaredAt: string | null;
  /** Last change, epoch ms (the day a draft is found by in the date filters). */
  updatedAt: number;
  /** The person who declared (or saved) it. */
  ownerId: string;
  /** The identity it was declared under. */
  role: SubmitterRole;
  /** What the client wrote. */
  input: EntryDeclarationInput | ImportDeclarationInput;
  /** 身份证号 of the 委托边民 who have authenticated it. */
  authenticated: string[];
}

/** The mock backend's in-memory data: declarations and number sequences. Reset it to the seed. */
export interface BackendState {
  /** Declarations by 预录入编号. */
  declarations: Map<string, StoredDeclaration>;
  numbering: Numbering;
}

/** The declarations of `state` a query may see, in 预录入编号 order (newest first). */
export function listDeclarations(state: BackendState): StoredDeclaration[] {
  return [...state.declarations.values()].sort((a, b) => b.preEntryNumber.localeCompare(a.preEntryNumber));
}
