import { Alert, Box, MenuItem, Paper, Stack, TextField, Typography, useMediaQuery } from '@mui/material';
import { DataGrid } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { currentLanguage } from '../../i18n';
import { MemberPicker } from '../planning/BookDialog';
import { CALL_CLASSES, type CallClass } from './CallClassChip';
import { CallsAssignDialog } from './CallsAssignDialog';
import { useCallColumns, type Call } from './CallsColumns';
import { monthLabel } from './CallsMonth';

type Summary = OutputOf<'members.list'>[number];

/** `3 h 05 min`, `7 min`: how long the line was busy. */
function useTotalText(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) => {
    const minutes = Math.round(seconds / 60);
    const hours = Math.floor(minutes / 60);
    if (hours === 0) return t('calls.minutes', { minutes });
    return t('calls.hours_minutes', { hours, minutes: String(minutes % 60).padStart(2, '0') });
  };
}

/** The month's calls, newest first, filtered by member, kind of number and direction. */
export function CallsLog({ month }: { month: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const totalText = useTotalText();
  const narrow = useMediaQuery('(max-width: 1200px)');
  const [member, setMember] = useState<Summary | null>(null);
  const [callClass, setCallClass] = useState<CallClass | ''>('');
  const [direction, setDirection] = useState<'out' | 'in' | ''>('');
  const [assigning, setAssigning] = useState<Call>();
  const query = { month, ...(member && { memberId: member.id }), ...(callClass && { class: callClass }), ...(direction && { direction }) };
  const calls = useApi('calls.list', query, { keepPrevious: true });
  const columns = useCallColumns({ narrow, onAssign: setAssigning });
  const rows = calls.data ?? [];
  const filtered = Boolean(member || callClass || direction);
  const seconds = rows.reduce((total, row) => total + row.durationSeconds, 0);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} role="group" aria-label={t('calls.filters')} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <Box sx={{ flex: 2, minWidth: 240 }}>
          <MemberPicker value={member} onChange={setMember} autoFocus={false} />
        </Box>
        <TextField select label={t('calls.class')} value={callClass} onChange={(event) => setCallClass(event.target.value as CallClass | '')} sx={{ flex: 1, minWidth: 170 }}>
          <MenuItem value="">{t('calls.any_class')}</MenuItem>
          {CALL_CLASSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`calls.classes.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('calls.direction')} value={direction} onChange={(event) => setDirection(event.target.value as typeof direction)} sx={{ flex: 1, minWidth: 150 }}>
          <MenuItem value="">{t('calls.any_direction')}</MenuItem>
          {(['out', 'in'] as const).map((value) => (
            <MenuItem key={value} value={value}>
              {t(`calls.directions.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {calls.error && <Alert severity="error">{errorText(calls.error)}</Alert>}
      {rows.length > 0 && (
        <Typography color="text.secondary" role="status">
          {t('calls.count', { count: rows.length })} · {totalText(seconds)}
        </Typography>
      )}
      {calls.data && rows.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t(filtered ? 'calls.none_filtered' : 'calls.none', { month: monthLabel(month, currentLanguage()) })}</Typography>
        </Paper>
      ) : (
        // Tall enough for a few rows, never more than a page's worth: the grid scrolls inside.
        <Paper sx={{ height: Math.min(560, 112 + 52 * Math.max(rows.length, 3)) }}>
          <DataGrid
            aria-label={t('calls.log')}
            rows={rows}
            columns={columns}
            rowHeight={52}
            loading={calls.isLoading}
            disableRowSelectionOnClick
            columnVisibilityModel={{ source: !narrow, note: !narrow && rows.some((row) => row.note !== '') }}
            initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            pageSizeOptions={[25, 50, 100]}
          />
        </Paper>
      )}
      {assigning && <CallsAssignDialog call={assigning} onClose={() => setAssigning(undefined)} />}
    </Stack>
  );
}
