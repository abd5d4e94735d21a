import type { SubmitterRole } from '@hushi/sdk';

/** The identities of 身份选择, as the manual names them. */
export const ROLE_LABELS: Readonly<Record<SubmitterRole, string>> = {
  resident: '边民',
  mutualAidGroup: '互助组',
  cooperative: '合作社',
};
