import { translate, valueLabel } from '../../i18n';
import { euros } from '../common/french';
import type { Membership } from '../memberships/schema';
import type { Plan } from '../plans/schema';
import type { Visit } from '../attendance/schema';
import type { Booking } from '../bookings/schema';
import type { Signature } from '../charter/schema';
import type { Call } from '../calls/schema';
import type { InvoiceSummary } from '../invoicing/schema';
import type { Payment } from '../payments/schema';
import type { Member } from './schema';

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const date = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');
const time = (iso: string | null) => (iso ? iso.slice(11, 16) : '—');
const t = (key: Parameters<typeof translate>[1]) => translate('fr', key);

function table(headers: string[], rows: unknown[][]): string {
  if (rows.length === 0) return `<p>${escape(t('export.none'))}</p>`;
  const head = headers.map((h) => `<th>${escape(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The member's data as a page they can read and print, in French; every value escaped. */
export function memberDataPage(data: { exportedAt: string; member: Member; memberships: Membership[]; plans: Plan[]; visits: Visit[]; bookings: Booking[]; charterSignatures: Signature[]; calls: Call[]; invoices: InvoiceSummary[]; payments: Payment[] }): string {
  const { member } = data;
  const identity: [string, unknown][] = [
    [t('fields.firstName'), member.firstName],
    [t('fields.lastName'), member.lastName],
    [t('fields.email'), member.email],
    [t('fields.phone'), member.phone],
    [t('fields.address'), [member.address, member.postcode, member.city].filter(Boolean).join(' ')],
    [t('fields.organisationName'), member.organisationName],
    [t('fields.profile'), valueLabel('fr', 'profile', member.profile)],
    [t('fields.commuteMode'), valueLabel('fr', 'commuteMode', member.commuteMode)],
    [t('fields.kmToWorkplace'), member.kmToWorkplace ?? '—'],
    [t('fields.kmToSpace'), member.kmToSpace ?? '—'],
    [t('fields.notes'), member.notes],
    [t('fields.status'), valueLabel('fr', 'status', member.status)],
    [t('fields.joinedOn'), date(member.joinedOn)],
  ];
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escape(t('export.title'))} — ${escape(member.firstName)} ${escape(member.lastName)}</title>
<style>body{font-family:sans-serif;max-width:820px;margin:2em auto;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}th{background:#f2f2f2}h1{font-size:22px}h2{font-size:17px;margin-top:1.5em}</style>
</head><body>
<h1>${escape(t('export.title'))} — ${escape(member.firstName)} ${escape(member.lastName)}</h1>
<p>${escape(t('export.intro'))} ${escape(date(data.exportedAt.slice(0, 10)))}.</p>
<h2>${escape(t('export.identity'))}</h2>
${table([t('export.field'), t('export.value')], identity)}
<h2>${escape(t('export.memberships'))}</h2>
${table([t('fields.startDate'), t('fields.endDate'), t('fields.priceCents'), t('fields.paidOn')], data.memberships.map((m) => [date(m.startDate), date(m.endDate), euros(m.priceCents), date(m.paidOn)]))}
<h2>${escape(t('export.plans'))}</h2>
${table(
  [t('fields.kind'), t('fields.startDate'), t('fields.endDate'), t('fields.seatCode'), t('fields.remaining'), t('fields.priceCents')],
  data.plans.map((p) => [valueLabel('fr', 'kind', p.kind), date(p.startDate), date(p.endDate), p.seatCode ?? '—', p.remaining ?? '—', euros(p.priceCents)]),
)}
<h2>${escape(t('export.visits'))}</h2>
${table([t('fields.date'), t('fields.arrivedAt'), t('fields.leftAt'), t('fields.coverage')], data.visits.map((v) => [date(v.date), time(v.arrivedAt), time(v.leftAt), v.coverage ? valueLabel('fr', 'coverage', v.coverage) : '—']))}
<h2>${escape(t('export.bookings'))}</h2>
${table(
  [t('fields.date'), t('fields.slot'), t('fields.seat'), t('fields.channel'), t('fields.status'), t('fields.note')],
  data.bookings.map((b) => [date(b.date), b.slot ? valueLabel('fr', 'slot', b.slot) : `${b.startTime}–${b.endTime}`, b.seat, valueLabel('fr', 'channel', b.channel), valueLabel('fr', 'status', b.status), b.note || '—']),
)}
<h2>${escape(t('export.charter'))}</h2>
${table(
  [t('fields.version'), t('fields.signedAt'), t('fields.method'), t('fields.textSha256')],
  data.charterSignatures.map((s) => [String(s.version), `${date(s.signedAt.slice(0, 10))} ${time(s.signedAt)}`, valueLabel('fr', 'method', s.method), s.textSha256]),
)}
<h2>${escape(t('export.calls'))}</h2>
${table(
  [t('fields.startedAt'), t('fields.direction'), t('fields.number'), t('fields.durationSeconds')],
  data.calls.map((c) => [`${date(c.startedAt.slice(0, 10))} ${time(c.startedAt)}`, valueLabel('fr', 'direction', c.direction), c.number, String(c.durationSeconds)]),
)}
<h2>${escape(t('export.invoices'))}</h2>
${table(
  [t('fields.number'), t('fields.date'), t('fields.totalCents'), t('fields.paidCents'), t('fields.status')],
  data.invoices.map((i) => [i.number ?? '—', date(i.date), euros(i.totalCents), euros(i.paidCents), valueLabel('fr', 'status', i.status)]),
)}
<h2>${escape(t('export.payments'))}</h2>
${table(
  [t('fields.date'), t('fields.method'), t('fields.amountCents'), t('fields.allocations')],
  data.payments.map((p) => [date(p.date), valueLabel('fr', 'method', p.method), euros(p.amountCents), p.allocations.map((a) => a.number).join(', ') || '—']),
)}
</body></html>
`;
}
