import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { signInAtLaunch } from './signInAtLaunch';
import { RootStore } from './stores/RootStore';
import { StoreContext } from './stores/storeContext';
import './ui/nutuiStyles';
import './app.css';

const rootStore = new RootStore();

/** The app shell: one {@link RootStore} for every page; the login starts as the app launches. */
function App({ children }: PropsWithChildren) {
  useLaunch(({ path }) => {
    signInAtLaunch(rootStore.session, path);
  });
  return <StoreContext.Provider value={rootStore}>{children}</StoreContext.Provider>;
}
export default App;
