import fc from 'fast-check';
import type * as z from 'zod';

/** Strings that look like what the app expects, so that random calls reach the domain rules. */
const PLAUSIBLE = [
  '',
  ' ',
  'A1',
  'SALON',
  '2026-11-22',
  '2026-02-30',
  '08:30',
  '25:99',
  '1234',
  '2468',
  'W332001234',
  '12345678200010',
  '05 57 51 00 00',
  'Mo-Fr 08:30-18:30',
  'bonjour@arret-minute.fr',
  // Reserved names (RFC 2606) and the loopback discard port: a fuzzed network setting never reaches a real server.
  'https://arret-minute.example',
  'http://127.0.0.1:9/',
  'data:image/png;base64,AAAA',
  'Robert’); DROP TABLE staff;--',
  'é'.repeat(300),
];

/**
 * What a hostile or careless caller types: SQL, format strings, paths, names of JavaScript internals,
 * right-to-left overrides, zero-width and combining characters, emoji sequences, lone UTF-16
 * surrogates (JSON.stringify sends them as `\udXXX` escapes), NUL and control characters.
 */
export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE members;--",
  '1; DELETE FROM staff WHERE 1=1',
  "x' UNION SELECT pin_hash, name FROM staff--",
  '"; ATTACH DATABASE \'/tmp/x.db\' AS x;--',
  '%',
  '_%_',
  '\\',
  '%s%n%x',
  '${process.exit()}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","x")',
  '+33 6 12 34 56 78',
  '../../../../etc/passwd',
  'C:\\Windows\\system.ini',
  'CON',
  'NULL',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u202Egnp.exe',
  'שלום עולם',
  'مرحبا',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🏳️‍🌈🇫🇷',
  '\uD800',
  '\uDFFF',
  'a\uDC00b\uD83D',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\r\n\t',
  '１２３４',
  '١٢٣٤',
  '2026-11-22T09:00:00+01:00',
  '9999-12-31',
  '0000-00-00',
  '-1',
  '1e309',
  '0x10',
  ' 2468 ',
];

const HOSTILE_UNITS = ['a', 'é', ' ', "'", '"', ';', '-', '%', '\\', '\u0000', '\u200B', '\u202E', '\uD800', '\uDC00', '😀', '\u0301', 'ﷺ', '\n'];

/**
 * Strings of 100 kB to 1 MB, built once (a sample refers to them, it does not copy them): far beyond
 * any field's limit, they must be refused as too long without the bridge or the database suffering.
 */
export const HUGE_STRINGS = [
  'A'.repeat(100_000),
  'é'.repeat(300_000),
  '😀'.repeat(250_000),
  "'; DROP TABLE staff;--".repeat(10_000),
  '\u200B'.repeat(200_000),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      { weight: 20, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    ),
  },
);

