import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from '@/lib/app-state';
import type { Translate } from '@/lib/i18n';

export interface AppContextValue {
  state: AppState;
  t: Translate;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The panel's state model and translator, provided once by `<App>`. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <App>');
  return value;
}
