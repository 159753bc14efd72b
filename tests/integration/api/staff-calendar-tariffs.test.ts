import { describe, expect, it } from 'vitest';
import { dispatcherWithAdmin, expectOk, plain, snapshot } from '../../helpers/db';

describe('staff accounts', () => {
  it('adds, renames and deactivates staff; never deletes them', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const lou = expectOk(dispatch(admin, 'staff.add', { name: 'Lou', role: 'welcome', pin: '12345' })) as { id: number };
    expectOk(dispatch(admin, 'staff.update', { staffId: lou.id, name: 'Lou B.', role: 'treasurer', active: false }));
    expect(db.prepare('SELECT name, role, active FROM staff WHERE id = ?').get(lou.id)).toEqual({ name: 'Lou B.', role: 'treasurer', active: 0 });
    const status = expectOk(dispatch(admin, 'auth.status', {})) as { staff: { name: string }[] };
    expect(status.staff.map((s) => s.name)).toEqual(['Camille']);
    expect(() => db.prepare('DELETE FROM staff').run()).toThrow(/never deleted/);
  });

  it('refuses bad PINs, duplicate names and an empty name, writing nothing', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const before = snapshot(db);
    for (const [input, field] of [
      [{ name: 'Lou', role: 'welcome', pin: '123' }, 'pin'],
      [{ name: 'Lou', role: 'welcome', pin: '123456789' }, 'pin'],
      [{ name: 'Lou', role: 'welcome', pin: '12a4' }, 'pin'],
      [{ name: 'camille', role: 'welcome', pin: '1234' }, 'name'],
      [{ name: '', role: 'welcome', pin: '1234' }, 'name'],
      [{ name: 'Lou', role: 'boss', pin: '1234' }, 'role'],
    ] as const) {
      const result = dispatch(admin, 'staff.add', input);
      expect(!result.ok && result.error.fields?.[0]?.field, JSON.stringify(input)).toBe(field);
    }
    expect(snapshot(db)).toBe(before);
  });

  it('always keeps an active administrator', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const demote = dispatch(admin, 'staff.update', { staffId: 1, name: 'Camille', role: 'welcome', active: true });
    expect(!demote.ok && demote.error.reason).toBe('errors.staff.last_admin');
    const deactivate = dispatch(admin, 'staff.update', { staffId: 1, name: 'Camille', role: 'admin', active: false });
    expect(!deactivate.ok && deactivate.error.fields?.[0]?.field).toBe('active');
    expectOk(dispatch(admin, 'staff.add', { name: 'Dominique', role: 'admin', pin: '1234' }));
    expectOk(dispatch(admin, 'staff.update', { staffId: 1, name: 'Camille', role: 'welcome', active: true }));
  });

  it('lets staff change their own PIN only with the current one', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const wrong = dispatch(admin, 'staff.changeOwnPin', { currentPin: '1111', newPin: '9999' });
    expect(!wrong.ok && wrong.error.fields?.[0]?.field).toBe('currentPin');
    expectOk(dispatch(admin, 'staff.changeOwnPin', { currentPin: '2468', newPin: '9999' }));
  });
});

describe('closures', () => {
  it('adds a closure, closes those days with its label, and removes it', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const closure = expectOk(dispatch(admin, 'calendar.addClosure', { startDate: '2026-08-03', endDate: '2026-08-21', label: 'Fermeture estivale' })) as { id: number };
    const day = expectOk(dispatch(admin, 'calendar.day', { date: '2026-08-10' })) as { open: boolean; label: { fr: string } };
    expect(day).toMatchObject({ open: false, reason: 'closure', label: { fr: 'Fermeture estivale' } });
    expectOk(dispatch(admin, 'calendar.removeClosure', { closureId: closure.id }));
    expect((expectOk(dispatch(admin, 'calendar.day', { date: '2026-08-10' })) as { open: boolean }).open).toBe(true);
  });

  it('refuses an end before the start, a date that does not exist, and an overlap', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'calendar.addClosure', { startDate: '2026-08-03', endDate: '2026-08-21', label: 'Été' }));
    const before = snapshot(db);
    const backwards = dispatch(admin, 'calendar.addClosure', { startDate: '2026-08-30', endDate: '2026-08-29', label: 'X' });
    expect(!backwards.ok && backwards.error.fields?.[0]?.field).toBe('endDate');
    const nonsense = dispatch(admin, 'calendar.addClosure', { startDate: '2026-02-30', endDate: '2026-03-01', label: 'X' });
    expect(!nonsense.ok && nonsense.error.fields?.[0]?.field).toBe('startDate');
    expect(plain(!nonsense.ok && nonsense.error.fields?.[0]?.message)).toBe('Écrivez AAAA-MM-JJ (exemple : 2026-11-22).');
    const overlap = dispatch(admin, 'calendar.addClosure', { startDate: '2026-08-20', endDate: '2026-08-25', label: 'Travaux' });
    expect(plain(!overlap.ok && overlap.error.message)).toContain('chevauchent la fermeture « Été »');
    expect(snapshot(db)).toBe(before);
  });
});

