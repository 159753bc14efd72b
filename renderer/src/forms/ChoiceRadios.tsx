import { Box, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface ChoiceRadiosProps<V extends FieldValues> {
  control: Control<V>;
  name: FieldPath<V>;
  choices: readonly string[];
  /** The choice's name and the sentence under it. */
  title: (choice: string) => string;
  help: (choice: string) => string;
  /** Named by a heading (`aria-labelledby`) or by a label. */
  labelledBy?: string;
  label?: string;
}

/** A form field choosing one of a few options, each with its name in bold and a sentence under it. */
export function ChoiceRadios<V extends FieldValues>({ control, name, choices, title, help, labelledBy, label }: ChoiceRadiosProps<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup {...field} aria-labelledby={labelledBy} aria-label={label}>
          {choices.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={
                <Box sx={{ py: 0.5 }}>
                  <Typography sx={{ fontWeight: 500 }}>{title(value)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {help(value)}
                  </Typography>
                </Box>
              }
            />
          ))}
        </RadioGroup>
      )}
    />
  );
}
