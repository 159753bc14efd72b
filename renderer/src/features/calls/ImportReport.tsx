import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../i18n';
import type { ImportReport as Report } from './ImportMapping';

/** One count of the report, large enough to be read from across the desk. */
function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Box role="group" aria-label={label} sx={{ p: 2, bgcolor: 'background.default', borderRadius: 1, textAlign: 'center' }}>
      <Typography component="p" sx={{ fontSize: '2.5rem', fontWeight: 500, lineHeight: 1.2, color: value > 0 ? color : 'text.secondary' }}>
        {value.toLocaleString(currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB')}
      </Typography>
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}

/** A file refused line by line would make a table too long to be of use. */
const SHOWN = 200;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Step 3: what the import did — calls written, duplicates skipped, and each refused line with why. */
export function ImportReport({ report, savedAs, onAnother }: { report: Report; savedAs?: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const french = currentLanguage() === 'fr';
  const nothingNew = report.imported === 0 && report.duplicates > 0;
  // Read first by a screen reader, and the next Tab reaches the buttons.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <Stack spacing={3}>
      <Typography ref={title} tabIndex={-1} variant="h2" sx={{ outline: 'none' }}>
        {t('callImport.report_of', { file: report.file })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 2, maxWidth: 720 }}>
        <Figure label={t('callImport.imported')} value={report.imported} color="success.main" />
        <Figure label={t('callImport.duplicates')} value={report.duplicates} color="text.primary" />
        <Figure label={t('callImport.rejected')} value={report.rejected.length} color="error.main" />
      </Box>
      {savedAs && <Alert severity="success">{t('callImport.format_saved', { name: savedAs })}</Alert>}
      {nothingNew && <Alert severity="info">{t('callImport.nothing_new')}</Alert>}
      {report.rejected.length === 0 ? (
        <Alert severity="success">{t('callImport.no_rejected')}</Alert>
      ) : (
        <Box>
          <Typography variant="h3" gutterBottom>
            {t('callImport.rejected')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {t('callImport.rejected_help')}
          </Typography>
          <Table size="small" aria-label={t('callImport.rejected')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 96 }}>{t('callImport.line')}</TableCell>
                <TableCell>{t('callImport.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rejected.slice(0, SHOWN).map((line) => (
                <TableRow key={line.line}>
                  <TableCell>{line.line}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{sentence(french ? line.reason : line.reasonEn)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {report.rejected.length > SHOWN && (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {t('callImport.more_rejected', { rows: report.rejected.length - SHOWN })}
            </Typography>
          )}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to="/calls" variant="contained">
          {t('callImport.see_log')}
        </Button>
        <Button variant="outlined" onClick={onAnother}>
          {t('callImport.another')}
        </Button>
      </Box>
    </Stack>
  );
}
