import { expect, it } from 'vitest';
import { declarationNumber, preEntryNumber } from './numbering';

it('formats a 预录入编号 as year + 01/03 + 12-digit sequence, like the manual', () => {
  expect(preEntryNumber(2022, 'entry', 3569)).toBe('202201000000003569');
  expect(preEntryNumber(2022, 'import', 18)).toBe('202203000000000018');
});

it('formats a customs 申报单编号 as 关区 + digit + YYMMDD + 7 digits', () => {
  expect(declarationNumber('8609', 'entry', '2022-08-10', 1100002)).toBe('860902208101100002');
  expect(declarationNumber('8609', 'import', '2022-08-10', 1)).toHaveLength(18);
});
