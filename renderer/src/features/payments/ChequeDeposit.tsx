import { Alert, Button, Checkbox, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OutputOf } from '../../../../main/api/contract';
import { useApi, useApiMutation } from '../../api/hooks';
import { useNotify } from '../../app/notify';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatCents, formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { DepositsList } from './DepositsList';

type Cheque = OutputOf<'payments.chequesToDeposit'>[number];

/** « Remise de chèques »: the cheques waiting (all ticked), the slip made of those ticked, and the slips made before. */
export function ChequeDeposit() {
  const errorText = useErrorText();
  const cheques = useApi('payments.chequesToDeposit', {});
  const settings = useApi('settings.get', {});
  const error = cheques.error ?? settings.error;
  return (
    <Stack spacing={3}>
      {error && <Alert severity="error">{errorText(error)}</Alert>}
      {cheques.data && settings.data && <WaitingCheques cheques={cheques.data} defaultBank={settings.data.invoicing.bankName} />}
      <DepositsList />
    </Stack>
  );
}

function WaitingCheques({ cheques, defaultBank }: { cheques: Cheque[]; defaultBank: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const notify = useNotify();
  const errorText = useErrorText();
  // Those left out, so that a cheque received while the screen is open arrives ticked.
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const [bank, setBank] = useState(defaultBank);
  const deposit = useApiMutation('payments.deposit', {
    onSuccess: (slip) => {
      notify(t('payments.deposit.done', { number: slip.number }));
      void navigate(`/payments/deposits/${slip.id}`);
    },
  });
  const ticked = cheques.filter((cheque) => !leftOut.has(cheque.paymentId));
  const total = ticked.reduce((sum, cheque) => sum + cheque.amountCents, 0);
  const toggle = (id: number) => setLeftOut((previous) => new Set(previous.has(id) ? [...previous].filter((other) => other !== id) : [...previous, id]));
  const allTicked = ticked.length === cheques.length;
  const toggleAll = () => setLeftOut(allTicked ? new Set(cheques.map((cheque) => cheque.paymentId)) : new Set());

  return (
    <Section
      title={t('payments.deposit.waiting')}
      action={
        cheques.length > 0 && (
          <Button variant="contained" disabled={ticked.length === 0 || deposit.isPending} onClick={() => deposit.mutate({ paymentIds: ticked.map((cheque) => cheque.paymentId), ...(bank.trim() && { bank: bank.trim() }) }, { onError: (error) => notify(errorText(error), 'error') })}>
            {t('payments.deposit.make')}
          </Button>
        )
      }
    >
      {cheques.length === 0 ? (
        <Typography color="text.secondary">{t('payments.deposit.none_waiting')}</Typography>
      ) : (
        <Stack spacing={1}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography role="status" sx={{ fontWeight: 500, flexGrow: 1, pt: 1 }}>
              {t('payments.deposit.selection', { count: ticked.length, total: formatCents(total, language) })}
            </Typography>
            <TextField label={t('payments.deposit.bank_label')} helperText={t('payments.deposit.bank_help')} value={bank} onChange={(event) => setBank(event.target.value)} sx={{ width: 320 }} slotProps={{ htmlInput: { maxLength: 80 } }} />
          </Stack>
          <Paper sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('payments.deposit.waiting')}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox checked={allTicked} indeterminate={!allTicked && ticked.length > 0} onChange={toggleAll} slotProps={{ input: { 'aria-label': t('payments.deposit.all') } }} />
                  </TableCell>
                  <TableCell>{t('payments.deposit.received')}</TableCell>
                  <TableCell>{t('payments.cheque_drawer')}</TableCell>
                  <TableCell>{t('payments.cheque_bank')}</TableCell>
                  <TableCell>{t('payments.cheque_number')}</TableCell>
                  <TableCell>{t('payments.columns.member')}</TableCell>
                  <TableCell align="right">{t('payments.columns.amount')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {cheques.map((cheque) => (
                  <TableRow key={cheque.paymentId} hover selected={!leftOut.has(cheque.paymentId)}>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={!leftOut.has(cheque.paymentId)}
                        onChange={() => toggle(cheque.paymentId)}
                        slotProps={{ input: { 'aria-label': t('payments.deposit.include', { number: cheque.number, drawer: cheque.drawer }) } }}
                      />
                    </TableCell>
                    <TableCell>{formatDate(cheque.date, language)}</TableCell>
                    <TableCell>{cheque.drawer}</TableCell>
                    <TableCell>{cheque.bank}</TableCell>
                    <TableCell>{cheque.number}</TableCell>
                    <TableCell>{cheque.memberName}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {formatCents(cheque.amountCents, language)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        </Stack>
      )}
    </Section>
  );
}
