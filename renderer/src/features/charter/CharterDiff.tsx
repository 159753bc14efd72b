import { Alert, Box, FormControlLabel, LinearProgress, MenuItem, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterVersionSummary, DiffPart } from '../../../../main/domain/charter/schema';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

// Not colour alone: removed text is also struck through, added text underlined.
const REMOVED = { bgcolor: '#fde4e1', color: '#7a1f14', textDecoration: 'line-through', textDecorationThickness: '2px' } as const;
/** Unchanged lines kept on each side of a change when only the changes are shown. */
const CONTEXT = 2;
const ADDED = { bgcolor: '#dcf1e3', color: '#14532d', textDecoration: 'underline', textDecorationThickness: '2px', textUnderlineOffset: '3px' } as const;

/** Two versions side by side in one text: what was removed, what was added (default: the last change). */
export function CharterDiff({ versions }: { versions: CharterVersionSummary[] }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions[1]?.number ?? 1);
  const [to, setTo] = useState(versions[0]?.number ?? 1);
  if (versions.length < 2) return <Typography color="text.secondary">{t('charter.history.only_one')}</Typography>;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <VersionSelect label={t('charter.history.compare_from')} value={from} onChange={setFrom} versions={versions} />
        <VersionSelect label={t('charter.history.compare_to')} value={to} onChange={setTo} versions={versions} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" component="del" sx={REMOVED}>
          {t('charter.history.removed')}
        </Typography>
        <Typography variant="body2" component="ins" sx={ADDED}>
          {t('charter.history.added')}
        </Typography>
      </Stack>
      <DiffText from={from} to={to} />
    </Stack>
  );
}

function VersionSelect({ label, value, onChange, versions }: { label: string; value: number; onChange: (value: number) => void; versions: CharterVersionSummary[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <TextField select label={label} value={value} onChange={(event) => onChange(Number(event.target.value))} sx={{ width: 260 }}>
      {versions.map((version) => (
        <MenuItem key={version.number} value={version.number}>
          {t('charter.history.option', { number: version.number, date: formatDate(version.createdAt.slice(0, 10), language) })}
        </MenuItem>
      ))}
    </TextField>
  );
}

function DiffText({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [whole, setWhole] = useState(false);
  const diff = useApi('charter.diff', { from, to }, { keepPrevious: true });
  if (diff.error) return <Alert severity="error">{errorText(diff.error)}</Alert>;
  if (!diff.data) return <LinearProgress aria-label={t('app.loading')} />;
  const parts = diff.data;
  const changed = parts.some((part) => part.kind !== 'same');
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      {changed && <FormControlLabel control={<Switch checked={whole} onChange={(event) => setWhole(event.target.checked)} />} label={t('charter.history.whole_text')} />}
      <Paper
        component="section"
        aria-label={t('charter.history.differences', { from, to })}
        sx={{ p: 2, bgcolor: 'background.default', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.6, maxWidth: '80ch', width: '100%' }}
      >
        {!changed && (
          <Typography color="text.secondary" sx={{ mb: 2, whiteSpace: 'normal' }}>
            {t('charter.history.no_difference')}
          </Typography>
        )}
        {parts.map((part, index) => (
          <Part key={index} part={part} condensed={changed && !whole} first={index === 0} last={index === parts.length - 1} />
        ))}
      </Paper>
    </Stack>
  );
}

function Part({ part, condensed, first, last }: { part: DiffPart; condensed: boolean; first: boolean; last: boolean }): ReactNode {
  const { t } = useTranslation();
  if (part.kind === 'removed')
    return (
      <Box component="del" sx={REMOVED}>
        {part.text}
      </Box>
    );
  if (part.kind === 'added')
    return (
      <Box component="ins" sx={ADDED}>
        {part.text}
      </Box>
    );
  if (!condensed) return part.text;
  // Unchanged text keeps a few lines around each change; the rest is counted, not shown.
  const lines = part.text.split('\n');
  const head = first ? [] : lines.slice(0, CONTEXT + 1);
  const tail = last ? [] : lines.slice(-(CONTEXT + 1));
  const hidden = lines.length - head.length - tail.length;
  if (hidden < 2) return part.text;
  return (
    <>
      {head.join('\n')}
      <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontStyle: 'italic', my: 0.5 }}>
        {t('charter.history.hidden_lines', { count: hidden })}
      </Box>
      {tail.join('\n')}
    </>
  );
}
