import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { useQueryClient } from '@tanstack/react-query';
import { enGB, fr } from 'date-fns/locale';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import { ApiFailure, onLocked } from '../api/client';
import { showLockScreen } from '../api/lock';
import { useApi } from '../api/hooks';
import { LockScreen } from '../features/lock/LockScreen';
import { currentLanguage } from '../i18n';
import { relaisTheme } from '../theme';
import { AppFrame } from './AppFrame';
import { NotifierProvider } from './notify';
import { Splash } from './Splash';

const KioskApp = lazy(() => import('../features/kiosk/KioskApp').then((m) => ({ default: m.KioskApp })));
const RecoveryScreen = lazy(() => import('../features/backups/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));
const SetupWizard = lazy(() => import('../features/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })));

/** Decides what the person at the desk sees: recovery of a damaged database, the first-run wizard, the lock screen, or the app. */
function Gate() {
  const queryClient = useQueryClient();
  const status = useApi('auth.status', {});
  useEffect(() => onLocked(() => showLockScreen(queryClient)), [queryClient]);

  if (status.error instanceof ApiFailure && status.error.error.code === 'recovery_needed') {
    return (
      <Suspense fallback={<Splash error={null} />}>
        <RecoveryScreen />
      </Suspense>
    );
  }
  if (!status.data) return <Splash error={status.error} />;
  const { firstRun, setupComplete, signedIn } = status.data;
  if (firstRun || (signedIn?.role === 'admin' && !setupComplete)) {
    return (
      <Suspense fallback={<Splash error={null} />}>
        <SetupWizard status={status.data} />
      </Suspense>
    );
  }
  if (status.data.kiosk) {
    return (
      <Suspense fallback={<Splash error={null} />}>
        <KioskApp status={status.data} />
      </Suspense>
    );
  }
  if (!signedIn) return <LockScreen status={status.data} />;
  return <AppFrame status={status.data} signedIn={signedIn} />;
}

// A data router, so that a screen with unsaved changes can hold the navigation (useBlocker).
const router = createHashRouter([{ path: '*', element: <Gate /> }]);

export function App() {
  const { i18n } = useTranslation();
  const language = currentLanguage();
  const theme = useMemo(() => relaisTheme(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language, i18n.language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={language === 'fr' ? fr : enGB}>
        <NotifierProvider>
          <RouterProvider router={router} />
        </NotifierProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
