import { recoverFrom, recoveryStatus, type DamagedDatabase } from '../domain/backups/recovery';
import { Refusal } from '../domain/common/refusal';
import { bilingual, type MessageKey } from '../i18n';
import { contract } from './contract';
import type { Dispatch } from './dispatcher';
import type { ApiResult } from './result';
import { invalidInput } from './validation';

/**
 * The dispatcher of an app whose database failed its start check. Only the recovery screen's methods
 * answer (through the same contract entries and schemas); every other call is refused with
 * `recovery_needed`. `reopen` opens the file once a backup is in place and hands the transports a
 * normal dispatcher, which answers every later call.
 */
export function createRecoveryDispatch(damaged: DamagedDatabase, reopen: () => void): Dispatch {
  const failure = (code: 'recovery_needed' | 'unknown_method' | 'refused' | 'internal', reason: MessageKey, params = {}): ApiResult<never> => ({
    ok: false,
    error: { code, reason, ...bilingual(reason, params) },
  });

  function restore(input: unknown): ApiResult<unknown> {
    const parsed = contract['recovery.restore'].input.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues) };
    try {
      const { restored, damagedCopy } = recoverFrom(damaged, parsed.data.folder, parsed.data.name);
      try {
        reopen();
      } catch (error) {
        // The good copy is in place; opening it (a migration) failed: a restart says why, clearly.
        console.error('[relais] reopening after recovery failed', error);
        return failure('refused', 'errors.recovery.reopen_failed', { detail: error instanceof Error ? error.message : String(error) });
      }
      return { ok: true, value: { state: 'recovered', file: damaged.file, restored, damagedCopy } };
    } catch (error) {
      if (error instanceof Refusal) return failure('refused', error.reason, error.params);
      console.error('[relais] recovery failed', error);
      return failure('internal', 'errors.internal');
    }
  }

  const dispatch = (_session: unknown, method: string, input: unknown): ApiResult<unknown> => {
    if (method === 'recovery.status') return { ok: true, value: recoveryStatus(damaged) };
    if (method === 'recovery.restore') return restore(input);
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return failure('unknown_method', 'errors.unknown_method');
    return failure('recovery_needed', 'errors.recovery.needed');
  };
  return dispatch as Dispatch;
}
