import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { EconomicFigures } from './schema';

interface Row {
  grantsCents: number | null;
  staffFteCenti: number | null;
  volunteers: number | null;
}

/** The year's figures typed by hand; all `null` until someone types them. */
export function economicFigures(db: Db, year: number): EconomicFigures {
  const row = sql(db, 'SELECT grants_cents AS grantsCents, staff_fte_centi AS staffFteCenti, volunteers FROM economic_figures WHERE year = ?').get(year) as
    | Row
    | undefined;
  return {
    year,
    grantsCents: row?.grantsCents ?? null,
    staffFte: row === undefined || row.staffFteCenti === null ? null : row.staffFteCenti / 100,
    volunteers: row?.volunteers ?? null,
  };
}

export function setEconomicFigures(db: Db, figures: EconomicFigures, at: string): EconomicFigures {
  sql(
    db,
    `INSERT INTO economic_figures (year, grants_cents, staff_fte_centi, volunteers, updated_at) VALUES (@year, @grants, @fte, @volunteers, @at)
     ON CONFLICT (year) DO UPDATE SET grants_cents = excluded.grants_cents, staff_fte_centi = excluded.staff_fte_centi,
                                      volunteers = excluded.volunteers, updated_at = excluded.updated_at`,
  ).run({
    year: figures.year,
    grants: figures.grantsCents,
    fte: figures.staffFte === null ? null : Math.round(figures.staffFte * 100),
    volunteers: figures.volunteers,
    at,
  });
  return economicFigures(db, figures.year);
}
