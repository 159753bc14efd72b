import type * as z from 'zod';
import { fieldLabel, hasMessage, translate, type Language, type MessageKey, type MessageParams } from '../i18n';
import type { ApiError, FieldError } from './result';

type Issue = z.core.$ZodIssue;

interface Explained {
  key: MessageKey;
  params: MessageParams;
}

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function explainSize(issue: Issue & { code: 'too_small' | 'too_big' }): Explained {
  const small = issue.code === 'too_small';
  const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
  if (issue.origin === 'string') {
    if (small && bound === 1) return { key: 'validation.required', params: {} };
    return { key: small ? 'validation.too_short' : 'validation.too_long', params: { count: bound } };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return { key: small ? 'validation.too_few' : 'validation.too_many', params: { count: bound } };
  }
  // Amounts travel in cents but are read in euros: « 100 000,00 € au plus », not « 10000000 au plus ».
  const value = /Cents$|^cents/.test(String(issue.path.at(-1) ?? '')) ? euros(bound) : bound;
  return { key: small ? 'validation.min' : 'validation.max', params: { value } };
}

/** Turns one zod issue into a catalog message: our own `validation.*` key, or a plain rewording. */
function explain(issue: Issue): Explained {
  if (hasMessage(issue.message) && issue.message.startsWith('validation.')) return { key: issue.message, params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'validation.required', params: {} }
        : { key: `validation.type_${expectedKind(issue.expected)}`, params: {} };
    case 'too_small':
    case 'too_big':
      return explainSize(issue);
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.format', params: {} };
    case 'invalid_value':
      return { key: 'validation.choice', params: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'validation.unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'not_multiple_of':
      return { key: 'validation.type_integer', params: {} };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

function expectedKind(expected: string): 'number' | 'integer' | 'text' | 'boolean' | 'list' | 'object' {
  switch (expected) {
    case 'number':
      return 'number';
    case 'int':
      return 'integer';
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    default:
      return 'object';
  }
}

const pathOf = (issue: Issue): string => {
  const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  return keys.map(String).join('.');
};

/** The name people see for a dotted path: the last named segment (`tariffs.0.priceCents` → Prix). */
function labelOf(language: Language, path: string): string {
  const named = path.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment)).at(-1);
  return named ? fieldLabel(language, named) : translate(language, 'validation.input');
}

/** `SIRET : …` in French typography (no-break space before the colon), `SIRET: …` in English. */
export function withLabel(language: Language, path: string, text: string): string {
  return language === 'fr' ? `${labelOf('fr', path)}\u00a0: ${text}` : `${labelOf('en', path)}: ${text}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A field's own message, shown beside it: a sentence without the field's name. */
export function fieldError(path: string, key: MessageKey, params: MessageParams = {}): FieldError {
  return {
    field: path,
    message: capitalized(translate('fr', key, params)),
    messageEn: capitalized(translate('en', key, params)),
  };
}

/** The `invalid_input` error for a failed parse: one message per field, and a summary. */
export function invalidInput(issues: readonly Issue[]): ApiError {
  const explained = issues.map((issue) => ({ path: pathOf(issue), ...explain(issue) }));
  const fields = explained.map(({ path, key, params }) => fieldError(path, key, params));
  const first = explained[0];
  if (explained.length === 1 && first) {
    return {
      code: 'invalid_input',
      reason: 'errors.invalid_input',
      message: withLabel('fr', first.path, translate('fr', first.key, first.params)),
      messageEn: withLabel('en', first.path, translate('en', first.key, first.params)),
      fields,
    };
  }
  const names = (language: Language) => [...new Set(fields.map((f) => labelOf(language, f.field)))].join(', ');
  return {
    code: 'invalid_input',
    reason: 'errors.invalid_input',
    message: translate('fr', 'errors.invalid_input_many', { fields: names('fr') }),
    messageEn: translate('en', 'errors.invalid_input_many', { fields: names('en') }),
    fields,
  };
}
