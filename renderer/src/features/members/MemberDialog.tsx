import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Divider, FormControlLabel, Grid, MenuItem, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Controller, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { ApiFailure } from '../../api/client';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatPhone, formatSiret } from '../../format';
import { BusinessCreationFields, businessCreatedOnSchema } from './BusinessCreationFields';
import { COMMUTE_MODES, PROFILES } from './options';

type Member = OutputOf<'members.get'>['member'];
type Duplicate = { id: number; firstName: string; lastName: string; email: string; phone: string };

/** The form's values: distances typed as text (« 4,5 »), everything else as the contract has it. */
export interface Values extends Omit<Member, 'id' | 'status' | 'joinedOn' | 'leftOn' | 'anonymised' | 'kmToWorkplace' | 'kmToSpace'> {
  kmToWorkplace: string;
  kmToSpace: string;
}

const FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'address', 'postcode', 'city', 'inseeCode', 'organisationName', 'organisationSiren',
  'organisationAddress', 'profile', 'businessCreatedOn', 'commuteMode', 'commuteConsent', 'kmToWorkplace', 'kmToSpace', 'notes',
];

const EMPTY: Values = {
  firstName: '', lastName: '', email: '', phone: '', address: '', postcode: '', city: '', inseeCode: '', organisationName: '',
  organisationSiren: '', organisationAddress: '', profile: 'independent', businessCreatedOn: null, commuteMode: 'unknown', commuteConsent: false,
  kmToWorkplace: '', kmToSpace: '', notes: '',
};

const kmText = (km: number | null) => (km === null ? '' : String(km).replace('.', ','));
const kmValue = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.').trim()));

function toValues(member: Member): Values {
  const { id: _id, status: _status, joinedOn: _joined, leftOn: _left, anonymised: _anonymised, ...rest } = member;
  return { ...rest, phone: formatPhone(member.phone), organisationSiren: formatSiret(member.organisationSiren), kmToWorkplace: kmText(member.kmToWorkplace), kmToSpace: kmText(member.kmToSpace) };
}

/**
 * Creates or edits a member (a new one may start from what is known, a visitor's booking say). A
 * possible duplicate is shown with a way to open it or go on anyway.
 */
