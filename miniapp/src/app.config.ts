export default defineAppConfig({
  pages: ['pages/index/index', 'pages/identity/index', 'pages/menu/index', 'pages/faq/index'],
  window: {
    navigationBarTitleText: '边民互市服务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
  },
});
