import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type ApiResult } from '../../../main/api/contract';
import { cliSession, newSession, type Session } from '../../../main/api/session';
import { sha256 } from '../../../main/domain/charter/versions';
import { dispatcherWithAdmin, expectOk, manualClock, plain, signedIn, snapshot } from '../../helpers/db';
import { addMember } from '../../helpers/members';

export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
export const DRAWING = { width: 600, height: 200, strokes: [[[20, 120], [80, 60], [140, 150], [220, 80], [300, 130]]] };

function setUp() {
  const clock = manualClock('2026-12-01T09:00:00+01:00'); // a Tuesday
  const space = dispatcherWithAdmin({ clock: clock.now });
  const desk = cliSession();
  const member = addMember(space.dispatch, desk);
  return { ...space, clock, desk, member };
}

type Space = ReturnType<typeof setUp>;

function kioskSession(space: Space): Session {
  const session = signedIn(space.dispatch, space.admin, 'welcome', 'Accueil');
  expectOk(space.dispatch(session, 'kiosk.open', {}));
  return session;
}

const sign = (space: Space, session: Session, memberId: number, version: number) =>
  space.dispatch(session, 'charter.signAtDesk', { memberId, version, drawing: DRAWING, png: PNG });

describe('charter versions', () => {
  it('start from the default French text, and an edit is a new version that leaves signatures on the text they signed', () => {
    const space = setUp();
    const first = expectOk(space.dispatch(space.desk, 'charter.show', {})) as { number: number; text: string; sha256: string; author: string };
    expect(first.number).toBe(1);
    expect(first.text).toContain('# Charte de vie commune');
    expect(first.text).toContain('La ligne téléphonique partagée');
    expect(first.sha256).toBe(sha256(first.text));
    const signature = expectOk(sign(space, space.desk, space.member, 1)) as { id: number; textSha256: string };

    const edited = first.text.replace('Le réfrigérateur est vidé chaque vendredi soir', 'Le réfrigérateur est vidé chaque jeudi soir');
    const second = expectOk(space.dispatch(space.admin, 'charter.save', { text: edited, requiresSignature: true, note: 'Frigo le jeudi' })) as { number: number; sha256: string; author: string };
    expect(second).toMatchObject({ number: 2, sha256: sha256(edited.trim()), author: 'Camille' });

    const stored = space.db.prepare('SELECT v.text, s.text_sha256 AS signed FROM charter_signatures s JOIN charter_versions v ON v.number = s.version WHERE s.id = ?').get(signature.id) as { text: string; signed: string };
    expect(stored.text).toBe(first.text);
    expect(sha256(stored.text)).toBe(stored.signed);
    expect(signature.textSha256).toBe(first.sha256);
    const diff = expectOk(space.dispatch(space.desk, 'charter.diff', { from: 1, to: 2 })) as { kind: string; text: string }[];
    expect(diff.filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text.trim()}`)).toEqual(['removed:vendredi', 'added:jeudi']);
  });

  it('refuses saving over a version saved meanwhile, and logs the version, not the text', () => {
    const space = setUp();
    const { text } = expectOk(space.dispatch(space.desk, 'charter.show', {})) as { text: string };
    expectOk(space.dispatch(space.admin, 'charter.save', { text: `${text}\n\nUn.`, requiresSignature: false, basedOn: 1 }));
    const stale = space.dispatch(space.admin, 'charter.save', { text: `${text}\n\nDeux.`, requiresSignature: false, basedOn: 1 });
    expect(plain(!stale.ok && stale.error.message)).toContain('La charte a été modifiée entre-temps (version 2');
    const logged = JSON.parse(space.db.prepare("SELECT details FROM audit_log WHERE action = 'charter_changed'").pluck().get() as string) as Record<string, unknown>;
    expect(logged).toMatchObject({ subject: 'version 2', requiresSignature: false });
    expect(logged.input).toBeUndefined();
  });

  it('refuses saving the same text again, and only admins may edit', () => {
    const space = setUp();
    const { text } = expectOk(space.dispatch(space.desk, 'charter.show', {})) as { text: string };
    const same = space.dispatch(space.admin, 'charter.save', { text, requiresSignature: false });
    expect(plain(!same.ok && same.error.message)).toContain('identique à la version 1');
    const welcome = signedIn(space.dispatch, space.admin, 'welcome');
    const refused = space.dispatch(welcome, 'charter.save', { text: `${text}\nAjout.`, requiresSignature: false });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    expect(space.db.prepare('SELECT count(*) FROM charter_versions').pluck().get()).toBe(1);
  });

  it('a minor version asks no new signature, a major one does', () => {
    const space = setUp();
    const { text } = expectOk(space.dispatch(space.desk, 'charter.show', {})) as { text: string };
    expectOk(sign(space, space.desk, space.member, 1));
    const standing = () => (expectOk(space.dispatch(space.desk, 'members.get', { memberId: space.member })) as { charter: { upToDate: boolean; requiredVersion: number; signedVersion: number } }).charter;
    expectOk(space.dispatch(space.admin, 'charter.save', { text: text.replace('voix basse', 'voix très basse'), requiresSignature: false, note: 'coquille' }));
    expect(standing()).toMatchObject({ upToDate: true, requiredVersion: 1, signedVersion: 1 });
    expectOk(space.dispatch(space.admin, 'charter.save', { text: `${text}\n\n## Vélos\n\nLes vélos se garent dans la cour.`, requiresSignature: true }));
    expect(standing()).toMatchObject({ upToDate: false, requiredVersion: 3, signedVersion: 1 });
    const status = expectOk(space.dispatch(space.desk, 'charter.signStatus', {})) as { memberId: number; upToDate: boolean }[];
    expect(status.find((row) => row.memberId === space.member)?.upToDate).toBe(false);
    expectOk(sign(space, space.desk, space.member, 3));
    expect(standing()).toMatchObject({ upToDate: true, signedVersion: 3 });
  });
});

