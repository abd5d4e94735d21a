import { useEffect } from 'react';
import type { PropsWithChildren } from 'react';
import { Dialog, NoticeBar } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { MESSAGES } from '../messages';
import { restartAt } from '../routes';
import { useStores } from '../stores/storeContext';
import { PageRoot } from './PageRoot';

/**
 * Every page after login sits in this shell: a page opened without a session (a reload, a deep link)
 * goes back to the login, a session timeout shows the re-login dialog over the page, keeping what the
 * user typed (it lives in the stores), and a notice at the top says when the phone is offline.
 */
export const PageShell = observer(function PageShell({ children }: PropsWithChildren) {
  const { session, connectivity } = useStores();
  useEffect(() => {
    if (session.phase === 'idle' || session.phase === 'failed') restartAt('index', {});
  }, [session.phase]);
  return (
    <PageRoot>
      {!connectivity.online && (
        <NoticeBar className="offline-notice" content={MESSAGES.offline} wrap scrollable={false} />
      )}
      {children}
      <Dialog
        visible={
          session.phase === 'expired' || (session.phase === 'connecting' && session.role !== undefined)
        }
        title="登录超时"
        content={MESSAGES.sessionTimeout}
        confirmText={MESSAGES.reLogin}
        hideCancelButton
        closeOnOverlayClick={false}
        disableConfirmButton={session.phase === 'connecting'}
        onConfirm={() => {
          void session.signIn();
        }}
      />
    </PageRoot>
  );
});
