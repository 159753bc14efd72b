import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { dispatcherWithAdmin, expectOk, manualClock, plain, snapshot } from '../../helpers/db';
import { addMember, LOU } from '../../helpers/members';

function setUp() {
  const clock = manualClock('2026-11-23T09:00:00+01:00'); // a Monday
  const space = dispatcherWithAdmin({ clock: clock.now });
  return { ...space, clock, desk: cliSession() };
}

describe('members', () => {
  it('registers a member with a normalised phone and finds them by name, e-mail or phone', () => {
    const { dispatch, desk } = setUp();
    const id = addMember(dispatch, desk);
    const member = expectOk(dispatch(desk, 'members.get', { memberId: id })) as { member: Record<string, unknown> };
    expect(member.member).toMatchObject({ firstName: 'Lou', phone: '+33612345678', kmToSpace: 4.5, status: 'active', joinedOn: '2026-11-23' });
    for (const search of ['garnier', 'LOU GAR', 'lou.garnier@', '0612345678', '06 12 34']) {
      const found = expectOk(dispatch(desk, 'members.list', { search })) as { id: number }[];
      expect(found.map((m) => m.id), search).toEqual([id]);
    }
    expect(expectOk(dispatch(desk, 'members.list', { search: 'hélène' }))).toEqual([]);
  });

  it('warns about a possible duplicate, names it, and creates only when staff confirm', () => {
    const { db, dispatch, desk } = setUp();
    const first = addMember(dispatch, desk);
    const before = snapshot(db);
    const again = dispatch(desk, 'members.add', { ...LOU, phone: '', email: 'LOU.GARNIER@example.org' });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('conflict');
    expect(plain(again.error.message)).toContain('Une fiche existe peut-être déjà : « Lou Garnier »');
    expect(again.error.details).toEqual({ duplicates: [expect.objectContaining({ id: first, firstName: 'Lou' })] });
    expect(snapshot(db)).toBe(before);
    const sameNameAndPhone = dispatch(desk, 'members.add', { ...LOU, email: 'autre@example.org' });
    expect(!sameNameAndPhone.ok && sameNameAndPhone.error.code).toBe('conflict');
    expectOk(dispatch(desk, 'members.add', { ...LOU, email: 'autre@example.org', confirmDuplicate: true }));
    expect((expectOk(dispatch(desk, 'members.list', { search: 'garnier' })) as unknown[]).length).toBe(2);
  });

  const BAD: [string, Record<string, unknown>, string][] = [
    ['email', { email: 'lou@' }, 'email'],
    ['phone', { phone: '06 12' }, 'phone'],
    ['organisation SIREN with a wrong key', { organisationName: 'Garnier Conseil', organisationSiren: '123456789' }, 'organisationSiren'],
    ['distances without consent', { commuteConsent: false }, 'commuteConsent'],
    ['profile', { profile: 'retraité' }, 'profile'],
  ];
  for (const [what, change, field] of BAD) {
    it(`refuses a bad ${what}, naming the field, writing nothing`, () => {
      const { db, dispatch, desk } = setUp();
      const before = snapshot(db);
      const result = dispatch(desk, 'members.add', { ...LOU, ...change });
      expect(!result.ok && result.error.fields?.map((f) => f.field)).toEqual([field]);
      expect(snapshot(db)).toBe(before);
    });
  }

  it('bills through an organisation shared by its members, found again by SIREN', () => {
    const { db, dispatch, desk } = setUp();
    const organisation = { organisationName: 'Vignobles Garnier', organisationSiren: '123 456 782', organisationAddress: 'Pomerol' };
    addMember(dispatch, desk, { ...organisation });
    addMember(dispatch, desk, { ...organisation, firstName: 'Sam', email: 'sam@example.org', phone: '' });
    expect(db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1);
  });
});

