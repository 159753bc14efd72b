import { Box, Paper, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsSentence } from './SettingsLink';
import type { SectionName } from './types';

/**
 * One section of the report as it will leave: its title and what it counts, then its figures — or,
 * when the space does not share it, a note saying where to turn it on.
 */
export function SectionCard({ section, shared, badge, children, wide }: { section: SectionName | 'confidentialite'; shared: boolean; badge?: ReactNode; children?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} data-section={section} data-shared={shared} sx={{ p: 2, gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 0.5 }}>
        <Typography id={id} variant="h3" component="h2" sx={{ flexGrow: 1 }}>
          {t(`network.sections.${section}.title`)}
        </Typography>
        {shared && badge}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t(`network.sections.${section}.caption`)}
      </Typography>
      {shared ? (
        children
      ) : (
        <Typography data-not-shared sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
          <SettingsSentence i18nKey="network.not_shared" />
        </Typography>
      )}
    </Paper>
  );
}
