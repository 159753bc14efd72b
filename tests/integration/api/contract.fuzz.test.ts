import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../main/api/contract';
import type { Session } from '../../../main/api/session';
import { arbitraryFor } from '../../helpers/arbitrary';
import { dispatcherWithAdmin, expectOk, snapshot } from '../../helpers/db';

const ROLES = ['anonymous', 'kiosk', 'welcome', 'treasurer', 'admin'] as const;

describe('the contract under random calls', () => {
  it('never crashes the dispatcher, answers in both languages, and a refused call writes nothing', { timeout: 240_000 }, async () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const ids: Record<string, number> = { admin: 1 };
    for (const role of ['welcome', 'treasurer'] as const) {
      ids[role] = (expectOk(dispatch(admin, 'staff.add', { name: `Fuzz ${role}`, role, pin: '1357' })) as { id: number }).id;
    }
    // Some sessions have been idle for hours: their calls meet the idle lock.
    const session = (role: (typeof ROLES)[number], idle: boolean): Session => ({
      transport: 'test',
      staff: role === 'anonymous' || role === 'kiosk' ? null : { staffId: ids[role] ?? 1, name: role, role },
      lastActivityMs: idle ? 0 : Date.now(),
      kiosk: role === 'kiosk' ? { openedBy: 'Fuzz' } : null,
    });
    // Loading ten years of demonstration data takes seconds and makes every later snapshot heavy;
    // demo.load has its own tests (tests/integration/api/demo.test.ts, the CLI's).
    const methods = METHOD_NAMES.filter((name) => name !== 'demo.load');
    const call = fc.constantFrom(...methods).chain((method) =>
      fc.record({
        method: fc.constant(method),
        role: fc.constantFrom(...ROLES),
        idle: fc.boolean(),
        input: fc.oneof({ weight: 4, arbitrary: arbitraryFor(contract[method].input) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }),
      }),
    );
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(call, async ({ method, role, idle, input }) => {
        // A failed PIN is recorded on purpose (audit log, attempt counter) even though the call is
        // refused; so is a report the network did not accept (the log of what was sent).
        const except = ['auth.signIn', 'staff.changeOwnPin', 'kiosk.close'].includes(method)
          ? ['audit_log', 'staff']
          : method === 'network.send'
            ? ['network_sendings', 'audit_log']
            : [];
        const before = snapshot(db, except);
        const result = await dispatch(session(role, idle), method, input);
        if (result.ok) {
          accepted++;
          return;
        }
        refused++;
        expect(result.error.code, `${method} ${JSON.stringify(input)} ${result.error.messageEn}`).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(5);
        expect(result.error.messageEn.length).toBeGreaterThan(5);
        expect(snapshot(db, except), `${method} wrote while refused`).toBe(before);
      }),
      { numRuns: 3000, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
    expect(refused).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(50);
  });

  it('answers garbage method names and inputs without crashing', async () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (method, input) => {
        const result = await dispatch(admin, method as string, input);
        expect(result.ok ? 'ok' : result.error.code).not.toBe('internal');
      }),
      { numRuns: 500 },
    );
  });
});
