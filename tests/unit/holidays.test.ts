import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../main/domain/calendar/holidays';

// Easter Monday, Ascension and Whit Monday move with Easter; the rest are fixed.
const MOVABLE: Record<number, [string, string, string]> = {
  2024: ['04-01', '05-09', '05-20'],
  2025: ['04-21', '05-29', '06-09'],
  2026: ['04-06', '05-14', '05-25'],
  2027: ['03-29', '05-06', '05-17'],
  2028: ['04-17', '05-25', '06-05'],
  2029: ['04-02', '05-10', '05-21'],
  2030: ['04-22', '05-30', '06-10'],
};
const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

describe('French public holidays', () => {
  for (const [year, movable] of Object.entries(MOVABLE)) {
    it(`are the eleven known dates of ${year}`, () => {
      const expected = [...FIXED, ...movable].map((day) => `${year}-${day}`).sort();
      expect(publicHolidays(Number(year), 'metropole').map((h) => h.date)).toEqual(expected);
    });
  }

  it('name them in French and English', () => {
    const names = Object.fromEntries(publicHolidays(2026, 'metropole').map((h) => [h.date, h.name]));
    expect(names['2026-04-06']).toEqual({ fr: 'Lundi de Pâques', en: 'Easter Monday' });
    expect(names['2026-05-14']?.fr).toBe('Ascension');
    expect(names['2026-05-25']?.fr).toBe('Lundi de Pentecôte');
    expect(names['2026-01-01']?.fr).toBe('Jour de l’An');
    expect(names['2026-05-01']?.fr).toBe('Fête du Travail');
    expect(names['2026-07-14']).toEqual({ fr: 'Fête nationale', en: 'Bastille Day' });
  });

  it('add Good Friday and Saint Stephen’s Day in Alsace-Moselle, and abolition day overseas', () => {
    const alsace = publicHolidays(2026, 'alsace-moselle').map((h) => h.date);
    expect(alsace).toContain('2026-04-03');
    expect(alsace).toContain('2026-12-26');
    expect(alsace).toHaveLength(13);
    expect(publicHolidays(2026, 'alsace-moselle').find((h) => h.date === '2026-12-26')?.name.fr).toBe('Saint-Étienne');
    expect(publicHolidays(2026, 'MQ').map((h) => h.date)).toContain('2026-05-22');
    expect(publicHolidays(2026, 'RE').map((h) => h.date)).toContain('2026-12-20');
  });
});
