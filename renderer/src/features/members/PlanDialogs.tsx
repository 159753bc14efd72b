import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf, OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatCents, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';

type Kind = 'permanent' | 'carnet' | 'trainee';
type Plan = OutputOf<'members.get'>['plans'][number];

interface Values {
  kind: Kind;
  seatId: number | '';
  unit: 'half_day' | 'day';
  quantity: string;
  startDate: string;
  endDate: string;
  trainingOrganisation: string;
}

const TARIFF_OF: Record<Kind, (unit: Values['unit']) => string> = {
  permanent: () => 'permanent_month',
  carnet: (unit) => (unit === 'day' ? 'carnet_days' : 'carnet_half_days'),
  trainee: () => 'trainee_week',
};

function toInput(memberId: number, values: Values): InputOf<'plans.add'> {
  const seatId = Number(values.seatId);
  if (values.kind === 'permanent') return { kind: 'permanent', memberId, seatId, startDate: values.startDate, endDate: values.endDate || null };
  if (values.kind === 'trainee') {
    return { kind: 'trainee', memberId, seatId, startDate: values.startDate, endDate: values.endDate, trainingOrganisation: values.trainingOrganisation };
  }
  const quantity = values.quantity.trim() === '' ? null : Number(values.quantity);
  return { kind: 'carnet', memberId, unit: values.unit, startDate: values.startDate, quantity };
}

/** Sells a plan at today's tariff: a permanent desk, a carnet, or the trainee seat. */
export function AddPlanDialog({ memberId, onClose }: { memberId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [kind, setKind] = useState<Kind>('carnet');
  const seats = useApi('space.layout', {});
  const tariffs = useApi('tariffs.list', {});
  const empty: Values = { kind, seatId: '', unit: 'half_day', quantity: '', startDate: todayIso(), endDate: '', trainingOrganisation: '' };
  const { form, submit, saveBar } = useContractForm<'plans.add', Values>({
    method: 'plans.add',
    defaultValues: empty,
    fields: ['seatId', 'unit', 'quantity', 'startDate', 'endDate', 'trainingOrganisation'],
    toInput: (values) => toInput(memberId, { ...values, kind }),
    toValues: () => empty,
    onSaved: onClose,
  });
  const unit = useWatch({ control: form.control, name: 'unit' });
  const quantity = useWatch({ control: form.control, name: 'quantity' });
  const tariff = tariffs.data?.find((item) => item.code === TARIFF_OF[kind](unit));
  // A carnet of another size costs in proportion, as the server computes it.
  const count = kind === 'carnet' && /^\d+$/.test(quantity.trim()) ? Number(quantity) : null;
  const price = tariff && count && tariff.quantity ? Math.round((tariff.priceCents * count) / tariff.quantity) : tariff?.priceCents;
  const priceLabel = count && kind === 'carnet' ? t(`plans.carnet_of.${unit}`, { count }) : tariff?.label;
  const seatKind = kind === 'trainee' ? 'trainee' : 'permanent';
  const seatOptions = (seats.data ?? []).flatMap((room) => room.seats.filter((seat) => seat.kind === seatKind && !seat.retiredOn).map((seat) => ({ ...seat, room: room.name })));

  return (
    <FormDialog open title={t('plans.add')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('plans.sell')}>
      <TextField select label={t('plans.kind')} value={kind} onChange={(event) => setKind(event.target.value as Kind)} autoFocus>
        {(['carnet', 'permanent', 'trainee'] as const).map((value) => (
          <MenuItem key={value} value={value}>
            {t(`plan_kinds.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'carnet' && (
        <>
          <FormTextField control={form.control} name="unit" label={t('plans.unit')} select>
            <MenuItem value="half_day">{t('plans.units.half_day')}</MenuItem>
            <MenuItem value="day">{t('plans.units.day')}</MenuItem>
          </FormTextField>
          <FormTextField control={form.control} name="quantity" label={t('plans.quantity')} placeholder={String(tariff?.quantity ?? '')} helperText={t('plans.quantity_help', { count: tariff?.quantity ?? 10 })} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        </>
      )}
      {kind !== 'carnet' && (
        <FormTextField control={form.control} name="seatId" label={t('plans.seat')} select>
          {seatOptions.map((seat) => (
            <MenuItem key={seat.id} value={seat.id}>
              {seat.code} — {seat.name} ({seat.room})
            </MenuItem>
          ))}
        </FormTextField>
      )}
      <FormDateField control={form.control} name="startDate" label={t(kind === 'carnet' ? 'plans.bought_on' : 'plans.from')} />
      {kind !== 'carnet' && <FormDateField control={form.control} name="endDate" label={t(kind === 'permanent' ? 'plans.until_optional' : 'plans.until')} />}
      {kind === 'trainee' && <FormTextField control={form.control} name="trainingOrganisation" label={t('plans.training_organisation')} required />}
      {tariff && price !== undefined && <TextField label={t('plans.price')} value={`${formatCents(price, language)} — ${priceLabel}`} slotProps={{ input: { readOnly: true } }} helperText={t('plans.price_help')} />}
    </FormDialog>
  );
}

/** Ends a permanent desk or a trainee seat on a date (the last day it covers). */
export function EndPlanDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { endDate: todayIso() };
  const { form, submit, saveBar } = useContractForm<'plans.end', typeof empty>({
    method: 'plans.end',
    defaultValues: empty,
    fields: ['endDate'],
    toInput: ({ endDate }) => ({ planId: plan.id, endDate }),
    toValues: () => empty,
    onSaved: onClose,
  });
  return (
    <FormDialog open title={t('plans.end_title', { seat: plan.seatCode ?? '' })} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('plans.end')}>
      <FormDateField control={form.control} name="endDate" label={t('plans.last_day')} autoFocus />
    </FormDialog>
  );
}
