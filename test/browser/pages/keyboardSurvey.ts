// Page model of the questionnaire answered by keyboard alone: Tab, typing, arrow keys, Space and Enter; no clicks.
import type { Locator, Page } from 'playwright-core';
import type { KeyboardUser } from './keyboard';
import { SurveyPage, type EntryList } from './surveyPage';

type Entry = { list: EntryList; index: number };

export class KeyboardSurvey {
  private readonly survey: SurveyPage;

  constructor(private readonly page: Page, private readonly keys: KeyboardUser) {
    this.survey = new SurveyPage(page);
  }

  question(name: string, entry?: Entry): Locator {
    return this.survey.question(name, entry);
  }

  /** Tabs to a text box and types. */
  async write(name: string, text: string, entry?: Entry): Promise<void> {
    await this.keys.tabTo(this.question(name, entry).locator('input:not([type=radio]):not([type=checkbox]), textarea'));
    await this.keys.type(text);
  }

  /** Tabs into a radio group (yes/no and rating questions are radio groups too) and moves with the arrow keys to `code`. */
  async choose(name: string, code: string, entry?: Entry): Promise<void> {
    const radios = this.question(name, entry).locator('input[type=radio]');
    await this.keys.tabTo(radios);
    const count = await radios.count();
    for (let moves = 0; moves <= count; moves += 1) {
      const focused = await this.focusedInput();
      if (focused.value === code) {
        // Tab onto a group with nothing chosen focuses its first option without choosing it.
        if (!focused.checked) await this.keys.press('Space');
        if (!(await this.focusedInput()).checked) throw new Error(`Space did not choose "${code}" in ${name}`);
        return;
      }
      await this.keys.press('ArrowDown');
    }
    throw new Error(`The arrow keys never reached "${code}" in ${name}`);
  }

  /** Tabs to each checkbox and ticks it with Space. */
  async tick(name: string, codes: readonly string[], entry?: Entry): Promise<void> {
    for (const code of codes) {
      await this.keys.tabTo(this.question(name, entry).locator(`input[type=checkbox][value="${code}"]`));
      await this.keys.press('Space');
      if (!(await this.focusedInput()).checked) throw new Error(`Space did not tick "${code}" in ${name}`);
    }
  }

  /**
   * Dropdown or tag box: tabs to its search box, opens it with ArrowDown, types `typed`, moves down the filtered list until `option` is
   * highlighted and presses Enter; a tag box stays open for more, so Escape closes it.
   */
  async pick(name: string, [typed, option]: readonly [string, RegExp], entry?: Entry): Promise<void> {
    const box = this.question(name, entry);
    await this.keys.tabTo(box.locator('input[role=combobox]'));
    // Opened first with ArrowDown, as many keyboard users open a list (it threw inside SurveyJS while the countries
    // were loaded a page at a time), then narrowed by typing.
    await this.keys.press('ArrowDown');
    await this.keys.type(typed);
    const list = this.page.locator(`#${await box.locator('input[role=combobox]').getAttribute('aria-controls')}`);
    await list.getByRole('option', { name: option }).first().waitFor();
    const highlighted = list.locator('.sd-selectlist__item--focused');
    for (let moves = 0; !option.test(await this.textOf(highlighted)); moves += 1) {
      if (moves > 20) throw new Error(`${option} was never highlighted in ${name}'s list`);
      await this.keys.press('ArrowDown');
    }
    await this.keys.press('Enter');
    if (await box.locator('.sd-tagbox').count() > 0) await this.keys.press('Escape');
  }

  /** Tabs to the dynamic panel's "Add …" button and presses Enter; returns once the new entry is there. */
  async addEntry(list: EntryList): Promise<void> {
    const before = await this.survey.entryCount(list);
    await this.keys.tabTo(this.page.locator(`[data-name="${list}"] .sd-paneldynamic__add-btn`));
    await this.keys.press('Enter');
    await this.page.locator(`[data-name="${list}"] .sd-paneldynamic__panel-wrapper`).nth(before).waitFor();
  }

  /** Tabs to a navigation button (Next, Preview, Submit) and presses Enter. */
  async navigate(button: 'next' | 'preview' | 'complete'): Promise<void> {
    // The first: on the review, Finish above the answers, a few Tabs from where the review opens.
    await this.keys.tabTo(this.page.locator(`.sd-navigation__${button}-btn`).first());
    await this.keys.press('Enter');
  }

  /** Next page by keyboard; fails with the survey's own messages if it stays. */
  async next(): Promise<void> {
    const before = await this.survey.pageTitle();
    await this.navigate('next');
    await this.page.waitForFunction((title) => document.querySelector('.sd-page__title')?.textContent?.trim() !== title
      || Array.from(document.querySelectorAll('.sd-question__erbox, .sd-error')).some((error) => error.checkVisibility()), before);
    const errors = await this.survey.errors();
    if (errors.length > 0) throw new Error(`The survey stayed on "${before}": ${errors.join(' | ')}`);
  }

  /** Waits until the draft has been written to the device. */
  async waitSaved(): Promise<void> {
    await this.survey.waitSaved();
  }

  private async focusedInput(): Promise<{ value: string; checked: boolean }> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      return focused instanceof HTMLInputElement ? { value: focused.value, checked: focused.checked } : { value: '', checked: false };
    });
  }

  private async textOf(locator: Locator): Promise<string> {
    return (await locator.count()) > 0 ? (await locator.first().innerText()).trim() : '';
  }
}
