import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, unlock, type Space } from './fixtures';

// The first working day of December: November is billed.
const DECEMBER_FIRST = '2026-12-01T09:30:00+01:00';

/**
 * November 2026 at the space, typed with the command: Lou holds desk A1 all month and made a 3 min 10 s
 * call to a mobile (4 started minutes at 0,15 €); Sam bought a carnet of ten half-days; Noa came for a
 * whole day on the 5th and a morning on the 6th.
 */
function november(space: Space): void {
  const member = (first: string, last: string) => space.relais('members', 'add', '--first-name', first, '--last-name', last, '--email', `${first.toLowerCase()}@example.org`, '--profile', 'independent', '--address', '3 chemin des Vignes', '--postcode', '33500', '--city', 'Libourne');
  member('Lou', 'Garnier');
  member('Sam', 'Perrin');
  member('Noa', 'Bernard');
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'permanent', memberId: 1, seatId: 1, startDate: '2026-11-01' }));
  space.relais('call', 'calls.add', JSON.stringify({ direction: 'out', number: '06 12 34 56 78', startedAt: '2026-11-02T10:00:00+01:00', duration: '3:10', memberId: 1 }));
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'carnet', memberId: 2, unit: 'half_day', startDate: '2026-11-10' }));
  for (const [day, from, to] of [['05', '09:00', '17:00'], ['06', '09:00', '12:00']] as const) {
    space.relais('checkin', '--member', '3', '--at', `2026-11-${day}T${from}:00+01:00`);
    space.relais('checkout', '--member', '3', '--at', `2026-11-${day}T${to}:00+01:00`);
  }
}

const draftOf = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
const euros = (text: string) => new RegExp(text.replace(' ', '\\s'));

/** Prepares November's drafts from the billing page. */
async function prepareNovember(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Facturation du mois' }).click();
  await expect(page.getByRole('heading', { name: 'Facturation du mois', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Mois affiché' })).toContainText('novembre 2026');
  await page.getByRole('button', { name: 'Préparer les brouillons' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'brouillons pour novembre 2026' })).toBeVisible();
}

/** Issues every draft shown, through the confirmation that says it is final. */
async function issueAll(page: Page, count: number): Promise<Locator> {
  await page.getByRole('button', { name: `Émettre les ${count} factures` }).click();
  const dialog = page.getByRole('dialog', { name: `Émettre ces ${count} factures ?` });
  await expect(dialog).toContainText('L’émission est définitive');
  return dialog;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'latin1') };
}

