import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../forms/PageHeader';
import { CsvExportSection } from './CsvExportSection';
import { FecSection } from './FecSection';

/** « Exports »: the files the treasurer takes away — CSV tables for a spreadsheet, and the FEC of a fiscal year. */
export function ExportsPage() {
  const { t } = useTranslation();
  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.exports')} intro={t('exports.intro')} />
      <CsvExportSection />
      <FecSection />
    </Stack>
  );
}
