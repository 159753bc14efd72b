import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Placeholder: the phone line's policy. */
export function PhonePolicyPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('nav.phone')}</Typography>;
}
