import { Box, MenuItem, Typography } from '@mui/material';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChoiceRadios } from '../../../forms/ChoiceRadios';
import { FormTextField } from '../../../forms/FormTextField';
import { SaveBar } from '../../../forms/SaveBar';
import { useContractForm } from '../../../forms/useContractForm';
import { formatDate, todayIso } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { FIELDS, SEPARATORS, currentFiscalYear, monthNames, type Accounting } from './accounting';
import { AccountsTable, JournalsTable } from './AccountsTable';

/** Numbers and codes as the FEC wants them: no spaces around, capitals. */
function toInput(values: Accounting): Accounting {
  const accounts = Object.fromEntries(
    Object.entries(values.accounts).map(([role, account]) => [role, { number: account.number.trim().toUpperCase(), label: account.label.trim() }]),
  ) as Accounting['accounts'];
  const journals = Object.fromEntries(
    Object.entries(values.journals).map(([role, journal]) => [role, { code: journal.code.trim().toUpperCase(), label: journal.label.trim() }]),
  ) as Accounting['journals'];
  return { ...values, accounts, journals };
}

/** The accounting section of the settings: account plan, journals, fiscal year, FEC separator. */
export function AccountingForm({ accounting }: { accounting: Accounting }) {
  const { t } = useTranslation();
  const { form, submit, saveBar } = useContractForm<'settings.updateAccounting', Accounting>({
    method: 'settings.updateAccounting',
    defaultValues: accounting,
    fields: FIELDS,
    toInput,
  });
  const { control } = form;
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Typography variant="h2" gutterBottom>
        {t('accountingSettings.accounts')}
      </Typography>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1, maxWidth: 760 }}>
        {t('accountingSettings.accounts_help')}
      </Typography>
      <AccountsTable control={control} />

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }}>
        {t('accountingSettings.journals')}
      </Typography>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1, maxWidth: 760 }}>
        {t('accountingSettings.journals_help')}
      </Typography>
      <JournalsTable control={control} />

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }}>
        {t('accountingSettings.fiscal_year')}
      </Typography>
      <FiscalYearField control={control} />

      <Typography variant="h2" gutterBottom sx={{ mt: 4 }} id="fec-separator-title">
        {t('accountingSettings.fec')}
      </Typography>
      <Typography color="text.secondary" variant="body2" sx={{ mb: 1, maxWidth: 760 }}>
        {t('accountingSettings.fec_help')}
      </Typography>
      <ChoiceRadios
        control={control}
        name="fecSeparator"
        choices={SEPARATORS}
        label={t('accountingSettings.separator')}
        title={(value) => t(`accountingSettings.separators.${value}`)}
        help={(value) => t(`accountingSettings.separator_help.${value}`)}
      />
      <SaveBar {...saveBar} />
    </Box>
  );
}

/** The first month of the fiscal year, and the period it gives the year in progress. */
function FiscalYearField({ control }: { control: Control<Accounting> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const startMonth = useWatch({ control, name: 'fiscalYearStartMonth' });
  const period = currentFiscalYear(startMonth, todayIso());
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 3, rowGap: 1 }}>
        <FormTextField control={control} name="fiscalYearStartMonth" select label={t('accountingSettings.start_month')} sx={{ width: 260 }}>
          {monthNames(language).map((name, index) => (
            <MenuItem key={name} value={index + 1}>
              {name}
            </MenuItem>
          ))}
        </FormTextField>
        <Typography role="status" data-period sx={{ fontWeight: 500 }}>
          {t('accountingSettings.period', { year: period.year, start: formatDate(period.start, language), end: formatDate(period.end, language) })}
        </Typography>
      </Box>
      <Typography color="text.secondary" variant="body2" sx={{ mt: 1, maxWidth: 760 }}>
        {t('accountingSettings.fiscal_help')}
      </Typography>
    </>
  );
}
