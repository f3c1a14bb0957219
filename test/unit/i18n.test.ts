// The app's words (src/app/i18n.ts): English built in, another language's once its module has been loaded.
import { describe, expect, it } from 'vitest';
import { loadMessages, translator } from '../../src/app/i18n';

describe('the app\'s words', () => {
  it('are English at once, with their {slots} filled', async () => {
    expect(translator('en')('pagePosition', { page: 2, of: 7 })).toBe('Page 2 of 7');
    expect((await loadMessages('en')).language).toBe('Language');
  });

  it('are another language\'s once loaded, and English words stand in before (only seen if its download failed)', async () => {
    expect(translator('es')('language')).toBe('Language');
    const [first, second] = await Promise.all([loadMessages('es'), loadMessages('es')]);
    expect(second).toBe(first);
    expect(translator('es')('language')).toBe('Idioma');
    expect(translator('es')('pagePosition', { page: 2, of: 7 })).toBe('Página 2 de 7');
    expect(translator('fr')('language')).toBe('Language');
    await loadMessages('fr');
    expect(translator('fr')('language')).toBe('Langue');
  });
});
