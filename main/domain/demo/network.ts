import type { Faker } from '@faker-js/faker';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { addEvent } from '../events/events';
import { setEconomicFigures } from '../network/economic';
import { NETWORK_DEFAULTS, NETWORK_SECTIONS } from '../network/schema';
import { writeSection } from '../settings/store';

const EVENT_TITLES = [
  'Atelier « Créer son site web »',
  'Petit-déjeuner des indépendants',
  'Conférence : travailler à distance à la campagne',
  'Portes ouvertes',
  'Atelier comptabilité pour auto-entrepreneurs',
  'Apéro des coworkers',
  'Formation « Mieux vendre en ligne »',
  'Rencontre avec la Chambre de commerce',
  'Café numérique : sécurité des mots de passe',
  'Soirée jeux de société',
];

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** A random day between two dates (included). */
function dayBetween(faker: Faker, from: string, to: string): string {
  return iso(addDays(parseISO(from), faker.number.int({ min: 0, max: Math.max(0, differenceInCalendarDays(parseISO(to), parseISO(from))) })));
}

/**
 * The network's part of the demonstration: its identity card and every section shared, about two
 * events a month, business creations declared by some creators and independents, and each year's
 * grants, paid staff and volunteers.
 */
export function demoNetwork(db: Db, faker: Faker, from: string, today: string, at: string): { events: number; creations: number } {
  writeSection(
    db,
    'network',
    {
      ...NETWORK_DEFAULTS,
      networkId: 'TL-NA-0042',
      censusId: 'FTL-33330-001',
      families: ['Bureaux partagés / coworking', 'Lieu de médiation numérique'],
      labels: ['mon autre BUREAU'],
      placeServices: ['Wi-Fi fibre', 'Impression', 'Salle de réunion', 'Cuisine partagée'],
      surfaceM2: 180,
      sections: Object.fromEntries(NETWORK_SECTIONS.map((section) => [section, true])) as typeof NETWORK_DEFAULTS.sections,
    },
    at,
  );
  let events = 0;
  for (let month = parseISO(from); iso(month) <= today; month = addDays(month, 30)) {
    const count = faker.number.int({ min: 0, max: 3 });
    for (let i = 0; i < count; i++) {
      const date = dayBetween(faker, iso(month), iso(addDays(month, 29)));
      if (date > today) continue;
      addEvent(db, { date, title: faker.helpers.arrayElement(EVENT_TITLES), participants: faker.number.int({ min: 3, max: 35 }) }, at);
      events += 1;
    }
  }
  const candidates = sql(
    db,
    `SELECT id, joined_on AS joinedOn, coalesce(left_on, ?) AS until FROM members WHERE profile IN ('business_creator', 'independent') ORDER BY id`,
  ).all(today) as { id: number; joinedOn: string; until: string }[];
  let creations = 0;
  for (const member of candidates) {
    if (!faker.datatype.boolean({ probability: 0.3 })) continue;
    sql(db, 'UPDATE members SET business_created_on = ? WHERE id = ?').run(dayBetween(faker, member.joinedOn, member.until), member.id);
    creations += 1;
  }
  for (let year = Number(from.slice(0, 4)); year <= Number(today.slice(0, 4)); year++) {
    setEconomicFigures(
      db,
      { year, grantsCents: faker.number.int({ min: 0, max: 30 }) * 100_000, staffFte: faker.helpers.arrayElement([0, 0.5, 0.8, 1]), volunteers: faker.number.int({ min: 4, max: 15 }) },
      at,
    );
  }
  return { events, creations };
}
