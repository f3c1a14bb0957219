// Names SurveyJS's buttons that a screen reader could not tell apart: a chip's ×, an entry's Remove.
import type { UiLanguage } from '../domain/languages';

const REMOVE: Record<UiLanguage, string> = { en: 'Remove {item}', fr: 'Retirer {item}', es: 'Quitar {item}', pt: 'Retirar {item}' };

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * SurveyJS draws each chosen item of a multi-choice list (working languages, preferred countries) as a chip whose ×
 * is a focusable div with no role and no name: Tab reached it and a screen reader said "clickable" and nothing else.
 * Each one becomes a button named after its item ("Remove Portuguese"), in the language the questionnaire is shown in.
 */
function nameChipButtons(root: HTMLElement, language: UiLanguage): void {
  for (const button of root.querySelectorAll('.sd-tagbox-item__clean-button')) {
    const item = button.closest('.sd-tagbox-item')?.querySelector('.sd-tagbox-item__text')?.textContent?.trim() ?? '';
    setAttribute(button, 'aria-label', REMOVE[language].replace('{item}', item));
    setAttribute(button, 'role', 'button');
  }
}

/**
 * Every entry's Remove button is "Remove this need": three needs, three buttons heard alike. Each is described by its
 * entry's title ("Need 2"), which a screen reader reads after the button's name.
 */
function describeRemoveButtons(root: HTMLElement): void {
  for (const button of root.querySelectorAll('.sd-paneldynamic__remove-btn')) {
    const title = button.closest('.sd-panel')?.querySelector('.sd-panel__title[id]');
    if (title) setAttribute(button, 'aria-describedby', title.id);
  }
}

/** Applies both now and as the questionnaire redraws (chips and entries come and go); returns what undoes it. */
export function nameSurveyButtons(root: HTMLElement, language: () => UiLanguage): () => void {
  const name = () => {
    nameChipButtons(root, language());
    describeRemoveButtons(root);
  };
  name();
  // Attributes are not watched: setting them here cannot call this again.
  const observer = new MutationObserver(name);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
