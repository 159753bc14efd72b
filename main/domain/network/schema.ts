import * as z from 'zod';
import { blankOr, IsoDate, optionalText } from '../common/schemas';

/** The sections of the report a space may choose to share; `periode` and `confidentialite` always go. */
export const NETWORK_SECTIONS = ['lieu', 'frequentation', 'usagers_par_profil', 'evenements', 'creation_activite', 'economie', 'mobilite'] as const;
export type NetworkSection = (typeof NETWORK_SECTIONS)[number];

/** Loopback (a relay on this PC, the tests) may speak plain HTTP; anything else must be HTTPS. */
export function isNetworkUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  // No `user:password@`: the address is shown to staff and written in the log; the token is for that.
  const credentials = url.username !== '' || url.password !== '';
  return !credentials && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback));
}

/** How a stored token is shown (`settings.get`); saved back unchanged, it keeps the token. */
export const TOKEN_MASK = '••••••••';

const Tags = z.array(z.string().trim().min(1).max(80)).max(20);

/** What the network needs of the space beyond its identity (Réglages › Réseau), and what it may share. */
export const NetworkSettings = z.strictObject({
  /** The identifier the regional network gave the space. */
  networkId: optionalText(40),
  /** The national census's identifier of the place (France Tiers-Lieux). */
  censusId: optionalText(40),
  /** « Bureaux partagés / coworking », « Atelier partagé / fablab »… */
  families: Tags,
  /** « mon autre BUREAU »… */
  labels: Tags,
  /** « Wi-Fi », « Impression », « Domiciliation »… */
  placeServices: Tags,
  surfaceM2: z.int().min(1).max(100_000).nullable(),
  /** Each section leaves only if ticked; none is by default. */
  sections: z.strictObject(Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, z.boolean()])) as Record<NetworkSection, z.ZodBoolean>),
  /** Any count of people from 1 to k − 1 is withheld; never below 5. */
  k: z.int().min(5).max(50),
  /** Where « Envoyer » posts the report; empty: the report is only saved to files. */
  url: blankOr(isNetworkUrl, 'validation.network_url'),
  /** Sent as `Authorization: Bearer <token>` when set. */
  token: optionalText(500).refine((token) => token === TOKEN_MASK || /^[\x21-\x7E]*$/.test(token), { error: 'validation.network_token' }),
  timeoutSeconds: z.int().min(1).max(120),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

export const NETWORK_DEFAULTS: NetworkSettings = {
  networkId: '',
  censusId: '',
  families: ['Bureaux partagés / coworking'],
  labels: [],
  placeServices: [],
  surfaceM2: null,
  sections: { lieu: false, frequentation: false, usagers_par_profil: false, evenements: false, creation_activite: false, economie: false, mobilite: false },
  k: 5,
  url: '',
  token: '',
  timeoutSeconds: 20,
};

/** A report covers a calendar year or one of its quarters. */
export const NetworkPeriodInput = z.strictObject({
  year: z.int().min(2000).max(2099),
  quarter: z.int().min(1).max(4).optional(),
});
export type NetworkPeriodInput = z.infer<typeof NetworkPeriodInput>;

/** Figures of a year only the association knows, typed by hand; `null`: not given. */
export const EconomicFigures = z.strictObject({
  year: z.int().min(2000).max(2099),
  grantsCents: z.int().min(0).max(100_000_000).nullable(),
  /** Paid staff in full-time equivalents, kept to the hundredth. */
  staffFte: z.number().min(0).max(1000).nullable(),
  volunteers: z.int().min(0).max(10_000).nullable(),
});
export type EconomicFigures = z.infer<typeof EconomicFigures>;

export const NetworkSending = z.strictObject({
  id: z.int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  staffName: z.string(),
  url: z.string(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  sha256: z.string(),
  bytes: z.int(),
  status: z.enum(['pending', 'sent', 'failed']),
  httpStatus: z.int().nullable(),
  failure: z.enum(['timeout', 'server_error', 'unreachable']).nullable(),
  detail: z.string(),
});
export type NetworkSending = z.infer<typeof NetworkSending>;