/** Numbers a form never sends: negative zero, beyond 2^53, the extremes of a double; NaN and ±Infinity travel as null in JSON. */
export const HOSTILE_NUMBERS = [
  -0,
  -1,
  0.5,
  1.0000001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

const number = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.constantFrom(2000, 2025, 2026, 2101),
  fc.constantFrom(...HOSTILE_NUMBERS),
);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Values shaped like a zod schema (and sometimes not quite), for fuzzing the contract. */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return text;
    case 'number':
      return number;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, string>)), text);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, depth), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, depth), { nil: null });
    case 'pipe':
      return arbitraryFor(def.in as z.ZodType, depth);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, depth)));
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(arbitraryFor(def.element as z.ZodType, depth + 1), { maxLength: 4 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, arbitraryFor(field, depth + 1)]));
      const wellFormed = fc.record(fields);
      return fc.oneof(
        { weight: 6, arbitrary: wellFormed },
        { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        { weight: 1, arbitrary: wellFormed.map((value) => ({ ...(value as object), unexpected: 1 })) },
        // A key `__proto__` of its own, as JSON.parse makes it: it must be refused, never merged into a prototype.
        { weight: 1, arbitrary: wellFormed.map((value) => Object.assign(JSON.parse('{"__proto__":{"polluted":true}}') as object, value)) },
      );
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/**
 * Values a form would send for the checks a refine names (by its message key): with them, random
 * calls get past validation and reach the rules behind it.
 */
const PLAUSIBLE_BY_CHECK: Record<string, string[]> = {
  'validation.date': ['2026-12-01', '2026-12-02', '2026-11-22', '2026-12-15', '2027-01-04', '2025-06-30'],
  'validation.booking_date': ['2026-12-01', '2026-12-02', '2026-12-15'],
  'validation.event_date': ['2026-12-01', '2026-12-10', '2026-11-20'],
  'validation.postcode': ['', '33500'],
  'validation.insee_code': ['', '33330', '33243'],
  'validation.siret': ['', '12345678200010'],
  'validation.siren': ['', '123456782'],
  'validation.rna': ['', 'W332001234'],
  'validation.email': ['', 'lou.garnier@example.org', 'noa@example.org'],
  'validation.phone': ['', '05 57 51 00 00', '06 12 34 56 78'],
  'validation.website': ['', 'https://arret-minute.example'],
  'validation.vat_number': [''],
  'validation.logo_format': [''],
  'validation.opening_hours': ['Mo-Fr 08:30-18:30', 'Mo-Sa 09:00-12:30,14:00-19:00'],
  'validation.iban': ['', 'FR7630006000011234567890189'],
  'validation.bic': ['', 'AGRIFRPP'],
  'validation.network_url': ['', 'http://127.0.0.1:9/'],
  'validation.network_token': ['', 'jeton-de-test'],
};

type Check = { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; error?: unknown };
const checksOf = (def: Def): Check[] => ((def.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((check) => check._zod.def);

function messageKey(check: Check): string | undefined {
  try {
    const key = typeof check.error === 'function' ? (check.error as (issue: object) => unknown)({}) : check.error;
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

function wellFormedString(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(10_000, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 10_000));
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern;
  const custom = checks
    .filter((c) => c.check === 'custom')
    .map((c) => PLAUSIBLE_BY_CHECK[messageKey(c) ?? ''])
    .find((values) => values !== undefined);
  if (custom) return fc.constantFrom(...custom);
  const fitting = PLAUSIBLE.filter((value) => value.length >= min && value.length <= max && (!pattern || pattern.test(value)));
  const sized = pattern ? fc.stringMatching(pattern) : fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 24)) });
  return fitting.length > 0 ? fc.oneof(fc.constantFrom(...fitting), sized) : sized;
}

function wellFormedNumber(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const above = checks.filter((c) => c.check === 'greater_than').map((c) => (c.value ?? 0) + (c.inclusive ? 0 : def.format ? 1 : 1e-9));
  const below = checks.filter((c) => c.check === 'less_than').map((c) => (c.value ?? 0) - (c.inclusive ? 0 : def.format ? 1 : 1e-9));
  const min = Math.max(-1_000_000, ...above);
  const max = Math.min(1_000_000_000, ...below);
  if (!def.format) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const low = Math.ceil(min);
  const high = Math.floor(max);
  // Small numbers first (ids of rows that exist, counts), and this year and the last when they fit.
  const years = [2025, 2026].filter((year) => year >= low && year <= high);
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: low, max: Math.min(high, low + 12) }) },
    { weight: 1, arbitrary: fc.integer({ min: low, max: high }) },
    ...(years.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...years) }] : []),
  );
}

/**
 * Values that pass a zod schema's checks as far as they can be read from it (bounds, patterns,
 * enums, and known refines through {@link PLAUSIBLE_BY_CHECK}), so that random calls are often
 * accepted and reach the code behind the validation; cross-field rules are left to chance.
 */
export function wellFormedFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return wellFormedString(def);
    case 'number':
      return wellFormedNumber(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
      return fc.option(wellFormedFor(def.innerType as z.ZodType, depth), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(wellFormedFor(def.innerType as z.ZodType, depth), { nil: null, freq: 3 });
    case 'pipe':
      return wellFormedFor(def.in as z.ZodType, depth);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => wellFormedFor(option, depth)));
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((item) => wellFormedFor(item, depth + 1)));
    case 'array': {
      const checks = checksOf(def);
      const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
      const max = Math.min(depth > 3 ? min : 3, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 3));
      return fc.array(wellFormedFor(def.element as z.ZodType, depth + 1), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'record':
      return fc.dictionary(wellFormedFor(def.keyType as z.ZodType, depth + 1).map(String), wellFormedFor(def.valueType as z.ZodType, depth + 1), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, wellFormedFor(field, depth + 1)])));
    }
    default:
      return arbitraryFor(schema, depth);
  }
}
