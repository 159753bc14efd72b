import { fieldLabel, type Language } from '../../i18n';

const MAX_LENGTH = 160;

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'object') return '…';
  return String(value);
}

/** One line saying what an audited call changed, with field names in the reader's language. */
export function describeDetails(details: Record<string, unknown>, language: Language): string {
  const source = (details.input ?? details) as Record<string, unknown>;
  const parts = Object.entries(source)
    .filter(([key]) => key !== 'method')
    .map(([key, value]) => `${fieldLabel(language, key)}${language === 'fr' ? '\u00a0: ' : ': '}${describeValue(value)}`);
  const text = parts.join(' · ');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
