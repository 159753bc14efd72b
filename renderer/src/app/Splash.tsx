import { Alert, Box, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/client';
import { useErrorText } from '../forms/errors';

/** While the first answer comes; or why it did not. */
export function Splash({ error }: { error: ApiFailure | Error | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 4 }}>
      {error ? (
        <Alert severity="error" sx={{ maxWidth: 560 }}>
          {t('app.cannot_start')} {errorText(error)}
        </Alert>
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Box>
  );
}
