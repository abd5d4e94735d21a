export default definePageConfig({ navigationBarTitleText: '单据申报' });
