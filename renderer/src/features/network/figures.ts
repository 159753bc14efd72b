import type { TFunction } from 'i18next';
import { formatCents } from '../../format';
import type { UiLanguage } from '../../i18n';
import { formatCount, formatRatio } from '../reports/reportFormat';
import type { Report, SectionName } from './types';

/** How a figure reads: a plain number, a percentage, euros from cents, or a number with its unit. */
export type Unit = 'number' | 'percent' | 'cents' | 'km' | 'kg';

/** One line of a section's table: where the value sits in the report, its label, its value. */
export interface Figure {
  path: string;
  /** An i18n key. */
  label: string;
  value: number | null;
  unit: Unit;
}

type Profiles = NonNullable<Report['usagers_par_profil']>;
type ProfileCode = Exclude<keyof Profiles, 'total'>;

/** The report's profile codes and the interface's names for them (`profiles.*`). */
const PROFILE_KEYS: Record<ProfileCode, string> = {
  independant: 'independent',
  salarie_teletravail: 'remote_employee',
  createur_entreprise: 'business_creator',
  demandeur_emploi: 'job_seeker',
  etudiant: 'student',
  stagiaire: 'trainee',
  autre: 'other',
};

const figure = (path: string, value: number | null, unit: Unit = 'number'): Figure => ({ path, label: `network.figures.${path}`, value, unit });

/** The figures of a shared section, in the order the network reads them; none for a section not shared. */
export function figuresOf(report: Report, section: Exclude<SectionName, 'lieu'>): Figure[] {
  switch (section) {
    case 'frequentation': {
      const f = report.frequentation;
      if (!f) return [];
      return [
        figure('frequentation.postes_jours_utilises', f.postes_jours_utilises),
        figure('frequentation.postes_jours_capacite', f.postes_jours_capacite),
        figure('frequentation.taux_occupation_pct', f.taux_occupation_pct, 'percent'),
        figure('frequentation.usagers_distincts', f.usagers_distincts),
        figure('frequentation.nouveaux_usagers', f.nouveaux_usagers),
        figure('frequentation.usagers_reguliers', f.usagers_reguliers),
      ];
    }
    case 'usagers_par_profil': {
      const p = report.usagers_par_profil;
      if (!p) return [];
      const parts = (Object.keys(PROFILE_KEYS) as ProfileCode[]).map((code) => ({ path: `usagers_par_profil.${code}`, label: `profiles.${PROFILE_KEYS[code]}`, value: p[code], unit: 'number' as const }));
      return [...parts, figure('usagers_par_profil.total', p.total)];
    }
    case 'evenements': {
      const e = report.evenements;
      return e ? [figure('evenements.nombre', e.nombre), figure('evenements.participants', e.participants)] : [];
    }
    case 'creation_activite': {
      const c = report.creation_activite;
      return c ? [figure('creation_activite.creations_declarees', c.creations_declarees)] : [];
    }
    case 'economie': {
      const e = report.economie;
      if (!e) return [];
      return [
        figure('economie.chiffre_affaires_ht', e.chiffre_affaires_ht_centimes, 'cents'),
        figure('economie.subventions', e.subventions_centimes, 'cents'),
        figure('economie.etp_salaries', e.etp_salaries),
        figure('economie.benevoles', e.benevoles),
      ];
    }
    case 'mobilite': {
      const m = report.mobilite;
      if (!m) return [];
      return [
        figure('mobilite.usagers_declarants', m.usagers_declarants),
        figure('mobilite.jours_comptes', m.jours_comptes),
        figure('mobilite.km_evites', m.km_evites, 'km'),
        figure('mobilite.kgco2e_evites', m.kgco2e_evites, 'kg'),
      ];
    }
  }
}

/** `1 724,5`, `91,7 %`, `20 124,00 €`, `59 716 km`: a value as the interface language writes it. */
export function formatFigure(value: number, unit: Unit, t: TFunction, language: UiLanguage): string {
  switch (unit) {
    case 'percent':
      return formatRatio(value / 100, language);
    case 'cents':
      return formatCents(value, language);
    case 'number':
      return formatCount(value, language);
    default:
      return t(`network.units.${unit}`, { value: formatCount(value, language) });
  }
}

/** Whether a value is withheld (the report does not say why: that would tell the small counts apart). */
export function isSecret(report: Report, path: string): boolean {
  // Amounts are shown (and named in the CSV) in euros; the JSON and its list of withheld cells say `…_centimes`.
  return report.confidentialite.cellules_secretes.some((cell) => cell.indicateur === path || cell.indicateur === `${path}_centimes`);
}

/** `Usagers par profil › Étudiant·e`: a withheld value named as the tables name it. */
export function pathLabel(report: Report, path: string, t: TFunction): string {
  const section = path.split('.')[0] as Exclude<SectionName, 'lieu'>;
  const found = figuresOf(report, section).find((f) => f.path === path);
  return found ? `${t(`network.sections.${section}.title`)} › ${t(found.label)}` : path;
}

/** `0,2176`: a factor written with all its decimals (counts stop at three). */
export function formatFactor(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 }).format(value);
}

/** `3,1 ko`, `512 octets`: the size of what leaves. */
export function formatSize(bytes: number, language: UiLanguage): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (bytes < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1000);
}

/** The bytes of a text once encoded as UTF-8, as it is posted and saved. */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
