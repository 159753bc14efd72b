import type { Db } from '../../db/open';
import { PROFILES } from '../members/schema';
import { readSection } from '../settings/store';
import { economicFigures } from './economic';
import { rawFigures, type RawFigures } from './figures';
import { lieuCard } from './lieu';
import { networkPeriod, type NetworkPeriod } from './period';
import { Secrets } from './privacy';
import { CAR_KGCO2E_PER_KM, PROFILE_CODES, REPORT_SCHEMA_VERSION, type NetworkReport } from './report-schema';
import { NETWORK_SECTIONS, type NetworkPeriodInput, type NetworkSection } from './schema';

const RULES =
  'Effectifs et sommes uniquement. Tout effectif de personnes de 1 à k − 1 est masqué ; dans un tableau dont le total est publié, une seconde case est masquée quand une seule l’est, pour qu’aucune valeur masquée ne puisse être recalculée ; une somme reposant sur moins de k personnes est masquée.';
const METHOD =
  'Pour chaque jour de présence d’un usager ayant déclaré, avec son accord, se rendre habituellement au travail en voiture : 2 × (distance domicile → lieu de travail habituel − distance domicile → tiers-lieu), sommé sur la période ; émissions = kilomètres × facteur.';
const SOURCE = 'ADEME, Base Empreinte — voiture particulière, motorisation moyenne (kgCO2e par véhicule.km)';

const tenth = (value: number) => Math.round(value * 10) / 10;

function frequentation(raw: RawFigures, secrets: Secrets): NonNullable<NetworkReport['frequentation']> {
  return {
    postes_jours_utilises: raw.halfDaysUsed / 2,
    postes_jours_capacite: raw.halfDaysOpen / 2,
    taux_occupation_pct: raw.halfDaysOpen === 0 ? 0 : tenth((raw.halfDaysUsed / raw.halfDaysOpen) * 100),
    usagers_distincts: secrets.published('frequentation.usagers_distincts', raw.users),
    nouveaux_usagers: secrets.published('frequentation.nouveaux_usagers', raw.newUsers),
    usagers_reguliers: secrets.published('frequentation.usagers_reguliers', raw.regularUsers),
  };
}

function usagersParProfil(raw: RawFigures, secrets: Secrets): NonNullable<NetworkReport['usagers_par_profil']> {
  const parts = Object.fromEntries(PROFILES.map((profile) => [PROFILE_CODES[profile], secrets.published(`usagers_par_profil.${PROFILE_CODES[profile]}`, raw.byProfile[profile])]));
  return { total: secrets.published('usagers_par_profil.total', raw.users), ...parts } as NonNullable<NetworkReport['usagers_par_profil']>;
}

function mobilite(raw: RawFigures, secrets: Secrets): NonNullable<NetworkReport['mobilite']> {
  const km = raw.commute.metresAvoided / 1000;
  return {
    estimation: true,
    methode: METHOD,
    facteur_kgco2e_par_km: CAR_KGCO2E_PER_KM,
    source_facteur: SOURCE,
    usagers_declarants: secrets.published('mobilite.usagers_declarants', raw.commute.declarants),
    jours_comptes: secrets.published('mobilite.jours_comptes', raw.commute.days),
    km_evites: secrets.published('mobilite.km_evites', tenth(km)),
    kgco2e_evites: secrets.published('mobilite.kgco2e_evites', tenth(km * CAR_KGCO2E_PER_KM)),
  };
}

/** Which values are withheld, over the sections shared only. */
function secretsOf(raw: RawFigures, k: number, shares: (section: NetworkSection) => boolean, volunteers: number | null): Secrets {
  const secrets = new Secrets(k);
  if (shares('frequentation')) {
    secrets.count('frequentation.usagers_distincts', raw.users);
    secrets.count('frequentation.nouveaux_usagers', raw.newUsers);
    secrets.count('frequentation.usagers_reguliers', raw.regularUsers);
  }
  if (shares('usagers_par_profil')) {
    const parts = PROFILES.map((profile) => ({ path: `usagers_par_profil.${PROFILE_CODES[profile]}`, value: raw.byProfile[profile] }));
    secrets.table({ path: 'usagers_par_profil.total', value: raw.users }, parts);
    // The same number of people, published twice: withheld in one place, withheld in both.
    if (shares('frequentation')) secrets.same('usagers_par_profil.total', 'frequentation.usagers_distincts');
  }
  if (shares('evenements')) secrets.count('evenements.participants', raw.participants);
  if (shares('creation_activite')) secrets.count('creation_activite.creations_declarees', raw.creations);
  if (shares('economie') && volunteers !== null) secrets.count('economie.benevoles', volunteers);
  if (shares('mobilite')) {
    secrets.count('mobilite.usagers_declarants', raw.commute.declarants);
    for (const path of ['mobilite.jours_comptes', 'mobilite.km_evites', 'mobilite.kgco2e_evites']) secrets.sum(path, raw.commute.declarants);
  }
  return secrets;
}

/** The anonymised activity report of a calendar year or quarter, with only the sections the space shares. */
export function networkReport(db: Db, input: NetworkPeriodInput, today: string): NetworkReport {
  const settings = readSection(db, 'network');
  const period: NetworkPeriod = networkPeriod(input);
  const shares = (section: NetworkSection) => settings.sections[section];
  const raw = rawFigures(db, period);
  const economy = economicFigures(db, period.year);
  const secrets = secretsOf(raw, settings.k, shares, economy.volunteers);
  const when = <T>(section: NetworkSection, build: () => T): T | null => (shares(section) ? build() : null);
  return {
    version_schema: REPORT_SCHEMA_VERSION,
    logiciel: 'Relais',
    genere_le: today,
    lieu: when('lieu', () => lieuCard(db, period)),
    periode: { type: period.type, annee: period.year, trimestre: period.quarter, debut: period.start, fin: period.end, jours_ouverts: raw.openDays },
    frequentation: when('frequentation', () => frequentation(raw, secrets)),
    usagers_par_profil: when('usagers_par_profil', () => usagersParProfil(raw, secrets)),
    evenements: when('evenements', () => ({ nombre: raw.events, participants: secrets.published('evenements.participants', raw.participants) })),
    creation_activite: when('creation_activite', () => ({ creations_declarees: secrets.published('creation_activite.creations_declarees', raw.creations) })),
    economie: when('economie', () => ({
      chiffre_affaires_ht_centimes: raw.netRevenueCents,
      // Grants are the year's: a quarter cannot say which part of them is its own.
      subventions_centimes: period.quarter === null ? economy.grantsCents : null,
      etp_salaries: economy.staffFte,
      benevoles: economy.volunteers === null ? null : secrets.published('economie.benevoles', economy.volunteers),
    })),
    mobilite: when('mobilite', () => mobilite(raw, secrets)),
    confidentialite: {
      seuil_k: settings.k,
      regles: RULES,
      cellules_secretes: secrets.list(),
      sections_non_partagees: NETWORK_SECTIONS.filter((section) => !shares(section)),
    },
  };
}

