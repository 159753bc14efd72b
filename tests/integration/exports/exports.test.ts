import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { journalEntries } from '../../../main/domain/accounting/journal';
import { dispatcherWithAdmin, expectOk, signedIn } from '../../helpers/db';
import { csvOf, decemberSpace, linesOf } from './scenario';

const DECEMBER = ['2026-12-01', '2026-12-31'] as const;
const BOM = '\uFEFF';

describe('CSV exports for people', () => {
  it('writes the invoices of a period byte for byte: BOM, French header, ;, CRLF, decimal comma, DD/MM/YYYY', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'invoices', ...DECEMBER);
    expect(file.fileName).toBe('factures-2026-12-01-au-2026-12-31.csv');
    expect(file.rows).toBe(3);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const expected = [
      'Numéro;Date;Échéance;Prestation du;Prestation au;N° membre;Client;SIREN client;Total HT;TVA;Total TTC;Avoirs (TTC);Payé;Reste dû;Statut;N° des avoirs',
      // 150,00 desk + 15,00 fee (the 2026 membership runs the calendar year) + 0,60 call; 100,00 paid by cheque.
      'F2026-0001;01/12/2026;31/12/2026;01/01/2026;31/12/2026;1;Hélène Frère;;165,60;0,00;165,60;0,00;100,00;65,60;payée en partie;',
      // Paid by card then the payment cancelled: nothing paid; credited in full.
      'F2026-0002;01/12/2026;31/12/2026;10/11/2026;10/11/2026;2;"Atelier ""Bois; Métal""";732829320;70,00;0,00;70,00;70,00;0,00;0,00;annulée par avoir;A2026-0001',
      // The buyer as printed on the invoice, which the law keeps, although Noa was anonymised since.
      'F2026-0003;01/12/2026;31/12/2026;05/11/2026;06/11/2026;3;Noa Bernard;;23,00;0,00;23,00;0,00;23,00;0,00;payée;',
    ];
    expect(file.bytes.equals(Buffer.from(`${BOM}${expected.join('\r\n')}\r\n`, 'utf8'))).toBe(true);
  });

  it('writes the credit notes with negative amounts and the invoice each corrects', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'credit-notes', ...DECEMBER);
    expect(file.fileName).toBe('avoirs-2026-12-01-au-2026-12-31.csv');
    expect(linesOf(file.text)).toEqual([
      'Numéro;Date;Facture corrigée;Date de la facture;N° membre;Client;SIREN client;Total HT;TVA;Total TTC;Motif',
      'A2026-0001;05/12/2026;F2026-0002;01/12/2026;2;"Atelier ""Bois; Métal""";732829320;-70,00;0,00;-70,00;Carnet annulé',
    ]);
    expect(file.rows).toBe(1);
  });

  it('writes the payments: what each settled, the credit kept, the cheque and its slip, the cancelled one and its counter-entry', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'payments', ...DECEMBER);
    expect(linesOf(file.text)).toEqual([
      'N° paiement;Date;Mode;Montant;N° membre;Membre;Factures réglées;Non affecté (crédit);N° de chèque;Banque;Tireur;Référence;N° de remise;Annule le paiement n°;Annulé par le paiement n°',
      '1;03/12/2026;chèque;100,00;1;Hélène Frère;F2026-0001 (100,00);0,00;0012345;Crédit Agricole;Hélène Frère;;R2026-001;;',
      '2;04/12/2026;carte;80,00;2;Sam Perrin;F2026-0002 (70,00);10,00;;;;TPE 4521;;;3',
      '3;05/12/2026;carte;-80,00;2;Sam Perrin;F2026-0002 (-70,00);-10,00;;;;TPE 4521;;2;',
      // Anonymised after paying: the payment stays, under the anonymous record.
      '4;05/12/2026;espèces;23,00;3;Membre anonymisé n° 3;F2026-0003 (23,00);0,00;;;;;;;',
    ]);
    expect(file.rows).toBe(4);
    expect(linesOf(csvOf(dispatch, desk, 'payments', '2026-12-04', '2026-12-04').text).slice(1).map((line) => line.split(';')[0])).toEqual(['2']);
  });

  it('writes the members of the period with no contact details, the anonymised one anonymous', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'members', ...DECEMBER);
    expect(linesOf(file.text)).toEqual([
      'N° membre;Nom;Prénom;Organisation;SIREN organisation;Profil;Statut;Arrivée;Départ;Adhésion du;Adhésion au;Cotisation;Cotisation réglée le;Facturé sur la période (TTC);Encaissé sur la période;Reste dû à ce jour;Crédit à ce jour',
      '3;anonymisé n° 3;Membre;;;indépendant·e;anonymisé;02/11/2026;05/12/2026;;;;;23,00;23,00;0,00;0,00',
      // The fee is on F2026-0001, not paid in full yet: no payment date.
      '1;Frère;Hélène;;;indépendant·e;actif;02/11/2026;;01/01/2026;31/12/2026;15,00;;165,60;100,00;65,60;0,00',
      // 70,00 billed and 70,00 credited; 80,00 received and 80,00 cancelled.
      '2;Perrin;Sam;"Atelier ""Bois; Métal""";732829320;indépendant·e;actif;02/11/2026;;;;;;0,00;0,00;0,00;0,00',
    ]);
    for (const personal of ['example.org', 'chemin des Vignes', 'Libourne', '06 12', '+33', 'Noa', 'Bernard', 'fenêtre']) expect(file.text).not.toContain(personal);
    // Noa left in December and did nothing in January: not listed then.
    expect(linesOf(csvOf(dispatch, desk, 'members', '2027-01-01', '2027-01-31').text).slice(1).map((line) => line.split(';')[0])).toEqual(['1', '2']);
  });

  it('writes every booking of the period, cancelled ones too, a visitor by name without their contact', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'bookings', ...DECEMBER);
    expect(linesOf(file.text)).toEqual([
      'N° réservation;Date;Créneau;Poste;Type de poste;N° membre;Membre ou visiteur;Canal;État;Réservé le',
      '1;07/12/2026;matin;A4;poste ponctuel;2;Sam Perrin;téléphone;réservé;05/12/2026 10:00',
      '2;08/12/2026;journée;B3;poste ponctuel;;Zoé Martin;e-mail;réservé;05/12/2026 10:00',
      '3;09/12/2026;14:00–16:00;SALON;salle réservable;1;Hélène Frère;sur place;réservé;05/12/2026 10:00',
      '4;10/12/2026;après-midi;A4;poste ponctuel;2;Sam Perrin;téléphone;annulé;05/12/2026 10:00',
    ]);
    expect(file.text).not.toContain('zoe@example.org');
  });

  it('writes the calls with Paris times and each call’s share of the month’s amount to re-bill', () => {
    const { dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'calls', ...DECEMBER);
    expect(linesOf(file.text)).toEqual([
      'N° appel;Date et heure;Sens;Numéro;Classe;Durée (s);Minutes entamées;N° membre;Membre;Règle;Montant à refacturer;Origine',
      // The plan's 5 free minutes: the 4 of the first call, then 1 of the 2 to London (1 × 0,50 €).
      '2;02/12/2026 08:30;sortant;06 12 34 56 78;mobile;190;4;1;Hélène Frère;refacturé;0,00;accueil',
      '3;02/12/2026 09:05;sortant;00 44 20 7946 0958;international;61;2;1;Hélène Frère;refacturé;0,50;accueil',
      '4;02/12/2026 11:00;entrant;05 57 51 00 00;fixe;120;2;;;;0,00;accueil',
    ]);
    const summary = expectOk(dispatch(desk, 'calls.summary', { month: '2026-12' })) as { memberId: number; amountCents: number }[];
    expect(summary.map((s) => [s.memberId, s.amountCents])).toEqual([[1, 50]]);
    // A period cut inside a month keeps the month's allowance order: 2 December alone reads the same.
    expect(csvOf(dispatch, desk, 'calls', '2026-12-02', '2026-12-02').text).toBe(file.text);
    expect(linesOf(csvOf(dispatch, desk, 'calls', '2026-11-01', '2026-11-30').text).slice(1)).toEqual([
      '1;02/11/2026 10:00;sortant;06 12 34 56 78;mobile;190;4;1;Hélène Frère;refacturé;0,00;accueil',
    ]);
  });

  it('writes the journal’s lines of the period from the accounting’s entries, balanced', () => {
    const { db, dispatch, desk } = decemberSpace();
    const file = csvOf(dispatch, desk, 'journal', ...DECEMBER);
    const lines = linesOf(file.text);
    expect(lines[0]).toBe(
      'Journal;Libellé du journal;N° d’écriture;Date;Compte;Libellé du compte;Compte auxiliaire;Libellé auxiliaire;Pièce;Date de la pièce;Libellé;Débit;Crédit;Lettrage;Date de lettrage;Date de validation',
    );
    const entries = journalEntries(db, { from: DECEMBER[0], to: DECEMBER[1] });
    expect(file.rows).toBe(entries.reduce((sum, entry) => sum + entry.lines.length, 0));
    expect(file.rows).toBe(lines.length - 1);
    // Journal, number, date, account, auxiliary, piece, debit, credit of Hélène's invoice and of the cheque's deposit.
    const pick = (line: string) => line.split(';').filter((_, index) => [0, 2, 3, 4, 6, 8, 11, 12].includes(index)).join(';');
    const rows = lines.slice(1);
    expect(rows.filter((line) => line.includes(';F2026-0001;')).map(pick)).toEqual([
      'VE;VE000001;01/12/2026;411000;U0001;F2026-0001;165,60;0,00',
      'VE;VE000001;01/12/2026;706100;;F2026-0001;0,00;150,00',
      'VE;VE000001;01/12/2026;708800;;F2026-0001;0,00;0,60',
      'VE;VE000001;01/12/2026;756000;;F2026-0001;0,00;15,00',
    ]);
    expect(rows.filter((line) => line.includes(';R2026-001;')).map(pick)).toEqual([
      'BQ;BQ000004;06/12/2026;512000;;R2026-001;100,00;0,00',
      'BQ;BQ000004;06/12/2026;511200;;R2026-001;0,00;100,00',
    ]);
    // Read back as a spreadsheet would (a quoted label holds a ;): debits and credits balance, 100,00 + 165,60 + … each side.
    const parsed = parse(file.text, { bom: true, delimiter: ';', from_line: 2 }) as string[][];
    const sum = (column: number) => parsed.reduce((total, row) => total + Math.round(Number((row[column] ?? '').replace(',', '.')) * 100), 0);
    expect(parsed).toHaveLength(file.rows);
    expect(sum(11)).toBe(sum(12));
    expect(sum(11)).toBe(entries.flatMap((entry) => entry.lines).reduce((total, line) => total + line.debitCents, 0));
  });

  it('quotes a line break and a ; and shows a formula-like text as text', () => {
    const { dispatch, desk } = decemberSpace();
    expectOk(dispatch(desk, 'invoices.credit', { invoiceId: 1, lines: [{ position: 1, quantity: 1 }], reason: 'Bureau fermé\nsemaine 49; travaux' }));
    expectOk(dispatch(desk, 'bookings.book', { seat: 'B3', date: '2026-12-21', slot: 'am', visitorName: '=HYPERLINK("http://x")', visitorContact: '0557510000', channel: 'phone' }));
    const credit = csvOf(dispatch, desk, 'credit-notes', ...DECEMBER);
    expect(credit.text).toContain(';"Bureau fermé\nsemaine 49; travaux"\r\n');
    expect(credit.rows).toBe(2);
    expect(linesOf(csvOf(dispatch, desk, 'bookings', ...DECEMBER).text)).toContain(`5;21/12/2026;matin;B3;poste ponctuel;;"'=HYPERLINK(""http://x"")";téléphone;réservé;20/12/2026 09:00`);
  });

  it('writes a header alone for a period with nothing in it, and records each export in the audit log', () => {
    const { dispatch, desk } = decemberSpace();
    const empty = csvOf(dispatch, desk, 'invoices', '2026-10-01', '2026-10-31');
    expect(empty.rows).toBe(0);
    expect(empty.text).toBe(`${BOM}Numéro;Date;Échéance;Prestation du;Prestation au;N° membre;Client;SIREN client;Total HT;TVA;Total TTC;Avoirs (TTC);Payé;Reste dû;Statut;N° des avoirs\r\n`);
    const audit = expectOk(dispatch(desk, 'audit.list', { limit: 5 })) as { entries: { action: string; details: Record<string, unknown> }[] };
    expect(audit.entries[0]).toMatchObject({ action: 'accounts_exported', details: expect.objectContaining({ subject: 'factures-2026-10-01-au-2026-10-31.csv', rows: 0 }) });
  });
});

