import AddOutlined from '@mui/icons-material/AddOutlined';
import { Box, Button, Chip, InputAdornment, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import * as z from 'zod';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi } from '../../api/hooks';
import { FormTextField } from '../../forms/FormTextField';
import { wholeNumberBetween } from '../../forms/numbers';
import { PageHeader } from '../../forms/PageHeader';
import { SaveBar } from '../../forms/SaveBar';
import { useContractForm } from '../../forms/useContractForm';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { AddStaffDialog, EditStaffDialog, ResetPinDialog } from './StaffDialogs';

type Member = OutputOf<'staff.list'>[number];
type Editing = { kind: 'add' } | { kind: 'edit'; member: Member } | { kind: 'pin'; member: Member };

/** Who works at the front desk, with which role; PINs; and when the app locks itself. */
export function StaffPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const staff = useApi('staff.list', {});
  const settings = useApi('settings.get', {});
  const [editing, setEditing] = useState<Editing>();
  const close = () => setEditing(undefined);
  const lockedNow = (member: Member) => member.lockedUntil !== null && new Date(member.lockedUntil) > new Date();
  return (
    <Stack spacing={3}>
      <PageHeader
        title={t('nav.staff')}
        intro={t('staff.intro')}
        actions={
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing({ kind: 'add' })}>
            {t('staff.add')}
          </Button>
        }
      />
      <Paper>
        <Table aria-label={t('nav.staff')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('staff.name')}</TableCell>
              <TableCell>{t('staff.role')}</TableCell>
              <TableCell>{t('staff.status')}</TableCell>
              <TableCell align="right">{t('space.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {staff.data?.map((member) => (
              <TableRow key={member.id}>
                <TableCell>{member.name}</TableCell>
                <TableCell>{t(`roles.${member.role}`)}</TableCell>
                <TableCell>
                  {!member.active && <Chip size="small" label={t('staff.inactive')} />}
                  {member.active && lockedNow(member) && (
                    <Chip size="small" color="warning" label={t('staff.locked_until', { time: formatDateTime(member.lockedUntil ?? '', language) })} />
                  )}
                  {member.active && !lockedNow(member) && <Chip size="small" color="success" variant="outlined" label={t('staff.active')} />}
                </TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setEditing({ kind: 'edit', member })}>
                    {t('space.edit')}
                  </Button>
                  <Button size="small" onClick={() => setEditing({ kind: 'pin', member })}>
                    {t('staff.reset_pin')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {settings.data && <SecurityForm idleLockMinutes={settings.data.security.idleLockMinutes} />}
      {editing?.kind === 'add' && <AddStaffDialog onClose={close} />}
      {editing?.kind === 'edit' && <EditStaffDialog member={editing.member} onClose={close} />}
      {editing?.kind === 'pin' && <ResetPinDialog member={editing.member} onClose={close} />}
    </Stack>
  );
}

function SecurityForm({ idleLockMinutes }: { idleLockMinutes: number }) {
  const { t } = useTranslation();
  const resolver = useMemo(() => zodResolver(z.object({ idleLockMinutes: wholeNumberBetween(t, 1, 240) })), [t]);
  const { form, submit, saveBar } = useContractForm<'settings.updateSecurity', { idleLockMinutes: string }>({
    method: 'settings.updateSecurity',
    defaultValues: { idleLockMinutes: String(idleLockMinutes) },
    resolver,
    fields: ['idleLockMinutes'],
    toInput: (values) => ({ idleLockMinutes: Number(values.idleLockMinutes) }),
    toValues: (stored) => ({ idleLockMinutes: String(stored.idleLockMinutes) }),
  });
  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h2" gutterBottom>
        {t('staff.security')}
      </Typography>
      <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 360 }}>
        <FormTextField
          control={form.control}
          name="idleLockMinutes"
          label={t('staff.idle_lock')}
          helperText={t('staff.idle_lock_help')}
          slotProps={{ htmlInput: { inputMode: 'numeric' }, input: { endAdornment: <InputAdornment position="end">{t('staff.minutes')}</InputAdornment> } }}
        />
        <SaveBar {...saveBar} />
      </Box>
    </Paper>
  );
}
