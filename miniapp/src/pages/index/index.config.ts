export default definePageConfig({ navigationBarTitleText: '边民互市服务' });
