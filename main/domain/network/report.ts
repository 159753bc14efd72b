import type { Db } from '../../db/open';
import { Refusal } from '../common/refusal';
import { PROFILES } from '../members/schema';
import { readSection } from '../settings/store';
import { economicFigures } from './economic';
import { additiveFigures, rawFigures, type AdditiveFigures, type RawFigures } from './figures';
import { lieuCard } from './lieu';
import { networkPeriod, type NetworkPeriod } from './period';
import { Secrets, unpublished } from './privacy';
import { CAR_KGCO2E_PER_KM, PROFILE_CODES, REPORT_SCHEMA_VERSION, type NetworkReport } from './report-schema';
import { NETWORK_SECTIONS, type NetworkPeriodInput, type NetworkSection } from './schema';

const RULES =
  'Effectifs et sommes uniquement. Tout effectif de personnes de 1 à k − 1 est masqué, ainsi que toute somme reposant sur moins de k personnes ; d’autres cases sont masquées là où un total, une différence ou la somme des trimestres permettrait de retrouver une valeur masquée.';
const METHOD =
  'Pour chaque jour de présence d’un usager ayant déclaré, avec son accord, se rendre habituellement au travail en voiture : 2 × (distance domicile → lieu de travail habituel − distance domicile → tiers-lieu), sommé sur la période (un tiers-lieu plus loin que le lieu de travail habituel compte en négatif) ; émissions = kilomètres × facteur.';
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

/** Indicators that add up over a year's quarters, and how to read each from a period's figures. */
const ADDITIVE_COUNTS: [string, (f: AdditiveFigures) => number][] = [
  ['frequentation.nouveaux_usagers', (f) => f.newUsers],
  ['evenements.participants', (f) => f.participants],
  ['creation_activite.creations_declarees', (f) => f.creations],
];
/** Sums over a year's quarters, with the people each rests on. */
const ADDITIVE_SUMS: [string, (f: AdditiveFigures) => number, (f: AdditiveFigures) => number][] = [
  ['mobilite.jours_comptes', (f) => f.commute.days, (f) => f.commute.declarants],
  ['mobilite.km_evites', (f) => f.commute.metresAvoided, (f) => f.commute.declarants],
  ['mobilite.kgco2e_evites', (f) => f.commute.metresAvoided, (f) => f.commute.declarants],
  ['economie.chiffre_affaires_ht_centimes', (f) => f.revenue.cents, (f) => f.revenue.customers],
];

/**
 * The year and its quarters are reported apart, so a quarter's withheld value would be the year's
 * less the other quarters': each additive indicator is protected as one table over the five periods,
 * and withheld in this period's report if it is withheld there.
 */
function acrossPeriods(db: Db, period: NetworkPeriod, own: AdditiveFigures, k: number): string[] {
  const year = networkPeriod({ year: period.year });
  const quarters = [1, 2, 3, 4].map((quarter) => networkPeriod({ year: period.year, quarter }));
  const [whole, ...parts] = [year, ...quarters].map((p) => ({ key: p.quarter === null ? 'year' : `Q${p.quarter}`, figures: p.quarter === period.quarter ? own : additiveFigures(db, p) })) as [
    { key: string; figures: AdditiveFigures },
    ...{ key: string; figures: AdditiveFigures }[],
  ];
  const key = period.quarter === null ? 'year' : `Q${period.quarter}`;
  const hidden: string[] = [];
  for (const [path, read] of ADDITIVE_COUNTS) {
    const table = new Secrets(k);
    table.table({ path: whole.key, value: read(whole.figures) }, parts.map((p) => ({ path: p.key, value: read(p.figures) })));
    if (table.has(key)) hidden.push(path);
  }
  for (const [path, read, people] of ADDITIVE_SUMS) {
    const table = new Secrets(k);
    const cell = (p: { key: string; figures: AdditiveFigures }) => ({ path: p.key, value: read(p.figures), people: people(p.figures) });
    table.sums(cell(whole), parts.map(cell));
    if (table.has(key)) hidden.push(path);
  }
  return hidden;
}

