import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relais } from '../../helpers/cli';
import { plain, tempDir } from '../../helpers/db';

const newDb = () => {
  const db = path.join(tempDir(), 'r.db');
  relais('--db', db, 'init');
  return db;
};

/** What a usage error printed: exit 2, nothing on stdout, a French line then its `(en) ` translation. */
function usageError(...args: string[]): { fr: string; en: string; lines: string[] } {
  const result = relais(...args);
  expect(result.code, args.join(' ')).toBe(2);
  expect(result.out, args.join(' ')).toBe('');
  const lines = plain(result.err)
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(lines, args.join(' ')).toHaveLength(2);
  const [fr = '', en = ''] = lines;
  expect(fr, args.join(' ')).not.toMatch(/^\(en\)|error:/);
  expect(en, args.join(' ')).toMatch(/^\(en\) /);
  return { fr, en, lines };
}

describe('usage errors in French, then English', () => {
  it('an unknown command: short, with the suggestion in French and the help to run, not the whole help', () => {
    const db = newDb();
    const result = relais('--db', db, 'stafff');
    expect(result.code).toBe(2);
    expect(result.err.split('\n').length).toBeLessThan(10);
    expect(result.err).not.toContain('Usage:');
    expect(result.err).not.toContain('space.listSeats');
    const { fr, en } = usageError('--db', db, 'stafff');
    expect(fr).toBe('Commande inconnue : « stafff ». Vouliez-vous dire staff ? Voir « relais --help ».');
    expect(en).toBe('(en) Unknown command: “stafff”. Did you mean staff? See “relais --help”.');
  });

  it('an unknown sub-command suggests it in full, with its group’s help', () => {
    const { fr, en } = usageError('seats', 'lst');
    expect(fr).toBe('Commande inconnue : « seats lst ». Vouliez-vous dire seats list ? Voir « relais seats --help ».');
    expect(en).toContain('Did you mean seats list?');
    expect(usageError('zzz').fr).toBe('Commande inconnue : « zzz ». Voir « relais --help ».');
  });

  it('a value outside the choices names the allowed ones', () => {
    const { fr, en } = usageError('staff', 'add', '--name', 'Lou', '--role', 'boss', '--pin', '1234');
    expect(fr).toBe('Valeur « boss » refusée pour --role. Valeurs possibles : welcome, treasurer, admin.');
    expect(en).toBe('(en) Value “boss” is not accepted for --role. Allowed values: welcome, treasurer, admin.');
    // A value is shown as typed, even one that looks like a date.
    expect(usageError('book', '--member', '1', '--seat', 'A1', '--date', '2026-12-01', '--slot', '2026-12-01').fr).toContain('« 2026-12-01 »');
  });

  it('a required option left out', () => {
    const { fr, en } = usageError('staff', 'add', '--name', 'Lou');
    expect(fr).toBe('L’option --role est obligatoire. Valeurs possibles : welcome, treasurer, admin. Voir « relais staff add --help ».');
    expect(en).toBe('(en) Option --role is required. Allowed values: welcome, treasurer, admin. See “relais staff add --help”.');
    expect(usageError('backup').fr).toBe('L’option --out est obligatoire. Voir « relais backup --help ».');
  });

  it('an unknown option, an option without its value, a missing or extra argument', () => {
    expect(usageError('seats', 'list', '--bogus').fr).toBe('Option inconnue : « --bogus ». Voir « relais seats list --help ».');
    const typo = usageError('seats', 'list', '--jsn');
    expect(typo.fr).toContain('Vouliez-vous dire --json ?');
    expect(typo.en).toContain('Did you mean --json?');
    expect(usageError('seats', 'add', '--room-id').fr).toBe('L’option --room-id attend une valeur. Voir « relais seats add --help ».');
    expect(usageError('--db').fr).toBe('L’option --db attend une valeur. Voir « relais --help ».');
    expect(usageError('call').fr).toBe('Il manque l’argument « method ». Voir « relais call --help ».');
    const extra = usageError('call', 'a', 'b', 'c');
    expect(extra.fr).toBe('Trop d’arguments (a, b, c) : cette commande en prend au plus 2. Voir « relais call --help ».');
    expect(extra.en).toBe('(en) Too many arguments (a, b, c): this command takes at most 2. See “relais call --help”.');
  });
});

describe('a room id that is not one', () => {
  const rooms = 'Salles (numéro = nom) : 1 = Open space 1, 2 = Open space 2, 3 = Petit salon (salle réservable).';
  const roomsEn = 'Rooms (id = name): 1 = Open space 1, 2 = Open space 2, 3 = Petit salon (bookable room).';

  it('names the rooms with their ids, whether the id is unknown or not a number', () => {
    const db = newDb();
    const unknown = relais('--db', db, 'seats', 'add', '--room-id', '99', '--code', 'Z1', '--name', 'Poste Z1', '--kind', 'dropin');
    expect(unknown.code).toBe(1);
    expect(plain(unknown.err)).toContain(`Cette salle n’existe pas. ${rooms}`);
    expect(plain(unknown.err)).toContain(`(en) This room does not exist. ${roomsEn}`);
    const word = relais('--db', db, 'seats', 'add', '--room-id', 'deux', '--code', 'Z1', '--name', 'Poste Z1', '--kind', 'dropin');
    expect(word.code).toBe(2);
    expect(plain(word.err)).toContain(rooms);
    expect(plain(word.err)).toContain(roomsEn);
    // With one of the ids it names, the desk is added.
    expect(relais('--db', db, 'seats', 'add', '--room-id', '2', '--code', 'Z1', '--name', 'Poste Z1', '--kind', 'dropin').code).toBe(0);
  });

  it('leaves other refusals as they were', () => {
    const db = newDb();
    const taken = relais('--db', db, 'seats', 'add', '--room-id', '1', '--code', 'A1', '--name', 'Poste A1 bis', '--kind', 'dropin');
    expect(taken.code).toBe(1);
    expect(plain(taken.err)).not.toContain('Salles (');
  });
});

describe('relais --help', () => {
  it('says its own text in French, then in English', () => {
    const help = relais('--help');
    expect(help.code).toBe(0);
    const text = plain(help.out).replace(/\s+/g, ' ');
    const order = ['La commande relais agit en administrateur', '(en) Relais, from the command line', 'Codes de sortie : 0 succès', '(en) Exit codes: 0 success'];
    const at = order.map((words) => text.indexOf(words));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // The list of every contract method is for `relais call --help`.
    expect(help.out).not.toContain('space.listSeats');
    expect(relais('call', '--help').out).toContain('space.listSeats');
  });
});
