import Store from 'electron-store';
import type { Rectangle } from 'electron';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesStore } from '../api/preferences';

export interface ShellPreferences extends Preferences {
  windowBounds?: Rectangle;
  windowMaximized?: boolean;
}

/** UI preferences only (window, language); business data lives in the SQLite database. */
export function createShellPreferences(onLanguage: (language: Preferences['language']) => void): {
  prefs: PreferencesStore;
  store: Store<ShellPreferences>;
} {
  const store = new Store<ShellPreferences>({ name: 'preferences', defaults: { ...DEFAULT_PREFERENCES } });
  const prefs: PreferencesStore = {
    get: () => ({ language: store.get('language') }),
    set: (change) => {
      if (change.language && change.language !== store.get('language')) {
        store.set('language', change.language);
        onLanguage(change.language);
      }
      return { language: store.get('language') };
    },
  };
  return { prefs, store };
}
