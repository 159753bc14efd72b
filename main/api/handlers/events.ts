import { addEvent, listEvents, removeEvent, updateEvent } from '../../domain/events/events';
import type { eventsContract } from '../contract/events';
import type { HandlersFor } from './types';

export const eventsHandlers: HandlersFor<typeof eventsContract> = {
  'events.list': (ctx, { from, to }) => listEvents(ctx.db, from, to),
  'events.add': (ctx, input) => addEvent(ctx.db, input, ctx.at),
  'events.update': (ctx, input) => updateEvent(ctx.db, input, ctx.at),
  'events.remove': (ctx, { eventId }) => removeEvent(ctx.db, eventId),
};
