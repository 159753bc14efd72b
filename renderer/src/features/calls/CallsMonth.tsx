import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import { IconButton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format';
import { currentLanguage, type UiLanguage } from '../../i18n';

/** This month in Paris, `YYYY-MM`. */
export const currentMonth = () => todayIso().slice(0, 7);

/** `YYYY-MM` when the text is one, otherwise undefined (a hand-edited address). */
export const validMonth = (text: string | null) => (text && /^20\d\d-(0[1-9]|1[0-2])$/.test(text) ? text : undefined);

/** The month `delta` months from `month`, both `YYYY-MM`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, number - 1 + delta, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `novembre 2026`, `November 2026`. */
export function monthLabel(month: string, language: UiLanguage): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** ‹ novembre 2026 ›: earlier months are a click away; the months to come have no calls yet. */
export function MonthSelector({ month, latest, onChange }: { month: string; latest: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" role="group" aria-label={t('calls.month')} sx={{ alignItems: 'center' }}>
      <IconButton aria-label={t('calls.previous_month')} onClick={() => onChange(shiftMonth(month, -1))}>
        <ChevronLeftOutlined />
      </IconButton>
      <Typography aria-live="polite" sx={{ fontWeight: 500, minWidth: 140, textAlign: 'center' }}>
        {monthLabel(month, currentLanguage())}
      </Typography>
      <IconButton aria-label={t('calls.next_month')} onClick={() => onChange(shiftMonth(month, 1))} disabled={month >= latest}>
        <ChevronRightOutlined />
      </IconButton>
    </Stack>
  );
}
