export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/identity/index',
    'pages/menu/index',
    'pages/faq/index',
    'pages/records/index',
    'pages/documents/index',
    'pages/detail/index',
    'pages/pending/index',
  ],
  window: {
    navigationBarTitleText: '边民互市服务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
  },
});
