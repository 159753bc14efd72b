import { Box, Chip } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSiret } from '../../format';
import { currentLanguage } from '../../i18n';
import { formatCount } from '../reports/reportFormat';
import { Definitions, Missing, OsmHours } from './Definitions';
import { SectionCard } from './SectionCard';
import type { Report } from './types';

type Lieu = NonNullable<Report['lieu']>;

/** The report's legal-form codes and the interface's names for them (`legal_forms.*`). */
const LEGAL_FORM_KEYS: Record<Lieu['forme_juridique'], string> = {
  association: 'association',
  association_droit_local: 'association_local',
  scic: 'scic',
  scop: 'scop',
  sas: 'sas',
  sarl: 'sarl',
  entreprise_individuelle: 'ei',
  collectivite: 'collectivite',
  autre: 'other',
};

function Tags({ values, none }: { values: string[]; none: string }) {
  if (values.length === 0) return <Missing text={none} />;
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((value) => (
        <Chip key={value} label={value} size="small" variant="outlined" />
      ))}
    </Box>
  );
}

/** The identity card of the space as the network receives it: a label and its value per line. */
function LieuFields({ lieu }: { lieu: Lieu }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const text = (value: string | null) => value ?? <Missing text={t('network.not_given')} />;
  const tags = (values: string[]) => <Tags values={values} none={t('network.none')} />;
  const commune = [lieu.code_postal, lieu.commune].filter(Boolean).join(' ');
  const fields: [string, ReactNode][] = [
    ['nom', lieu.nom],
    ['forme_juridique', t(`legal_forms.${LEGAL_FORM_KEYS[lieu.forme_juridique]}`)],
    ['siret', lieu.siret === null ? text(null) : formatSiret(lieu.siret)],
    ['rna', text(lieu.rna)],
    ['commune', text(commune || null)],
    ['code_insee', text(lieu.code_insee)],
    ['identifiant_reseau', text(lieu.identifiant_reseau)],
    ['identifiant_recensement', text(lieu.identifiant_recensement)],
    ['familles', tags(lieu.familles)],
    ['labels', tags(lieu.labels)],
    ['services', tags(lieu.services)],
    ['horaires', <OsmHours key="hours" hours={lieu.horaires} />],
    ['surface_m2', lieu.surface_m2 === null ? text(null) : t('network.units.m2', { value: formatCount(lieu.surface_m2, language) })],
    ['postes_de_travail', formatCount(lieu.postes_de_travail, language)],
    ['salles_de_reunion', formatCount(lieu.salles_de_reunion, language)],
    ['site_web', text(lieu.site_web)],
  ];
  const items = fields.map(([name, value]) => ({ name, label: t(`network.lieu.${name}`), value }));
  // Who the space is, then what it offers: side by side where there is room.
  const split = items.findIndex((item) => item.name === 'familles');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 4, rowGap: 0.75 }}>
      <Definitions items={items.slice(0, split)} />
      <Definitions items={items.slice(split)} />
    </Box>
  );
}

export function LieuCard({ report }: { report: Report }) {
  return (
    <SectionCard section="lieu" shared={report.lieu !== null} wide>
      {report.lieu && <LieuFields lieu={report.lieu} />}
    </SectionCard>
  );
}
