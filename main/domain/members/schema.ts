import * as z from 'zod';
import { blankOr, Id, IsoDate, optionalText, requiredText } from '../common/schemas';
import { compactIdentifier, isValidSiren } from '../settings/identifiers';
import { isValidPhone, normalizePhone } from '../settings/phone';

export const PROFILES = ['independent', 'remote_employee', 'business_creator', 'job_seeker', 'student', 'trainee', 'other'] as const;
export const Profile = z.enum(PROFILES);
export type Profile = z.infer<typeof Profile>;

export const COMMUTE_MODES = ['car', 'carpool', 'public_transport', 'bike', 'walk', 'other', 'unknown'] as const;
export const CommuteMode = z.enum(COMMUTE_MODES);

export const MemberStatus = z.enum(['active', 'left']);

const isEmail = (value: string) => z.email().safeParse(value).success;

/** A distance people declare, in kilometres (stored in whole metres). */
const Kilometres = z.number().min(0).max(1000).nullable();

/** What staff type for a member; the organisation is who invoices go to, when it is not the person. */
const MEMBER_FIELDS = {
  firstName: requiredText(60),
  lastName: requiredText(60),
  email: blankOr(isEmail, 'validation.email', (v) => v.toLowerCase()).default(''),
  phone: blankOr(isValidPhone, 'validation.phone', normalizePhone).default(''),
  address: optionalText(200).default(''),
  postcode: blankOr((v) => /^\d{5}$/.test(v), 'validation.postcode').default(''),
  city: optionalText(80).default(''),
  inseeCode: blankOr((v) => /^(\d{5}|2[AB]\d{3})$/.test(v), 'validation.insee_code', (v) => v.toUpperCase()).default(''),
  organisationName: optionalText(120).default(''),
  organisationSiren: blankOr(isValidSiren, 'validation.siren', compactIdentifier).default(''),
  organisationAddress: optionalText(200).default(''),
  profile: Profile,
  commuteMode: CommuteMode.default('unknown'),
  commuteConsent: z.boolean().default(false),
  kmToWorkplace: Kilometres.default(null),
  kmToSpace: Kilometres.default(null),
  /** The member declared they started their business (counted in the network report). */
  businessCreatedOn: IsoDate.nullable().default(null),
  notes: optionalText(2000).default(''),
};

/** How to reach a member, as the kiosk's newcomers type it too. */
export const ContactFields = { email: MEMBER_FIELDS.email, phone: MEMBER_FIELDS.phone };

type MemberFields = z.output<z.ZodObject<typeof MEMBER_FIELDS>>;

/** The rules across fields: an organisation needs its name; distances need the member's consent. */
function memberRules<T extends z.ZodType<MemberFields>>(schema: T) {
  return schema
    .refine((m) => m.organisationName !== '' || (m.organisationSiren === '' && m.organisationAddress === ''), {
      error: 'validation.organisation_name',
      path: ['organisationName'],
    })
    .refine((m) => m.commuteConsent || (m.kmToWorkplace === null && m.kmToSpace === null), {
      error: 'validation.commute_consent',
      path: ['commuteConsent'],
    });
}

export const MemberInput = memberRules(z.strictObject(MEMBER_FIELDS));
export type MemberInput = z.infer<typeof MemberInput>;

export const AddMemberInput = memberRules(
  z.strictObject({
    ...MEMBER_FIELDS,
    /** Staff saw the possible duplicates and chose to create the member anyway. */
    confirmDuplicate: z.boolean().default(false),
  }),
);

export const UpdateMemberInput = memberRules(z.strictObject({ memberId: Id, ...MEMBER_FIELDS }));

export const Member = z.strictObject({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  inseeCode: z.string(),
  organisationName: z.string(),
  organisationSiren: z.string(),
  organisationAddress: z.string(),
  profile: Profile,
  commuteMode: CommuteMode,
  commuteConsent: z.boolean(),
  kmToWorkplace: z.number().nullable(),
  kmToSpace: z.number().nullable(),
  businessCreatedOn: IsoDate.nullable(),
  notes: z.string(),
  status: MemberStatus,
  joinedOn: IsoDate,
  leftOn: z.string().nullable(),
  anonymised: z.boolean(),
});
export type Member = z.infer<typeof Member>;

/** A line of the member list: enough to search, filter and sort at the desk. */
export const MemberSummary = z.strictObject({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  status: MemberStatus,
  profile: Profile,
  organisationName: z.string(),
  /** Plans in force today: `permanent`, `carnet`, `trainee`. */
  plans: z.array(z.enum(['permanent', 'carnet', 'trainee'])),
  membershipUntil: z.string().nullable(),
  membershipLapsed: z.boolean(),
  lastVisit: z.string().nullable(),
  /** Signed the charter version they must have signed. */
  charterSigned: z.boolean(),
});
export type MemberSummary = z.infer<typeof MemberSummary>;

export const MemberQuery = z.strictObject({
  search: z.string().trim().max(80).default(''),
  status: MemberStatus.or(z.literal('all')).default('active'),
});

export const SetStatusInput = z.strictObject({ memberId: Id, status: MemberStatus, on: IsoDate });
export const MemberRef = z.strictObject({ memberId: Id });
