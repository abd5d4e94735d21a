export default definePageConfig({ navigationBarTitleText: '待认证列表' });