describe('memberships', () => {
  it('runs by calendar year, or for twelve months from the day taken, at the tariff of the day', () => {
    const { dispatch, desk, admin } = setUp();
    const id = addMember(dispatch, desk);
    const calendar = expectOk(dispatch(desk, 'memberships.add', { memberId: id, startDate: '2026-03-15' })) as Record<string, unknown>;
    expect(calendar).toMatchObject({ startDate: '2026-01-01', endDate: '2026-12-31', priceCents: 1500, paidOn: null });
    const overlap = dispatch(desk, 'memberships.add', { memberId: id, startDate: '2026-11-23' });
    expect(plain(!overlap.ok && overlap.error.message)).toBe('Ce membre est déjà adhérent jusqu’au 31/12/2026.');
    expectOk(dispatch(admin, 'settings.updateMembership', { period: 'rolling' }));
    const rolling = expectOk(dispatch(desk, 'memberships.add', { memberId: id, startDate: '2027-02-10', paid: true })) as Record<string, unknown>;
    expect(rolling).toMatchObject({ startDate: '2027-02-10', endDate: '2028-02-09', paidOn: '2026-11-23' });
  });

  it('flags members whose membership lapsed', () => {
    const { dispatch, desk } = setUp();
    const upToDate = addMember(dispatch, desk);
    const lapsed = addMember(dispatch, desk, { firstName: 'Sam', email: 'sam@example.org', phone: '' });
    expectOk(dispatch(desk, 'memberships.add', { memberId: upToDate, startDate: '2026-01-10' }));
    expectOk(dispatch(desk, 'memberships.add', { memberId: lapsed, startDate: '2025-06-01' }));
    const list = expectOk(dispatch(desk, 'members.list', {})) as { id: number; membershipLapsed: boolean; membershipUntil: string }[];
    expect(list.find((m) => m.id === upToDate)).toMatchObject({ membershipLapsed: false, membershipUntil: '2026-12-31' });
    expect(list.find((m) => m.id === lapsed)).toMatchObject({ membershipLapsed: true, membershipUntil: '2025-12-31' });
  });
});

describe('plans', () => {
  it('freezes the price of a permanent desk when it is taken, whatever the tariff becomes', () => {
    const { dispatch, desk, admin } = setUp();
    const id = addMember(dispatch, desk);
    const plan = expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: id, seatId: 1, startDate: '2026-11-01' })) as { id: number; priceCents: number };
    expect(plan.priceCents).toBe(15000);
    expectOk(dispatch(admin, 'tariffs.update', { tariffs: [{ code: 'permanent_month', label: 'Poste permanent (mois)', priceCents: 19000, quantity: null, validityMonths: null }] }));
    const after = expectOk(dispatch(desk, 'members.get', { memberId: id })) as { plans: { id: number; priceCents: number }[] };
    expect(after.plans.find((p) => p.id === plan.id)?.priceCents).toBe(15000);
  });

  it('gives a permanent desk to one member at a time, and only a permanent desk', () => {
    const { dispatch, desk } = setUp();
    const lou = addMember(dispatch, desk);
    const sam = addMember(dispatch, desk, { firstName: 'Sam', email: 'sam@example.org', phone: '' });
    expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: lou, seatId: 1, startDate: '2026-11-01', endDate: '2027-01-31' }));
    const taken = dispatch(desk, 'plans.add', { kind: 'permanent', memberId: sam, seatId: 1, startDate: '2027-01-01' });
    expect(plain(!taken.ok && taken.error.message)).toContain('Le poste A1 est déjà attribué à Lou Garnier');
    expectOk(dispatch(desk, 'plans.add', { kind: 'permanent', memberId: sam, seatId: 1, startDate: '2027-02-01' }));
    const dropIn = dispatch(desk, 'plans.add', { kind: 'permanent', memberId: sam, seatId: 4, startDate: '2027-03-01' });
    expect(!dropIn.ok && dropIn.error.reason).toBe('errors.plans.seat_not_permanent');
  });

  it('refuses an end before the start and a negative carnet size, naming the field, writing nothing', () => {
    const { db, dispatch, desk } = setUp();
    const id = addMember(dispatch, desk);
    const before = snapshot(db);
    const backwards = dispatch(desk, 'plans.add', { kind: 'trainee', memberId: id, seatId: 8, startDate: '2026-12-10', endDate: '2026-12-01', trainingOrganisation: 'GRETA' });
    expect(!backwards.ok && backwards.error.fields?.map((f) => f.field)).toEqual(['endDate']);
    const negative = dispatch(desk, 'plans.add', { kind: 'carnet', memberId: id, unit: 'half_day', startDate: '2026-11-23', quantity: -10 });
    expect(!negative.ok && negative.error.fields?.map((f) => f.field)).toEqual(['quantity']);
    expect(plain(!negative.ok && negative.error.fields?.[0]?.message)).toBe('Au moins 1.');
    expect(snapshot(db)).toBe(before);
  });

  it('sells a carnet with its size, validity and price from the tariffs', () => {
    const { dispatch, desk } = setUp();
    const id = addMember(dispatch, desk);
    const carnet = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: id, unit: 'day', startDate: '2026-11-23' }));
    expect(carnet).toMatchObject({ quantity: 10, remaining: 10, endDate: '2027-11-22', priceCents: 13000, state: 'active' });
    const small = expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: id, unit: 'half_day', startDate: '2026-11-23', quantity: 5 }));
    expect(small).toMatchObject({ quantity: 5, priceCents: 3500 });
  });
});

