// Sample declarations shared by the declaration tests and the validation benchmark: valid as they
// stand, so each test changes one thing and expects one problem.
import type { EntrustedResidentInput, GoodsLine } from '../src/declaration/declarationParts';
import type { EntryDeclarationInput } from '../src/declaration/entryDeclaration';
import type { ImportDeclarationInput } from '../src/declaration/importDeclaration';
import { idNumberCheckDigit } from '../src/declaration/validators/validateIdNumber';

/** A 身份证号 with its GB 11643 check digit computed from the first 17 digits. */
export const id = (first17: string): string => first17 + idNumberCheckDigit(first17);

/** A valid goods line (菠萝, 12.5 千克 × 8.00 = 100.00). */
export const LINE: GoodsLine = {
  lineNo: 1,
  goodsCode: '0804300000',
  goodsName: '菠萝',
  originCountry: '106',
  quantity: '12.5',
  unit: '035',
  unitPrice: '8.00',
  totalPrice: '100.00',
  goodsFlow: '02',
};

/** Two 委托边民 whose 额度 add up to the goods total. */
export const RESIDENTS: EntrustedResidentInput[] = [
  { idNumber: id('53280119851231002'), name: '岩温', quota: '60.00' },
  { idNumber: id('53280119900101003'), name: '玉香', quota: '40.00' },
];

/** A complete representative 进境申报单 (落地加工, road). */
export const ENTRY: EntryDeclarationInput = {
  kind: 'entry',
  header: {
    customsCode: '8609',
    businessMode: '02',
    supervisionSiteCode: 'ASDFG000015',
    transportMode: '4',
    voyageNumber: '01',
    transportToolNumber: '云K12345',
    billNumber: '03',
    packageCount: '2',
    currency: '142',
    tradeCountry: '106',
    certificateInvolved: '0',
  },
  goods: [LINE],
  qualifications: [{ goodsLineNo: 1, qualificationType: '02', qualificationNumber: 'ZW-2024-001' }],
  vehicles: [{ plateNumber: '云K12345', vehicleType: '01' }],
  attachments: [{ documentType: '01', documentNumber: 'FP-001' }],
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
