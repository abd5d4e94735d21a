export default definePageConfig({ navigationBarTitleText: '申报单详情' });
