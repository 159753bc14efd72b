import { zodResolver } from '@hookform/resolvers/zod';
import { Box, InputAdornment, Typography } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../main/api/contract';
import { FormTextField } from '../../../forms/FormTextField';
import { SaveBar } from '../../../forms/SaveBar';
import { useContractForm } from '../../../forms/useContractForm';
import { FromOtherSettings } from './FromOtherSettings';
import { FIELDS, toInput, toValues, valuesSchema, type Values } from './networkForm';
import { SectionSwitches } from './SectionSwitches';
import { TagsField } from './TagsField';

type Settings = OutputOf<'settings.get'>;

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, maxWidth: 880 } as const;
const number = (unit: string) => ({ htmlInput: { inputMode: 'numeric' as const, style: { textAlign: 'right' as const } }, input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } });

function Heading({ id, title, help }: { id?: string; title: string; help?: ReactNode }) {
  return (
    <>
      <Typography id={id} variant="h2" gutterBottom sx={{ mt: 4, '&:first-of-type': { mt: 0 } }}>
        {title}
      </Typography>
      {help && (
        <Typography color="text.secondary" variant="body2" sx={{ mb: 2, maxWidth: 760 }}>
          {help}
        </Typography>
      )}
    </>
  );
}

/** Réglages › Réseau: what the network is told about the space, what it may receive, and where reports go. */
export function NetworkForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const resolver = useMemo(() => zodResolver(valuesSchema(t)) as unknown as Resolver<Values>, [t]);
  const { form, submit, saveBar } = useContractForm<'settings.updateNetwork', Values>({
    method: 'settings.updateNetwork',
    defaultValues: toValues(settings.network),
    fields: FIELDS,
    resolver,
    toInput,
    toValues,
  });
  const { control } = form;
  const tokenSet = settings.network.token !== '';
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Heading title={t('networkSettings.card')} help={t('networkSettings.card_help')} />
      <Box sx={grid}>
        <FormTextField control={control} name="networkId" label={t('networkSettings.networkId')} helperText={t('networkSettings.networkId_help')} />
        <FormTextField control={control} name="censusId" label={t('networkSettings.censusId')} helperText={t('networkSettings.censusId_help')} />
      </Box>
      <Box sx={{ ...grid, gridTemplateColumns: '1fr', mt: 2 }}>
        <TagsField control={control} name="families" />
        <TagsField control={control} name="labels" />
        <TagsField control={control} name="placeServices" />
      </Box>
      <Box sx={{ ...grid, mt: 2 }}>
        <FormTextField control={control} name="surfaceM2" label={t('networkSettings.surfaceM2')} helperText={t('networkSettings.surfaceM2_help')} slotProps={number('m²')} />
      </Box>
      <FromOtherSettings identity={settings.identity} hours={settings.opening.hours} />

      <Heading id="network-sections-title" title={t('networkSettings.sections')} help={t('networkSettings.sections_help')} />
      <SectionSwitches control={control} labelledBy="network-sections-title" />

      <Heading title={t('networkSettings.privacy')} help={t('networkSettings.privacy_help')} />
      <Box sx={grid}>
        <FormTextField control={control} name="k" label={t('networkSettings.k')} helperText={t('networkSettings.k_help')} slotProps={number(t('networkSettings.people'))} />
      </Box>

      <Heading title={t('networkSettings.sending')} help={t('networkSettings.sending_help')} />
      <Box sx={grid}>
        <FormTextField control={control} name="url" type="url" label={t('networkSettings.url')} helperText={t('networkSettings.url_help')} placeholder="https://" sx={{ gridColumn: '1 / -1' }} />
        <FormTextField
          control={control}
          name="token"
          type="password"
          label={t('networkSettings.token')}
          helperText={t(tokenSet ? 'networkSettings.token_set_help' : 'networkSettings.token_help')}
          slotProps={{ htmlInput: { autoComplete: 'new-password', spellCheck: false } }}
        />
        <FormTextField control={control} name="timeoutSeconds" label={t('networkSettings.timeoutSeconds')} helperText={t('networkSettings.timeoutSeconds_help')} slotProps={number(t('networkSettings.seconds'))} />
      </Box>
      <SaveBar {...saveBar} />
    </Box>
  );
}