describe('a signature', () => {
  it('cannot be updated or deleted, even in SQL', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'charter.show', {}));
    const { id } = expectOk(sign(space, space.desk, space.member, 1)) as { id: number };
    expect(() => space.db.prepare("UPDATE charter_signatures SET signed_at = '2020-01-01' WHERE id = ?").run(id)).toThrow(/never changed/);
    expect(() => space.db.prepare('DELETE FROM charter_signatures WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(() => space.db.prepare("UPDATE charter_signature_drawings SET svg = '<svg/>' WHERE signature_id = ?").run(id)).toThrow(/never changed/);
    expect(() => space.db.prepare('DELETE FROM charter_signature_drawings WHERE signature_id = ?').run(id)).toThrow(/anonymised member/);
    expect(() => space.db.prepare("UPDATE charter_versions SET text = 'autre' WHERE number = 1").run()).toThrow(/never changed/);
    expect(() => space.db.prepare("INSERT INTO charter_signatures (member_id, version, text_sha256, signed_at, method, drawing_sha256) VALUES (?, 1, ?, 'x', 'desk', ?)").run(space.member, 'a'.repeat(64), 'b'.repeat(64))).toThrow(/hash of the version/);
    expect(space.db.prepare('SELECT count(*) FROM charter_signatures').pluck().get()).toBe(1);
  });

  it('keeps an SVG drawn by Relais from the strokes, and the PNG of the pad', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'charter.show', {}));
    const signature = expectOk(sign(space, space.desk, space.member, 1)) as { id: number; svg: string; method: string; witness: string };
    expect(signature.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 200"/);
    expect(signature.svg).toContain('<path d="M 20 120 Q');
    expect(signature).toMatchObject({ method: 'desk', witness: 'relais (CLI)' });
    const png = space.db.prepare('SELECT png FROM charter_signature_drawings WHERE signature_id = ?').pluck().get(signature.id) as Buffer;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses an empty pad, a picture that is not a PNG, and a version that changed while reading', () => {
    const space = setUp();
    const { text } = expectOk(space.dispatch(space.desk, 'charter.show', {})) as { text: string };
    const before = snapshot(space.db);
    const dot = space.dispatch(space.desk, 'charter.signAtDesk', { memberId: space.member, version: 1, drawing: { ...DRAWING, strokes: [[[5, 5]]] }, png: PNG });
    expect(plain(!dot.ok && dot.error.message)).toContain('La signature est vide ou trop courte');
    const gif = space.dispatch(space.desk, 'charter.signAtDesk', { memberId: space.member, version: 1, drawing: DRAWING, png: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' });
    expect(!gif.ok && gif.error.fields?.[0]?.field).toBe('png');
    expect(snapshot(space.db)).toBe(before);
    expectOk(space.dispatch(space.admin, 'charter.save', { text: `${text} `.replace('calme', 'calme et serein'), requiresSignature: true }));
    const stale = sign(space, space.desk, space.member, 1);
    expect(plain(!stale.ok && stale.error.message)).toContain('La charte vient de changer (version 2)');
  });

  it('gives a signed copy as PDF, and none once the member is anonymised (the fact of signing stays)', async () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'charter.show', {}));
    const { id } = expectOk(sign(space, space.desk, space.member, 1)) as { id: number };
    const copy = (await space.dispatch(space.desk, 'charter.signedCopy', { signatureId: id })) as ApiResult<{ fileName: string; base64: string }>;
    if (!copy.ok) throw new Error(copy.error.messageEn);
    expect(copy.value.fileName).toBe('charte-v1-Lou-Garnier-2026-12-01.pdf');
    expect(Buffer.from(copy.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    expectOk(space.dispatch(space.desk, 'members.setStatus', { memberId: space.member, status: 'left', on: '2026-12-01' }));
    expectOk(space.dispatch(space.admin, 'members.anonymise', { memberId: space.member }));
    expect(space.db.prepare('SELECT count(*) FROM charter_signature_drawings').pluck().get()).toBe(0);
    expect(space.db.prepare('SELECT count(*) FROM charter_signatures').pluck().get()).toBe(1);
    const none = await space.dispatch(space.desk, 'charter.signedCopy', { signatureId: id });
    expect(plain(!none.ok && none.error.message)).toContain('a été effacé');
  });
});

