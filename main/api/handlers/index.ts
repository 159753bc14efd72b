import type { Contract } from '../contract';
import { appHandlers } from './app';
import { attendanceHandlers, plansHandlers } from './attendance';
import { auditHandlers } from './audit';
import { bookingsHandlers } from './bookings';
import { authHandlers } from './auth';
import { charterHandlers } from './charter';
import { kioskHandlers } from './kiosk';
import { callsHandlers } from './calls';
import { invoiceDocumentHandlers } from './invoice-documents';
import { invoicesHandlers } from './invoices';
import { paymentsHandlers } from './payments';
import { accountingHandlers } from './accounting';
import { exportsHandlers } from './exports';
import { reportsHandlers } from './reports';
import { networkHandlers } from './network';
import { backupsHandlers } from './backups';
import { eventsHandlers } from './events';
import { calendarHandlers } from './calendar';
import { membersHandlers } from './members';
import { settingsHandlers } from './settings';
import { spaceHandlers } from './space';
import { staffHandlers } from './staff';
import { tariffsHandlers } from './tariffs';
import type { HandlersFor } from './types';

export const handlers: HandlersFor<Contract> = {
  ...authHandlers,
  ...appHandlers,
  ...settingsHandlers,
  ...spaceHandlers,
  ...calendarHandlers,
  ...tariffsHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...membersHandlers,
  ...plansHandlers,
  ...attendanceHandlers,
  ...bookingsHandlers,
  ...charterHandlers,
  ...kioskHandlers,
  ...callsHandlers,
  ...invoicesHandlers,
  ...invoiceDocumentHandlers,
  ...paymentsHandlers,
  ...accountingHandlers,
  ...exportsHandlers,
  ...reportsHandlers,
  ...eventsHandlers,
  ...networkHandlers,
  ...backupsHandlers,
};
