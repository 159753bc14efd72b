import fr from './fr.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

/** Messages the back end writes for people: errors, field names, audit actions, CLI text. */
export type Catalog = typeof fr;
export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. `errors.auth.wrong_pin`. */
export type MessageKey = Leaves<Catalog>;
/** A value, or the same value in each language (a holiday's name). */
export type MessageParam = string | number | { fr: string; en: string };
export type MessageParams = Record<string, MessageParam>;

const catalogs: Record<Language, unknown> = { fr, en };

function lookup(language: Language, key: string): string | undefined {
  let node: unknown = catalogs[language];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function hasMessage(key: string): key is MessageKey {
  return lookup('fr', key) !== undefined;
}

/**
 * A number as people read it, by its name: `…Cents` an amount (`8,00 €`, `€8.00`), `…Bp` basis
 * points as a percentage (`20 %`), `…Minutes` with its unit; any other as it is.
 */
export function numberLabel(language: Language, name: string, value: number): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (name.endsWith('Cents')) return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value / 100);
  if (name.endsWith('Bp')) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 10_000);
  if (name.endsWith('Minutes')) return `${value} min`;
  return String(value);
}

/**
 * A parameter as people read it: an ISO date `2026-12-01` becomes `01/12/2026` (French and British
 * order); a number as {@link numberLabel} writes it.
 */
function shown(language: Language, name: string, value: MessageParam): string {
  if (typeof value === 'object') return value[language];
  if (typeof value === 'number') return numberLabel(language, name, value);
  const date = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return date ? `${date[3]}/${date[2]}/${date[1]}` : String(value);
}

/** Renders `key` in `language`, replacing `{{name}}` placeholders with `params`. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = lookup(language, key) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in params ? shown(language, name, params[name] as MessageParam) : `{{${name}}}`));
}

/** Both languages at once, as the contract's errors carry them. */
export function bilingual(key: MessageKey, params: MessageParams = {}): { message: string; messageEn: string } {
  return { message: translate('fr', key, params), messageEn: translate('en', key, params) };
}

/** The label of a field in both languages; the raw name when the catalog has none. */
export function fieldLabel(language: Language, field: string): string {
  return lookup(language, `fields.${field}`) ?? field;
}

/** How a stored value reads for people (`welcome` → « accueil »), or the value itself. */
export function valueLabel(language: Language, field: string, value: string): string {
  return lookup(language, `values.${field}.${value}`) ?? value;
}

/** French then English on two lines, for the terminal. */
export function forTerminal(key: MessageKey, params: MessageParams = {}): string {
  return `${translate('fr', key, params)}\n(en) ${translate('en', key, params)}`;
}