describe('exports.csv refuses', () => {
  it('a period that ends before it starts, an unknown export, a bad date, more than ten years — naming the field', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const refused = (input: Record<string, unknown>) => {
      const result = dispatch(admin, 'exports.csv', input);
      if (result instanceof Promise || result.ok) throw new Error('expected a refusal');
      return result.error;
    };
    const backwards = refused({ what: 'invoices', from: '2026-12-31', to: '2026-01-01' });
    expect(backwards.code).toBe('invalid_input');
    expect(backwards.fields).toEqual([expect.objectContaining({ field: 'to', message: 'La date de fin doit être le même jour ou après la date de début.' })]);
    const unknown = refused({ what: 'salaries', from: '2026-01-01', to: '2026-12-31' });
    expect(unknown.fields?.map((f) => f.field)).toEqual(['what']);
    expect(unknown.message).toContain('Export');
    expect(unknown.message).toContain('invoices, credit-notes, payments, members, bookings, calls, journal');
    expect(refused({ what: 'payments', from: '2026-02-30', to: '2026-12-31' }).fields?.map((f) => f.field)).toEqual(['from']);
    const tooLong = refused({ what: 'journal', from: '2016-01-01', to: '2026-12-31' });
    expect(tooLong.fields).toEqual([expect.objectContaining({ field: 'to', message: 'La période est trop longue (au plus dix ans).' })]);
    expect(refused({ what: 'journal', from: '2016-01-01', to: '2026-12-31' }).messageEn).toContain('ten years');
    // Ten calendar years are one export.
    expect(expectOk(dispatch(admin, 'exports.csv', { what: 'journal', from: '2017-01-01', to: '2026-12-31' }))).toMatchObject({ rows: 0 });
  });

  it('nothing at the edges of the calendar: an empty file, whatever the export', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    for (const what of ['invoices', 'credit-notes', 'payments', 'members', 'bookings', 'calls', 'journal']) {
      for (const [from, to] of [['0001-01-01', '0010-12-31'], ['9990-01-01', '9999-12-31']]) {
        expect(expectOk(dispatch(admin, 'exports.csv', { what, from, to })), `${what} ${from}`).toMatchObject({ rows: 0 });
      }
    }
  });

  it('the front desk: exports are for the treasurer and the administrator', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const welcome = signedIn(dispatch, admin, 'welcome');
    const result = dispatch(welcome, 'exports.csv', { what: 'members', from: '2026-01-01', to: '2026-12-31' });
    expect(!(result instanceof Promise) && !result.ok && result.error.code).toBe('forbidden');
    const treasurer = signedIn(dispatch, admin, 'treasurer');
    expect(expectOk(dispatch(treasurer, 'exports.csv', { what: 'members', from: '2026-01-01', to: '2026-12-31' }))).toMatchObject({ rows: 0 });
  });
});
