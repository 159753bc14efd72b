import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Placeholder: the phone line's log, desk entry and monthly summary. */
export function CallsPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('nav.calls')}</Typography>;
}
