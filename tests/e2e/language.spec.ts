import { expect, expectNoRawKeys, test, unlock } from './fixtures';

test('the interface switches between French and English, and remembers it', async ({ page, readySpace, shoot }) => {
  await page.goto(readySpace.url);
  await expect(page.getByText('Bonjour Camille, tapez votre code PIN.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Hello Camille, type your PIN.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoRawKeys(page);
  await shoot('lock-english');

  await page.getByLabel('PIN').fill('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. Attempts left before a 5-minute lockout: 4.');
  await page.getByLabel('PIN').fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hello Camille' })).toBeVisible();
  await page.getByRole('link', { name: 'Hours and closures' }).click();
  await expect(page.getByRole('cell', { name: 'Easter Monday' })).toBeVisible();
  await expectNoRawKeys(page);
  await shoot('settings-hours-english');

  // A reload keeps the session and the language.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hours and closures', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByText('Hello Camille, type your PIN.')).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByText('Bonjour Camille, tapez votre code PIN.')).toBeVisible();
  await unlock(page, 'Camille', '2468');
  await expect(page.getByRole('link', { name: 'Horaires et fermetures' })).toBeVisible();
});
