import AddOutlined from '@mui/icons-material/AddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Box, Button, Chip, InputAdornment, MenuItem, Paper, Stack, TextField, Typography, useMediaQuery } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { formatDate, formatPhone } from '../../format';
import { currentLanguage } from '../../i18n';
import { MemberDialog } from './MemberDialog';
import { PROFILES } from './options';

type Summary = OutputOf<'members.list'>[number];
const PLANS = ['permanent', 'carnet', 'trainee', 'none'] as const;

/** Every member: search as you type, filter by status, profile and plan, open one with Enter or a click. */
export function MembersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const narrow = useMediaQuery('(max-width: 1200px)');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'active' | 'left' | 'all'>('active');
  const [profile, setProfile] = useState<Summary['profile'] | 'all'>('all');
  const [plan, setPlan] = useState<(typeof PLANS)[number] | 'all'>('all');
  // Arriving from « Aujourd'hui » with a name nobody has: the form opens with it.
  const typed = (useLocation().state as { newMember?: string } | null)?.newMember;
  const [adding, setAdding] = useState(Boolean(typed));
  const [prefill] = useState(() => prefillFrom(typed));
  useEffect(() => {
    // Read once: going Back to this page must not open the form again.
    if (typed) void navigate('.', { replace: true, state: null });
  }, [typed, navigate]);
  const members = useApi('members.list', { search, status }, { keepPrevious: true });
  const rows = useMemo(
    () =>
      (members.data ?? []).filter(
        (member) =>
          (profile === 'all' || member.profile === profile) &&
          (plan === 'all' || (plan === 'none' ? member.plans.length === 0 : member.plans.includes(plan))),
      ),
    [members.data, profile, plan],
  );

  const columns: GridColDef<Summary>[] = [
    { field: 'lastName', headerName: t('members.last_name'), flex: 1, minWidth: 100 },
    { field: 'firstName', headerName: t('members.first_name'), flex: 1, minWidth: 90 },
    { field: 'phone', headerName: t('members.phone'), width: 122, valueFormatter: (value: string) => formatPhone(value) },
    { field: 'email', headerName: t('members.email'), flex: 1.3, minWidth: 140 },
    { field: 'profile', headerName: t('members.profile'), width: 150, valueFormatter: (value: string) => t(`profiles.${value}`) },
    {
      field: 'plans',
      headerName: t('members.plans'),
      width: 150,
      sortable: false,
      renderCell: ({ value }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {(value as Summary['plans']).map((kind) => (
            <Chip key={kind} size="small" label={t(`plan_kinds.${kind}`)} />
          ))}
        </Stack>
      ),
    },
    {
      field: 'membershipUntil',
      headerName: t('members.membership_until'),
      width: 140,
      renderCell: ({ row }) =>
        row.membershipLapsed ? (
          <Chip size="small" color="warning" label={t('members.lapsed')} />
        ) : (
          (row.membershipUntil ? formatDate(row.membershipUntil, language) : '—')
        ),
    },
    { field: 'lastVisit', headerName: t('members.last_visit'), width: 118, valueFormatter: (value: string | null) => (value ? formatDate(value, language) : '—') },
  ];

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('nav.members')}
        intro={t('members.intro')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding(true)} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {t('members.add')}
          </Button>
        }
      />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <TextField
          label={t('members.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter opens the first match, as at the desk's search.
            const settled = !members.isFetching && !members.isPlaceholderData;
            if (event.key === 'Enter' && settled && rows[0]) void navigate(`/members/${rows[0].id}`);
          }}
          autoFocus
          sx={{ flex: 2, minWidth: 220 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> } }}
        />
        <TextField select label={t('members.status')} value={status} onChange={(event) => setStatus(event.target.value as typeof status)} sx={{ flex: 1, minWidth: 140 }}>
          {(['active', 'left', 'all'] as const).map((value) => (
            <MenuItem key={value} value={value}>
              {t(`members.statuses.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('members.profile')} value={profile} onChange={(event) => setProfile(event.target.value as typeof profile)} sx={{ flex: 1, minWidth: 170 }}>
          <MenuItem value="all">{t('members.any')}</MenuItem>
          {PROFILES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`profiles.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('members.plan')} value={plan} onChange={(event) => setPlan(event.target.value as typeof plan)} sx={{ flex: 1, minWidth: 160 }}>
          <MenuItem value="all">{t('members.any_plan')}</MenuItem>
          {PLANS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`plan_kinds.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Paper sx={{ height: 560 }}>
        <DataGrid
          rows={rows}
          columns={columns}
          density="compact"
          loading={members.isLoading}
          disableRowSelectionOnClick
          // On a small screen, e-mail and profile give way to what the desk needs most.
          columnVisibilityModel={{ email: !narrow, profile: !narrow }}
          onRowClick={({ row }) => void navigate(`/members/${row.id}`)}
          onCellKeyDown={({ row }, event) => {
            if (event.key === 'Enter') void navigate(`/members/${row.id}`);
          }}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          pageSizeOptions={[25, 50, 100]}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          slots={{ noRowsOverlay: NoMembers }}
        />
      </Paper>
      <Box />
      {adding && <MemberDialog prefill={prefill} onClose={() => setAdding(false)} onSaved={(member) => void navigate(`/members/${member.id}`)} />}
    </Stack>
  );
}

/** The empty list says so in the app's words (a `localeText` prop would drop the grid's French texts). */
function NoMembers() {
  const { t } = useTranslation();
  return (
    <Stack sx={{ height: '100%', alignItems: 'center', justifyContent: 'center' }}>
      <Typography color="text.secondary">{t('members.none')}</Typography>
    </Stack>
  );
}

/** What was typed at the desk's search, in the field it belongs to: an e-mail, a phone number, or a name. */
function prefillFrom(typed: string | undefined) {
  const text = typed?.trim() ?? '';
  if (!text) return undefined;
  if (text.includes('@')) return { email: text };
  if (/^[+\d][\d\s.-]{5,}$/.test(text)) return { phone: text };
  const [firstName = '', ...lastNames] = text.split(/\s+/);
  return { firstName, lastName: lastNames.join(' ') };
}
