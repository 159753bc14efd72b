import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useAddressState } from '../../app/useAddressState';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { EventDialog } from './EventDialog';
import type { SpaceEvent } from './eventForm';
import { EventsEmpty } from './EventsEmpty';
import { EventsTable } from './EventsTable';
import { totalsText } from './eventText';
import { YearSelector, yearOf } from './YearSelector';

/** « Événements »: what the space organised in a year (kept in the address), for the network report. */
export function EventsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const notify = useNotify();
  const [params, update] = useAddressState();
  const thisYear = Number(todayIso().slice(0, 4));
  const year = yearOf(params) ?? thisYear;
  const events = useApi('events.list', { from: `${year}-01-01`, to: `${year}-12-31` }, { keepPrevious: true });
  const remove = useApiMutation('events.remove', { onSuccess: () => notify(t('events.removed')) });
  const [editing, setEditing] = useState<SpaceEvent | 'new'>();
  const [removing, setRemoving] = useState<SpaceEvent>();
  const showYear = (value: number) => update({ year: String(value) });
  const rows = events.data ?? [];
  const add = () => setEditing('new');

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('nav.events')}
        intro={t('events.intro')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={add} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {t('events.add')}
          </Button>
        }
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider', position: 'relative' }}>
        <YearSelector year={year} latest={thisYear + 1} onChange={showYear} />
        {rows.length > 0 && (
          <Typography color="text.secondary" role="status">
            {totalsText(rows, t, language)}
          </Typography>
        )}
        {(events.isPending || events.isPlaceholderData) && <LinearProgress aria-label={t('app.loading')} sx={{ position: 'absolute', left: 0, right: 0, bottom: -1, height: 2 }} />}
      </Stack>
      {events.error && <Alert severity="error">{errorText(events.error)}</Alert>}
      <Box>
        {events.data && !events.isPlaceholderData && rows.length === 0 && <EventsEmpty year={year} onAdd={add} />}
        {rows.length > 0 && <EventsTable year={year} events={rows} onEdit={setEditing} onRemove={setRemoving} />}
      </Box>
      {editing && (
        <EventDialog event={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} onSaved={(saved) => showYear(Number(saved.date.slice(0, 4)))} />
      )}
      {removing && (
        <ConfirmDialog
          title={t('events.remove_title', { title: removing.title })}
          text={t('events.remove_text', { date: formatDate(removing.date, language) })}
          confirmLabel={t('actions.delete')}
          onConfirm={() => remove.mutate({ eventId: removing.id }, { onError: (error) => notify(errorText(error), 'error') })}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </Stack>
  );
}
