import {
  addRoom,
  addSeat,
  listSeats,
  reinstateRoom,
  reinstateSeat,
  renameRoom,
  retireRoom,
  retireSeat,
  spaceLayout,
  updateSeat,
} from '../../domain/space/layout';
import { isoDate } from '../../domain/common/time';
import type { spaceContract } from '../contract/space';
import type { HandlersFor } from './types';

export const spaceHandlers: HandlersFor<typeof spaceContract> = {
  'space.layout': ({ db }) => spaceLayout(db),
  'space.listSeats': ({ db, now }, { includeRetired }) => listSeats(db, isoDate(now), includeRetired),
  'space.addRoom': ({ db }, input) => addRoom(db, input),
  'space.renameRoom': ({ db }, { roomId, name }) => renameRoom(db, roomId, name),
  'space.retireRoom': ({ db }, { id, on }) => retireRoom(db, id, on),
  'space.reinstateRoom': ({ db }, { id }) => reinstateRoom(db, id),
  'space.addSeat': ({ db, now }, input) => addSeat(db, input, isoDate(now)),
  'space.updateSeat': ({ db, now }, input) => updateSeat(db, input, isoDate(now)),
  'space.retireSeat': ({ db }, { id, on }) => retireSeat(db, id, on),
  'space.reinstateSeat': ({ db, now }, { id }) => reinstateSeat(db, id, isoDate(now)),
};