describe('the right of access and the right to erasure', () => {
  /** Every text value of every table, to look for what should no longer be there. */
  function everyText(db: ReturnType<typeof setUp>['db']): string {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const texts: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const value of Object.values(row)) if (typeof value === 'string') texts.push(value);
      }
    }
    return texts.join('\n').toLowerCase();
  }

  it('exports everything held about a member, as JSON and as a page where nothing is interpreted', () => {
    const { dispatch, desk } = setUp();
    const id = addMember(dispatch, desk, { notes: '<script>alert(1)</script>' });
    expectOk(dispatch(desk, 'memberships.add', { memberId: id, startDate: '2026-01-05' }));
    const exported = expectOk(dispatch(desk, 'members.export', { memberId: id })) as { data: { member: { email: string }; memberships: unknown[] }; html: string; fileName: string };
    expect(exported.data.member.email).toBe('lou.garnier@example.org');
    expect(exported.data.memberships).toHaveLength(1);
    expect(exported.html).toContain('Données personnelles — Lou Garnier');
    expect(exported.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(exported.html).not.toContain('<script>');
    expect(exported.fileName).toBe(`relais-membre-${id}-2026-11-23`);
  });

  it('anonymises a member who left: no trace of their name, e-mail or phone anywhere, their history kept', () => {
    const { db, dispatch, desk, admin, clock } = setUp();
    const id = addMember(dispatch, desk, { organisationName: 'Garnier Traductions', organisationAddress: 'Libourne' });
    const other = addMember(dispatch, desk, { firstName: 'Sam', lastName: 'Morel', email: 'sam@example.org', phone: '', address: '1 rue Haute', notes: '' });
    expectOk(dispatch(desk, 'memberships.add', { memberId: id, startDate: '2026-01-05', paid: true }));
    expectOk(dispatch(desk, 'plans.add', { kind: 'carnet', memberId: id, unit: 'half_day', startDate: '2026-11-01' }));
    expectOk(dispatch(desk, 'attendance.checkIn', { memberId: id }));
    expectOk(dispatch(admin, 'members.update', { memberId: id, ...{ firstName: 'Lou', lastName: 'Garnier', email: 'lou.garnier@example.org', phone: '06 12 34 56 78', profile: 'independent' }, notes: 'Client de Garnier' }));
    const refusedWhileActive = dispatch(admin, 'members.anonymise', { memberId: id });
    expect(!refusedWhileActive.ok && refusedWhileActive.error.reason).toBe('errors.members.anonymise_active');
    clock.advanceMinutes(60);
    expectOk(dispatch(desk, 'attendance.checkOut', { memberId: id }));
    expectOk(dispatch(desk, 'members.setStatus', { memberId: id, status: 'left', on: '2026-11-23' }));
    const welcome = dispatch(desk, 'members.anonymise', { memberId: id });
    expect(welcome.ok).toBe(true); // the CLI acts as an admin; the desk role is checked in the roles test
    const text = everyText(db);
    for (const trace of ['garnier', 'lou.garnier@example.org', '+33612345678', '0612345678', 'chemin des vignes', 'fenêtre']) {
      expect(text, trace).not.toContain(trace);
    }
    expect(text).toContain('sam@example.org'); // the others are untouched
    const after = expectOk(dispatch(desk, 'members.get', { memberId: id })) as { member: { firstName: string; lastName: string; anonymised: boolean }; memberships: unknown[]; plans: unknown[]; visits: unknown[] };
    expect(after.member).toMatchObject({ firstName: 'Membre', lastName: `anonymisé n° ${id}`, anonymised: true });
    expect([after.memberships.length, after.plans.length, after.visits.length]).toEqual([1, 1, 1]);
    expect(db.prepare('SELECT count(*) FROM half_day_uses WHERE member_id = ?').pluck().get(id)).toBe(1);
    expect(other).toBeGreaterThan(id);
  });

  it('keeps anonymisation for administrators', () => {
    const { dispatch, admin, clock } = setUp();
    const id = addMember(dispatch, admin);
    const lou = expectOk(dispatch(admin, 'staff.add', { name: 'Accueil', role: 'welcome', pin: '1357' })) as { id: number };
    const session = { transport: 'test' as const, staff: { staffId: lou.id, name: 'Accueil', role: 'welcome' as const }, lastActivityMs: clock.now().getTime(), kiosk: null };
    const result = dispatch(session, 'members.anonymise', { memberId: id });
    expect(!result.ok && result.error.code).toBe('forbidden');
  });
});
