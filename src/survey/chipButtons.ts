// Names the × on each chosen item of a multi-choice list (working languages, preferred countries) for screen readers.
import type { UiLanguage } from '../domain/languages';

const REMOVE: Record<UiLanguage, string> = { en: 'Remove {item}', fr: 'Retirer {item}', es: 'Quitar {item}', pt: 'Retirar {item}' };

/**
 * SurveyJS draws each chosen item as a chip whose × is a focusable div with no role and no name: Tab reached it and
 * a screen reader said "clickable" and nothing else. Each one becomes a button named after its item ("Remove
 * Portuguese"), as chips are added, and in the language the questionnaire is shown in. Returns what undoes this.
 */
export function nameChipButtons(root: HTMLElement, language: () => UiLanguage): () => void {
  const name = () => {
    for (const button of root.querySelectorAll<HTMLElement>('.sd-tagbox-item__clean-button')) {
      const item = button.closest('.sd-tagbox-item')?.querySelector('.sd-tagbox-item__text')?.textContent?.trim() ?? '';
      const label = REMOVE[language()].replace('{item}', item);
      if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
      if (button.getAttribute('role') !== 'button') button.setAttribute('role', 'button');
    }
  };
  name();
  // Attributes are not watched: setting them here cannot call this again.
  const observer = new MutationObserver(name);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
