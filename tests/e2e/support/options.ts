/** Page object for Sift's options page, opened in a tab. */
import type { Page } from 'playwright-core';
import type { Sift } from './browser';

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(sift: Sift): Promise<OptionsPage> {
    const page = await sift.context.newPage();
    await page.goto(`chrome-extension://${sift.extensionId}/options.html`);
    await page.locator('[data-testid=site-input]').waitFor();
    return new OptionsPage(page);
  }

  sites(): Promise<string[]> {
    return this.page
      .locator('[data-testid=site-item]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-site') ?? ''));
  }

  async addSite(site: string): Promise<void> {
    await this.page.locator('[data-testid=site-input]').fill(site);
    await this.page.locator('[data-testid=site-add]').click();
    await this.page.locator(`[data-testid=site-item][data-site="${site}"]`).waitFor();
  }

  async removeSite(site: string): Promise<void> {
    await this.page.locator(`[data-testid=site-item][data-site="${site}"] [data-testid=site-remove]`).click();
    await this.page.locator(`[data-testid=site-item][data-site="${site}"]`).waitFor({ state: 'detached' });
  }

  /** Imports a site-list file through the page's file input, as a user picking the file would. */
  async importSites(json: string): Promise<void> {
    await this.page.locator('[data-testid=import-sites]').setInputFiles({
      name: 'sift-sites.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
  }

  syncNote(): Promise<string> {
    return this.page.locator('[data-testid=sites-sync-note]').evaluate((note) => note.textContent ?? '');
  }

  /** Picks a theme as a user does: a click on its tile (the radio itself is drawn by the tile). */
  async setTheme(theme: 'system' | 'light' | 'sepia' | 'dark' | 'contrast'): Promise<void> {
    await this.page.locator('label.sift-choice', { has: this.page.locator(`[data-testid=theme-${theme}]`) }).click();
  }

  async setTypeface(typeface: 'serif' | 'sans' | 'legible'): Promise<void> {
    await this.page
      .locator('label.sift-choice', { has: this.page.locator(`[data-testid=typeface-${typeface}]`) })
      .click();
  }

  async setFontSize(px: number): Promise<void> {
    await this.page.locator('[data-testid=font-size]').fill(String(px));
    await this.page.locator('[data-testid=font-size]').dispatchEvent('change');
  }

  resourceUrls(): Promise<string[]> {
    return this.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
