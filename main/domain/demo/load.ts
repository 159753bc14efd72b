import type { Db } from '../../db/open';
import { addClosure, listClosures } from '../calendar/closures';
import { Refusal } from '../common/refusal';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { readSection, writeSection } from '../settings/store';
import { sirenOf, vatNumberOf } from '../settings/identifiers';
import type { Identity } from '../settings/schema';
import { demoMembers } from './members';
import { createFaker } from './random';
import { demoCalls } from './calls';
import { demoInvoices } from './invoices';
import { demoNetwork } from './network';
import { demoSignatures } from './signatures';

export interface DemoOptions {
  years: number;
  seed: number;
}

export interface DemoSummary extends DemoOptions {
  closures: number;
  members: number;
  visits: number;
  bookings: number;
  signatures: number;
  calls: number;
  invoices: number;
  creditNotes: number;
  payments: number;
  events: number;
  creations: number;
}

/** The demonstration association, modelled on Arrêt Minute (Pomerol, Gironde). */
const DEMO_IDENTITY = {
  ...DEFAULT_SETTINGS.identity,
  name: 'Arrêt Minute (démonstration)',
  legalForm: 'association' as const,
  address: '12 place de l’Église',
  postcode: '33500',
  city: 'Pomerol',
  inseeCode: '33330',
  siret: '12345678200010',
  rna: 'W332001234',
  email: 'bonjour@arret-minute.example',
  phone: '+33557510000',
};

/**
 * Fills a database with a living space over the last `years` years: identity and settings, the
 * space's summer and Christmas closures, members with their memberships, plans, bookings (and the
 * coming weeks' ones), desks released while their holders are away, visits, charter signatures, calls on the shared line, the invoices and payments of every month, and the
 * network's events, business creations and yearly figures. Later capabilities
 * add their own activity here.
 * Refused when demonstration data is already loaded.
 */
export function loadDemo(db: Db, options: DemoOptions, today: string, at: string): DemoSummary {
  const setup = readSection(db, 'setup');
  if (setup.demoLoadedAt) throw new Refusal('errors.demo.already_loaded', { at: setup.demoLoadedAt.slice(0, 10) });
  const faker = createFaker(options.seed);
  writeSection(db, 'identity', invoiceableIdentity(db), at);
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - options.years + 1;
  let closures = 0;
  for (let year = firstYear; year <= thisYear; year++) {
    const summerStart = `${year}-08-${String(faker.number.int({ min: 3, max: 10 })).padStart(2, '0')}`;
    const summerEnd = `${year}-08-${String(faker.number.int({ min: 17, max: 24 })).padStart(2, '0')}`;
    closures += addIfFree(db, summerStart, summerEnd, 'Fermeture estivale');
    closures += addIfFree(db, `${year}-12-24`, `${year}-12-31`, 'Fermeture de fin d’année');
  }
  // The demonstration covers the last `years` years up to today.
  const from = `${thisYear - options.years}${today.slice(4)}`;
  const { members, visits } = demoMembers(db, faker, from, today, at);
  const signatures = demoSignatures(db, faker, from, today);
  const calls = demoCalls(db, faker, at);
  const invoicing = demoInvoices(db, faker, from, today);
  const network = demoNetwork(db, faker, from, today, at);
  writeSection(db, 'setup', { ...setup, demoLoadedAt: at }, at);
  const bookings = db.prepare('SELECT count(*) FROM bookings').pluck().get() as number;
  return { ...options, closures, members, visits, bookings, signatures, calls, ...invoicing, ...network };
}

/**
 * The demonstration's own identity for a space with none yet; otherwise the association's, with
 * what its invoices need and it has not typed yet (street, postcode, SIRET, VAT number) taken from
 * the demonstration, so that ten years of invoices can be issued.
 */
function invoiceableIdentity(db: Db): Identity {
  const identity = readSection(db, 'identity');
  if (identity.name === '') return DEMO_IDENTITY;
  const filled = { ...identity };
  for (const field of ['address', 'postcode', 'city', 'siret'] as const) if (filled[field] === '') filled[field] = DEMO_IDENTITY[field];
  if (readSection(db, 'vat').regime === 'assujetti' && filled.vatNumber === '') filled.vatNumber = vatNumberOf(sirenOf(filled.siret));
  return filled;
}

function addIfFree(db: Db, startDate: string, endDate: string, label: string): number {
  if (listClosures(db, startDate, endDate).length > 0) return 0;
  addClosure(db, { startDate, endDate, label });
  return 1;
}
