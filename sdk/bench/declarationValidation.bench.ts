// One call of validateDeclarationSchema on a 进境申报单 of 200 goods lines and 20 委托边民: the
// build-time JSON Schema validator, then every field and cross-field rule. Target: median ≤ 2 ms.
import type { EntryDeclarationInput, GoodsLine } from '../src/declaration/index';
import { idNumberCheckDigit } from '../src/declaration/validators/validateIdNumber';
import { validateDeclarationSchema } from '../src/declaration/validators/validateDeclarationSchema';
import { measure, report } from '../../scripts/benchmark';

const LINES = 200;
const RESIDENTS = 20;
const goods: GoodsLine[] = Array.from({ length: LINES }, (_, i) => ({
  lineNo: i + 1,
  goodsCode: '0804300000',
  hsCode: '0804300000',
  goodsName: '菠萝',
  specification: '鲜',
  originCountry: '106',
  quantity: '12.5',
  unit: '035',
  grossWeight: '13',
  netWeight: '12.5',
  unitPrice: '8.00',
  totalPrice: '100.00',
  goodsFlow: '02',
}));
const first17 = (i: number): string =>
  `532801199001${String((i % 28) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`;
const input: EntryDeclarationInput = {
  kind: 'entry',
  header: {
    customsCode: '8609',
    businessMode: '02',
    supervisionSiteCode: 'ASDFG000015',
    transportMode: '4',
    voyageNumber: '01',
    transportToolNumber: '云K12345',
    billNumber: '03',
    packageCount: '200',
    currency: '142',
    tradeCountry: '106',
    certificateInvolved: '0',
  },
  goods,
  qualifications: [{ goodsLineNo: 1, qualificationType: '02', qualificationNumber: 'ZW-2024-001' }],
  vehicles: [{ plateNumber: '云K12345', vehicleType: '01' }],
  attachments: [{ documentType: '01', documentNumber: 'FP-001' }],
  entrustedResidents: Array.from({ length: RESIDENTS }, (_, i) => ({
    idNumber: first17(i) + idNumberCheckDigit(first17(i)),
    name: '岩温',
    quota: '1000.00',
  })),
};

const now = new Date('2024-06-01T00:00:00Z');
const problems = validateDeclarationSchema('entry', input, { now });
if (problems.length > 0) throw new Error(`bench input is invalid: ${JSON.stringify(problems[0])}`);
const met = report(
  await measure(
    `validateDeclarationSchema(entry, ${LINES} goods lines + ${RESIDENTS} 委托边民)`,
    () => validateDeclarationSchema('entry', input, { now }),
    { batch: 5, samples: 200 },
  ),
  2_000_000,
);
process.exit(met ? 0 : 1);
