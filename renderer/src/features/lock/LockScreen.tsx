import LockOutlined from '@mui/icons-material/LockOutlined';
import { Alert, Avatar, Box, Button, List, ListItemAvatar, ListItemButton, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApiMutation } from '../../api/hooks';
import { isSomeoneElse } from '../../app/lastPerson';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useErrorText } from '../../forms/errors';
import { PinPad } from './PinPad';

type Status = OutputOf<'auth.status'>;
type Badge = Status['staff'][number];

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Pick your name, type your PIN. Five wrong PINs lock the account for five minutes. */
export function LockScreen({ status }: { status: Status }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<Badge | undefined>(status.staff.length === 1 ? status.staff[0] : undefined);
  const [pin, setPin] = useState('');
  const signIn = useApiMutation('auth.signIn', { onSuccess: () => setPin('') });
  const navigate = useNavigate();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!chosen || pin.length < 4) return;
    // Decided before the frame draws again, so the next person never sees the last one's screen.
    const startAtHome = () => (isSomeoneElse(chosen.id) ? void navigate('/', { replace: true }) : undefined);
    signIn.mutate({ staffId: chosen.id, pin }, { onError: () => setPin(''), onSuccess: startAtHome });
  };
  const choose = (badge: Badge | undefined) => {
    setChosen(badge);
    setPin('');
    signIn.reset();
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}>
      <Box sx={{ position: 'fixed', top: 16, right: 16 }}>
        <LanguageSwitch />
      </Box>
      <Paper sx={{ width: 440, p: 4, '@media (max-height: 720px)': { p: 2.5 } }}>
        <Stack spacing={3} sx={{ '@media (max-height: 720px)': { gap: 1.5 } }}>
          <Box sx={{ textAlign: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main', mx: 'auto', mb: 1, '@media (max-height: 720px)': { display: 'none' } }}>
              <LockOutlined />
            </Avatar>
            <Typography variant="h1">{status.spaceName || 'Relais'}</Typography>
            <Typography color="text.secondary">{chosen ? t('lock.type_pin', { name: chosen.name }) : t('lock.who')}</Typography>
          </Box>
          {!chosen && (
            <List aria-label={t('lock.staff_list')}>
              {status.staff.map((badge) => (
                <ListItemButton key={badge.id} onClick={() => choose(badge)} sx={{ borderRadius: 2 }}>
                  <ListItemAvatar>
                    <Avatar sx={{ bgcolor: 'secondary.main' }}>{initials(badge.name)}</Avatar>
                  </ListItemAvatar>
                  <ListItemText primary={badge.name} secondary={t(`roles.${badge.role}`)} />
                </ListItemButton>
              ))}
            </List>
          )}
          {chosen && (
            <Box component="form" onSubmit={submit} noValidate>
              <Stack spacing={2}>
                <TextField
                  label={t('lock.pin')}
                  type="password"
                  value={pin}
                  onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 8))}
                  autoFocus
                  autoComplete="off"
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-describedby': 'pin-error', style: { letterSpacing: '0.4em', fontSize: '1.3rem', textAlign: 'center' } } }}
                  size="medium"
                />
                <PinPad onDigit={(digit) => setPin((current) => (current + digit).slice(0, 8))} onErase={() => setPin((current) => current.slice(0, -1))} disabled={signIn.isPending} />
                {signIn.error && (
                  <Alert severity="error" id="pin-error" role="alert">
                    {errorText(signIn.error)}
                  </Alert>
                )}
                <Button type="submit" variant="contained" size="large" disabled={pin.length < 4 || signIn.isPending}>
                  {t('lock.unlock')}
                </Button>
                {status.staff.length > 1 && (
                  <Button variant="text" onClick={() => choose(undefined)}>
                    {t('lock.someone_else')}
                  </Button>
                )}
              </Stack>
            </Box>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
