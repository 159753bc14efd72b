import DrawOutlined from '@mui/icons-material/DrawOutlined';
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
import { DeskSignDialog } from '../charter/DeskSignDialog';
import { currentLanguage } from '../../i18n';

/**
 * « Arrivée » or « Départ » for one member. When their carnet is used up or expired, the refusal says
 * so and offers to record the arrival at the drop-in price instead. Someone who has not signed the
 * charter in force is pointed out before arriving, with the pad at hand to sign it now.
 */
export function AttendanceActions({
  memberId,
  name,
  present,
  autoFocus,
  size = 'medium',
  charterSigned,
  onDone,
}: {
  memberId: number;
  name: string;
  present: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
  /** False when the member must sign the charter in force: the desk is warned and may sign it now. */
  charterSigned?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notify = useNotify();
  const [dropInPrice, setDropInPrice] = useState<number>();
  const [signing, setSigning] = useState(false);
  const [signedNow, setSignedNow] = useState(false);
  const mustSign = charterSigned === false && !signedNow && !present;
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
      {mustSign && (
        <Alert
          severity="warning"
          role="status"
          action={
            <Button color="inherit" size="small" startIcon={<DrawOutlined />} onClick={() => setSigning(true)}>
              {t('signature.sign_now')}
            </Button>
          }
        >
          {t('attendance.must_sign', { name })}
        </Alert>
      )}
      {signing && <DeskSignDialog memberId={memberId} name={name} onClose={() => setSigning(false)} onSigned={() => setSignedNow(true)} />}
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
