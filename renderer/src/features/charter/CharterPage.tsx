import { Alert, Box, LinearProgress, Stack, Tab, Tabs } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { useErrorText } from '../../forms/errors';
import { PageHeader } from '../../forms/PageHeader';
import { CharterCurrent } from './CharterCurrent';
import { CharterEditor } from './CharterEditor';
import { CharterHistory } from './CharterHistory';
import { CharterSignStatus } from './CharterSignStatus';

const TABS = ['current', 'edit', 'history', 'signatures'] as const;
type TabKey = (typeof TABS)[number];

/**
 * The house-rules charter: the text in force, its editor (admins), its versions compared word by
 * word, and who must sign. The tab is kept in the address (`?tab=history`) so Back and links work.
 */
export function CharterPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const role = useApi('auth.status', {}).data?.signedIn?.role;
  const current = useApi('charter.show', {});
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((key) => key !== 'edit' || role === 'admin');
  const asked = params.get('tab');
  const tab = tabs.find((key) => key === asked) ?? 'current';
  const show = (key: TabKey) => setParams(key === 'current' ? {} : { tab: key }, { replace: true });
  // The saved version is read on its tab; the keyboard goes there too, not to the hidden editor.
  const showSaved = () => {
    show('current');
    requestAnimationFrame(() => document.getElementById(tabId('current'))?.focus());
  };

  return (
    <Stack spacing={2}>
      <PageHeader title={t('nav.charter')} intro={t('charter.intro')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_event, key: TabKey) => show(key)} aria-label={t('charter.tabs_label')}>
          {tabs.map((key) => (
            <Tab key={key} value={key} label={t(`charter.tabs.${key}`)} id={tabId(key)} aria-controls={panelId(key)} sx={TAB_SX} />
          ))}
        </Tabs>
      </Box>
      {current.error && <Alert severity="error">{errorText(current.error)}</Alert>}
      {!current.data && !current.error && <LinearProgress aria-label={t('app.loading')} />}
      {current.data && (
        <>
          <Panel tab="current" shown={tab}>
            {tab === 'current' && <CharterCurrent version={current.data} />}
          </Panel>
          {role === 'admin' && (
            // Always mounted: a draft survives a look at another tab.
            <Panel tab="edit" shown={tab}>
              <CharterEditor current={current.data} onSaved={showSaved} />
            </Panel>
          )}
          <Panel tab="history" shown={tab}>
            {tab === 'history' && <CharterHistory />}
          </Panel>
          <Panel tab="signatures" shown={tab}>
            {tab === 'signatures' && <CharterSignStatus />}
          </Panel>
        </>
      )}
    </Stack>
  );
}

// As the app's buttons (no capitals); the focus ring drawn inside, where the tab strip does not clip it.
const TAB_SX = { textTransform: 'none', fontSize: '0.95rem', '&.Mui-focusVisible': { outlineOffset: '-3px' } } as const;
const tabId = (key: TabKey) => `charter-tab-${key}`;
const panelId = (key: TabKey) => `charter-panel-${key}`;

function Panel({ tab, shown, children }: { tab: TabKey; shown: TabKey; children: ReactNode }) {
  return (
    <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} hidden={tab !== shown}>
      {children}
    </Box>
  );
}
