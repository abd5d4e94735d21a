import { DECLARATION_ACTION_LABELS, LOCATION_REFUSAL_MESSAGES } from '@hushi/sdk';
import type { DeclarationAction, DeclarationEvent } from '@hushi/sdk';

/** The words of a refused action in "当前状态的单据不能…": the manual's button texts. */
export const ACTION_WORDS: Partial<Record<DeclarationAction | DeclarationEvent, string>> = {
  ...DECLARATION_ACTION_LABELS,
  submit: '申报',
  save: '暂存',
};

/** The backend's error messages, as the manual's FAQ and screens word them. */
export const MESSAGES = {
  realName: '个人账号未实名认证，请先对个人账号进行实名制',
  residentNotFiled: '请先在边民互市贸易系统web端进行备案边民身份',
  notRepresentative: '未备案该申报代表身份',
  identityNotSelected: '请先选择身份',
  notOwner: '当前身份无权进行此操作',
  notFound: '未找到该单据',
  statusForbids: (action: DeclarationAction | DeclarationEvent) =>
    `当前状态的单据不能${ACTION_WORDS[action] ?? '进行此操作'}`,
  notConnected: '该区域暂不支持在移动端申报！',
  outside: '当前位置不在申报区域内',
  needLocation: '请先进行手机电子围网验证',
  needFace: '请先进行人脸识别验证',
  faceRejected: '人脸识别验证未通过，请重新认证',
  residentOnly: '只有委托边民本人可以认证',
  notEntrusted: '您不是该申报单的委托边民',
  alreadyAuthenticated: '您已认证该申报单',
  needEntrusted: '请添加委托边民',
  noEntrustedForResident: '边民自行申报无需添加委托边民',
  // Inferred: the manual has no words for these refusals of the backend.
  tooManyDeclarations: '单据数量已达上限，请删除不需要的暂存单据后重试',
  badDraftId: '草稿编号格式有误',
  needDraftId: '缺少草稿编号，请重新申报',
  draftDeclared: '该申报单已申报，请勿重复提交',
  relatedEntryNotFound: '未找到该关联进境申报单，请填写本人已申报的进境申报单编号',
  locationMocked: LOCATION_REFUSAL_MESSAGES.LOCATION_MOCKED,
  locationRejected: LOCATION_REFUSAL_MESSAGES.LOCATION_TICKET_FORGED,
  locationTicketRequired: LOCATION_REFUSAL_MESSAGES.LOCATION_TICKET_REQUIRED,
} as const;
