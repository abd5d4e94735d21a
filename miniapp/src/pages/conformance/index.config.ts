export default definePageConfig({ navigationBarTitleText: '桥接一致性检查' });
