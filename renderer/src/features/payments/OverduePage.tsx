import { Alert, LinearProgress, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressState } from '../../app/useAddressState';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { AGES, OverdueTable, type Age, type Overdue } from './OverdueTable';
import { ReminderDialog } from './ReminderDialog';

/** « Impayés »: invoices past their due date, by how late they are, with a reminder for each. */
export function OverduePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The age shown lives in the address, so that Back and a reload keep it.
  const [params, update] = useAddressState();
  const age = AGES.find((value) => value === params.get('age'));
  const [reminding, setReminding] = useState<Overdue>();
  const overdue = useApi('invoices.overdue', {});
  const rows = overdue.data ?? [];
  const shown = age ? rows.filter((row) => row.age === age) : rows;
  const pick = (value: Age | 'all') => update({ age: value === 'all' ? null : value });

  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.overdue')} intro={t('payments.overdue.intro')} />
      {overdue.error && <Alert severity="error">{errorText(overdue.error)}</Alert>}
      {overdue.isPending && <LinearProgress aria-label={t('app.loading')} />}
      {overdue.data && rows.length === 0 && (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t('payments.overdue.none')}</Typography>
        </Paper>
      )}
      {rows.length > 0 && (
        <>
          <AgeFilter rows={rows} value={age ?? 'all'} onChange={pick} />
          {shown.length > 0 ? (
            <OverdueTable rows={shown} onRemind={setReminding} />
          ) : (
            <Paper sx={{ p: 4, textAlign: 'center' }}>
              <Typography color="text.secondary">{t('payments.overdue.none_in_age')}</Typography>
            </Paper>
          )}
        </>
      )}
      {reminding && <ReminderDialog invoice={reminding} onClose={() => setReminding(undefined)} />}
    </Stack>
  );
}

/** All, or one age bucket; each button says how many invoices and how much. */
function AgeFilter({ rows, value, onChange }: { rows: Overdue[]; value: Age | 'all'; onChange: (value: Age | 'all') => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figures = (age: Age | 'all') => {
    const inside = rows.filter((row) => age === 'all' || row.age === age);
    return { count: inside.length, total: formatCents(inside.reduce((sum, row) => sum + row.balanceCents, 0), language) };
  };
  return (
    <ToggleButtonGroup
      exclusive
      color="primary"
      value={value}
      onChange={(_, picked: Age | 'all' | null) => picked && onChange(picked)}
      aria-label={t('payments.overdue.by_age')}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))' }}
    >
      {(['all', ...AGES] as const).map((bucket) => {
        const { count, total } = figures(bucket);
        return (
          <ToggleButton key={bucket} value={bucket} sx={{ flexDirection: 'column', alignItems: 'flex-start', textAlign: 'left', textTransform: 'none', px: 1.5, py: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {t(`payments.overdue.ages.${bucket}`)}
            </Typography>
            <Typography sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap' }}>{total}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t('payments.overdue.invoices', { count })}
            </Typography>
          </ToggleButton>
        );
      })}
    </ToggleButtonGroup>
  );
}
