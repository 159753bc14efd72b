import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { currentLanguage } from '../i18n';

/** The text of an error in the interface language (contract errors carry both languages). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiFailure) return currentLanguage() === 'fr' ? error.error.message : error.error.messageEn;
    return t('app.unexpected_error');
  };
}

/**
 * Shows a refused call's field errors beside their fields. Returns true when every error found a
 * field of this form; otherwise the caller shows the general message.
 */
export function applyFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]): boolean {
  if (!(error instanceof ApiFailure) || !error.error.fields?.length) return false;
  const french = currentLanguage() === 'fr';
  let all = true;
  let first = true;
  for (const field of error.error.fields) {
    if (fields.includes(field.field)) {
      setError(field.field as Path<T>, { type: 'server', message: french ? field.message : field.messageEn }, { shouldFocus: first });
      first = false;
    } else all = false;
  }
  return all;
}
