import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string) => void;

const NotifyContext = createContext<Notify>(() => undefined);

/** One place for short confirmations (« Enregistré »), which outlive the dialog that saved. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  const [open, setOpen] = useState(false);
  const notify = useCallback((text: string) => {
    setMessage(text);
    setOpen(true);
  }, []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar open={open} autoHideDuration={2500} onClose={() => setOpen(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={() => setOpen(false)}>
          {message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
