import { Alert, Box, Button, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The submit button of a form (« Enregistrer » unless told), its error if any, and a "saved" note. */
export function SaveBar({ label, saving, error, saved, onSavedClose }: { label?: string; saving: boolean; error?: string; saved: boolean; onSavedClose: () => void }) {
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
      <Snackbar open={saved} autoHideDuration={2500} onClose={onSavedClose} message={t('actions.saved')} />
    </Box>
  );
}
