// Page model of the respondent's questionnaire: answers questions the way a person does (labels, typing, clicks).
import type { Locator, Page } from 'playwright-core';

export type EntryList = 'needs' | 'offers' | 'funding_sources' | 'past_twinning' | 'exchanges';

export class SurveyPage {
  constructor(private readonly page: Page) {}

  /** A question on the current page, or inside entry `index` of an entry list. */
  question(name: string, entry?: { list: EntryList; index: number }): Locator {
    if (!entry) return this.page.locator(`.sd-body [data-name="${name}"]`).first();
    return this.page.locator(`[data-name="${entry.list}"] .sd-paneldynamic__panel-wrapper`).nth(entry.index).locator(`[data-name="${name}"]`).first();
  }

  async fill(name: string, value: string, entry?: { list: EntryList; index: number }): Promise<void> {
    await this.question(name, entry).locator('input:not([type=radio]):not([type=checkbox]), textarea').first().fill(value);
  }

  /** Ticks radio buttons or checkboxes by their stored codes, clicking their visible labels. */
  async choose(name: string, codes: string | readonly string[], entry?: { list: EntryList; index: number }): Promise<void> {
    const question = this.question(name, entry);
    for (const code of typeof codes === 'string' ? [codes] : codes) {
      await question.locator('label', { has: this.page.locator(`input[value="${code}"]`) }).first().click();
    }
  }

  async yesNo(name: string, yes: boolean): Promise<void> {
    await this.choose(name, yes ? 'true' : 'false');
  }

  /** Dropdowns and tag boxes: type part of the label into the search box and pick the first match. */
  async pick(name: string, labels: string | readonly string[], entry?: { list: EntryList; index: number }): Promise<void> {
    const box = this.question(name, entry).locator('.sd-dropdown, .sd-tagbox').first();
    for (const label of typeof labels === 'string' ? [labels] : labels) {
      await box.click();
      await this.page.keyboard.type(label);
      // Only the open list's options are visible; theme options lead with their phase, so match a part.
      await this.page.locator('.sd-root-modern').getByRole('option', { name: label }).first().click();
    }
    await this.page.keyboard.press('Escape');
  }

  async rate(name: string, value: number): Promise<void> {
    await this.question(name).locator('label', { hasText: new RegExp(`^\\s*${value}\\s*$`) }).first().click();
  }

  /**
   * Adds an entry and waits until it has finished appearing. SurveyJS animates the list in (after its yes/no) and each
   * entry in; a click meanwhile can be lost, so the click waits for the list to be still, and is made again if no
   * entry came of it (a lost click adds nothing, so the retry cannot add two).
   */
  async addEntry(list: EntryList): Promise<void> {
    const still = ({ name }: { name: string }) => {
      const root = document.querySelector(`[data-name="${name}"]`);
      return root !== null && root.closest('.sd-element-wrapper--enter') === null && root.querySelector('.sv-pd-animation-adding') === null;
    };
    await this.page.waitForFunction(still, { name: list });
    const before = await this.entryCount(list);
    const added = ({ name, count }: { name: string; count: number }) => {
      const root = document.querySelector(`[data-name="${name}"]`);
      return root !== null && root.querySelectorAll('.sd-paneldynamic__panel-wrapper').length > count && root.querySelector('.sv-pd-animation-adding') === null;
    };
    for (let attempt = 1; ; attempt += 1) {
      await this.page.locator(`[data-name="${list}"] .sd-paneldynamic__add-btn`).first().click();
      try {
        await this.page.waitForFunction(added, { name: list, count: before }, { timeout: 3000 });
        return;
      } catch (error) {
        // The click was taken and the entry is still coming in: wait for it as long as any other wait.
        if ((await this.entryCount(list)) > before) {
          await this.page.waitForFunction(added, { name: list, count: before });
          return;
        }
        if (attempt === 3) throw error;
      }
    }
  }

  /**
   * Presses an entry's Remove button and returns the dialog that asks first. A click while the list redraws (an
   * answer just given) can be lost, as addEntry's can, so it is made again if no dialog came of it.
   */
  async pressRemove(list: EntryList, index: number): Promise<Locator> {
    const dialog = this.page.getByRole('alertdialog');
    for (let attempt = 1; ; attempt += 1) {
      await this.page.locator(`[data-name="${list}"] .sd-paneldynamic__remove-btn`).nth(index).click();
      try {
        await dialog.waitFor({ timeout: 3000 });
        return dialog;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  async entryCount(list: EntryList): Promise<number> {
    return this.page.locator(`[data-name="${list}"] .sd-paneldynamic__panel-wrapper`).count();
  }

  /** Goes to the next page and waits until it is shown; fails with the survey's own messages if it refuses. */
  async next(): Promise<void> {
    const before = await this.pageTitle();
    await this.page.locator('.sd-navigation__next-btn:visible').click();
    for (let waited = 0; waited < 10_000; waited += 100) {
      if ((await this.pageTitle()) !== before) return;
      const errors = await this.errors();
      if (errors.length > 0) throw new Error(`The survey stayed on "${before}": ${errors.join(' | ')}`);
      await this.page.waitForTimeout(100);
    }
    throw new Error(`The survey stayed on "${before}"`);
  }

  async review(): Promise<void> {
    await this.page.locator('.sd-navigation__preview-btn:visible').click();
  }

  /** Submits and waits for the receipt (the questionnaire's own heading is on screen until then). */
  async submit(): Promise<void> {
    // On the review Finish is above the answers and below them: the one at the top.
    await this.page.locator('.sd-navigation__complete-btn:visible').first().click();
    await this.page.locator('.receipt h1').waitFor();
  }

  /** The organisation page, every required answer given (country and working language by their shown names); stays on it. */
  async answerOrganisation(orgName: string, country: string, workingLanguage = 'English'): Promise<void> {
    await this.fill('org_name', orgName);
    await this.choose('org_type', 'ngo');
    await this.pick('country', country);
    await this.choose('resettlement_status', 'established');
    await this.choose('continuum_roles', ['integration']);
    await this.choose('consent_share', 'share_all');
    await this.fill('contact_name', 'Test Contact');
    await this.fill('contact_email', 'contact@example.org');
    await this.pick('working_languages', workingLanguage);
  }

  /** From the needs page: no needs, offers, funding sources or twinning, then the last page answered; stays on it. */
  async answerNoEntries(): Promise<void> {
    await this.yesNo('has_needs', false);
    await this.next();
    await this.yesNo('has_offers', false);
    await this.next();
    await this.yesNo('has_funding_sources', false);
    await this.next();
    await this.yesNo('twinning_experience', false);
    await this.choose('willing_to_twin', 'no');
    await this.next();
    await this.rate('mechanism_needed', 4);
  }

  /** The shortest complete response: an organisation with no needs, offers, funding sources or twinning. */
  async answerMinimal(orgName: string, country: string, workingLanguage = 'English'): Promise<void> {
    await this.next();
    await this.answerOrganisation(orgName, country, workingLanguage);
    await this.next();
    await this.answerNoEntries();
    await this.review();
    await this.submit();
  }

  async pageTitle(): Promise<string> {
    return (await this.page.locator('.sd-page__title').first().innerText()).trim();
  }

  async errors(): Promise<string[]> {
    return this.page.locator('.sd-question__erbox:visible, .sd-error:visible').allInnerTexts();
  }

  /** Waits until the draft has been written to the device. */
  async waitSaved(): Promise<void> {
    await this.page.locator('.save-state.save-saved').waitFor();
  }
}
