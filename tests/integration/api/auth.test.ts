import type { ApiResult } from '../../../main/api/result';
import { describe, expect, it } from 'vitest';
import { SERVER_IDLE_GRACE_MINUTES } from '../../../main/api/access';
import { newSession } from '../../../main/api/session';
import { dispatcherWithAdmin, expectOk, manualClock, plain, signedIn, snapshot } from '../../helpers/db';

const auditActions = (db: ReturnType<typeof dispatcherWithAdmin>['db']) =>
  db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[];

describe('staff sign-in and the PIN lockout', () => {
  it('stores PINs as scrypt hashes, never in clear', () => {
    const { db } = dispatcherWithAdmin();
    const stored = db.prepare('SELECT pin_hash FROM staff').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('2468');
  });

  it('refuses a wrong PIN, counts down the attempts left, and records each failure', () => {
    const { db, dispatch } = dispatcherWithAdmin();
    const desk = newSession('test');
    const wrong = dispatch(desk, 'auth.signIn', { staffId: 1, pin: '0000' });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.error.reason).toBe('errors.auth.wrong_pin');
    expect(plain(wrong.error.message)).toBe('Code PIN incorrect. Essais restants avant un blocage de 5 minutes : 4.');
    expect(wrong.error.fields?.[0]?.field).toBe('pin');
    expect(desk.staff).toBeNull();
    expect(db.prepare('SELECT failed_pins FROM staff WHERE id = 1').pluck().get()).toBe(1);
    expect(auditActions(db)).toContain('sign_in_failed');
    // Nobody is signed in at the lock screen: whoever typed it is not known.
    expect(db.prepare("SELECT staff_id, actor FROM audit_log WHERE action = 'sign_in_failed'").get()).toEqual({ staff_id: null, actor: '—' });
    expectOk(dispatch(desk, 'auth.signIn', { staffId: 1, pin: '2468' }));
    expect(desk.staff?.name).toBe('Camille');
    expect(db.prepare('SELECT failed_pins FROM staff WHERE id = 1').pluck().get()).toBe(0);
  });

  it('locks the account for 5 minutes after 5 wrong PINs, even against the right PIN', () => {
    const clock = manualClock();
    const { db, dispatch } = dispatcherWithAdmin({ clock: clock.now });
    const desk = newSession('test');
    for (let attempt = 1; attempt <= 5; attempt++) expect(dispatch(desk, 'auth.signIn', { staffId: 1, pin: '1111' }).ok).toBe(false);
    const locked = dispatch(desk, 'auth.signIn', { staffId: 1, pin: '2468' });
    expect(!locked.ok && locked.error.reason).toBe('errors.auth.locked_out');
    // The clock reads 09:00 in Paris; the fifth wrong PIN came then, so the lock lasts until 09:05.
    expect(plain(!locked.ok && locked.error.message)).toContain('ce compte est bloqué jusqu’à 09:05');
    expect(auditActions(db)).toContain('locked_out');
    clock.advanceMinutes(4);
    expect(dispatch(desk, 'auth.signIn', { staffId: 1, pin: '2468' }).ok).toBe(false);
    clock.advanceMinutes(2);
    expectOk(dispatch(desk, 'auth.signIn', { staffId: 1, pin: '2468' }));
    expect(desk.staff?.role).toBe('admin');
  });

  it('lets an admin lift a lockout by setting a new PIN', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const member = expectOk(dispatch(admin, 'staff.add', { name: 'Lou', role: 'welcome', pin: '1234' })) as { id: number };
    const desk = newSession('test');
    for (let i = 0; i < 5; i++) dispatch(desk, 'auth.signIn', { staffId: member.id, pin: '9999' });
    expect(dispatch(desk, 'auth.signIn', { staffId: member.id, pin: '1234' }).ok).toBe(false);
    expectOk(dispatch(admin, 'staff.resetPin', { staffId: member.id, pin: '4321' }));
    expectOk(dispatch(desk, 'auth.signIn', { staffId: member.id, pin: '4321' }));
  });

  it('refuses the first-admin path once an admin exists', () => {
    const { dispatch } = dispatcherWithAdmin();
    const result = dispatch(newSession('test'), 'auth.createFirstAdmin', { name: 'Intrus', pin: '1234' });
    expect(!result.ok && result.error.code).toBe('forbidden');
  });

  it('locks a session left idle longer than the setting, and says so without writing anything', () => {
    const clock = manualClock();
    const { db, dispatch, admin } = dispatcherWithAdmin({ clock: clock.now });
    expectOk(dispatch(admin, 'settings.updateSecurity', { idleLockMinutes: 3 }));
    clock.advanceMinutes(2);
    expectOk(dispatch(admin, 'auth.keepAlive', {}));
    // The screen locks after 3 minutes; the server allows its grace on top, and no more.
    clock.advanceMinutes(3 + SERVER_IDLE_GRACE_MINUTES - 0.1);
    expectOk(dispatch(admin, 'space.layout', {}));
    clock.advanceMinutes(3 + SERVER_IDLE_GRACE_MINUTES + 0.1);
    const before = snapshot(db);
    const result = dispatch(admin, 'space.layout', {});
    expect(!result.ok && result.error.code).toBe('locked');
    expect(snapshot(db)).toBe(before);
    expect(admin.staff).toBeNull();
    const status = expectOk(dispatch(admin, 'auth.status', {})) as { signedIn: unknown };
    expect(status.signedIn).toBeNull();
  });

  it('records a lock the screen made by itself as an idle lock', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'auth.signOut', { reason: 'idle' }));
    expect(auditActions(db).at(-1)).toBe('idle_lock');
  });

  it('takes a deactivation or a change of role into account at once, even for someone signed in', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const other = expectOk(dispatch(admin, 'staff.add', { name: 'Dominique', role: 'admin', pin: '1357' })) as { id: number };
    const dominique = newSession('test');
    expectOk(dispatch(dominique, 'auth.signIn', { staffId: other.id, pin: '1357' }));
    expectOk(dispatch(admin, 'staff.update', { staffId: other.id, name: 'Dominique', role: 'welcome', active: true }));
    const demoted = dispatch(dominique, 'staff.add', { name: 'Sam', role: 'admin', pin: '1234' });
    expect(!demoted.ok && demoted.error.code).toBe('forbidden');
    expect(dominique.staff?.role).toBe('welcome');
    expectOk(dispatch(admin, 'staff.update', { staffId: other.id, name: 'Dominique', role: 'welcome', active: false }));
    const deactivated = dispatch(dominique, 'space.layout', {});
    expect(!deactivated.ok && deactivated.error.code).toBe('not_signed_in');
    expect(dominique.staff).toBeNull();
  });

  it('counts wrong current PINs towards the lockout when changing one’s own PIN', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    for (let i = 0; i < 5; i++) {
      const wrong = dispatch(admin, 'staff.changeOwnPin', { currentPin: '0000', newPin: '9999' });
      expect(!wrong.ok && wrong.error.fields?.[0]?.field).toBe('currentPin');
    }
    const right = dispatch(admin, 'staff.changeOwnPin', { currentPin: '2468', newPin: '9999' });
    expect(!right.ok && right.error.reason).toBe('errors.auth.locked_out');
    // Typed while signed in, for one's own account: the failures are Camille's.
    expect(db.prepare("SELECT staff_id, actor FROM audit_log WHERE action = 'locked_out'").get()).toEqual({ staff_id: 1, actor: 'Camille' });
  });

  it('signs out and records it', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'auth.signOut', {}));
    expect(admin.staff).toBeNull();
    expect(auditActions(db).at(-1)).toBe('sign_out');
    const after = dispatch(admin, 'space.layout', {});
    expect(!after.ok && after.error.code).toBe('not_signed_in');
  });
});

