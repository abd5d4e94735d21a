/** Pages for host-app developers, registered outside release builds only (HUSHI_RELEASE=1). */
const DEVELOPER_PAGES = process.env.HUSHI_RELEASE === '1' ? [] : ['pages/conformance/index'];

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
    'pages/declare/index',
    ...DEVELOPER_PAGES,
  ],
  // The backend client's own deadline is 15 s (DEFAULT_BACKEND_TIMEOUT_MS): WeChat's 60 s default never
  // comes first.
  networkTimeout: { request: 15_000, uploadFile: 30_000, downloadFile: 30_000 },
  window: {
    navigationBarTitleText: '边民互市服务',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
  },
});
