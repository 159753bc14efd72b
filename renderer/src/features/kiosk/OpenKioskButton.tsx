import TabletAndroidOutlined from '@mui/icons-material/TabletAndroidOutlined';
import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';

/**
 * Hands the PC over to arriving members. The Electron window goes full screen by itself (the shell
 * follows the session); in a browser, full screen is asked for here, during the click.
 */
export function OpenKioskButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const open = () => {
    setAsking(false);
    if (!window.relais) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    call('kiosk.open', {})
      .then(() => {
        // Nothing the desk was looking at stays in memory behind the kiosk.
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.status' });
        return queryClient.invalidateQueries({ queryKey: ['auth.status'] });
      })
      .catch((error: unknown) => notify(errorText(error), 'error'));
  };
  return (
    <>
      <Button color="inherit" startIcon={<TabletAndroidOutlined />} onClick={() => setAsking(true)}>
        {t('kiosk.open')}
      </Button>
      {asking && <ConfirmDialog title={t('kiosk.open_title')} text={t('kiosk.open_text')} confirmLabel={t('kiosk.open_confirm')} onConfirm={open} onClose={() => setAsking(false)} />}
    </>
  );
}
