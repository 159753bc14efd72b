import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';

export type CallClass = OutputOf<'calls.classify'>['class'];

/** Neutral for what the line is lent for, blue for the usually re-billed, orange for what needs a look. */
const COLOURS: Record<CallClass, 'default' | 'info' | 'warning'> = {
  fr_landline: 'default',
  fr_mobile: 'info',
  fr_special: 'warning',
  fr_voip: 'default',
  overseas: 'info',
  international: 'info',
  invalid: 'warning',
};

/** Every class, in the order the filters list them. */
export const CALL_CLASSES = Object.keys(COLOURS) as CallClass[];

/** The kind of number a call went to, in words. */
export function CallClassChip({ callClass }: { callClass: CallClass }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={COLOURS[callClass]} label={t(`calls.classes.${callClass}`)} />;
}

/** `2:05` for 125 seconds. */
export function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
