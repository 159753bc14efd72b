import { amount, toCsv, type Column } from '../exports/format';
import { PROFILES } from '../members/schema';
import { PROFILE_CODES, type NetworkReport } from './report-schema';

/** `valeur`'s status: a figure, an estimate, withheld, or not given. */
type Status = 'ok' | 'estime' | 'secret' | 'non_renseigne';

export interface CsvRow {
  indicateur: string;
  modalite: string;
  value: string;
  unite: string;
  statut: Status;
}

/** The header the network's tools read (DESIGN §5). */
export const CSV_HEADER = ['id_reseau', 'code_insee', 'periode_debut', 'periode_fin', 'indicateur', 'modalite', 'valeur', 'unite', 'statut'] as const;

const decimal = (value: number) => String(value).replace('.', ',');

/** One indicator: its value written in French (decimal comma), or its status when there is none. */
function row(report: NetworkReport, path: string, value: number | null, unite: string, options: { modalite?: string; estimate?: boolean; euros?: boolean } = {}): CsvRow {
  const { modalite = '', estimate = false, euros = false } = options;
  // The JSON names amounts in cents (`…_centimes`); the CSV gives them in euros.
  const jsonPath = modalite ? `${path}.${modalite}` : euros ? `${path}_centimes` : path;
  const secret = report.confidentialite.cellules_secretes.some((cell) => cell.indicateur === jsonPath);
  const indicateur = path;
  if (value === null) return { indicateur, modalite, value: '', unite, statut: secret ? 'secret' : 'non_renseigne' };
  return { indicateur, modalite, value: euros ? amount(value) : decimal(value), unite, statut: estimate ? 'estime' : 'ok' };
}

export function csvRows(report: NetworkReport): CsvRow[] {
  const list: CsvRow[] = [row(report, 'periode.jours_ouverts', report.periode.jours_ouverts, 'jours')];
  const f = report.frequentation;
  if (f) {
    list.push(
      row(report, 'frequentation.postes_jours_utilises', f.postes_jours_utilises, 'postes_jours'),
      row(report, 'frequentation.postes_jours_capacite', f.postes_jours_capacite, 'postes_jours'),
      row(report, 'frequentation.taux_occupation_pct', f.taux_occupation_pct, 'pourcent'),
      row(report, 'frequentation.usagers_distincts', f.usagers_distincts, 'personnes'),
      row(report, 'frequentation.nouveaux_usagers', f.nouveaux_usagers, 'personnes'),
      row(report, 'frequentation.usagers_reguliers', f.usagers_reguliers, 'personnes'),
    );
  }
  const p = report.usagers_par_profil;
  if (p) {
    list.push(row(report, 'usagers_par_profil', p.total, 'personnes', { modalite: 'total' }));
    for (const profile of PROFILES) list.push(row(report, 'usagers_par_profil', p[PROFILE_CODES[profile]], 'personnes', { modalite: PROFILE_CODES[profile] }));
  }
  if (report.evenements) {
    list.push(
      row(report, 'evenements.nombre', report.evenements.nombre, 'evenements'),
      row(report, 'evenements.participants', report.evenements.participants, 'participations'),
    );
  }
  if (report.creation_activite) list.push(row(report, 'creation_activite.creations_declarees', report.creation_activite.creations_declarees, 'personnes'));
  const e = report.economie;
  if (e) {
    list.push(
      row(report, 'economie.chiffre_affaires_ht', e.chiffre_affaires_ht_centimes, 'EUR', { euros: true }),
      row(report, 'economie.subventions', e.subventions_centimes, 'EUR', { euros: true }),
      row(report, 'economie.etp_salaries', e.etp_salaries, 'ETP'),
      row(report, 'economie.benevoles', e.benevoles, 'personnes'),
    );
  }
  const m = report.mobilite;
  if (m) {
    list.push(
      row(report, 'mobilite.usagers_declarants', m.usagers_declarants, 'personnes'),
      row(report, 'mobilite.jours_comptes', m.jours_comptes, 'jours'),
      row(report, 'mobilite.km_evites', m.km_evites, 'km', { estimate: true }),
      row(report, 'mobilite.kgco2e_evites', m.kgco2e_evites, 'kgCO2e', { estimate: true }),
      row(report, 'mobilite.facteur_kgco2e_par_km', m.facteur_kgco2e_par_km, 'kgCO2e/km'),
    );
  }
  return list;
}

/**
 * The long CSV beside the JSON: one indicator per line, for the network's spreadsheets (UTF-8 with
 * BOM, `;`, CRLF, decimal comma, dates AAAA-MM-JJ as in the JSON); the identity card stays in the JSON.
 */
export function networkCsv(report: NetworkReport, ids: { networkId: string; inseeCode: string }): string {
  const { debut, fin } = report.periode;
  const fixed = { id_reseau: ids.networkId, code_insee: ids.inseeCode, periode_debut: debut, periode_fin: fin };
  const columns: Column<CsvRow>[] = CSV_HEADER.map((header) => ({
    header,
    cell: (r: CsvRow) => (header in fixed ? fixed[header as keyof typeof fixed] : header === 'valeur' ? r.value : r[header as 'indicateur' | 'modalite' | 'unite' | 'statut']),
  }));
  return toCsv(columns, csvRows(report)).csv;
}
