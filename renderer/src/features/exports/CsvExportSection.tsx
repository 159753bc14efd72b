import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, FormHelperText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../main/api/contract';
import { ApiFailure, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { fiscalPeriod, fiscalYearContaining } from './fiscal';

type What = InputOf<'exports.csv'>['what'];
const KINDS: readonly What[] = ['invoices', 'credit-notes', 'payments', 'members', 'bookings', 'calls', 'journal'];
type Field = 'what' | 'from' | 'to';

/** A date field of the export's period: `YYYY-MM-DD`, or '' while what is typed is not a date; its message goes under the row. */
function PeriodField({ label, value, onChange, error }: { label: string; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <DatePicker
      label={label}
      value={value ? parseISO(value) : null}
      onChange={(date) => onChange(date && isValid(date) ? format(date, 'yyyy-MM-dd') : '')}
      slotProps={{ textField: { size: 'small', error: Boolean(error), sx: { width: { xs: '100%', sm: 190 } } } }}
    />
  );
}

/** « Exports CSV »: one table of a period for LibreOffice Calc or Excel, downloaded, with its line count. */
export function CsvExportSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const startMonth = useApi('settings.get', {}).data?.accounting.fiscalYearStartMonth;
  const [what, setWhat] = useState<What>('invoices');
  // Until the person picks dates: the fiscal year in progress, as the accounting settings start it.
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const fiscalYear = startMonth === undefined ? undefined : fiscalYearContaining(startMonth, todayIso());
  const current = startMonth === undefined || fiscalYear === undefined ? undefined : fiscalPeriod(startMonth, fiscalYear);
  const from = picked.from ?? current?.start ?? '';
  const to = picked.to ?? current?.end ?? '';
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<{ fileName: string; rows: number }>();
  const [busy, setBusy] = useState(false);

  const choose = (which: 'current' | 'previous') => {
    if (startMonth === undefined || fiscalYear === undefined) return;
    const period = fiscalPeriod(startMonth, which === 'current' ? fiscalYear : fiscalYear - 1);
    setPicked({ from: period.start, to: period.end });
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setDone(undefined);
    const missing: Partial<Record<Field, string>> = {};
    if (!from) missing.from = t('exports.csv.bad_date');
    if (!to) missing.to = t('exports.csv.bad_date');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const file = await call('exports.csv', { what, from, to });
      downloadBase64(file.fileName, file.base64, 'text/csv;charset=utf-8');
      setDone({ fileName: file.fileName, rows: file.rows });
    } catch (error) {
      const fields = error instanceof ApiFailure ? (error.error.fields ?? []) : [];
      const french = currentLanguage() === 'fr';
      const placed = Object.fromEntries(fields.filter((f) => ['what', 'from', 'to'].includes(f.field)).map((f) => [f.field, french ? f.message : f.messageEn]));
      setErrors(placed);
      if (Object.keys(placed).length === 0) setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('exports.csv.title')}>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('exports.csv.help')}
      </Typography>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <Stack spacing={2}>
          <TextField
            select
            size="small"
            label={t('exports.csv.what')}
            value={what}
            onChange={(event) => {
              setWhat(event.target.value as What);
              setDone(undefined);
            }}
            error={Boolean(errors.what)}
            helperText={errors.what ?? t(`exports.kinds.${what}.help`)}
            sx={{ maxWidth: 560 }}
          >
            {KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`exports.kinds.${kind}.label`)}
              </MenuItem>
            ))}
          </TextField>
          <Stack spacing={0.5}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, flexWrap: 'wrap', rowGap: 1 }} role="group" aria-label={t('exports.csv.period')}>
              <PeriodField label={t('exports.csv.from')} value={from} onChange={(value) => setPicked({ from: value, to })} error={errors.from} />
              <PeriodField label={t('exports.csv.to')} value={to} onChange={(value) => setPicked({ from, to: value })} error={errors.to} />
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 40 }}>
                <Button size="small" onClick={() => choose('current')} disabled={startMonth === undefined}>
                  {t('exports.csv.current_year')}
                </Button>
                <Button size="small" onClick={() => choose('previous')} disabled={startMonth === undefined}>
                  {t('exports.csv.previous_year')}
                </Button>
              </Stack>
            </Stack>
            {/* Under both dates: the field in error is outlined in red; one message said once. */}
            {[...new Set([errors.from, errors.to])].filter(Boolean).map((message) => (
              <FormHelperText key={message} error>
                {message}
              </FormHelperText>
            ))}
          </Stack>
          <Box>
            <Button type="submit" variant="contained" startIcon={<FileDownloadOutlined />} disabled={busy}>
              {t('exports.csv.download')}
            </Button>
          </Box>
          {failure && <Alert severity="error">{failure}</Alert>}
          {done && (
            <Alert severity="success" role="status">
              {t('exports.csv.done', { count: done.rows, file: done.fileName })}
            </Alert>
          )}
        </Stack>
      </Box>
    </Section>
  );
}
