import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSession } from '../../../main/api/session';
import { classifyNumber } from '../../../main/domain/calls/numbers';
import { dispatcherWithAdmin, expectOk, manualClock, plain, snapshot } from '../../helpers/db';
import { addMember } from '../../helpers/members';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/calls');
const fixture = (name: string) => ({ fileName: name, base64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') });

function setUp() {
  const clock = manualClock('2026-12-01T09:00:00+01:00');
  const space = dispatcherWithAdmin({ clock: clock.now });
  const desk = cliSession();
  return { ...space, desk, member: addMember(space.dispatch, desk) };
}

type Report = { imported: number; duplicates: number; rejected: { line: number; reason: string; reasonEn: string }[] };

describe('a number', () => {
  it.each([
    ['05 56 12 34 56', '+33556123456', 'fr_landline'],
    ['01.23.45.67.89', '+33123456789', 'fr_landline'],
    ['06-12-34-56-78', '+33612345678', 'fr_mobile'],
    ['07 56 12 34 56', '+33756123456', 'fr_mobile'],
    ['0712345678', null, 'invalid'],
    ['09 72 12 34 56', '+33972123456', 'fr_voip'],
    ['0800 123 456', '+33800123456', 'fr_special'],
    ['0812345678', '+33812345678', 'fr_special'],
    ['0899123456', '+33899123456', 'fr_special'],
    ['+590 590 12 34 56', '+590590123456', 'overseas'],
    ['0590 12 34 56', '+590590123456', 'overseas'],
    ['0262 12 34 56', '+262262123456', 'overseas'],
    ['0033 5 56 12 34 56', '+33556123456', 'fr_landline'],
    ['33556123456', '+33556123456', 'fr_landline'],
    ['+44 20 7946 0958', '+442079460958', 'international'],
    ['0596 71 23 45', '+596596712345', 'overseas'],
    ['0269 61 12 34', '+262269611234', 'overseas'],
    ['0508 41 23 45', '+508412345', 'overseas'],
    ['0696 12 34 56', '+596696123456', 'overseas'],
    ['3949', null, 'fr_special'],
    ['118 712', null, 'fr_special'],
    ['112', null, 'fr_landline'],
    ['15', null, 'fr_landline'],
    ['masqué', null, 'invalid'],
    ['0556', null, 'invalid'],
    ['pas un numéro', null, 'invalid'],
  ])('%s is %s (%s)', (typed, e164, callClass) => {
    expect(classifyNumber(typed)).toEqual({ e164, class: callClass });
  });
});

describe('importing an operator’s records', () => {
  it('reads a Windows-1252 statement with accents, rejecting an impossible date and a negative duration with their lines', () => {
    const space = setUp();
    const report = expectOk(space.dispatch(space.desk, 'calls.import', { ...fixture('releve-detaille-cp1252.csv'), format: 'releve-detaille' })) as Report;
    expect(report.imported).toBe(5);
    expect(report.rejected.map((r) => [r.line, plain(r.reason)])).toEqual([
      [6, 'date ou heure illisible (« 31/11/2026 09:00:00 »)'],
      [7, 'durée illisible ou négative (« -00:01:00 »)'],
    ]);
    const rows = space.db.prepare("SELECT direction, number, e164, class, started_at, duration_s, import_line FROM calls ORDER BY import_line").all();
    expect(rows[0]).toEqual({ direction: 'out', number: '05 56 12 34 56', e164: '+33556123456', class: 'fr_landline', started_at: '2026-11-01T09:12:05+01:00', duration_s: 192, import_line: 2 });
    expect(rows[1]).toMatchObject({ direction: 'in', class: 'fr_mobile', duration_s: 45 });
    expect(rows[3]).toMatchObject({ class: 'fr_special', e164: '+33800123456' });
    expect(rows[4]).toMatchObject({ number: '05.57.51.00.00', e164: '+33557510000', duration_s: 723, import_line: 8 });
  });

  it('reads a UTF-8 export with a BOM, ISO dates and caller/called columns; keeps an unreadable number as typed', () => {
    const space = setUp();
    const report = expectOk(space.dispatch(space.desk, 'calls.import', { ...fixture('export-cdr-bom.csv'), format: 'export-cdr' })) as Report;
    expect(report).toMatchObject({ imported: 4, duplicates: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual([5, 7]);
    const rows = space.db.prepare('SELECT direction, number, e164, class, started_at AS startedAt FROM calls ORDER BY id').all();
    expect(rows).toEqual([
      { direction: 'out', number: '+33556987654', e164: '+33556987654', class: 'fr_landline', startedAt: '2026-11-02T09:15:00+01:00' },
      { direction: 'in', number: '+33612345678', e164: '+33612345678', class: 'fr_mobile', startedAt: '2026-11-02T10:20:00+01:00' },
      { direction: 'out', number: '+590590123456', e164: '+590590123456', class: 'overseas', startedAt: '2026-11-03T16:00:00+01:00' },
      { direction: 'out', number: '0712345678', e164: null, class: 'invalid', startedAt: '2026-11-04T09:00:00+01:00' },
    ]);
  });

  it('guesses the columns from their names; a second import of the same file imports nothing and counts every line as a duplicate', () => {
    const space = setUp();
    const first = expectOk(space.dispatch(space.desk, 'calls.import', fixture('guessed-tab.tsv'))) as Report;
    expect(first).toMatchObject({ imported: 3, duplicates: 0, rejected: [] });
    const before = snapshot(space.db, ['audit_log']);
    const again = expectOk(space.dispatch(space.desk, 'calls.import', fixture('guessed-tab.tsv'))) as Report;
    expect(again).toMatchObject({ imported: 0, duplicates: 3, rejected: [] });
    expect(snapshot(space.db, ['audit_log'])).toBe(before);
  });

  it('writes nothing from a file whose every line is bad, and names what it cannot map', () => {
    const space = setUp();
    const before = snapshot(space.db, ['audit_log']);
    const report = expectOk(space.dispatch(space.desk, 'calls.import', { ...fixture('all-bad.csv'), format: 'releve-detaille' })) as Report;
    expect(report.imported).toBe(0);
    expect(report.rejected.map((r) => [r.line, r.reasonEn])).toEqual([
      [2, 'unreadable date or time (“99/99/2026 09:00:00”)'],
      [3, 'unreadable date or time (“01/11/2026 25:00:00”)'],
      [4, 'unreadable or negative duration (“-1”)'],
      [5, 'unknown call direction (“Peut-être”), expected incoming or outgoing'],
    ]);
    expect(snapshot(space.db, ['audit_log'])).toBe(before);
    const unknown = space.dispatch(space.desk, 'calls.import', fixture('unknown-columns.csv'));
    expect(plain(!unknown.ok && unknown.error.message)).toBe(
      'Impossible de reconnaître les colonnes de ce fichier pour : date, number, duration. Colonnes du fichier : When, Who, How long. Choisissez un format (--format) ou faites la correspondance dans l’assistant d’import.',
    );
    expect(snapshot(space.db, ['audit_log'])).toBe(before);
  });

  it('saves a mapping under a name and uses it next time', () => {
    const space = setUp();
    const mapping = { start: 'When', number: 'Who', duration: 'How long', defaultDirection: 'out' };
    expectOk(space.dispatch(space.desk, 'calls.import', { ...fixture('unknown-columns.csv'), mapping, saveAs: 'Mon opérateur' }));
    const formats = expectOk(space.dispatch(space.desk, 'calls.formats', {})) as { name: string; preset: boolean }[];
    expect(formats.map((f) => [f.name, f.preset])).toEqual([['releve-detaille', true], ['export-cdr', true], ['Mon opérateur', false]]);
    const again = expectOk(space.dispatch(space.desk, 'calls.import', { ...fixture('unknown-columns.csv'), format: 'Mon opérateur' })) as Report;
    expect(again).toMatchObject({ imported: 0, duplicates: 1 });
  });
});

describe('lines that are hard to read', () => {
  const file = (text: string, name = 'x.csv') => ({ fileName: name, base64: Buffer.from(text, 'utf8').toString('base64') });

  it('keeps a masked caller, reports the first line of a note over two lines, and refuses hours-minutes nonsense', () => {
    const space = setUp();
    const text = [
      'Date;Heure;Sens;Correspondant;Durée;Libellé',
      '01/11/2026;09:00:00;Entrant;;00:01:00;Appel masqué',
      '01/11/2026;10:00:00;Sortant;0556123456;00:02:00;"Note',
      'sur deux lignes"',
      '01/11/2026;11:00:00;Sortant;0556123456;1:75:00;Minutes impossibles',
      '01/11/2026;12:00:00;Sortant;;00:01:00;Sortant sans numéro',
    ].join('\r\n');
    const report = expectOk(space.dispatch(space.desk, 'calls.import', { ...file(text), format: 'releve-detaille' })) as Report;
    expect(report.imported).toBe(2);
    expect(report.rejected.map((r) => [r.line, r.reasonEn])).toEqual([
      [5, 'unreadable or negative duration (“1:75:00”)'],
      [6, 'number missing'],
    ]);
    expect(space.db.prepare('SELECT number, class, import_line AS line FROM calls ORDER BY id').all()).toEqual([
      { number: 'masqué', class: 'invalid', line: 2 },
      { number: '0556123456', class: 'fr_landline', line: 3 },
    ]);
  });

  it('takes « 1,5 » in a seconds column as unreadable, and a Type column of Fixe/Mobile for what it is', () => {
    const space = setUp();
    const text = 'Date et heure;Numéro;Durée;Type\n01/11/2026 09:00:00;0556123456;1,5;Fixe\n01/11/2026 10:00:00;0612345678;60;Mobile\n';
    const report = expectOk(space.dispatch(space.desk, 'calls.import', file(text))) as Report;
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => r.line)).toEqual([2]);
    expect(space.db.prepare('SELECT direction FROM calls').pluck().get()).toBe('out');
  });

  it('refuses a file with an unclosed quote, naming the line, and writes nothing', () => {
    const space = setUp();
    const before = snapshot(space.db, ['audit_log']);
    const result = space.dispatch(space.desk, 'calls.import', { ...file('Date;Heure;Sens;Correspondant;Durée\n01/11/2026;09:00:00;Sortant;"0556123456;00:01:00\n'), format: 'releve-detaille' });
    expect(plain(!result.ok && result.error.message)).toContain('Ce fichier n’est pas un CSV lisible');
    expect(snapshot(space.db, ['audit_log'])).toBe(before);
  });

  it('recognises a call the desk already noted (to the minute, duration rounded) and does not log it twice', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'calls.add', { memberId: space.member, number: '05 56 00 11 22', duration: '2', startedAt: '2026-11-01T09:01:00+01:00' }));
    const report = expectOk(space.dispatch(space.desk, 'calls.import', fixture('guessed-tab.tsv'))) as Report;
    expect(report).toMatchObject({ imported: 2, duplicates: 1 });
    expect(space.db.prepare("SELECT source, member_id AS memberId FROM calls WHERE e164 = '+33556001122'").all()).toEqual([{ source: 'desk', memberId: space.member }]);
  });

  it('leaves the file itself out of the audit log', () => {
    const space = setUp();
    expectOk(space.dispatch(space.desk, 'calls.import', fixture('guessed-tab.tsv')));
    const details = JSON.parse(space.db.prepare("SELECT details FROM audit_log WHERE action = 'calls_imported'").pluck().get() as string) as Record<string, unknown>;
    expect(details).toMatchObject({ subject: 'guessed-tab.tsv', imported: 3, duplicates: 0, rejected: 0 });
    expect(JSON.stringify(details)).not.toContain('base64');
  });
});

