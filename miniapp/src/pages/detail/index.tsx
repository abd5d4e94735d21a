import { useEffect, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, NoticeBar, Tabs, TextArea } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import type { DeclarationAction } from '@hushi/sdk';
import { detailTabs } from '../../display/detailTabs';
import { MESSAGES } from '../../messages';
import { QUERY_MESSAGES } from '../../queryMessages';
import { goBack, KIND_LABELS, openPage } from '../../routes';
import type { DetailOrigin } from '../../routes';
import { DECLARE_MODE_OF_ACTION } from '../../stores/DeclarationDetailStore';
import { useDeclarationLists } from '../../stores/useDeclarationLists';
import { DisplayCard } from '../../ui/DisplayCard';
import { inputAria } from '../../ui/inputAria';
import { PageShell } from '../../ui/PageShell';
import { useBlockingLoading } from '../../ui/useBlockingLoading';
import { useDeclarationKind } from '../../ui/useDeclarationKind';

/**
 * 申报单详情: the declaration's tabs, and the buttons of the query it was opened from (修改, 复制, 删除 /
 * 变更, 撤销), those its status does not allow greyed out. 删除 asks 是/否; 撤销 asks for a reason.
 */
export default observer(function DetailPage() {
  const kind = useDeclarationKind();
  const params = useRouter().params;
  const origin: DetailOrigin = params.from === 'documents' ? 'documents' : 'records';
  const preEntryNumber = params.preEntryNumber ?? '';
  const lists = useDeclarationLists();
  const [store] = useState(() => lists.detail(kind, preEntryNumber, origin));
  useBlockingLoading(store.busy ? MESSAGES.loading : undefined);
  const [tab, setTab] = useState<string | number>(0);

  useEffect(() => {
    void Taro.setNavigationBarTitle({
      title: `${KIND_LABELS[kind]}${origin === 'records' ? QUERY_MESSAGES.recordsDetailTitle : QUERY_MESSAGES.documentsDetailTitle}`,
    });
  }, [kind, origin]);
  // Again on coming back from 修改/变更, which may have changed it.
  useDidShow(() => {
    void store.load();
  });

  const press = (action: DeclarationAction): void => {
    const mode = DECLARE_MODE_OF_ACTION[action];
    if (mode) openPage('declare', { kind, mode, preEntryNumber });
    else if (action === 'delete' || action === 'cancel') store.openDialog(action);
  };

  const confirmDelete = async (): Promise<void> => {
    if (!(await store.confirmDelete())) return;
    void Taro.showToast({ title: QUERY_MESSAGES.deleted, icon: 'success' });
    goBack();
  };

  const confirmCancel = async (): Promise<void> => {
    if (await store.confirmCancel()) void Taro.showToast({ title: QUERY_MESSAGES.revoked, icon: 'success' });
  };

  const declaration = store.declaration;
  return (
    <PageShell>
      {store.loading && !declaration && <Text className="muted">{MESSAGES.loading}</Text>}
      {store.error && <NoticeBar className="error-bar" content={store.error} wrap />}
      {declaration && (
        <Tabs
          value={tab}
          onChange={(value) => {
            setTab(value);
          }}
        >
          {detailTabs(declaration, (attachmentId) => store.attachmentText(attachmentId)).map(
            (detailTab, index) => (
              <Tabs.TabPane key={detailTab.title} title={detailTab.title} value={index}>
                {detailTab.groups.map((group, groupIndex) => (
                  <DisplayCard key={group.title ?? groupIndex} title={group.title} rows={group.rows} />
                ))}
                {detailTab.groups.length === 0 && <Text className="muted">{QUERY_MESSAGES.noResults}</Text>}
              </Tabs.TabPane>
            ),
          )}
        </Tabs>
      )}
      <View className="action-bar">
        {store.buttons.map((button) => (
          <Button
            key={button.action}
            className={`action-bar__button action-${button.action}`}
            type={button.action === 'delete' || button.action === 'cancel' ? 'default' : 'primary'}
            disabled={!button.enabled}
            onClick={() => {
              press(button.action);
            }}
          >
            {button.label}
          </Button>
        ))}
      </View>
      <Dialog
        className="delete-dialog"
        visible={store.dialog === 'delete'}
        title={QUERY_MESSAGES.deleteTitle}
        content={
          <View>
            <Text>{QUERY_MESSAGES.deleteConfirm}</Text>
            {store.dialogError && (
              <View className="dialog-error" role="alert">
                {store.dialogError}
              </View>
            )}
          </View>
        }
        confirmText={QUERY_MESSAGES.yes}
        cancelText={QUERY_MESSAGES.no}
        disableConfirmButton={store.busy}
        closeOnOverlayClick={false}
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          store.closeDialog();
        }}
      />
      <Dialog
        className="cancel-dialog"
        visible={store.dialog === 'cancel'}
        title={QUERY_MESSAGES.cancelTitle}
        closeOnOverlayClick={false}
        footer={
          // The manual's 撤销 dialog has 确认 at its bottom left.
          <View className="dialog-footer">
            <Button type="primary" disabled={store.busy} onClick={() => void confirmCancel()}>
              {QUERY_MESSAGES.confirm}
            </Button>
            <Button
              onClick={() => {
                store.closeDialog();
              }}
            >
              {QUERY_MESSAGES.cancel}
            </Button>
          </View>
        }
      >
        <TextArea
          className="cancel-dialog__reason"
          placeholder={QUERY_MESSAGES.cancelHint}
          {...inputAria({ label: QUERY_MESSAGES.cancelTitle })}
          value={store.cancelReason}
          maxLength={200}
          onChange={(value) => {
            store.setCancelReason(value);
          }}
        />
        {store.dialogError && (
          <View className="dialog-error" role="alert">
            {store.dialogError}
          </View>
        )}
      </Dialog>
    </PageShell>
  );
});
