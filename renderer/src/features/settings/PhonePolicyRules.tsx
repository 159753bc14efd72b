import { InputAdornment, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { FormTextField } from '../../forms/FormTextField';

export type Phone = OutputOf<'settings.get'>['phone'];
export type CallClass = keyof Phone['rules'];
export type Plan = keyof Phone['allowanceMinutes'];
export type Mode = Phone['rules'][CallClass]['mode'];

/** In the order staff think of them: French numbers from the cheapest, then abroad, then the unreadable. */
export const CLASSES = ['fr_landline', 'fr_mobile', 'fr_special', 'fr_voip', 'overseas', 'international', 'invalid'] as const satisfies readonly CallClass[];
export const MODES = ['included', 'rebilled', 'forbidden'] as const satisfies readonly Mode[];
export const PLANS = ['permanent', 'trainee', 'carnet', 'none'] as const satisfies readonly Plan[];

/** The policy as typed: prices in euros (`0,15`), minutes as text until they are checked. */
export interface Values {
  rules: Record<CallClass, { mode: Mode; centsPerMinute: string }>;
  allowanceMinutes: Record<Plan, string>;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One kind of number: its name and an example, its rule, and its price when it is re-billed. */
function RuleRow({ callClass, control }: { callClass: CallClass; control: Control<Values> }) {
  const { t } = useTranslation();
  const name = t(`phonePolicy.classes.${callClass}`);
  const rebilled = useWatch({ control, name: `rules.${callClass}.mode` }) === 'rebilled';
  return (
    <TableRow data-class={callClass}>
      <TableCell component="th" scope="row">
        <Typography sx={{ fontWeight: 500 }}>{capitalized(name)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t(`phonePolicy.examples.${callClass}`)}
        </Typography>
      </TableCell>
      <TableCell>
        <FormTextField control={control} name={`rules.${callClass}.mode`} select slotProps={{ htmlInput: { 'aria-label': t('phonePolicy.rule_of', { class: name }) } }}>
          {MODES.map((mode) => (
            <MenuItem key={mode} value={mode}>
              {t(`phonePolicy.modes.${mode}`)}
            </MenuItem>
          ))}
        </FormTextField>
      </TableCell>
      <TableCell>
        <FormTextField
          control={control}
          name={`rules.${callClass}.centsPerMinute`}
          disabled={!rebilled}
          slotProps={{
            htmlInput: { inputMode: 'decimal', 'aria-label': t('phonePolicy.price_of', { class: name }), style: { textAlign: 'right' } },
            input: { endAdornment: <InputAdornment position="end">{t('phonePolicy.per_minute')}</InputAdornment> },
          }}
        />
      </TableCell>
    </TableRow>
  );
}

/** The seven kinds of number the line can call, each with what the policy does with a call to it. */
export function PhonePolicyRules({ control }: { control: Control<Values> }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('phonePolicy.rules')}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '34%' }}>{t('phonePolicy.class')}</TableCell>
          <TableCell sx={{ width: '44%' }}>{t('phonePolicy.rule')}</TableCell>
          <TableCell sx={{ width: '22%' }}>{t('phonePolicy.price')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CLASSES.map((callClass) => (
          <RuleRow key={callClass} callClass={callClass} control={control} />
        ))}
      </TableBody>
    </Table>
  );
}
