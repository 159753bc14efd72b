import { Box, FormControlLabel, FormGroup, Switch, Typography } from '@mui/material';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SECTIONS } from '../../network/types';
import type { Values } from './networkForm';

/** One switch per section of the report, each with a line saying what it shares. Off: it stays here. */
export function SectionSwitches({ control, labelledBy }: { control: Control<Values>; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <FormGroup aria-labelledby={labelledBy}>
      {SECTIONS.map((section) => (
        <Controller
          key={section}
          control={control}
          name={`sections.${section}`}
          render={({ field }) => (
            <FormControlLabel
              data-section-switch={section}
              sx={{ alignItems: 'flex-start', my: 0.5 }}
              control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur} sx={{ mt: -0.5 }} />}
              label={
                <Box>
                  <Typography sx={{ fontWeight: 500 }}>{t(`network.sections.${section}.title`)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t(`networkSettings.shares.${section}`)}
                  </Typography>
                </Box>
              }
            />
          )}
        />
      ))}
    </FormGroup>
  );
}
