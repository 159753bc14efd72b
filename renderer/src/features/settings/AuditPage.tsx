import { Alert, Box, Button, Paper, Stack } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';

type Entry = OutputOf<'audit.list'>['entries'][number];
const PAGE = 100;

/** Sign-ins, wrong PINs, every change of settings and staff: who, when, what. Read-only. */
export function AuditPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const first = useApi('audit.list', { limit: PAGE });
  const [older, setOlder] = useState<Entry[]>([]);
  const [more, setMore] = useState<boolean>();
  const [error, setError] = useState<unknown>();
  const queryClient = useQueryClient();
  const rows = [...(first.data?.entries ?? []), ...older];
  const hasMore = more ?? first.data?.more ?? false;

  const loadOlder = async () => {
    try {
      const page = await call('audit.list', { limit: PAGE, before: rows.at(-1)?.id });
      setOlder((current) => [...current, ...page.entries]);
      setMore(page.more);
    } catch (failure) {
      setError(failure);
    }
  };
  const refresh = () => {
    setOlder([]);
    setMore(undefined);
    void queryClient.invalidateQueries({ queryKey: ['audit.list'] });
  };

  const columns: GridColDef<Entry>[] = [
    { field: 'at', headerName: t('audit.at'), width: 150, valueFormatter: (value: string) => formatDateTime(value, language) },
    { field: 'actor', headerName: t('audit.actor'), width: 130 },
    { field: 'action', headerName: t('audit.action'), width: 220, valueFormatter: (value: string) => t(`audit.actions.${value}`) },
    { field: 'summary', headerName: t('audit.details'), flex: 1, minWidth: 200, valueGetter: (_value, row) => row.summary[language], sortable: false },
  ];

  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.journal')} intro={t('audit.intro')} actions={<Button onClick={refresh}>{t('actions.refresh')}</Button>} />
      {Boolean(error) && <Alert severity="error">{errorText(error)}</Alert>}
      <Paper sx={{ height: 560 }}>
        {/* Rows grow to show the whole detail: nothing of the log is hidden behind « … ». */}
        <DataGrid rows={rows} columns={columns} density="compact" getRowHeight={() => 'auto'} sx={{ '& .MuiDataGrid-cell': { py: 0.75, whiteSpace: 'normal', lineHeight: 1.4 } }} disableRowSelectionOnClick loading={first.isLoading} initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]} />
      </Paper>
      {hasMore && (
        <Box>
          <Button onClick={() => void loadOlder()}>{t('audit.older')}</Button>
        </Box>
      )}
    </Stack>
  );
}
