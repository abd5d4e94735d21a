/**
 * One goods line of 商品信息. The field set follows a customs-side schema seen in public code and is
 * inferred for the mobile end. Amounts and quantities are decimal strings as typed (no binary
 * floating point on the wire); see `parseAmountCents` and `lineTotalCents`.
 */
export interface GoodsLine {
  /** 商品序号, 1-based. */
  lineNo: number;
  /** 商品编码. */
  goodsCode: string;
  /** HS编码. */
  hsCode?: string;
  /** 商品名称. */
  goodsName: string;
  /** 规格型号. */
  specification?: string;
  /** 原产国(地区), a code of `COUNTRIES`. */
  originCountry: string;
  /** 申报数量, up to 5 decimals. */
  quantity: string;
  /** 计量单位, a code of `MEASUREMENT_UNITS`. */
  unit: string;
  /** 毛重 (千克). */
  grossWeight?: string;
  /** 净重 (千克). */
  netWeight?: string;
  /** 申报单价, in the declaration's 币制, at most 2 decimals. */
  unitPrice: string;
  /** 申报总价 = 申报数量 × 申报单价, at most 2 decimals. */
  totalPrice: string;
  /** 商铺编号. */
  shopCode?: string;
  /** 商铺名称, filled from the picked 商铺编号. */
  shopName?: string;
  /** 商品流向, a code of `GOODS_FLOWS`. */
  goodsFlow: string;
}

/** One 商品资质 line (qualification of the goods). The manual lists no fields: all inferred. */
export interface GoodsQualification {
  /** 商品序号 of the goods line it belongs to. */
  goodsLineNo: number;
  /** 资质类型, a code of `QUALIFICATION_TYPES`. */
  qualificationType: string;
  /** 资质编号. */
  qualificationNumber: string;
  /** 有效期至, 'YYYY-MM-DD'. */
  validUntil?: string;
  /** 发证机关. */
  issuer?: string;
}

/** One vehicle of 车辆信息. The manual lists no fields: all inferred except 车牌号 (待认证列表). */
export interface VehicleInfo {
  /** 车牌号, a mainland plate, e.g. '桂A22710'. */
  plateNumber: string;
  /** 车辆类型, a code of `TRANSPORT_TOOL_TYPES`. */
  vehicleType?: string;
  /** 驾驶员姓名. */
  driverName?: string;
}

/** One 随附单证 (accompanying document). The manual lists no fields: all inferred. */
export interface AttachedDocument {
  /** 单证类型, a code of `ATTACHED_DOCUMENT_TYPES`. */
  documentType: string;
  /** 单证编号. */
  documentNumber: string;
  /**
   * 附件: the backend's id of the uploaded file (`uploadAttachment`: PDF, JPEG or PNG, at most
   * `ATTACHMENT_LIMITS.maxBytes`); it must be the declaration owner's, or 暂存 and 申报 are refused.
   */
  attachmentId?: string;
}

/** A 委托边民 as the representative enters them: who, and their 边民申报额度. */
export interface EntrustedResidentInput {
  /** 身份证号 of the resident, in full. */
  idNumber: string;
  /** 边民姓名. */
  name: string;
  /** 边民申报额度: this resident's share of the declared value, at most 2 decimals (e.g. '334.00'). */
  quota: string;
}

/** A 委托边民 as the backend returns them, with their 认证状态 (system echo). */
export interface EntrustedResident extends EntrustedResidentInput {
  /** 认证状态: whether this resident has authenticated the declaration by face ("已认证"/"未认证"). */
  authenticated: boolean;
}
