import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi, useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useErrorText } from '../../forms/errors';
import { FormDateField } from '../../forms/FormDateField';
import { FormDialog } from '../../forms/FormDialog';
import { FormTextField } from '../../forms/FormTextField';
import { useContractForm } from '../../forms/useContractForm';
import { formatDate, todayIso } from '../../format';
import { currentLanguage } from '../../i18n';

type Closure = OutputOf<'calendar.closures'>[number];

/** The space's own closures (summer break, works): bookings will be refused on those days. */
export function ClosuresCard() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const errorText = useErrorText();
  const closures = useApi('calendar.closures', {});
  const remove = useApiMutation('calendar.removeClosure');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Closure>();
  const today = todayIso();
  const upcoming = (closures.data ?? []).filter((closure) => closure.endDate >= today);
  return (
    <Paper sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          {t('hours.closures')}
        </Typography>
        <Button startIcon={<AddOutlined />} variant="outlined" onClick={() => setAdding(true)}>
          {t('hours.add_closure')}
        </Button>
      </Box>
      {remove.error && <Alert severity="error">{errorText(remove.error)}</Alert>}
      {upcoming.length === 0 ? (
        <Typography color="text.secondary">{t('hours.no_closures')}</Typography>
      ) : (
        <Table size="small" aria-label={t('hours.closures')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('hours.from')}</TableCell>
              <TableCell>{t('hours.to')}</TableCell>
              <TableCell>{t('hours.reason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {upcoming.map((closure) => (
              <TableRow key={closure.id}>
                <TableCell>{formatDate(closure.startDate, language)}</TableCell>
                <TableCell>{formatDate(closure.endDate, language)}</TableCell>
                <TableCell>{closure.label}</TableCell>
                <TableCell align="right">
                  <Button size="small" color="inherit" onClick={() => setRemoving(closure)}>
                    {t('actions.delete')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <AddClosureDialog onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={t('hours.remove_closure_title', { label: removing.label })}
          text={t('hours.remove_closure_text', { from: formatDate(removing.startDate, language), to: formatDate(removing.endDate, language) })}
          confirmLabel={t('actions.delete')}
          onConfirm={() => remove.mutate({ closureId: removing.id })}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </Paper>
  );
}

function AddClosureDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const empty = { startDate: todayIso(), endDate: todayIso(), label: '' };
  const { form, submit, saveBar } = useContractForm<'calendar.addClosure', typeof empty>({
    method: 'calendar.addClosure',
    defaultValues: empty,
    fields: ['startDate', 'endDate', 'label'],
    toValues: () => empty,
    onSaved: onClose,
  });
  // Moving the first day past the last one moves the last one along.
  const startDate = useWatch({ control: form.control, name: 'startDate' });
  useEffect(() => {
    if (startDate && form.getValues('endDate') < startDate) form.setValue('endDate', startDate);
  }, [startDate, form]);
  return (
    <FormDialog open title={t('hours.add_closure')} onClose={onClose} onSubmit={submit} saving={saveBar.saving} error={saveBar.error} submitLabel={t('actions.add')}>
      <FormDateField control={form.control} name="startDate" label={t('hours.from')} autoFocus />
      <FormDateField control={form.control} name="endDate" label={t('hours.to')} />
      <FormTextField control={form.control} name="label" label={t('hours.reason')} placeholder={t('hours.reason_example')} required />
    </FormDialog>
  );
}