/** Which values are withheld, over the sections shared only. */
function secretsOf(db: Db, period: NetworkPeriod, raw: RawFigures, k: number, shares: (section: NetworkSection) => boolean, volunteers: number | null): Secrets {
  const secrets = new Secrets(k);
  const distinct = { path: 'frequentation.usagers_distincts', value: raw.users };
  if (shares('frequentation')) {
    // The people a published count leaves out of the distinct users are known by difference.
    secrets.table(distinct, [{ path: 'frequentation.nouveaux_usagers', value: raw.newUsers }, { path: unpublished('returning'), value: raw.users - raw.newUsers }]);
    secrets.table(distinct, [{ path: 'frequentation.usagers_reguliers', value: raw.regularUsers }, { path: unpublished('occasional'), value: raw.users - raw.regularUsers }]);
  }
  if (shares('usagers_par_profil')) {
    const parts = PROFILES.map((profile) => ({ path: `usagers_par_profil.${PROFILE_CODES[profile]}`, value: raw.byProfile[profile] }));
    secrets.table({ path: 'usagers_par_profil.total', value: raw.users }, parts);
    // The same number of people, published twice: withheld in one place, withheld in both.
    if (shares('frequentation')) secrets.same('usagers_par_profil.total', distinct.path);
  }
  if (shares('evenements')) secrets.count('evenements.participants', raw.participants);
  if (shares('creation_activite')) secrets.count('creation_activite.creations_declarees', raw.creations);
  if (shares('economie')) {
    if (volunteers !== null) secrets.count('economie.benevoles', volunteers);
    secrets.sums({ path: 'economie.chiffre_affaires_ht_centimes', value: raw.revenue.cents, people: raw.revenue.customers }, []);
  }
  if (shares('mobilite')) {
    const declarants = { path: 'mobilite.usagers_declarants', value: raw.commute.declarants };
    if (shares('frequentation')) secrets.table(distinct, [declarants, { path: unpublished('not_declaring'), value: raw.users - raw.commute.declarants }]);
    else secrets.count(declarants.path, declarants.value);
    const sums = ['mobilite.jours_comptes', 'mobilite.km_evites', 'mobilite.kgco2e_evites'];
    for (const path of sums) secrets.sums({ path, value: 0, people: raw.commute.declarants }, []);
  }
  for (const path of acrossPeriods(db, period, raw, k)) if (shares(path.split('.')[0] as NetworkSection)) secrets.hide(path);
  return secrets;
}

/** The anonymised activity report of a calendar year or quarter, with only the sections the space shares. */
export function networkReport(db: Db, input: NetworkPeriodInput, today: string): NetworkReport {
  const settings = readSection(db, 'network');
  const period: NetworkPeriod = networkPeriod(input);
  // An unfinished period would count desks held by plans in days still to come.
  if (period.end >= today) throw new Refusal('errors.network.period_not_over', { end: period.end }, { field: period.quarter === null ? 'year' : 'quarter' });
  const shares = (section: NetworkSection) => settings.sections[section];
  const raw = rawFigures(db, period);
  const economy = economicFigures(db, period.year);
  const secrets = secretsOf(db, period, raw, settings.k, shares, economy.volunteers);
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
      chiffre_affaires_ht_centimes: secrets.published('economie.chiffre_affaires_ht_centimes', raw.revenue.cents),
      // Grants are the year's: a quarter cannot say which part of them is its own.
      subventions_centimes: period.quarter === null ? economy.grantsCents : null,
      etp_salaries: economy.staffFte,
      benevoles: economy.volunteers === null ? null : secrets.published('economie.benevoles', economy.volunteers),
    })),
    mobilite: when('mobilite', () => mobilite(raw, secrets)),
    confidentialite: {
      seuil_k: settings.k,
      regles: RULES,
      cellules_secretes: secrets.list().map((indicateur) => ({ indicateur })),
      sections_non_partagees: NETWORK_SECTIONS.filter((section) => !shares(section)),
    },
  };
}

