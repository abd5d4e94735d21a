import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Input, NoticeBar, Popup } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import type { PendingAuthentication } from '@hushi/sdk';
import { pendingDetailGroups } from '../../display/detailTabs';
import { pendingRows } from '../../display/listRows';
import { QUERY_MESSAGES } from '../../queryMessages';
import { KIND_LABELS } from '../../routes';
import type { PendingAuthenticationStore } from '../../stores/PendingAuthenticationStore';
import { useDeclarationLists } from '../../stores/useDeclarationLists';
import { DisplayCard } from '../../ui/DisplayCard';
import { inputAria } from '../../ui/inputAria';
import { PageShell } from '../../ui/PageShell';
import { useBlockingLoading } from '../../ui/useBlockingLoading';
import { MESSAGES } from '../../messages';
import { useDeclarationKind } from '../../ui/useDeclarationKind';
import { QueryActions } from '../../ui/QueryActions';
import { QueryDateRange } from '../../ui/QueryDateRange';

/** 认证状态 of a row with its 认证 button while 未认证. */
const AuthenticationLine = observer(function AuthenticationLine({
  store,
  row,
}: {
  store: PendingAuthenticationStore;
  row: PendingAuthentication;
}) {
  return (
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
          disabled={!store.canAuthenticate(row)}
          loading={store.authenticating === row.preEntryNumber}
          onClick={(event) => {
            // The row opens its 详情; the button authenticates.
            event.stopPropagation();
            void store.authenticate(row.preEntryNumber);
          }}
        >
          {QUERY_MESSAGES.authenticate}
        </Button>
      )}
    </View>
  );
});

/**
 * 进境/进口申报单待认证列表 of a 边民: the query conditions (预录入编号, 申报时间) with 重置 and 查询, then
 * the declarations representatives made for them with their 认证状态. A row opens the declaration's
 * goods and amounts with the 边民's own 边民申报额度, to confirm before 认证 ("确认申报单据信息无误后");
 * 认证 by face, on the row or there, turns it 已认证.
 */
export default observer(function PendingPage() {
  const kind = useDeclarationKind();
  const store = useDeclarationLists().pending(kind);
  useBlockingLoading(store.authenticating === undefined ? undefined : MESSAGES.authenticating);

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${KIND_LABELS[kind]}${QUERY_MESSAGES.pendingTitle}` });
  }, [kind]);

  const { conditions, detail } = store;
  return (
    <PageShell>
      <Cell.Group className="query-conditions">
        <Cell
          title={QUERY_MESSAGES.preEntryNumber}
          extra={
            <Input
              {...inputAria({ label: QUERY_MESSAGES.preEntryNumber })}
              className="query-conditions__input"
              placeholder={QUERY_MESSAGES.preEntryNumberHint}
              value={conditions.number}
              onChange={(value) => {
                store.setCondition('number', value);
              }}
            />
          }
        />
        <QueryDateRange store={store} />
      </Cell.Group>
      <QueryActions store={store} />
      {store.error && <NoticeBar className="error-bar" content={store.error} wrap />}
      {store.rows?.map((row) => (
        <DisplayCard
          key={row.preEntryNumber}
          className="pending-row"
          rows={pendingRows(row)}
          onClick={() => void store.openDetail(row.preEntryNumber)}
          openLabel={QUERY_MESSAGES.viewDeclaration}
        >
          <AuthenticationLine store={store} row={row} />
          {store.rowErrors[row.preEntryNumber] && (
            <View className="dialog-error" role="alert">
              {store.rowErrors[row.preEntryNumber]}
            </View>
          )}
        </DisplayCard>
      ))}
      {store.rows?.length === 0 && <Text className="muted">{QUERY_MESSAGES.noResults}</Text>}
      <Popup
        visible={detail !== undefined}
        position="bottom"
        round
        closeable
        title={QUERY_MESSAGES.pendingDetailTitle}
        onClose={() => {
          store.closeDetail();
        }}
      >
        {detail && (
          <View className="pending-detail">
            <DisplayCard rows={pendingRows(detail.row)}>
              <AuthenticationLine store={store} row={detail.row} />
              {store.rowErrors[detail.row.preEntryNumber] && (
                <View className="dialog-error" role="alert">
                  {store.rowErrors[detail.row.preEntryNumber]}
                </View>
              )}
            </DisplayCard>
            {detail.error && <NoticeBar className="error-bar" content={detail.error} wrap />}
            {!detail.declaration && !detail.error && <Text className="muted">{MESSAGES.loading}</Text>}
            {detail.declaration &&
              pendingDetailGroups(detail.declaration, detail.row).map((group) => (
                <DisplayCard
                  key={group.title}
                  className="pending-detail__group"
                  title={group.title}
                  rows={group.rows}
                />
              ))}
          </View>
        )}
      </Popup>
    </PageShell>
  );
});
