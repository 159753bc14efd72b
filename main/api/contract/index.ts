import type { z } from 'zod';
import type { MethodSpec } from '../define';
import { appContract } from './app';
import { attendanceContract, plansContract } from './attendance';
import { auditContract } from './audit';
import { bookingsContract } from './bookings';
import { authContract } from './auth';
import { charterContract } from './charter';
import { kioskContract } from './kiosk';
import { callsContract } from './calls';
import { invoicesContract } from './invoices';
import { paymentsContract } from './payments';
import { accountingContract } from './accounting';
import { exportsContract } from './exports';
import { reportsContract } from './reports';
import { networkContract } from './network';
import { backupsContract } from './backups';
import { eventsContract } from './events';
import { calendarContract } from './calendar';
import { membersContract } from './members';
import { settingsContract } from './settings';
import { spaceContract } from './space';
import { staffContract } from './staff';
import { tariffsContract } from './tariffs';

/**
 * Every operation the interface, the HTTP bridge and the `relais` command can call: its input and
 * output schemas and the roles allowed. The IPC binding, the bridge and the CLI are derived from it.
 */
export const contract = {
  ...authContract,
  ...appContract,
  ...settingsContract,
  ...spaceContract,
  ...calendarContract,
  ...tariffsContract,
  ...staffContract,
  ...auditContract,
  ...membersContract,
  ...plansContract,
  ...attendanceContract,
  ...bookingsContract,
  ...charterContract,
  ...kioskContract,
  ...callsContract,
  ...invoicesContract,
  ...paymentsContract,
  ...accountingContract,
  ...exportsContract,
  ...reportsContract,
  ...eventsContract,
  ...networkContract,
  ...backupsContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a caller receives. */
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

export type { ApiError, ApiResult, ErrorCode, FieldError } from '../result';

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
