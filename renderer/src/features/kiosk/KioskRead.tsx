import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { CharterText } from '../charter/CharterText';
import type { Person } from './types';

/** The charter in large type; signing opens once the reader has reached its end. */
export function KioskRead({ person, onRead, onCancel }: { person: Person; onRead: (version: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const charter = useApi('kiosk.charter', {});
  const end = useRef<HTMLDivElement>(null);
  const [reachedEnd, setReachedEnd] = useState(false);

  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setReachedEnd(true);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [charter.data]);

  if (charter.error) return <Alert severity="error">{errorText(charter.error)}</Alert>;
  if (!charter.data) return <LinearProgress aria-label={t('app.loading')} />;
  const { number } = charter.data;
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1" sx={{ fontSize: '2.2rem' }}>
          {t('kiosk.read_title', { name: person.label })}
        </Typography>
        <Typography sx={{ fontSize: '1.2rem' }} color="text.secondary">
          {t('kiosk.read_help')}
        </Typography>
      </Box>
      <Paper variant="outlined" tabIndex={0} aria-label={t('kiosk.charter_text')} sx={{ p: { xs: 2, md: 4 }, maxHeight: { xs: '55vh', md: '60vh' }, overflowY: 'auto', overscrollBehavior: 'contain' }}>
        <CharterText text={charter.data.text} large />
        <Box ref={end} sx={{ height: 4 }} />
      </Paper>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Button size="large" onClick={onCancel} sx={{ fontSize: '1.15rem', minHeight: 52 }}>
          {t('kiosk.cancel')}
        </Button>
        {!reachedEnd && <Typography color="text.secondary">{t('kiosk.scroll_to_end')}</Typography>}
        <Button variant="contained" size="large" disabled={!reachedEnd} onClick={() => onRead(number)} sx={{ fontSize: '1.25rem', px: 4, py: 1.5 }}>
          {t('kiosk.go_sign')}
        </Button>
      </Stack>
    </Stack>
  );
}
