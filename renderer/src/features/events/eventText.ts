import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../i18n';
import type { SpaceEvent } from './eventForm';

/** `1 234` (French grouping) for a number of people. */
export const formatCount = (count: number, language: UiLanguage) => count.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');

/** « 12 événements · 198 participants »: the year's figures the network report takes. */
export function totalsText(events: SpaceEvent[], t: TFunction, language: UiLanguage): string {
  const participants = events.reduce((sum, event) => sum + event.participants, 0);
  return `${t('events.count', { count: events.length })} · ${t('events.participants_count', { count: participants, total: formatCount(participants, language) })}`;
}
