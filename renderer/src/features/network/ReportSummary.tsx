import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { formatSize, utf8Bytes } from './figures';
import type { ReportAnswer } from './types';

/** `Du 01/01/2025 au 31/12/2025 · 235 jours d’ouverture · 3,1 ko · SHA-256 1a2b3c4d…`: what is about to leave. */
export function ReportSummary({ answer }: { answer: ReportAnswer }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { debut, fin, jours_ouverts } = answer.report.periode;
  const parts = [
    t('network.summary.range', { start: formatDate(debut, language), end: formatDate(fin, language) }),
    t('network.summary.open_days', { count: jours_ouverts }),
    t('network.summary.size', { size: formatSize(utf8Bytes(answer.json), language) }),
  ];
  return (
    <Typography data-summary sx={{ fontWeight: 500 }}>
      {parts.join(' · ')}
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', fontWeight: 400, overflowWrap: 'anywhere' }}>
        {t('network.summary.sha256')}{' '}
        <Box component="code" sx={{ fontFamily: 'monospace' }}>
          {answer.sha256}
        </Box>
      </Typography>
    </Typography>
  );
}
