import * as z from 'zod';
import { blankOr, Cents, optionalText, requiredText, TimeOfDay } from '../common/schemas';
import { CALL_CLASSES } from '../calls/numbers';
import { compactIdentifier, isValidRna, isValidSirenOrSiret, isValidVatNumber, sirenOf, sirenOfVatNumber } from './identifiers';
import { isValidPhone, normalizePhone } from './phone';
import { isValidOpeningHours, normalizeOpeningHours } from '../calendar/opening-hours';
import { AccountingSettings } from '../accounting/schema';
import { NetworkSettings } from '../network/schema';
import { BackupSettings } from '../backups/schema';

export const LEGAL_FORMS = ['association', 'association_local', 'scic', 'scop', 'sas', 'sarl', 'ei', 'collectivite', 'other'] as const;
export const LegalForm = z.enum(LEGAL_FORMS);

const LOGO_MAX_CHARS = 400_000;
const isImageDataUrl = (value: string) => /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(value);
const isWebsite = (value: string) => z.url({ protocol: /^https?$/ }).safeParse(value).success;
/** `www.arret-minute.fr` is read as `https://www.arret-minute.fr`. */
const withScheme = (value: string) => (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
const isEmail = (value: string) => z.email().safeParse(value).success;

/** The association's identity, printed on invoices and sent (if opted in) to the network. */
export const Identity = z.strictObject({
  /** Empty only until the first-run wizard asks for it. */
  name: optionalText(100),
  legalForm: LegalForm,
  address: optionalText(200),
  postcode: blankOr((v) => /^\d{5}$/.test(v), 'validation.postcode'),
  city: optionalText(80),
  inseeCode: blankOr((v) => /^(\d{5}|2[AB]\d{3})$/.test(v), 'validation.insee_code', (v) => v.toUpperCase()),
  siret: blankOr(isValidSirenOrSiret, 'validation.siret', compactIdentifier),
  rna: blankOr(isValidRna, 'validation.rna', compactIdentifier),
  email: blankOr(isEmail, 'validation.email', (v) => v.toLowerCase()),
  phone: blankOr(isValidPhone, 'validation.phone', normalizePhone),
  website: blankOr(isWebsite, 'validation.website', withScheme),
  /** Needed on invoices once the association charges VAT. */
  vatNumber: blankOr(isValidVatNumber, 'validation.vat_number', compactIdentifier),
  logo: z.string().max(LOGO_MAX_CHARS, { error: 'validation.logo_too_big' }).refine((v) => v === '' || isImageDataUrl(v), { error: 'validation.logo_format' }),
});
export type Identity = z.infer<typeof Identity>;

/** What staff submit: the name is required from then on, and a VAT number must carry the SIREN given. */
export const IdentityInput = Identity.extend({ name: requiredText(100) }).refine(
  (identity) => identity.vatNumber === '' || identity.siret === '' || sirenOfVatNumber(identity.vatNumber) === sirenOf(identity.siret),
  { error: 'validation.vat_number_siren', path: ['vatNumber'] },
);

export const VAT_REGIMES = ['franchise', 'exoneration', 'assujetti'] as const;
export const VatRegime = z.enum(VAT_REGIMES);

/** How the association handles VAT, and the wordings its invoices print. */
export const VatSettings = z.strictObject({
  regime: VatRegime,
  /** Basis points: 2000 = 20 %. */
  rateBp: z.int().min(0).max(10_000),
  franchiseWording: requiredText(200),
  exonerationWording: requiredText(200),
  /** « Option pour le paiement de la taxe d'après les débits ». */
  optionDebits: z.boolean(),
  invoiceFooter: optionalText(500),
});
export type VatSettings = z.infer<typeof VatSettings>;

export const HOLIDAY_ZONES = ['metropole', 'alsace-moselle', 'GP', 'MQ', 'GF', 'RE', 'YT'] as const;
export const HolidayZone = z.enum(HOLIDAY_ZONES);
export type HolidayZone = z.infer<typeof HolidayZone>;

const HalfDay = z
  .strictObject({ start: TimeOfDay, end: TimeOfDay })
  .refine((slot) => slot.end > slot.start, { error: 'validation.slot_order', path: ['end'] });

/**
 * When the space is open, its half-day slots, and which public holidays apply. The hours say which
 * days and times the doors are open; the slots are the two halves of a day that people book (a slot
 * is offered on a day whose hours overlap it), so the two are set separately on purpose.
 */
export const OpeningSettings = z
  .strictObject({
    /** OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 08:30-12:30,13:30-18:30`. */
    // `abort`: the opening_hours parser is far slower than linear, so an over-long text must stop at
    // the length check (zod runs later checks even after a failed one otherwise).
    hours: z
      .string()
      .trim()
      .min(1, { abort: true })
      .max(255, { abort: true })
      .overwrite(normalizeOpeningHours)
      .refine(isValidOpeningHours, { error: 'validation.opening_hours' }),
    morning: HalfDay,
    afternoon: HalfDay,
    holidayZone: HolidayZone,
  })
  .refine((o) => o.afternoon.start >= o.morning.end, { error: 'validation.afternoon_after_morning', path: ['afternoon', 'start'] });
export type OpeningSettings = z.infer<typeof OpeningSettings>;

/** Front-desk security. */
export const SecuritySettings = z.strictObject({
  /** Minutes without activity before the app locks itself. */
  idleLockMinutes: z.int().min(1).max(240),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/** How memberships (adhésions) run: by calendar year, or twelve months from the day they are taken. */
export const MembershipSettings = z.strictObject({ period: z.enum(['calendar', 'rolling']) });
export type MembershipSettings = z.infer<typeof MembershipSettings>;

/** What a call of one class costs the member: nothing, each started minute at a price, or it is not allowed. */
export const CallRule = z.strictObject({
  mode: z.enum(['included', 'rebilled', 'forbidden']),
  centsPerMinute: Cents,
});
export type CallRule = z.infer<typeof CallRule>;

const Minutes = z.int().min(0).max(100_000);

/** The shared phone line's policy, which feeds re-billing (account 708800). */
export const PhoneSettings = z.strictObject({
  rules: z.strictObject(Object.fromEntries(CALL_CLASSES.map((callClass) => [callClass, CallRule])) as Record<(typeof CALL_CLASSES)[number], typeof CallRule>),
  /** Minutes of re-billed calls each month that a member's plan includes (`none`: members without a plan). */
  allowanceMinutes: z.strictObject({ permanent: Minutes, trainee: Minutes, carnet: Minutes, none: Minutes }),
});
export type PhoneSettings = z.infer<typeof PhoneSettings>;

/** How invoices are numbered, when they fall due, and what they bill. */
export const InvoicingSettings = z.strictObject({
  /** Series are `<prefix><year>-0001`: `F2026-0001`, credit notes `A2026-0001`. */
  invoicePrefix: z.string().trim().regex(/^[A-Z][A-Z0-9]{0,9}$/, { error: 'validation.series_prefix' }),
  creditNotePrefix: z.string().trim().regex(/^[A-Z][A-Z0-9]{0,9}$/, { error: 'validation.series_prefix' }),
  paymentTermDays: z.int().min(0).max(60),
  /** Drop-in half-days are billed when attended, or when booked (a no-show pays). */
  dropIns: z.enum(['attended', 'booked']),
  /** Printed for business buyers (C. com. art. L441-10). */
  latePenalty: requiredText(300),
  iban: blankOr((v) => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v), 'validation.iban', (v) => v.replace(/\s+/g, '').toUpperCase()),
  bic: blankOr((v) => /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), 'validation.bic', (v) => v.replace(/\s+/g, '').toUpperCase()),
  /** The bank the cheques are taken to, printed on deposit slips. */
  bankName: optionalText(80),
});
export type InvoicingSettings = z.infer<typeof InvoicingSettings>;

/** Where the first-run wizard stands. */
export const SetupState = z.strictObject({
  completedAt: z.string().nullable(),
  demoLoadedAt: z.string().nullable(),
});
export type SetupState = z.infer<typeof SetupState>;

export const Settings = z.strictObject({
  identity: Identity,
  vat: VatSettings,
  opening: OpeningSettings,
  security: SecuritySettings,
  membership: MembershipSettings,
  phone: PhoneSettings,
  invoicing: InvoicingSettings,
  accounting: AccountingSettings,
  network: NetworkSettings,
  backups: BackupSettings,
  setup: SetupState,
});
export type Settings = z.infer<typeof Settings>;
export type SectionName = keyof Settings;
