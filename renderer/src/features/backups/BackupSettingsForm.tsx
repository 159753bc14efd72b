import { Box, Stack } from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormTextField } from '../../forms/FormTextField';
import { wholeNumberBetween } from '../../forms/numbers';
import { SaveBar } from '../../forms/SaveBar';
import { Section } from '../../forms/Section';
import { useContractForm } from '../../forms/useContractForm';
import type { Overview } from './types';

type Values = { keepDaily: string; keepWeekly: string; keepMonthly: string; secondFolder: string };
const COUNTS = ['keepDaily', 'keepWeekly', 'keepMonthly'] as const;

/** How many backups are kept and the second folder (a USB stick, a synchronised folder) — admin only. */
export function BackupSettingsForm({ settings }: { settings: Overview['settings'] }) {
  const { t } = useTranslation();
  const resolver = useMemo(() => {
    // The bounds of BackupSettings (main/domain/backups/schema.ts).
    return zodResolver(
      z.object({ keepDaily: wholeNumberBetween(t, 1, 90), keepWeekly: wholeNumberBetween(t, 0, 104), keepMonthly: wholeNumberBetween(t, 0, 240), secondFolder: z.string() }),
    );
  }, [t]);
  const asValues = (stored: Overview['settings']): Values => ({
    keepDaily: String(stored.keepDaily),
    keepWeekly: String(stored.keepWeekly),
    keepMonthly: String(stored.keepMonthly),
    secondFolder: stored.secondFolder,
  });
  const { form, submit, saveBar } = useContractForm<'settings.updateBackups', Values>({
    method: 'settings.updateBackups',
    defaultValues: asValues(settings),
    resolver,
    fields: [...COUNTS, 'secondFolder'],
    toInput: (values) => ({
      keepDaily: Number(values.keepDaily),
      keepWeekly: Number(values.keepWeekly),
      keepMonthly: Number(values.keepMonthly),
      secondFolder: values.secondFolder.trim(),
    }),
    toValues: asValues,
  });
  return (
    <Section title={t('backups.settings.title')}>
      <Box component="form" onSubmit={submit} noValidate>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 1 }}>
          {COUNTS.map((name) => (
            <FormTextField key={name} control={form.control} name={name} label={t(`backups.settings.${name}`)} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ maxWidth: 200 }} />
          ))}
        </Stack>
        <FormTextField
          control={form.control}
          name="secondFolder"
          label={t('backups.settings.secondFolder')}
          helperText={t('backups.settings.secondFolder_help')}
          fullWidth
          sx={{ mt: 2, maxWidth: 720 }}
        />
        <SaveBar {...saveBar} />
      </Box>
    </Section>
  );
}