describe('tariffs', () => {
  it('start with sensible defaults in euros, excluding VAT', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const tariffs = expectOk(dispatch(admin, 'tariffs.list', {})) as { code: string; priceCents: number; quantity: number | null }[];
    expect(tariffs.map((t) => t.code)).toEqual(['half_day', 'day', 'carnet_half_days', 'carnet_days', 'permanent_month', 'membership_year', 'trainee_week']);
    expect(tariffs.every((t) => Number.isInteger(t.priceCents) && t.priceCents > 0)).toBe(true);
    expect(tariffs.find((t) => t.code === 'carnet_days')?.quantity).toBe(10);
  });

  it('updates prices and labels, and refuses a negative price or a carnet without size', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'tariffs.update', { tariffs: [{ code: 'day', label: 'Journée', priceCents: 1850, quantity: null, validityMonths: null }] }));
    expect(db.prepare("SELECT price_cents FROM tariffs WHERE code = 'day'").pluck().get()).toBe(1850);
    const before = snapshot(db);
    const negative = dispatch(admin, 'tariffs.update', { tariffs: [{ code: 'day', label: 'Journée', priceCents: -5, quantity: null, validityMonths: null }] });
    expect(!negative.ok && negative.error.fields?.[0]?.field).toBe('tariffs.0.priceCents');
    const huge = dispatch(admin, 'tariffs.update', { tariffs: [{ code: 'day', label: 'Journée', priceCents: 20_000_000, quantity: null, validityMonths: null }] });
    expect(plain(!huge.ok && huge.error.fields?.[0]?.message)).toBe('100 000,00 € au plus.');
    const carnet = dispatch(admin, 'tariffs.update', {
      tariffs: [
        { code: 'day', label: 'Journée', priceCents: 2000, quantity: null, validityMonths: null },
        { code: 'carnet_days', label: 'Carnet', priceCents: 15000, quantity: null, validityMonths: 12 },
      ],
    });
    expect(!carnet.ok && carnet.error.fields?.[0]?.field).toBe('tariffs.1.quantity');
    expect(snapshot(db)).toBe(before);
  });
});

describe('the audit log', () => {
  it('says which record changed and how, in words', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const lou = expectOk(dispatch(admin, 'staff.add', { name: 'Lou', role: 'welcome', pin: '1234' })) as { id: number };
    expectOk(dispatch(admin, 'staff.update', { staffId: lou.id, name: 'Lou', role: 'treasurer', active: true }));
    expectOk(dispatch(admin, 'tariffs.update', { tariffs: [{ code: 'day', label: 'Journée', priceCents: 1850, quantity: null, validityMonths: null }] }));
    expectOk(dispatch(admin, 'space.retireSeat', { id: 4, on: '2026-12-01' }));
    const page = expectOk(dispatch(admin, 'audit.list', { limit: 4 })) as { entries: { summary: { fr: string; en: string } }[] };
    const summaries = page.entries.map((entry) => plain(entry.summary.fr));
    expect(summaries[0]).toBe('A4 · Poste A4 · Date : 01/12/2026');
    expect(summaries[1]).toBe('Journée : 15,00 € → 18,50 €');
    expect(summaries[2]).toBe('Lou · Rôle : accueil → trésorerie');
    expect(summaries[3]).toContain('Code PIN : ••••');
    expect(page.entries[2]?.summary.en).toBe('Lou · Role: front desk → treasurer');
  });

  it('records settings changes with who did them, newest first, and cannot be altered', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'settings.updateSecurity', { idleLockMinutes: 15 }));
    const page = expectOk(dispatch(admin, 'audit.list', { limit: 1 })) as { entries: { action: string; actor: string; summary: { fr: string } }[]; more: boolean };
    expect(page.entries[0]).toMatchObject({ action: 'settings_changed', actor: 'Camille' });
    expect(plain(page.entries[0]?.summary.fr)).toBe('Verrouillage automatique : 10 min → 15 min');
    expect(page.more).toBe(true);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
