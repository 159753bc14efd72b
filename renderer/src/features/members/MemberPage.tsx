import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { call } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { download } from '../../download';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { AttendanceActions } from '../attendance/AttendanceActions';
import { MemberCharterCard } from '../charter/MemberCharterCard';
import { MemberAccountCard } from './MemberAccountCard';
import { MemberDialog } from './MemberDialog';
import { BookingsCard, IdentityCard, MembershipsCard, PlansCard, VisitsCard } from './MemberSections';

type Detail = OutputOf<'members.get'>;
type Role = NonNullable<OutputOf<'auth.status'>['signedIn']>['role'];

/** One member: who they are, arrival and departure, memberships, plans and visits, their data. */
export function MemberPage() {
  const { t } = useTranslation();
  const memberId = Number(useParams().memberId);
  const detail = useApi('members.get', { memberId }, { enabled: Number.isInteger(memberId) && memberId > 0 });
  const role = useApi('auth.status', {}).data?.signedIn?.role;
  const errorText = useErrorText();

  if (detail.error) {
    return (
      <Stack spacing={2}>
        <BackLink />
        <Alert severity="error">{errorText(detail.error)}</Alert>
      </Stack>
    );
  }
  if (!detail.data) return <LinearProgress aria-label={t('app.loading')} />;
  return <MemberView detail={detail.data} role={role} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Box>
      <Button component={RouterLink} to="/members" startIcon={<ArrowBackOutlined />} size="small">
        {t('members.back')}
      </Button>
    </Box>
  );
}

function MemberView({ detail, role }: { detail: Detail; role?: Role }) {
  const { t } = useTranslation();
  const { member } = detail;
  const name = `${member.firstName} ${member.lastName}`;
  const [editing, setEditing] = useState(false);
  return (
    <Stack spacing={3}>
      <BackLink />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h1" gutterBottom>
            {name}
          </Typography>
          <StatusChips detail={detail} />
        </Box>
        {member.status === 'active' && <AttendanceActions key={member.id} memberId={member.id} name={name} present={detail.present} charterSigned={detail.charter.upToDate} />}
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {!member.anonymised && (
          <Button variant="outlined" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('actions.edit')}
          </Button>
        )}
        <ExportButton memberId={member.id} />
        <StatusButtons detail={detail} role={role} />
      </Stack>
      <IdentityCard member={member} />
      <MembershipsCard detail={detail} />
      <PlansCard detail={detail} />
      <MemberAccountCard memberId={member.id} />
      <MemberCharterCard detail={detail} />
      <BookingsCard memberId={member.id} />
      <VisitsCard visits={detail.visits} />
      {editing && <MemberDialog member={member} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Stack>
  );
}

function StatusChips({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { member } = detail;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {member.status === 'left' ? (
        <Chip label={t('members.left_on', { date: formatDate(member.leftOn ?? '', language) })} />
      ) : (
        <Chip color="success" variant="outlined" label={t('members.member_since', { date: formatDate(member.joinedOn, language) })} />
      )}
      {member.businessCreatedOn && <Chip color="info" variant="outlined" label={t('members.business_created_chip', { date: formatDate(member.businessCreatedOn, language) })} />}
      {member.anonymised && <Chip label={t('members.anonymised')} />}
      {detail.present && <Chip color="success" label={t('members.present')} />}
      {detail.membershipLapsed && member.status === 'active' && <Chip color="warning" label={t('members.lapsed')} />}
      {!detail.charter.upToDate && member.status === 'active' && <Chip color="warning" label={t('signature.unsigned')} />}
    </Stack>
  );
}

/** The right of access: the member's data as JSON (to give them) and as a page anyone can read. */
function ExportButton({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const notify = useNotify();
  const exportData = async () => {
    try {
      const result = await call('members.export', { memberId });
      download(`${result.fileName}.json`, JSON.stringify(result.data, null, 2), 'application/json');
      download(`${result.fileName}.html`, result.html, 'text/html');
    } catch (error) {
      notify(errorText(error), 'error');
    }
  };
  return (
    <Button variant="outlined" startIcon={<DownloadOutlined />} onClick={() => void exportData()}>
      {t('members.export')}
    </Button>
  );
}

/** Leave or come back; once left, an administrator may erase the person's identity. */
function StatusButtons({ detail, role }: { detail: Detail; role?: Role }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorText = useErrorText();
  const { member } = detail;
  const [confirm, setConfirm] = useState<'leave' | 'anonymise'>();
  const setStatus = useApiMutation('members.setStatus');
  const anonymise = useApiMutation('members.anonymise', { onSuccess: () => notify(t('members.anonymised_done')) });
  const onError = (error: unknown) => notify(errorText(error), 'error');
  if (member.anonymised) return null;
  return (
    <>
      {member.status === 'active' ? (
        <Button color="warning" onClick={() => setConfirm('leave')}>
          {t('members.leave')}
        </Button>
      ) : (
        <Button onClick={() => setStatus.mutate({ memberId: member.id, status: 'active', on: todayIso() }, { onError })}>{t('members.reactivate')}</Button>
      )}
      {member.status === 'left' && role === 'admin' && (
        <Button color="error" onClick={() => setConfirm('anonymise')}>
          {t('members.anonymise')}
        </Button>
      )}
      {confirm === 'leave' && (
        <ConfirmDialog
          title={t('members.leave_title', { name: `${member.firstName} ${member.lastName}` })}
          text={t('members.leave_text')}
          confirmLabel={t('members.leave')}
          onConfirm={() => setStatus.mutate({ memberId: member.id, status: 'left', on: todayIso() }, { onError })}
          onClose={() => setConfirm(undefined)}
        />
      )}
      {confirm === 'anonymise' && (
        <ConfirmDialog
          title={t('members.anonymise_title', { name: `${member.firstName} ${member.lastName}` })}
          text={t('members.anonymise_text')}
          confirmLabel={t('members.anonymise')}
          onConfirm={() => anonymise.mutate({ memberId: member.id }, { onError })}
          onClose={() => setConfirm(undefined)}
        />
      )}
    </>
  );
}
