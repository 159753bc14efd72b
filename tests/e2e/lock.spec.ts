import { expect, expectNoRawKeys, test, unlock } from './fixtures';

test('the lock screen refuses a wrong PIN, then opens with the right one', async ({ page, readySpace, shoot }) => {
  readySpace.relais('staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '1357');
  await page.goto(readySpace.url);
  await expect(page.getByText('Qui est à l’accueil ?')).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('lock-1-who');

  await page.getByRole('button', { name: /Lou/ }).click();
  await expect(page.getByText('Bonjour Lou, tapez votre code PIN.')).toBeVisible();
  await page.getByLabel('Code PIN').fill('9999');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Code PIN incorrect. Essais restants avant un blocage de 5 minutes : 4.');
  await expect(page.getByLabel('Code PIN')).toHaveValue('');
  await shoot('lock-2-wrong-pin');

  // The on-screen keypad works as well as the keyboard.
  for (const digit of '1357') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Bonjour Lou' })).toBeVisible();
  // A front-desk person sees no settings.
  await expect(page.getByRole('link', { name: 'Espace' })).toHaveCount(0);

  const actions = readySpace.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id').map((row) => row.action);
  expect(actions.slice(-2)).toEqual(['sign_in_failed', 'sign_in']);

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByText('Qui est à l’accueil ?')).toBeVisible();
});

test('five wrong PINs lock the account for five minutes', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await expect(page.getByText('Bonjour Camille, tapez votre code PIN.')).toBeVisible();
  for (let left = 4; left >= 1; left--) {
    await unlock(page, 'Camille', '1111');
    await expect(page.getByRole('alert')).toContainText(`blocage de 5 minutes : ${left}.`);
  }
  await unlock(page, 'Camille', '1111');
  await expect(page.getByRole('alert')).toContainText(/ce compte est bloqué jusqu’à \d\d:\d\d/);
  await unlock(page, 'Camille', '2468');
  await expect(page.getByRole('alert')).toContainText('bloqué');
  expect(readySpace.query<{ locked_until: string }>('SELECT locked_until FROM staff')[0]?.locked_until).toBeTruthy();
});

test('the app locks itself after the idle time set by the admin', async ({ page, readySpace }) => {
  readySpace.relais('call', 'settings.updateSecurity', '{"idleLockMinutes":2}');
  await page.clock.install();
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await expect(page.getByRole('heading', { name: 'Bonjour Camille' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Bonjour Camille' })).toBeVisible();
  await page.clock.fastForward('00:40');
  await expect(page.getByText('Bonjour Camille, tapez votre code PIN.')).toBeVisible();
  const last = readySpace.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1')[0];
  expect(last?.action).toBe('idle_lock');
});

test('after a lock, the same person finds their screen again and the next person starts at home', async ({ page, readySpace }) => {
  readySpace.relais('staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '1357');
  await page.goto(readySpace.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await unlock(page, 'Camille', '2468');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await unlock(page, 'Lou', '1357');
  await expect(page.getByRole('heading', { name: 'Bonjour Lou' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
});
