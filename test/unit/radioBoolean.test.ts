// Yes/no questions drawn as radios are named, required radio groups for assistive technology (src/survey/radioBoolean.ts).
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { RadioBooleanModel, registerRadioBoolean } from '../../src/survey/radioBoolean';

registerRadioBoolean();

function question(displayMode: string) {
  const survey = new Model({ elements: [{ type: 'boolean', name: 'has_needs', title: 'Do you have needs?', isRequired: true, displayMode }] });
  const found = survey.getQuestionByName('has_needs');
  return { survey, found };
}

describe('yes/no questions', () => {
  it('drawn as radios: a radio group named by its title, required, invalid with its error linked once refused', () => {
    const { survey, found } = question('radio');
    expect(found).toBeInstanceOf(RadioBooleanModel);
    expect([found.ariaRole, found.ariaLabelledBy, found.ariaRequired, found.ariaInvalid]).toEqual(['radiogroup', found.ariaTitleId, 'true', 'false']);
    survey.validate(true);
    expect([found.ariaInvalid, found.ariaErrormessage]).toEqual(['true', `${found.id}_errors`]);
  });

  it('drawn as a switch: left as SurveyJS makes it (its attributes are on the switch itself)', () => {
    const { found } = question('switch');
    expect([found.ariaRole, found.ariaLabelledBy, found.ariaRequired]).toEqual([null, null, null]);
  });
});
