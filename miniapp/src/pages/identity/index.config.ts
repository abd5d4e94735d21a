export default definePageConfig({ navigationBarTitleText: '身份选择' });
