import { AddEventInput, EventQuery, EventRef, SpaceEvent, UpdateEventInput } from '../../domain/events/schema';
import * as z from 'zod';
import { ALL_STAFF, method } from '../define';
import type { MethodSpec } from '../define';

export const eventsContract = {
  'events.list': method({
    summary: 'The events the space organised between two dates, newest first',
    input: EventQuery,
    output: z.array(SpaceEvent),
    roles: ALL_STAFF,
    cli: { command: 'events list' },
  }),
  'events.add': method({
    summary: 'Record an event (workshop, talk, open day): its date, title and number of participants',
    input: AddEventInput,
    output: SpaceEvent,
    roles: ALL_STAFF,
    audit: 'events_changed',
    cli: { command: 'events add' },
  }),
  'events.update': method({
    summary: 'Correct an event',
    input: UpdateEventInput,
    output: SpaceEvent,
    roles: ALL_STAFF,
    audit: 'events_changed',
  }),
  'events.remove': method({
    summary: 'Remove an event recorded by mistake',
    input: EventRef,
    output: SpaceEvent,
    roles: ALL_STAFF,
    audit: 'events_changed',
  }),
} satisfies Record<string, MethodSpec>;
