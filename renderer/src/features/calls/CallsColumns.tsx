import CallMadeOutlined from '@mui/icons-material/CallMadeOutlined';
import CallReceivedOutlined from '@mui/icons-material/CallReceivedOutlined';
import { Button, Chip, Link, Stack, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { CallClassChip, formatDuration } from './CallClassChip';

export type Call = OutputOf<'calls.list'>[number];

const cellStack = { height: '100%', justifyContent: 'center', minWidth: 0 } as const;

/** The journal's columns; on a narrow screen the direction is an icon alone. */
export function useCallColumns({ narrow, onAssign }: { narrow: boolean; onAssign: (call: Call) => void }): GridColDef<Call>[] {
  const { t } = useTranslation();
  const language = currentLanguage();
  return [
    {
      field: 'startedAt',
      headerName: t('calls.columns.started_at'),
      width: 140,
      type: 'dateTime',
      valueGetter: (value: string) => new Date(value),
      valueFormatter: (_value, row) => formatDateTime(row.startedAt, language),
    },
    {
      field: 'direction',
      headerName: t('calls.direction'),
      width: narrow ? 64 : 108,
      renderCell: ({ row }) => {
        const label = t(`calls.directions.${row.direction}`);
        const Icon = row.direction === 'out' ? CallMadeOutlined : CallReceivedOutlined;
        return (
          <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', height: '100%' }} aria-label={narrow ? label : undefined} title={label}>
            <Icon fontSize="small" color={row.direction === 'out' ? 'primary' : 'action'} aria-hidden />
            {!narrow && <span>{label}</span>}
          </Stack>
        );
      },
    },
    {
      field: 'number',
      headerName: t('calls.columns.number'),
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) => (
        <Stack sx={cellStack}>
          <Typography variant="body2" noWrap>
            {row.number}
          </Typography>
          {row.class === 'invalid' ? (
            <Chip size="small" color="warning" label={t('calls.unreadable')} sx={{ alignSelf: 'flex-start', height: 18, fontSize: 11 }} />
          ) : (
            row.e164 !== row.number && (
              <Typography variant="caption" color="text.secondary" noWrap>
                {row.e164}
              </Typography>
            )
          )}
        </Stack>
      ),
    },
    { field: 'class', headerName: t('calls.class'), width: 140, renderCell: ({ row }) => <CallClassChip callClass={row.class} /> },
    { field: 'durationSeconds', headerName: t('calls.columns.duration'), width: 76, type: 'number', valueFormatter: (value: number) => formatDuration(value) },
    {
      field: 'memberName',
      headerName: t('calls.columns.member'),
      flex: 1,
      minWidth: 140,
      renderCell: ({ row, tabIndex }) =>
        row.memberId !== null ? (
          <Link component={RouterLink} to={`/members/${row.memberId}`} tabIndex={tabIndex}>
            {row.memberName}
          </Link>
        ) : (
          <Button
            size="small"
            variant="outlined"
            tabIndex={tabIndex}
            aria-label={t('calls.assign_label', { date: formatDateTime(row.startedAt, language) })}
            onClick={() => onAssign(row)}
          >
            {t('calls.assign')}
          </Button>
        ),
    },
    {
      field: 'source',
      headerName: t('calls.columns.source'),
      flex: 1,
      minWidth: 130,
      valueGetter: (_value, row) => (row.source === 'import' ? t('calls.source_import', { file: row.importFile ?? '', line: row.importLine ?? '' }) : t('calls.source_desk')),
      renderCell: ({ value }) => (
        <Typography variant="body2" noWrap title={String(value)} sx={{ lineHeight: 'inherit' }}>
          {String(value)}
        </Typography>
      ),
    },
    { field: 'note', headerName: t('calls.columns.note'), flex: 1, minWidth: 110 },
  ];
}
