import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

interface UnsavedRegistry {
  report: (id: string, dirty: boolean) => void;
}

const UnsavedContext = createContext<UnsavedRegistry>({ report: () => undefined });

/**
 * Asks before leaving a screen whose form holds changes not yet saved. Forms report themselves
 * through {@link useReportUnsaved}; one guard serves them all.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((id: string, isDirty: boolean) => {
    setDirty((current) => {
      if (current.has(id) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.size > 0 && currentLocation.pathname !== nextLocation.pathname);
  const registry = useMemo(() => ({ report }), [report]);
  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()}>
        <DialogTitle>{t('unsaved.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('unsaved.text')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.reset?.()} autoFocus>
            {t('unsaved.stay')}
          </Button>
          <Button color="warning" onClick={() => blocker.proceed?.()}>
            {t('unsaved.leave')}
          </Button>
        </DialogActions>
      </Dialog>
    </UnsavedContext.Provider>
  );
}

/** A form tells the guard whether it holds unsaved changes. */
export function useReportUnsaved(isDirty: boolean): void {
  const { report } = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    report(id, isDirty);
    return () => report(id, false);
  }, [id, isDirty, report]);
}
