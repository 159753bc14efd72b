import { listTariffs, updateTariffs } from '../../domain/tariffs/tariffs';
import type { tariffsContract } from '../contract/tariffs';
import type { HandlersFor } from './types';

export const tariffsHandlers: HandlersFor<typeof tariffsContract> = {
  'tariffs.list': ({ db }) => listTariffs(db),
  'tariffs.update': ({ db, at }, { tariffs }) => updateTariffs(db, tariffs, at),
};
