import LockOutlined from '@mui/icons-material/LockOutlined';
import { Box, Button, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { KioskArrivalStep } from './KioskArrivalStep';
import { KioskExitDialog } from './KioskExitDialog';
import { KioskRead } from './KioskRead';
import { KioskRegister } from './KioskRegister';
import { KioskSign } from './KioskSign';
import { KioskWelcome } from './KioskWelcome';
import type { Person } from './types';

type Status = OutputOf<'auth.status'>;

/** Where a member is in the kiosk's few steps. */
type Step =
  | { name: 'welcome' }
  | { name: 'register' }
  | { name: 'read'; person: Person }
  | { name: 'sign'; person: Person; version: number }
  | { name: 'arrival'; person: Person; justSigned: boolean };

/** Back to the welcome screen after this long without a touch: the next person must not see the last one's step. */
const IDLE_RESET_MS = 120_000;

function useIdleReset(active: boolean, reset: () => void) {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(reset, IDLE_RESET_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_RESET_MS);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    events.forEach((name) => window.addEventListener(name, touched, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((name) => window.removeEventListener(name, touched));
    };
  }, [active, reset]);
}

/**
 * The arrival kiosk: the front-desk PC turned over to members. Only its own steps exist here, and
 * the server answers only the kiosk's methods until a staff PIN ends it.
 */
export function KioskApp({ status }: { status: Status }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'welcome' });
  const [leaving, setLeaving] = useState(false);
  // Each reset gives the welcome screen a fresh start: no letters or names left for the next person.
  const [visit, setVisit] = useState(0);
  const [deskLanguage] = useState(i18n.language);
  const reset = useCallback(() => {
    setStep({ name: 'welcome' });
    setVisit((count) => count + 1);
    if (i18n.language !== deskLanguage) void i18n.changeLanguage(deskLanguage);
  }, [i18n, deskLanguage]);
  useIdleReset(true, reset);
  // A new step is announced by moving to its title (the first two steps focus their first field).
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (step.name === 'welcome' || step.name === 'register') return;
    // The title appears once the step's data has loaded.
    let tries = 0;
    const timer = window.setInterval(() => {
      const title = main.current?.querySelector('h1');
      if (title || ++tries > 20) window.clearInterval(timer);
      title?.setAttribute('tabindex', '-1');
      title?.focus();
    }, 100);
    return () => window.clearInterval(timer);
  }, [step.name]);

  const chosen = (person: Person, upToDate: boolean) => setStep(upToDate ? { name: 'arrival', person, justSigned: false } : { name: 'read', person });

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ display: 'flex', alignItems: 'center', gap: 2, px: { xs: 2, md: 4 }, py: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: 'primary.main', flexGrow: 1 }}>
          {status.spaceName || 'Relais'}
        </Typography>
        <LanguageSwitch persist={false} large />
        <Button color="inherit" size="large" startIcon={<LockOutlined />} onClick={() => setLeaving(true)} sx={{ minHeight: 48 }}>
          {t('kiosk.leave')}
        </Button>
      </Box>
      <Box component="main" ref={main} sx={{ flexGrow: 1, display: 'flex', justifyContent: 'center', px: { xs: 2, md: 4 }, py: { xs: 3, md: 5 } }}>
        <Box sx={{ width: '100%', maxWidth: 960 }}>
          {step.name === 'welcome' && <KioskWelcome key={visit} spaceName={status.spaceName} onChosen={chosen} onNew={() => setStep({ name: 'register' })} />}
          {step.name === 'register' && <KioskRegister onRegistered={(person) => setStep({ name: 'read', person })} onCancel={reset} />}
          {step.name === 'read' && <KioskRead person={step.person} onRead={(version) => setStep({ name: 'sign', person: step.person, version })} onCancel={reset} />}
          {step.name === 'sign' && (
            <KioskSign person={step.person} version={step.version} onSigned={() => setStep({ name: 'arrival', person: step.person, justSigned: true })} onBack={() => setStep({ name: 'read', person: step.person })} />
          )}
          {step.name === 'arrival' && <KioskArrivalStep person={step.person} justSigned={step.justSigned} onDone={reset} />}
        </Box>
      </Box>
      {leaving && <KioskExitDialog staff={status.staff} onClose={() => setLeaving(false)} onLeft={() => void i18n.changeLanguage(deskLanguage)} />}
    </Box>
  );
}
