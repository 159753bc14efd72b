import { TZDate } from '@date-fns/tz';
import * as z from 'zod';
import { isoDateTime, isValidIsoDate, SPACE_TIME_ZONE } from '../common/time';
import { searchable } from '../members/list';
import { Direction } from './schema';

/** Which column of an operator's file holds what (header names as in the file). */
export const ColumnMapping = z
  .strictObject({
    /** Date and time in one column… */
    start: z.string().max(80).optional(),
    /** …or in two. */
    date: z.string().max(80).optional(),
    time: z.string().max(80).optional(),
    /** The other party; or the caller and called columns, read by the call's direction. */
    number: z.string().max(80).optional(),
    caller: z.string().max(80).optional(),
    called: z.string().max(80).optional(),
    duration: z.string().max(80),
    direction: z.string().max(80).optional(),
    /** The direction of every call when the file has no such column. */
    defaultDirection: Direction.default('out'),
  })
  .refine((m) => m.start !== undefined || m.date !== undefined, { error: 'validation.mapping_start', path: ['start'] })
  .refine((m) => m.number !== undefined || m.called !== undefined || m.caller !== undefined, { error: 'validation.mapping_number', path: ['number'] });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

type Field = 'start' | 'date' | 'time' | 'number' | 'caller' | 'called' | 'duration' | 'direction';

/** Header names operators use, in French and English, lower case without accents. */
const SYNONYMS: Record<Field, string[]> = {
  start: ['date et heure', 'date/heure', 'date heure', 'date_heure', 'debut', 'début', 'start', 'start time', 'datetime', 'horodatage', 'date de debut'],
  date: ['date', 'jour', 'day', 'date appel', 'call date', 'date d appel'],
  time: ['heure', 'time', 'heure appel', 'heure de debut', 'call time'],
  number: ['numero', 'number', 'correspondant', 'numero correspondant', 'tiers', 'other party'],
  caller: ['appelant', 'caller', 'calling', 'numero appelant', 'from', 'origine', 'source'],
  called: ['appele', 'called', 'numero appele', 'destination', 'dest', 'callee', 'to', 'numero compose', 'called number'],
  duration: ['duree', 'duration', 'duree (s)', 'duree (secondes)', 'duree en secondes', 'duration_s', 'secondes', 'seconds', 'temps'],
  direction: ['sens', 'direction', 'type', 'type d appel', 'call type', 'entrant/sortant', 'in/out'],
};

const normal = (header: string) => searchable(header).replace(/[’'_]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * A mapping read from the header names; `missing` lists what could not be found. A « date » column
 * whose first value carries a time is taken as date and time together.
 */
export function guessMapping(headers: string[], firstRow: string[] = []): { mapping: Partial<Record<Field, string>>; missing: string[] } {
  const mapping: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(SYNONYMS) as Field[]) {
    const found = headers.find((header) => SYNONYMS[field].map(normal).includes(normal(header)) && !Object.values(mapping).includes(header));
    if (found) mapping[field] = found;
  }
  if (mapping.date && !mapping.start && !mapping.time && /\d{1,2}:\d{2}/.test(firstRow[headers.indexOf(mapping.date)] ?? '')) {
    mapping.start = mapping.date;
    delete mapping.date;
  }
  // « Type » may hold Fixe/Mobile rather than a direction: kept only when its first value reads as one.
  if (mapping.direction && readDirection(firstRow[headers.indexOf(mapping.direction)] ?? '') === undefined && firstRow.length > 0) delete mapping.direction;
  const missing: string[] = [];
  if (!mapping.start && !mapping.date) missing.push('date');
  if (!mapping.number && !mapping.called && !mapping.caller) missing.push('number');
  if (!mapping.duration) missing.push('duration');
  return { mapping, missing };
}

const IN = new Set(['in', 'entrant', 'entrante', 'incoming', 'inbound', 'recu', 'e', 'arrivee', 'appel entrant', 'entree']);
const OUT = new Set(['out', 'sortant', 'sortante', 'outgoing', 'outbound', 'emis', 's', 'depart', 'appel sortant', 'sortie']);

export function readDirection(text: string): 'in' | 'out' | undefined {
  const value = normal(text);
  if (IN.has(value)) return 'in';
  if (OUT.has(value)) return 'out';
  return undefined;
}

function parisIso(date: string, time: string): string | undefined {
  if (!isValidIsoDate(date)) return undefined;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!clock) return undefined;
  const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDateTime(new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, SPACE_TIME_ZONE).getTime()));
}

/** `22/11/2026` or `2026-11-22` as `2026-11-22`. */
function isoDay(text: string): string {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2]}-${french[1]}` : text;
}

/**
 * The start of a call as ISO-8601 with the Paris offset, from `DD/MM/YYYY HH:mm[:ss]`, ISO-8601
 * (with an offset, or read as Paris time), or a date and a time column. Undefined when unreadable.
 */
export function readStart(dateText: string, timeText?: string): string | undefined {
  const text = dateText.trim();
  if (timeText !== undefined) return parisIso(isoDay(text), timeText.trim());
  const withOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text);
  if (withOffset) {
    const instant = new Date(text.replace(' ', 'T'));
    return Number.isNaN(instant.getTime()) ? undefined : isoDateTime(instant);
  }
  const parts = /^(\S+)[T ](\d{1,2}:\d{2}(?::\d{2})?)$/.exec(text);
  return parts ? parisIso(isoDay(parts[1] ?? ''), parts[2] ?? '') : undefined;
}
