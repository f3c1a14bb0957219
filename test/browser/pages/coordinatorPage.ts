// Page model of the coordinator area: import, responses table, a response, backup.
import type { Download, Page } from 'playwright-core';

export class CoordinatorPage {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async open(screen: 'import' | 'responses' | 'backup'): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/coordinator/${screen}`);
    await this.page.locator('.coordinator-screen h1').first().waitFor();
  }

  async go(screen: 'import' | 'responses' | 'chart' | 'matches' | 'register' | 'twinning' | 'circulated' | 'evaluation' | 'exports' | 'backup'): Promise<void> {
    await this.page.locator(`.coordinator-nav a[href="#/coordinator/${screen}"]`).click();
    await this.page.locator('.coordinator-screen h1').first().waitFor();
  }

  /** Opens Import on an empty database and loads the demo set through the normal import. */
  async loadDemo(): Promise<void> {
    await this.open('import');
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await this.page.locator('.import-report').waitFor();
  }

  async importFiles(paths: readonly string[]): Promise<void> {
    await this.page.getByTestId('import-files').setInputFiles([...paths]);
    await this.page.locator('.import-report').waitFor();
  }

  async reportTotals(): Promise<string> {
    return (await this.page.locator('.import-report [role="status"]').innerText()).trim();
  }

  /** The report's result cell for one file. */
  async reportFor(fileName: string): Promise<string> {
    return (await this.page.locator('.import-report tr', { has: this.page.locator('th', { hasText: fileName }) }).locator('td').innerText()).trim();
  }

  async rowCount(): Promise<string> {
    return (await this.page.getByTestId('row-count').innerText()).trim();
  }

  /** Every visible table row as its cells' text. */
  async tableRows(): Promise<string[][]> {
    await this.page.locator('.responses-table tbody tr').first().waitFor();
    return this.page.locator('.responses-table tbody tr:not([aria-hidden])').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
  }

  async openResponse(orgName: string): Promise<void> {
    await this.page.locator('.responses-table').getByRole('link', { name: orgName, exact: true }).click();
    await this.page.locator('#response-title').waitFor();
  }

  async downloadBackup(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download a backup' }).click()]);
    return download;
  }

  async restore(path: string): Promise<void> {
    await this.page.getByTestId('restore-file').setInputFiles(path);
    await this.page.locator('.import-report').waitFor();
  }
}
