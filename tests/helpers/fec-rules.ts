/**
 * The format of a FEC (LPF art. A47 A-1, and the DGFiP's notes on it), checked rule by rule: what a
 * file breaks, one message per broken rule and line. Written from the text, apart from the exporter.
 */
export const FEC_HEADER = [
  'JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'CompAuxNum', 'CompAuxLib', 'PieceRef', 'PieceDate',
  'EcritureLib', 'Debit', 'Credit', 'EcritureLet', 'DateLet', 'ValidDate', 'Montantdevise', 'Idevise',
];

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const AMOUNT = /^\d+,\d{2}$/;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const cents = (amount: string) => Number(amount.replace(',', '')) ;

export function fecViolations(fileName: string, bytes: Buffer, period: { start: string; end: string; siren: string }): string[] {
  const problems: string[] = [];
  const end = period.end.replaceAll('-', '');
  if (fileName !== `${period.siren}FEC${end}.txt`) problems.push(`file name ${fileName}: not <SIREN>FEC<end of year>.txt`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('a byte-order mark before the header');
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').compare(bytes) !== 0) problems.push('not valid UTF-8');
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0] ?? '';
  const separator = header.includes('\t') ? '\t' : '|';
  if (header.split(separator).join(',') !== FEC_HEADER.join(',')) problems.push(`header: ${header}`);
  const entries = new Map<string, { debit: number; credit: number; date: string }>();
  let lastValid = '';
  lines.slice(1).forEach((line, index) => {
    const at = `line ${index + 2}`;
    const fields = line.split(separator);
    if (fields.length !== 18) return void problems.push(`${at}: ${fields.length} fields instead of 18`);
    const record = Object.fromEntries(FEC_HEADER.map((name, i) => [name, fields[i] ?? ''])) as Record<string, string>;
    for (const name of ['JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'PieceRef', 'PieceDate', 'EcritureLib', 'Debit', 'Credit', 'ValidDate']) {
      if ((record[name] ?? '') === '') problems.push(`${at}: ${name} empty`);
    }
    for (const name of ['EcritureDate', 'PieceDate', 'ValidDate']) if (!isDate(record[name] ?? '')) problems.push(`${at}: ${name} ${record[name]} is not YYYYMMDD`);
    if (record.DateLet !== '' && !isDate(record.DateLet ?? '')) problems.push(`${at}: DateLet ${record.DateLet} is not YYYYMMDD`);
    if ((record.EcritureLet === '') !== (record.DateLet === '')) problems.push(`${at}: EcritureLet and DateLet go together`);
    for (const name of ['Debit', 'Credit']) if (!AMOUNT.test(record[name] ?? '')) problems.push(`${at}: ${name} ${record[name]} is not 1234,50`);
    if ((record.CompAuxNum === '') !== (record.CompAuxLib === '')) problems.push(`${at}: CompAuxNum and CompAuxLib go together`);
    if (!/^\d{3}/.test(record.CompteNum ?? '')) problems.push(`${at}: CompteNum ${record.CompteNum} does not start with 3 digits`);
    const date = record.EcritureDate ?? '';
    if (date < period.start.replaceAll('-', '') || date > end) problems.push(`${at}: EcritureDate ${date} outside the fiscal year`);
    if ((record.ValidDate ?? '') < lastValid) problems.push(`${at}: not in order of ValidDate`);
    lastValid = record.ValidDate ?? '';
    const debit = cents(record.Debit ?? '0,00');
    const credit = cents(record.Credit ?? '0,00');
    if (debit !== 0 && credit !== 0) problems.push(`${at}: both a debit and a credit`);
    const key = `${record.JournalCode}:${record.EcritureNum}`;
    const entry = entries.get(key) ?? { debit: 0, credit: 0, date };
    if (entry.date !== date) problems.push(`${at}: entry ${key} has two dates`);
    entry.debit += debit;
    entry.credit += credit;
    entries.set(key, entry);
  });
  for (const [key, { debit, credit }] of entries) if (debit !== credit) problems.push(`entry ${key} does not balance: ${debit} ≠ ${credit}`);
  // Per journal, the entry numbers run on without a gap.
  const numbers = new Map<string, number[]>();
  for (const key of entries.keys()) {
    const [journal, number] = key.split(':') as [string, string];
    numbers.set(journal, [...(numbers.get(journal) ?? []), Number(number.replace(/\D/g, ''))]);
  }
  for (const [journal, list] of numbers) {
    const sorted = [...list].sort((a, b) => a - b);
    if (sorted.some((n, i) => n !== i + 1)) problems.push(`journal ${journal}: entry numbers not continuous from 1`);
  }
  return problems;
}
