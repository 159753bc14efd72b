import { Button, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import type { SpaceEvent } from './eventForm';
import { formatCount } from './eventText';

/** The year's events, newest first, each with its correction and removal. */
export function EventsTable({ year, events, onEdit, onRemove }: { year: number; events: SpaceEvent[]; onEdit: (event: SpaceEvent) => void; onRemove: (event: SpaceEvent) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Paper>
      <Table aria-label={t('events.table', { year })}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 120 }}>{t('events.date')}</TableCell>
            <TableCell>{t('events.title')}</TableCell>
            <TableCell align="right" sx={{ width: 120 }}>
              {t('events.participants')}
            </TableCell>
            <TableCell sx={{ width: 200 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{formatDate(event.date, language)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{event.title}</TableCell>
              <TableCell align="right">{formatCount(event.participants, language)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0.5 }}>
                <Button size="small" onClick={() => onEdit(event)} aria-label={t('events.edit', { title: event.title })}>
                  {t('actions.edit')}
                </Button>
                <Button size="small" color="inherit" onClick={() => onRemove(event)} aria-label={t('events.remove', { title: event.title })}>
                  {t('actions.delete')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
