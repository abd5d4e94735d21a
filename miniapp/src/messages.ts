/**
 * The mini-app's own user-facing text, in the manual's words. Field labels, code tables, validation and
 * fence messages come from the sdk; this file holds what only the screens say.
 */
export const MESSAGES = {
  notRealNameVerified: '请先对个人账号进行实名制，再进入边民互市贸易系统',
  sessionTimeout: '长时间未操作，登录已超时，请重新登录',
  reLogin: '重新登录',
  hostUnavailable: '无法连接掌上单一窗口，请稍后重试',
  loginCancelled: '您已取消登录',
  retry: '重试',
  enterMenu: '进入菜单选择',
  chooseIdentity: '请选择身份',
  loading: '加载中…',
} as const;
