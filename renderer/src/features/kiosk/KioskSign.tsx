import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { SignaturePad, type DrawnSignature } from '../charter/SignaturePad';
import type { Person } from './types';

/** « Je soussigné·e… », the pad, and « Je signe ». */
export function KioskSign({ person, version, onSigned, onBack }: { person: Person; version: number; onSigned: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [signature, setSignature] = useState<DrawnSignature | null>(null);
  const sign = useApiMutation('kiosk.sign', { onSuccess: onSigned });
  return (
    <Stack spacing={3}>
      <Typography variant="h1" sx={{ fontSize: '2.2rem' }}>
        {t('kiosk.sign_title')}
      </Typography>
      <Typography sx={{ fontSize: '1.3rem' }}>{t('kiosk.statement', { name: person.label, version })}</Typography>
      <SignaturePad onChange={setSignature} height={280} large />
      {sign.error && <Alert severity="error">{errorText(sign.error)}</Alert>}
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <Button size="large" onClick={onBack} sx={{ fontSize: '1.15rem', minHeight: 52 }}>
          {t('kiosk.reread')}
        </Button>
        <Button
          variant="contained"
          size="large"
          disabled={!signature || sign.isPending}
          onClick={() => signature && sign.mutate({ memberId: person.memberId, version, ...signature })}
          sx={{ fontSize: '1.25rem', px: 4, py: 1.5 }}
        >
          {t('kiosk.confirm_signature')}
        </Button>
      </Box>
    </Stack>
  );
}
