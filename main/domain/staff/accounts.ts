import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import { Refusal } from '../common/refusal';
import { hashPin } from './pin';
import type { AddStaffInput, SignedIn, StaffMember, UpdateStaffInput } from './schema';

interface StaffRow extends Omit<StaffMember, 'active'> {
  active: number;
  pinHash: string;
  failedPins: number;
}

const COLUMNS =
  'id, name, role, active, locked_until AS lockedUntil, created_at AS createdAt, pin_hash AS pinHash, failed_pins AS failedPins';

export function staffRow(db: Db, id: number): StaffRow {
  const row = sql(db, `SELECT ${COLUMNS} FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
  if (!row) throw new Refusal('errors.staff.not_found', {}, { code: 'not_found', field: 'staffId' });
  return row;
}

function toMember({ pinHash: _pin, failedPins: _failed, active, ...rest }: StaffRow): StaffMember {
  return { ...rest, active: active === 1 };
}

/** The account as it stands now, if it may still be signed in (it exists and is active). */
export function activeSignIn(db: Db, staffId: number): SignedIn | undefined {
  const row = sql(db, 'SELECT id AS staffId, name, role FROM staff WHERE id = ? AND active = 1').get(staffId) as SignedIn | undefined;
  return row;
}

export function listStaff(db: Db): StaffMember[] {
  const rows = sql(db, `SELECT ${COLUMNS} FROM staff ORDER BY active DESC, name COLLATE NOCASE`).all() as StaffRow[];
  return rows.map(toMember);
}

export function countStaff(db: Db): number {
  return (sql(db, 'SELECT count(*) AS n FROM staff').get() as { n: number }).n;
}

function refuseDuplicateName(db: Db, name: string, exceptId = 0): void {
  const same = sql(db, 'SELECT id FROM staff WHERE name = ? COLLATE NOCASE AND id <> ?').get(name, exceptId);
  if (same) throw new Refusal('errors.staff.name_taken', { name }, { code: 'conflict', field: 'name' });
}

export function addStaff(db: Db, input: AddStaffInput, at: string): StaffMember {
  refuseDuplicateName(db, input.name);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(input.name, input.role, hashPin(input.pin), at);
  return toMember(staffRow(db, Number(lastInsertRowid)));
}

function activeAdmins(db: Db): number {
  return (sql(db, "SELECT count(*) AS n FROM staff WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

/** Renames, changes the role or (de)activates; the space always keeps one active admin. */
export function updateStaff(db: Db, input: UpdateStaffInput): StaffMember {
  const current = staffRow(db, input.staffId);
  refuseDuplicateName(db, input.name, input.staffId);
  const losesAdmin = current.role === 'admin' && current.active === 1 && (input.role !== 'admin' || !input.active);
  if (losesAdmin && activeAdmins(db) <= 1) {
    throw new Refusal('errors.staff.last_admin', { name: current.name }, { field: input.active ? 'role' : 'active' });
  }
  sql(db, 'UPDATE staff SET name = ?, role = ?, active = ? WHERE id = ?').run(
    input.name,
    input.role,
    input.active ? 1 : 0,
    input.staffId,
  );
  return toMember(staffRow(db, input.staffId));
}

/** A new PIN set by an admin; it also lifts a lockout. */
export function resetPin(db: Db, staffId: number, pin: string): StaffMember {
  staffRow(db, staffId);
  sql(db, 'UPDATE staff SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?').run(hashPin(pin), staffId);
  return toMember(staffRow(db, staffId));
}

/** The first account of a new database, always an admin; refused once anyone exists. */
export function createFirstAdmin(db: Db, name: string, pin: string, at: string): StaffMember {
  if (countStaff(db) > 0) throw new Refusal('errors.staff.first_admin_exists', {}, { code: 'forbidden' });
  return addStaff(db, { name, role: 'admin', pin }, at);
}
