import { fieldLabel, numberLabel, translate, valueLabel } from '../i18n';

/** Human output of the `relais` command: French, aligned, readable in a terminal. */
export function humanText(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? translate('fr', 'cli.empty') : table(value);
  if (value !== null && typeof value === 'object') return keyValues(value as Record<string, unknown>);
  return String(value);
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** One value as French text: `22/11/2026`, `1 234,50 €`, « oui », the French half of a {fr, en} pair. */
function cell(value: unknown, key = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return number(value, key);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.map((item: string | number) => (typeof item === 'string' ? valueLabel('fr', key, item) : String(item))).join(', ');
  }
  if (typeof value === 'object') {
    const french = (value as { fr?: unknown }).fr;
    return typeof french === 'string' ? french : JSON.stringify(value);
  }
  const text = String(value);
  // A logo is kept as a data: URL; its base64 would fill the terminal.
  const data = /^data:([\w/+.-]+);base64,/.exec(text);
  if (data) return `${data[1]} (${bytes(Math.round((text.length - data[0].length) * 0.75))})`;
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(text);
  if (date) return `${date[3]}/${date[2]}/${date[1]}${date[4] ? ` ${date[4]}` : ''}`;
  return valueLabel('fr', key, text);
}

const bytes = (count: number) => (count < 1024 ? `${count} octets` : `${Math.round(count / 1024)} Ko`);

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/**
 * A number as {@link numberLabel} writes it, and the names only the terminal meets: an amount named
 * the other way round (`centsPerMinute`), a 0–1 ratio (`occupancyRate`), a month by its name.
 */
function number(value: number, key: string): string {
  if (key.startsWith('cents')) return numberLabel('fr', 'amountCents', value);
  if (key === 'rate' || key.endsWith('Rate')) return percent.format(value);
  if (key.endsWith('Month') && Number.isInteger(value) && value >= 1 && value <= 12) return monthName.format(Date.UTC(2000, value - 1, 1));
  return numberLabel('fr', key, value);
}

function table(rows: unknown[]): string {
  if (!rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
    return rows.map((row) => cell(row)).join('\n');
  }
  const records = rows as Record<string, unknown>[];
  const keys = [...new Set(records.flatMap((row) => Object.keys(row)))];
  const header = keys.map((key) => fieldLabel('fr', key));
  const body = records.map((row) => keys.map((key) => cell(row[key], key)));
  const widths = keys.map((_, i) => Math.max(header[i]?.length ?? 0, ...body.map((line) => line[i]?.length ?? 0)));
  const format = (line: string[]) =>
    line
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(header), ...body.map(format)].join('\n');
}

function keyValues(record: Record<string, unknown>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const label = fieldLabel('fr', key);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`${indent}${label} :`, keyValues(value as Record<string, unknown>, `${indent}  `));
    } else if (Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === 'object')) {
      // A list of records (an import's rejected lines…) as a table under its label.
      lines.push(`${indent}${label} :`, ...table(value).split('\n').map((line) => `${indent}  ${line}`));
    } else {
      lines.push(`${indent}${label} : ${cell(value, key)}`);
    }
  }
  return lines.join('\n');
}
