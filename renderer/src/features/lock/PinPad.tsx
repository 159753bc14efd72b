import BackspaceOutlined from '@mui/icons-material/BackspaceOutlined';
import { Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Large digit keys for a touch screen; the keyboard works as well. */
export function PinPad({ onDigit, onErase, disabled }: { onDigit: (digit: string) => void; onErase: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const key = (digit: string) => (
    <Button key={digit} variant="outlined" size="large" onClick={() => onDigit(digit)} disabled={disabled} sx={{ fontSize: '1.4rem', py: 1.25, '@media (max-height: 720px)': { py: 0.5 } }} tabIndex={-1}>
      {digit}
    </Button>
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1 }} role="group" aria-label={t('lock.keypad')}>
      {KEYS.map(key)}
      <Box />
      {key('0')}
      <Button variant="text" size="large" onClick={onErase} disabled={disabled} aria-label={t('lock.erase')} tabIndex={-1}>
        <BackspaceOutlined />
      </Button>
    </Box>
  );
}
