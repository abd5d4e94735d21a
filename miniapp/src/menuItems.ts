import { isRepresentative } from '@hushi/sdk';
import type { DeclarationKind, SubmitterRole } from '@hushi/sdk';
import { KIND_LABELS } from './routes';
import type { PageParams } from './routes';

/** One entry of a role's menu: its label and the page it opens. */
export type MenuItem = {
  [P in keyof PageParams]: { label: string; page: P; params: PageParams[P] };
}[keyof PageParams];

/** One group of the menu: a declaration kind and its entries. */
export interface MenuGroup {
  title: string;
  items: MenuItem[];
}

function kindGroup(kind: DeclarationKind, role: SubmitterRole): MenuGroup {
  const items: MenuItem[] = [
    { label: '单据申报', page: 'declare', params: { kind, mode: 'new' } },
    { label: `${KIND_LABELS[kind]}申请记录查询`, page: 'records', params: { kind } },
    { label: `${KIND_LABELS[kind]}单据查询`, page: 'documents', params: { kind } },
  ];
  // Only a 边民 authenticates what representatives declared for them.
  if (!isRepresentative(role)) {
    items.push({ label: `${KIND_LABELS[kind]}待认证查询`, page: 'pending', params: { kind } });
  }
  return { title: KIND_LABELS[kind], items };
}

/** The 帮助 group: 常见问题, and outside release builds the host developers' 桥接一致性检查. */
function helpGroup(): MenuGroup {
  const items: MenuItem[] = [{ label: '常见问题', page: 'faq', params: {} }];
  if (!HUSHI_RELEASE) items.push({ label: '桥接一致性检查', page: 'conformance', params: {} });
  return { title: '帮助', items };
}

/**
 * The business menu of an identity (边民菜单, 互助组/合作社申报代表菜单): both declarations for every
 * role, the 待认证 lists for a 边民 only, and 帮助 (常见问题).
 */
export function menuFor(role: SubmitterRole): MenuGroup[] {
  return [kindGroup('entry', role), kindGroup('import', role), helpGroup()];
}
