import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Download, Locator, Page } from '@playwright/test';
import type { OutputOf } from '../../main/api/contract';
import { api, expect, expectNoRawKeys, sidewaysOverflow, test, unlock, type Space } from './fixtures';

type Answer = OutputOf<'network.report'>;

// The treasurer's laptop may be the desk's old 1024×640 one.
test.use({ viewport: { width: 1024, height: 640 } });

/** Text as read on screen, its no-break and narrow spaces read as plain ones. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const count = (n: number) => plain(new Intl.NumberFormat('fr-FR').format(n));
const euros = (cents: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
const percent = (pct: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(pct / 100));

const section = (page: Page, name: string) => page.locator(`section[data-section="${name}"]`);
/** The value cell of one figure, as read on screen. */
const value = (page: Page, path: string) => page.locator(`tr[data-figure="${path}"] td`);
/** The menu's entries for the report (main list) and its settings (Réglages › Réseau). */
const menu = (page: Page, path: '/network' | '/settings/network') => page.getByRole('navigation').locator(`a[href="#${path}"]`);

async function open(page: Page, space: Space): Promise<void> {
  await page.goto(space.url);
  await unlock(page, 'Camille', '2468');
}

/** The downloads one click starts (« Enregistrer » saves two files). */
async function downloadsOf(page: Page, click: () => Promise<void>, expected: number): Promise<Download[]> {
  const files: Download[] = [];
  const listener = (download: Download) => files.push(download);
  page.on('download', listener);
  await click();
  await expect.poll(() => files.length).toBe(expected);
  page.off('download', listener);
  return files;
}

const text = async (download: Download) => fs.readFileSync(await download.path(), 'utf8');

/** The newest row of the log of sendings. */
const newestSending = (page: Page): Locator => page.getByRole('region', { name: 'Envois au réseau' }).locator('tbody tr').first();

