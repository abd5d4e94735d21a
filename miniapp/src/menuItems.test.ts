import { afterEach, expect, it, vi } from 'vitest';

// The menu names pages; it never navigates, so Taro's runtime is not needed.
vi.mock('@tarojs/taro', () => ({ default: {} }));

const { menuFor } = await import('./menuItems');

afterEach(() => {
  vi.unstubAllGlobals();
});

const labels = (role: Parameters<typeof menuFor>[0]) =>
  menuFor(role).map((group) => [group.title, group.items.map((item) => item.label)]);

it('gives a 边民 both declarations with their 待认证 lists, and 帮助 with the developer check outside a release', () => {
  vi.stubGlobal('HUSHI_RELEASE', false);
  expect(labels('resident')).toEqual([
    ['进境申报单', ['单据申报', '进境申报单申请记录查询', '进境申报单单据查询', '进境申报单待认证查询']],
    ['进口申报单', ['单据申报', '进口申报单申请记录查询', '进口申报单单据查询', '进口申报单待认证查询']],
    ['帮助', ['常见问题', '桥接一致性检查']],
  ]);
});

it('gives 互助组 and 合作社 representatives the declarations without the 待认证 lists', () => {
  vi.stubGlobal('HUSHI_RELEASE', false);
  for (const role of ['mutualAidGroup', 'cooperative'] as const) {
    const items = menuFor(role).flatMap((group) => group.items.map((item) => item.label));
    expect(items.filter((label) => label.endsWith('待认证查询'))).toEqual([]);
    expect(items).toContain('进口申报单单据查询');
  }
});

it('leaves the host developers’ 桥接一致性检查 out of a release build', () => {
  vi.stubGlobal('HUSHI_RELEASE', true);
  expect(menuFor('resident').at(-1)).toEqual({
    title: '帮助',
    items: [{ label: '常见问题', page: 'faq', params: {} }],
  });
});
