import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, call } from '../../api/client';
import { useErrorText } from '../../forms/errors';
import { currentLanguage } from '../../i18n';
import type { Preview } from './ImportMapping';

/** A file chosen and read by the server: its name, its bytes as sent, and what was found in it. */
export interface ChosenFile {
  name: string;
  base64: string;
  preview: Preview;
}

/** The contract takes about 14 million base64 characters: 10 MB of file. */
const MAX_BYTES = 10 * 1024 * 1024;

const ENCODINGS = { 'utf-8': 'utf8', 'utf-8-bom': 'utf8_bom', 'windows-1252': 'windows1252' } as const;
const SEPARATORS = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

/** The file's bytes as base64 (read as a data URL, whose prefix goes). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Step 1: choose the operator's file; the server reads it and says how (encoding, separator, lines). */
export function ImportFileStep({ file, onRead, onNext }: { file?: ChosenFile; onRead: (file?: ChosenFile) => void; onNext: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string>();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    onRead(undefined);
    if (chosen.size > MAX_BYTES) return setError(t('callImport.too_big'));
    setError(undefined);
    setReading(true);
    try {
      const base64 = await readBase64(chosen);
      const name = chosen.name.slice(0, 200);
      onRead({ name, base64, preview: await call('calls.preview', { fileName: name, base64 }) });
    } catch (failure) {
      setError(failure instanceof ApiFailure ? errorText(failure) : t('callImport.unreadable'));
    } finally {
      setReading(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button variant={file ? 'outlined' : 'contained'} startIcon={<UploadFileOutlined />} onClick={() => input.current?.click()} disabled={reading} autoFocus={!file}>
          {t(file ? 'callImport.choose_another' : 'callImport.choose_file')}
        </Button>
        <input ref={input} hidden type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(event) => void pick(event)} />
        <Typography variant="body2" color="text.secondary">
          {t('callImport.file_help')}
        </Typography>
      </Box>
      {reading && <LinearProgress aria-label={t('callImport.reading')} />}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {file && <Detected file={file} onNext={onNext} />}
    </Stack>
  );
}

function Detected({ file, onNext }: { file: ChosenFile; onNext: () => void }) {
  const { t } = useTranslation();
  const { preview } = file;
  const facts = [
    ['encoding', t(`callImport.encodings.${ENCODINGS[preview.encoding]}`)],
    ['separator', t(`callImport.separators.${SEPARATORS[preview.separator]}`)],
    ['lines', preview.lines.toLocaleString(currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB')],
  ] as const;
  const missing = preview.missing.map((field) => t(`callImport.missing.${field as 'date' | 'number' | 'duration'}`)).join(', ');
  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('callImport.detected', { file: file.name })}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 2, m: 0, maxWidth: 720 }}>
        {facts.map(([name, value]) => (
          <Box key={name} sx={{ p: 1.5, bgcolor: 'background.default', borderRadius: 1 }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t(`callImport.${name}`)}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontSize: '1.25rem', fontWeight: 500 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {preview.lines === 0 ? (
        <Alert severity="warning" sx={{ maxWidth: 720 }}>
          {t('callImport.empty')}
        </Alert>
      ) : (
        <Alert severity={missing ? 'info' : 'success'} sx={{ maxWidth: 720 }}>
          {missing ? t('callImport.to_map', { fields: missing }) : t('callImport.recognised')}
        </Alert>
      )}
      <Box>
        <Button variant="contained" onClick={onNext} disabled={preview.lines === 0} autoFocus>
          {t('callImport.next')}
        </Button>
      </Box>
    </Stack>
  );
}
