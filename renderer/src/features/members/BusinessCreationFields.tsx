import { Checkbox, FormControlLabel, FormHelperText, Grid } from '@mui/material';
import { useState } from 'react';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import { FormDateField } from '../../forms/FormDateField';
import { todayIso } from '../../format';
import type { Values } from './MemberDialog';

/** Ticked but not dated is `''`: the form asks for the date rather than guessing one. */
export function businessCreatedOnSchema(t: TFunction) {
  return z
    .string()
    .nullable()
    .refine((date) => date === null || /^\d{4}-\d{2}-\d{2}$/.test(date), { error: t('members.business_date_missing') })
    .refine((date) => date === null || date <= todayIso(), { error: t('members.business_date_future') });
}

/** « A créé son activité en venant ici », and once ticked the day it was created (counted in the network report). */
export function BusinessCreationFields({ control, setValue }: { control: Control<Values>; setValue: UseFormSetValue<Values> }) {
  const { t } = useTranslation();
  const date = useWatch({ control, name: 'businessCreatedOn' });
  // The date field takes the focus only when the box has just been ticked, not when the dialog opens.
  const [justTicked, setJustTicked] = useState(false);
  const ticked = date !== null;
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={ticked}
              onChange={(event) => {
                setJustTicked(event.target.checked);
                setValue('businessCreatedOn', event.target.checked ? '' : null, { shouldDirty: true });
              }}
            />
          }
          label={t('members.business_created')}
        />
        <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{t('members.business_created_help')}</FormHelperText>
      </Grid>
      {ticked && (
        <Grid size={{ xs: 12, md: 6 }} offset={{ md: 6 }}>
          <FormDateField control={control} name="businessCreatedOn" label={t('members.business_created_on')} autoFocus={justTicked} />
        </Grid>
      )}
    </>
  );
}
