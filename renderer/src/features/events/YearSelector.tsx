import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import { IconButton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The year in the address when it is a plausible one, otherwise undefined (a hand-edited address). */
export function yearOf(params: URLSearchParams): number | undefined {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : undefined;
}

/** ‹ 2026 ›: earlier years a click away, and at most next year (an event noted ahead). */
export function YearSelector({ year, latest, onChange }: { year: number; latest: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" role="group" aria-label={t('events.year')} sx={{ alignItems: 'center' }}>
      <IconButton aria-label={t('events.previous_year')} onClick={() => onChange(year - 1)} disabled={year <= 2000}>
        <ChevronLeftOutlined />
      </IconButton>
      <Typography aria-live="polite" sx={{ fontWeight: 500, minWidth: 56, textAlign: 'center' }}>
        {year}
      </Typography>
      <IconButton aria-label={t('events.next_year')} onClick={() => onChange(year + 1)} disabled={year >= latest}>
        <ChevronRightOutlined />
      </IconButton>
    </Stack>
  );
}