describe('roles', () => {
  it('refuses what a role may not do, and lets through what it may', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const welcome = signedIn(dispatch, admin, 'welcome');
    const treasurer = signedIn(dispatch, admin, 'treasurer');
    const identity = { name: 'X', legalForm: 'association', address: '', postcode: '', city: '', inseeCode: '', siret: '', rna: '', email: '', phone: '', website: '', logo: '' };
    for (const [session, method, input] of [
      [welcome, 'settings.updateIdentity', identity],
      [welcome, 'staff.list', {}],
      [treasurer, 'staff.add', { name: 'Y', role: 'admin', pin: '1234' }],
      [treasurer, 'space.retireSeat', { id: 1, on: '2026-12-01' }],
    ] as const) {
      const result = dispatch(session, method, input);
      expect(!result.ok && result.error.code, `${method}`).toBe('forbidden');
      expect(!result.ok && result.error.message).toContain('Votre rôle ne permet pas');
    }
    expect(dispatch(welcome, 'settings.get', {}).ok).toBe(true);
    expect(dispatch(treasurer, 'audit.list', {}).ok).toBe(true);
  });

  it('refuses everything but the public methods to nobody', () => {
    const { dispatch } = dispatcherWithAdmin();
    const nobody = newSession('test');
    expect(dispatch(nobody, 'auth.status', {}).ok).toBe(true);
    const refused = dispatch(nobody, 'settings.get', {});
    expect(!refused.ok && refused.error.code).toBe('not_signed_in');
  });

  it('checks the role before reading the input', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const welcome = signedIn(dispatch, admin, 'welcome');
    const result = dispatch(welcome, 'staff.add', { nonsense: true });
    expect(!result.ok && result.error.code).toBe('forbidden');
  });

  it('answers an unknown method with a clear refusal', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = dispatch(admin, name, {}) as ApiResult<unknown>;
      expect(!result.ok && result.error.code, name).toBe('unknown_method');
    }
  });
});
