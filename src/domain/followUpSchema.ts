// The follow-up questionnaire of evaluation.md as data, held to surveys/follow-up.json by a unit test.
import type { PageSpec } from './questionnaireSchema';
import { LIMITS } from './fieldRules';

export const FOLLOW_UP_VERSION = 'follow-up-2026.1';

export const FOLLOW_UP_QUESTIONNAIRE: readonly PageSpec[] = [
  { name: 'intro', elements: [] },
  {
    name: 'you',
    elements: [
      { name: 'org_name', kind: 'text', required: true, maxLength: LIMITS.shortText },
      { name: 'country', kind: 'country', required: true },
    ],
  },
  {
    name: 'pilot',
    elements: [
      { name: 'used_chart', kind: 'boolean', required: true },
      { name: 'followed_up', kind: 'single', required: true, codeList: 'followed_up' },
      {
        name: 'exchanges', kind: 'entries', required: false, minItems: 0, maxItems: 20,
        shownWhen: (answers) => typeof answers['followed_up'] === 'string' && answers['followed_up'] !== '' && answers['followed_up'] !== 'no',
        fields: [
          { name: 'id', kind: 'id', required: true },
          { name: 'partner', kind: 'text', required: false, maxLength: LIMITS.shortText },
          { name: 'theme', kind: 'single', required: false, codeList: 'theme' },
          { name: 'status', kind: 'single', required: false, codeList: 'follow_up_status' },
          { name: 'comment', kind: 'comment', required: false, maxLength: LIMITS.longText },
        ],
      },
    ],
  },
  {
    name: 'verdict',
    elements: [
      { name: 'useful', kind: 'rating', required: true },
      { name: 'continue', kind: 'single', required: true, codeList: 'continue' },
      { name: 'improvements', kind: 'comment', required: false, maxLength: LIMITS.longText },
    ],
  },
];
