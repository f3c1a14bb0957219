// Page model of the app shell, landing page and receipt.
import type { Download, Page } from 'playwright-core';

export class AppPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.locator('main h1, main .sd-root-modern').first().waitFor();
  }

  async chooseLanguage(code: 'en' | 'fr' | 'es' | 'pt'): Promise<void> {
    await this.page.locator('.language-choice select').selectOption(code);
  }

  async clickButton(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  async heading(): Promise<string> {
    return (await this.page.locator('main h1').first().innerText()).trim();
  }

  async responseId(): Promise<string> {
    return (await this.page.getByTestId('response-id').innerText()).trim();
  }

  async revision(): Promise<string> {
    return (await this.page.getByTestId('revision').innerText()).trim();
  }

  async summary(): Promise<string> {
    return (await this.page.getByTestId('summary').innerText()).trim();
  }

  async download(buttonName: string | RegExp): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.clickButton(buttonName)]);
    return download;
  }
}
