import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The submit button of a form (« Enregistrer » unless told) and its error, if any. */
export function SaveBar({ label, saving, error }: { label?: string; saving: boolean; error?: string }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 3 }}>
      <Button type="submit" variant="contained" disabled={saving}>
        {label ?? t('actions.save')}
      </Button>
      {error && (
        <Alert severity="error" sx={{ flexGrow: 1 }} role="alert">
          {error}
        </Alert>
      )}
    </Box>
  );
}
