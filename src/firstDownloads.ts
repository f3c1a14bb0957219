// Runs before the app's code has arrived (its own small script at the top of index.html, build/firstScript.ts): asks
// for the questionnaire definition the first screen will show, and the app's words in that language, so on a slow
// connection they come alongside the app's code rather than a round trip after the app has run. The app asks for the
// same modules and gets these downloads.
import { initialLanguage } from './app/languageChoice';
import { MESSAGE_MODULES } from './app/messageModules';
import { openingKind } from './app/route';
import { DEFINITION_MODULES } from './survey/definitionModules';

const kind = openingKind();
const language = initialLanguage();
// A failure is the app's to report, when its own request for the module fails in turn.
if (kind) DEFINITION_MODULES[kind][language]().catch(() => undefined);
// The app's own words in that language too (English is in the app), which the app waits for before its first screen.
if (language !== 'en') MESSAGE_MODULES[language]().catch(() => undefined);
