import { isoDate } from '../../domain/common/time';
import { loadDemo } from '../../domain/demo/load';
import { readSection, writeSection } from '../../domain/settings/store';
import type { appContract } from '../contract/app';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<typeof appContract> = {
  'ui.preferences': ({ prefs }) => prefs.get(),
  'ui.setLanguage': ({ prefs }, { language }) => prefs.set({ language }),
  'setup.complete': ({ db, at }) => {
    const setup = readSection(db, 'setup');
    return writeSection(db, 'setup', { ...setup, completedAt: setup.completedAt ?? at }, at);
  },
  'demo.load': ({ db, now, at }, options) => loadDemo(db, options, isoDate(now), at),
};
