import { describe, expect, it } from 'vitest';
import en from '../../../main/i18n/en.json' with { type: 'json' };
import fr from '../../../main/i18n/fr.json' with { type: 'json' };
import { amount, day, dayTime, phone, text, toCsv, columns } from '../../../main/domain/exports/format';

describe('how the CSV exports write values', () => {
  it('writes amounts with a decimal comma and no grouping, negatives with a minus', () => {
    expect([0, 5, 50, 123450, -1200, -5, 100_000_000].map(amount)).toEqual(['0,00', '0,05', '0,50', '1234,50', '-12,00', '-0,05', '1000000,00']);
  });

  it('writes dates DD/MM/YYYY and instants at the Paris wall clock, summer and winter time alike', () => {
    expect([day('2026-11-22'), day(null), day('')]).toEqual(['22/11/2026', '', '']);
    expect(dayTime('2026-11-02T10:00:00+01:00')).toBe('02/11/2026 10:00');
    expect(dayTime('2026-07-02T00:05:00+02:00')).toBe('02/07/2026 00:05');
    // Given in UTC: the night summer time starts, and New Year's Eve in Paris.
    expect(dayTime('2026-03-29T01:30:00Z')).toBe('29/03/2026 03:30');
    expect(dayTime('2026-12-31T23:30:00Z')).toBe('01/01/2027 00:30');
  });

  it('writes phone numbers the French way, never starting with +', () => {
    expect(phone('+33612345678', '06 12 34 56 78')).toBe('06 12 34 56 78');
    expect(phone('+442079460958', '+44 20 7946 0958')).toBe('00 44 20 7946 0958');
    expect(phone(null, '+44 20 453')).toBe('0044 20 453');
    expect(phone(null, '3949')).toBe('3949');
  });

  it('keeps a text that starts like a formula from being computed', () => {
    expect(['=SUM(A1)', '+33', '-x', '@me', 'Hélène', ''].map(text)).toEqual(["'=SUM(A1)", "'+33", "'-x", "'@me", 'Hélène', '']);
  });

  it('has a French header (and an English one) for every column of every export', () => {
    const csv = (catalog: typeof fr) => Object.values(catalog.csv).flatMap((section) => Object.values(section));
    for (const header of [...csv(fr), ...csv(en as typeof fr)]) expect(header).not.toMatch(/^csv\./);
    const table = toCsv(columns<{ a: number }>('invoices', [['number', (row) => row.a]]), [{ a: 1 }]);
    expect(table).toEqual({ csv: '\uFEFFNuméro\r\n1\r\n', rows: 1 });
  });
});