describe('the kiosk', () => {
  it('reaches only its own methods: every other method is refused and writes nothing', async () => {
    const space = setUp();
    const kiosk = kioskSession(space);
    const others = METHOD_NAMES.filter((name) => !(contract[name].roles as readonly string[]).includes('kiosk'));
    expect(others.length).toBeGreaterThan(40);
    const before = snapshot(space.db);
    for (const name of others) {
      const result = await space.dispatch(kiosk, name, {});
      expect(!result.ok && result.error.code, name).toBe('forbidden');
    }
    expect(snapshot(space.db)).toBe(before);
    const refused = space.dispatch(kiosk, 'members.get', { memberId: space.member });
    expect(plain(!refused.ok && refused.error.message)).toContain('mode borne');
    expect((expectOk(space.dispatch(kiosk, 'auth.status', {})) as { kiosk: boolean; signedIn: unknown }).signedIn).toBeNull();
  });

  it('finds a member by first letters with a first name and an initial, never their details', () => {
    const space = setUp();
    addMember(space.dispatch, space.desk, { firstName: 'Hélène', lastName: 'Durand', email: 'helene@example.org', phone: '' });
    addMember(space.dispatch, space.desk, { firstName: 'Hélène', lastName: 'Dubois', email: 'h.dubois@example.org', phone: '' });
    const kiosk = kioskSession(space);
    expect(expectOk(space.dispatch(kiosk, 'kiosk.find', { query: 'lou' }))).toEqual([{ memberId: space.member, label: 'Lou G.' }]);
    expect(expectOk(space.dispatch(kiosk, 'kiosk.find', { query: 'gar' }))).toEqual([{ memberId: space.member, label: 'Lou G.' }]);
    const helenes = expectOk(space.dispatch(kiosk, 'kiosk.find', { query: 'helene d' })) as { label: string }[];
    expect(helenes.map((person) => person.label)).toEqual(['Hélène Dubois', 'Hélène Durand']);
    const one = space.dispatch(kiosk, 'kiosk.find', { query: 'l' });
    expect(!one.ok && one.error.fields?.[0]?.field).toBe('query');
  });

  it('registers a newcomer, who signs and then checks in; check-in before signing is refused', () => {
    const space = setUp();
    const kiosk = kioskSession(space);
    const noConsent = space.dispatch(kiosk, 'kiosk.register', { firstName: 'Anaïs', lastName: 'Lefèvre', email: 'anais@example.org', phone: '', profile: 'student', privacyAccepted: false });
    expect(!noConsent.ok && noConsent.error.fields?.[0]?.field).toBe('privacyAccepted');
    const noContact = space.dispatch(kiosk, 'kiosk.register', { firstName: 'Anaïs', lastName: 'Lefèvre', email: '', phone: '', profile: 'student', privacyAccepted: true });
    expect(!noContact.ok && noContact.error.fields?.[0]?.field).toBe('email');
    const again = space.dispatch(kiosk, 'kiosk.register', { firstName: 'Lou', lastName: 'Garnier', email: 'lou.garnier@example.org', phone: '', profile: 'student', privacyAccepted: true });
    expect(plain(!again.ok && again.error.message)).toContain('Vous semblez déjà inscrit·e');

    const person = expectOk(space.dispatch(kiosk, 'kiosk.register', { firstName: 'Anaïs', lastName: 'Lefèvre', email: 'Anais@Example.org', phone: '', profile: 'student', privacyAccepted: true })) as { memberId: number; label: string };
    expect(person.label).toBe('Anaïs L.');
    const row = space.db.prepare('SELECT email, profile, privacy_accepted_at AS accepted FROM members WHERE id = ?').get(person.memberId);
    expect(row).toEqual({ email: 'anais@example.org', profile: 'student', accepted: '2026-12-01T09:00:00+01:00' });

    const early = space.dispatch(kiosk, 'kiosk.checkIn', { memberId: person.memberId });
    expect(plain(!early.ok && early.error.message)).toContain('Signez d’abord la charte');
    const charter = expectOk(space.dispatch(kiosk, 'kiosk.charter', {})) as { number: number };
    const signed = expectOk(space.dispatch(kiosk, 'kiosk.sign', { memberId: person.memberId, version: charter.number, drawing: DRAWING, png: PNG })) as { arrival: { charter: { upToDate: boolean } } };
    expect(signed.arrival.charter.upToDate).toBe(true);
    expect(space.db.prepare('SELECT method, witness FROM charter_signatures WHERE member_id = ?').get(person.memberId)).toEqual({ method: 'kiosk', witness: '' });
    const arrival = expectOk(space.dispatch(kiosk, 'kiosk.checkIn', { memberId: person.memberId })) as { visit: { charterSigned: boolean; coverage: string }; arrival: { inSince: string } };
    expect(arrival.visit).toMatchObject({ charterSigned: true, coverage: 'dropin' });
    expect(arrival.arrival.inSince).toBe('2026-12-01T09:00:00+01:00');
    const present = expectOk(space.dispatch(space.desk, 'attendance.present', { date: '2026-12-01' })) as { memberId: number; charterSigned: boolean }[];
    expect(present).toEqual([expect.objectContaining({ memberId: person.memberId, charterSigned: true })]);
  });

  it('shows today’s booking, and the planning board flags members who have not signed', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'bookings.book', { memberId: space.member, seat: 'A4', date: '2026-12-01', slot: 'day', channel: 'phone' }));
    const board = expectOk(space.dispatch(space.desk, 'bookings.board', { from: '2026-12-01', to: '2026-12-01' })) as { unsignedCharter: number[] };
    expect(board.unsignedCharter).toEqual([space.member]);
    const kiosk = kioskSession(space);
    const arrival = expectOk(space.dispatch(kiosk, 'kiosk.arrival', { memberId: space.member })) as { bookings: { seat: string; slot: string }[]; charter: { upToDate: boolean } };
    expect(arrival).toMatchObject({ charter: { upToDate: false }, bookings: [{ slot: 'day' }] });
  });

  it('is left only with a staff PIN: a wrong one is refused and counted, the right one signs that person in', () => {
    const space = setUp();
    const kiosk = kioskSession(space);
    const staffId = (expectOk(space.dispatch(kiosk, 'auth.status', {})) as { staff: { id: number; name: string }[] }).staff.find((s) => s.name === 'Accueil')?.id ?? 0;
    const wrong = space.dispatch(kiosk, 'kiosk.close', { staffId, pin: '0000' });
    expect(!wrong.ok && wrong.error.code).not.toBe('forbidden');
    expect(kiosk.kiosk).not.toBeNull();
    expect(space.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'").pluck().get()).toBe(1);
    const staff = expectOk(space.dispatch(kiosk, 'kiosk.close', { staffId, pin: '1357' })) as { name: string };
    expect(staff.name).toBe('Accueil');
    expect(kiosk.kiosk).toBeNull();
    expectOk(space.dispatch(kiosk, 'members.get', { memberId: space.member }));
    const actions = space.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'kiosk%' ORDER BY id").pluck().all();
    expect(actions).toEqual(['kiosk_opened', 'kiosk_closed']);
  });

  it('answers an unknown id and a member who left alike, without a name', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'members.setStatus', { memberId: space.member, status: 'left', on: '2026-12-01' }));
    const kiosk = kioskSession(space);
    for (const memberId of [space.member, 999]) {
      for (const method of ['kiosk.arrival', 'kiosk.checkIn'] as const) {
        const result = space.dispatch(kiosk, method, { memberId });
        expect(plain(!result.ok && result.error.message), `${method} ${memberId}`).toBe('Adressez-vous à l’accueil, qui vous aidera.');
      }
    }
  });

  it('names in the audit log who opened it, who signed which version and who checked in there', () => {
    const space = setUp();
    const kiosk = kioskSession(space);
    expectOk(space.dispatch(kiosk, 'kiosk.sign', { memberId: space.member, version: 1, drawing: DRAWING, png: PNG }));
    expectOk(space.dispatch(kiosk, 'kiosk.checkIn', { memberId: space.member }));
    const entries = space.db.prepare("SELECT action, actor, details FROM audit_log WHERE action IN ('kiosk_opened', 'charter_signed', 'kiosk_checked_in') ORDER BY id").all() as { action: string; actor: string; details: string }[];
    expect(entries.map(({ action, actor, details }) => [action, actor, JSON.parse(details).subject ?? null, JSON.parse(details).version ?? null])).toEqual([
      ['kiosk_opened', 'Accueil', null, null],
      ['charter_signed', 'borne', 'Lou G.', 1],
      ['kiosk_checked_in', 'borne', 'Lou G.', null],
    ]);
  });

  it('cannot be opened from the command line, which has no window', () => {
    const space = setUp();
    const result = space.dispatch(space.desk, 'kiosk.open', {});
    expect(!result.ok && result.error.code).toBe('refused');
    expect(newSession('test').kiosk).toBeNull();
  });
});
