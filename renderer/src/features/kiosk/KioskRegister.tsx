import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { applyFieldErrors, useErrorText } from '../../forms/errors';
import { FormTextField } from '../../forms/FormTextField';
import { PROFILES } from '../members/options';
import type { Person } from './types';

type Values = Omit<InputOf<'kiosk.register'>, 'privacyAccepted' | 'profile'> & { profile: string; privacyAccepted: boolean };
const PROFILE_BUTTON = {
  fontSize: '1.1rem',
  textTransform: 'none',
  px: 2.5,
  py: 1.5,
  border: 1,
  borderColor: 'divider',
  borderRadius: '8px !important',
  bgcolor: 'background.paper',
  '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'primary.main', color: 'primary.contrastText' },
} as const;
const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'profile', 'privacyAccepted'] as const;
const LARGE = { htmlInput: { style: { fontSize: '1.3rem', padding: '16px 14px' } } };

/** « Je suis nouveau » : a name, a way to reach them, a profile, and their consent to the data notice. */
export function KioskRegister({ onRegistered, onCancel }: { onRegistered: (person: Person) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [general, setGeneral] = useState<string>();
  const form = useForm<Values>({ defaultValues: { firstName: '', lastName: '', email: '', phone: '', profile: '', privacyAccepted: false } });
  const register = useApiMutation('kiosk.register', { onSuccess: onRegistered });

  const submit = form.handleSubmit((values) => {
    setGeneral(undefined);
    form.clearErrors();
    register.mutate(values as InputOf<'kiosk.register'>, {
      onError: (error) => {
        if (!applyFieldErrors(error, form.setError, FIELDS)) setGeneral(errorText(error));
      },
    });
  });

  return (
    <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
      <Stack spacing={3}>
        <Typography variant="h1" sx={{ fontSize: '2.2rem' }}>
          {t('kiosk.register_title')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, '& .MuiOutlinedInput-root': { bgcolor: 'background.paper' } }}>
          <FormTextField name="firstName" control={form.control} label={t('kiosk.first_name')} autoFocus required slotProps={LARGE} />
          <FormTextField name="lastName" control={form.control} label={t('kiosk.last_name')} required slotProps={LARGE} />
          <FormTextField name="email" control={form.control} label={t('kiosk.email')} type="email" helperText={t('kiosk.email_or_phone')} slotProps={LARGE} />
          <FormTextField name="phone" control={form.control} label={t('kiosk.phone')} type="tel" slotProps={LARGE} />
        </Box>
        <Controller
          name="profile"
          control={form.control}
          render={({ field, fieldState }) => (
            <Box role="group" aria-labelledby="kiosk-profile">
              <Typography id="kiosk-profile" sx={{ fontSize: '1.2rem', mb: 1 }}>
                {t('kiosk.profile')}
              </Typography>
              <ToggleButtonGroup exclusive value={field.value} onChange={(_event, value: string | null) => field.onChange(value ?? '')} color="primary" sx={{ flexWrap: 'wrap', gap: 1 }}>
                {PROFILES.map((profile) => (
                  <ToggleButton key={profile} value={profile} sx={PROFILE_BUTTON}>
                    {t(`profiles.${profile}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              {fieldState.error && <FormHelperText error>{fieldState.error.message}</FormHelperText>}
            </Box>
          )}
        />
        <Box sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 2 }}>
          <Typography sx={{ fontSize: '1.05rem', mb: 1 }}>{t('kiosk.privacy_notice')}</Typography>
          <Controller
            name="privacyAccepted"
            control={form.control}
            render={({ field, fieldState }) => (
              <>
                <FormControlLabel
                  sx={{ alignItems: 'center' }}
                  control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} sx={{ '& .MuiSvgIcon-root': { fontSize: 34 } }} />}
                  label={<Typography sx={{ fontSize: '1.15rem', minHeight: 52 }}>{t('kiosk.privacy_accept')}</Typography>}
                />
                {fieldState.error && <FormHelperText error>{fieldState.error.message}</FormHelperText>}
              </>
            )}
          />
        </Box>
        {general && <Alert severity="error">{general}</Alert>}
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
          <Button size="large" onClick={onCancel} sx={{ fontSize: '1.15rem', minHeight: 52 }}>
            {t('kiosk.back')}
          </Button>
          <Button type="submit" variant="contained" size="large" disabled={register.isPending} sx={{ fontSize: '1.25rem', px: 4, py: 1.5 }}>
            {t('kiosk.continue')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
