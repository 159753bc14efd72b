import { useEffect } from 'react';
import { useNavigate } from 'react-router';

// Outlives the frame, which the lock screen unmounts; a reload forgets it, and that is fine.
let lastStaffId: number | null | undefined;

/** Whoever unlocks after someone else starts on the home page, not on the screen the last person left open. */
export function useHomeForNextPerson(staffId: number | null): void {
  const navigate = useNavigate();
  useEffect(() => {
    if (lastStaffId !== undefined && lastStaffId !== staffId) void navigate('/', { replace: true });
    lastStaffId = staffId;
  }, [staffId, navigate]);
}
