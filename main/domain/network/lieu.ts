import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { readSection } from '../settings/store';
import type { NetworkPeriod } from './period';
import { LEGAL_FORM_CODES, type NetworkReport } from './report-schema';

const orNull = (value: string) => (value === '' ? null : value);

/** Seats in service at the end of the period, desks and bookable rooms apart. */
const SEATS_IN_SERVICE = `
  SELECT count(*) FILTER (WHERE s.kind <> 'room') AS desks, count(*) FILTER (WHERE s.kind = 'room') AS rooms
    FROM seats s JOIN rooms r ON r.id = s.room_id
   WHERE (s.retired_on IS NULL OR s.retired_on > @end) AND (r.retired_on IS NULL OR r.retired_on > @end)`;

/** The space's identity card: the association's identity and hours, and what only the network asks. */
export function lieuCard(db: Db, period: NetworkPeriod): NonNullable<NetworkReport['lieu']> {
  const identity = readSection(db, 'identity');
  const network = readSection(db, 'network');
  const seats = sql(db, SEATS_IN_SERVICE).get({ end: period.end }) as { desks: number; rooms: number };
  return {
    nom: identity.name,
    forme_juridique: LEGAL_FORM_CODES[identity.legalForm],
    siret: orNull(identity.siret),
    rna: orNull(identity.rna),
    code_postal: orNull(identity.postcode),
    commune: orNull(identity.city),
    code_insee: orNull(identity.inseeCode),
    identifiant_reseau: orNull(network.networkId),
    identifiant_recensement: orNull(network.censusId),
    familles: network.families,
    labels: network.labels,
    services: network.placeServices,
    horaires: readSection(db, 'opening').hours,
    surface_m2: network.surfaceM2,
    postes_de_travail: seats.desks,
    salles_de_reunion: seats.rooms,
    site_web: orNull(identity.website),
  };
}
