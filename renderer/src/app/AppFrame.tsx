import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import EuroOutlined from '@mui/icons-material/EuroOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import CalendarViewWeekOutlined from '@mui/icons-material/CalendarViewWeekOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import PhoneInTalkOutlined from '@mui/icons-material/PhoneInTalkOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import RequestQuoteOutlined from '@mui/icons-material/RequestQuoteOutlined';
import NotificationImportantOutlined from '@mui/icons-material/NotificationImportantOutlined';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import TodayOutlined from '@mui/icons-material/TodayOutlined';
import TableRestaurantOutlined from '@mui/icons-material/TableRestaurantOutlined';
import InsertChartOutlined from '@mui/icons-material/InsertChartOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import LockClockOutlined from '@mui/icons-material/LockClockOutlined';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import CelebrationOutlined from '@mui/icons-material/CelebrationOutlined';
import HubOutlined from '@mui/icons-material/HubOutlined';
import ShareOutlined from '@mui/icons-material/ShareOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import { Box, Drawer, LinearProgress, List, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Toolbar } from '@mui/material';
import { lazy, Suspense, useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import type { OutputOf } from '../../../main/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { showLockScreen } from '../api/lock';
import { HomePage } from '../features/home/HomePage';
import { navFor } from './nav';
import { TopBar } from './TopBar';
import { UnsavedChangesGuard } from './unsaved';
import { rememberPerson } from './lastPerson';
import { useIdleLock } from './useIdleLock';

type Status = OutputOf<'auth.status'>;
type SignedIn = NonNullable<Status['signedIn']>;

const DRAWER_WIDTH = 232;

// Screens other than home load on first visit, so the lock screen and the home page open fast.
const AssociationPage = lazy(() => import('../features/settings/AssociationPage').then((m) => ({ default: m.AssociationPage })));
const SpacePage = lazy(() => import('../features/settings/SpacePage').then((m) => ({ default: m.SpacePage })));
const HoursPage = lazy(() => import('../features/settings/HoursPage').then((m) => ({ default: m.HoursPage })));
const TariffsPage = lazy(() => import('../features/settings/TariffsPage').then((m) => ({ default: m.TariffsPage })));
const StaffPage = lazy(() => import('../features/settings/StaffPage').then((m) => ({ default: m.StaffPage })));
const TodayPage = lazy(() => import('../features/attendance/TodayPage').then((m) => ({ default: m.TodayPage })));
const PlanningPage = lazy(() => import('../features/planning/PlanningPage').then((m) => ({ default: m.PlanningPage })));
const MembersPage = lazy(() => import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })));
const MemberPage = lazy(() => import('../features/members/MemberPage').then((m) => ({ default: m.MemberPage })));
const CallsPage = lazy(() => import('../features/calls/CallsPage').then((m) => ({ default: m.CallsPage })));
const ImportCallsPage = lazy(() => import('../features/calls/ImportCallsPage').then((m) => ({ default: m.ImportCallsPage })));
const PhonePolicyPage = lazy(() => import('../features/settings/PhonePolicyPage').then((m) => ({ default: m.PhonePolicyPage })));
const CharterPage = lazy(() => import('../features/charter/CharterPage').then((m) => ({ default: m.CharterPage })));
const BillingRunPage = lazy(() => import('../features/invoices/BillingRunPage').then((m) => ({ default: m.BillingRunPage })));
const InvoicesPage = lazy(() => import('../features/invoices/InvoicesPage').then((m) => ({ default: m.InvoicesPage })));
const InvoicePage = lazy(() => import('../features/invoices/InvoicePage').then((m) => ({ default: m.InvoicePage })));
const PaymentsPage = lazy(() => import('../features/payments/PaymentsPage').then((m) => ({ default: m.PaymentsPage })));
const DepositSlipPage = lazy(() => import('../features/payments/DepositSlipPage').then((m) => ({ default: m.DepositSlipPage })));
const OverduePage = lazy(() => import('../features/payments/OverduePage').then((m) => ({ default: m.OverduePage })));
const InvoicingSettingsPage = lazy(() => import('../features/settings/InvoicingSettingsPage').then((m) => ({ default: m.InvoicingSettingsPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ExportsPage = lazy(() => import('../features/exports/ExportsPage').then((m) => ({ default: m.ExportsPage })));
const ClosingPage = lazy(() => import('../features/closing/ClosingPage').then((m) => ({ default: m.ClosingPage })));
const AccountingSettingsPage = lazy(() => import('../features/settings/AccountingSettingsPage').then((m) => ({ default: m.AccountingSettingsPage })));
const NetworkPage = lazy(() => import('../features/network/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const NetworkSettingsPage = lazy(() => import('../features/settings/NetworkSettingsPage').then((m) => ({ default: m.NetworkSettingsPage })));
const EventsPage = lazy(() => import('../features/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const BackupsPage = lazy(() => import('../features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const AuditPage = lazy(() => import('../features/settings/AuditPage').then((m) => ({ default: m.AuditPage })));

const PAGES: Record<string, { icon: ReactElement; element: ReactElement }> = {
  '/': { icon: <HomeOutlined />, element: <HomePage /> },
  '/today': { icon: <TodayOutlined />, element: <TodayPage /> },
  '/planning': { icon: <CalendarViewWeekOutlined />, element: <PlanningPage /> },
  '/members': { icon: <PeopleOutlined />, element: <MembersPage /> },
  '/members/:memberId': { icon: <PeopleOutlined />, element: <MemberPage /> },
  '/calls': { icon: <PhoneInTalkOutlined />, element: <CallsPage /> },
  '/calls/import': { icon: <PhoneInTalkOutlined />, element: <ImportCallsPage /> },
  '/events': { icon: <CelebrationOutlined />, element: <EventsPage /> },
  '/charter': { icon: <GavelOutlined />, element: <CharterPage /> },
  '/billing': { icon: <RequestQuoteOutlined />, element: <BillingRunPage /> },
  '/invoices': { icon: <ReceiptLongOutlined />, element: <InvoicesPage /> },
  '/invoices/:invoiceId': { icon: <ReceiptLongOutlined />, element: <InvoicePage /> },
  '/payments': { icon: <PaymentsOutlined />, element: <PaymentsPage /> },
  '/payments/deposits/:depositId': { icon: <PaymentsOutlined />, element: <DepositSlipPage /> },
  '/overdue': { icon: <NotificationImportantOutlined />, element: <OverduePage /> },
  '/reports': { icon: <InsertChartOutlined />, element: <ReportsPage /> },
  '/exports': { icon: <FileDownloadOutlined />, element: <ExportsPage /> },
  '/closing': { icon: <LockClockOutlined />, element: <ClosingPage /> },
  '/network': { icon: <HubOutlined />, element: <NetworkPage /> },
  '/settings/accounting': { icon: <AccountTreeOutlined />, element: <AccountingSettingsPage /> },
  '/settings/network': { icon: <ShareOutlined />, element: <NetworkSettingsPage /> },
  '/settings/invoicing': { icon: <AccountBalanceOutlined />, element: <InvoicingSettingsPage /> },
  '/settings/association': { icon: <ApartmentOutlined />, element: <AssociationPage /> },
  '/settings/space': { icon: <TableRestaurantOutlined />, element: <SpacePage /> },
  '/settings/hours': { icon: <EventBusyOutlined />, element: <HoursPage /> },
  '/settings/tariffs': { icon: <EuroOutlined />, element: <TariffsPage /> },
  '/settings/phone': { icon: <PhoneOutlined />, element: <PhonePolicyPage /> },
  '/settings/staff': { icon: <BadgeOutlined />, element: <StaffPage /> },
  '/backups': { icon: <BackupOutlined />, element: <BackupsPage /> },
  '/journal': { icon: <HistoryOutlined />, element: <AuditPage /> },
};

/** The frame around every screen once someone is signed in: the bar, the navigation, the page. */
export function AppFrame({ status, signedIn }: { status: Status; signedIn: SignedIn }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  useEffect(() => rememberPerson(signedIn.staffId), [signedIn.staffId]);
  // A new screen starts at its top. (Block body: recent Chromium's scrollTo returns a promise, not a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
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
  const main = items.filter((item) => !item.section && !item.hidden);
  const settings = items.filter((item) => item.section === 'settings');

  const link = (item: (typeof items)[number]) => (
    <ListItemButton
      key={item.path}
      component={NavLink}
      to={item.path}
      end={item.path === '/'}
      sx={{ borderRadius: 2, mx: 1, '&.active': { bgcolor: 'action.selected', fontWeight: 500 } }}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>{PAGES[item.path]?.icon}</ListItemIcon>
      <ListItemText primary={t(`nav.${item.label}`)} />
    </ListItemButton>
  );

  return (
    <UnsavedChangesGuard>
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <TopBar status={status} signedIn={signedIn} onLock={() => lock()} />
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
          <Toolbar />
          <Box component="nav" aria-label={t('nav.label')}>
            <List>{main.map(link)}</List>
            {settings.length > 0 && (
              <List subheader={<ListSubheader disableSticky>{t('nav.settings')}</ListSubheader>}>{settings.map(link)}</List>
            )}
          </Box>
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, lg: 3 }, maxWidth: 1180 }}>
          <Toolbar />
          <Suspense fallback={<LinearProgress aria-label={t('app.loading')} />}>
            <Routes>
              {items.map((item) => (
                <Route key={item.path} path={item.path} element={PAGES[item.path]?.element} />
              ))}
              {/* A screen this role does not have, or no screen at all: back to the home page. */}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </Box>
      </Box>
    </UnsavedChangesGuard>
  );
}
