import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Placeholder: the import wizard for an operator's call records. */
export function ImportCallsPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('nav.calls_import')}</Typography>;
}
