import AddOutlined from '@mui/icons-material/AddOutlined';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { Alert, Button, Paper, Stack, Typography, useMediaQuery } from '@mui/material';
import { DataGrid } from '@mui/x-data-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';
import { IntegrityDialog } from './IntegrityDialog';
import { InvoiceFilters, readFilters, type Filters } from './InvoiceFilters';
import { useInvoiceColumns } from './InvoicesColumns';
import { NewInvoiceDialog } from './NewInvoiceDialog';

/** « Factures »: a year's invoices and credit notes with what is paid and due, the chain's check, a new invoice. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = currentLanguage();
  const navigate = useNavigate();
  const narrow = useMediaQuery('(max-width: 1200px)');
  // The filters live in the address, so that Back from an invoice finds the list as it was.
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [dialog, setDialog] = useState<'verify' | 'new'>();
  const invoices = useApi('invoices.list', { year: filters.year, ...(filters.status && { status: filters.status }), ...(filters.kind && { kind: filters.kind }) }, { keepPrevious: true });
  const columns = useInvoiceColumns();
  const rows = invoices.data ?? [];
  const issued = rows.filter((row) => row.number !== null);
  const total = issued.reduce((sum, row) => sum + row.totalCents, 0);
  const due = issued.reduce((sum, row) => sum + Math.max(row.balanceCents, 0), 0);
  const change = (next: Filters) => setParams(new URLSearchParams(Object.entries(next).filter(([, value]) => value !== '').map(([key, value]) => [key, String(value)])), { replace: true });

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('nav.invoices')}
        intro={t('invoices.list_intro')}
        actions={
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button variant="outlined" startIcon={<VerifiedUserOutlined />} onClick={() => setDialog('verify')} sx={{ whiteSpace: 'nowrap' }}>
              {t('invoices.verify')}
            </Button>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setDialog('new')} sx={{ whiteSpace: 'nowrap' }}>
              {t('invoices.new')}
            </Button>
          </Stack>
        }
      />
      <InvoiceFilters filters={filters} onChange={change} />
      {invoices.error && <Alert severity="error">{errorText(invoices.error)}</Alert>}
      {issued.length > 0 && (
        <Typography color="text.secondary" role="status">
          {t('invoices.list_count', { count: issued.length })} · {t('invoices.list_total', { total: formatCents(total, language) })} · {t('invoices.list_due', { due: formatCents(due, language) })}
        </Typography>
      )}
      <Paper sx={{ height: 560 }}>
        <DataGrid
          aria-label={t('nav.invoices')}
          rows={rows}
          columns={columns}
          density="compact"
          loading={invoices.isLoading}
          disableRowSelectionOnClick
          // On the desk's small screen the amounts before VAT give way to what is paid and due.
          columnVisibilityModel={{ netCents: !narrow, vatCents: !narrow }}
          onRowClick={({ row }) => void navigate(`/invoices/${row.id}`)}
          onCellKeyDown={({ row }, event) => {
            if (event.key === 'Enter') void navigate(`/invoices/${row.id}`);
          }}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          pageSizeOptions={[25, 50, 100]}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          slots={{ noRowsOverlay: NoInvoices }}
        />
      </Paper>
      {dialog === 'verify' && <IntegrityDialog onClose={() => setDialog(undefined)} />}
      {dialog === 'new' && <NewInvoiceDialog onClose={() => setDialog(undefined)} onCreated={(id) => void navigate(`/invoices/${id}`)} />}
    </Stack>
  );
}

/** The empty list says so in the app's words. */
function NoInvoices() {
  const { t } = useTranslation();
  return (
    <Stack sx={{ height: '100%', alignItems: 'center', justifyContent: 'center' }}>
      <Typography color="text.secondary">{t('invoices.none')}</Typography>
    </Stack>
  );
}
