import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import OpenInNewOutlined from '@mui/icons-material/OpenInNewOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { Accordion, AccordionDetails, AccordionSummary, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { DraftEditor, type Draft } from './DraftEditor';

/** One draft of the billing run: its buyer and total at a glance, its lines to check and change. */
export function DraftCard({ draft, expanded }: { draft: Draft; expanded: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = `draft-${draft.id}-heading`;
  return (
    // The details are a region named by the summary (MUI's default), under an h2 for heading navigation.
    <Accordion defaultExpanded={expanded} disableGutters slotProps={{ heading: { component: 'h2' } }}>
      <AccordionSummary expandIcon={<ExpandMoreOutlined />} id={headingId} aria-controls={`draft-${draft.id}-lines`}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', width: '100%', pr: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 500, flexGrow: 1, minWidth: 0 }} noWrap>
            {draft.buyerName}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {t('invoices.line_count', { count: draft.lines.length })}
          </Typography>
          <Typography sx={{ fontWeight: 500, whiteSpace: 'nowrap', minWidth: 96, textAlign: 'right' }}>{formatCents(draft.totalCents, language)}</Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails id={`draft-${draft.id}-lines`}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1}>
            <Button size="small" component={RouterLink} to={`/members/${draft.memberId}`} startIcon={<PersonOutlined />}>
              {t('invoices.open_member')}
            </Button>
            <Button size="small" component={RouterLink} to={`/invoices/${draft.id}`} startIcon={<OpenInNewOutlined />}>
              {t('invoices.open_draft')}
            </Button>
          </Stack>
          <DraftEditor draft={draft} />
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
