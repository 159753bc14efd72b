import { fieldLabel, translate } from '../i18n';

/** Human output of the `relais` command: French, aligned, readable in a terminal. */
export function humanText(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? translate('fr', 'cli.empty') : table(value);
  if (value !== null && typeof value === 'object') return keyValues(value as Record<string, unknown>);
  return String(value);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function table(rows: unknown[]): string {
  if (!rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
    return rows.map(cell).join('\n');
  }
  const records = rows as Record<string, unknown>[];
  const keys = [...new Set(records.flatMap((row) => Object.keys(row)))];
  const header = keys.map((key) => fieldLabel('fr', key));
  const body = records.map((row) => keys.map((key) => cell(row[key])));
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
    } else {
      lines.push(`${indent}${label} : ${cell(value)}`);
    }
  }
  return lines.join('\n');
}
