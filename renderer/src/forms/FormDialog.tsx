import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A dialog holding one form: title, fields, the general error, Cancel and the submit action. */
export function FormDialog({
  open,
  title,
  submitLabel,
  onClose,
  onSubmit,
  saving,
  error,
  children,
  maxWidth = 'sm',
}: {
  open: boolean;
  title: string;
  submitLabel?: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent) => void;
  saving: boolean;
  error?: string;
  children: ReactNode;
  maxWidth?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} slotProps={{ paper: { component: 'form', onSubmit, noValidate: true } as object }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={saving}>
          {submitLabel ?? t('actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
