import { fieldLabel, numberLabel, translate, valueLabel, type Language } from '../../i18n';
import type { Changes } from './changes';

const MAX_LENGTH = 400;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as people read it: dates `01/12/2026`, cents in euros, basis points in %, minutes with their unit. */
function describeValue(language: Language, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(language, value ? 'audit.yes' : 'audit.no');
  if (Array.isArray(value)) return `(${value.length})`;
  if (typeof value === 'object') return '…';
  if (typeof value === 'number') return numberLabel(language, key, value);
  const text = String(value);
  const date = ISO_DATE.exec(text);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  if (text.startsWith('data:')) return translate(language, 'audit.image');
  return valueLabel(language, key, text);
}

/** Record ids say nothing to a person; the subject (code and name) says it instead. */
const shown = (key: string) => key !== 'id' && !key.endsWith('Id') && key !== 'method';

const colon = (language: Language) => (language === 'fr' ? '\u00a0: ' : ': ');

/**
 * One line saying what an audited call did, with field names in the reader's language: the record
 * concerned, then what changed (before → after) or, failing that, what was sent.
 */
export function describeDetails(details: Record<string, unknown>, language: Language): string {
  const parts: string[] = [];
  if (typeof details.subject === 'string') parts.push(details.subject);
  const changes = details.changes as Changes | undefined;
  if (changes) {
    for (const [key, { from, to, as }] of Object.entries(changes).filter(([key]) => shown(key))) {
      const kind = as ?? key;
      parts.push(`${fieldLabel(language, key)}${colon(language)}${describeValue(language, kind, from)} → ${describeValue(language, kind, to)}`);
    }
  } else {
    const source = (details.input ?? details) as Record<string, unknown>;
    for (const [key, value] of Object.entries(source).filter(([key]) => shown(key) && key !== 'subject')) {
      parts.push(`${fieldLabel(language, key)}${colon(language)}${describeValue(language, key, value)}`);
    }
  }
  const text = parts.join(' · ');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
