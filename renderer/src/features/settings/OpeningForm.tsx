import { Box, FormControlLabel, Grid, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OutputOf } from '../../../../main/api/contract';
import { FormTextField } from '../../forms/FormTextField';
import { TimeInput } from '../../forms/TimeInput';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { dayProblems, toOpeningHours, type DayHours } from './weekly-hours';

type Opening = OutputOf<'settings.get'>['opening'];
const ZONES = ['metropole', 'alsace-moselle', 'GP', 'MQ', 'GF', 'RE', 'YT'] as const satisfies readonly Opening['holidayZone'][];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

interface Values extends Omit<Opening, 'hours'> {
  /** The weekly editor, or undefined when the stored hours are too rich for it (raw text then). */
  days?: DayHours[];
  hours: string;
}

const FIELDS = ['hours', 'morning.start', 'morning.end', 'afternoon.start', 'afternoon.end', 'holidayZone'];

/** Opening hours (a weekly editor writing OSM syntax), half-day slot times, and the holiday zone. */
export function OpeningForm({ opening, days }: { opening: Opening; days: DayHours[] | undefined }) {
  const { t } = useTranslation();
  // Each day is checked here, field by field, before the hours are written in OSM syntax.
  const resolver = useMemo(
    () =>
      zodResolver(
        z.looseObject({ days: z.array(z.custom<DayHours>()).optional() }).superRefine((values, ctx) => {
          values.days?.forEach((day, index) => {
            for (const { field, problem } of dayProblems(day)) {
              ctx.addIssue({ code: 'custom', path: ['days', index, field], message: t(`hours.problems.${problem}`) });
            }
          });
        }),
      ) as unknown as Resolver<Values>,
    [t],
  );
  const { form, submit, saveBar } = useContractForm<'settings.updateOpening', Values>({
    method: 'settings.updateOpening',
    defaultValues: { ...opening, days },
    fields: FIELDS,
    resolver,
    toInput: ({ days: week, hours, ...rest }) => ({ ...rest, hours: week ? toOpeningHours(week) : hours }),
    toValues: (stored, submitted) => ({ ...stored, days: submitted.days }),
  });
  const week = useWatch({ control: form.control, name: 'days' });
  const preview = week ? toOpeningHours(week) : undefined;

  const time = (name: `days.${number}.${'start1' | 'end1' | 'start2' | 'end2'}`, label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Box sx={{ width: 96 }}>
          <TimeInput value={field.value ?? ''} onChange={field.onChange} ariaLabel={label} error={fieldState.invalid} helperText={fieldState.error?.message} />
        </Box>
      )}
    />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Stack spacing={3}>
        {week ? (
          <Table size="small" aria-label={t('hours.weekly')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('hours.day')}</TableCell>
                <TableCell>{t('hours.first_period')}</TableCell>
                <TableCell>{t('hours.second_period')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {WEEKDAYS.map((weekday, index) => (
                <TableRow key={weekday}>
                  <TableCell sx={{ width: 220 }}>
                    <Controller
                      control={form.control}
                      name={`days.${index}.open`}
                      render={({ field }) => (
                        <FormControlLabel control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />} label={t(`weekdays.${weekday}`)} />
                      )}
                    />
                  </TableCell>
                  {week[index]?.open ? (
                    <>
                      <TableCell>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          {time(`days.${index}.start1`, t('hours.opens', { day: t(`weekdays.${weekday}`) }))}
                          <span>–</span>
                          {time(`days.${index}.end1`, t('hours.closes', { day: t(`weekdays.${weekday}`) }))}
                        </Stack>
                      </TableCell>
                      <TableCell>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          {time(`days.${index}.start2`, t('hours.reopens', { day: t(`weekdays.${weekday}`) }))}
                          <span>–</span>
                          {time(`days.${index}.end2`, t('hours.closes_again', { day: t(`weekdays.${weekday}`) }))}
                        </Stack>
                      </TableCell>
                    </>
                  ) : (
                    <TableCell colSpan={2}>
                      <Typography color="text.secondary">{t('hours.closed')}</Typography>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <FormTextField control={form.control} name="hours" label={t('hours.osm')} helperText={t('hours.osm_help')} />
        )}
        {preview !== undefined && (
          <Typography variant="body2" color="text.secondary">
            {t('hours.osm_preview')} <code>{preview || '—'}</code>
          </Typography>
        )}
        {form.formState.errors.hours?.message && week && <Typography color="error">{form.formState.errors.hours.message}</Typography>}
        <Box>
          <Typography variant="h3" gutterBottom>
            {t('hours.slots')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('hours.slots_help')}
          </Typography>
          <Grid container spacing={2}>
            {(['morning', 'afternoon'] as const).map((slot) =>
              (['start', 'end'] as const).map((edge) => (
                <Grid key={`${slot}.${edge}`} size={{ xs: 6, md: 3 }}>
                  <Controller
                    control={form.control}
                    name={`${slot}.${edge}`}
                    render={({ field, fieldState }) => (
                      <TimeInput value={field.value} onChange={field.onChange} label={t(`hours.${slot}_${edge}`)} error={fieldState.invalid} helperText={fieldState.error?.message} />
                    )}
                  />
                </Grid>
              )),
            )}
          </Grid>
        </Box>
        <FormTextField control={form.control} name="holidayZone" label={t('hours.holiday_zone')} select sx={{ maxWidth: 360 }}>
          {ZONES.map((zone) => (
            <MenuItem key={zone} value={zone}>
              {t(`holiday_zones.${zone}`)}
            </MenuItem>
          ))}
        </FormTextField>
      </Stack>
      <SaveBar {...saveBar} />
    </Box>
  );
}
