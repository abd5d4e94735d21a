import { useRouter } from '@tarojs/taro';
import type { DeclarationKind } from '@hushi/sdk';

/** The `kind` parameter of the page (进境申报单 `entry` unless it says `import`). */
export function useDeclarationKind(): DeclarationKind {
  return useRouter().params.kind === 'import' ? 'import' : 'entry';
}