describe('re-billing', () => {
  it('bills each started minute of re-billed classes, after the minutes a plan includes, exactly in cents', () => {
    const space = setUp();
    const other = addMember(space.dispatch, space.desk, { firstName: 'Noé', lastName: 'Petit', email: 'noe@example.org', phone: '' });
    expectOk(space.dispatch(space.desk, 'plans.add', { kind: 'permanent', memberId: other, seatId: 1, startDate: '2026-11-01' }));
    const policy = expectOk(space.dispatch(space.admin, 'settings.get', {})) as { phone: { rules: Record<string, unknown> } };
    expectOk(space.dispatch(space.admin, 'settings.updatePhone', { ...policy.phone, allowanceMinutes: { permanent: 5, trainee: 0, carnet: 0, none: 0 } }));
    const call = (memberId: number, number: string, duration: string, startedAt: string, direction = 'out') =>
      expectOk(space.dispatch(space.desk, 'calls.add', { memberId, number, duration, startedAt, direction }));
    call(space.member, '0556123456', '12:00', '2026-11-03T10:00:00+01:00'); // landline: included
    call(space.member, '0612345678', '1:01', '2026-11-03T11:00:00+01:00'); // mobile: 2 started minutes × 15 c
    call(space.member, '+44 20 7946 0958', '2,5', '2026-11-04T11:00:00+01:00'); // international: 3 × 50 c
    call(space.member, '0899123456', '1', '2026-11-05T11:00:00+01:00'); // special: not allowed
    call(space.member, '0612345678', '0:30', '2026-12-01T08:00:00+01:00'); // another month
    call(other, '0612345678', '4:00', '2026-11-06T10:00:00+01:00'); // 4 min, all within the plan's 5
    call(other, '0612345678', '3:10', '2026-11-07T10:00:00+01:00'); // 4 min: 1 left in the plan, 3 × 15 c
    call(other, '0612345678', '9:00', '2026-11-08T10:00:00+01:00', 'in'); // incoming: never billed
    const summary = expectOk(space.dispatch(space.desk, 'calls.summary', { month: '2026-11' })) as Record<string, unknown>[];
    expect(summary).toEqual([
      { memberId: space.member, memberName: 'Lou Garnier', calls: 4, minutes: 18, includedMinutes: 12, allowanceMinutes: 0, rebilledMinutes: 5, amountCents: 180, forbiddenCalls: 1 },
      { memberId: other, memberName: 'Noé Petit', calls: 3, minutes: 8, includedMinutes: 0, allowanceMinutes: 5, rebilledMinutes: 3, amountCents: 45, forbiddenCalls: 0 },
    ]);
  });

  it('refuses a call out without a member, an unreadable duration, and the same call twice', () => {
    const space = setUp();
    const noMember = space.dispatch(space.desk, 'calls.add', { number: '0556123456', duration: '3' });
    expect(!noMember.ok && noMember.error.fields?.[0]?.field).toBe('memberId');
    const badDuration = space.dispatch(space.desk, 'calls.add', { memberId: space.member, number: '0556123456', duration: 'trois' });
    expect(plain(!badDuration.ok && badDuration.error.message)).toContain('Durée attendue en minutes');
    const typed = { memberId: space.member, number: '0556123456', duration: '3', startedAt: '2026-11-03T10:00:00+01:00' };
    expectOk(space.dispatch(space.desk, 'calls.add', typed));
    const twice = space.dispatch(space.desk, 'calls.add', typed);
    expect(plain(!twice.ok && twice.error.message)).toContain('déjà dans le journal');
    expect(space.db.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(1);
  });
});
