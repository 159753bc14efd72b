import type { Language } from '../i18n';

/** Interface preferences; the desktop shell keeps them in electron-store, never in the database. */
export interface Preferences {
  language: Language;
}

export interface PreferencesStore {
  get(): Preferences;
  set(change: Partial<Preferences>): Preferences;
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'fr' };

/** Preferences that last as long as the process: the HTTP bridge and the CLI. */
export function memoryPreferences(initial: Preferences = DEFAULT_PREFERENCES): PreferencesStore {
  let current = { ...initial };
  return {
    get: () => ({ ...current }),
    set: (change) => {
      current = { ...current, ...change };
      return { ...current };
    },
  };
}
