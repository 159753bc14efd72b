import AddOutlined from '@mui/icons-material/AddOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import { Button, Chip, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addDays, format, parseISO } from 'date-fns';
import type { OutputOf } from '../../../../main/api/contract';
import { call } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { download } from '../../download';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatCents, formatDate, formatPhone, formatSiret, formatTime, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';
import { AddMembershipDialog } from './MembershipDialogs';
import { AddPlanDialog, EndPlanDialog } from './PlanDialogs';

type Detail = OutputOf<'members.get'>;
type Member = Detail['member'];
type Plan = Detail['plans'][number];
type Visit = Detail['visits'][number];

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ overflowWrap: 'anywhere' }}>{value || '—'}</Typography>
    </Grid>
  );
}

export function IdentityCard({ member }: { member: Member }) {
  const { t } = useTranslation();
  const km = (value: number | null) => (value === null ? '' : t('members.km', { km: value.toLocaleString(currentLanguage()) }));
  const address = [member.address, [member.postcode, member.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const organisation = [member.organisationName, member.organisationSiren && `SIREN ${formatSiret(member.organisationSiren)}`, member.organisationAddress]
    .filter(Boolean)
    .join(' — ');
  return (
    <Section title={t('members.identity')}>
      <Grid container spacing={2}>
        <Field label={t('members.email')} value={member.email} />
        <Field label={t('members.phone')} value={formatPhone(member.phone)} />
        <Field label={t('members.profile')} value={t(`profiles.${member.profile}`)} />
        <Field label={t('members.address')} value={address} />
        <Field label={t('members.insee_code')} value={member.inseeCode} />
        <Field label={t('members.organisation')} value={organisation} />
        <Field label={t('members.commute_mode')} value={t(`commute_modes.${member.commuteMode}`)} />
        <Field label={t('members.km_to_workplace')} value={km(member.kmToWorkplace)} />
        <Field label={t('members.km_to_space')} value={km(member.kmToSpace)} />
      </Grid>
      {member.notes && (
        <Typography sx={{ mt: 2, whiteSpace: 'pre-wrap' }} color="text.secondary">
          {member.notes}
        </Typography>
      )}
    </Section>
  );
}

export function MembershipsCard({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const markPaid = useApiMutation('memberships.markPaid', { onSuccess: () => notify(t('memberships.marked_paid')) });
  const active = detail.member.status === 'active';
  return (
    <Section
      title={t('memberships.title')}
      action={active && <Button startIcon={<AddOutlined />} onClick={() => setAdding(true)}>{t('memberships.add')}</Button>}
    >
      {detail.memberships.length === 0 ? (
        <Typography color="text.secondary">{t('memberships.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('memberships.period')}</TableCell>
              <TableCell align="right">{t('memberships.price')}</TableCell>
              <TableCell>{t('memberships.payment')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.memberships.map((membership) => (
              <TableRow key={membership.id}>
                <TableCell>{t('memberships.from_to', { from: formatDate(membership.startDate, language), to: formatDate(membership.endDate, language) })}</TableCell>
                <TableCell align="right">{formatCents(membership.priceCents, language)}</TableCell>
                <TableCell>
                  {membership.paidOn ? (
                    t('memberships.paid_on', { date: formatDate(membership.paidOn, language) })
                  ) : (
                    <>
                      <Chip size="small" color="warning" variant="outlined" label={t('memberships.to_pay')} sx={{ mr: 1 }} />
                      <Button
                        size="small"
                        onClick={() => markPaid.mutate({ membershipId: membership.id, paidOn: todayIso() }, { onError: (error) => notify(errorText(error), 'error') })}
                      >
                        {t('memberships.mark_paid')}
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <AddMembershipDialog memberId={detail.member.id} startDate={nextMembershipStart(detail)} onClose={() => setAdding(false)} />}
    </Section>
  );
}

/** Today, or the day after the membership that still runs (renewing in December starts in January). */
function nextMembershipStart(detail: Detail): string {
  const today = todayIso();
  const runningUntil = detail.memberships.map((membership) => membership.endDate).filter((end) => end >= today).sort().at(-1);
  return runningUntil ? format(addDays(parseISO(runningUntil), 1), 'yyyy-MM-dd') : today;
}

const STATE_COLOR = { active: 'success', upcoming: 'info', ended: 'default', used_up: 'default' } as const;

function planDetail(plan: Plan, t: TFunction): string {
  if (plan.kind === 'carnet') return t(`plans.carnet_of.${plan.unit ?? 'half_day'}`, { count: plan.quantity ?? 0 });
  if (plan.kind === 'trainee') return [plan.seatCode, plan.trainingOrganisation].filter(Boolean).join(' — ');
  return plan.seatCode ?? '';
}

export function PlansCard({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Plan>();
  const active = detail.member.status === 'active';
  return (
    <Section title={t('plans.title')} action={active && <Button startIcon={<AddOutlined />} onClick={() => setAdding(true)}>{t('plans.add')}</Button>}>
      {detail.plans.length === 0 ? (
        <Typography color="text.secondary">{t('plans.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('plans.kind')}</TableCell>
              <TableCell>{t('plans.detail')}</TableCell>
              <TableCell>{t('plans.period')}</TableCell>
              <TableCell align="right">{t('plans.remaining')}</TableCell>
              <TableCell align="right">{t('plans.price')}</TableCell>
              <TableCell>{t('plans.state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.plans.map((plan) => (
              <TableRow key={plan.id}>
                <TableCell>{t(`plan_kinds.${plan.kind}`)}</TableCell>
                <TableCell>{planDetail(plan, t)}</TableCell>
                <TableCell>
                  {plan.endDate
                    ? t('plans.from_to', { from: formatDate(plan.startDate, language), to: formatDate(plan.endDate, language) })
                    : t('plans.from_on', { from: formatDate(plan.startDate, language) })}
                </TableCell>
                <TableCell align="right">{plan.remaining ?? ''}</TableCell>
                <TableCell align="right">
                  {plan.kind === 'carnet' ? formatCents(plan.priceCents, language) : t(`plans.per.${plan.kind}`, { price: formatCents(plan.priceCents, language) })}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={STATE_COLOR[plan.state]} label={t(`plans.states.${plan.state}`)} />
                </TableCell>
                <TableCell align="right">
                  {plan.kind !== 'carnet' && plan.state !== 'ended' && (
                    <Button size="small" onClick={() => setEnding(plan)}>
                      {t('plans.end')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <AddPlanDialog memberId={detail.member.id} onClose={() => setAdding(false)} />}
      {ending && <EndPlanDialog plan={ending} onClose={() => setEnding(undefined)} />}
    </Section>
  );
}

export function VisitsCard({ visits }: { visits: Visit[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('attendance.visits')}>
      {visits.length === 0 ? (
        <Typography color="text.secondary">{t('attendance.no_visits')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('attendance.date')}</TableCell>
              <TableCell>{t('attendance.arrival')}</TableCell>
              <TableCell>{t('attendance.departure')}</TableCell>
              <TableCell>{t('attendance.seat')}</TableCell>
              <TableCell>{t('attendance.coverage')}</TableCell>
              <TableCell>{t('attendance.halves')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visits.map((visit) => (
              <TableRow key={visit.id}>
                <TableCell>{formatDate(visit.date, language)}</TableCell>
                <TableCell>{formatTime(visit.arrivedAt, language)}</TableCell>
                <TableCell>{visit.leftAt ? formatTime(visit.leftAt, language) : '—'}</TableCell>
                <TableCell>{visit.seatCode ?? '—'}</TableCell>
                <TableCell>{visit.coverage ? t(`coverage.${visit.coverage}`) : '—'}</TableCell>
                <TableCell>{visit.halves.map((half) => t(`halves.${half}`)).join(', ') || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** The member's bookings from today on, and their calendar file for their own agenda. */
export function BookingsCard({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  const today = todayIso();
  const bookings = useApi('bookings.list', { from: today, to: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`, memberId });
  const exportCalendar = async () => {
    try {
      const file = await call('bookings.calendar', { memberId });
      download(file.fileName, file.text, 'text/calendar');
    } catch (error) {
      notify(errorText(error), 'error');
    }
  };
  const rows = bookings.data ?? [];
  return (
    <Section
      title={t('members.bookings')}
      action={rows.length > 0 && <Button startIcon={<EventOutlined />} onClick={() => void exportCalendar()}>{t('members.export_calendar')}</Button>}
    >
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('members.no_bookings')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('attendance.date')}</TableCell>
              <TableCell>{t('planning.slot')}</TableCell>
              <TableCell>{t('attendance.seat')}</TableCell>
              <TableCell>{t('planning.note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((booking) => (
              <TableRow key={booking.id}>
                <TableCell>{formatDate(booking.date, language)}</TableCell>
                <TableCell>{booking.slot ? t(`planning.slots.${booking.slot}`) : `${booking.startTime}–${booking.endTime}`}</TableCell>
                <TableCell>{booking.seat}</TableCell>
                <TableCell>{booking.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
