import { expect, test } from '@playwright/test';

test('staff open the editor at /admin/, served from this site, offering a GitHub login', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
  });
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: /GitHub/i })).toBeVisible({ timeout: 20_000 });
  expect(outside).toEqual([]);
});

test('reader pages never load the editor', async ({ page }) => {
  const admin: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/admin/')) admin.push(r.url());
  });
  for (const path of ['/en/', '/ar/guides/voluntary-return/', '/fr/directory/']) await page.goto(path);
  expect(admin).toEqual([]);
  await expect(page.locator('a[href^="/admin"]')).toHaveCount(0);
});
