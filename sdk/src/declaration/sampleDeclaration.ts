import type { GoodsLine } from './declarationParts';
import type { EntryDeclarationInput } from './entryDeclaration';

/**
 * A valid goods line, 菠萝 12.5 千克 × 8.00 = 100.00: the sample the sdk's tests, the examples and the
 * mock backend's seed declarations share. A fresh copy each call.
 */
export function sampleGoodsLine(): GoodsLine {
  return {
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
}

/**
 * A valid 进境申报单 at 打洛 (8609) but for its 委托边民: 落地加工 by road (so a submit needs the fence and
 * face checks), with that goods line, a qualification, a vehicle and an attachment. A fresh copy each
 * call.
 */
export function sampleEntryDeclaration(): EntryDeclarationInput {
  return {
    kind: 'entry',
    header: {
      customsCode: '8609',
      businessMode: '02',
      supervisionSiteCode: 'ASDFG000015',
      transportMode: '4',
      voyageNumber: '01',
      transportToolNumber: '云K12345',
      billNumber: 'TY-0001',
      packageCount: '2',
      currency: '142',
      tradeCountry: '106',
      certificateInvolved: '0',
    },
    goods: [sampleGoodsLine()],
    qualifications: [{ goodsLineNo: 1, qualificationType: '02', qualificationNumber: 'ZW-2024-001' }],
    vehicles: [{ plateNumber: '云K12345', vehicleType: '01' }],
    attachments: [{ documentType: '01', documentNumber: 'FP-001' }],
    entrustedResidents: [],
  };
}
