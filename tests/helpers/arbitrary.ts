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
  'https://arret-minute.fr',
  'data:image/png;base64,AAAA',
  'Robert’); DROP TABLE staff;--',
  'é'.repeat(300),
];

const text = fc.oneof(fc.constantFrom(...PLAUSIBLE), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const number = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(2000, 2026, 2101));

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
      );
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
