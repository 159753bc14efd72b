import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Box, Button, Paper, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { IdentityForm } from '../settings/IdentityForm';
import { TariffsForm } from '../settings/TariffsForm';
import { VatForm } from '../settings/VatForm';
import { AdminStep } from './AdminStep';
import { StartStep } from './StartStep';

const STEPS = ['admin', 'association', 'vat', 'tariffs', 'start'] as const;
type StepName = (typeof STEPS)[number];

/**
 * First run: the admin account, the association, its VAT regime, its prices, then an empty space or
 * demonstration data. Every step but the first two can be accepted as it is.
 */
export function SetupWizard({ status }: { status: OutputOf<'auth.status'> }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<StepName>('association');
  const current: StepName = status.firstRun ? 'admin' : step;
  const signedIn = !status.firstRun && status.signedIn !== null;
  const settings = useApi('settings.get', {}, { enabled: signedIn });
  const tariffs = useApi('tariffs.list', {}, { enabled: signedIn });
  const next = () => setStep(STEPS[STEPS.indexOf(current) + 1] ?? 'start');
  // Back to any step after the account: what was saved there is shown again, ready to change.
  const previous = STEPS[STEPS.indexOf(current) - 1];
  const canGoBack = current !== 'admin' && previous !== undefined && previous !== 'admin';

  const content = () => {
    if (current === 'admin') return <AdminStep />;
    if (!settings.data || !tariffs.data) return null;
    switch (current) {
      case 'association':
        return <IdentityForm key="identity" identity={settings.data.identity} submitLabel={t('setup.next')} onSaved={next} compact />;
      case 'vat':
        return <VatForm vat={settings.data.vat} hasVatNumber={settings.data.identity.vatNumber !== ''} submitLabel={t('setup.next')} onSaved={next} autoFocus />;
      case 'tariffs':
        return <TariffsForm tariffs={tariffs.data} vatRegime={settings.data.vat.regime} submitLabel={t('setup.next')} onSaved={next} autoFocus />;
      default:
        return <StartStep demoLoadedAt={settings.data.setup.demoLoadedAt} />;
    }
  };

  const demoLoadedAt = settings.data?.setup.demoLoadedAt;
  const intro = () =>
    current === 'start' && demoLoadedAt
      ? t('setup.intros.start_demo_loaded', { date: formatDate(demoLoadedAt.slice(0, 10), currentLanguage()) })
      : t(`setup.intros.${current}`);

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 4, px: 2 }}>
      <Box sx={{ maxWidth: 920, mx: 'auto' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 3 }}>
          <Typography variant="h1" sx={{ flexGrow: 1, color: 'primary.main', fontWeight: 700 }}>
            {t('setup.welcome')}
          </Typography>
          <LanguageSwitch />
        </Box>
        <Stepper activeStep={STEPS.indexOf(current)} alternativeLabel sx={{ mb: 3 }}>
          {STEPS.map((name) => (
            <Step key={name}>
              <StepLabel>{t(`setup.steps.${name}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Paper sx={{ p: 4 }}>
          <Typography variant="h2" gutterBottom>
            {t(`setup.titles.${current}`)}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {intro()}
          </Typography>
          {content()}
          {canGoBack && (
            <Button sx={{ mt: 2 }} startIcon={<ArrowBackOutlined />} onClick={() => setStep(previous)}>
              {t('setup.back')}
            </Button>
          )}
        </Paper>
      </Box>
    </Box>
  );
}
