import { View } from '@tarojs/components';
import { Button, Cell, NoticeBar, Switch } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { menuFor } from '../../menuItems';
import { MESSAGES } from '../../messages';
import { ROLE_LABELS } from '../../roles';
import { openPage, restartAt } from '../../routes';
import { useStores } from '../../stores/storeContext';
import { PageShell } from '../../ui/PageShell';

/** The business menu of the identity picked in 身份选择, and the switch of 长辈模式. */
export default observer(function MenuPage() {
  const { session, elderMode } = useStores();
  const role = session.role;
  return (
    <PageShell>
      {role && (
        <View>
          <Cell
            title={`当前身份：${ROLE_LABELS[role]}`}
            extra="切换身份"
            clickable
            onClick={() => {
              restartAt('identity', {});
            }}
          />
          <Cell
            className="elder-mode"
            title={MESSAGES.elderMode}
            description={MESSAGES.elderModeHint}
            align="center"
            extra={
              <Switch
                className="elder-mode__switch"
                checked={elderMode.on}
                // The change is synchronous: NutUI's own loading state would otherwise stay on when its
                // re-render and the store's land in separate renders, and then swallow the next tap.
                loading={false}
                ariaLabel={MESSAGES.elderMode}
                onChange={(on) => {
                  elderMode.set(on);
                }}
              />
            }
          />
          {menuFor(role).map((group) => (
            <Cell.Group key={group.title} title={group.title}>
              {group.items.map((item) => (
                <Cell
                  key={item.label}
                  title={item.label}
                  clickable
                  align="center"
                  onClick={() => {
                    openPage(item.page, item.params as never);
                  }}
                />
              ))}
            </Cell.Group>
          ))}
          {session.error && <NoticeBar className="error-bar" content={session.error} wrap />}
          <View className="menu-actions">
            <Button
              className="exit-button"
              onClick={() => {
                void session.exit();
              }}
            >
              退出
            </Button>
          </View>
        </View>
      )}
    </PageShell>
  );
});
