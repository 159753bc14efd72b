import DrawOutlined from '@mui/icons-material/DrawOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { call } from '../../api/client';
import { useNotify } from '../../app/notify';
import { downloadBase64 } from '../../download';
import { useErrorText } from '../../forms/errors';
import { Section } from '../../forms/Section';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { DeskSignDialog } from './DeskSignDialog';

type Detail = OutputOf<'members.get'>;
type Signature = Detail['signatures'][number];

/** Whether the member signed the charter they must have signed, and a note of the other case. */
export function CharterStandingAlert({ detail, onSign }: { detail: Detail; onSign?: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { charter } = detail;
  if (charter.upToDate) {
    return <Typography>{t('signature.up_to_date', { version: charter.signedVersion, date: formatDateTime(charter.signedAt ?? '', language) })}</Typography>;
  }
  return (
    <Alert severity="warning" role="status" action={onSign && <Button color="inherit" startIcon={<DrawOutlined />} onClick={onSign}>{t('signature.sign_now')}</Button>}>
      {charter.signedVersion === null ? t('signature.never_signed', { version: charter.currentVersion }) : t('signature.must_sign_again', { signed: charter.signedVersion, version: charter.currentVersion })}
    </Alert>
  );
}

function drawingUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function SignatureRow({ signature }: { signature: Signature }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const errorText = useErrorText();
  const copy = async () => {
    try {
      const file = await call('charter.signedCopy', { signatureId: signature.id });
      downloadBase64(file.fileName, file.base64, 'application/pdf');
    } catch (error) {
      notify(errorText(error), 'error');
    }
  };
  const how = signature.method === 'kiosk' ? t('signature.at_kiosk') : signature.witness ? t('signature.at_desk_with', { witness: signature.witness }) : t('signature.at_desk');
  return (
    <TableRow>
      <TableCell>{t('signature.version', { version: signature.version })}</TableCell>
      <TableCell>{formatDateTime(signature.signedAt, language)}</TableCell>
      <TableCell>{how}</TableCell>
      <TableCell>{signature.svg ? <Box component="img" src={drawingUrl(signature.svg)} alt={t('signature.drawing_of', { name: signature.memberName })} sx={{ height: 40, maxWidth: 140, objectFit: 'contain' }} /> : '—'}</TableCell>
      <TableCell title={signature.textSha256} sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
        {signature.textSha256.slice(0, 12)}…
      </TableCell>
      <TableCell align="right">
        {signature.svg && (
          <Button size="small" startIcon={<PictureAsPdfOutlined />} onClick={() => void copy()} sx={{ whiteSpace: 'nowrap' }}>
            {t('signature.signed_copy')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

/** The member page's charter block: where they stand, sign now at the desk, every signature with its PDF. */
export function MemberCharterCard({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState(false);
  const { member } = detail;
  const canSign = member.status === 'active';
  return (
    <Section title={t('signature.section')}>
      <CharterStandingAlert detail={detail} onSign={canSign ? () => setSigning(true) : undefined} />
      {detail.signatures.length > 0 && (
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('signature.version_column')}</TableCell>
              <TableCell>{t('signature.signed_on')}</TableCell>
              <TableCell>{t('signature.how')}</TableCell>
              <TableCell>{t('signature.drawing')}</TableCell>
              <TableCell>{t('signature.hash')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.signatures.map((signature) => (
              <SignatureRow key={signature.id} signature={signature} />
            ))}
          </TableBody>
        </Table>
      )}
      {signing && <DeskSignDialog memberId={member.id} name={`${member.firstName} ${member.lastName}`} onClose={() => setSigning(false)} />}
    </Section>
  );
}
