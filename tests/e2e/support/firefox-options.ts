/** Page object for Sift's options page in a Firefox tab, shaped like options.ts for Chromium. */
import { poll } from './firefox';
import { EXTENSION_ORIGIN, type FirefoxHarness, type FirefoxTab } from './firefox-setup';
import { browserSurface } from './firefox-surface';
import { SiftView } from './view';

export class FirefoxOptions {
  /** The page's controls, clicked through the browser window like the popup's. */
  readonly view: SiftView;

  private constructor(readonly tab: FirefoxTab) {
    this.view = new SiftView(browserSurface(tab.element), 'body');
  }

  static async open(h: FirefoxHarness): Promise<FirefoxOptions> {
    const tab = await h.openTab(`${EXTENSION_ORIGIN}/options.html`);
    const options = new FirefoxOptions(tab);
    await options.view.waitFor(`(root) => root.querySelector('[data-testid=site-input]')`, undefined, {
      what: 'the options page',
    });
    return options;
  }

  sites(): Promise<string[]> {
    return this.tab.evaluate(
      `return [...document.querySelectorAll('[data-testid=site-item]')].map((li) => li.getAttribute('data-site') ?? '');`,
    );
  }

  /** Whether the options page shows the site's permission as granted. */
  granted(site: string): Promise<string | null> {
    return this.tab.evaluate(
      `return document.querySelector('[data-testid=site-item][data-site=${JSON.stringify(site)}]')?.getAttribute('data-granted') ?? null;`,
    );
  }

  /** Types the site and clicks Add; Firefox's permission prompt opens inside that click. */
  async addSite(site: string): Promise<void> {
    await this.tab.select();
    await this.fill('[data-testid=site-input]', site);
    await this.view.click('[data-testid=site-add]');
  }

  async removeSite(site: string): Promise<void> {
    await this.tab.select();
    await this.view.click(`[data-testid=site-item][data-site="${site}"] [data-testid=site-remove]`);
    await poll(async () => !(await this.sites()).includes(site), `${site} to leave the list`);
  }

  /** Notes the page shows (errors such as a declined permission). */
  notes(): Promise<string> {
    return this.tab.evaluate(
      `return [...document.querySelectorAll('[role=alert], .sift-note')].map((n) => n.textContent).join(' ');`,
    );
  }

  /** Checks the theme's radio (its tile's label), which fires change as a click does. */
  async setTheme(theme: 'system' | 'light' | 'sepia' | 'dark' | 'contrast'): Promise<void> {
    await this.tab.evaluate(`document.querySelector('[data-testid=theme-${theme}]').click(); return true;`);
  }

  async setFontSize(px: number): Promise<void> {
    await this.setValue('[data-testid=font-size]', String(px), 'change');
  }

  resourceUrls(): Promise<string[]> {
    return this.tab.evaluate(`return performance.getEntriesByType('resource').map((e) => e.name);`);
  }

  /** Like Playwright's fill: focus, set the value, fire input (as typing does). */
  private fill(selector: string, value: string): Promise<void> {
    return this.setValue(selector, value, 'input');
  }

  private async setValue(selector: string, value: string, event: 'input' | 'change'): Promise<void> {
    await this.tab.evaluate(`const el = document.querySelector(${JSON.stringify(selector)}); el.focus();
      const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (${JSON.stringify(event)} === 'change') el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;`);
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
