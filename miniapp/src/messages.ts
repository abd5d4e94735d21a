import { BRIDGE_ERROR_MESSAGES } from './failureMessages';

/**
 * The mini-app's own user-facing text, in the manual's words. Field labels, code tables, validation and
 * fence messages come from the sdk; this file holds what only the screens say.
 */
export const MESSAGES = {
  /** Inferred from FAQ 2 ("对个人账号进行实名制"); the manual shows no message. */
  notRealNameVerified: '请先对个人账号进行实名制，再进入边民互市贸易系统',
  /** Inferred from FAQ 1 ("长时间不操作系统，提示超时 … 重新登录系统即可"). */
  sessionTimeout: '长时间未操作，登录已超时，请重新登录',
  reLogin: '重新登录',
  hostUnavailable: '无法连接掌上单一窗口，请稍后重试',
  loginCancelled: '您已取消登录',
  retry: '重试',
  /** Inferred: the phone has no network (弱网/断网). */
  offline: '当前网络不可用，请检查网络设置',
  enterMenu: '进入菜单选择',
  /** 适老化: the large mode's switch in the menu. */
  elderMode: '长辈模式',
  elderModeHint: '大字体、大按钮',
  /** The credit the OpenStreetMap licence (ODbL) asks for the mainland boundary the fence check uses. */
  boundaryDataCredit: '电子围网验证所用边境线数据 © OpenStreetMap 贡献者，依开放数据库许可（ODbL）使用。',
  chooseIdentity: '请选择身份',
  loading: '加载中…',
  // 单据申报
  systemEcho: '系统回显',
  save: '暂存',
  submit: '申报',
  saved: '暂存成功',
  submitted: '申报成功',
  add: '添加',
  remove: '删除',
  relocate: '重新定位',
  backToMenu: '返回菜单',
  viewDetail: '查看详情',
  searchHint: '输入已知的相应数字、字母或汉字，迅速调出参数',
  noMatch: '无匹配的参数',
  chooseCustomsFirst: '请先选择关区代码',
  needEntrustedResidents: '请添加委托边民',
  locating: '正在验证手机电子围网…',
  verifyingFace: '正在进行人脸识别验证…',
  sending: '正在提交申报…',
  noLines: '暂无',
  // 附件 (inferred: the manual shows the field only)
  chooseAttachment: '选择附件',
  rechooseAttachment: '重新选择',
  attachmentTypesHint: '支持PDF、JPG、PNG格式，不超过5MB',
  uploadingAttachment: '正在上传附件',
  attachmentBusy: '附件正在上传，请稍候',
  attachmentUploaded: '已上传附件',
  /** Inferred: a 暂存 without network waits on the phone. */
  saveQueued: '网络不可用，暂存内容已保存在手机上，网络恢复后将自动暂存',
  savedWhenOnline: '网络已恢复，暂存成功',
  restoreTitle: '恢复填写',
  restore: '恢复',
  discard: '放弃',
  authenticating: '正在认证…',
  /** The host cannot sign a fix: the failure catalogue's words. */
  attestationUnavailable: BRIDGE_ERROR_MESSAGES.ATTESTATION_UNAVAILABLE,
} as const;

/** What the user reads when the host answers a bridge call with one of these codes (kept here for the screens' imports). */
export { BRIDGE_ERROR_MESSAGES };
