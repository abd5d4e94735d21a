import { useEffect } from 'react';
import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { signInAtLaunch } from './signInAtLaunch';
import { RootStore } from './stores/RootStore';
import { StoreContext } from './stores/storeContext';
import { startWebSemantics } from './ui/webSemantics';
import './ui/nutuiStyles';
import './app.css';
import './ui/elderMode.css';

const rootStore = new RootStore();
startWebSemantics();

/**
 * The app shell: one {@link RootStore} for every page; the login starts as the app launches, and the
 * network is followed from the start.
 */
function App({ children }: PropsWithChildren) {
  useLaunch(({ path }) => {
    signInAtLaunch(rootStore.session, path);
  });
  useEffect(() => {
    rootStore.connectivity.start();
    return () => {
      rootStore.connectivity.dispose();
    };
  }, []);
  return <StoreContext.Provider value={rootStore}>{children}</StoreContext.Provider>;
}
export default App;