export function MemberDialog({ member, prefill, onClose, onSaved }: { member?: Member; prefill?: Partial<Values>; onClose: () => void; onSaved?: (member: Member) => void }) {
  const { t } = useTranslation();
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const schema = useMemo(() => {
    const km = z.string().refine((v) => v.trim() === '' || /^\d+([.,]\d+)?$/.test(v.trim()), { error: t('forms.km') });
    return z.looseObject({ kmToWorkplace: km, kmToSpace: km, businessCreatedOn: businessCreatedOnSchema(t) });
  }, [t]);
  const toInput = (values: Values) => ({ ...values, kmToWorkplace: kmValue(values.kmToWorkplace), kmToSpace: kmValue(values.kmToSpace) });
  const add = useContractForm<'members.add', Values>({
    method: 'members.add',
    defaultValues: { ...EMPTY, ...prefill },
    fields: FIELDS,
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ ...toInput(values), confirmDuplicate }),
    toValues: () => EMPTY,
    onSaved: (stored) => onSaved?.(stored),
  });
  const edit = useContractForm<'members.update', Values>({
    method: 'members.update',
    defaultValues: member ? toValues(member) : EMPTY,
    fields: FIELDS,
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({ ...toInput(values), memberId: member?.id ?? 0 }),
    toValues: toValues,
    onSaved: (stored) => onSaved?.(stored),
  });
  const { form, submit, saveBar } = member ? edit : add;
  const consent = useWatch({ control: form.control, name: 'commuteConsent' });
  const duplicates = member ? [] : duplicatesIn(add.lastError);

  return (
    <FormDialog
      open
      title={member ? t('members.edit_title', { name: `${member.firstName} ${member.lastName}` }) : t('members.add_title')}
      onClose={onClose}
      onSubmit={submit}
      saving={saveBar.saving}
      error={duplicates.length > 0 ? undefined : saveBar.error}
      submitLabel={member ? undefined : confirmDuplicate ? t('members.create_anyway') : t('actions.add')}
      maxWidth="md"
    >
      {duplicates.length > 0 && !confirmDuplicate && <DuplicateNotice duplicates={duplicates} onConfirm={() => setConfirmDuplicate(true)} />}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="firstName" label={t('members.first_name')} autoFocus required />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="lastName" label={t('members.last_name')} required />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="email" label={t('members.email')} type="email" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="phone" label={t('members.phone')} type="tel" />
        </Grid>
        <Grid size={12}>
          <FormTextField control={form.control} name="address" label={t('members.address')} />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField control={form.control} name="postcode" label={t('members.postcode')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="city" label={t('members.city')} />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormTextField control={form.control} name="inseeCode" label={t('members.insee_code')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="profile" label={t('members.profile')} select>
            {PROFILES.map((profile) => (
              <MenuItem key={profile} value={profile}>
                {t(`profiles.${profile}`)}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <BusinessCreationFields control={form.control} setValue={form.setValue} />
      </Grid>
      <Divider />
      <Typography variant="h3">{t('members.organisation')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('members.organisation_help')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="organisationName" label={t('members.organisation_name')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="organisationSiren" label={t('members.organisation_siren')} />
        </Grid>
        <Grid size={12}>
          <FormTextField control={form.control} name="organisationAddress" label={t('members.organisation_address')} />
        </Grid>
      </Grid>
      <Divider />
      <Typography variant="h3">{t('members.commute')}</Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="commuteMode" label={t('members.commute_mode')} select>
            {COMMUTE_MODES.map((mode) => (
              <MenuItem key={mode} value={mode}>
                {t(`commute_modes.${mode}`)}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Controller
            control={form.control}
            name="commuteConsent"
            render={({ field }) => (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={field.value}
                    onChange={(event) => {
                      field.onChange(event.target.checked);
                      if (!event.target.checked) {
                        form.setValue('kmToWorkplace', '');
                        form.setValue('kmToSpace', '');
                      }
                    }}
                  />
                }
                label={t('members.commute_consent')}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="kmToWorkplace" label={t('members.km_to_workplace')} disabled={!consent} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={form.control} name="kmToSpace" label={t('members.km_to_space')} disabled={!consent} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        </Grid>
      </Grid>
      <FormTextField control={form.control} name="notes" label={t('members.notes')} multiline minRows={2} />
    </FormDialog>
  );
}

/** The members a refused creation may duplicate, when that is why it was refused. */
function duplicatesIn(error: unknown): Duplicate[] {
  if (!(error instanceof ApiFailure) || error.error.reason !== 'errors.members.possible_duplicate') return [];
  return (error.error.details?.duplicates as Duplicate[] | undefined) ?? [];
}

/** « A record may already exist »: the candidates, a link to each, and the choice to go on. */
function DuplicateNotice({ duplicates, onConfirm }: { duplicates: Duplicate[]; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" role="alert">
      <Typography sx={{ mb: 1 }}>{t('members.duplicate_intro')}</Typography>
      <Stack spacing={0.5} sx={{ mb: 1 }}>
        {duplicates.map((duplicate) => (
          <Typography key={duplicate.id}>
            <RouterLink to={`/members/${duplicate.id}`}>
              {duplicate.firstName} {duplicate.lastName}
            </RouterLink>{' '}
            — {[duplicate.email, formatPhone(duplicate.phone)].filter(Boolean).join(' · ')}
          </Typography>
        ))}
      </Stack>
      <Button size="small" variant="outlined" color="warning" onClick={onConfirm}>
        {t('members.duplicate_continue')}
      </Button>
    </Alert>
  );
}
