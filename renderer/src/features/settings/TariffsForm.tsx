import { zodResolver } from '@hookform/resolvers/zod';
import { Box, InputAdornment, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { centsToInput, inputToCents } from '../../format';
import { currentLanguage } from '../../i18n';

type Tariff = OutputOf<'tariffs.list'>[number];
type VatRegime = OutputOf<'settings.get'>['vat']['regime'];

/** A tariff as typed: the price in euros (`15,00`), numbers as text until they are checked. */
interface TariffRow {
  code: Tariff['code'];
  label: string;
  priceCents: string;
  quantity: string;
  validityMonths: string;
}
interface Values {
  tariffs: TariffRow[];
}

const isCarnet = (code: string) => code.startsWith('carnet_');

function toValues(tariffs: Tariff[]): Values {
  const language = currentLanguage();
  return {
    tariffs: tariffs.map((tariff) => ({
      code: tariff.code,
      label: tariff.label,
      priceCents: centsToInput(tariff.priceCents, language),
      quantity: tariff.quantity?.toString() ?? '',
      validityMonths: tariff.validityMonths?.toString() ?? '',
    })),
  };
}

/** The price list, in euros excluding VAT: used by the first-run wizard and the settings screen. */
export function TariffsForm({ tariffs, vatRegime, submitLabel, onSaved, autoFocus }: { tariffs: Tariff[]; vatRegime: VatRegime; submitLabel?: string; onSaved?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const schema = useMemo(() => {
    const whole = z.string().regex(/^[1-9]\d{0,2}$/, { error: t('forms.positive_number') });
    const row = z.object({
      code: z.custom<Tariff['code']>((value) => typeof value === 'string'),
      label: z.string().trim().min(1, { error: t('forms.required') }),
      priceCents: z.string().refine((v) => inputToCents(v) !== undefined, { error: t('forms.price') }),
      quantity: z.string(),
      validityMonths: z.string(),
    });
    return z.object({
      tariffs: z.array(row.superRefine((value, ctx) => {
        if (!isCarnet(value.code)) return;
        for (const key of ['quantity', 'validityMonths'] as const) {
          if (!whole.safeParse(value[key]).success) ctx.addIssue({ code: 'custom', path: [key], message: t('forms.positive_number') });
        }
      })),
    });
  }, [t]);
  const fields = tariffs.flatMap((_, index) => ['label', 'priceCents', 'quantity', 'validityMonths'].map((key) => `tariffs.${index}.${key}`));
  const { form, submit, saveBar } = useContractForm<'tariffs.update', Values>({
    method: 'tariffs.update',
    defaultValues: toValues(tariffs),
    fields,
    resolver: zodResolver(schema),
    toInput: (values) => ({
      tariffs: values.tariffs.map((row) => ({
        code: row.code,
        label: row.label,
        priceCents: inputToCents(row.priceCents) ?? -1,
        quantity: isCarnet(row.code) ? Number(row.quantity) : null,
        validityMonths: isCarnet(row.code) ? Number(row.validityMonths) : null,
      })),
    }),
    toValues,
    onSaved: () => onSaved?.(),
  });

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Table size="small" aria-label={t('tariffs.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '45%' }}>{t('tariffs.label')}</TableCell>
            {/* « HT » only where VAT is charged: under the franchise or an exemption, the price is the price. */}
            <TableCell sx={{ width: '20%' }}>{t(vatRegime === 'assujetti' ? 'tariffs.price_excl_vat' : 'tariffs.price')}</TableCell>
            <TableCell>{t('tariffs.carnet_size')}</TableCell>
            <TableCell>{t('tariffs.validity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tariffs.map((tariff, index) => (
            <TableRow key={tariff.code}>
              <TableCell>
                <FormTextField control={form.control} name={`tariffs.${index}.label`} autoFocus={autoFocus && index === 0} slotProps={{ htmlInput: { 'aria-label': t('tariffs.label_of', { label: tariff.label }) } }} />
              </TableCell>
              <TableCell>
                <FormTextField
                  control={form.control}
                  name={`tariffs.${index}.priceCents`}
                  slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': t('tariffs.price_of', { label: tariff.label }), style: { textAlign: 'right' } }, input: { endAdornment: <InputAdornment position="end">€</InputAdornment> } }}
                />
              </TableCell>
              <TableCell>
                {isCarnet(tariff.code) && (
                  <FormTextField control={form.control} name={`tariffs.${index}.quantity`} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('tariffs.carnet_size') } }} />
                )}
              </TableCell>
              <TableCell>
                {isCarnet(tariff.code) && (
                  <FormTextField
                    control={form.control}
                    name={`tariffs.${index}.validityMonths`}
                    slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('tariffs.validity') }, input: { endAdornment: <InputAdornment position="end">{t('tariffs.months')}</InputAdornment> } }}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SaveBar label={submitLabel} {...saveBar} />
    </Box>
  );
}
