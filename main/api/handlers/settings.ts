import { readSettings, writeSection } from '../../domain/settings/store';
import type { settingsContract } from '../contract/settings';
import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<typeof settingsContract> = {
  'settings.get': ({ db }) => readSettings(db),
  'settings.updateIdentity': ({ db, at }, identity) => writeSection(db, 'identity', identity, at),
  'settings.updateVat': ({ db, at }, vat) => writeSection(db, 'vat', vat, at),
  'settings.updateOpening': ({ db, at }, opening) => writeSection(db, 'opening', opening, at),
  'settings.updateSecurity': ({ db, at }, security) => writeSection(db, 'security', security, at),
};
