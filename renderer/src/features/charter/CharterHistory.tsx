import { Alert, Box, Chip, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CharterVersionSummary } from '../../../../main/domain/charter/schema';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { CharterDiff } from './CharterDiff';

/** Every version of the charter, newest first, and what changed between any two of them. */
export function CharterHistory() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const versions = useApi('charter.versions', {});
  if (versions.error) return <Alert severity="error">{errorText(versions.error)}</Alert>;
  if (!versions.data) return <LinearProgress aria-label={t('app.loading')} />;
  return (
    <Stack spacing={3}>
      <CharterVersionsTable versions={versions.data} />
      <Section title={t('charter.history.compare')}>
        <CharterDiff versions={versions.data} />
      </Section>
    </Stack>
  );
}

function CharterVersionsTable({ versions }: { versions: CharterVersionSummary[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Paper sx={{ overflowX: 'auto' }}>
      <Table aria-label={t('charter.history.versions')} size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('charter.history.version')}</TableCell>
            <TableCell>{t('charter.history.date')}</TableCell>
            <TableCell>{t('charter.history.author')}</TableCell>
            <TableCell>{t('charter.history.note')}</TableCell>
            <TableCell>{t('charter.history.requires_signature')}</TableCell>
            <TableCell align="right">{t('charter.history.signatures')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((version, index) => (
            <TableRow key={version.number}>
              <TableCell>
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, whiteSpace: 'nowrap' }}>
                  {version.number}
                  {index === 0 && <Chip size="small" color="primary" variant="outlined" label={t('charter.history.in_force')} />}
                </Box>
              </TableCell>
              <TableCell>{formatDate(version.createdAt.slice(0, 10), language)}</TableCell>
              <TableCell>{version.author}</TableCell>
              <TableCell>{version.note || '—'}</TableCell>
              <TableCell>{t(version.requiresSignature ? 'charter.history.yes' : 'charter.history.no')}</TableCell>
              <TableCell align="right">{version.signatures}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
