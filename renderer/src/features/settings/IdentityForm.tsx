import { Alert, Avatar, Box, Button, Grid, MenuItem, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { formatPhone, formatSiret } from '../../format';

type Identity = OutputOf<'settings.get'>['identity'];

const FIELDS = ['name', 'legalForm', 'address', 'postcode', 'city', 'inseeCode', 'siret', 'rna', 'vatNumber', 'email', 'phone', 'website', 'logo'] as const;
const LEGAL_FORMS = ['association', 'association_local', 'scic', 'scop', 'sas', 'sarl', 'ei', 'collectivite', 'other'] as const satisfies readonly Identity['legalForm'][];
const LOGO_MAX_BYTES = 300 * 1024;

/** As people read them: `123 456 782 00010`, `05 57 51 00 00` (the server stores digits and E.164). */
const forDisplay = (identity: Identity): Identity => ({ ...identity, siret: formatSiret(identity.siret), phone: formatPhone(identity.phone) });

/** The association's identity: used by the first-run wizard and by the settings screen. */
export function IdentityForm({ identity, submitLabel, onSaved, compact }: { identity: Identity; submitLabel?: string; onSaved?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const [logoError, setLogoError] = useState<string>();
  const { form, submit, saveBar } = useContractForm<'settings.updateIdentity', Identity>({
    method: 'settings.updateIdentity',
    defaultValues: forDisplay(identity),
    fields: FIELDS,
    toValues: forDisplay,
    onSaved: () => {
      setLogoError(undefined);
      onSaved?.();
    },
  });
  const logo = form.watch('logo');

  const pickLogo = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) return setLogoError(t('identity.logo_too_big'));
    setLogoError(undefined);
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      // What the browser cannot draw is no image, whatever its name says; whether its bytes are a PNG
      // or a JPEG, which invoices can carry, the server checks on saving.
      const image = new Image();
      image.onload = () => form.setValue('logo', dataUrl, { shouldDirty: true });
      image.onerror = () => setLogoError(t('identity.logo_unreadable'));
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  };

  const field = (name: (typeof FIELDS)[number], extra: Record<string, unknown> = {}) => (
    <FormTextField control={form.control} name={name} label={t(`identity.${name}`)} {...extra} />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>{field('name', { required: true, autoFocus: compact })}</Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          {field('legalForm', {
            select: true,
            children: LEGAL_FORMS.map((form) => (
              <MenuItem key={form} value={form}>
                {t(`legal_forms.${form}`)}
              </MenuItem>
            )),
          })}
        </Grid>
        <Grid size={12}>{field('address', { multiline: true, minRows: 2 })}</Grid>
        <Grid size={{ xs: 12, md: 3 }}>{field('postcode')}</Grid>
        <Grid size={{ xs: 12, md: 6 }}>{field('city')}</Grid>
        <Grid size={{ xs: 12, md: 3 }}>{field('inseeCode', { helperText: t('identity.insee_help') })}</Grid>
        <Grid size={{ xs: 12, md: compact ? 6 : 4 }}>{field('siret', { helperText: t('identity.siret_help') })}</Grid>
        <Grid size={{ xs: 12, md: compact ? 6 : 4 }}>{field('rna', { helperText: t('identity.rna_help') })}</Grid>
        {!compact && <Grid size={{ xs: 12, md: 4 }}>{field('vatNumber', { helperText: t('identity.vat_number_help') })}</Grid>}
        <Grid size={{ xs: 12, md: 6 }}>{field('email', { type: 'email' })}</Grid>
        <Grid size={{ xs: 12, md: 6 }}>{field('phone', { type: 'tel' })}</Grid>
        {!compact && <Grid size={12}>{field('website', { placeholder: 'https://' })}</Grid>}
        {!compact && (
          <Grid size={12}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Avatar variant="rounded" src={logo || undefined} alt={t('identity.logo')} sx={{ width: 64, height: 64, bgcolor: 'grey.100', color: 'text.secondary' }}>
                {t('identity.no_logo')}
              </Avatar>
              <Button variant="outlined" component="label">
                {t('identity.choose_logo')}
                <input hidden type="file" accept="image/png,image/jpeg" onChange={pickLogo} />
              </Button>
              {logo && (
                <Button
                  color="inherit"
                  onClick={() => {
                    setLogoError(undefined);
                    form.setValue('logo', '', { shouldDirty: true });
                  }}
                >
                  {t('identity.remove_logo')}
                </Button>
              )}
              <Typography variant="body2" color="text.secondary">
                {t('identity.logo_help')}
              </Typography>
            </Stack>
            {(logoError ?? form.formState.errors.logo?.message) && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {logoError ?? form.formState.errors.logo?.message}
              </Alert>
            )}
          </Grid>
        )}
      </Grid>
      <SaveBar label={submitLabel} {...saveBar} />
    </Box>
  );
}
