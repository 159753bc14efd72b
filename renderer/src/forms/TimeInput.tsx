import { TextField } from '@mui/material';

/** Reads `8:30`, `0830`, `8h30` or `8h` as `08:30`; anything else is left as typed for the check to refuse. */
export function normalizeTime(text: string): string {
  const match = /^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?|(\d{2}))?\s*$/.exec(text);
  if (!match) return text;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? 0);
  if (hours > 23 || minutes > 59) return text;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A 24-hour `HH:MM` text field, the same on every system (a native time input shows AM/PM on an
 * English one). People may type `8h30`; it becomes `08:30` when they leave the field.
 */
export function TimeInput({ value, onChange, label, ariaLabel, error, helperText }: { value: string; onChange: (value: string) => void; label?: string; ariaLabel?: string; error?: boolean; helperText?: string }) {
  return (
    <TextField
      label={label}
      value={value}
      placeholder="HH:MM"
      error={error}
      helperText={helperText}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => onChange(normalizeTime(event.target.value))}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, 'aria-label': ariaLabel } }}
    />
  );
}
