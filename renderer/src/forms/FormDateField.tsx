import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

/** A date picker (French format on screen) whose form value is `YYYY-MM-DD`. */
export function FormDateField<T extends FieldValues>({ name, control, label, autoFocus }: { name: Path<T>; control: Control<T>; label: string; autoFocus?: boolean }) {
  const { field, fieldState } = useController({ name, control });
  const value = typeof field.value === 'string' && field.value ? parseISO(field.value) : null;
  return (
    <DatePicker
      label={label}
      autoFocus={autoFocus}
      value={value}
      onChange={(date) => field.onChange(date && isValid(date) ? format(date, 'yyyy-MM-dd') : '')}
      slotProps={{ textField: { name: field.name, onBlur: field.onBlur, error: fieldState.invalid, helperText: fieldState.error?.message, fullWidth: true, size: 'small' } }}
    />
  );
}
