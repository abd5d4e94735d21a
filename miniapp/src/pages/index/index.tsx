import { useEffect } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, NoticeBar } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { MESSAGES } from '../../messages';
import { restartAt } from '../../routes';
import { useStores } from '../../stores/storeContext';
import { PageRoot } from '../../ui/PageRoot';

/** 登录: the session comes from the host app's login; then on to 身份选择. */
export default observer(function LoginPage() {
  const { session } = useStores();
  useEffect(() => {
    if (session.phase === 'idle') void session.signIn();
  }, [session]);
  useEffect(() => {
    if (session.phase === 'signedIn' && !session.blockedReason) restartAt('identity', {});
  }, [session.phase, session.blockedReason]);

  return (
    <PageRoot className="login">
      <View className="login__title">边民互市贸易服务</View>
      {session.phase === 'connecting' && <Text className="muted">{MESSAGES.loading}</Text>}
      {session.blockedReason && <NoticeBar className="error-bar" content={session.blockedReason} wrap />}
      {session.phase === 'failed' && (
        <View>
          <NoticeBar className="error-bar" content={session.error ?? MESSAGES.hostUnavailable} wrap />
          <Button type="primary" block onClick={() => void session.signIn()}>
            {MESSAGES.retry}
          </Button>
        </View>
      )}
    </PageRoot>
  );
});
