import { useEffect } from 'react';
import type { PropsWithChildren } from 'react';
import { RootStore } from './stores/RootStore';
import { StoreContext } from './stores/storeContext';
import { startWebSemantics } from './ui/webSemantics';
import './ui/nutuiStyles';
import './app.css';
import './ui/elderMode.css';

const rootStore = new RootStore();
startWebSemantics();

/** The app shell: one {@link RootStore} for every page, following the network from the start. */
function App({ children }: PropsWithChildren) {
  useEffect(() => {
    rootStore.connectivity.start();
    return () => {
      rootStore.connectivity.dispose();
    };
  }, []);
  return <StoreContext.Provider value={rootStore}>{children}</StoreContext.Provider>;
}
export default App;
