import type { TFunction } from 'i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { todayIso } from '../../format';

export type SpaceEvent = OutputOf<'events.list'>[number];

/** The form's values: the number of participants as typed, the date as `YYYY-MM-DD` (empty while incomplete). */
export interface EventValues {
  date: string;
  title: string;
  participants: string;
}

export const EVENT_FIELDS = ['date', 'title', 'participants'] as const;

export const emptyEvent = (): EventValues => ({ date: todayIso(), title: '', participants: '' });

export const eventToValues = (event: SpaceEvent): EventValues => ({ date: event.date, title: event.title, participants: String(event.participants) });

export const valuesToEvent = (values: EventValues) => ({ date: values.date, title: values.title.trim(), participants: Number(values.participants.trim()) });

/** Checked before sending, so that each field says in words what it expects (the server checks again). */
export function eventSchema(t: TFunction) {
  return z.looseObject({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: t('events.date_invalid') }),
    title: z
      .string()
      .refine((title) => title.trim() !== '', { error: t('events.title_required') })
      .refine((title) => title.trim().length <= 120, { error: t('events.title_too_long') }),
    participants: z.string().refine((text) => /^\d+$/.test(text.trim()) && Number(text) <= 100_000, { error: t('events.participants_invalid') }),
  });
}