test('November is billed from the drafts, issued, credited in part and checked; a line altered behind Relais’s back is named', async ({ page, readySpace: space, shoot }) => {
  test.slow(); // one scenario from the month's activity to the chain's check
  november(space);
  await openAt(page, space, DECEMBER_FIRST);
  await page.getByRole('navigation').getByRole('link', { name: 'Facturation du mois' }).click();
  await expect(page.getByText('Aucun brouillon pour novembre 2026.')).toBeVisible();
  await shoot('invoicing-billing-empty');

  // The run drafts one invoice per member, priced from their plans, visits and calls.
  await prepareNovember(page);
  await expect(page.getByRole('status').filter({ hasText: 'brouillons' })).toHaveText(/^3 brouillons pour novembre 2026 · total 243,60\s€$/);
  await expect(draftOf(page, 'Lou Garnier')).toContainText('Poste permanent (mois) — Poste A1, novembre 2026');
  await expect(draftOf(page, 'Lou Garnier')).toContainText(euros('150,60 €'));
  await expect(draftOf(page, 'Sam Perrin')).toContainText('Carnet de 10 demi-journées');
  const noa = draftOf(page, 'Noa Bernard');
  await expect(noa.getByRole('table').getByRole('row')).toHaveCount(3);

  // Noa's morning is taken off; printing is added by hand, its price typed the French way.
  await noa.getByRole('button', { name: 'Retirer la ligne « Demi-journée — novembre 2026 (06) »' }).click();
  await expect(noa.getByRole('table').getByRole('row')).toHaveCount(2);
  await noa.getByRole('button', { name: 'Ajouter une ligne' }).click();
  const line = page.getByRole('dialog', { name: 'Ajouter une ligne — Noa Bernard' });
  await expect(line.getByLabel(/^Désignation/)).toBeFocused();
  await line.getByLabel(/^Désignation/).fill('Impressions couleur, 20 pages');
  await line.getByLabel(/^Quantité/).fill('20');
  await line.getByLabel(/^Prix unitaire HT/).fill('0,1a');
  await page.keyboard.press('Enter');
  await expect(line.getByText('Montant en euros, par exemple 15 ou 15,50.')).toBeVisible();
  await line.getByLabel(/^Prix unitaire HT/).fill('0,15');
  await shoot('invoicing-add-line');
  await page.keyboard.press('Enter');
  await expect(line).toBeHidden();
  await expect(noa.getByRole('row', { name: /Impressions couleur/ })).toContainText(euros('3,00 €'));
  await expect(page.getByRole('status').filter({ hasText: 'brouillons' })).toHaveText(/total 238,60\s€$/);
  expect(space.query('SELECT kind, description, quantity, unit_price_cents AS price, net_cents AS net FROM invoice_lines WHERE invoice_id = 3 ORDER BY position')).toEqual([
    { kind: 'dropin', description: 'Journée — novembre 2026 (05)', quantity: 1, price: 1500, net: 1500 },
    { kind: 'free', description: 'Impressions couleur, 20 pages', quantity: 20, price: 15, net: 300 },
  ]);
  await expectNoRawKeys(page);
  await shoot('invoicing-billing-drafts');

  // Issuing is final and said so; the numbers come back as links.
  const confirm = await issueAll(page, 3);
  await shoot('invoicing-issue-confirm');
  await confirm.getByRole('button', { name: 'Émettre les 3 factures' }).click();
  await expect(confirm).toBeHidden();
  const issued = page.getByRole('status', { name: '3 factures émises' });
  for (const number of ['F2026-0001', 'F2026-0002', 'F2026-0003']) await expect(issued.getByRole('link', { name: number })).toBeVisible();
  await expect(issued).toContainText(/F2026-0003 — Noa Bernard, 18,00\s€/);
  expect(space.query('SELECT number, issue_date AS date, gross_cents AS total FROM invoices ORDER BY id')).toEqual([
    { number: 'F2026-0001', date: '2026-12-01', total: 15060 },
    { number: 'F2026-0002', date: '2026-12-01', total: 7000 },
    { number: 'F2026-0003', date: '2026-12-01', total: 1800 },
  ]);
  await shoot('invoicing-billing-issued');

  // The list: one row per invoice, amounts in euros, the status in words.
  await page.getByRole('navigation').getByRole('link', { name: 'Factures', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Factures' });
  const row = (number: string) => grid.getByRole('row', { name: new RegExp(number) });
  for (const text of ['F2026-0003', '01/12/2026', 'Noa Bernard', /18,00\s€/, 'À payer']) await expect(row('F2026-0003')).toContainText(text);
  await expect(page.getByRole('status').filter({ hasText: 'documents émis' })).toHaveText(/^3 documents émis · 238,60\s€ TTC · reste dû 238,60\s€$/);
  await expectNoRawKeys(page);
  await shoot('invoicing-list');

  // One invoice: its lines, totals, chain link, and the PDF drawn in the page.
  await row('F2026-0001').getByRole('gridcell', { name: 'Lou Garnier' }).click();
  await expect(page.getByRole('heading', { name: 'Facture F2026-0001', level: 1 })).toBeVisible();
  await expect(page.getByText(/Émise le 01\/12\/2026 · échéance le 31\/12\/2026 · période du 01\/11\/2026 au 30\/11\/2026/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Totaux' })).toContainText('TVA non applicable, art. 293 B du CGI');
  const hash = space.query<{ hash: string }>("SELECT hash FROM chain WHERE record = 'invoice' AND record_id = 1")[0]?.hash ?? '';
  await expect(page.getByRole('region', { name: 'Chaînage' })).toContainText(hash);
  const preview = page.getByRole('img', { name: 'F2026-0001, page 1 sur 1' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  expect((await preview.boundingBox())?.width).toBeGreaterThan(400);
  await expect(page.getByLabel('Préparation de l’aperçu')).toBeHidden();
  await shoot('invoicing-invoice');
  const pdf = await download(page, page.getByRole('button', { name: 'Télécharger le PDF' }));
  expect(pdf.text.startsWith('%PDF-')).toBe(true);
  expect(pdf.name).toMatch(/F2026-0001.*\.pdf$/);
  const xml = await download(page, page.getByRole('button', { name: 'Télécharger le XML Factur-X' }));
  expect(xml.text).toContain('<rsm:CrossIndustryInvoice');
  expect(xml.text).toContain('F2026-0001');

  // « Encaisser » opens the payments screen's dialog for this invoice.
  await page.getByRole('button', { name: 'Encaisser' }).click();
  await expect(page.getByRole('dialog', { name: /Encaisser/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // A partial credit note, as the administrator: the call only.
  await page.getByRole('button', { name: 'Faire un avoir' }).click();
  const credit = page.getByRole('dialog', { name: 'Faire un avoir sur F2026-0001' });
  const desk = credit.getByLabel('Quantité à créditer : Poste permanent (mois) — Poste A1, novembre 2026');
  await expect(desk).toBeFocused();
  await expect(desk).toHaveValue('1');
  await desk.fill('0');
  await credit.getByLabel('Motif').fill('Appel professionnel');
  await expect(credit.getByRole('status')).toHaveText(/Montant de l’avoir HT\s:\s-0,60\s€/);
  await shoot('invoicing-credit-dialog');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Avoir A2026-0001', level: 1 })).toBeVisible();
  await expect(page.getByText('Corrige la facture F2026-0001 du 01/12/2026')).toBeVisible();
  await expect(page.getByText('Motif : Appel professionnel')).toBeVisible();
  expect(space.query("SELECT description, quantity, unit_price_cents AS price, corrects_position AS corrects FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.number = 'A2026-0001'")).toEqual([
    { description: 'Communications téléphoniques re-facturées — novembre 2026 (4 min)', quantity: 1, price: -60, corrects: 2 },
  ]);
  await expect(page.getByRole('img', { name: 'A2026-0001, page 1 sur 1' })).toBeVisible({ timeout: 20_000 });
  await shoot('invoicing-credit-note');

  // Back on the invoice: what the credit note took off, then a partial payment made at the desk.
  await page.getByRole('link', { name: 'F2026-0001' }).click();
  const totals = page.getByRole('table', { name: 'Totaux' });
  await expect(totals.getByRole('row', { name: 'Avoirs' })).toContainText(/-0,60\s€/);
  await expect(totals.getByRole('row', { name: 'Reste dû' })).toContainText(/150,00\s€/);
  await expect(page.getByRole('region', { name: 'Avoirs' }).getByRole('link', { name: 'A2026-0001' })).toBeVisible();
  space.relais('payments', 'add', '--member', '1', '--method', 'cash', '--amount-cents', '5000', '--date', '2026-12-01', '--allocations', '[{"invoiceId":1,"amountCents":5000}]');
  await page.reload();
  await expect(totals.getByRole('row', { name: 'Reste dû' })).toContainText(/100,00\s€/);
  await expect(page.getByRole('region', { name: 'Paiements' })).toContainText(/Espèces\s*50,00\s€/);
  await expect(page.getByText('Payée en partie')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Factures', exact: true }).click();
  await expect(row('F2026-0001')).toContainText('Payée en partie');
  await expect(row('F2026-0001')).toContainText(/100,00\s€/);
  await expect(row('A2026-0001')).toContainText('Avoir');

  // The chain is intact: three invoices, a credit note and a payment.
  await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
  const check = page.getByRole('dialog', { name: 'Intégrité des factures' });
  await expect(check).toContainText('Chaîne intacte : 5 enregistrements vérifiés');
  const lastHash = space.query<{ hash: string }>('SELECT hash FROM chain ORDER BY position DESC LIMIT 1')[0]?.hash ?? '';
  await expect(check.locator('code')).toHaveText(`${lastHash.slice(0, 10)}…${lastHash.slice(-10)}`);
  await shoot('invoicing-integrity-intact');
  await page.keyboard.press('Enter');
  await expect(check).toBeHidden();

  // Someone edits Sam's invoice in the file itself, past the trigger that forbids it.
  const db = new Database(space.file);
  db.exec('DROP TRIGGER invoice_lines_frozen_update');
  db.prepare("UPDATE invoice_lines SET unit_price_cents = 5000, net_cents = 5000 WHERE position = 1 AND invoice_id = (SELECT id FROM invoices WHERE number = 'F2026-0002')").run();
  db.close();
  expect(space.query("SELECT unit_price_cents AS price FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.number = 'F2026-0002'")).toEqual([{ price: 5000 }]);
  await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
  await expect(check).toContainText('La chaîne n’est plus intacte : 1 anomalie');
  const problems = check.getByRole('list', { name: 'Anomalies' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('F2026-0002 — modifié après émission');
  await expect(problems.first().getByText('F2026-0002')).toHaveCSS('color', 'rgb(211, 47, 47)');
  await expect(check).toContainText('Une facture ou un paiement a été modifié hors de Relais. Prévenez le trésorier ; gardez une sauvegarde de ce fichier.');
  const report = JSON.parse(space.relais('--json', 'call', 'ledger.verify')) as { intact: boolean; problems: { problem: string; number: string }[] };
  expect(report.intact).toBe(false);
  expect(report.problems.map((p) => [p.problem, p.number])).toEqual([['altered', 'F2026-0002']]);
  await expectNoRawKeys(page);
  await shoot('invoicing-integrity-broken');
});

test('a new invoice for a member is a draft filled by hand, then issued from its page; credit notes are the treasury’s', async ({ page, readySpace: space, shoot }) => {
  november(space);
  space.relais('staff', 'add', '--name', 'Dominique', '--role', 'welcome', '--pin', '1357');
  await openAt(page, space, DECEMBER_FIRST);
  await page.getByRole('navigation').getByRole('link', { name: 'Factures', exact: true }).click();
  await page.getByRole('button', { name: 'Nouvelle facture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Choisissez un membre dans la liste.')).toBeVisible();
  await dialog.getByLabel(/Membre/).fill('Sa');
  await expect(page.getByRole('option', { name: 'Sam Perrin' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Brouillon de facture', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Émettre' })).toBeDisabled();
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  const line = page.getByRole('dialog', { name: 'Ajouter une ligne — Sam Perrin' });
  await line.getByLabel(/^Désignation/).fill('Location de la salle, 3 heures');
  await line.getByLabel(/^Quantité/).fill('3');
  await line.getByLabel(/^Prix unitaire HT/).fill('12,50');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Totaux' }).getByRole('row', { name: 'Total TTC' })).toContainText(/37,50\s€/);
  await shoot('invoicing-draft-page');
  await page.getByRole('button', { name: 'Émettre' }).click();
  const confirm = page.getByRole('dialog', { name: 'Émettre cette facture ?' });
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Émettre la facture' }).click();
  await expect(page.getByRole('heading', { name: 'Facture F2026-0001', level: 1 })).toBeVisible();
  expect(space.query('SELECT number, member_id AS member, gross_cents AS total FROM invoices')).toEqual([{ number: 'F2026-0001', member: 2, total: 3750 }]);
  await expect(page.getByRole('button', { name: 'Faire un avoir' })).toBeVisible();

  // A welcome volunteer sees the invoice, its files and « Encaisser », not the credit note.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await unlock(page, 'Dominique', '1357');
  await page.getByRole('navigation').getByRole('link', { name: 'Factures', exact: true }).click();
  await page.getByRole('row', { name: /F2026-0001/ }).getByRole('gridcell', { name: 'Sam Perrin' }).click();
  await expect(page.getByRole('heading', { name: 'Facture F2026-0001', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Encaisser' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Faire un avoir' })).toHaveCount(0);
});

test.describe('on the desk’s small screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the billing run, the list and an invoice fit 1024×640 without scrolling sideways', async ({ page, readySpace: space, shoot }) => {
    november(space);
    await openAt(page, space, DECEMBER_FIRST);
    // October had nothing to bill: the run says so.
    await page.getByRole('navigation').getByRole('link', { name: 'Facturation du mois' }).click();
    await page.getByRole('button', { name: 'Mois précédent' }).click();
    await page.getByRole('button', { name: 'Préparer les brouillons' }).click();
    await expect(page.getByText('Rien à facturer pour octobre 2026.')).toBeVisible();
    await prepareNovember(page);
    expect(await sidewaysOverflow(page), 'the billing run scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('invoicing-small-billing');
    await (await issueAll(page, 3)).getByRole('button', { name: 'Émettre les 3 factures' }).click();
    await expect(page.getByRole('status', { name: '3 factures émises' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Factures', exact: true }).click();
    await expect(page.getByRole('row', { name: /F2026-0003/ })).toBeVisible();
    expect(await sidewaysOverflow(page), 'the list scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('invoicing-small-list');
    await page.getByRole('row', { name: /F2026-0001/ }).getByRole('gridcell', { name: 'Lou Garnier' }).click();
    await expect(page.getByRole('img', { name: 'F2026-0001, page 1 sur 1' })).toBeVisible({ timeout: 20_000 });
    expect(await sidewaysOverflow(page), 'the invoice scrolls sideways').toBeLessThanOrEqual(0);
    await shoot('invoicing-small-invoice');
  });
});
