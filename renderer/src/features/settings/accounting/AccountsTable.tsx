import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Control, FieldPath } from 'react-hook-form';
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

type Row = { role: string; name: string; help: string; code: { name: FieldPath<Accounting>; maxLength: number; aria: string }; label: { name: FieldPath<Accounting>; aria: string } };

/** A table of uses, each with its code (account number, journal code) and label, typed in place. */
function CodeTable({ control, caption, headers, rows, dataKey }: { control: Control<Accounting>; caption: string; headers: [string, string, string]; rows: Row[]; dataKey: 'data-account' | 'data-journal' }) {
  return (
    <Table size="small" aria-label={caption} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '36%' }}>{headers[0]}</TableCell>
          <TableCell sx={{ width: '22%' }}>{headers[1]}</TableCell>
          <TableCell>{headers[2]}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.role} {...{ [dataKey]: row.role }} sx={{ verticalAlign: 'top' }}>
            <RoleCell name={row.name} help={row.help} />
            <TableCell>
              <FormTextField
                control={control}
                name={row.code.name}
                size="small"
                fullWidth
                slotProps={{ htmlInput: { ...code, maxLength: row.code.maxLength, 'aria-label': row.code.aria } }}
              />
            </TableCell>
            <TableCell>
              <FormTextField control={control} name={row.label.name} size="small" fullWidth slotProps={{ htmlInput: { maxLength: 60, 'aria-label': row.label.aria } }} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The account plan: for each use, the account's number and label. */
export function AccountsTable({ control }: { control: Control<Accounting> }) {
  const { t } = useTranslation();
  const rows = ACCOUNT_ROLES.map((role): Row => {
    const name = t(`accountingSettings.roles.${role}`);
    return {
      role,
      name,
      help: t(`accountingSettings.role_help.${role}`),
      code: { name: `accounts.${role}.number`, maxLength: 20, aria: t('accountingSettings.number_of', { role: name }) },
      label: { name: `accounts.${role}.label`, aria: t('accountingSettings.label_of', { role: name }) },
    };
  });
  const headers: [string, string, string] = [t('accountingSettings.role'), t('accountingSettings.number'), t('accountingSettings.label')];
  return <CodeTable control={control} caption={t('accountingSettings.accounts')} headers={headers} rows={rows} dataKey="data-account" />;
}

/** The journals: for each, its code and label in the FEC. */
export function JournalsTable({ control }: { control: Control<Accounting> }) {
  const { t } = useTranslation();
  const rows = JOURNAL_ROLES.map((role): Row => {
    const name = t(`accountingSettings.journal_roles.${role}`);
    return {
      role,
      name,
      help: t(`accountingSettings.journal_help.${role}`),
      code: { name: `journals.${role}.code`, maxLength: 6, aria: t('accountingSettings.code_of', { journal: name }) },
      label: { name: `journals.${role}.label`, aria: t('accountingSettings.journal_label_of', { journal: name }) },
    };
  });
  const headers: [string, string, string] = [t('accountingSettings.journal'), t('accountingSettings.code'), t('accountingSettings.label')];
  return <CodeTable control={control} caption={t('accountingSettings.journals')} headers={headers} rows={rows} dataKey="data-journal" />;
}
