// Sample declarations shared by the declaration tests and the validation benchmark: valid as they
// stand, so each test changes one thing and expects one problem.
import type { EntrustedResidentInput, GoodsLine } from '../src/declaration/declarationParts';
import type { EntryDeclarationInput } from '../src/declaration/entryDeclaration';
import type { ImportDeclarationInput } from '../src/declaration/importDeclaration';
import { sampleEntryDeclaration, sampleGoodsLine } from '../src/declaration/sampleDeclaration';
import { idNumberCheckDigit } from '../src/declaration/validators/validateIdNumber';

/** A 身份证号 with its GB 11643 check digit computed from the first 17 digits. */
export const id = (first17: string): string => first17 + idNumberCheckDigit(first17);

/** A valid goods line (菠萝, 12.5 千克 × 8.00 = 100.00). */
export const LINE: GoodsLine = sampleGoodsLine();

/** Two 委托边民 whose 额度 add up to the goods total. */
export const RESIDENTS: EntrustedResidentInput[] = [
  { idNumber: id('53280119851231002'), name: '岩温', quota: '60.00' },
  { idNumber: id('53280119900101003'), name: '玉香', quota: '40.00' },
];

/** A complete representative 进境申报单 (落地加工, road). */
export const ENTRY: EntryDeclarationInput = {
  ...sampleEntryDeclaration(),
  goods: [LINE],
  entrustedResidents: RESIDENTS,
};

/** A complete 边民 进口申报单. */
export const IMPORT: ImportDeclarationInput = {
  kind: 'import',
  header: {
    relatedEntryNumber: '202201000000003491',
    customsCode: '8609',
    supervisionSiteCode: 'ASDFG000015',
  },
  goods: [LINE],
  entrustedResidents: [],
};
