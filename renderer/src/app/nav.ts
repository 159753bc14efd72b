import type { OutputOf } from '../../../main/api/contract';

type Role = NonNullable<OutputOf<'auth.status'>['signedIn']>['role'];

export interface NavItem {
  path: string;
  /** Key under `nav.` in the i18n files. */
  label: string;
  roles: readonly Role[];
  section?: 'settings';
  /** A screen reached from another one (a member's page), not from the menu. */
  hidden?: boolean;
}

const ALL: readonly Role[] = ['welcome', 'treasurer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const TREASURY: readonly Role[] = ['treasurer', 'admin'];

/** The screens that exist, and who sees them (the contract refuses the rest anyway). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'home', roles: ALL },
  { path: '/today', label: 'today', roles: ALL },
  { path: '/planning', label: 'planning', roles: ALL },
  { path: '/members', label: 'members', roles: ALL },
  { path: '/members/:memberId', label: 'member', roles: ALL, hidden: true },
  { path: '/calls', label: 'calls', roles: ALL },
  { path: '/events', label: 'events', roles: ALL },
  { path: '/calls/import', label: 'calls_import', roles: ALL, hidden: true },
  { path: '/charter', label: 'charter', roles: ALL },
  { path: '/billing', label: 'billing', roles: ALL },
  { path: '/invoices', label: 'invoices', roles: ALL },
  { path: '/invoices/:invoiceId', label: 'invoice', roles: ALL, hidden: true },
  { path: '/payments', label: 'payments', roles: ALL },
  { path: '/payments/deposits/:depositId', label: 'deposit_slip', roles: ALL, hidden: true },
  { path: '/overdue', label: 'overdue', roles: ALL },
  { path: '/reports', label: 'reports', roles: TREASURY },
  { path: '/exports', label: 'exports', roles: TREASURY },
  { path: '/closing', label: 'closing', roles: TREASURY },
  { path: '/network', label: 'network', roles: TREASURY },
  { path: '/settings/association', label: 'association', roles: ADMIN, section: 'settings' },
  { path: '/settings/space', label: 'space', roles: ADMIN, section: 'settings' },
  { path: '/settings/hours', label: 'hours', roles: ADMIN, section: 'settings' },
  { path: '/settings/tariffs', label: 'tariffs', roles: ADMIN, section: 'settings' },
  { path: '/settings/phone', label: 'phone', roles: ADMIN, section: 'settings' },
  { path: '/settings/invoicing', label: 'invoicing', roles: ADMIN, section: 'settings' },
  { path: '/settings/accounting', label: 'accounting', roles: TREASURY, section: 'settings' },
  { path: '/settings/network', label: 'network_settings', roles: ADMIN, section: 'settings' },
  { path: '/settings/staff', label: 'staff', roles: ADMIN, section: 'settings' },
  { path: '/backups', label: 'backups', roles: TREASURY, section: 'settings' },
  { path: '/journal', label: 'journal', roles: ALL, section: 'settings' },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
