import type { Locator, Page } from '@playwright/test';
import { api, expect, expectNoRawKeys, openAt, sidewaysOverflow, type Space, test } from './fixtures';

// The November invoices are issued on Tuesday 1 December 2026 (due 31 December, 30 days later).
const ISSUE_DAY = '2026-12-01T09:30:00+01:00';
const JANUARY_RUN = '2027-01-04T09:30:00+01:00';
const MID_FEBRUARY = '2027-02-15T09:30:00+01:00';

const member = (first: string, last: string, email: string, phone: string, profile: string) =>
  ['members', 'add', '--first-name', first, '--last-name', last, '--email', email, '--phone', phone, '--profile', profile] as const;

/** `70,00 €` as French formats it (a narrow no-break space before the sign). */
const euros = (text: string) => new RegExp(`${text.replace('-', '[-−]')}\\s€`);

/**
 * November 2026 at the space, typed with the `relais` command: Léa (member 1) bought a carnet of ten
 * half-days (70 €), Hugo (2) holds desk A1 from 1 November (150 € a month), Nina (3) came for a
 * whole day on 5 November (15 €).
 */
function november(space: Space): void {
  space.relais(...member('Léa', 'Martin', 'lea.martin@exemple.fr', '06 12 34 56 78', 'independent'));
  space.relais(...member('Hugo', 'Roux', 'hugo.roux@exemple.fr', '06 98 76 54 32', 'remote_employee'));
  space.relais(...member('Nina', 'Petit', 'nina.petit@exemple.fr', '05 57 00 11 22', 'student'));
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'carnet', memberId: 1, unit: 'half_day', startDate: '2026-11-10' }));
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'permanent', memberId: 2, seatId: 1, startDate: '2026-11-01' }));
  space.relais('checkin', '--member', '3', '--at', '2026-11-05T09:00:00+01:00');
  space.relais('checkout', '--member', '3', '--at', '2026-11-05T17:00:00+01:00');
}

/** Moves inside the app (its router reads the address's hash) without reloading the page. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), path);
}

/** The number of the invoice a member was issued on a day. */
const numberOf = (space: Space, memberId: number, issued: string) =>
  space.query<{ number: string }>("SELECT number FROM invoices WHERE member_id = ? AND issue_date = ? AND kind = 'invoice'", memberId, issued)[0]?.number ?? '';

const balanceOf = (space: Space, number: string) =>
  space.query<{ balance: number }>(
    `SELECT i.gross_cents - (SELECT coalesce(sum(amount_cents), 0) FROM payment_allocations WHERE invoice_id = i.id) AS balance FROM invoices i WHERE number = ?`,
    number,
  )[0]?.balance;

async function expectFigure(card: Locator, label: 'Reste dû' | 'Crédit', amount: string): Promise<void> {
  await expect(card.locator('dl > div').filter({ hasText: label })).toContainText(euros(amount));
}

/** November billed on 1 December; the three invoices' numbers (Léa's, Hugo's, Nina's). */
async function billNovember(page: Page, space: Space): Promise<[string, string, string]> {
  november(space);
  await openAt(page, space, ISSUE_DAY);
  await api(page, 'invoices.run', { month: '2026-11', issue: true });
  const numbers = [numberOf(space, 1, '2026-12-01'), numberOf(space, 2, '2026-12-01'), numberOf(space, 3, '2026-12-01')] as const;
  expect([...numbers].sort()).toEqual(['F2026-0001', 'F2026-0002', 'F2026-0003']);
  return [...numbers];
}

