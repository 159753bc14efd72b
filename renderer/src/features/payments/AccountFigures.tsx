import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../format';
import { currentLanguage } from '../../i18n';

/** A member's account at a glance: what is still due, and the credit they have in hand. */
export function AccountFigures({ account }: { account: { dueCents: number; creditCents: number } }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figures = [
    ['due', account.dueCents, account.dueCents > 0 ? 'warning.dark' : 'text.primary'],
    ['credit', account.creditCents, account.creditCents > 0 ? 'success.dark' : 'text.primary'],
  ] as const;
  return (
    <Stack component="dl" direction="row" spacing={4} aria-label={t('payments.account.title')} sx={{ m: 0 }}>
      {figures.map(([key, cents, color]) => (
        <Box key={key} data-figure={key}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {t(`payments.account.${key}`)}
          </Typography>
          <Typography component="dd" sx={{ m: 0, fontWeight: 500, fontSize: '1.15rem', color }}>
            {formatCents(cents, language)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
