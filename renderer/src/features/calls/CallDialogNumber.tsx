import { Alert, Box, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { CallClassChip } from './CallClassChip';

/** The value as it was `delay` ms after it last changed. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * How the server reads the number being typed: its kind, its E.164, and what the policy says of a
 * call out to it (re-billed at a price, not allowed), so that the desk can tell the member at once.
 */
export function CallDialogNumber({ number, direction }: { number: string; direction: 'out' | 'in' }) {
  const { t } = useTranslation();
  const typed = useSettled(number.trim(), 250);
  const reading = useApi('calls.classify', { number: typed }, { enabled: typed !== '', keepPrevious: true });
  // Nothing is shown for a number still being typed: the last reading was of another number.
  const read = typed !== '' && typed === number.trim() && !reading.isPlaceholderData ? reading.data : undefined;
  const rule = read?.rule;
  return (
    <Box role="status" aria-label={t('calls.reading')} aria-live="polite" sx={{ minHeight: 24, mt: -1 }}>
      {read && (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <CallClassChip callClass={read.class} />
            {read.e164 && <Typography variant="body2">{read.e164}</Typography>}
            {direction === 'out' && rule?.mode === 'included' && (
              <Typography variant="body2" color="text.secondary">
                · {t('calls.included')}
              </Typography>
            )}
            {direction === 'in' && read.class !== 'invalid' && (
              <Typography variant="body2" color="text.secondary">
                · {t('calls.incoming')}
              </Typography>
            )}
          </Stack>
          {read.class === 'invalid' ? (
            <Alert severity="warning">{t('calls.invalid')}</Alert>
          ) : direction === 'out' && rule?.mode === 'rebilled' ? (
            <Alert severity="info">{t('calls.rebilled', { price: formatCents(rule.centsPerMinute, currentLanguage()) })}</Alert>
          ) : direction === 'out' && rule?.mode === 'forbidden' ? (
            <Alert severity="warning">{t('calls.forbidden')}</Alert>
          ) : null}
        </Stack>
      )}
    </Box>
  );
}
