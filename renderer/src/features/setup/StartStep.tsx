import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import InventoryOutlined from '@mui/icons-material/InventoryOutlined';
import { Alert, Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';

function Choice({ icon, title, text, onClick, disabled }: { icon: ReactNode; title: string; text: string; onClick: () => void; disabled: boolean }) {
  return (
    <Card variant="outlined" sx={{ flex: 1 }}>
      <CardActionArea onClick={onClick} disabled={disabled} sx={{ height: '100%', alignItems: 'flex-start', justifyContent: 'flex-start', display: 'flex' }}>
        <CardContent>
          <Stack spacing={1}>
            <Box sx={{ height: 40, display: 'flex', alignItems: 'center' }}>{icon}</Box>
            <Typography variant="h3">{title}</Typography>
            <Typography color="text.secondary">{text}</Typography>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/**
 * The last step: an empty space, or a living one to look around — or, when `relais demo` filled
 * this database before anyone signed in, only the way into it.
 */
export function StartStep({ demoLoadedAt }: { demoLoadedAt: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const complete = useApiMutation('setup.complete');

  const start = async (withDemo: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (withDemo) await call('demo.load', { years: 1, seed: 1 });
      complete.mutate({});
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {demoLoadedAt ? (
          <Choice icon={<AutoAwesomeOutlined color="secondary" fontSize="large" />} title={t('setup.start_loaded_demo')} text={t('setup.start_loaded_demo_help')} onClick={() => void start(false)} disabled={busy} />
        ) : (
          <>
            <Choice icon={<InventoryOutlined color="primary" fontSize="large" />} title={t('setup.start_empty')} text={t('setup.start_empty_help')} onClick={() => void start(false)} disabled={busy} />
            <Choice icon={<AutoAwesomeOutlined color="secondary" fontSize="large" />} title={t('setup.start_demo')} text={t('setup.start_demo_help')} onClick={() => void start(true)} disabled={busy} />
          </>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
