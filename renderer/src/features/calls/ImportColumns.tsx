import { Box, FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnField, Direction, MappingDraft } from './ImportMapping';

const REQUIRED: ReadonlySet<ColumnField> = new Set(['start', 'date', 'time', 'number', 'duration']);

/** Two selects side by side (date and time, caller and called…); one alone takes the left half. */
const PAIR = { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2 } as const;
const GRID = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, columnGap: 4, rowGap: 3 } as const;

/** One field's column: « no column » or one of the file's headers. */
function ColumnSelect({ field, draft, headers, onChange, helperText }: { field: ColumnField; draft: MappingDraft; headers: string[]; onChange: (draft: MappingDraft) => void; helperText?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t(`callImport.fields.${field}`)}
      value={draft.columns[field]}
      onChange={(event) => onChange({ ...draft, columns: { ...draft.columns, [field]: event.target.value } })}
      required={REQUIRED.has(field)}
      helperText={helperText}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">
        <em>{t('callImport.no_column')}</em>
      </MenuItem>
      {headers.map((header, index) =>
        header === '' ? null : (
          <MenuItem key={`${index}-${header}`} value={header}>
            {header}
          </MenuItem>
        ),
      )}
    </TextField>
  );
}

/** A choice between one column and two, then the select(s) of the layout chosen. */
function Layout({ legend, value, two, onLayout, children }: { legend: string; value: 'one' | 'two'; two: string; onLayout: (layout: 'one' | 'two') => void; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <FormControl component="fieldset" sx={{ minWidth: 0 }}>
      <FormLabel component="legend" id={id}>
        {legend}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} value={value} onChange={(event) => onLayout(event.target.value as 'one' | 'two')}>
        <FormControlLabel value="one" control={<Radio size="small" />} label={t('callImport.layouts.one_column')} />
        <FormControlLabel value="two" control={<Radio size="small" />} label={two} />
      </RadioGroup>
      <Box sx={{ ...PAIR, mt: 1 }}>{children}</Box>
    </FormControl>
  );
}

/** The mapping as selects: date and time, the number, the duration and (optionally) the direction. */
export function ImportColumns({ draft, headers, onChange }: { draft: MappingDraft; headers: string[]; onChange: (draft: MappingDraft) => void }) {
  const { t } = useTranslation();
  const select = (field: ColumnField, helperText?: string) => <ColumnSelect field={field} draft={draft} headers={headers} onChange={onChange} helperText={helperText} />;
  return (
    <Stack spacing={3}>
      <Box sx={GRID}>
        <Layout legend={t('callImport.date_layout')} value={draft.dateLayout} two={t('callImport.layouts.two_date_columns')} onLayout={(dateLayout) => onChange({ ...draft, dateLayout })}>
          {draft.dateLayout === 'one' ? (
            select('start')
          ) : (
            <>
              {select('date')}
              {select('time')}
            </>
          )}
        </Layout>
        <Layout legend={t('callImport.number_layout')} value={draft.numberLayout} two={t('callImport.layouts.two_number_columns')} onLayout={(numberLayout) => onChange({ ...draft, numberLayout })}>
          {draft.numberLayout === 'one' ? (
            select('number')
          ) : (
            <>
              {select('caller')}
              {select('called')}
            </>
          )}
        </Layout>
      </Box>
      <Box sx={GRID}>
        <Box sx={PAIR}>{select('duration', t('callImport.duration_help'))}</Box>
        <Box sx={PAIR}>
          {select('direction', t('callImport.direction_help'))}
          {draft.columns.direction === '' && (
            <TextField
              select
              label={t('callImport.default_direction')}
              value={draft.defaultDirection}
              onChange={(event) => onChange({ ...draft, defaultDirection: event.target.value as Direction })}
              helperText={t('callImport.default_direction_help')}
            >
              {(['out', 'in'] as const).map((direction) => (
                <MenuItem key={direction} value={direction}>
                  {t(`callImport.directions.${direction}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
      </Box>
    </Stack>
  );
}
