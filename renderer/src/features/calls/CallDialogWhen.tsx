import { TZDate } from '@date-fns/tz';
import { Box, FormHelperText, Stack } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, formatISO, isValid, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format';
import { normalizeTime, TimeInput } from '../../forms/TimeInput';

/** When a call started, as typed: a Paris date `YYYY-MM-DD` and a time `HH:MM`. */
export interface When {
  date: string;
  time: string;
}

const ZONE = 'Europe/Paris';

/** Now, to the minute, on the space's clock. */
export function nowInParis(): When {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE }).format(new Date());
  return { date: todayIso(), time };
}

/** `2026-12-01T09:30:00+01:00`: the instant with the Paris offset of that day; undefined when incomplete. */
export function whenToIso(when: When): string | undefined {
  const time = normalizeTime(when.time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when.date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const [year, month, day] = when.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return formatISO(new TZDate(year, month - 1, day, hours, minutes, ZONE));
}

/** The date and time fields side by side, with one message under them (ours or the server's). */
export function CallDialogWhen({ value, onChange, error }: { value: When; onChange: (value: When) => void; error?: string }) {
  const { t } = useTranslation();
  const date = value.date ? parseISO(value.date) : null;
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={2}>
        <Box sx={{ flex: 2 }}>
          <DatePicker
            label={t('calls.date')}
            value={date}
            onChange={(picked) => onChange({ ...value, date: picked && isValid(picked) ? format(picked, 'yyyy-MM-dd') : '' })}
            slotProps={{ textField: { error: Boolean(error), fullWidth: true, size: 'small' } }}
          />
        </Box>
        <Box sx={{ flex: 1, '& .MuiTextField-root': { width: '100%' } }}>
          <TimeInput label={t('calls.time')} value={value.time} onChange={(time) => onChange({ ...value, time })} error={Boolean(error)} />
        </Box>
      </Stack>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Stack>
  );
}
