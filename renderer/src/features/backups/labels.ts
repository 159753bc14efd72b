import type { TFunction } from 'i18next';
import { formatDateTime } from '../../format';
import type { UiLanguage } from '../../i18n';
import type { Backup } from './types';

/** « Quotidienne », « Avant restauration », « Avant mise à jour (schéma 3) »… */
export function reasonLabel(reason: string, t: TFunction): string {
  const migration = /^before-migration-v(\d+)$/.exec(reason);
  if (migration) return t('backups.reasons.before_migration', { version: migration[1] });
  return t(`backups.reasons.${reason.replaceAll('-', '_')}`, { defaultValue: reason });
}

/** Sizes in the user's units: « 1,4 Mo ». */
export function sizeLabel(bytes: number, language: UiLanguage, t: TFunction): string {
  const megabytes = bytes / 1_048_576;
  const number = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes);
  return t('backups.size', { size: number });
}

/** How a backup is named in a confirmation: its date and time and why it was made. */
export function backupTitle(backup: Backup, language: UiLanguage, t: TFunction): string {
  return t('backups.title_of', { at: formatDateTime(backup.takenAt, language), reason: reasonLabel(backup.reason, t).toLocaleLowerCase(language) });
}
