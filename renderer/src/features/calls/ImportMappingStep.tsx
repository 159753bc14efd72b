import { Alert, Box, Button, ListSubheader, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { ImportColumns } from './ImportColumns';
import type { ChosenFile } from './ImportFileStep';
import { columnsOf, draftOf, formatValue, GUESS, isComplete, matchingFormat, sameMapping, toMapping, type ImportReport, type NamedFormat, type Preview } from './ImportMapping';
import { ImportPreviewTable } from './ImportPreviewTable';

/** A preset's French (or English) name; a saved format is shown under the name it was given. */
function useFormatLabel(): (format: NamedFormat) => string {
  const { t, i18n } = useTranslation();
  return (format) => {
    const key = `callImport.presets.${format.name.replace(/-/g, '_')}`;
    return format.preset && i18n.exists(key) ? t(key) : format.name;
  };
}

const formatOf = (preview: Preview, choice: string) => preview.formats.find((format) => formatValue(format.name) === choice);

/** Step 2: which column holds what — from a known format, the guess, or chosen by hand — then import. */
export function ImportMappingStep({ file, onBack, onImported }: { file: ChosenFile; onBack: () => void; onImported: (report: ImportReport, savedAs?: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const label = useFormatLabel();
  const { preview } = file;
  const [choice, setChoice] = useState(() => {
    const known = matchingFormat(preview);
    return known ? formatValue(known.name) : GUESS;
  });
  const [draft, setDraft] = useState(() => draftOf(formatOf(preview, choice)?.mapping ?? preview.guess, preview.headers));
  const [saveAs, setSaveAs] = useState('');
  const [saveAsError, setSaveAsError] = useState<string>();
  const [error, setError] = useState<string>();
  const mutation = useApiMutation('calls.import');

  const format = formatOf(preview, choice);
  const absent = format ? columnsOf(format.mapping).filter((column) => !preview.headers.includes(column)) : [];
  const complete = isComplete(draft);

  const choose = (value: string) => {
    setChoice(value);
    setDraft(draftOf(formatOf(preview, value)?.mapping ?? preview.guess, preview.headers));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete || mutation.isPending) return;
    setError(undefined);
    setSaveAsError(undefined);
    const mapping = toMapping(draft);
    // A known format left as it is goes by its name; anything changed by hand goes as the columns chosen.
    const chosen = format && absent.length === 0 && sameMapping(mapping, format.mapping) ? { format: format.name } : { mapping };
    const name = saveAs.trim() || undefined;
    mutation.mutate(
      { fileName: file.name, base64: file.base64, ...chosen, saveAs: name },
      {
        onSuccess: (report) => onImported(report, name),
        onError: (failure) => {
          const field = failure instanceof ApiFailure ? failure.error.fields?.find((f) => f.field === 'saveAs') : undefined;
          if (field) setSaveAsError(errorText(failure));
          else setError(errorText(failure));
        },
      },
    );
  };

  const presets = preview.formats.filter((f) => f.preset);
  const saved = preview.formats.filter((f) => !f.preset);
  return (
    <Stack component="form" spacing={3} onSubmit={submit} noValidate>
      <TextField select label={t('callImport.format')} value={choice} onChange={(event) => choose(event.target.value)} sx={{ maxWidth: 480 }} autoFocus>
        <MenuItem value={GUESS}>{t('callImport.format_guess')}</MenuItem>
        {presets.map((f) => (
          <MenuItem key={f.name} value={formatValue(f.name)}>
            {label(f)}
          </MenuItem>
        ))}
        {saved.length > 0 && <ListSubheader>{t('callImport.saved_formats')}</ListSubheader>}
        {saved.map((f) => (
          <MenuItem key={f.name} value={formatValue(f.name)}>
            {f.name}
          </MenuItem>
        ))}
      </TextField>
      {absent.length > 0 && <Alert severity="warning">{t('callImport.format_absent_columns', { columns: absent.join(', ') })}</Alert>}
      <Box>
        <Typography variant="h2" gutterBottom>
          {t('callImport.mapping')}
        </Typography>
        <ImportColumns draft={draft} headers={preview.headers} onChange={setDraft} />
      </Box>
      <Box>
        <Typography variant="h2" gutterBottom>
          {t('callImport.preview')}
        </Typography>
        <ImportPreviewTable preview={preview} draft={draft} />
      </Box>
      <TextField
        label={t('callImport.save_as')}
        value={saveAs}
        onChange={(event) => setSaveAs(event.target.value)}
        error={Boolean(saveAsError)}
        helperText={saveAsError ?? t('callImport.save_as_help')}
        sx={{ maxWidth: 480 }}
        slotProps={{ htmlInput: { maxLength: 60 } }}
      />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {!complete && <Alert severity="info">{t('callImport.incomplete')}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button onClick={onBack}>{t('callImport.previous')}</Button>
        <Button type="submit" variant="contained" disabled={!complete || mutation.isPending}>
          {t(mutation.isPending ? 'callImport.importing' : 'callImport.import')}
        </Button>
      </Box>
    </Stack>
  );
}
