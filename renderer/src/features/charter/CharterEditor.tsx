import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, FormControlLabel, FormHelperText, Paper, Stack, Switch, Typography } from '@mui/material';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { CharterVersion } from '../../../../main/domain/charter/schema';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { FormTextField } from '../../forms/FormTextField';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { CharterText } from './CharterText';

interface Values {
  text: string;
  requiresSignature: boolean;
  note: string;
}

const NOTE_MAX = 200;
const MONOSPACE = 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';
const fresh = (text: string): Values => ({ text, requiresSignature: true, note: '' });

/**
 * Admins edit the charter's Markdown beside a live preview; saving writes the next version (after a
 * confirmation), and a typo fix may keep the signatures already collected.
 */
export function CharterEditor({ current, onSaved }: { current: CharterVersion; onSaved: (saved: CharterVersion) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const helpId = useId();
  const resolver = useMemo(
    () =>
      zodResolver(
        z.object({
          text: z.string().trim().min(1, { error: t('forms.required') }),
          requiresSignature: z.boolean(),
          note: z.string().trim().max(NOTE_MAX, { error: t('charter.editor.note_too_long') }),
        }),
      ),
    [t],
  );
  const { form, submit, saveBar } = useContractForm<'charter.save', Values>({
    method: 'charter.save',
    defaultValues: fresh(current.text),
    resolver,
    fields: ['text', 'requiresSignature', 'note'],
    // Saving over a version someone else saved meanwhile is refused rather than undoing it.
    toInput: (values) => ({ ...values, basedOn: current.number }),
    toValues: (stored) => fresh(stored.text),
    onSaved: (stored) => {
      // Said after the form's own « Enregistré », which it replaces.
      notify(t('charter.editor.saved', { number: stored.number }));
      onSaved(stored);
    },
  });
  const [text, note, requiresSignature] = useWatch({ control: form.control, name: ['text', 'note', 'requiresSignature'] });
  const preview = useDeferredValue(text);
  const next = current.number + 1;
  // Checks the page can make come first; the confirmation then sends.
  const ask = form.handleSubmit(() => setConfirming(true));

  return (
    <Box component="form" onSubmit={ask} noValidate>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <FormTextField
          control={form.control}
          name="text"
          label={t('charter.editor.text_label')}
          helperText={t('charter.editor.text_help')}
          multiline
          rows={24}
          sx={{ '& textarea': { fontFamily: MONOSPACE, fontSize: '0.85rem', lineHeight: 1.5 } }}
        />
        <Preview text={preview} />
      </Box>
      <Stack spacing={2} sx={{ mt: 3, maxWidth: 720 }}>
        <Box>
          <Controller
            control={form.control}
            name="requiresSignature"
            render={({ field }) => (
              <FormControlLabel
                label={t('charter.editor.require_switch')}
                control={
                  <Switch
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { ref: field.ref, 'aria-describedby': helpId } }}
                  />
                }
              />
            )}
          />
          <FormHelperText id={helpId} sx={{ mt: 0 }}>
            {t('charter.editor.require_help')}
          </FormHelperText>
        </Box>
        <FormTextField
          control={form.control}
          name="note"
          label={t('charter.editor.note_label')}
          helperText={t('charter.editor.note_help', { count: note.length })}
          slotProps={{ htmlInput: { maxLength: NOTE_MAX } }}
        />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <SaveBar {...saveBar} label={t('charter.editor.save_version', { number: next })} />
        </Box>
        {form.formState.isDirty && (
          <Button onClick={() => form.reset(fresh(current.text))} sx={{ mb: 0.25 }}>
            {t('charter.editor.discard')}
          </Button>
        )}
      </Stack>
      {confirming && (
        <ConfirmDialog
          title={t('charter.editor.confirm_title', { number: next })}
          text={t(requiresSignature ? 'charter.editor.confirm_resign' : 'charter.editor.confirm_no_resign', { number: next, current: current.number })}
          confirmLabel={t('charter.editor.save_version', { number: next })}
          onConfirm={() => void submit()}
          onClose={() => setConfirming(false)}
        />
      )}
    </Box>
  );
}

/** The text as members will read it; it scrolls within the editor's height beside it. */
function Preview({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-label={t('charter.editor.preview')} sx={{ display: 'flex', flexDirection: 'column', minHeight: { xs: 420, lg: 0 }, bgcolor: 'background.default' }}>
      <Typography variant="overline" color="text.secondary" sx={{ px: 2, pt: 0.5 }}>
        {t('charter.editor.preview')}
      </Typography>
      <Box sx={{ position: 'relative', flexGrow: 1 }}>
        <Box sx={{ position: 'absolute', inset: 0, overflow: 'auto', px: 2, pb: 2 }}>
          {text.trim() ? <CharterText text={text} /> : <Typography color="text.secondary">{t('charter.editor.preview_empty')}</Typography>}
        </Box>
      </Box>
    </Paper>
  );
}
