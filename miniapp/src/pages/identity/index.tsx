import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Cell, NoticeBar, Radio } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import type { SubmitterRole } from '@hushi/sdk';
import { MESSAGES } from '../../messages';
import { ROLE_LABELS } from '../../roles';
import { restartAt } from '../../routes';
import { useStores } from '../../stores/storeContext';
import { PageShell } from '../../ui/PageShell';

/** 身份选择: 边民, 互助组 or 合作社; an identity the account may not take shows why. */
export default observer(function IdentityPage() {
  const { session } = useStores();
  const [role, setRole] = useState<SubmitterRole | undefined>(session.role);
  const account = session.account;

  const enter = async (): Promise<void> => {
    if (role && (await session.selectIdentity(role))) restartAt('menu', {});
  };

  return (
    <PageShell>
      {account && (
        <View>
          <Cell title="申报人名称" extra={account.name} />
          <Cell title="身份证号" extra={account.maskedIdNumber} />
          <Radio.Group
            role="radiogroup"
            ariaLabel={MESSAGES.chooseIdentity}
            value={role}
            onChange={(value) => {
              setRole(value as SubmitterRole);
            }}
          >
            {account.identities.map((choice) => (
              <Cell key={choice.role} className="identity-choice">
                <Radio value={choice.role}>
                  {ROLE_LABELS[choice.role]}
                  {choice.groupName ? `（${choice.groupName}）` : ''}
                </Radio>
              </Cell>
            ))}
          </Radio.Group>
          {session.error && <NoticeBar className="error-bar" content={session.error} wrap />}
          <Button type="primary" block disabled={!role} onClick={() => void enter()}>
            {MESSAGES.enterMenu}
          </Button>
        </View>
      )}
    </PageShell>
  );
});
