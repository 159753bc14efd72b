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
  setup: { completedAt: null, demoLoadedAt: null },
};