/** A stand-in for the network's server on this PC: it keeps what it receives and answers 200, or 500 once told to. */
async function networkServer() {
  const received: { body: string; headers: http.IncomingHttpHeaders; path: string }[] = [];
  let failing = false;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers, path: request.url ?? '' });
      response.writeHead(failing ? 500 : 200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(failing ? 'Erreur interne du réseau' : 'Rapport reçu, merci');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rapports`,
    received,
    fail: () => (failing = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('the report of a demonstration year reads as it will leave: figures, secrets, raw JSON and CSV, both files saved, figures typed by hand', async ({ page, readySpace: space, shoot }) => {
  test.slow(); // three years of demonstration data
  space.relais('demo', '--years', '3');
  await open(page, space);
  await menu(page, '/network').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport au réseau' })).toBeVisible();

  // The last calendar year that is over, by default.
  const year = new Date().getFullYear() - 1;
  await expect(page.getByRole('combobox', { name: 'Année' })).toHaveText(String(year));
  await expect(page.getByRole('combobox', { name: 'Période' })).toHaveText('Toute l’année');
  const answer = (await api(page, 'network.report', { year })) as Answer;
  const { report } = answer;
  await expect(page.locator('[data-summary]')).toContainText(`Du 01/01/${year} au 31/12/${year} · ${report.periode.jours_ouverts} jours d’ouverture`);
  await expect(page.locator('[data-summary]')).toContainText(answer.sha256);

  // The figures on screen are the report's, written in French.
  const f = report.frequentation!;
  await expect(value(page, 'frequentation.postes_jours_utilises')).toHaveText(count(f.postes_jours_utilises));
  expect(plain(await value(page, 'frequentation.postes_jours_utilises').innerText())).toMatch(/^\d{1,3}( \d{3})*(,\d)?$/);
  expect(plain(await value(page, 'frequentation.postes_jours_capacite').innerText())).toBe(count(f.postes_jours_capacite));
  expect(plain(await value(page, 'frequentation.taux_occupation_pct').innerText())).toBe(percent(f.taux_occupation_pct));
  expect(plain(await value(page, 'economie.chiffre_affaires_ht').innerText())).toBe(euros(report.economie!.chiffre_affaires_ht_centimes!));
  expect(plain(await value(page, 'evenements.nombre').innerText())).toBe(count(report.evenements!.nombre));
  expect(plain(await value(page, 'mobilite.km_evites').innerText())).toBe(`${count(report.mobilite!.km_evites!)} km`);
  await expect(section(page, 'lieu').locator('[data-definition="nom"] dd')).toHaveText(report.lieu!.nom);
  await expect(section(page, 'lieu').locator('[data-definition="horaires"] dd')).toHaveText(report.lieu!.horaires);

  // Every withheld value shows as « secret », and says why.
  const secrets = report.confidentialite.cellules_secretes;
  expect(secrets.length).toBeGreaterThan(0);
  for (const cell of secrets) await expect(value(page, cell.indicateur)).toHaveText('secret');
  const first = value(page, secrets[0]!.indicateur).getByText('secret');
  // From the keyboard, the reason shows as the value takes the focus.
  await page.keyboard.press('Shift');
  await first.focus();
  await expect(page.getByRole('tooltip')).toContainText('Moins de 5 personnes, ou une valeur');
  await expect(first).toHaveAccessibleDescription(/Moins de 5 personnes/);
  await expect(section(page, 'confidentialite').locator('[data-withheld]')).toHaveCount(secrets.length);
  await expect(section(page, 'mobilite').locator('[data-estimate]')).toHaveText('estimation');
  await expect(section(page, 'mobilite').locator('[data-factor]')).toContainText('0,2176 kg CO₂e par km');
  await expect(section(page, 'mobilite').locator('[data-factor]')).toContainText('ADEME');
  await expect(page.getByRole('button', { name: 'Envoyer au réseau' })).toBeDisabled();
  await expect(page.getByText('Aucune adresse d’envoi n’est réglée')).toBeVisible();
  await expectNoRawKeys(page);
  expect(await sidewaysOverflow(page), 'the report scrolls sideways').toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('network-preview');

  // The raw texts are the very ones that leave.
  await page.getByRole('tab', { name: 'JSON brut' }).click();
  await expect(page).toHaveURL(/view=json/);
  expect(await page.locator('pre[data-raw="json"]').textContent()).toBe(answer.json);
  await shoot('network-json');
  await page.getByRole('tab', { name: 'CSV' }).click();
  expect(await page.locator('pre[data-raw="csv"]').textContent()).toBe(answer.csv);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // « Enregistrer » downloads the JSON and the CSV beside it, equal to what was previewed.
  const files = await downloadsOf(page, () => page.getByRole('button', { name: 'Enregistrer (JSON + CSV)' }).click(), 2);
  const byName = new Map(files.map((file) => [file.suggestedFilename(), file]));
  expect([...byName.keys()].sort()).toEqual([answer.csvFileName, answer.jsonFileName].sort());
  expect(await text(byName.get(answer.jsonFileName)!)).toBe(answer.json);
  expect(await text(byName.get(answer.csvFileName)!)).toBe(answer.csv);
  await expect(page.getByRole('status').filter({ hasText: answer.jsonFileName })).toBeVisible();
  expect(space.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'network_exported'")[0]!.n).toBe(1);

  // A quarter, from the keyboard; it stays in the address.
  await page.getByRole('tab', { name: 'Tableaux' }).click();
  // The next change of the address builds on this one once it is on screen (react-router's setter reads the rendered address).
  await expect(section(page, 'frequentation')).toBeVisible();
  const quarter = page.getByRole('combobox', { name: 'Période' });
  await quarter.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: '2e trimestre (avril–juin)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/quarter=2/);
  await expect(page.locator('[data-summary]')).toContainText(`Du 01/04/${year} au 30/06/${year}`);
  const q2 = (await api(page, 'network.report', { year, quarter: 2 })) as Answer;
  await expect(value(page, 'frequentation.postes_jours_utilises')).toHaveText(count(q2.report.frequentation!.postes_jours_utilises));
  await expect(value(page, 'economie.subventions')).toHaveText('non renseigné');

  // Economic figures typed by hand: the whole year's report shows them once saved.
  await quarter.click();
  await page.getByRole('option', { name: 'Toute l’année' }).click();
  const economy = section(page, 'economie');
  await economy.getByLabel('Subventions de l’année (€)').fill('12 500,50');
  await economy.getByLabel('Salariés (ETP)').fill('1,5');
  await economy.getByLabel('Bénévoles').fill('abc');
  await economy.getByRole('button', { name: 'Enregistrer les chiffres' }).click();
  await expect(economy.getByText('Un nombre entier, par exemple 10.')).toBeVisible();
  await economy.getByLabel('Bénévoles').fill('3');
  await economy.getByRole('button', { name: 'Enregistrer les chiffres' }).click();
  await expect(value(page, 'economie.subventions')).toHaveText(euros(1_250_050));
  await expect(value(page, 'economie.etp_salaries')).toHaveText('1,5');
  // Three volunteers are fewer than k = 5: withheld.
  await expect(value(page, 'economie.benevoles')).toHaveText('secret');
  expect(space.query('SELECT grants_cents AS grants, staff_fte_centi AS fte, volunteers FROM economic_figures WHERE year = ?', year)).toEqual([{ grants: 1_250_050, fte: 150, volunteers: 3 }]);
  await economy.scrollIntoViewIfNeeded();
  await shoot('network-economy');

  // Wider, and in English.
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('network-preview-wide');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  await expect(section(page, 'frequentation').getByRole('heading', { name: 'Attendance' })).toBeVisible();
  await expect(value(page, secrets[0]!.indicateur)).toHaveText('secret');
  await expectNoRawKeys(page);
  await shoot('network-preview-en');
});

test('the admin sets the address; a report sent from the screen arrives exactly as previewed and is logged; a refusal says why', async ({ page, readySpace: space, shoot }) => {
  test.slow(); // a year of demonstration data
  space.relais('demo', '--years', '1');
  const server = await networkServer();
  try {
    await open(page, space);
    await menu(page, '/settings/network').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages › Réseau' })).toBeVisible();
    await expect(page.getByTestId('never-automatic')).toContainText('Rien n’est envoyé automatiquement');
    await expect(page.locator('[data-section-switch="mobilite"]').getByRole('switch')).toBeChecked();
    await expect(page.getByLabel('Identifiant réseau')).toHaveValue('TL-NA-0042');
    await expect(page.locator('[data-from-other-settings] [data-definition="inseeCode"] dd')).toHaveText('33330');
    await expectNoRawKeys(page);
    await shoot('network-settings');

    // A plain-HTTP address to the internet is refused beside its field; nothing is stored.
    const url = page.getByLabel('Adresse d’envoi');
    await url.fill('http://example.org');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Saisissez une adresse https:// complète')).toBeVisible();
    await expect(url).toBeFocused();
    const stored = () => (JSON.parse(space.relais('call', 'settings.get', '{}', '--json')) as OutputOf<'settings.get'>).network;
    expect(stored().url).toBe('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot('network-settings-error');

    // The server on this PC, with a token; a new family typed by hand.
    await url.fill(server.url);
    await page.getByLabel('Jeton').fill('jeton-du-reseau');
    const families = page.getByRole('combobox', { name: 'Familles' });
    await families.fill('Tiers-lieu nourricier');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
    expect(stored()).toMatchObject({ url: server.url, token: '••••••••' });
    expect(stored().families).toContain('Tiers-lieu nourricier');
    await expect(page.getByLabel('Jeton')).toHaveValue('••••••••');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Sent from the screen after a confirmation naming where, what and how big.
    await menu(page, '/network').click();
    const year = Number(await page.getByRole('combobox', { name: 'Année' }).innerText());
    const answer = (await api(page, 'network.report', { year })) as Answer;
    await page.getByRole('button', { name: 'Envoyer au réseau' }).click();
    const dialog = page.getByRole('dialog', { name: 'Envoyer le rapport au réseau ?' });
    await expect(dialog).toContainText(`Le rapport de l’année ${year}`);
    await expect(dialog.locator('[data-url]')).toHaveText(server.url);
    const size = plain(new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(Buffer.byteLength(answer.json) / 1000));
    expect(plain(await dialog.innerText())).toContain(`(${size})`);
    await shoot('network-send-dialog');
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Rapport envoyé à' })).toContainText('code HTTP 200');
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.body).toBe(answer.json);
    expect(server.received[0]!.path).toBe('/rapports');
    expect(server.received[0]!.headers.authorization).toBe('Bearer jeton-du-reseau');
    await expect(newestSending(page).locator('[data-status]')).toHaveText('Envoyé');
    await expect(newestSending(page).locator('[data-http]')).toHaveText('200');
    await expect(newestSending(page)).toContainText('par Camille');
    await expect(newestSending(page)).toContainText('Rapport reçu, merci');

    // The report changes between the preview and the click: refused, nothing leaves, the preview is read again.
    await page.getByRole('button', { name: 'Envoyer au réseau' }).click();
    space.relais('call', 'network.setFigures', JSON.stringify({ year, grantsCents: 1_000_000, staffFte: null, volunteers: null }));
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Le rapport a changé depuis l’aperçu' })).toBeVisible();
    expect(server.received).toHaveLength(1);
    const changed = (await api(page, 'network.report', { year })) as Answer;
    expect(changed.sha256).not.toBe(answer.sha256);
    await expect(page.locator('[data-summary]')).toContainText(changed.sha256);

    // The server refuses: the message says so plainly, and the log keeps the failure.
    server.fail();
    await page.getByRole('button', { name: 'Envoyer au réseau' }).click();
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Le serveur du réseau a refusé le rapport (code HTTP 500)' })).toBeVisible();
    await expect(newestSending(page).locator('[data-status]')).toContainText('Échec');
    await expect(newestSending(page).locator('[data-http]')).toHaveText('500');
    await expect(page.getByRole('region', { name: 'Envois au réseau' }).locator('tbody tr')).toHaveCount(2);
    expect(space.query<{ status: string }>('SELECT status FROM network_sendings ORDER BY id')).toEqual([{ status: 'sent' }, { status: 'failed' }]);
    await expectNoRawKeys(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shoot('network-send-failed');
  } finally {
    await server.close();
  }
});

test('a new space has nothing to report; with activity but nothing shared, each section says where to turn it on', async ({ page, readySpace: space, shoot }) => {
  await open(page, space);
  await menu(page, '/network').click();
  await expect(page.getByTestId('network-empty')).toContainText('Rien à rapporter pour l’instant');
  await expect(page.getByRole('region', { name: 'Envois au réseau' })).toContainText('Aucun envoi pour l’instant.');
  await shoot('network-empty');

  space.relais('members', 'add', '--first-name', 'Léa', '--last-name', 'Martin', '--profile', 'independent');
  space.relais('checkin', '--member', '1', '--at', '2026-11-05T09:00:00+01:00');
  await page.reload();
  await expect(page.getByTestId('nothing-shared')).toBeVisible();
  const frequentation = section(page, 'frequentation');
  await expect(frequentation).toContainText('Non partagée — à activer dans Réglages › Réseau');
  await expect(section(page, 'confidentialite')).toContainText('Sections non partagées : Fiche du lieu, Fréquentation');
  await expectNoRawKeys(page);
  await shoot('network-nothing-shared');
  await frequentation.getByRole('link', { name: 'Réglages › Réseau' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages › Réseau' })).toBeVisible();

  // A treasurer reads the same report, but the settings are not theirs: no link, the same words.
  space.relais('staff', 'add', '--name', 'Sam', '--role', 'treasurer', '--pin', '1357');
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await page.getByRole('button', { name: 'Ce n’est pas moi' }).click();
  await unlock(page, 'Sam', '1357');
  await menu(page, '/network').click();
  await expect(section(page, 'frequentation')).toContainText('Non partagée — à activer dans Réglages › Réseau');
  await expect(section(page, 'frequentation').getByRole('link')).toHaveCount(0);
  await expect(menu(page, '/settings/network')).toHaveCount(0);
});
