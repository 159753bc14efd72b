import { Link } from '@mui/material';
import { Trans } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApi } from '../../api/hooks';

/**
 * A sentence that sends to « Réglages › Réseau » (`i18nKey` marks it `<settings>…</settings>`): a
 * link for an admin, who can open that screen; plain text for a treasurer, who cannot.
 */
export function SettingsSentence({ i18nKey }: { i18nKey: string }) {
  const isAdmin = useApi('auth.status', {}).data?.signedIn?.role === 'admin';
  const settings = isAdmin ? <Link component={RouterLink} to="/settings/network" /> : <span />;
  return <Trans i18nKey={i18nKey} components={{ settings }} />;
}
