import { createContext, useContext } from 'react';
import type { RootStore } from './RootStore';

/** Carries the {@link RootStore} from the app component to every page. */
export const StoreContext = createContext<RootStore | undefined>(undefined);

/** The root store of the running app. */
export function useStores(): RootStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStores() outside <StoreContext.Provider>');
  return store;
}
