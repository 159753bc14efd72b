import { zodResolver } from '@hookform/resolvers/zod';
import { Box, InputAdornment, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { centsToInput, inputToCents } from '../../format';
import { currentLanguage, type UiLanguage } from '../../i18n';

type Figures = OutputOf<'network.figures'>;
/** As typed: each figure is text until it is checked; empty means « not given ». */
type Values = { grantsCents: string; staffFte: string; volunteers: string };

const FIELDS = ['grantsCents', 'staffFte', 'volunteers'] as const;
const FTE = /^\d{1,4}([.,]\d{1,2})?$/;

const toValues = (figures: Figures, language: UiLanguage): Values => ({
  grantsCents: figures.grantsCents === null ? '' : centsToInput(figures.grantsCents, language),
  staffFte: figures.staffFte === null ? '' : String(figures.staffFte).replace('.', language === 'fr' ? ',' : '.'),
  volunteers: figures.volunteers === null ? '' : String(figures.volunteers),
});

const orNull = <T,>(text: string, read: (text: string) => T): T | null => (text.trim() === '' ? null : read(text.trim()));

/** The year's figures only the association knows, typed by hand; the preview follows once saved. */
function Form({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const schema = useMemo(() => {
    const blankOr = (test: (text: string) => boolean, error: string) => z.string().refine((text) => text.trim() === '' || test(text.trim()), { error });
    return z.looseObject({
      grantsCents: blankOr((text) => inputToCents(text) !== undefined, t('forms.price')),
      staffFte: blankOr((text) => FTE.test(text), t('network.economy.fte_format')),
      volunteers: blankOr((text) => /^\d{1,5}$/.test(text), t('forms.whole_number')),
    });
  }, [t]);
  const { form, submit, saveBar } = useContractForm<'network.setFigures', Values>({
    method: 'network.setFigures',
    defaultValues: toValues(figures, language),
    fields: FIELDS,
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    toInput: (values) => ({
      year: figures.year,
      grantsCents: orNull(values.grantsCents, (text) => inputToCents(text) as number),
      staffFte: orNull(values.staffFte, (text) => Math.round(Number(text.replace(',', '.')) * 100) / 100),
      volunteers: orNull(values.volunteers, Number),
    }),
    toValues: (stored) => toValues(stored, language),
  });
  const { control } = form;
  const numeric = (end?: string) => ({ htmlInput: { inputMode: 'decimal' as const, style: { textAlign: 'right' as const } }, input: end ? { endAdornment: <InputAdornment position="end">{end}</InputAdornment> } : undefined });
  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="economy-title" data-economy-form>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }, gap: 2, alignItems: 'start' }}>
        <FormTextField control={control} name="grantsCents" label={t('network.economy.grants')} slotProps={numeric('€')} />
        <FormTextField control={control} name="staffFte" label={t('network.economy.staff_fte')} helperText={t('network.economy.staff_fte_help')} slotProps={numeric()} />
        <FormTextField control={control} name="volunteers" label={t('network.economy.volunteers')} slotProps={numeric()} />
      </Box>
      <SaveBar label={t('network.economy.save')} {...saveBar} />
    </Box>
  );
}

/** « Chiffres de l’année saisis à la main »: grants, paid staff, volunteers of a calendar year. */
export function EconomyForm({ year, quarter }: { year: number; quarter?: number }) {
  const { t } = useTranslation();
  const figures = useApi('network.figures', { year });
  return (
    <Box sx={{ mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography id="economy-title" variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {t('network.economy.title', { year })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(quarter === undefined ? 'network.economy.help' : 'network.economy.help_quarter')}
      </Typography>
      {figures.data && <Form key={year} figures={figures.data} />}
    </Box>
  );
}
