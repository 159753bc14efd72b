import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PinPad } from '../lock/PinPad';

type Badge = OutputOf<'auth.status'>['staff'][number];

/** Leaving the kiosk: a staff member picks their name and types their PIN (wrong ones count towards the lockout). */
export function KioskExitDialog({ staff, onClose, onLeft }: { staff: Badge[]; onClose: () => void; onLeft: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [staffId, setStaffId] = useState<number | ''>(staff.length === 1 ? (staff[0]?.id ?? '') : '');
  const [pin, setPin] = useState('');
  const close = useApiMutation('kiosk.close', {
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.status' });
      onLeft();
    },
  });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (staffId !== '' && pin.length >= 4) close.mutate({ staffId, pin }, { onError: () => setPin('') });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('kiosk.leave_title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label={t('kiosk.staff_member')} value={staffId} onChange={(event) => setStaffId(Number(event.target.value))}>
              {staff.map((badge) => (
                <MenuItem key={badge.id} value={badge.id}>
                  {badge.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('lock.pin')}
              type="password"
              value={pin}
              onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 8))}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'numeric', style: { letterSpacing: '0.4em', fontSize: '1.3rem', textAlign: 'center' } } }}
            />
            <PinPad onDigit={(digit) => setPin((current) => (current + digit).slice(0, 8))} onErase={() => setPin((current) => current.slice(0, -1))} disabled={close.isPending} />
            {close.error && (
              <Alert severity="error" role="alert">
                {errorText(close.error)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={staffId === '' || pin.length < 4 || close.isPending}>
            {t('kiosk.leave_confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
