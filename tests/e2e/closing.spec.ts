import fs from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoRawKeys, openAt, sidewaysOverflow, test, type Space } from './fixtures';

const NOVEMBER_END = '2026-11-23T10:00:00+01:00';
// The November invoices are issued on Tuesday 1 December 2026; the year is closed on 15 January 2027.
const ISSUE_DAY = '2026-12-01T09:30:00+01:00';
const CLOSING_DAY = '2027-01-15T10:00:00+01:00';

/** `235,00 €` as French formats it (a narrow no-break space before the sign). */
const euros = (text: string) => new RegExp(`^${text}\\s€$`);

/** The accounting settings as stored, read back through the command. */
const accounting = (space: Space) =>
  (JSON.parse(space.relais('call', 'settings.get', '{}', '--json')) as { accounting: { accounts: Record<string, { number: string; label: string }>; journals: Record<string, { code: string; label: string }>; fiscalYearStartMonth: number; fecSeparator: string } }).accounting;

/** A treasurer, who closes years but does not see the space's other settings. */
const treasurer = (space: Space) => space.relais('staff', 'add', '--name', 'Sam', '--role', 'treasurer', '--pin', '1357');

/**
 * A contract call made by the signed-in page through the bridge, at the bridge's clock (an invoice's
 * issue date is the day it is issued).
 */
async function api(page: Page, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-relais-token': sessionStorage.getItem('relais.token') ?? '', 'x-relais-session': sessionStorage.getItem('relais.session') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    [method, input] as const,
  );
}

/**
 * November 2026 at the space, billed on 1 December: Léa's carnet of ten half-days (70 €), Hugo's
 * desk A1 from 1 November (150 €), Nina's whole day on 5 November (15 €); Léa pays 70 € in cash.
 */
async function billNovember(page: Page, space: Space): Promise<void> {
  const member = (first: string, last: string, profile: string) => space.relais('members', 'add', '--first-name', first, '--last-name', last, '--profile', profile);
  member('Léa', 'Martin', 'independent');
  member('Hugo', 'Roux', 'remote_employee');
  member('Nina', 'Petit', 'student');
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'carnet', memberId: 1, unit: 'half_day', startDate: '2026-11-10' }));
  space.relais('call', 'plans.add', JSON.stringify({ kind: 'permanent', memberId: 2, seatId: 1, startDate: '2026-11-01' }));
  space.relais('checkin', '--member', '3', '--at', '2026-11-05T09:00:00+01:00');
  space.relais('checkout', '--member', '3', '--at', '2026-11-05T17:00:00+01:00');
  await openAt(page, space, ISSUE_DAY, 'Sam', '1357');
  expect((await api(page, 'invoices.run', { month: '2026-11', issue: true })).ok).toBe(true);
  expect((await api(page, 'payments.add', { memberId: 1, method: 'cash', amountCents: 7000 })).ok).toBe(true);
  expect(space.query("SELECT count(*) AS n, sum(gross_cents) AS gross FROM invoices WHERE number IS NOT NULL AND kind = 'invoice'")).toEqual([{ n: 3, gross: 23500 }]);
}

/** The bytes of a file the page downloaded. */
async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

async function expectZip(download: Download, year: number): Promise<void> {
  expect(download.suggestedFilename()).toMatch(new RegExp(`${year}.*\\.zip$`));
  const zip = await bytesOf(download);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  // A ZIP's central directory names its files in clear.
  expect(zip.includes('SHA256SUMS')).toBe(true);
}

/** The value shown in a closed year's totals table, for a row and a column. */
const cell = (year: Locator, row: 'invoices' | 'credit_notes', column: number) => year.locator(`tr[data-totals="${row}"] td`).nth(column);

