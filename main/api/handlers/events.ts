import { addEvent, listEvents, removeEvent, updateEvent } from '../../domain/events/events';
import type { SpaceEvent } from '../../domain/events/schema';
import type { CallContext } from '../context';
import type { eventsContract } from '../contract/events';
import type { HandlersFor } from './types';

/** The audit log names the event by its date and title. */
function audited(ctx: CallContext, event: SpaceEvent): SpaceEvent {
  ctx.auditExtra.subject = `${event.date} ${event.title}`;
  return event;
}

export const eventsHandlers: HandlersFor<typeof eventsContract> = {
  'events.list': (ctx, { from, to }) => listEvents(ctx.db, from, to),
  'events.add': (ctx, input) => audited(ctx, addEvent(ctx.db, input, ctx.at)),
  'events.update': (ctx, input) => audited(ctx, updateEvent(ctx.db, input, ctx.at)),
  'events.remove': (ctx, { eventId }) => audited(ctx, removeEvent(ctx.db, eventId)),
};
