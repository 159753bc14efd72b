import { Alert, Box, Chip, FormControlLabel, LinearProgress, Link, Paper, Stack, Switch, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { SignStatusRow } from '../../../../main/domain/charter/schema';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** Every active member and where they stand with the charter; those who must sign come first. */
export function CharterSignStatus() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useApi('charter.signStatus', {});
  const versions = useApi('charter.versions', {});
  // Unless staff choose, the list shows only those who must sign, when there are any.
  const [onlyChosen, setOnlyChosen] = useState<boolean>();
  const all = useMemo(() => status.data ?? [], [status.data]);
  const mustSign = all.filter((row) => !row.upToDate).length;
  const only = onlyChosen ?? mustSign > 0;
  const rows = useMemo(() => (only ? all.filter((row) => !row.upToDate) : all), [all, only]);
  const required = versions.data?.find((version) => version.requiresSignature)?.number ?? 1;

  if (status.error) return <Alert severity="error">{errorText(status.error)}</Alert>;
  if (!status.data) return <LinearProgress aria-label={t('app.loading')} />;
  if (all.length === 0) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography color="text.secondary">{t('charter.signatures.no_members')}</Typography>
      </Paper>
    );
  }
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography sx={{ fontWeight: 500 }} role="status">
            {t('charter.signatures.count_up_to_date', { count: all.length - mustSign })} · {t('charter.signatures.count_must_sign', { count: mustSign })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('charter.signatures.required', { number: required })}
          </Typography>
        </Box>
        <FormControlLabel
          control={<Switch checked={only} onChange={(event) => setOnlyChosen(event.target.checked)} />}
          label={t('charter.signatures.only_must_sign')}
        />
      </Box>
      {rows.length === 0 ? (
        <Paper sx={{ p: 3 }}>
          <Typography color="text.secondary">{t('charter.signatures.all_signed')}</Typography>
        </Paper>
      ) : (
        <SignStatusGrid rows={rows} />
      )}
    </Stack>
  );
}

function SignStatusGrid({ rows }: { rows: SignStatusRow[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const columns: GridColDef<SignStatusRow>[] = [
    {
      field: 'name',
      headerName: t('charter.signatures.name'),
      flex: 1,
      minWidth: 180,
      // Sorted by last name, shown as people are called at the desk.
      valueGetter: (_value, row) => `${row.lastName} ${row.firstName}`,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/members/${row.memberId}`}>
          {row.firstName} {row.lastName}
        </Link>
      ),
    },
    {
      field: 'signedVersion',
      headerName: t('charter.signatures.signed_version'),
      width: 200,
      valueFormatter: (value: number | null) => (value === null ? t('charter.signatures.never') : t('charter.signatures.version', { number: value })),
    },
    {
      field: 'signedAt',
      headerName: t('charter.signatures.signed_at'),
      width: 130,
      valueFormatter: (value: string | null) => (value ? formatDate(value.slice(0, 10), language) : '—'),
    },
    {
      field: 'upToDate',
      headerName: t('charter.signatures.status'),
      width: 150,
      renderCell: ({ row }) =>
        row.upToDate ? (
          <Chip size="small" color="success" variant="outlined" label={t('charter.signatures.up_to_date')} />
        ) : (
          <Chip size="small" color="warning" label={t('charter.signatures.must_sign')} />
        ),
    },
  ];
  return (
    // As tall as its rows, up to a page's worth; then it scrolls inside.
    <Paper sx={{ display: 'flex', flexDirection: 'column', maxHeight: 560 }}>
      <DataGrid
        aria-label={t('charter.signatures.grid')}
        rows={rows}
        columns={columns}
        getRowId={(row) => row.memberId}
        density="compact"
        disableRowSelectionOnClick
        onCellKeyDown={({ row }, event) => {
          if (event.key === 'Enter') void navigate(`/members/${row.memberId}`);
        }}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        pageSizeOptions={[25, 50, 100]}
      />
    </Paper>
  );
}
