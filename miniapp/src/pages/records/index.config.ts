export default definePageConfig({ navigationBarTitleText: '申请记录查询' });
