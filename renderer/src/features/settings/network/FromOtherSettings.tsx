import { Alert, Box, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OutputOf } from '../../../../../main/api/contract';
import { formatSiret } from '../../../format';
import { Definitions, Missing, OsmHours } from '../../network/Definitions';

type Settings = OutputOf<'settings.get'>;

/** What the identity card takes from the association's identity and opening hours, read-only, with where to change it. */
export function FromOtherSettings({ identity, hours }: { identity: Settings['identity']; hours: string }) {
  const { t } = useTranslation();
  const text = (value: string) => value || <Missing text={t('network.not_given')} />;
  const commune = [identity.postcode, identity.city].filter(Boolean).join(' ');
  const items = [
    { name: 'name', label: t('network.lieu.nom'), value: text(identity.name) },
    { name: 'legalForm', label: t('network.lieu.forme_juridique'), value: t(`legal_forms.${identity.legalForm}`) },
    { name: 'siret', label: t('network.lieu.siret'), value: text(formatSiret(identity.siret)) },
    { name: 'rna', label: t('network.lieu.rna'), value: text(identity.rna) },
    { name: 'commune', label: t('network.lieu.commune'), value: text(commune) },
    { name: 'inseeCode', label: t('network.lieu.code_insee'), value: text(identity.inseeCode) },
    { name: 'website', label: t('network.lieu.site_web'), value: text(identity.website) },
  ];
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mt: 2 }} data-from-other-settings>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {t('networkSettings.elsewhere.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('networkSettings.elsewhere.help')}
      </Typography>
      {identity.inseeCode === '' && (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {t('networkSettings.elsewhere.insee_missing')}
        </Alert>
      )}
      <Definitions items={items} />
      <Link component={RouterLink} to="/settings/association" sx={{ display: 'inline-block', mt: 1 }}>
        {t('networkSettings.elsewhere.edit_identity')}
      </Link>
      <Box sx={{ mt: 2 }}>
        <Definitions items={[{ name: 'hours', label: t('network.lieu.horaires'), value: <OsmHours hours={hours} /> }]} />
        <Link component={RouterLink} to="/settings/hours" sx={{ display: 'inline-block', mt: 1 }}>
          {t('networkSettings.elsewhere.edit_hours')}
        </Link>
      </Box>
      <Link component={RouterLink} to="/settings/space" sx={{ display: 'inline-block', mt: 2 }}>
        {t('networkSettings.elsewhere.edit_seats')}
      </Link>
    </Box>
  );
}
