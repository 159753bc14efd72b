import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Severity = 'success' | 'error';
type Notify = (message: string, severity?: Severity) => void;

const NotifyContext = createContext<Notify>(() => undefined);

/** One place for short confirmations (« Enregistré ») and refusals of one-click actions; they outlive the dialog. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  const [severity, setSeverity] = useState<Severity>('success');
  const [open, setOpen] = useState(false);
  const notify = useCallback((text: string, kind: Severity = 'success') => {
    setMessage(text);
    setSeverity(kind);
    setOpen(true);
  }, []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar open={open} autoHideDuration={severity === 'error' ? 8000 : 2500} onClose={() => setOpen(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity={severity} variant="filled" onClose={() => setOpen(false)}>
          {message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
