import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import type { Person } from './types';

const BIG = { fontSize: '1.35rem', py: 2, px: 3, minHeight: 64 };

/** « Bonjour ! » — a few letters of one's name, then one's name among a handful; or « Je suis nouveau ». */
export function KioskWelcome({ spaceName, onChosen, onNew }: { spaceName: string; onChosen: (person: Person, upToDate: boolean) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const [opening, setOpening] = useState<string>();
  const typed = query.trim();
  const found = useApi('kiosk.find', { query: typed }, { enabled: typed.length >= 2, keepPrevious: true });
  const people = typed.length >= 2 ? (found.data ?? []) : [];

  const choose = (person: Person) => {
    setOpening(undefined);
    call('kiosk.arrival', { memberId: person.memberId })
      .then((arrival) => onChosen(person, arrival.charter.upToDate))
      .catch((error: unknown) => setOpening(errorText(error)));
  };

  return (
    <Stack spacing={4}>
      <Box>
        <Typography variant="h1" sx={{ fontSize: { xs: '2rem', md: '2.6rem' }, mb: 1 }}>
          {t('kiosk.welcome', { space: spaceName || 'Relais' })}
        </Typography>
        <Typography sx={{ fontSize: '1.3rem' }} color="text.secondary">
          {t('kiosk.welcome_help')}
        </Typography>
      </Box>
      <TextField
        label={t('kiosk.your_name')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoFocus
        autoComplete="off"
        helperText={typed.length === 1 ? t('kiosk.more_letters') : ' '}
        sx={{ '& .MuiOutlinedInput-root': { bgcolor: 'background.paper' } }}
        slotProps={{ htmlInput: { style: { fontSize: '1.6rem', padding: '18px 16px' }, spellCheck: false } }}
      />
      {typed.length >= 2 && people.length === 0 && !found.isFetching && <Typography sx={{ fontSize: '1.2rem' }}>{t('kiosk.nobody')}</Typography>}
      {people.length > 0 && (
        <Box role="list" aria-label={t('kiosk.matches')} sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}>
          {people.map((person) => (
            <Box key={person.memberId} role="listitem" sx={{ display: 'grid' }}>
              <Button variant="outlined" sx={{ ...BIG, bgcolor: 'background.paper' }} onClick={() => choose(person)}>
                {person.label}
              </Button>
            </Box>
          ))}
        </Box>
      )}
      {opening && <Alert severity="error">{opening}</Alert>}
      <Box sx={{ pt: 2, borderTop: 1, borderColor: 'divider' }}>
        <Button variant="contained" size="large" startIcon={<PersonAddAlt1Outlined />} sx={BIG} onClick={onNew}>
          {t('kiosk.i_am_new')}
        </Button>
      </Box>
    </Stack>
  );
}
