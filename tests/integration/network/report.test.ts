import { describe, expect, it } from 'vitest';
import { dispatcherWithAdmin, expectOk, signedIn } from '../../helpers/db';
import { reportYear } from '../reports/scenario';
import { rawFigures } from '../../../main/domain/network/figures';
import { networkPeriod } from '../../../main/domain/network/period';
import { networkReport, privacySpace, shareEverything, updateMember } from './scenario';

describe('the network report of a small year computed by hand', () => {
  it('occupancy, distinct and new users, and the commuting avoided, exactly', () => {
    // The reports' scenario: 107 of 4 032 seat-half-days used in 2026; Ana, Tom, Noa, Lou and Sam came
    // (Sam first in December 2025); all five drive 32 km to work and live 4,5 km from the space.
    const space = reportYear();
    shareEverything(space.dispatch, space.desk);
    space.clock.set('2027-01-05T09:00:00+01:00');
    const { report } = networkReport(space.dispatch, space.desk, 2026);
    expect(report.periode).toEqual({ type: 'annee', annee: 2026, trimestre: null, debut: '2026-01-01', fin: '2026-12-31', jours_ouverts: 252 });
    expect(report.frequentation).toEqual({
      postes_jours_utilises: 53.5,
      postes_jours_capacite: 2016,
      taux_occupation_pct: 2.7, // 107 ÷ 4 032 = 2,65 %
      usagers_distincts: 5,
      nouveaux_usagers: null, // 4 (all but Sam): fewer than k = 5
      usagers_reguliers: 0,
    });
    expect(rawFigures(space.db, networkPeriod({ year: 2026 })).newUsers).toBe(4);
    expect(report.confidentialite.cellules_secretes).toEqual([{ indicateur: 'economie.chiffre_affaires_ht_centimes' }, { indicateur: 'frequentation.nouveaux_usagers' }]);
    // Days of presence: Ana 3, Noa 2 (twice on the 5th counts once), Tom, Lou and Sam 1: 8 × 2 × (32 − 4,5) km.
    expect(report.mobilite).toMatchObject({ usagers_declarants: 5, jours_comptes: 8, km_evites: 440, kgco2e_evites: 95.7, facteur_kgco2e_par_km: 0.2176, estimation: true });
    expect(report.mobilite?.source_facteur).toContain('ADEME');
    // 271 € billed to four customers (Ana, Lou, Sam, Noa): what fewer than k people spent stays here.
    expect(report.economie?.chiffre_affaires_ht_centimes).toBeNull();
    expect(rawFigures(space.db, networkPeriod({ year: 2026 })).revenue).toEqual({ cents: 27100, customers: 4 });
  });

  it('withholds a profile of 3 with a second cell, so that the total does not give it away', () => {
    const space = privacySpace();
    const { report, csv } = networkReport(space.dispatch, space.desk, 2026);
    expect(report.usagers_par_profil).toEqual({
      total: 15,
      independant: 7,
      salarie_teletravail: null, // 5: withheld so that the students cannot be recomputed from the total
      createur_entreprise: 0,
      demandeur_emploi: 0,
      etudiant: null, // 3
      stagiaire: 0,
      autre: 0,
    });
    const profiles = report.usagers_par_profil as Record<string, number | null>;
    const published = Object.entries(profiles).filter(([name, value]) => name !== 'total' && value !== null);
    const hidden = Object.keys(profiles).filter((name) => profiles[name] === null);
    // What the total leaves to the hidden cells is their sum, 8: neither 3 nor 5 can be told.
    expect(hidden).toHaveLength(2);
    expect(15 - published.reduce((sum, [, value]) => sum + (value ?? 0), 0)).toBe(8);
    expect(report.confidentialite.cellules_secretes).toEqual(
      expect.arrayContaining([{ indicateur: 'usagers_par_profil.etudiant' }, { indicateur: 'usagers_par_profil.salarie_teletravail' }]),
    );
    expect(csv).toContain('usagers_par_profil;etudiant;;personnes;secret');
    expect(csv).toContain('usagers_par_profil;salarie_teletravail;;personnes;secret');
    expect(csv).toContain('usagers_par_profil;independant;7;personnes;ok');
  });

  it('counts events, business creations, economy and commuting of the year only, and withholds counts under k', () => {
    const space = privacySpace();
    const { report, csv } = networkReport(space.dispatch, space.desk, 2026);
    // 14 new of 15: the one who came before would be 15 − 14, so the new ones are withheld too.
    expect(report.frequentation).toEqual({ postes_jours_utilises: 1, postes_jours_capacite: 2016, taux_occupation_pct: 0, usagers_distincts: 15, nouveaux_usagers: null, usagers_reguliers: 0 });
    expect(report.evenements).toEqual({ nombre: 2, participants: 20 });
    expect(report.creation_activite).toEqual({ creations_declarees: null }); // 2
    expect(report.economie).toEqual({ chiffre_affaires_ht_centimes: 0, subventions_centimes: 1_500_000, etp_salaries: 1.5, benevoles: null }); // 3 volunteers
    // 2 × (25 × 2 + 10 + 10 + 36 − 2) km; 208 × 0,2176 = 45,26 kg.
    expect(report.mobilite).toMatchObject({ usagers_declarants: 5, jours_comptes: 6, km_evites: 208, kgco2e_evites: 45.3 });
    expect(report.confidentialite.cellules_secretes).toEqual(
      expect.arrayContaining([{ indicateur: 'creation_activite.creations_declarees' }, { indicateur: 'economie.benevoles' }, { indicateur: 'frequentation.nouveaux_usagers' }]),
    );
    expect(csv).toContain('mobilite.km_evites;;208;km;estime');
    expect(csv).toContain('economie.subventions;;15000,00;EUR;ok');
    expect(csv).toContain('economie.etp_salaries;;1,5;ETP;ok');
  });

  it('a quarter: the regular user of the quarter, no grants, and commuting under k withheld', () => {
    const space = privacySpace();
    const { report, csv } = networkReport(space.dispatch, space.desk, 2026, 1);
    expect(report.periode).toMatchObject({ type: 'trimestre', trimestre: 1, debut: '2026-01-01', fin: '2026-03-31', jours_ouverts: 63 }) // 21 + 20 + 22 (1 January closed);
    // 12 days in three months makes the first independent regular (not over the year); one person is below k.
    expect(report.frequentation?.usagers_reguliers).toBeNull();
    expect(rawFigures(space.db, networkPeriod({ year: 2026, quarter: 1 })).regularUsers).toBe(1);
    expect(rawFigures(space.db, networkPeriod({ year: 2026 })).regularUsers).toBe(0);
    expect(report.economie?.subventions_centimes).toBeNull();
    expect(csv).toContain('economie.subventions;;;EUR;non_renseigne');
    // Fewer than k drivers: the sums resting on them are withheld too.
    updateMember(space.dispatch, space.desk, space.members.drivers[1] as number, { commuteMode: 'public_transport' });
    const fewer = networkReport(space.dispatch, space.desk, 2026, 1).report;
    expect(fewer.mobilite).toMatchObject({ usagers_declarants: null, jours_comptes: null, km_evites: null, kgco2e_evites: null });
    expect(fewer.confidentialite.cellules_secretes).toEqual(expect.arrayContaining([{ indicateur: 'mobilite.usagers_declarants' }, { indicateur: 'mobilite.km_evites' }]));
  });

  it('leaves out every section not shared, and k can only be raised', () => {
    const space = privacySpace();
    const settings = expectOk(space.dispatch(space.desk, 'settings.get', {})) as { network: Record<string, unknown> };
    expectOk(space.dispatch(space.desk, 'settings.updateNetwork', { ...settings.network, sections: { ...(settings.network.sections as object), mobilite: false, lieu: false } }));
    const { report, csv } = networkReport(space.dispatch, space.desk, 2026);
    expect([report.lieu, report.mobilite]).toEqual([null, null]);
    expect(report.confidentialite.sections_non_partagees).toEqual(['lieu', 'mobilite']);
    expect(csv).not.toContain('mobilite.');
    // k = 8: the 7 independents are withheld now, and a second cell with them.
    expectOk(space.dispatch(space.desk, 'settings.updateNetwork', { ...settings.network, k: 8 }));
    const stricter = networkReport(space.dispatch, space.desk, 2026).report;
    expect(stricter.usagers_par_profil).toMatchObject({ total: 15, independant: null, salarie_teletravail: null, etudiant: null });
    const refused = space.dispatch(space.desk, 'settings.updateNetwork', { ...settings.network, k: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toContain('"k"');
    expect(networkReport(space.dispatch, space.desk, 2026).report.confidentialite.seuil_k).toBe(8);
  });

  it('a fresh space shares nothing until it opts in, and the welcome desk cannot read the report', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const { report } = networkReport(dispatch, admin, 2025);
    expect([report.lieu, report.frequentation, report.usagers_par_profil, report.evenements, report.creation_activite, report.economie, report.mobilite]).toEqual([null, null, null, null, null, null, null]);
    expect(report.confidentialite.sections_non_partagees).toHaveLength(7);
    const welcome = signedIn(dispatch, admin, 'welcome');
    expect(dispatch(welcome, 'network.report', { year: 2025 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch(welcome, 'settings.updateNetwork', {})).toMatchObject({ ok: false });
  });
});
