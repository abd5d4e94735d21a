import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, NoticeBar } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { canPerform } from '@hushi/sdk';
import { pendingRows } from '../../display/listRows';
import { QUERY_MESSAGES } from '../../queryMessages';
import { KIND_LABELS } from '../../routes';
import { useDeclarationLists } from '../../stores/useDeclarationLists';
import { DisplayCard } from '../../ui/DisplayCard';
import { PageShell } from '../../ui/PageShell';
import { useBlockingLoading } from '../../ui/useBlockingLoading';
import { MESSAGES } from '../../messages';
import { useDeclarationKind } from '../../ui/useDeclarationKind';

/**
 * 进境/进口申报单待认证列表 of a 边民: 查询, then the declarations representatives made for them with
 * their 认证状态; 认证 by face on a 未认证 row turns it 已认证.
 */
export default observer(function PendingPage() {
  const kind = useDeclarationKind();
  const store = useDeclarationLists().pending(kind);
  useBlockingLoading(store.authenticating === undefined ? undefined : MESSAGES.authenticating);

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${KIND_LABELS[kind]}${QUERY_MESSAGES.pendingTitle}` });
  }, [kind]);

  return (
    <PageShell>
      <View className="button-row">
        <Button type="primary" loading={store.loading} onClick={() => void store.search()}>
          {QUERY_MESSAGES.search}
        </Button>
      </View>
      {store.error && <NoticeBar className="error-bar" content={store.error} wrap />}
      {store.rows?.map((row) => (
        <DisplayCard key={row.preEntryNumber} className="pending-row" rows={pendingRows(row)}>
          <View className="display-card__row">
            <Text className="display-card__label">{QUERY_MESSAGES.authenticationStatus}</Text>
            <Text className="display-card__value pending-row__state">
              {row.authenticated ? QUERY_MESSAGES.authenticated : QUERY_MESSAGES.notAuthenticated}
            </Text>
            {!row.authenticated && (
              <Button
                size="small"
                type="primary"
                className="pending-row__authenticate"
                disabled={!canPerform(row.status, 'authenticate') || store.authenticating !== undefined}
                loading={store.authenticating === row.preEntryNumber}
                onClick={() => void store.authenticate(row.preEntryNumber)}
              >
                {QUERY_MESSAGES.authenticate}
              </Button>
            )}
          </View>
          {store.rowErrors[row.preEntryNumber] && (
            <View className="dialog-error" role="alert">
              {store.rowErrors[row.preEntryNumber]}
            </View>
          )}
        </DisplayCard>
      ))}
      {store.rows?.length === 0 && <Text className="muted">{QUERY_MESSAGES.noResults}</Text>}
    </PageShell>
  );
});
