import { zodResolver } from '@hookform/resolvers/zod';
import { Box, InputAdornment, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { centsToInput, inputToCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { CLASSES, MODES, PLANS, PhonePolicyRules, type Phone, type Values } from './PhonePolicyRules';

function toValues(phone: Phone): Values {
  const language = currentLanguage();
  return {
    rules: Object.fromEntries(CLASSES.map((c) => [c, { mode: phone.rules[c].mode, centsPerMinute: centsToInput(phone.rules[c].centsPerMinute, language) }])) as Values['rules'],
    allowanceMinutes: Object.fromEntries(PLANS.map((plan) => [plan, String(phone.allowanceMinutes[plan])])) as Values['allowanceMinutes'],
  };
}

/** The contract's ceiling for an amount (100 000 €): past it, a price per minute is a typing slip. */
const MAX_CENTS = 10_000_000;

const FIELDS = [...CLASSES.flatMap((c) => [`rules.${c}.mode`, `rules.${c}.centsPerMinute`]), ...PLANS.map((plan) => `allowanceMinutes.${plan}`)];

/** The phone policy form: a rule and a price per kind of number, then the minutes each plan includes. */
export function PhonePolicyForm({ phone }: { phone: Phone }) {
  const { t } = useTranslation();
  const schema = useMemo(() => {
    // Only a re-billed class needs a price; the others keep theirs for the day they are re-billed again.
    const rule = z
      .object({ mode: z.enum(MODES), centsPerMinute: z.string() })
      .refine((value) => value.mode !== 'rebilled' || (inputToCents(value.centsPerMinute) ?? Infinity) <= MAX_CENTS, { error: t('phonePolicy.bad_price'), path: ['centsPerMinute'] });
    const minutes = z.string().trim().regex(/^\d{1,9}$/, { error: t('phonePolicy.bad_minutes') });
    return z.object({ rules: z.record(z.enum(CLASSES), rule), allowanceMinutes: z.record(z.enum(PLANS), minutes) });
  }, [t]);
  const { form, submit, saveBar } = useContractForm<'settings.updatePhone', Values>({
    method: 'settings.updatePhone',
    defaultValues: toValues(phone),
    fields: FIELDS,
    resolver: zodResolver(schema),
    toInput: (values) => ({
      rules: Object.fromEntries(
        CLASSES.map((c) => [c, { mode: values.rules[c].mode, centsPerMinute: inputToCents(values.rules[c].centsPerMinute) ?? phone.rules[c].centsPerMinute }]),
      ) as Phone['rules'],
      allowanceMinutes: Object.fromEntries(PLANS.map((plan) => [plan, Number(values.allowanceMinutes[plan].trim())])) as Phone['allowanceMinutes'],
    }),
    toValues,
  });

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Typography variant="h2" gutterBottom>
        {t('phonePolicy.rules')}
      </Typography>
      <PhonePolicyRules control={form.control} />
      <Typography variant="h2" gutterBottom sx={{ mt: 4 }}>
        {t('phonePolicy.allowance')}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 720, mb: 2 }}>
        {t('phonePolicy.allowance_help')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, maxWidth: 880 }}>
        {PLANS.map((plan) => (
          <FormTextField
            key={plan}
            control={form.control}
            name={`allowanceMinutes.${plan}`}
            label={t(`phonePolicy.plans.${plan}`)}
            slotProps={{ htmlInput: { inputMode: 'numeric', style: { textAlign: 'right' } }, input: { endAdornment: <InputAdornment position="end">{t('phonePolicy.minutes')}</InputAdornment> } }}
          />
        ))}
      </Box>
      <SaveBar {...saveBar} />
    </Box>
  );
}
