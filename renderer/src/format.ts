import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { UiLanguage } from './i18n';

const locale = (language: UiLanguage) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** `1 234,50 €` from integer cents. */
export function formatCents(cents: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** `15,00` (no currency sign) for a price input. */
export function centsToInput(cents: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
    cents / 100,
  );
}

/** Reads `15`, `15,5`, `15.50` or `1 234,50` as cents; undefined when it is not a price. */
export function inputToCents(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return undefined;
  return Math.round(Number(compact) * 100);
}

function parseIsoDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** `22/11/2026` from `2026-11-22`. */
export function formatDate(date: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(locale(language), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(parseIsoDate(date));
}

/**
 * `Dimanche 22 novembre 2026`, `Jeudi 1er janvier 2026`: a capital only at the start of a sentence
 * (`capitalize: false` inside one), and French's ordinal first day of the month.
 */
export function formatLongDate(date: string, language: UiLanguage, { capitalize = true } = {}): string {
  const parts = new Intl.DateTimeFormat(locale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(
    parseIsoDate(date),
  );
  const text = parts.map((part) => (language === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
  return capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** `123 456 782 00010`: a SIRET (or SIREN) as it is printed. */
export function formatSiret(value: string): string {
  return value.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})?$/, (_, a: string, b: string, c: string, d?: string) => [a, b, c, d].filter(Boolean).join(' '));
}

/** `22/11/2026 10:15` from an ISO-8601 time with offset, shown in Paris time. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}

/** Today in Paris, `YYYY-MM-DD`. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** `20 %` from basis points. */
export function formatRate(basisPoints: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** `05 57 51 00 00` for a French number stored as E.164; other countries in international form. */
export function formatPhone(e164: string): string {
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  if (!parsed) return e164;
  return parsed.country === 'FR' ? parsed.formatNational() : parsed.formatInternational();
}

/** `10:15`: the Paris time of an ISO-8601 instant. */
export function formatTime(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(iso));
}
