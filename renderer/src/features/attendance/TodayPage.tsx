import DrawOutlined from '@mui/icons-material/DrawOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Box, Chip, InputAdornment, Link, List, ListItemButton, ListItemText, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../forms/PageHeader';
import { formatLongDate, formatPhone, formatTime, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { AttendanceActions } from './AttendanceActions';
import { DeskSignDialog } from '../charter/DeskSignDialog';

type Summary = OutputOf<'members.list'>[number];
type Visit = OutputOf<'attendance.present'>[number];

const MATCHES_SHOWN = 6;

/**
 * The front desk's day: find a member in a few letters, Enter to pick, Enter to record the arrival
 * (or the departure); below, who is in today.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const today = todayIso();
  const presence = useApi('attendance.present', { date: today });
  const visits = presence.data ?? [];
  const searchField = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Summary>();
  const backToSearch = () => {
    setPicked(undefined);
    searchField.current?.focus();
  };
  const openVisit = (memberId: number) => visits.find((visit) => visit.memberId === memberId && visit.leftAt === null);

  return (
    <Stack spacing={3}>
      <PageHeader title={t('nav.today')} intro={formatLongDate(today, currentLanguage())} />
      <MemberSearch inputRef={searchField} onPick={setPicked} />
      {picked && (
        <Paper sx={{ p: 2, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }} aria-label={t('today.picked')}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="h2">
              {picked.firstName} {picked.lastName}
            </Typography>
            <Typography color="text.secondary">{[picked.email, formatPhone(picked.phone)].filter(Boolean).join(' · ')}</Typography>
          </Box>
          {openVisit(picked.id) && (
            <Chip color="success" label={t('today.already_in', { time: formatTime(openVisit(picked.id)!.arrivedAt, currentLanguage()) })} />
          )}
          {/* Enter, Enter records an arrival; someone already in is never checked out by reflex. */}
          <AttendanceActions
            key={picked.id}
            memberId={picked.id}
            name={`${picked.firstName} ${picked.lastName}`}
            present={Boolean(openVisit(picked.id))}
            charterSigned={picked.charterSigned}
            autoFocus={!openVisit(picked.id)}
            onDone={backToSearch}
          />
        </Paper>
      )}
      <PresenceBoard visits={visits} loading={presence.isLoading} onDone={() => searchField.current?.focus()} />
    </Stack>
  );
}

/** Type a few letters of a name, an e-mail or a phone number; ↓/↑ move, Enter picks. */
function MemberSearch({ inputRef, onPick }: { inputRef: React.RefObject<HTMLInputElement | null>; onPick: (member: Summary) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [highlight, setHighlight] = useState(0);
  const members = useApi('members.list', { search, status: 'active' }, { enabled: search.trim().length > 0, keepPrevious: true });
  const matches = search.trim() ? (members.data ?? []).slice(0, MATCHES_SHOWN) : [];
  const pick = (member: Summary | undefined) => {
    if (!member) return;
    onPick(member);
    setSearch('');
    setHighlight(0);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setHighlight((index) => Math.min(index + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setHighlight((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') pick(matches[highlight]);
    else return;
    event.preventDefault();
  };
  return (
    <Box>
      <TextField
        inputRef={inputRef}
        label={t('today.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          setHighlight(0);
        }}
        onKeyDown={onKeyDown}
        autoFocus
        fullWidth
        autoComplete="off"
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> } }}
      />
      {search.trim() && (
        <Paper variant="outlined" sx={{ mt: 0.5 }}>
          {matches.length === 0 && !members.isFetching ? (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {t('today.no_match')}{' '}
              <Link component={RouterLink} to="/members" state={{ newMember: search.trim() }}>
                {t('today.go_to_members')}
              </Link>
            </Typography>
          ) : (
            <List dense aria-label={t('today.matches')}>
              {matches.map((member, index) => (
                <ListItemButton key={member.id} selected={index === highlight} onClick={() => pick(member)}>
                  <ListItemText
                    primary={`${member.firstName} ${member.lastName}`}
                    secondary={[member.organisationName, member.email, formatPhone(member.phone), member.charterSigned ? '' : t('signature.unsigned_short')].filter(Boolean).join(' · ')}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
        </Paper>
      )}
    </Box>
  );
}

/** Who came today: still here first, then those who left. */
function PresenceBoard({ visits, loading, onDone }: { visits: Visit[]; loading: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sorted = [...visits].sort((a, b) => Number(a.leftAt !== null) - Number(b.leftAt !== null) || a.arrivedAt.localeCompare(b.arrivedAt));
  const inNow = visits.filter((visit) => visit.leftAt === null).length;
  return (
    <Paper component="section" aria-label={t('today.board')} sx={{ p: 2 }}>
      <Typography variant="h2" gutterBottom>
        {t('today.board')} <Chip size="small" label={t('today.in_now', { count: inNow })} sx={{ ml: 1 }} />
      </Typography>
      {!loading && visits.length === 0 ? (
        <Typography color="text.secondary">{t('today.nobody')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('attendance.member')}</TableCell>
              <TableCell>{t('attendance.seat')}</TableCell>
              <TableCell>{t('attendance.arrival')}</TableCell>
              <TableCell>{t('attendance.departure')}</TableCell>
              <TableCell>{t('attendance.coverage')}</TableCell>
              <TableCell>{t('attendance.charter')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((visit) => (
              <TableRow key={visit.id} sx={visit.leftAt ? { '& td': { color: 'text.secondary' } } : undefined}>
                <TableCell>
                  <Link component={RouterLink} to={`/members/${visit.memberId}`}>
                    {visit.firstName} {visit.lastName}
                  </Link>
                </TableCell>
                <TableCell>{visit.seatCode ?? '—'}</TableCell>
                <TableCell>{formatTime(visit.arrivedAt, language)}</TableCell>
                <TableCell>{visit.leftAt ? formatTime(visit.leftAt, language) : '—'}</TableCell>
                <TableCell>{visit.coverage ? t(`coverage.${visit.coverage}`) : '—'}</TableCell>
                <TableCell>
                  <CharterCell visit={visit} />
                </TableCell>
                <TableCell align="right">
                  {visit.leftAt === null && <AttendanceActions memberId={visit.memberId} name={`${visit.firstName} ${visit.lastName}`} present size="small" onDone={onDone} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

/** « Signée », or a warning the desk can act on at once: the member signs on the pad. */
function CharterCell({ visit }: { visit: OutputOf<'attendance.present'>[number] }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState(false);
  if (visit.charterSigned) return <>{t('attendance.signed')}</>;
  return (
    <>
      <Chip size="small" color="warning" icon={<DrawOutlined />} label={t('attendance.not_signed')} onClick={() => setSigning(true)} title={t('signature.sign_now')} />
      {signing && <DeskSignDialog memberId={visit.memberId} name={`${visit.firstName} ${visit.lastName}`} onClose={() => setSigning(false)} />}
    </>
  );
}
