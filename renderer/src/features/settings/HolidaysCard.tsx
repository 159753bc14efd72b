import { Box, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { formatLongDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';

/** The public holidays Relais computes for the chosen zone; the space is closed on them. */
export function HolidaysCard() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = useApi('calendar.holidays', { year });
  return (
    <Paper sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          {t('hours.holidays')}
        </Typography>
        <TextField select size="small" label={t('hours.year')} value={year} onChange={(event) => setYear(Number(event.target.value))} sx={{ width: 120 }} fullWidth={false}>
          {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('hours.holidays_help')}
      </Typography>
      <Table size="small" aria-label={t('hours.holidays')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 280 }}>{t('hours.date')}</TableCell>
            <TableCell>{t('hours.holiday')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {holidays.data?.map((holiday) => (
            <TableRow key={holiday.date}>
              <TableCell>{formatLongDate(holiday.date, language)}</TableCell>
              <TableCell>{holiday.name[language]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
