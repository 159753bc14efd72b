import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
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
  // A ref, not state: a form saved and then navigating away in the same event is already clean.
  const dirty = useRef(new Set<string>());
  const report = useCallback((id: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(id);
    else dirty.current.delete(id);
  }, []);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.current.size > 0 && currentLocation.pathname !== nextLocation.pathname);
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

/** A form tells the guard whether it holds unsaved changes; the function returned marks it saved at once. */
export function useReportUnsaved(isDirty: boolean): () => void {
  const { report } = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    report(id, isDirty);
    return () => report(id, false);
  }, [id, isDirty, report]);
  return useCallback(() => report(id, false), [id, report]);
}
