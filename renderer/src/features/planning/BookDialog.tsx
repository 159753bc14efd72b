import { Alert, Autocomplete, Button, FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { Controller, type FieldValues, type Resolver } from 'react-hook-form';
import * as z from 'zod';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { DeskSignDialog } from '../charter/DeskSignDialog';
import type { Target } from './BoardGrid';

type Summary = OutputOf<'members.list'>[number];
const CHANNELS = ['phone', 'email', 'walk_in', 'kiosk'] as const;

interface Values {
  member: Summary | null;
  visitorName: string;
  visitorContact: string;
  slot: 'am' | 'pm' | 'day';
  channel: (typeof CHANNELS)[number];
  note: string;
}

/** Type a few letters of the member’s name; ↓ and Enter pick them. Also used by the lounge’s form. */
export function MemberPicker({ value, onChange, autoFocus = true, error }: { value: Summary | null; onChange: (member: Summary | null) => void; autoFocus?: boolean; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const members = useApi('members.list', { search, status: 'active' }, { enabled: search.trim().length > 0, keepPrevious: true });
  return (
    <Autocomplete
      options={search.trim() ? (members.data ?? []).slice(0, 8) : []}
      value={value}
      onChange={(_, member) => onChange(member)}
      inputValue={search}
      onInputChange={(_, text) => setSearch(text)}
      filterOptions={(options) => options}
      getOptionLabel={(member) => `${member.firstName} ${member.lastName}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      noOptionsText={search.trim() ? t('planning.no_member') : t('planning.type_name')}
      renderInput={(params) => <TextField {...params} label={t('planning.member')} autoFocus={autoFocus} error={Boolean(error)} helperText={error} />}
    />
  );
}

interface Booker {
  member: Summary | null;
  visitorName: string;
  visitorContact: string;
}

/**
 * Who the booking is for, checked before sending: a member picked from the search, or a visitor's
 * name and a way to reach them (the server checks the same, but could not point at a hidden field).
 */
export function bookerResolver<V extends Booker & FieldValues>(visitor: boolean, t: TFunction): Resolver<V> {
  const schema = z.looseObject({}).superRefine((values, ctx) => {
    const booker = values as unknown as Booker;
    if (!visitor && !booker.member) ctx.addIssue({ code: 'custom', path: ['member'], message: t('planning.pick_member') });
    if (visitor && !booker.visitorName.trim()) ctx.addIssue({ code: 'custom', path: ['visitorName'], message: t('forms.required') });
    if (visitor && !booker.visitorContact.trim()) ctx.addIssue({ code: 'custom', path: ['visitorContact'], message: t('forms.required') });
  });
  return zodResolver(schema) as unknown as Resolver<V>;
}

/** A new booking of a free cell: who, which half-day(s), how it was asked for, a note. */
export function BookDialog({ target, onClose }: { target: Target; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [visitor, setVisitor] = useState(false);
  const empty: Values = { member: null, visitorName: '', visitorContact: '', slot: target.half, channel: 'phone', note: '' };
  const { form, submit, saveBar } = useContractForm<'bookings.book', Values>({
    method: 'bookings.book',
    defaultValues: empty,
    resolver: bookerResolver<Values>(visitor, t),
    // The member, the seat and the date are not typed here: their refusals (a taken cell) show above the buttons.
    fields: ['visitorName', 'visitorContact', 'slot', 'channel', 'note'],
    toInput: (values) => ({
      seat: target.seat,
      date: target.date,
      slot: values.slot,
      memberId: visitor ? null : (values.member?.id ?? null),
      visitorName: visitor ? values.visitorName : '',
      visitorContact: visitor ? values.visitorContact : '',
      channel: values.channel,
      note: values.note,
    }),
    toValues: () => empty,
    onSaved: onClose,
  });
  const title = t('planning.book_title', { seat: target.seat, date: formatDate(target.date, language) });
  return (
    <FormDialog open title={title} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('planning.book')}>
      <FormControlLabel control={<Switch checked={visitor} onChange={(event) => setVisitor(event.target.checked)} />} label={t('planning.visitor')} />
      {visitor ? (
        <Stack spacing={2}>
          <FormTextField control={form.control} name="visitorName" label={t('planning.visitor_name')} autoFocus required />
          <FormTextField control={form.control} name="visitorContact" label={t('planning.visitor_contact')} required />
        </Stack>
      ) : (
        <Controller
          control={form.control}
          name="member"
          render={({ field, fieldState }) => <MemberPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      )}
      {!visitor && <CharterWarning member={form.watch('member')} />}
      <FormTextField control={form.control} name="slot" label={t('planning.slot')} select>
        {(['am', 'pm', 'day'] as const).map((slot) => (
          <MenuItem key={slot} value={slot}>
            {t(`planning.slots.${slot}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={form.control} name="channel" label={t('planning.channel')} select>
        {CHANNELS.map((channel) => (
          <MenuItem key={channel} value={channel}>
            {t(`planning.channels.${channel}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={form.control} name="note" label={t('planning.note')} />
    </FormDialog>
  );
}

/** A member who has not signed the charter in force: the booking goes through, the desk is told, and may have it signed now. */
function CharterWarning({ member }: { member: Summary | null }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState(false);
  const [signed, setSigned] = useState<number>();
  if (!member || member.charterSigned || signed === member.id) return null;
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <Alert
      severity="warning"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={() => setSigning(true)}>
          {t('signature.sign_now')}
        </Button>
      }
    >
      {t('planning.must_sign', { name })}
      {signing && <DeskSignDialog memberId={member.id} name={name} onClose={() => setSigning(false)} onSigned={() => setSigned(member.id)} />}
    </Alert>
  );
}
