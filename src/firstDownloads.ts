// Runs before the app's code has arrived (its own small script at the top of index.html, build/firstScript.ts): asks
// for the questionnaire definition the first screen will show, so on a slow connection it comes alongside the app's
// code rather than a round trip after the app has run. The app asks for the same module and gets this download.
import { initialLanguage } from './app/languageChoice';
import { openingKind } from './app/route';
import { DEFINITION_MODULES } from './survey/definitionModules';

const kind = openingKind();
// A failure is the app's to report, when its own request for the module fails in turn.
if (kind) DEFINITION_MODULES[kind][initialLanguage()]().catch(() => undefined);
