import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notify';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { EVENT_FIELDS, emptyEvent, eventSchema, eventToValues, valuesToEvent, type EventValues, type SpaceEvent } from './eventForm';

/** Records a new event, or corrects one (`event` given): title first, the date defaults to today. */
export function EventDialog({ event, onClose, onSaved }: { event?: SpaceEvent; onClose: () => void; onSaved: (event: SpaceEvent) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [empty] = useState(emptyEvent);
  const resolver = useMemo(() => zodResolver(eventSchema(t)) as unknown as Resolver<EventValues>, [t]);
  const saved = (stored: SpaceEvent) => {
    notify(t(event ? 'events.updated' : 'events.added'));
    onSaved(stored);
    onClose();
  };
  const add = useContractForm<'events.add', EventValues>({
    method: 'events.add',
    defaultValues: empty,
    fields: EVENT_FIELDS,
    resolver,
    toInput: valuesToEvent,
    toValues: () => empty,
    onSaved: saved,
  });
  const edit = useContractForm<'events.update', EventValues>({
    method: 'events.update',
    defaultValues: event ? eventToValues(event) : empty,
    fields: EVENT_FIELDS,
    resolver,
    toInput: (values) => ({ eventId: event?.id ?? 0, ...valuesToEvent(values) }),
    toValues: eventToValues,
    onSaved: saved,
  });
  const { form, submit, saveBar } = event ? edit : add;

  return (
    <FormDialog
      open
      title={t(event ? 'events.edit_title' : 'events.add_title')}
      onClose={onClose}
      onSubmit={submit}
      saving={saveBar.saving}
      error={saveBar.error}
      submitLabel={event ? undefined : t('actions.add')}
    >
      <FormTextField control={form.control} name="title" label={t('events.title')} placeholder={t('events.title_example')} autoFocus required slotProps={{ htmlInput: { autoComplete: 'off' } }} />
      <FormDateField control={form.control} name="date" label={t('events.date')} />
      <FormTextField
        control={form.control}
        name="participants"
        label={t('events.participants')}
        helperText={t('events.participants_help')}
        required
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      />
    </FormDialog>
  );
}