test('a cheque refused without its drawer, an overpayment kept as credit, a deposit slip, a reversal and the till', async ({ page, readySpace: space, shoot }) => {
  // One desk's December from start to finish: longer than most screens' tests.
  test.slow();
  const [lea, hugo, nina] = await billNovember(page, space);

  // Léa pays her carnet by cheque from her page: without the drawer the cheque is refused beside that field.
  await go(page, `/members/1`);
  const account = page.getByRole('region', { name: 'Compte' });
  await expectFigure(account, 'Reste dû', '70,00');
  await expectFigure(account, 'Crédit', '0,00');
  await expect(account.getByRole('row', { name: new RegExp(lea) })).toContainText('À payer');
  await account.getByRole('button', { name: 'Encaisser' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encaisser — Léa Martin' });
  await expect(dialog.getByRole('checkbox', { name: `Régler la facture ${lea}` })).toBeChecked();
  await expect(dialog.getByLabel(/^Montant/)).toHaveValue('70,00');
  await dialog.getByRole('button', { name: 'Chèque' }).click();
  await dialog.getByLabel(/^Banque/).fill('Crédit Agricole');
  await dialog.getByLabel(/^N° du chèque/).fill('4521387');
  await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(dialog.getByText('Le nom du tireur (qui signe le chèque) est obligatoire.')).toBeVisible();
  await expect(dialog.getByLabel(/^Tireur/)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel(/^Tireur/)).toBeFocused();
  expect(space.query('SELECT id FROM payments')).toEqual([]);
  await shoot('payments-dialog-cheque-error');
  await page.keyboard.type('Léa Martin');
  await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Paiement enregistré', { exact: true })).toBeVisible();
  await expectFigure(account, 'Reste dû', '0,00');
  await expect(account.getByRole('row', { name: new RegExp(lea) })).toContainText('Payée');
  expect(space.query('SELECT member_id, date, method, amount_cents, cheque_bank, cheque_number, cheque_drawer FROM payments')).toEqual([
    { member_id: 1, date: '2026-12-01', method: 'cheque', amount_cents: 7000, cheque_bank: 'Crédit Agricole', cheque_number: '4521387', cheque_drawer: 'Léa Martin' },
  ]);
  expect(balanceOf(space, lea)).toBe(0);
  await shoot('payments-member-account');

  // Hugo hands over 157 € in cash for his 150 € desk: the 7 € left are his credit.
  await page.getByRole('link', { name: 'Paiements' }).click();
  await expect(page.getByRole('heading', { name: 'Paiements', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Encaisser' }).click();
  const who = page.getByRole('dialog', { name: 'Encaisser un paiement' });
  await expect(who.getByLabel(/Membre/)).toBeFocused();
  await who.getByLabel(/Membre/).fill('Hu');
  await expect(page.getByRole('option', { name: 'Hugo Roux' })).toBeVisible();
  await page.keyboard.press('Enter');
  const cash = page.getByRole('dialog', { name: 'Encaisser — Hugo Roux' });
  // The amount has the focus, selected: typing replaces it, Enter records the payment.
  await expect(cash.getByLabel(/^Montant/)).toHaveValue('150,00');
  await expect(cash.getByLabel(/^Montant/)).toBeFocused();
  await expect(cash.getByRole('button', { name: 'Espèces' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('157');
  await expect(cash.getByLabel(/^Montant/)).toHaveValue('157');
  await expect(cash.getByRole('status')).toHaveText(/^7,00\s€ resteront en crédit sur le compte du membre\.$/);
  await shoot('payments-dialog-overpaid');
  await page.keyboard.press('Enter');
  await expect(cash).toBeHidden();
  await expect(page.getByText(/Paiement enregistré ; 7,00\s€ en crédit/)).toBeVisible();
  const hugoRow = page.getByRole('row', { name: /Hugo Roux/ });
  for (const text of ['01/12/2026', 'Espèces', euros('157,00'), hugo, /7,00\s€ en crédit/]) await expect(hugoRow).toContainText(text);
  expect(space.query('SELECT p.amount_cents, a.amount_cents AS allocated FROM payments p JOIN payment_allocations a ON a.payment_id = p.id WHERE p.member_id = 2')).toEqual([
    { amount_cents: 15700, allocated: 15000 },
  ]);
  await go(page, '/members/2');
  await expectFigure(account, 'Crédit', '7,00');
  await expectFigure(account, 'Reste dû', '0,00');

  // Nina pays 5 € of her 15 € day in cash (noted through the bridge).
  await api(page, 'payments.add', { memberId: 3, method: 'cash', amountCents: 500 });

  // The cheque goes to the bank: all waiting cheques are ticked; the slip says how many and how much.
  await go(page, '/payments?view=cheques');
  await expect(page.getByRole('tab', { name: 'Remise de chèques' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: 'Remettre le chèque n° 4521387 de Léa Martin' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'chèque' })).toHaveText(/^1 chèque sélectionné · 70,00\s€$/);
  await expect(page.getByText('Aucun bordereau pour l’instant.')).toBeVisible();
  await page.getByLabel('Banque de remise').fill('Banque Postale Libourne');
  await shoot('payments-cheques');
  await page.getByRole('button', { name: 'Faire le bordereau' }).click();
  await expect(page.getByRole('heading', { name: 'Bordereau de remise de chèques n° R2026-001' })).toBeVisible();
  expect(page.url()).toMatch(/#\/payments\/deposits\/1$/);
  const slip = page.getByRole('article');
  await expect(slip).toContainText('Arrêt Minute');
  await expect(slip).toContainText('Date de remise : 01/12/2026');
  await expect(slip).toContainText('Banque : Banque Postale Libourne');
  await expect(slip.getByRole('row', { name: /4521387/ }).getByRole('cell')).toHaveText(['Léa Martin', 'Crédit Agricole', '4521387', euros('70,00')]);
  await expect(slip.getByRole('row', { name: /1 chèque/ })).toContainText(euros('70,00'));
  await expect(slip).toContainText('Signature du déposant');
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  expect(space.query('SELECT d.number, d.date, count(p.id) AS cheques, sum(p.amount_cents) AS total FROM cheque_deposits d JOIN payments p ON p.deposit_id = d.id GROUP BY d.id')).toEqual([
    { number: 'R2026-001', date: '2026-12-01', cheques: 1, total: 7000 },
  ]);
  expect(space.query('SELECT bank FROM cheque_deposits')).toEqual([{ bank: 'Banque Postale Libourne' }]);
  await expectNoRawKeys(page);
  await shoot('payments-deposit-slip');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(slip).toBeVisible();
  await shoot('payments-deposit-slip-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Remise de chèques' }).click();
  await expect(page.getByText('Aucun chèque en attente de remise.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bordereaux déjà faits' }).getByRole('row', { name: /R2026-001/ })).toContainText(euros('70,00'));

  // Hugo's payment was a mistake: it is cancelled by a counter-entry and his invoice is due again.
  await page.getByRole('tab', { name: 'Paiements' }).click();
  await page.getByRole('button', { name: 'Annuler le paiement n° 2 de Hugo Roux' }).click();
  const reverse = page.getByRole('dialog', { name: 'Annuler ce paiement ?' });
  await expect(reverse).toContainText('jamais effacé');
  await expect(reverse).toContainText(/Paiement de 157,00\s€ en espèces de Hugo Roux, reçu le 01\/12\/2026\./);
  await reverse.getByLabel('Motif (facultatif)').fill('Montant mal saisi');
  await shoot('payments-reverse-dialog');
  await reverse.getByRole('button', { name: 'Enregistrer l’annulation' }).click();
  await expect(reverse).toBeHidden();
  await expect(page.getByRole('row', { name: /Annule le n° 2/ })).toContainText(euros('-157,00'));
  await expect(page.getByRole('row', { name: /Hugo Roux/ }).filter({ hasText: 'Annulé' })).toContainText(euros('157,00'));
  await expect(page.getByRole('button', { name: /Annuler le paiement n° 2/ })).toHaveCount(0);
  expect(space.query('SELECT id, amount_cents, reverses_id FROM payments WHERE member_id = 2 ORDER BY id')).toEqual([
    { id: 2, amount_cents: 15700, reverses_id: null },
    { id: 4, amount_cents: -15700, reverses_id: 2 },
  ]);
  expect(balanceOf(space, hugo)).toBe(15000);
  await shoot('payments-list');
  await go(page, '/members/2');
  await expectFigure(account, 'Reste dû', '150,00');
  await expectFigure(account, 'Crédit', '0,00');

  // The till: 157 € in, 5 € in, 157 € out — 5 € at the end of the day.
  await go(page, '/payments?view=cash');
  const till = page.getByRole('table', { name: 'Journal de caisse — décembre 2026' });
  await expect(till.getByRole('row')).toHaveCount(6);
  await expect(till.getByRole('row', { name: /Solde d’ouverture/ })).toContainText(euros('0,00'));
  await expect(till.getByRole('row', { name: /Nina Petit/ }).getByRole('cell')).toHaveText(['01/12/2026', 'Nina Petit', `Règlement ${nina}`, euros('5,00'), '', euros('162,00')]);
  await expect(till.getByRole('row', { name: /Annulation du paiement n° 2/ })).toContainText(euros('157,00'));
  await expect(till.getByRole('row', { name: /Solde de clôture/ }).getByRole('cell').last()).toHaveText(euros('5,00'));
  expect(space.query("SELECT sum(amount_cents) AS till FROM payments WHERE method = 'cash'")).toEqual([{ till: 500 }]);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await shoot('payments-cash-journal');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByText('Arrêt Minute', { exact: true }).last()).toBeVisible();
  await shoot('payments-cash-journal-print');
  await page.emulateMedia({ media: 'screen' });
});

test('by mid-February the overdue list groups late invoices by age, with a reminder for each', async ({ page, readySpace: space, shoot }) => {
  // Three months of the space's clock, three loads of the app.
  test.slow();
  const [lea, hugo, nina] = await billNovember(page, space);
  await api(page, 'payments.add', { memberId: 1, method: 'cheque', amountCents: 7000, chequeBank: 'Crédit Agricole', chequeNumber: '4521387', chequeDrawer: 'Léa Martin' });
  await api(page, 'payments.add', { memberId: 3, method: 'cash', amountCents: 500 });

  // December is billed on 4 January; by 15 February three invoices are late, in two age groups.
  await openAt(page, space, JANUARY_RUN);
  await api(page, 'invoices.run', { month: '2026-12', issue: true });
  const december = numberOf(space, 2, '2027-01-04');
  expect(december).toBe('F2027-0001');
  await openAt(page, space, MID_FEBRUARY);
  await page.getByRole('link', { name: 'Impayés' }).click();
  await expect(page.getByRole('heading', { name: 'Impayés', level: 1 })).toBeVisible();
  const ages = page.getByRole('group', { name: 'Retard' });
  await expect(ages.getByRole('button', { name: /Toutes/ })).toContainText(/310,00\s€\s*3 factures/);
  await expect(ages.getByRole('button', { name: /31 à 60 jours/ })).toContainText(/160,00\s€\s*2 factures/);
  await expect(ages.getByRole('button', { name: /1 à 30 jours/ })).toContainText(/150,00\s€\s*1 facture/);
  await expect(ages.getByRole('button', { name: /Plus de 90 jours/ })).toContainText(/0,00\s€\s*0 facture/);
  const late = page.getByRole('table', { name: 'Impayés' });
  await expect(late.getByRole('row', { name: new RegExp(hugo) }).getByRole('cell')).toHaveText([hugo, 'Hugo Roux', '31/12/2026', '46', euros('150,00'), /hugo\.roux@exemple\.fr06 98 76 54 32/, 'Relance']);
  await expect(late.getByRole('row', { name: new RegExp(nina) }).getByRole('cell')).toHaveText([nina, 'Nina Petit', '31/12/2026', '46', euros('10,00'), /nina\.petit@exemple\.fr05 57 00 11 22/, 'Relance']);
  await expect(late.getByRole('row', { name: new RegExp(december) }).getByRole('cell')).toHaveText([december, 'Hugo Roux', '03/02/2027', '12', euros('150,00'), /hugo\.roux@exemple\.fr/, 'Relance']);
  await expect(late.getByRole('row', { name: new RegExp(lea) })).toHaveCount(0);
  await expect(late.getByRole('rowheader', { name: /31 à 60 jours · 2 factures/ })).toBeVisible();
  await expect(late.getByRole('link', { name: nina })).toHaveAttribute('href', `#/invoices/${space.query<{ id: number }>('SELECT id FROM invoices WHERE number = ?', nina)[0]?.id}`);
  expect(space.query<{ number: string }>("SELECT number FROM invoices WHERE kind = 'invoice' AND due_date < '2027-02-15' ORDER BY number").map((row) => row.number)).toEqual([hugo, lea, nina, december].sort());
  expect([balanceOf(space, hugo), balanceOf(space, nina), balanceOf(space, december), balanceOf(space, lea)]).toEqual([15000, 1000, 15000, 0]);
  await shoot('payments-overdue');
  await ages.getByRole('button', { name: /1 à 30 jours/ }).click();
  await expect(late.getByRole('row', { name: /Relance/ })).toHaveCount(1);
  expect(page.url()).toMatch(/age=1-30/);
  await ages.getByRole('button', { name: /Toutes/ }).click();
  await expect(late.getByRole('row', { name: /Relance/ })).toHaveCount(3);

  // Nina's reminder: the number, the date and what is left to pay; sent by e-mail, printed or copied.
  await late.getByRole('button', { name: `Relancer pour la facture ${nina}` }).click();
  const reminder = page.getByRole('dialog', { name: `Relance — facture ${nina}, Nina Petit` });
  await expect(reminder.getByLabel('Objet')).toHaveValue(`Rappel : facture ${nina} du 01/12/2026`);
  const text = reminder.getByLabel('Texte');
  await expect(text).toHaveValue(new RegExp(`la facture n° ${nina} du 01/12/2026, arrivée à échéance le 31/12/2026, reste à régler pour 10,00\\s€`));
  const send = reminder.getByRole('link', { name: 'Envoyer par e-mail' });
  await expect(send).toHaveAttribute('href', new RegExp(`^mailto:nina\\.petit%40exemple\\.fr\\?subject=Rappel%20%3A%20facture%20${nina}`));
  await text.fill(`${await text.inputValue()}\nP.-S. : nous restons à votre disposition.`);
  await expect(send).toHaveAttribute('href', /P\.-S\.%20%3A%20nous%20restons/);
  await shoot('payments-reminder');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await reminder.getByRole('button', { name: 'Copier' }).click();
  await expect(page.getByText('Texte copié')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^Rappel : facture ${nina} du 01/12/2026\\n\\nBonjour Nina Petit,[\\s\\S]*P\\.-S\\.`));
  await expect(reminder.getByRole('button', { name: 'Imprimer la lettre' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`Objet : Rappel : facture ${nina} du 01/12/2026`)).toBeVisible();
  await expect(page.getByText('Pomerol, le 15/02/2027')).toBeVisible();
  await expect(reminder.getByText('Nina Petit', { exact: true })).toBeVisible();
  await expect(reminder.getByRole('button', { name: 'Imprimer la lettre' })).toBeHidden();
  await shoot('payments-reminder-letter-print');
  await page.emulateMedia({ media: 'screen' });
  await reminder.getByRole('button', { name: 'Fermer' }).click();
  await expect(reminder).toBeHidden();
  await expectNoRawKeys(page);
});

test('a new invoice prefix: the example follows the typing, a clash is refused beside the field, the next invoice uses it', async ({ page, readySpace: space, shoot }) => {
  november(space);
  await openAt(page, space, MID_FEBRUARY);
  // Nothing issued yet: nothing is late.
  await page.getByRole('link', { name: 'Impayés' }).click();
  await expect(page.getByText('Aucune facture en retard')).toBeVisible();
  await shoot('payments-overdue-empty');
  await page.getByRole('link', { name: 'Facturation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Facturation', level: 1 })).toBeVisible();
  const prefix = page.getByLabel('Préfixe des factures');
  await expect(prefix).toHaveValue('F');
  await expect(page.getByText('Exemple : F2027-0001')).toBeVisible();
  await prefix.fill('FAC');
  await expect(page.getByText('Exemple : FAC2027-0001')).toBeVisible();
  await page.getByLabel('Préfixe des avoirs').fill('FAC');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les préfixes des factures et des avoirs doivent différer.')).toBeVisible();
  await shoot('payments-invoicing-settings-error');
  await page.getByLabel('Préfixe des avoirs').fill('AV');
  await page.getByLabel('Délai de paiement').fill('90');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Un nombre entier de 0 à 60.')).toBeVisible();
  await page.getByLabel('Délai de paiement').fill('15');
  await page.getByLabel('À la réservation').check();
  await page.getByLabel('IBAN').fill('fr76 3000 6000 0112 3456 7890 189');
  await page.getByLabel('Banque de remise des chèques').fill('Crédit Agricole Pomerol');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expect(page.getByLabel('IBAN')).toHaveValue('FR7630006000011234567890189');
  const stored = space.query<{ value: string }>("SELECT value FROM settings WHERE section = 'invoicing'")[0]?.value ?? '{}';
  expect(JSON.parse(stored)).toMatchObject({ invoicePrefix: 'FAC', creditNotePrefix: 'AV', paymentTermDays: 15, dropIns: 'booked', iban: 'FR7630006000011234567890189', bankName: 'Crédit Agricole Pomerol' });
  await shoot('payments-invoicing-settings');
  await api(page, 'invoices.run', { month: '2027-01', issue: true });
  expect(space.query("SELECT number, issue_date, due_date FROM invoices WHERE member_id = 2 AND number IS NOT NULL")).toEqual([{ number: 'FAC2027-0001', issue_date: '2027-02-15', due_date: '2027-03-02' }]);
  await go(page, '/members/2');
  await expect(page.getByRole('region', { name: 'Compte' }).getByRole('link', { name: 'FAC2027-0001' })).toBeVisible();
});

test.describe('on the desk’s small screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the payments screen, its tabs and the payment dialog fit 1024×640 without scrolling sideways', async ({ page, readySpace: space, shoot }) => {
    november(space);
    await openAt(page, space, ISSUE_DAY);
    await api(page, 'invoices.run', { month: '2026-11', issue: true });
    await api(page, 'payments.add', { memberId: 1, method: 'cheque', amountCents: 7000, chequeBank: 'Crédit Agricole', chequeNumber: '4521387', chequeDrawer: 'Léa Martin' });
    await api(page, 'payments.add', { memberId: 2, method: 'cash', amountCents: 15700 });
    await page.getByRole('link', { name: 'Paiements' }).click();
    await expect(page.getByRole('row', { name: /Hugo Roux/ })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    await shoot('payments-small-list');
    for (const tab of ['Remise de chèques', 'Journal de caisse']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('table').first()).toBeVisible();
      expect(await sidewaysOverflow(page), tab).toBe(0);
    }
    await shoot('payments-small-cash');
    await go(page, '/members/3');
    await page.getByRole('region', { name: 'Compte' }).getByRole('button', { name: 'Encaisser' }).click();
    const dialog = page.getByRole('dialog', { name: 'Encaisser — Nina Petit' });
    await dialog.getByRole('button', { name: 'Chèque' }).click();
    await expect(dialog.getByLabel(/^Tireur/)).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    await shoot('payments-small-dialog');
  });
});
