import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { pathLabel } from './figures';
import { SectionCard } from './SectionCard';
import type { Report } from './types';

/** « Confidentialité »: the threshold k, the rules, every value withheld and why, the sections kept back. */
export function PrivacyCard({ report }: { report: Report }) {
  const { t } = useTranslation();
  const privacy = report.confidentialite;
  const k = privacy.seuil_k;
  const kept = privacy.sections_non_partagees.map((section) => t(`network.sections.${section}.title`));
  return (
    <SectionCard section="confidentialite" shared wide>
      <Typography sx={{ fontWeight: 500 }} data-k={k}>
        {t('network.privacy.threshold', { k, below: k - 1 })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 880 }}>
        {privacy.regles}
      </Typography>
      <Box sx={{ mt: 1.5 }}>
        <Typography sx={{ fontWeight: 500 }}>{t('network.privacy.withheld', { count: privacy.cellules_secretes.length })}</Typography>
        {privacy.cellules_secretes.length > 0 && (
          <List dense disablePadding aria-label={t('network.privacy.withheld_list')}>
            {privacy.cellules_secretes.map((cell) => (
              <ListItem key={cell.indicateur} disableGutters data-withheld={cell.indicateur}>
                <ListItemText primary={pathLabel(report, cell.indicateur, t)} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
      <Typography sx={{ mt: 1.5, fontWeight: 500 }} data-kept>
        {kept.length === 0 ? t('network.privacy.all_shared') : t('network.privacy.kept', { sections: kept.join(', ') })}
      </Typography>
    </SectionCard>
  );
}
