import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../download';
import type { Outcome, Period } from './types';

const TYPES: Record<string, string> = { json: 'application/json;charset=utf-8', csv: 'text/csv;charset=utf-8' };
const typeOf = (fileName: string) => TYPES[fileName.split('.').pop() ?? ''] ?? 'application/octet-stream';

/**
 * « Enregistrer (JSON + CSV) »: both files downloaded as they are built now (the save is logged).
 * Should the report have changed since the preview, the preview is read again.
 */
export function SaveFilesButton({ period, previewed, disabled, onOutcome }: { period: Period; previewed: string; disabled: boolean; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await call('network.export', period);
      for (const { fileName, base64 } of [file, ...file.beside]) downloadBase64(fileName, base64, typeOf(fileName));
      onOutcome({ severity: 'success', key: 'network.saved', params: { files: [file, ...file.beside].map((f) => f.fileName).join(' + ') } });
      if (file.sha256 !== previewed) await queryClient.invalidateQueries({ queryKey: ['network.report'] });
    } catch (error) {
      onOutcome({ severity: 'error', error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<FileDownloadOutlined />} disabled={disabled || busy} onClick={() => void save()} sx={{ whiteSpace: 'nowrap' }}>
      {t('network.save')}
    </Button>
  );
}
