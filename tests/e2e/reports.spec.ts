import type { Locator, Page } from '@playwright/test';
import type { OutputOf } from '../../main/api/contract';
import { api, expect, expectNoRawKeys, sidewaysOverflow, test, unlock } from './fixtures';

type Report = OutputOf<'reports.year'>;

// The treasurer's laptop may be the desk's old 1024×640 one.
test.use({ viewport: { width: 1024, height: 640 } });

/** Text as read on screen, its no-break and narrow spaces read as plain ones. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const euros = (cents: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
const count = (n: number) => plain(new Intl.NumberFormat('fr-FR').format(n));
const monthName = (month: string) => {
  const text = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const section = (page: Page, name: string) => page.locator(`section[data-report="${name}"]`);

/** The cells of one row of a report's table, as read on screen. */
async function cells(table: Locator, row: string): Promise<string[]> {
  return (await table.locator(`tr[data-row="${row}"]`).locator('th, td').allInnerTexts()).map(plain);
}

/** Every figure of the four tables against the answer of `reports.year`. */
async function expectTablesMatch(page: Page, report: Report): Promise<void> {
  const revenue = section(page, 'revenue');
  for (const month of [...report.revenue.months, { ...report.revenue.total, month: 'total' }]) {
    const name = month.month === 'total' ? 'Total' : monthName(month.month);
    expect(await cells(revenue, month.month)).toEqual([name, ...[month.desksCents, month.passesCents, month.membershipsCents, month.phoneCents, month.otherCents, month.netCents].map(euros)]);
  }
  expect(plain(await revenue.locator('[data-figure="vat"] dd').innerText())).toBe(euros(report.revenue.total.vatCents));
  expect(plain(await revenue.locator('[data-figure="gross"] dd').innerText())).toBe(euros(report.revenue.total.grossCents));

  const unpaid = section(page, 'unpaid');
  for (const bucket of report.unpaid.buckets) expect((await cells(unpaid, bucket.age)).slice(1)).toEqual([count(bucket.count), euros(bucket.balanceCents)]);
  expect(await cells(unpaid, 'total')).toEqual(['Total', count(report.unpaid.total.count), euros(report.unpaid.total.balanceCents)]);

  const occupancy = section(page, 'occupancy');
  const total = report.occupancy.total;
  const all = await cells(occupancy, 'total');
  expect(all[1]).toContain(`${count(total.permanentUsed)} / ${count(total.permanentOpen)}`);
  expect(all[2]).toContain(`${count(total.dropinUsed)} / ${count(total.dropinOpen)}`);
  expect(all[3]).toContain(`${count(total.traineeUsed)} / ${count(total.traineeOpen)}`);
  expect(all[4]).toBe(`${plain(new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(total.used / total.open))} ${count(total.used)} / ${count(total.open)}`);
  for (const month of report.occupancy.months) expect((await cells(occupancy, month.month))[4]).toContain(`${count(month.used)} / ${count(month.open)}`);

  const attendance = section(page, 'attendance');
  for (const month of [...report.attendance.months, { ...report.attendance.total, month: 'total' }]) {
    expect((await cells(attendance, month.month)).slice(1)).toEqual([month.visits, month.members, month.newMembers].map(count));
  }
}

test('the treasurer reads a demonstration year’s reports: charts, their figures, another year, an empty one, and on paper', async ({ page, readySpace: space, shoot }) => {
  test.slow(); // two years of demonstration data, then every figure of two years read back
  space.relais('demo', '--years', '2', '--seed', '3');
  await page.goto(space.url);
  await unlock(page, 'Camille', '2468');
  await page.getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();

  // The fiscal year running today, by default.
  const current = (await api(page, 'reports.year', {})) as Report;
  await expect(page.getByRole('combobox', { name: 'Exercice' })).toHaveText(String(current.year));
  await expect(page.getByTestId('report-period')).toHaveText(`Exercice ${current.year}\u00a0: du 01/01/${current.year} au 31/12/${current.year}`);
  for (const name of ['revenue', 'unpaid', 'occupancy', 'attendance']) {
    const chart = section(page, name).locator('figure svg.MuiChartsSvgLayer-root');
    await expect(chart).toBeVisible();
    // Bars drawn, not an empty frame.
    expect(await section(page, name).locator('figure svg rect.MuiBarChart-element').count()).toBeGreaterThan(0);
  }
  await expectTablesMatch(page, current);
  expect(await sidewaysOverflow(page), 'the reports scroll sideways').toBeLessThanOrEqual(0);
  await expectNoRawKeys(page);
  await shoot('reports-current');
  for (const name of ['revenue', 'unpaid', 'occupancy', 'attendance']) await section(page, name).screenshot({ path: test.info().outputPath(`section-${name}.png`), style: '.MuiAppBar-root { visibility: hidden; }' });

  // Another year, chosen with the keyboard; it stays in the address.
  const previous = current.years.at(-2) as number;
  const select = page.getByRole('combobox', { name: 'Exercice' });
  await select.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: String(previous) }).focus();
  await page.keyboard.press('Enter');
  await expect(select).toHaveText(String(previous));
  await expect(page).toHaveURL(new RegExp(`year=${previous}`));
  const before = (await api(page, 'reports.year', { year: previous })) as Report;
  await expect.poll(async () => plain(await section(page, 'revenue').locator('tr[data-row="total"] td').last().innerText())).toBe(euros(before.revenue.total.netCents));
  await expectTablesMatch(page, before);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Exercice' })).toHaveText(String(previous));
  await shoot('reports-previous');

  // A year with nothing in it says so, and offers those that have something.
  await page.evaluate(() => (window.location.hash = '#/reports?year=2001'));
  await expect(page.getByTestId('reports-empty')).toContainText('Aucune activité sur l’exercice 2001');
  await expect(page.locator('section[data-report]')).toHaveCount(0);
  await expect(page.getByTestId('reports-empty').getByRole('button', { name: String(current.year) })).toBeVisible();
  await shoot('reports-empty');
  await page.getByTestId('reports-empty').getByRole('button', { name: String(current.year) }).click();
  await expect(section(page, 'revenue')).toBeVisible();

  // On paper: no navigation, the title of the year, each chart within an A4 page's width.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('heading', { name: `Rapports de l’exercice ${current.year}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  for (const name of ['revenue', 'unpaid', 'occupancy', 'attendance']) {
    const box = await section(page, name).locator('figure svg.MuiChartsSvgLayer-root').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(400);
    expect(box?.width ?? 1000).toBeLessThanOrEqual(680);
  }
  await shoot('reports-print');
  for (const name of ['revenue', 'occupancy']) await section(page, name).screenshot({ path: test.info().outputPath(`print-${name}.png`) });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: test.info().outputPath('reports.pdf') });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });

  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(section(page, 'revenue').getByRole('heading', { name: 'Revenue' })).toBeVisible();
  await expect(section(page, 'unpaid').locator('tr[data-row="90+"] th')).toHaveText('Over 90 days');
  await expect(section(page, 'attendance').locator(`tr[data-row="${current.year}-01"] th`)).toHaveText(`January ${current.year}`);
  await expectNoRawKeys(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('reports-english');
});
