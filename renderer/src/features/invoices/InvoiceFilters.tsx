import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format';
import { INVOICE_STATUSES, type Invoice, type InvoiceStatus } from './InvoiceStatusChip';

export interface Filters {
  year: number;
  status: InvoiceStatus | '';
  kind: Invoice['kind'] | '';
}

/** Ten years back: what the law asks the association to keep. */
const YEARS_SHOWN = 10;
const KINDS = ['invoice', 'credit-note'] as const;
/** « Tous les états » is a choice shown as such, not an empty field. */
const ANY = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

/** The filters as the address gives them; this year, every status and kind otherwise. */
export function readFilters(params: URLSearchParams): Filters {
  const thisYear = Number(todayIso().slice(0, 4));
  const year = Number(params.get('year'));
  const status = params.get('status') as InvoiceStatus | null;
  const kind = params.get('kind') as Filters['kind'] | null;
  return {
    year: Number.isInteger(year) && year > thisYear - YEARS_SHOWN && year <= thisYear ? year : thisYear,
    status: status && INVOICE_STATUSES.includes(status) ? status : '',
    kind: kind && (KINDS as readonly string[]).includes(kind) ? kind : '',
  };
}

/** Year, status and kind: each change asks the server again. */
export function InvoiceFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const thisYear = Number(todayIso().slice(0, 4));
  return (
    <Stack direction="row" spacing={2} role="group" aria-label={t('invoices.filters')} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
      <TextField select label={t('invoices.year')} value={filters.year} onChange={(event) => onChange({ ...filters, year: Number(event.target.value) })} sx={{ width: 120 }}>
        {Array.from({ length: YEARS_SHOWN }, (_, index) => thisYear - index).map((year) => (
          <MenuItem key={year} value={year}>
            {year}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('invoices.status')} value={filters.status} onChange={(event) => onChange({ ...filters, status: event.target.value as Filters['status'] })} slotProps={ANY} sx={{ flex: 1, minWidth: 180, maxWidth: 260 }}>
        <MenuItem value="">{t('invoices.any_status')}</MenuItem>
        {INVOICE_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {t(`invoices.statuses.${status}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('invoices.kind')} value={filters.kind} onChange={(event) => onChange({ ...filters, kind: event.target.value as Filters['kind'] })} slotProps={ANY} sx={{ flex: 1, minWidth: 160, maxWidth: 240 }}>
        <MenuItem value="">{t('invoices.any_kind')}</MenuItem>
        {KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`invoices.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
