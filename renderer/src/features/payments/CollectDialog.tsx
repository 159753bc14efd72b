import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { MemberPicker } from '../planning/BookDialog';
import { PaymentDialog } from './PaymentDialog';

type Summary = OutputOf<'members.list'>[number];

/** « Encaisser » from the payments screen: first who pays (a few letters, Enter), then the payment itself. */
export function CollectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [member, setMember] = useState<Summary | null>(null);
  const close = () => {
    setMember(null);
    onClose();
  };
  if (!open) return null;
  if (member) return <PaymentDialog open memberId={member.id} onClose={close} />;
  return (
    <Dialog open onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{t('payments.collect_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('payments.collect_text')}</DialogContentText>
        <MemberPicker value={member} onChange={setMember} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('actions.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
