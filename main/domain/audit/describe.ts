import { fieldLabel, valueLabel, type Language } from '../../i18n';

const MAX_LENGTH = 160;

function describeValue(language: Language, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'object') return '…';
  return typeof value === 'string' ? valueLabel(language, key, value) : String(value);
}

/** One line saying what an audited call changed, with field names in the reader's language. */
export function describeDetails(details: Record<string, unknown>, language: Language): string {
  const source = (details.input ?? details) as Record<string, unknown>;
  const parts = Object.entries(source)
    .filter(([key]) => key !== 'method')
    .map(([key, value]) => `${fieldLabel(language, key)}${language === 'fr' ? '\u00a0: ' : ': '}${describeValue(language, key, value)}`);
  const text = parts.join(' · ');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
