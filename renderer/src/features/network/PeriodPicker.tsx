import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Period } from './types';

const WHOLE_YEAR = 'year';

/** The year (those with activity) and the part of it: the whole year or one quarter. */
export function PeriodPicker({ period, years, onYear, onQuarter }: { period: Period; years: number[]; onYear: (year: number) => void; onQuarter: (quarter: number | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
      <TextField select label={t('network.year')} value={years.length ? period.year : ''} onChange={(event) => onYear(Number(event.target.value))} sx={{ width: 120 }}>
        {years.map((year) => (
          <MenuItem key={year} value={year}>
            {year}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('network.period')}
        value={period.quarter ?? WHOLE_YEAR}
        onChange={(event) => onQuarter(event.target.value === WHOLE_YEAR ? undefined : Number(event.target.value))}
        sx={{ width: 260 }}
      >
        <MenuItem value={WHOLE_YEAR}>{t('network.whole_year')}</MenuItem>
        {[1, 2, 3, 4].map((quarter) => (
          <MenuItem key={quarter} value={quarter}>
            {t(`network.quarters.${quarter}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
