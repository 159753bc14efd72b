import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../forms/FormTextField';
import { ACCOUNT_ROLES, JOURNAL_ROLES, type Accounting } from './accounting';

const code = { autoComplete: 'off', spellCheck: false, style: { fontFamily: 'monospace', textTransform: 'uppercase' } } as const;

/** What an account or journal is for: its name, and in small type what goes there. */
function RoleCell({ name, help }: { name: string; help: string }) {
  return (
    <TableCell component="th" scope="row">
      <Typography sx={{ fontWeight: 500 }}>{name}</Typography>
      <Typography variant="body2" color="text.secondary">
        {help}
      </Typography>
    </TableCell>
  );
}

/** The account plan: for each use, the account's number and label. */
export function AccountsTable({ control }: { control: Control<Accounting> }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('accountingSettings.accounts')} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '36%' }}>{t('accountingSettings.role')}</TableCell>
          <TableCell sx={{ width: '22%' }}>{t('accountingSettings.number')}</TableCell>
          <TableCell>{t('accountingSettings.label')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ACCOUNT_ROLES.map((role) => {
          const name = t(`accountingSettings.roles.${role}`);
          return (
            <TableRow key={role} data-account={role} sx={{ verticalAlign: 'top' }}>
              <RoleCell name={name} help={t(`accountingSettings.role_help.${role}`)} />
              <TableCell>
                <FormTextField
                  control={control}
                  name={`accounts.${role}.number`}
                  size="small"
                  fullWidth
                  slotProps={{ htmlInput: { ...code, maxLength: 20, 'aria-label': t('accountingSettings.number_of', { role: name }) } }}
                />
              </TableCell>
              <TableCell>
                <FormTextField
                  control={control}
                  name={`accounts.${role}.label`}
                  size="small"
                  fullWidth
                  slotProps={{ htmlInput: { maxLength: 60, 'aria-label': t('accountingSettings.label_of', { role: name }) } }}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The journals: for each, its code and label in the FEC. */
export function JournalsTable({ control }: { control: Control<Accounting> }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('accountingSettings.journals')} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '36%' }}>{t('accountingSettings.journal')}</TableCell>
          <TableCell sx={{ width: '22%' }}>{t('accountingSettings.code')}</TableCell>
          <TableCell>{t('accountingSettings.label')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {JOURNAL_ROLES.map((role) => {
          const name = t(`accountingSettings.journal_roles.${role}`);
          return (
            <TableRow key={role} data-journal={role} sx={{ verticalAlign: 'top' }}>
              <RoleCell name={name} help={t(`accountingSettings.journal_help.${role}`)} />
              <TableCell>
                <FormTextField
                  control={control}
                  name={`journals.${role}.code`}
                  size="small"
                  fullWidth
                  slotProps={{ htmlInput: { ...code, maxLength: 6, 'aria-label': t('accountingSettings.code_of', { journal: name }) } }}
                />
              </TableCell>
              <TableCell>
                <FormTextField
                  control={control}
                  name={`journals.${role}.label`}
                  size="small"
                  fullWidth
                  slotProps={{ htmlInput: { maxLength: 60, 'aria-label': t('accountingSettings.journal_label_of', { journal: name }) } }}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
