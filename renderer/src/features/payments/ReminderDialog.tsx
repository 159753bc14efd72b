import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, GlobalStyles, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import type { Overdue } from './OverdueTable';

type Reminder = OutputOf<'invoices.reminder'>;
type Identity = OutputOf<'settings.get'>['identity'];

/** « Relance »: the reminder written by the app, to adjust, then send by e-mail, print as a letter, or copy. */
export function ReminderDialog({ invoice, onClose }: { invoice: Overdue; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reminder = useApi('invoices.reminder', { invoiceId: invoice.id });
  const identity = useApi('settings.get', {}).data?.identity;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="reminder-title">
      <DialogTitle id="reminder-title" data-print="hide">
        {t('payments.reminder.title', { number: invoice.number, name: invoice.buyerName })}
      </DialogTitle>
      {reminder.error && (
        <DialogContent>
          <Alert severity="error">{errorText(reminder.error)}</Alert>
        </DialogContent>
      )}
      {!reminder.error && !reminder.data && (
        <DialogContent>
          <LinearProgress aria-label={t('app.loading')} />
        </DialogContent>
      )}
      {reminder.data && <ReminderEditor reminder={reminder.data} invoice={invoice} identity={identity} onClose={onClose} />}
    </Dialog>
  );
}

function ReminderEditor({ reminder, invoice, identity, onClose }: { reminder: Reminder; invoice: Overdue; identity?: Identity; onClose: () => void }) {
  const { t } = useTranslation();
  const { email } = invoice;
  const notify = useNotify();
  const [subject, setSubject] = useState(reminder.subject);
  const [body, setBody] = useState(reminder.body);
  const edited = subject !== reminder.subject || body !== reminder.body;
  const mailto = edited ? `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` : reminder.mailto;
  // The clipboard can be missing or refused: the text stays selectable anyway.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      notify(t('payments.reminder.copied'));
    } catch {
      notify(t('payments.reminder.copy_failed'), 'error');
    }
  };
  return (
    <>
      <LetterPrintStyles />
      <DialogContent data-print="hide">
        <Stack spacing={2} sx={{ pt: 1 }}>
          {!email && <Alert severity="info">{t('payments.reminder.no_email')}</Alert>}
          <TextField label={t('payments.reminder.subject')} value={subject} onChange={(event) => setSubject(event.target.value)} />
          <TextField label={t('payments.reminder.text')} value={body} onChange={(event) => setBody(event.target.value)} multiline minRows={10} maxRows={18} />
        </Stack>
      </DialogContent>
      <DialogActions data-print="hide" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} sx={{ mr: 'auto' }}>
          {t('actions.close')}
        </Button>
        <Button startIcon={<ContentCopyOutlined />} onClick={() => void copy()}>
          {t('payments.reminder.copy')}
        </Button>
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
          {t('payments.reminder.print')}
        </Button>
        <Button variant="contained" startIcon={<MailOutlined />} component="a" href={email ? mailto : undefined} disabled={!email}>
          {t('payments.reminder.send')}
        </Button>
      </DialogActions>
      <Letter subject={subject} body={body} identity={identity} recipient={[invoice.buyerName, invoice.buyerAddress].filter(Boolean).join('\n')} />
    </>
  );
}

/** The reminder as a letter: on paper only. */
function Letter({ subject, body, identity, recipient }: { subject: string; body: string; identity?: Identity; recipient: string }) {
  const { t } = useTranslation();
  const place = identity?.city ? `${identity.city}, ` : '';
  return (
    <Box data-print="only" sx={{ p: 0, fontSize: '11pt' }}>
      {identity && (
        <Box sx={{ mb: 4 }}>
          <Typography sx={{ fontWeight: 700 }}>{identity.name}</Typography>
          {identity.address && <Typography>{identity.address}</Typography>}
          <Typography>{[identity.postcode, identity.city].filter(Boolean).join(' ')}</Typography>
        </Box>
      )}
      <Typography sx={{ ml: '55%', mb: 4, whiteSpace: 'pre-line' }}>{recipient}</Typography>
      <Typography sx={{ textAlign: 'right', mb: 4 }}>{t('payments.reminder.on', { place, date: formatDate(todayIso(), currentLanguage()) })}</Typography>
      <Typography sx={{ fontWeight: 500, mb: 3 }}>{t('payments.reminder.object', { subject })}</Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{body}</Typography>
    </Box>
  );
}

/** While the reminder is open, printing gives the letter alone, not the screen behind it. */
function LetterPrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '[data-print="only"]': { display: 'none' },
        '@media print': {
          '#root, .MuiBackdrop-root, .MuiSnackbar-root, [data-print="hide"]': { display: 'none !important' },
          '[data-print="only"]': { display: 'block !important' },
          '.MuiDialog-root, .MuiDialog-container': { position: 'static !important', display: 'block !important', height: 'auto !important' },
          '.MuiDialog-paper': { margin: '0 !important', maxWidth: 'none !important', maxHeight: 'none !important', width: '100% !important', boxShadow: 'none !important', border: 'none !important', overflow: 'visible !important' },
          '@page': { size: 'A4', margin: '20mm' },
        },
      }}
    />
  );
}
