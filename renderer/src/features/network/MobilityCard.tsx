import { Box, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { figuresOf, formatFactor } from './figures';
import { FigureTable } from './FigureTable';
import { SectionCard } from './SectionCard';
import type { Report } from './types';

/** Commuting avoided: flagged as an estimate, with the method, the emission factor and its source. */
export function MobilityCard({ report }: { report: Report }) {
  const { t } = useTranslation();
  const mobility = report.mobilite;
  const badge = <Chip label={t('network.estimate')} color="warning" variant="outlined" size="small" data-estimate />;
  return (
    <SectionCard section="mobilite" shared={mobility !== null} badge={badge} wide>
      {mobility && (
        <>
          <FigureTable report={report} figures={figuresOf(report, 'mobilite')} label={t('network.sections.mobilite.title')} />
          <Box sx={{ mt: 1.5 }} data-factor>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {t('network.mobility.factor', { factor: formatFactor(mobility.facteur_kgco2e_par_km, currentLanguage()) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('network.mobility.source', { source: mobility.source_facteur })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('network.mobility.method', { method: mobility.methode })}
            </Typography>
          </Box>
        </>
      )}
    </SectionCard>
  );
}
