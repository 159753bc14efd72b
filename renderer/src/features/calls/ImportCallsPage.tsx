import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Box, Button, Paper, Stack, Step, StepLabel, Stepper } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../forms/PageHeader';
import { ImportFileStep, type ChosenFile } from './ImportFileStep';
import type { ImportReport as Report } from './ImportMapping';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReport } from './ImportReport';

const STEPS = ['file', 'columns', 'report'] as const;

/**
 * The import of an operator's call records, in three steps: the file (how it was read), its columns
 * (which one holds what, checked on the first rows), then what was imported and what was refused.
 */
export function ImportCallsPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<ChosenFile>();
  const [done, setDone] = useState<{ report: Report; savedAs?: string }>();
  const restart = () => {
    setFile(undefined);
    setDone(undefined);
    setStep(0);
  };

  return (
    <Stack spacing={2}>
      <Box>
        <Button component={RouterLink} to="/calls" startIcon={<ArrowBackOutlined />} size="small">
          {t('callImport.back')}
        </Button>
      </Box>
      <PageHeader title={t('callImport.title')} intro={t('callImport.intro')} />
      <Stepper activeStep={step} aria-label={t('callImport.steps_label')} sx={{ maxWidth: 720 }}>
        {STEPS.map((name, index) => (
          <Step key={name} completed={index < step}>
            <StepLabel>{t(`callImport.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {/* Each step puts the keyboard's focus on its first control (or, for the report, its title). */}
      <Paper sx={{ p: 3 }} aria-label={t(`callImport.steps.${STEPS[step] ?? 'file'}`)} role="region">
        {step === 0 && <ImportFileStep file={file} onRead={setFile} onNext={() => setStep(1)} />}
        {step === 1 && file && (
          <ImportMappingStep
            file={file}
            onBack={() => setStep(0)}
            onImported={(report, savedAs) => {
              setDone({ report, savedAs });
              setStep(2);
            }}
          />
        )}
        {step === 2 && done && <ImportReport report={done.report} savedAs={done.savedAs} onAnother={restart} />}
      </Paper>
    </Stack>
  );
}
