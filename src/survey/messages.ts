// Validation messages of our own rules, in the four questionnaire languages.
import { formatLocale, type UiLanguage } from '../domain/languages';

export type RuleMessage = 'url' | 'month' | 'date' | 'monthOrder' | 'wholeNumber';

const MESSAGES: Record<RuleMessage, Record<UiLanguage, string>> = {
  url: {
    en: 'Enter a web address starting with http:// or https://',
    fr: 'Saisissez une adresse web commençant par http:// ou https://',
    es: 'Introduzca una dirección web que empiece por http:// o https://',
    pt: 'Introduza um endereço web que comece por http:// ou https://',
  },
  month: {
    en: 'Enter a month as YYYY-MM, for example 2027-03',
    fr: 'Saisissez un mois au format AAAA-MM, par exemple 2027-03',
    es: 'Introduzca un mes con el formato AAAA-MM, por ejemplo 2027-03',
    pt: 'Introduza um mês no formato AAAA-MM, por exemplo 2027-03',
  },
  date: {
    en: 'Enter a date as YYYY-MM-DD, for example 2027-03-15',
    fr: 'Saisissez une date au format AAAA-MM-JJ, par exemple 2027-03-15',
    es: 'Introduzca una fecha con el formato AAAA-MM-DD, por ejemplo 2027-03-15',
    pt: 'Introduza uma data no formato AAAA-MM-DD, por exemplo 2027-03-15',
  },
  monthOrder: {
    en: '"Available until" cannot be before "available from"',
    fr: '« Disponible jusqu’à » ne peut pas précéder « disponible à partir de »',
    es: '«Disponible hasta» no puede ser anterior a «Disponible a partir de»',
    pt: '«Disponível até» não pode ser anterior a «disponível a partir de»',
  },
  wholeNumber: {
    en: 'Enter a whole number of at least 1',
    fr: 'Saisissez un nombre entier supérieur ou égal à 1',
    es: 'Introduzca un número entero igual o mayor que 1',
    pt: 'Introduza um número inteiro igual ou superior a 1',
  },
};

export function ruleMessage(rule: RuleMessage, language: UiLanguage): string {
  return MESSAGES[rule][language];
}

const TOO_LONG: Record<UiLanguage, (length: string, limit: string, over: string) => string> = {
  en: (length, limit, over) => `This answer is ${length} characters long; the limit is ${limit}. Shorten it by ${over}.`,
  fr: (length, limit, over) => `Cette réponse compte ${length} caractères ; la limite est de ${limit}. Raccourcissez-la de ${over}.`,
  es: (length, limit, over) => `Esta respuesta tiene ${length} caracteres; el límite es ${limit}. Acórtela en ${over}.`,
  pt: (length, limit, over) => `Esta resposta tem ${length} caracteres; o limite é ${limit}. Encurte-a em ${over}.`,
};

/** An answer longer than its field allows, with the numbers written as the respondent's language writes them. */
export function tooLongMessage(length: number, limit: number, language: UiLanguage): string {
  const number = new Intl.NumberFormat(formatLocale(language));
  return TOO_LONG[language](number.format(length), number.format(limit), number.format(length - limit));
}
