import { expect, expectNoRawKeys, test } from './fixtures';

test('the first-run wizard creates the admin, the association, its prices, and starts with demonstration data', async ({ page, space, shoot }) => {
  await page.goto(space.url);
  await expect(page.getByRole('heading', { name: 'Créez votre compte administrateur' })).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('wizard-1-admin');

  await page.getByLabel('Votre nom').fill('Camille');
  await page.getByLabel(/^Code PIN/).fill('2468');
  await page.getByLabel('Retapez le code PIN').fill('2469');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('Les deux codes ne sont pas identiques.')).toBeVisible();
  await page.getByLabel('Retapez le code PIN').fill('2468');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();

  await expect(page.getByRole('heading', { name: 'Votre association' })).toBeVisible();
  await page.getByLabel('Nom de l’association').fill('Arrêt Minute');
  await page.getByLabel('SIREN ou SIRET').fill('123 456 782 00011');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText('9 chiffres (SIREN) ou 14 chiffres (SIRET) avec une clé de contrôle juste')).toBeVisible();
  await shoot('wizard-2-association-error');
  await page.getByLabel('SIREN ou SIRET').fill('123 456 782 00010');
  await page.getByLabel('Code postal').fill('33500');
  await page.getByLabel('Commune', { exact: true }).fill('Pomerol');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await expect(page.getByRole('heading', { name: 'Votre régime de TVA' })).toBeVisible();
  await expect(page.getByLabel('Franchise en base de TVA')).toBeChecked();
  await shoot('wizard-3-vat');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await expect(page.getByRole('heading', { name: 'Vos tarifs' })).toBeVisible();
  const dayPrice = page.getByLabel('Prix de « Journée »');
  await expect(dayPrice).toHaveValue('15,00');
  await dayPrice.fill('quinze');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText('Montant en euros, par exemple 15 ou 15,50.')).toBeVisible();
  await dayPrice.fill('18,50');
  await shoot('wizard-4-tariffs');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await expect(page.getByRole('heading', { name: 'Par où commencer ?' })).toBeVisible();
  await shoot('wizard-5-start');
  await page.getByRole('button', { name: /Explorer avec des données de démonstration/ }).click();
  // A year of activity, billed and paid month by month: a few seconds, more on a busy CI machine.
  await expect(page.getByRole('heading', { name: 'Bonjour Camille' })).toBeVisible({ timeout: 30_000 });
  await expectNoRawKeys(page);
  await shoot('home-after-wizard');

  const [admin] = space.query<{ name: string; role: string }>('SELECT name, role FROM staff');
  expect(admin).toEqual({ name: 'Camille', role: 'admin' });
  const identity = JSON.parse(space.query<{ value: string }>("SELECT value FROM settings WHERE section = 'identity'")[0]?.value ?? '{}');
  expect(identity).toMatchObject({ name: 'Arrêt Minute', siret: '12345678200010', postcode: '33500' });
  expect(space.query<{ price_cents: number }>("SELECT price_cents FROM tariffs WHERE code = 'day'")[0]?.price_cents).toBe(1850);
  const setup = JSON.parse(space.query<{ value: string }>("SELECT value FROM settings WHERE section = 'setup'")[0]?.value ?? '{}');
  expect(setup.completedAt).toBeTruthy();
  expect(setup.demoLoadedAt).toBeTruthy();
  expect(space.query('SELECT id FROM closures').length).toBeGreaterThan(0);
});

test('the wizard can be accepted with its defaults in a few keystrokes', async ({ page, space }) => {
  const started = Date.now();
  await page.goto(space.url);
  await page.getByLabel('Votre nom').fill('Dominique');
  await page.getByLabel(/^Code PIN/).fill('1357');
  await page.getByLabel('Retapez le code PIN').fill('1357');
  await page.keyboard.press('Enter');
  await page.getByLabel('Nom de l’association').fill('Le Relais des Vignes');
  await page.keyboard.press('Enter');
  for (const heading of ['Votre régime de TVA', 'Vos tarifs']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await page.getByRole('button', { name: /Commencer avec un espace vide/ }).click();
  await expect(page.getByRole('heading', { name: 'Bonjour Dominique' })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(space.query("SELECT value FROM settings WHERE section = 'identity' AND value LIKE '%Le Relais des Vignes%'")).toHaveLength(1);
});

test('a database filled by relais demo asks only for an account, then opens on the demonstration', async ({ page, space, shoot }) => {
  space.relais('demo', '--years', '1', '--seed', '3');
  await page.goto(space.url);
  await page.getByLabel('Votre nom').fill('Alix');
  await page.getByLabel(/^Code PIN/).fill('8642');
  await page.getByLabel('Retapez le code PIN').fill('8642');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nom de l’association')).toHaveValue('Arrêt Minute (démonstration)');
  await page.keyboard.press('Enter');
  for (const heading of ['Votre régime de TVA', 'Vos tarifs']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await expect(page.getByText(/Des données de démonstration sont déjà dans cette base \(chargées le \d\d\/\d\d\/\d{4}\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Commencer avec un espace vide|Explorer avec des données de démonstration/ })).toHaveCount(0);
  await expectNoRawKeys(page);
  await shoot('wizard-5-demo-already-loaded');
  await page.getByRole('button', { name: /Découvrir l’espace de démonstration/ }).click();
  await expect(page.getByRole('heading', { name: 'Bonjour Alix' })).toBeVisible();
  const setup = JSON.parse(space.query<{ value: string }>("SELECT value FROM settings WHERE section = 'setup'")[0]?.value ?? '{}');
  expect(setup.completedAt).toBeTruthy();
  expect(space.query('SELECT id FROM members').length).toBeGreaterThan(10);
});