test('the treasurer sets the account plan, a journal, the fiscal year and the FEC separator; a bad number is refused beside its field', async ({ page, readySpace: space, shoot }) => {
  // Every section of the page, saved, refused and read back: longer than most screens' tests.
  test.slow();
  treasurer(space);
  const changes = () => space.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'settings_changed'")[0]!.n;
  const before = changes();
  await openAt(page, space, NOVEMBER_END, 'Sam', '1357');
  await page.getByRole('link', { name: 'Comptabilité' }).click();
  await expect(page.getByRole('heading', { name: 'Comptabilité', level: 1 })).toBeVisible();
  const desks = page.getByLabel('Numéro du compte « Postes de travail (ventes) »');
  await expect(desks).toHaveValue('706100');
  await expect(page.getByLabel('Numéro du compte « Clients (411) »')).toHaveValue('411000');
  await expect(page.getByLabel('Libellé du compte « TVA collectée »')).toHaveValue('TVA collectée');
  await expect(page.getByLabel('Code du journal « Ventes »')).toHaveValue('VE');
  await expect(page.locator('[data-period]')).toHaveText('Exercice 2026 : du 01/01/2026 au 31/12/2026');
  await expect(page.getByRole('radio', { name: /Barre verticale/ })).toBeChecked();
  await expectNoRawKeys(page);
  await shoot('accounting-settings');

  // An account number with a full stop in it: refused beside its field, nothing stored.
  const cash = page.getByLabel('Numéro du compte « Caisse »');
  await cash.fill('530.00');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(cash).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('tr[data-account="cash"]')).toContainText(/numéro de compte du plan comptable/i);
  await expect(cash).toBeFocused();
  expect(accounting(space).accounts.cash!.number).toBe('530000');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('accounting-settings-error');

  // Leaving with changes not saved asks first.
  await page.getByRole('link', { name: 'Clôture' }).click();
  await page.getByRole('dialog', { name: 'Modifications non enregistrées' }).getByRole('button', { name: 'Rester sur l’écran' }).click();
  await expect(page.getByRole('heading', { name: 'Comptabilité', level: 1 })).toBeVisible();

  await cash.fill('530000');
  await desks.fill('706110');
  await page.getByLabel('Libellé du compte « Postes de travail (ventes) »').fill('Locations de postes');
  await page.getByLabel('Code du journal « Opérations diverses »').fill('od2');
  await page.getByRole('radio', { name: /Tabulation/ }).check();
  await page.getByLabel('Premier mois de l’exercice').click();
  await page.getByRole('option', { name: 'Juillet' }).click();
  await expect(page.locator('[data-period]')).toHaveText('Exercice 2027 : du 01/07/2026 au 30/06/2027');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expect(cash).toHaveAttribute('aria-invalid', 'false');
  const stored = accounting(space);
  expect(stored.accounts.desks).toEqual({ number: '706110', label: 'Locations de postes' });
  expect(stored.accounts.cash!.number).toBe('530000');
  expect(stored.journals.misc!.code).toBe('OD2');
  expect(stored.fecSeparator).toBe('tab');
  expect(stored.fiscalYearStartMonth).toBe(7);
  expect(changes()).toBe(before + 1);

  // Two journals with one code: refused beside the second.
  await page.getByLabel('Code du journal « Caisse »').fill('VE');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByLabel('Code du journal « Caisse »')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('tr[data-journal="cash"]')).toContainText('Chaque journal doit avoir son propre code.');
  expect(accounting(space).journals.cash!.code).toBe('CA');

  // Once saved, the page reads back what is stored (a reload shows it too).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Comptabilité', level: 1 })).toBeVisible();
  await expect(desks).toHaveValue('706110');
  await expect(page.getByLabel('Code du journal « Caisse »')).toHaveValue('CA');
  await expect(page.getByRole('radio', { name: /Tabulation/ })).toBeChecked();
  await expect(page.getByLabel('Premier mois de l’exercice')).toHaveText('Juillet');

  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(desks).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  await shoot('accounting-settings-1024');
});

