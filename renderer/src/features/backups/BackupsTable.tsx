import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { reasonLabel, sizeLabel } from './labels';
import type { Backup } from './types';

// Plain pixels: in `sx`, a width of 1 would mean 100 %.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const HEADERS = ['at', 'reason', 'folder', 'size', 'version', 'action'] as const;

function VersionCell({ backup, currentVersion }: { backup: Backup; currentVersion: number }) {
  const { t } = useTranslation();
  if (backup.version === null) return <Chip size="small" color="error" label={t('backups.unreadable')} />;
  if (backup.version > currentVersion) return <Chip size="small" color="warning" label={t('backups.newer', { version: backup.version })} />;
  return <>{t('backups.schema', { version: backup.version })}</>;
}

/** Every backup kept, newest first; a restore button on each that this version can restore (admin). */
export function BackupsTable({ backups, currentVersion, onRestore }: { backups: Backup[]; currentVersion: number; onRestore?: (backup: Backup) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (backups.length === 0) return <Typography color="text.secondary">{t('backups.empty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('backups.kept')} sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            {HEADERS.filter((header) => header !== 'action' || onRestore).map((header) => (
              <TableCell key={header} align={header === 'size' ? 'right' : 'left'} sx={{ color: 'text.secondary', fontWeight: 500, whiteSpace: 'nowrap' }}>
                {header === 'action' ? <Box component="span" sx={visuallyHidden}>{t('backups.columns.action')}</Box> : t(`backups.columns.${header}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {backups.map((backup) => (
            <TableRow key={`${backup.folder}/${backup.name}`} data-backup={backup.name} data-folder={backup.folder}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(backup.takenAt, language)}</TableCell>
              <TableCell>{reasonLabel(backup.reason, t)}</TableCell>
              <TableCell>{t(`backups.folders.${backup.folder}`)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {sizeLabel(backup.sizeBytes, language, t)}
              </TableCell>
              <TableCell>
                <VersionCell backup={backup} currentVersion={currentVersion} />
              </TableCell>
              {onRestore && (
                <TableCell align="right">
                  <Button size="small" disabled={!backup.restorable} onClick={() => onRestore(backup)}>
                    {t('backups.restore')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
