import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** No event this year: what the page is for, and the way to record the first one. */
export function EventsEmpty({ year, onAdd }: { year: number; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 4, textAlign: 'center' }} data-testid="events-empty">
      <Typography sx={{ fontWeight: 500 }} gutterBottom>
        {t('events.none', { year })}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto', mb: 2 }}>
        {t('events.none_help')}
      </Typography>
      <Button variant="outlined" startIcon={<AddOutlined />} onClick={onAdd}>
        {t('events.add')}
      </Button>
    </Paper>
  );
}
