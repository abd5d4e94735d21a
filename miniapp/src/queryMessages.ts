/**
 * The text of the query screens (申请记录查询, 单据查询), the 详情 and the 待认证列表, in the manual's
 * words where it has them.
 */
export const QUERY_MESSAGES = {
  preEntryNumber: '预录入编号',
  preEntryNumberHint: '请输入预录入编号',
  declarationNumber: '申报单号',
  declarationNumberHint: '请输入单号',
  businessMode: '业务模式',
  status: '申报状态',
  from: '起始时间',
  to: '结束时间',
  all: '全部',
  reset: '重置',
  search: '查询',
  /** Inferred, like 加载更多: the manual shows no empty or long list. */
  noResults: '暂无数据',
  loadMore: '加载更多',
  recordsTitle: '申请记录查询',
  documentsTitle: '单据查询',
  recordsDetailTitle: '申请记录详情',
  documentsDetailTitle: '单据详情',
  pendingTitle: '待认证列表',
  deleteTitle: '删除',
  /** Inferred: the manual shows the confirmation only as an image. */
  deleteConfirm: '是否删除该申报单？',
  yes: '是',
  no: '否',
  deleted: '删除成功',
  cancelTitle: '撤销原因',
  /** Inferred: the manual shows the reason box only as an image. */
  cancelHint: '请输入撤销原因',
  confirm: '确认',
  cancel: '取消',
  revoked: '申报成功',
  authenticationStatus: '认证状态',
  authenticated: '已认证',
  notAuthenticated: '未认证',
  authenticate: '认证',
  /** The button that opens a 待认证 row's declaration (the row holds the 认证 button too). */
  viewDeclaration: '查看申报单',
  /** The manual: "边民确认申报单据信息无误后" authenticates; the opened row's title and its amounts (inferred). */
  pendingDetailTitle: '申报单据信息',
  amounts: '金额',
  goodsTotal: '申报总价合计',
  close: '关闭',
} as const;
