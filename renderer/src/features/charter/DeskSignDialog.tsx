import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { CharterText } from './CharterText';
import { SignaturePad, type DrawnSignature } from './SignaturePad';

/** At the desk: the member reads the charter in force and signs it on the pad, in front of the staff member. */
export function DeskSignDialog({ memberId, name, onClose, onSigned }: { memberId: number; name: string; onClose: () => void; onSigned?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notify = useNotify();
  const charter = useApi('charter.show', {});
  const [signature, setSignature] = useState<DrawnSignature | null>(null);
  const sign = useApiMutation('charter.signAtDesk', {
    onSuccess: () => {
      notify(t('signature.recorded', { name }));
      onSigned?.();
      onClose();
    },
  });
  const version = charter.data?.number;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="desk-sign-title">
      <DialogTitle id="desk-sign-title">{t('signature.desk_title', { name })}</DialogTitle>
      <DialogContent dividers>
        {charter.error && <Alert severity="error">{errorText(charter.error)}</Alert>}
        {!charter.data && !charter.error && <LinearProgress aria-label={t('app.loading')} />}
        {charter.data && (
          <Stack spacing={2}>
            <Box tabIndex={0} aria-label={t('signature.charter_text')} sx={{ maxHeight: '38vh', overflowY: 'auto', p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <CharterText text={charter.data.text} />
            </Box>
            <Typography>{t('signature.statement', { name, version })}</Typography>
            <SignaturePad onChange={setSignature} height={180} />
            {sign.error && <Alert severity="error">{errorText(sign.error)}</Alert>}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!signature || version === undefined || sign.isPending}
          // A charter changed while the member read it: the new text is shown, to be read and signed.
          onClick={() => signature && version !== undefined && sign.mutate({ memberId, version, ...signature }, { onError: () => void charter.refetch() })}
        >
          {t('signature.record')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
