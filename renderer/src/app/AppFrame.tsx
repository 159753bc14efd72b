import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import EuroOutlined from '@mui/icons-material/EuroOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import TableRestaurantOutlined from '@mui/icons-material/TableRestaurantOutlined';
import {
  AppBar,
  Box,
  Button,
  Drawer,
  LinearProgress,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import type { OutputOf } from '../../../main/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { showLockScreen } from '../api/lock';
import { ChangePinDialog } from '../features/account/ChangePinDialog';
import { HomePage } from '../features/home/HomePage';
import { LanguageSwitch } from './LanguageSwitch';
import { navFor } from './nav';
import { useIdleLock } from './useIdleLock';

type Status = OutputOf<'auth.status'>;
type SignedIn = NonNullable<Status['signedIn']>;

const DRAWER_WIDTH = 248;

// Settings screens load on first visit, so the lock screen and the home page open fast.
const AssociationPage = lazy(() => import('../features/settings/AssociationPage').then((m) => ({ default: m.AssociationPage })));
const SpacePage = lazy(() => import('../features/settings/SpacePage').then((m) => ({ default: m.SpacePage })));
const HoursPage = lazy(() => import('../features/settings/HoursPage').then((m) => ({ default: m.HoursPage })));
const TariffsPage = lazy(() => import('../features/settings/TariffsPage').then((m) => ({ default: m.TariffsPage })));
const StaffPage = lazy(() => import('../features/settings/StaffPage').then((m) => ({ default: m.StaffPage })));
const AuditPage = lazy(() => import('../features/settings/AuditPage').then((m) => ({ default: m.AuditPage })));

const PAGES: Record<string, { icon: ReactElement; element: ReactElement }> = {
  '/': { icon: <HomeOutlined />, element: <HomePage /> },
  '/settings/association': { icon: <ApartmentOutlined />, element: <AssociationPage /> },
  '/settings/space': { icon: <TableRestaurantOutlined />, element: <SpacePage /> },
  '/settings/hours': { icon: <EventBusyOutlined />, element: <HoursPage /> },
  '/settings/tariffs': { icon: <EuroOutlined />, element: <TariffsPage /> },
  '/settings/staff': { icon: <BadgeOutlined />, element: <StaffPage /> },
  '/journal': { icon: <HistoryOutlined />, element: <AuditPage /> },
};

/** The frame around every screen once someone is signed in: the bar, the navigation, the page. */
export function AppFrame({ status, signedIn }: { status: Status; signedIn: SignedIn }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [changingPin, setChangingPin] = useState(false);
  const lock = (reason?: 'idle') => {
    void call('auth.signOut', { reason })
      .catch(() => undefined)
      .finally(() => showLockScreen(queryClient));
  };
  useIdleLock(
    status.idleLockMinutes,
    () => lock('idle'),
    () => void call('auth.keepAlive', {}).catch(() => undefined),
  );
  const items = navFor(signedIn.role);
  const main = items.filter((item) => !item.section);
  const settings = items.filter((item) => item.section === 'settings');

  const link = (item: (typeof items)[number]) => (
    <ListItemButton
      key={item.path}
      component={NavLink}
      to={item.path}
      end
      sx={{ borderRadius: 2, mx: 1, '&.active': { bgcolor: 'action.selected', fontWeight: 500 } }}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>{PAGES[item.path]?.icon}</ListItemIcon>
      <ListItemText primary={t(`nav.${item.label}`)} />
    </ListItemButton>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" color="inherit" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ color: 'primary.main', fontWeight: 700 }}>
            Relais
          </Typography>
          <Typography variant="body1" color="text.secondary" sx={{ flexGrow: 1 }} noWrap>
            {status.spaceName}
          </Typography>
          <LanguageSwitch />
          <Button color="inherit" startIcon={<AccountCircleOutlined />} onClick={() => setChangingPin(true)} title={t('account.change_pin')}>
            {signedIn.name} · {t(`roles.${signedIn.role}`)}
          </Button>
          <Button variant="outlined" startIcon={<LockOutlined />} onClick={() => lock()}>
            {t('app.lock')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar />
        <Box component="nav" aria-label={t('nav.label')}>
          <List>{main.map(link)}</List>
          {settings.length > 0 && (
            <List subheader={<ListSubheader disableSticky>{t('nav.settings')}</ListSubheader>}>{settings.map(link)}</List>
          )}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, maxWidth: 1180 }}>
        <Toolbar />
        <Suspense fallback={<LinearProgress aria-label={t('app.loading')} />}>
          <Routes>
            {items.map((item) => (
              <Route key={item.path} path={item.path} element={PAGES[item.path]?.element} />
            ))}
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Suspense>
      </Box>
      {changingPin && <ChangePinDialog onClose={() => setChangingPin(false)} />}
    </Box>
  );
}
