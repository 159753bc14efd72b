import type { UiLanguage } from '../../i18n';

const locale = (language: UiLanguage) => (language === 'fr' ? 'fr-FR' : 'en-GB');

const parse = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(year, number - 1, 1);
};

/** `Mars 2026` in a table's first column. */
export function monthName(month: string, language: UiLanguage): string {
  const text = new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric' }).format(parse(month));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `mars` under a chart's bar; `mars 26` when the fiscal year spans two calendar years. */
export function shortMonth(month: string, language: UiLanguage, withYear: boolean): string {
  return new Intl.DateTimeFormat(locale(language), withYear ? { month: 'short', year: '2-digit' } : { month: 'short' }).format(parse(month));
}

/** `13,4 %` from a ratio of 0 to 1 (`88,0 %`: one decimal always, so that a column reads evenly). */
export function formatRatio(ratio: number, language: UiLanguage, decimals = 1): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(ratio);
}

/** `2 520`: a count with the language's grouping. */
export function formatCount(count: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language)).format(count);
}

/** `1 500 €` on a chart's axis: whole euros. */
export function formatAxisEuros(euros: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}
