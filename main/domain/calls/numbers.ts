import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

export const CALL_CLASSES = ['fr_landline', 'fr_mobile', 'fr_special', 'fr_voip', 'overseas', 'international', 'invalid'] as const;
export type CallClass = (typeof CALL_CLASSES)[number];

/** French overseas departments and territories: their own country codes, dialled with a 0 from France. */
const OVERSEAS: readonly CountryCode[] = ['GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF'];

const SPECIAL_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

export interface ClassifiedNumber {
  /** E.164, or null when the number cannot be read (it is kept as typed). */
  e164: string | null;
  class: CallClass;
}

/** `0033…` and `33…` are the international forms of a French number; spaces, dots and dashes go. */
function readable(typed: string): string {
  const compact = typed.replace(/[\s.\-()/]/g, '');
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  if (/^33\d{9}$/.test(compact)) return `+${compact}`;
  return compact;
}

function valid(text: string, country: CountryCode): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed : undefined;
}

/** Overseas numbers dialled the French way (0590…, 0262…, 0696…): some also pass as French fixed lines. */
const OVERSEAS_PREFIX = /^0(26[239]|508|59[046]|639|69[0-7])/;

function parse(text: string): PhoneNumber | undefined {
  // Saint-Pierre-et-Miquelon's six-digit numbers are dialled 0508 + number from France.
  if (/^0508\d{6}$/.test(text)) return valid(`+508${text.slice(4)}`, 'PM');
  const overseas = () => OVERSEAS.map((country) => valid(text, country)).find(Boolean);
  if (OVERSEAS_PREFIX.test(text)) return overseas() ?? valid(text, 'FR');
  return valid(text, 'FR') ?? (text.startsWith('0') ? overseas() : undefined);
}

/**
 * Short numbers: emergency services are free calls (counted with landlines, so never refused nor
 * billed); 3xxx service numbers, 10xx and 118xxx directories are special-rate.
 */
const EMERGENCY = new Set(['15', '17', '18', '112', '114', '115', '119', '191', '196', '197']);
const SHORT_SPECIAL = /^(3\d{3}|10\d{2}|118\d{3})$/;

function shortNumber(compact: string): ClassifiedNumber | undefined {
  if (EMERGENCY.has(compact) || /^116\d{3}$/.test(compact)) return { e164: null, class: 'fr_landline' };
  if (SHORT_SPECIAL.test(compact)) return { e164: null, class: 'fr_special' };
  return undefined;
}

function frenchClass(number: PhoneNumber): CallClass {
  const type = number.getType();
  if (type === 'FIXED_LINE') return 'fr_landline';
  if (type === 'MOBILE') return 'fr_mobile';
  if (type === 'VOIP') return 'fr_voip';
  if (type && SPECIAL_TYPES.has(type)) return 'fr_special';
  // Numbers libphonenumber types loosely: the French plan's first digit decides.
  const first = number.nationalNumber.charAt(0);
  if ('12345'.includes(first)) return 'fr_landline';
  if ('67'.includes(first)) return 'fr_mobile';
  return first === '9' ? 'fr_voip' : 'fr_special';
}

/** E.164 and the class of a number as typed or imported (default country France). */
export function classifyNumber(typed: string): ClassifiedNumber {
  const compact = readable(typed);
  const short = shortNumber(compact);
  if (short) return short;
  const number = parse(compact);
  if (!number) return { e164: null, class: 'invalid' };
  const country = number.country;
  if (country === 'FR') return { e164: number.number, class: frenchClass(number) };
  if (country && OVERSEAS.includes(country)) return { e164: number.number, class: 'overseas' };
  return { e164: number.number, class: 'international' };
}
