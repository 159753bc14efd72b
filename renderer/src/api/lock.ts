import type { QueryClient } from '@tanstack/react-query';
import type { OutputOf } from '../../../main/api/contract';

const STATUS_KEY = ['auth.status', {}] as const;

/**
 * Shows the lock screen at once and forgets every screen's data. The status is marked signed out
 * before anything refetches, so that no mounted screen keeps asking a locked server (and gets
 * refused, and asks again…); then the real status is read back.
 */
export function showLockScreen(queryClient: QueryClient): void {
  queryClient.setQueryData<OutputOf<'auth.status'>>(STATUS_KEY, (status) => (status ? { ...status, signedIn: null } : status));
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== STATUS_KEY[0] });
  void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
}
