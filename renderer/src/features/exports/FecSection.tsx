import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiFailure, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { fiscalPeriod, fiscalYearContaining } from './fiscal';

interface YearOption {
  year: number;
  start: string;
  end: string;
}

/** The fiscal years with activity and the one in progress, newest first. */
function useYears(): { options: YearOption[]; preferred: number | undefined } {
  const startMonth = useApi('settings.get', {}).data?.accounting.fiscalYearStartMonth;
  const known = useApi('accounting.years', {}).data ?? [];
  if (startMonth === undefined) return { options: [], preferred: undefined };
  const today = todayIso();
  const current = fiscalYearContaining(startMonth, today);
  const byYear = new Map<number, YearOption>(known.map(({ year, start, end }) => [year, { year, start, end }]));
  if (!byYear.has(current)) byYear.set(current, { year: current, ...fiscalPeriod(startMonth, current) });
  const options = [...byYear.values()].sort((a, b) => b.year - a.year);
  // The last year that is over is the one a FEC is usually asked for; the current one otherwise.
  const preferred = options.find((option) => option.end < today)?.year ?? current;
  return { options, preferred };
}

/** « Fichier des écritures comptables (FEC) »: a fiscal year's entries as the tax administration reads them. */
export function FecSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = currentLanguage();
  const role = useApi('auth.status', {}).data?.signedIn?.role;
  const { options, preferred } = useYears();
  const [chosen, setChosen] = useState<number>();
  const [failure, setFailure] = useState<{ text: string; siren: boolean }>();
  const [done, setDone] = useState<{ fileName: string; entries: number; lines: number }>();
  const [busy, setBusy] = useState(false);
  const year = chosen ?? preferred;

  const download = async () => {
    if (year === undefined) return;
    setFailure(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      const file = await call('accounting.fec', { year });
      downloadBase64(file.fileName, file.base64, 'text/plain;charset=utf-8');
      setDone({ fileName: file.fileName, entries: file.entries, lines: file.lines });
    } catch (error) {
      const siren = error instanceof ApiFailure && (error.error.reason === 'errors.accounting.siren_missing' || Boolean(error.error.fields?.some((f) => f.field === 'siret')));
      setFailure({ text: errorText(error), siren });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('exports.fec.title')}>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('exports.fec.help')}
      </Typography>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            select
            size="small"
            label={t('exports.fec.year')}
            value={year ?? ''}
            onChange={(event) => {
              setChosen(Number(event.target.value));
              setDone(undefined);
              setFailure(undefined);
            }}
            sx={{ width: { xs: '100%', sm: 340 } }}
          >
            {options.map((option) => (
              <MenuItem key={option.year} value={option.year}>
                {t('exports.fec.year_option', { year: option.year, start: formatDate(option.start, language), end: formatDate(option.end, language) })}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Button variant="contained" startIcon={<FileDownloadOutlined />} disabled={busy || year === undefined} onClick={() => void download()} sx={{ whiteSpace: 'nowrap' }}>
              {t('exports.fec.download')}
            </Button>
          </Box>
        </Stack>
        {failure && (
          <Alert
            severity="error"
            action={
              failure.siren && role === 'admin' ? (
                <Link component={RouterLink} to="/settings/association" sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
                  {t('exports.fec.open_association')}
                </Link>
              ) : undefined
            }
          >
            {failure.text}
            {failure.siren && role !== 'admin' && <Box sx={{ mt: 0.5 }}>{t('exports.fec.ask_admin')}</Box>}
          </Alert>
        )}
        {done && (
          <Alert severity="success" role="status">
            {t('exports.fec.done', { file: done.fileName, entries: done.entries, lines: done.lines })}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
