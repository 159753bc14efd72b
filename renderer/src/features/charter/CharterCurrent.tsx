import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import { Box, Chip, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CharterVersion } from '../../../../main/domain/charter/schema';
import { useNotify } from '../../app/notify';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { CharterText } from './CharterText';

/** The charter in force as members read it, under the facts that identify it (number, date, hash). */
export function CharterCurrent({ version }: { version: CharterVersion }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <CharterVersionFacts version={version} />
      <Paper component="article" aria-label={t('charter.text')} sx={{ p: { xs: 2, md: 3 } }}>
        <CharterText text={version.text} />
      </Paper>
    </Stack>
  );
}

function CharterVersionFacts({ version }: { version: CharterVersion }) {
  const { t } = useTranslation();
  const notify = useNotify();
  // The clipboard can be missing (an insecure page) or refused: the hash stays selectable anyway.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(version.sha256);
      notify(t('charter.copied'));
    } catch {
      notify(t('charter.copy_failed'), 'error');
    }
  };
  return (
    <Paper component="section" aria-label={t('charter.about_version')} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography sx={{ fontWeight: 500 }}>
          {t('charter.version_line', { number: version.number, date: formatDate(version.createdAt.slice(0, 10), currentLanguage()), author: version.author })}
        </Typography>
        {version.requiresSignature ? (
          <Chip size="small" color="primary" variant="outlined" label={t('charter.requires_signature')} />
        ) : (
          <Chip size="small" label={t('charter.no_new_signature')} />
        )}
      </Stack>
      {version.note && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('charter.note_line', { note: version.note })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        <Typography variant="caption" color="text.secondary">
          {t('charter.sha256')}
        </Typography>
        <Typography
          variant="caption"
          component="code"
          sx={{ fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace', userSelect: 'all', overflowWrap: 'anywhere', color: 'text.secondary' }}
        >
          {version.sha256}
        </Typography>
        <Tooltip title={t('charter.copy_sha')}>
          <IconButton size="small" aria-label={t('charter.copy_sha')} onClick={() => void copy()}>
            <ContentCopyOutlined fontSize="inherit" />
          </IconButton>
        </Tooltip>
      </Box>
    </Paper>
  );
}
