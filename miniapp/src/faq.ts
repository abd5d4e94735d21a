/** 第六篇 常见问题处理, word for word. */
export const FAQ = [
  { question: '长时间不操作系统，提示超时', answer: '重新登录系统即可。' },
  { question: '个人账号无法点击，进入边民互市贸易系统', answer: '对个人账号进行实名制。' },
  {
    question: '在身份选择页面，无法选择身份进入边民互市贸易系统',
    answer: '先在边民互市贸易系统 web 端进行备案边民身份。',
  },
] as const;