test('a treasurer closes last year once it is over: final once confirmed, its archive downloaded, its totals shown', async ({ page, readySpace: space, shoot }) => {
  // A month billed, then the page in December and in January: longer than most screens' tests.
  test.slow();
  treasurer(space);
  await billNovember(page, space);

  // In December, 2026 is not over yet: the button waits, and says until when.
  await page.getByRole('link', { name: 'Clôture' }).click();
  await expect(page.getByRole('heading', { name: 'Clôture', level: 1 })).toBeVisible();
  const year2026 = page.getByRole('region', { name: 'Exercice 2026' });
  await expect(year2026).toContainText('Du 01/01/2026 au 31/12/2026 · 3 factures et avoirs · 1 paiement');
  await expect(year2026).toContainText('Ouvert');
  await expect(year2026.getByRole('button', { name: 'Clôturer l’exercice' })).toBeDisabled();
  await expect(year2026.locator('[data-blocker]')).toHaveText('L’exercice n’est pas terminé : il pourra être clôturé à partir du 01/01/2027.');
  await expect(page.getByText(/sha256sum -c SHA256SUMS/)).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('closing-not-over');

  // Mid-January 2027: 2026 can be closed; 2027 has just begun.
  await openAt(page, space, CLOSING_DAY, 'Sam', '1357');
  await page.getByRole('link', { name: 'Clôture' }).click();
  const sections = page.getByRole('region', { name: /^Exercice \d{4}$/ });
  await expect(sections).toHaveCount(2);
  await expect(sections.first()).toHaveAccessibleName('Exercice 2027');
  await expect(page.getByRole('region', { name: 'Exercice 2027' }).getByRole('button', { name: 'Clôturer l’exercice' })).toBeDisabled();
  await year2026.getByRole('button', { name: 'Clôturer l’exercice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clôturer l’exercice 2026 ?' });
  await expect(dialog).toContainText('La clôture est définitive et ne peut pas être annulée.');
  await expect(dialog).toContainText('Plus aucune facture, aucun avoir ni aucun paiement ne pourra être daté entre le 01/01/2026 et le 31/12/2026.');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await shoot('closing-confirm');

  // Cancelling closes nothing.
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  expect(space.query('SELECT year FROM closings')).toEqual([]);

  await year2026.getByRole('button', { name: 'Clôturer l’exercice' }).click();
  const [archive] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Clôturer définitivement' }).click()]);
  await expectZip(archive, 2026);
  await expect(dialog).toBeHidden();
  const done = page.getByText('Exercice 2026 clôturé ; son archive est téléchargée.');
  await expect(done).toBeVisible();

  // The year as stored for ever: who closed it, its totals, the chain's last link.
  expect(space.query('SELECT year, start, end FROM closings')).toEqual([{ year: 2026, start: '2026-01-01', end: '2026-12-31' }]);
  const [last] = space.query<{ position: number; hash: string }>('SELECT position, hash FROM chain ORDER BY position DESC LIMIT 1');
  await expect(year2026.locator('[data-closed-on]')).toHaveText('Clôturé le 15/01/2027 à 10:00 par Sam');
  await expect(year2026.getByRole('button', { name: 'Clôturer l’exercice' })).toHaveCount(0);
  await expect(cell(year2026, 'invoices', 0)).toHaveText('3');
  await expect(cell(year2026, 'invoices', 3)).toHaveText(euros('235,00'));
  await expect(cell(year2026, 'credit_notes', 0)).toHaveText('0');
  await expect(year2026.locator('[data-figure="payments"]')).toHaveText(/^1 paiement · 70,00\s€$/);
  await expect(year2026.locator('[data-figure="perpetual"] b')).toHaveText(euros('235,00'));
  await expect(year2026.locator('[data-figure="position"]')).toHaveText(String(last!.position));
  await expect(year2026.locator('[data-figure="hash"]')).toHaveText(last!.hash);
  await expectNoRawKeys(page);
  await expect(done).toBeHidden();
  await shoot('closing-closed');

  // The hash is copied in one click, to compare it with a printed copy or the archive.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await year2026.getByRole('button', { name: 'Copier l’empreinte' }).click();
  await expect(page.getByText('Empreinte copiée')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(last!.hash);

  // The archive again, for a closed year.
  const [again] = await Promise.all([page.waitForEvent('download'), year2026.getByRole('button', { name: 'Télécharger l’archive' }).click()]);
  await expectZip(again, 2026);

  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(year2026.locator('[data-figure="hash"]')).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  await shoot('closing-1024');
});

test('the welcome desk sees neither the closing nor the accounting settings', async ({ page, readySpace: space }) => {
  space.relais('staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '2580');
  await openAt(page, space, NOVEMBER_END, 'Lou', '2580');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Factures' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Clôture' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Comptabilité' })).toHaveCount(0);
  // Typed in the address, the screens send back to the home page; the contract refuses the calls.
  for (const path of ['/closing', '/settings/accounting']) {
    await page.evaluate((hash) => (window.location.hash = hash), path);
    await expect(page).toHaveURL(/#\/$/);
  }
  await expect(page.getByRole('heading', { name: 'Clôture' })).toHaveCount(0);
  expect((await api(page, 'accounting.years', {})).ok).toBe(false);
  expect((await api(page, 'accounting.close', { year: 2025 })).ok).toBe(false);
});
