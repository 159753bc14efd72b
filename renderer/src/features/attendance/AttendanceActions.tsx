import LoginOutlined from '@mui/icons-material/LoginOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';

/**
 * « Arrivée » or « Départ » for one member. When their carnet is used up or expired, the refusal says
 * so and offers to record the arrival at the drop-in price instead.
 */
export function AttendanceActions({
  memberId,
  name,
  present,
  autoFocus,
  size = 'medium',
  onDone,
}: {
  memberId: number;
  name: string;
  present: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notify = useNotify();
  const [dropInPrice, setDropInPrice] = useState<number>();
  const checkIn = useApiMutation('attendance.checkIn', {
    onSuccess: () => {
      setDropInPrice(undefined);
      notify(t('attendance.arrived', { name }));
      onDone?.();
    },
  });
  const checkOut = useApiMutation('attendance.checkOut', {
    onSuccess: () => {
      notify(t('attendance.left', { name }));
      onDone?.();
    },
  });
  const arrive = (asDropIn: boolean) =>
    checkIn.mutate(
      { memberId, asDropIn },
      {
        onError: (error) => {
          const details = error instanceof ApiFailure ? error.error.details : undefined;
          setDropInPrice(typeof details?.dropInPriceCents === 'number' ? details.dropInPriceCents : undefined);
        },
      },
    );
  const error = checkIn.error ?? checkOut.error;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      {present ? (
        <Button size={size} variant="contained" color="secondary" startIcon={<LogoutOutlined />} onClick={() => checkOut.mutate({ memberId })} disabled={checkOut.isPending} autoFocus={autoFocus}>
          {t('attendance.check_out')}
        </Button>
      ) : (
        <Button size={size} variant="contained" startIcon={<LoginOutlined />} onClick={() => arrive(false)} disabled={checkIn.isPending} autoFocus={autoFocus}>
          {t('attendance.check_in')}
        </Button>
      )}
      {error && (
        <Alert
          severity="warning"
          role="alert"
          action={
            dropInPrice !== undefined && (
              <Button color="inherit" size="small" onClick={() => arrive(true)}>
                {t('attendance.as_drop_in', { price: formatCents(dropInPrice, currentLanguage()) })}
              </Button>
            )
          }
        >
          {errorText(error)}
        </Alert>
      )}
    </Stack>
  );
}
