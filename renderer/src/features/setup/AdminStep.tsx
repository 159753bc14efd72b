import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { useApiMutation } from '../../api/hooks';
import { applyFieldErrors, useErrorText } from '../../forms/errors';
import { FormTextField } from '../../forms/FormTextField';
import { newPinSchema, pinInputProps } from '../../forms/pin';

interface Values {
  name: string;
  pin: string;
  confirm: string;
}

/** The first account: always an administrator, who then finishes the setup. */
export function AdminStep() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const schema = useMemo(() => newPinSchema(t, { name: z.string().trim().min(1, { error: t('forms.required') }) }), [t]);
  const form = useForm<Values>({ defaultValues: { name: '', pin: '', confirm: '' }, resolver: zodResolver(schema) });
  const create = useApiMutation('auth.createFirstAdmin');
  const submit = form.handleSubmit(({ name, pin }) =>
    create.mutate(
      { name, pin },
      { onError: (failure) => applyFieldErrors(failure, form.setError, ['name', 'pin']) || setError(errorText(failure)) },
    ),
  );
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      <Stack spacing={2}>
        <FormTextField control={form.control} name="name" label={t('setup.admin_name')} helperText={t('setup.admin_name_help')} autoFocus required />
        <FormTextField control={form.control} name="pin" label={t('setup.pin')} type="password" helperText={t('setup.pin_help')} slotProps={pinInputProps} required />
        <FormTextField control={form.control} name="confirm" label={t('setup.pin_confirm')} type="password" slotProps={pinInputProps} required />
        {error && <Alert severity="error">{error}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('setup.create_admin')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
