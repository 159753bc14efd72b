// Who last used this window. It outlives the frame, which the lock screen unmounts; a reload forgets it.
let lastStaffId: number | null | undefined;

export function rememberPerson(staffId: number | null): void {
  lastStaffId = staffId;
}

/** Whether whoever just unlocked is someone else than the last person: they start at home, not on the last screen. */
export function isSomeoneElse(staffId: number | null): boolean {
  return lastStaffId !== undefined && lastStaffId !== staffId;
}

/** After a restore the staff ids are the backup's: nobody is the last person any more. */
export function forgetLastPerson(): void {
  lastStaffId = undefined;
}
