import { Autocomplete, TextField } from '@mui/material';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TAG_LIMITS, type Values } from './networkForm';
import { SUGGESTIONS, type TagField } from './suggestions';

/** Trimmed, without blanks or repeats, within the contract's bounds. */
const clean = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].slice(0, TAG_LIMITS.count);

/**
 * Families, labels or services: chosen among the usual ones or typed (Entrée adds it; leaving the
 * field adds what was typed, so that nothing typed is lost).
 */
export function TagsField({ control, name }: { control: Control<Values>; name: TagField }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          multiple
          freeSolo
          autoSelect
          filterSelectedOptions
          options={SUGGESTIONS[name]}
          value={field.value}
          onChange={(_, value) => field.onChange(clean(value))}
          onBlur={field.onBlur}
          slotProps={{ chip: { size: 'small' } }}
          renderInput={(params) => (
            <TextField
              {...params}
              inputRef={field.ref}
              label={t(`networkSettings.${name}`)}
              error={fieldState.invalid}
              helperText={fieldState.error?.message ?? t(`networkSettings.${name}_help`)}
              slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, maxLength: TAG_LIMITS.length } }}
            />
          )}
        />
      )}
    />
  );
}
