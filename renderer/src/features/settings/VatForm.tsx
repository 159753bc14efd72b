import { Alert, Box, Checkbox, FormControlLabel, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { currentLanguage } from '../../i18n';
import { formatRate } from '../../format';

type Vat = OutputOf<'settings.get'>['vat'];
const REGIMES = ['franchise', 'exoneration', 'assujetti'] as const satisfies readonly Vat['regime'][];
const FIELDS = ['regime', 'rateBp', 'franchiseWording', 'exonerationWording', 'optionDebits', 'invoiceFooter'] as const;

/**
 * The VAT regime and the wordings invoices print. `hasVatNumber` (from the identity) warns, before
 * the first invoice is refused for it, that a VAT-registered association needs its number.
 */
export function VatForm({ vat, hasVatNumber, submitLabel, onSaved, autoFocus }: { vat: Vat; hasVatNumber: boolean; submitLabel?: string; onSaved?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<'settings.updateVat', Vat>({
    method: 'settings.updateVat',
    defaultValues: vat,
    fields: FIELDS,
    onSaved,
  });
  const regime = form.watch('regime');

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Controller
        control={form.control}
        name="regime"
        render={({ field }) => (
          <RadioGroup {...field} aria-label={t('vat.regime')}>
            <Stack spacing={1.5}>
              {REGIMES.map((value) => (
                <Paper key={value} sx={{ p: 1.5, borderColor: field.value === value ? 'primary.main' : 'divider' }}>
                  <FormControlLabel
                    value={value}
                    control={<Radio autoFocus={autoFocus && field.value === value} />}
                    label={
                      <Box>
                        <Typography sx={{ fontWeight: 500 }}>{t(`vat.${value}`, { rate: formatRate(vat.rateBp, currentLanguage()) })}</Typography>
                        <Typography variant="body2" color="text.secondary">
                          {t(`vat.${value}_help`)}
                        </Typography>
                      </Box>
                    }
                  />
                </Paper>
              ))}
            </Stack>
          </RadioGroup>
        )}
      />
      <Stack spacing={2} sx={{ mt: 3 }}>
        {regime === 'assujetti' && !hasVatNumber && <Alert severity="warning">{t('vat.needs_vat_number')}</Alert>}
        {regime === 'franchise' && <FormTextField control={form.control} name="franchiseWording" label={t('vat.franchise_wording')} helperText={t('vat.wording_help')} />}
        {regime === 'exoneration' && <FormTextField control={form.control} name="exonerationWording" label={t('vat.exoneration_wording')} helperText={t('vat.wording_help')} />}
        {regime === 'assujetti' && (
          <Controller
            control={form.control}
            name="optionDebits"
            render={({ field }) => (
              <Box>
                <FormControlLabel control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} label={t('vat.option_debits')} />
                <Typography variant="body2" color="text.secondary" sx={{ ml: 4 }}>
                  {t('vat.option_debits_help')}
                </Typography>
              </Box>
            )}
          />
        )}
        <FormTextField control={form.control} name="invoiceFooter" label={t('vat.invoice_footer')} helperText={t('vat.invoice_footer_help')} multiline minRows={2} />
      </Stack>
      <SaveBar label={submitLabel} {...saveBar} />
    </Box>
  );
}
