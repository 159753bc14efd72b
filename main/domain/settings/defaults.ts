import { NETWORK_DEFAULTS } from '../network/schema';
import { BACKUP_DEFAULTS } from '../backups/schema';
import type { Settings } from './schema';

/**
 * Settings of a new database. The VAT wordings are French legal text printed on invoices whatever
 * the interface language; the association can edit them (articles move to the CIBS from 2027).
 */
export const DEFAULT_SETTINGS: Settings = {
  identity: {
    name: '',
    legalForm: 'association',
    address: '',
    postcode: '',
    city: '',
    inseeCode: '',
    siret: '',
    rna: '',
    email: '',
    phone: '',
    website: '',
    vatNumber: '',
    logo: '',
  },
  vat: {
    regime: 'franchise',
    rateBp: 2000,
    franchiseWording: 'TVA non applicable, art. 293 B du CGI',
    exonerationWording: 'Exonération de TVA, art. 261-7-1° du CGI',
    optionDebits: false,
    invoiceFooter: '',
  },
  opening: {
    hours: 'Mo-Fr 08:30-12:30,13:30-18:30',
    morning: { start: '08:30', end: '12:30' },
    afternoon: { start: '13:30', end: '18:30' },
    holidayZone: 'metropole',
  },
  security: { idleLockMinutes: 10 },
  membership: { period: 'calendar' },
  // French landlines (and 09 numbers, priced alike by operators) are what the line is lent for.
  phone: {
    rules: {
      fr_landline: { mode: 'included', centsPerMinute: 0 },
      fr_voip: { mode: 'included', centsPerMinute: 0 },
      fr_mobile: { mode: 'rebilled', centsPerMinute: 15 },
      overseas: { mode: 'rebilled', centsPerMinute: 30 },
      international: { mode: 'rebilled', centsPerMinute: 50 },
      fr_special: { mode: 'forbidden', centsPerMinute: 0 },
      invalid: { mode: 'forbidden', centsPerMinute: 0 },
    },
    allowanceMinutes: { permanent: 0, trainee: 0, carnet: 0, none: 0 },
  },
  invoicing: {
    invoicePrefix: 'F',
    creditNotePrefix: 'A',
    paymentTermDays: 30,
    dropIns: 'attended',
    latePenalty: 'Pénalités de retard : trois fois le taux d’intérêt légal, exigibles dès le lendemain de l’échéance',
    iban: '',
    bic: '',
    bankName: '',
  },
  accounting: {
    accounts: {
      desks: { number: '706100', label: 'Postes de travail' },
      passes: { number: '706200', label: 'Pass et carnets' },
      services: { number: '706000', label: 'Prestations de services' },
      phone: { number: '708800', label: 'Refacturation téléphone' },
      membership: { number: '756000', label: 'Cotisations' },
      customers: { number: '411000', label: 'Usagers' },
      bank: { number: '512000', label: 'Banque' },
      cash: { number: '530000', label: 'Caisse' },
      cheques: { number: '511200', label: 'Chèques à encaisser' },
      vat: { number: '44571', label: 'TVA collectée' },
      opening: { number: '890000', label: 'Bilan d’ouverture' },
    },
    journals: {
      sales: { code: 'VE', label: 'Ventes' },
      bank: { code: 'BQ', label: 'Banque' },
      cash: { code: 'CA', label: 'Caisse' },
      misc: { code: 'OD', label: 'Opérations diverses' },
      opening: { code: 'AN', label: 'À-nouveaux' },
    },
    fiscalYearStartMonth: 1,
    fecSeparator: 'pipe',
  },
  network: NETWORK_DEFAULTS,
  backups: BACKUP_DEFAULTS,
  setup: { completedAt: null, demoLoadedAt: null },
};
