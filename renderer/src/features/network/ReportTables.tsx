import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { EconomyForm } from './EconomyForm';
import { figuresOf } from './figures';
import { FigureTable } from './FigureTable';
import { LieuCard } from './LieuCard';
import { MobilityCard } from './MobilityCard';
import { PrivacyCard } from './PrivacyCard';
import { SectionCard } from './SectionCard';
import type { Period, Report } from './types';

/** The sections whose figures are a plain table; the identity card and mobility have their own. */
const TABLE_SECTIONS = ['frequentation', 'usagers_par_profil', 'evenements', 'creation_activite', 'economie'] as const;

/** Every section of the report, readable: one card each, the values as they will leave. */
export function ReportTables({ report, period }: { report: Report; period: Period }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2, alignItems: 'start' }}>
      <LieuCard report={report} />
      {TABLE_SECTIONS.map((section) => (
        <SectionCard key={section} section={section} shared={report[section] !== null} wide={section === 'economie'}>
          <FigureTable report={report} figures={figuresOf(report, section)} label={t(`network.sections.${section}.title`)} total={section === 'usagers_par_profil'} />
          {section === 'economie' && <EconomyForm year={period.year} quarter={period.quarter} />}
        </SectionCard>
      ))}
      <MobilityCard report={report} />
      <PrivacyCard report={report} />
    </Box>
  );
}
