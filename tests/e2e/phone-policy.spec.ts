import type { Page } from '@playwright/test';
import { expect, expectNoRawKeys, sidewaysOverflow, test, unlock } from './fixtures';

const NBSP = '\u00a0';
const price = (page: Page, name: string) => page.getByLabel(`Prix par minute${NBSP}: ${name}`);
const rule = (page: Page, name: string) => page.getByRole('combobox', { name: `Règle${NBSP}: ${name}` });

interface StoredPhone {
  rules: Record<string, { mode: string; centsPerMinute: number }>;
  allowanceMinutes: Record<string, number>;
}

function storedPhone(query: <T>(sql: string) => T[]): StoredPhone | undefined {
  const row = query<{ value: string }>("SELECT value FROM settings WHERE section = 'phone'")[0];
  return row ? (JSON.parse(row.value) as StoredPhone) : undefined;
}

async function openPolicy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Ligne téléphonique' }).click();
  await expect(page.getByRole('heading', { name: 'Ligne téléphonique', level: 1 })).toBeVisible();
}

test('an admin re-bills mobiles at 0,20 € and gives permanent desks 30 minutes', async ({ page, readySpace, shoot }) => {
  await openPolicy(page, readySpace.url);
  await expect(rule(page, 'mobiles')).toContainText('Refacturé à la minute commencée');
  await expect(price(page, 'mobiles')).toHaveValue('0,15');
  await expect(rule(page, 'fixes (01 à 05)')).toContainText('Compris');
  await expect(price(page, 'fixes (01 à 05)')).toBeDisabled();
  await expect(rule(page, 'numéros spéciaux (08)')).toContainText('Non autorisé');
  await expect(page.locator('tr[data-class="fr_landline"]')).toContainText(`Par exemple 05${NBSP}56`);
  await expect(page.getByLabel('Poste permanent')).toHaveValue('0');
  await expectNoRawKeys(page);
  await shoot('phone-policy');

  // A price that is not one is refused in French, beside the field; nothing is saved.
  await price(page, 'mobiles').fill('0,2x');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('tr[data-class="fr_mobile"]')).toContainText('Un prix en euros, par exemple 0,15.');
  await expect(price(page, 'mobiles')).toBeFocused();
  await page.getByLabel('Poste stagiaire').fill('dix');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Un nombre entier de minutes, par exemple 30.')).toBeVisible();
  await shoot('phone-policy-errors');
  expect(storedPhone(readySpace.query)).toBeUndefined();
  await page.getByLabel('Poste stagiaire').fill('0');

  // The server's own limits show at their field too.
  await price(page, 'mobiles').fill('0,20');
  await page.getByLabel('Carnet').fill('200000');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('100000 au plus.')).toBeVisible();
  await expect(page.getByLabel('Carnet')).toHaveAttribute('aria-invalid', 'true');
  expect(storedPhone(readySpace.query)).toBeUndefined();
  await page.getByLabel('Carnet').fill('0');

  // Leaving with changes not saved asks first.
  await page.getByRole('link', { name: 'Tarifs' }).click();
  const leave = page.getByRole('dialog', { name: 'Modifications non enregistrées' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Rester sur l’écran' }).click();

  // A rule switched to re-billed opens its price.
  await rule(page, 'numéros en 09').click();
  await page.getByRole('option', { name: 'Refacturé à la minute commencée' }).click();
  await expect(price(page, 'numéros en 09')).toBeEnabled();
  await rule(page, 'numéros en 09').click();
  await page.getByRole('option', { name: 'Compris' }).click();
  await expect(price(page, 'numéros en 09')).toBeDisabled();

  const audited = readySpace.query("SELECT id FROM audit_log WHERE action = 'settings_changed'").length;
  await price(page, 'mobiles').fill('0,20');
  await page.getByLabel('Poste permanent').fill('30');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();

  const stored = storedPhone(readySpace.query);
  expect(stored?.rules.fr_mobile).toEqual({ mode: 'rebilled', centsPerMinute: 20 });
  expect(stored?.rules.fr_voip).toEqual({ mode: 'included', centsPerMinute: 0 });
  expect(stored?.allowanceMinutes).toEqual({ permanent: 30, trainee: 0, carnet: 0, none: 0 });
  expect(readySpace.query("SELECT id FROM audit_log WHERE action = 'settings_changed'")).toHaveLength(audited + 1);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ligne téléphonique', level: 1 })).toBeVisible();
  await expect(price(page, 'mobiles')).toHaveValue('0,20');
  await expect(page.getByLabel('Poste permanent')).toHaveValue('30');
  // Saved: leaving no longer asks.
  await page.getByRole('link', { name: 'Tarifs' }).click();
  await expect(page.getByRole('heading', { name: 'Tarifs', level: 1 })).toBeVisible();
});

test.describe('on a 1024×640 screen', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('the policy fits without scrolling sideways', async ({ page, readySpace, shoot }) => {
    await openPolicy(page, readySpace.url);
    await expect(price(page, 'mobiles')).toHaveValue('0,15');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shoot('phone-policy-small');
  });
});

test('the policy reads in English too', async ({ page, readySpace }) => {
  await page.goto(readySpace.url);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('PIN').fill('2468');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Phone line' }).click();
  await expect(page.getByRole('heading', { name: 'Phone line', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Rule: mobiles' })).toContainText('Re-billed per started minute');
  await expect(page.getByLabel('Price per minute: mobiles')).toHaveValue('0.15');
  await expect(page.getByLabel('Permanent desk')).toHaveValue('0');
  await expectNoRawKeys(page);
});
