// Code lists copied by hand from taxonomy.md, questionnaire.md and evaluation.md, so tests do not read them from surveys/.

/** [code, theme_group], in taxonomy.md order. */
export const SPEC_THEMES: [string, string][] = [
  ['programme_design', 'programme'], ['policy_legislation', 'programme'], ['funding_budgeting', 'programme'],
  ['monitoring_evaluation', 'programme'], ['public_awareness', 'programme'], ['municipal_engagement', 'programme'], ['ngo_capacity', 'programme'],
  ['selection_missions', 'selection'], ['pre_departure_orientation', 'selection'], ['travel_medical', 'selection'],
  ['reception_arrival', 'reception'], ['post_arrival_orientation', 'reception'],
  ['housing', 'integration'], ['language_training', 'integration'], ['employment_skills', 'integration'], ['education', 'integration'],
  ['health_trauma', 'integration'], ['family_reunification', 'integration'], ['welfare_access', 'integration'],
  ['community_sponsorship', 'integration'], ['refugee_participation', 'integration'], ['citizenship_rights', 'integration'],
  ['long_term_support', 'integration'], ['other', 'other'],
];

/** [code, class] of org types. */
export const SPEC_ORG_TYPES: [string, string][] = [
  ['government', 'government'], ['local_government', 'government'], ['ngo', 'ngo'], ['service_provider', 'ngo'], ['refugee_led', 'ngo'],
  ['academic', 'ngo'], ['intl_org', 'international'], ['unhcr', 'international'], ['foundation', 'international'], ['other', 'international'],
];

/** [code, register letter] of resettlement statuses; `other` has none. */
export const SPEC_RESETTLEMENT_STATUS: [string, string | null][] = [
  ['established', 'E'], ['new', 'N'], ['emerging', 'Em'], ['considering', 'O'], ['other', null],
];

/** Lists whose codes (in order) are all the spec fixes about them. */
export const SPEC_CODE_LISTS: [string, string[]][] = [
  ['theme_group', ['programme', 'selection', 'reception', 'integration', 'other']],
  ['theme', SPEC_THEMES.map(([code]) => code)],
  ['modality', ['secondment', 'staff_exchange', 'study_visit', 'shadowing', 'joint_mission', 'training', 'conference', 'mentoring', 'materials',
    'expert_advice', 'network', 'funding_support']],
  ['org_type', SPEC_ORG_TYPES.map(([code]) => code)],
  ['org_class', ['government', 'ngo', 'international']],
  ['resettlement_status', SPEC_RESETTLEMENT_STATUS.map(([code]) => code)],
  ['continuum_role', ['selection', 'pre_departure', 'reception', 'integration', 'policy', 'advocacy', 'funding']],
  ['region', ['africa', 'americas', 'asia', 'europe', 'oceania']],
  ['funder_type', ['foundation', 'government', 'eu', 'un', 'private', 'other']],
  ['activity_type', ['secondment_official', 'hosting_conference', 'shadowing_selection', 'joint_selection', 'policy_operational', 'study_visit',
    'funding_assistance', 'pre_arrival_orientation', 'post_arrival_orientation', 'welfare_access', 'housing', 'long_term_support',
    'employment_volunteering']],
  ['priority', ['high', 'medium', 'low']],
  ['need_funding', ['self_funded', 'partial', 'needs_funding']],
  ['offer_cost', ['we_cover', 'cost_shared', 'requires_funding']],
  ['consent_share', ['share_all', 'share_org_only', 'coordinator_only']],
  ['refugee_involvement', ['yes', 'partly', 'no']],
  ['willing_to_twin', ['yes', 'maybe', 'no']],
  ['twin_role', ['mentor', 'mentee', 'peer']],
  ['arrangement', ['continuous', 'one_off']],
  ['heard_from', ['coordinator_email', 'meeting', 'colleague', 'network', 'other']],
  ['follow_up_status', ['talking', 'agreed', 'took_place', 'stopped']],
  ['followed_up', ['yes_contacted_others', 'yes_was_contacted', 'both', 'no']],
  ['continue', ['yes', 'with_changes', 'no']],
];

/** Languages the questionnaire must offer at least (taxonomy.md), plus `other`. */
export const SPEC_MIN_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'de', 'nl', 'sv', 'no', 'da', 'fi', 'it', 'ja', 'zh', 'other'];
