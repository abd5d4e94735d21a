// One call of validateDeclarationSchema on a 进境申报单 of 200 goods lines and 20 委托边民: the
// build-time JSON Schema validator, then every field and cross-field rule. Target: median ≤ 2 ms.
import type { EntryDeclarationInput, GoodsLine } from '../src/declaration/index';
import { validateDeclarationSchema } from '../src/declaration/validators/validateDeclarationSchema';
import { ENTRY, id, LINE } from '../test/sampleDeclarations';
import { measure, report } from '../../scripts/benchmark';

const LINES = 200;
const RESIDENTS = 20;
// Every optional field of a goods line filled, so each line costs what a full one costs.
const goods: GoodsLine[] = Array.from({ length: LINES }, (_, i) => ({
  ...LINE,
  lineNo: i + 1,
  hsCode: '0804300000',
  specification: '鲜',
  grossWeight: '13',
  netWeight: '12.5',
}));
const first17 = (i: number): string =>
  `532801199001${String((i % 28) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`;
const input: EntryDeclarationInput = {
  ...ENTRY,
  header: { ...ENTRY.header, packageCount: String(LINES) },
  goods,
  entrustedResidents: Array.from({ length: RESIDENTS }, (_, i) => ({
    idNumber: id(first17(i)),
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
