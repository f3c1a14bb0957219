// The app's own words (outside the questionnaire) in English, French, Spanish and Portuguese.
import { createContext, useContext } from 'react';
import { formatLocale, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../domain/languages';

const en = {
  appName: 'Needs & Offers',
  language: 'Language',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  loadFailed: 'The questionnaire could not be loaded. Check your connection and try again; your answers on this device are safe.',
  tryAgain: 'Try again',
  landingTitle: 'Needs and offers: exchanges between resettlement countries',
  landingLead: 'A pilot run by {org} to match what governments and NGOs in resettlement countries need with what others can offer, and with sources of funding for exchanges.',
  landingHowUsed: 'How your answers are used',
  landingUse1: 'Your answers go to the coordinator and are collected, with everyone else’s, into a chart of needs and opportunities that is circulated to participants.',
  landingUse2: 'Where there is an obvious match between a need and an offer, the coordinator will try to put you in touch.',
  landingUse3: 'You decide in the questionnaire what is circulated: your organisation and contact details, your organisation only, or nothing (coordinator only).',
  landingUse4: 'At the end of the pilot the answers help evaluate whether such a matching mechanism is needed and whether this approach works.',
  landingTime: 'It takes about 20 minutes. Your answers are kept as a draft on this device as you type, so you can stop and finish later.',
  landingPrivacy: 'Questions about privacy: {contact}. Round: {round}.',
  landingSharedDevice: 'This device is shared: when you have finished and downloaded your response file, choose “Start a new response” so the next person sees nothing of yours.',
  resume: 'Resume my draft',
  resumeHint: 'You have a draft, last saved on {when}.',
  revise: 'Revise my finished response',
  reviseHint: 'You finished a response (revision {revision}) on {when}. If you have not sent its file to the coordinator yet, download it again and send it.',
  downloadAgain: 'Download the response file again',
  discardDraft: 'Discard the draft and start again',
  confirmDiscard: 'Discard your draft? Its answers will be deleted from this device.',
  saved: 'Saved on this device',
  saving: 'Saving…',
  notSaved: 'Not saved on this device',
  storageUnavailable: 'This browser does not let the questionnaire store your answers (for example in a private window). You can still finish and download your response file, but if you close this tab your answers are lost.',
  storageFull: 'This device’s storage is full, so your latest answers could not be saved here. You can still finish and download your response file; do not close this tab before you have it.',
  receiptTitle: 'Thank you: your response is ready to send',
  receiptId: 'Response id',
  receiptRevision: 'Revision',
  // Counted as "label: number": "1 needs", "1 offres" read wrong, and plural rules differ by language.
  receiptSummary: 'Needs: {needs}. Offers: {offers}. Funding sources: {funding}.',
  receiptUnchanged: 'No answer changed since you last finished, so this is still revision {revision} of your response, the same file as before. If you have sent it already, there is nothing new to send.',
  receiptReplaces: 'This file replaces the one from revision {previous}: send this one to the coordinator, even if you sent the earlier one.',
  receiptNext: 'Now send your response file to the coordinator, {org} ({email}). Download it, then attach it to an e-mail.',
  download: 'Download your response file',
  downloaded: 'Your browser has been given {file}: look for it in its downloads, then attach it to an e-mail to {email}.',
  emailCoordinator: 'E-mail the coordinator',
  print: 'Print or save as PDF',
  reviseResponse: 'Revise my response',
  newResponse: 'Start a new response',
  confirmNewShared: 'Start a new response for the next person? Your response will be removed from this device. Make sure you have downloaded your response file first.',
  mailSubject: 'Needs & Offers response: {org}',
  mailBody: 'Dear coordinator,\n\nPlease find attached our response to the Needs & Offers questionnaire (response id {id}, revision {revision}).\n\nAttach the file {file} before sending.\n\nBest regards,\n{contact}',
  printTitle: 'Response of {org}',
  submitFailed: 'Your response could not be submitted: {problems}',
  coordinatorArea: 'Coordinator area',
  draftConflict: 'This draft was changed in another tab or window. To keep the newest answers, nothing typed here since then was saved: reload to continue from them.',
  reloadDraft: 'Reload the newest answers',
  updateAvailable: 'A new version of this app is available. Your answers are kept.',
  updateNow: 'Use the new version',
  updateLater: 'Later',
  followUpTitle: 'Needs and offers: follow-up at the end of the pilot',
  followUpLead: 'The pilot run by {org} ends with an evaluation: was a mechanism for matching needs with offers useful to you, and should it continue?',
  followUpTime: 'It takes about 5 minutes. Your answers are kept as a draft on this device as you type.',
  pagePosition: 'Page {page} of {of}',
  finish: 'Finish and get my response file',
  edit: 'Edit',
  /** A section's Edit button on the review: each names its section, for the eye and for screen readers alike. */
  editSection: 'Edit: {section}',
  review: 'Review my answers',
  reviewLead: 'Check your answers: “Edit” takes you back to a section. Then press “Finish and get my response file”. Your response is kept on this device and you get a file to send to the coordinator: nothing is sent until you send that file.',
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const fr: Messages = {
  appName: 'Besoins & Offres',
  language: 'Langue',
  skipToContent: 'Aller au contenu',
  loading: 'Chargement…',
  loadFailed: 'Le questionnaire n’a pas pu être chargé. Vérifiez votre connexion et réessayez ; vos réponses sur cet appareil sont conservées.',
  tryAgain: 'Réessayer',
  landingTitle: 'Besoins et offres : échanges entre pays de réinstallation',
  landingLead: 'Un projet pilote mené par {org} pour rapprocher les besoins des gouvernements et des ONG des pays de réinstallation de ce que d’autres peuvent offrir, ainsi que des sources de financement des échanges.',
  landingHowUsed: 'Comment vos réponses sont utilisées',
  landingUse1: 'Vos réponses sont transmises à la coordination et rassemblées, avec celles des autres participants, dans un tableau des besoins et des possibilités diffusé aux participants.',
  landingUse2: 'Lorsqu’un besoin et une offre correspondent de façon évidente, la coordination s’efforcera de vous mettre en contact.',
  landingUse3: 'Vous décidez dans le questionnaire de ce qui est diffusé : votre organisation et vos coordonnées, votre organisation seulement, ou rien (usage de la coordination uniquement).',
  landingUse4: 'À la fin du projet pilote, les réponses servent à évaluer si un tel mécanisme de mise en relation est nécessaire et si cette approche est efficace.',
  landingTime: 'Comptez environ 20 minutes. Vos réponses sont conservées comme brouillon sur cet appareil au fur et à mesure de la saisie : vous pouvez vous arrêter et terminer plus tard.',
  landingPrivacy: 'Questions sur la confidentialité : {contact}. Cycle : {round}.',
  landingSharedDevice: 'Cet appareil est partagé : une fois votre fichier de réponse téléchargé, choisissez « Commencer une nouvelle réponse » afin que la personne suivante ne voie rien de vos réponses.',
  resume: 'Reprendre mon brouillon',
  resumeHint: 'Vous avez un brouillon, enregistré pour la dernière fois le {when}.',
  revise: 'Modifier ma réponse terminée',
  reviseHint: 'Vous avez terminé une réponse (révision {revision}) le {when}. Si vous n’avez pas encore envoyé son fichier à la coordination, téléchargez-le à nouveau et envoyez-le.',
  downloadAgain: 'Télécharger à nouveau le fichier de réponse',
  discardDraft: 'Supprimer le brouillon et recommencer',
  confirmDiscard: 'Supprimer votre brouillon ? Ses réponses seront effacées de cet appareil.',
  saved: 'Enregistré sur cet appareil',
  saving: 'Enregistrement…',
  notSaved: 'Non enregistré sur cet appareil',
  storageUnavailable: 'Ce navigateur ne permet pas au questionnaire d’enregistrer vos réponses (par exemple en navigation privée). Vous pouvez quand même terminer et télécharger votre fichier de réponse, mais vos réponses seront perdues si vous fermez cet onglet.',
  storageFull: 'L’espace de stockage de cet appareil est plein : vos dernières réponses n’ont pas pu y être enregistrées. Vous pouvez quand même terminer et télécharger votre fichier de réponse ; ne fermez pas cet onglet avant de l’avoir.',
  receiptTitle: 'Merci : votre réponse est prête à être envoyée',
  receiptId: 'Identifiant de la réponse',
  receiptRevision: 'Révision',
  receiptSummary: 'Besoins : {needs}. Offres : {offers}. Sources de financement : {funding}.',
  receiptUnchanged: 'Aucune réponse n’a changé depuis la dernière fois : il s’agit toujours de la révision {revision} de votre réponse, le même fichier qu’avant. Si vous l’avez déjà envoyé, il n’y a rien de nouveau à envoyer.',
  receiptReplaces: 'Ce fichier remplace celui de la révision {previous} : envoyez celui-ci à la coordination, même si vous avez envoyé le précédent.',
  receiptNext: 'Envoyez maintenant votre fichier de réponse à la coordination, {org} ({email}) : téléchargez-le, puis joignez-le à un courriel.',
  download: 'Télécharger votre fichier de réponse',
  downloaded: 'Le fichier {file} a été remis à votre navigateur : cherchez-le dans ses téléchargements, puis joignez-le à un courriel à {email}.',
  emailCoordinator: 'Écrire à la coordination',
  print: 'Imprimer ou enregistrer en PDF',
  reviseResponse: 'Modifier ma réponse',
  newResponse: 'Commencer une nouvelle réponse',
  confirmNewShared: 'Commencer une nouvelle réponse pour la personne suivante ? Votre réponse sera effacée de cet appareil. Vérifiez d’abord que vous avez téléchargé votre fichier de réponse.',
  mailSubject: 'Réponse Besoins & Offres : {org}',
  mailBody: 'Madame, Monsieur,\n\nVeuillez trouver ci-joint notre réponse au questionnaire Besoins & Offres (identifiant {id}, révision {revision}).\n\nJoignez le fichier {file} avant d’envoyer ce message.\n\nCordialement,\n{contact}',
  printTitle: 'Réponse de {org}',
  submitFailed: 'Votre réponse n’a pas pu être envoyée : {problems}',
  coordinatorArea: 'Espace de coordination',
  draftConflict: 'Ce brouillon a été modifié dans un autre onglet ou une autre fenêtre. Pour conserver les réponses les plus récentes, rien de ce qui a été saisi ici depuis n’a été enregistré : rechargez pour reprendre à partir de celles-ci.',
  reloadDraft: 'Recharger les réponses les plus récentes',
  updateAvailable: 'Une nouvelle version de l’application est disponible. Vos réponses sont conservées.',
  updateNow: 'Utiliser la nouvelle version',
  updateLater: 'Plus tard',
  followUpTitle: 'Besoins et offres : suivi à la fin du projet pilote',
  followUpLead: 'Le projet pilote mené par {org} se termine par une évaluation : un mécanisme de mise en relation des besoins et des offres vous a-t-il été utile, et doit-il continuer ?',
  followUpTime: 'Comptez environ 5 minutes. Vos réponses sont conservées comme brouillon sur cet appareil au fur et à mesure de la saisie.',
  pagePosition: 'Page {page} sur {of}',
  finish: 'Terminer et obtenir mon fichier de réponse',
  edit: 'Modifier',
  editSection: 'Modifier : {section}',
  review: 'Vérifier mes réponses',
  reviewLead: 'Vérifiez vos réponses : « Modifier » vous ramène à une section. Appuyez ensuite sur « Terminer et obtenir mon fichier de réponse ». Votre réponse est conservée sur cet appareil et vous obtenez un fichier à envoyer à la coordination : rien n’est envoyé tant que vous n’avez pas envoyé ce fichier.',
};

const es: Messages = {
  appName: 'Necesidades y Ofertas',
  language: 'Idioma',
  skipToContent: 'Ir al contenido',
  loading: 'Cargando…',
  loadFailed: 'No se pudo cargar el cuestionario. Compruebe su conexión e inténtelo de nuevo; sus respuestas en este dispositivo están a salvo.',
  tryAgain: 'Intentar de nuevo',
  landingTitle: 'Necesidades y ofertas: intercambios entre países de reasentamiento',
  landingLead: 'Un proyecto piloto dirigido por {org} para poner en relación lo que necesitan los gobiernos y las ONG de los países de reasentamiento con lo que otros pueden ofrecer, y con fuentes de financiación para los intercambios.',
  landingHowUsed: 'Cómo se utilizan sus respuestas',
  landingUse1: 'Sus respuestas llegan a la coordinación y se reúnen, junto con las de los demás, en un cuadro de necesidades y oportunidades que se distribuye a los participantes.',
  landingUse2: 'Cuando una necesidad y una oferta coincidan claramente, la coordinación intentará ponerlos en contacto.',
  landingUse3: 'Usted decide en el cuestionario qué se distribuye: su organización y sus datos de contacto, solo su organización, o nada (uso exclusivo de la coordinación).',
  landingUse4: 'Al final del proyecto piloto, las respuestas ayudan a evaluar si hace falta un mecanismo de este tipo y si este enfoque funciona.',
  landingTime: 'Le llevará unos 20 minutos. Sus respuestas se guardan como borrador en este dispositivo mientras escribe, así que puede interrumpir y terminar más tarde.',
  landingPrivacy: 'Preguntas sobre privacidad: {contact}. Ronda: {round}.',
  landingSharedDevice: 'Este dispositivo es compartido: cuando haya terminado y descargado su archivo de respuesta, elija «Empezar una nueva respuesta» para que la siguiente persona no vea nada suyo.',
  resume: 'Continuar mi borrador',
  resumeHint: 'Tiene un borrador, guardado por última vez el {when}.',
  revise: 'Revisar mi respuesta terminada',
  reviseHint: 'Terminó una respuesta (revisión {revision}) el {when}. Si aún no ha enviado su archivo al coordinador, vuelva a descargarlo y envíelo.',
  downloadAgain: 'Volver a descargar el archivo de respuesta',
  discardDraft: 'Descartar el borrador y empezar de nuevo',
  confirmDiscard: '¿Descartar su borrador? Sus respuestas se borrarán de este dispositivo.',
  saved: 'Guardado en este dispositivo',
  saving: 'Guardando…',
  notSaved: 'No guardado en este dispositivo',
  storageUnavailable: 'Este navegador no permite que el cuestionario guarde sus respuestas (por ejemplo, en una ventana privada). Puede terminar y descargar su archivo de respuesta, pero si cierra esta pestaña sus respuestas se perderán.',
  storageFull: 'El almacenamiento de este dispositivo está lleno y sus últimas respuestas no se han podido guardar. Puede terminar y descargar su archivo de respuesta; no cierre esta pestaña antes de tenerlo.',
  receiptTitle: 'Gracias: su respuesta está lista para enviar',
  receiptId: 'Identificador de la respuesta',
  receiptRevision: 'Revisión',
  receiptSummary: 'Necesidades: {needs}. Ofertas: {offers}. Fuentes de financiación: {funding}.',
  receiptUnchanged: 'Ninguna respuesta ha cambiado desde la última vez: sigue siendo la revisión {revision} de su respuesta, el mismo archivo que antes. Si ya lo envió, no hay nada nuevo que enviar.',
  receiptReplaces: 'Este archivo sustituye al de la revisión {previous}: envíe este a la coordinación, aunque ya haya enviado el anterior.',
  receiptNext: 'Ahora envíe su archivo de respuesta a la coordinación, {org} ({email}): descárguelo y adjúntelo a un correo electrónico.',
  download: 'Descargar su archivo de respuesta',
  downloaded: 'Su navegador ha recibido {file}: búsquelo en sus descargas y adjúntelo a un correo electrónico a {email}.',
  emailCoordinator: 'Escribir a la coordinación',
  print: 'Imprimir o guardar como PDF',
  reviseResponse: 'Revisar mi respuesta',
  newResponse: 'Empezar una nueva respuesta',
  confirmNewShared: '¿Empezar una nueva respuesta para la siguiente persona? Su respuesta se borrará de este dispositivo. Asegúrese antes de haber descargado su archivo de respuesta.',
  mailSubject: 'Respuesta de Necesidades y Ofertas: {org}',
  mailBody: 'Estimada coordinación:\n\nAdjuntamos nuestra respuesta al cuestionario Necesidades y Ofertas (identificador {id}, revisión {revision}).\n\nAdjunte el archivo {file} antes de enviar.\n\nAtentamente,\n{contact}',
  printTitle: 'Respuesta de {org}',
  submitFailed: 'No se ha podido enviar su respuesta: {problems}',
  coordinatorArea: 'Área de coordinación',
  draftConflict: 'Este borrador se modificó en otra pestaña o ventana. Para conservar las respuestas más recientes, no se ha guardado nada de lo escrito aquí desde entonces: vuelva a cargar para continuar a partir de ellas.',
  reloadDraft: 'Cargar las respuestas más recientes',
  updateAvailable: 'Hay una nueva versión de la aplicación. Sus respuestas se conservan.',
  updateNow: 'Usar la nueva versión',
  updateLater: 'Más tarde',
  followUpTitle: 'Necesidades y ofertas: seguimiento al final del proyecto piloto',
  followUpLead: 'El proyecto piloto dirigido por {org} termina con una evaluación: ¿le resultó útil un mecanismo que pone en relación necesidades y ofertas, y debería continuar?',
  followUpTime: 'Le llevará unos 5 minutos. Sus respuestas se guardan como borrador en este dispositivo mientras escribe.',
  pagePosition: 'Página {page} de {of}',
  finish: 'Terminar y obtener mi archivo de respuesta',
  edit: 'Editar',
  editSection: 'Editar: {section}',
  review: 'Revisar mis respuestas',
  reviewLead: 'Revise sus respuestas: «Editar» le lleva de vuelta a una sección. Después pulse «Terminar y obtener mi archivo de respuesta». Su respuesta se guarda en este dispositivo y obtiene un archivo para enviar al coordinador: no se envía nada hasta que usted envíe ese archivo.',
};

const pt: Messages = {
  appName: 'Necessidades e Ofertas',
  language: 'Língua',
  skipToContent: 'Saltar para o conteúdo',
  loading: 'A carregar…',
  loadFailed: 'Não foi possível carregar o questionário. Verifique a sua ligação e tente novamente; as suas respostas neste dispositivo estão guardadas.',
  tryAgain: 'Tentar novamente',
  landingTitle: 'Necessidades e ofertas: intercâmbios entre países de reinstalação',
  landingLead: 'Um projeto-piloto conduzido por {org} para fazer corresponder aquilo de que os governos e as ONG dos países de reinstalação precisam com o que outros podem oferecer, e com fontes de financiamento para intercâmbios.',
  landingHowUsed: 'Como as suas respostas são utilizadas',
  landingUse1: 'As suas respostas são enviadas à coordenação e reunidas, juntamente com as dos outros participantes, num quadro de necessidades e oportunidades que é divulgado aos participantes.',
  landingUse2: 'Quando houver uma correspondência evidente entre uma necessidade e uma oferta, a coordenação procurará pôr as partes em contacto.',
  landingUse3: 'No questionário, decide o que é divulgado: a sua organização e os seus dados de contacto, apenas a sua organização, ou nada (uso exclusivo da coordenação).',
  landingUse4: 'No final do projeto-piloto, as respostas ajudam a avaliar se um mecanismo de correspondência deste tipo é necessário e se esta abordagem funciona.',
  landingTime: 'Demora cerca de 20 minutos. À medida que escreve, as suas respostas são guardadas como rascunho neste dispositivo, pelo que pode interromper e terminar mais tarde.',
  landingPrivacy: 'Questões sobre privacidade: {contact}. Ciclo: {round}.',
  landingSharedDevice: 'Este dispositivo é partilhado: depois de terminar e descarregar o seu ficheiro de resposta, escolha “Iniciar uma nova resposta” para que a pessoa seguinte não veja nada do que respondeu.',
  resume: 'Continuar o meu rascunho',
  resumeHint: 'Tem um rascunho, guardado pela última vez em {when}.',
  revise: 'Rever a minha resposta concluída',
  reviseHint: 'Concluiu uma resposta (revisão {revision}) em {when}. Se ainda não enviou o respetivo ficheiro à coordenação, descarregue-o novamente e envie-o.',
  downloadAgain: 'Descarregar novamente o ficheiro de resposta',
  discardDraft: 'Descartar o rascunho e recomeçar',
  confirmDiscard: 'Descartar o seu rascunho? As respostas serão apagadas deste dispositivo.',
  saved: 'Guardado neste dispositivo',
  saving: 'A guardar…',
  notSaved: 'Não guardado neste dispositivo',
  storageUnavailable: 'Este navegador não permite que o questionário guarde as suas respostas (por exemplo, numa janela privada). Pode ainda assim concluir e descarregar o seu ficheiro de resposta, mas, se fechar este separador, as respostas perder-se-ão.',
  storageFull: 'O armazenamento deste dispositivo está cheio, pelo que não foi possível guardar aqui as suas últimas respostas. Pode ainda assim concluir e descarregar o seu ficheiro de resposta; não feche este separador antes de o ter.',
  receiptTitle: 'Obrigado: a sua resposta está pronta para ser enviada',
  receiptId: 'Identificador da resposta',
  receiptRevision: 'Revisão',
  receiptSummary: 'Necessidades: {needs}. Ofertas: {offers}. Fontes de financiamento: {funding}.',
  receiptUnchanged: 'Nenhuma resposta foi alterada desde a última vez que concluiu: esta continua a ser a revisão {revision} da sua resposta, o mesmo ficheiro que antes. Se já o enviou, não há nada de novo a enviar.',
  receiptReplaces: 'Este ficheiro substitui o da revisão {previous}: envie este à coordenação, mesmo que já tenha enviado o anterior.',
  receiptNext: 'Envie agora o seu ficheiro de resposta à coordenação, {org} ({email}): descarregue-o e anexe-o a um e-mail.',
  download: 'Descarregar o seu ficheiro de resposta',
  downloaded: 'O seu navegador recebeu {file}: procure-o nas transferências e anexe-o a um e-mail para {email}.',
  emailCoordinator: 'Escrever à coordenação',
  print: 'Imprimir ou guardar em PDF',
  reviseResponse: 'Rever a minha resposta',
  newResponse: 'Iniciar uma nova resposta',
  confirmNewShared: 'Iniciar uma nova resposta para a pessoa seguinte? A sua resposta será apagada deste dispositivo. Verifique primeiro se descarregou o seu ficheiro de resposta.',
  mailSubject: 'Resposta Necessidades e Ofertas: {org}',
  mailBody: 'Exma. Coordenação,\n\nJunto enviamos a nossa resposta ao questionário Necessidades e Ofertas (identificador {id}, revisão {revision}).\n\nAnexe o ficheiro {file} antes de enviar.\n\nCom os melhores cumprimentos,\n{contact}',
  printTitle: 'Resposta de {org}',
  submitFailed: 'Não foi possível enviar a sua resposta: {problems}',
  coordinatorArea: 'Área da coordenação',
  draftConflict: 'Este rascunho foi alterado noutro separador ou janela. Para manter as respostas mais recentes, nada do que foi escrito aqui desde então foi guardado: recarregue a página para continuar a partir delas.',
  reloadDraft: 'Recarregar as respostas mais recentes',
  updateAvailable: 'Está disponível uma nova versão desta aplicação. As suas respostas são mantidas.',
  updateNow: 'Usar a nova versão',
  updateLater: 'Mais tarde',
  followUpTitle: 'Necessidades e ofertas: acompanhamento no final do projeto-piloto',
  followUpLead: 'O projeto-piloto conduzido por {org} termina com uma avaliação: um mecanismo que faz corresponder necessidades e ofertas foi útil para a sua organização, e deve continuar?',
  followUpTime: 'Demora cerca de 5 minutos. À medida que escreve, as suas respostas são guardadas como rascunho neste dispositivo.',
  pagePosition: 'Página {page} de {of}',
  finish: 'Concluir e obter o meu ficheiro de resposta',
  edit: 'Editar',
  editSection: 'Editar: {section}',
  review: 'Rever as minhas respostas',
  reviewLead: 'Verifique as suas respostas: “Editar” permite voltar a uma secção. Depois, prima “Concluir e obter o meu ficheiro de resposta”. A sua resposta fica guardada neste dispositivo e recebe um ficheiro para enviar à coordenação: nada é enviado enquanto não enviar esse ficheiro.',
};

export const MESSAGES: Record<UiLanguage, Messages> = { en, fr, es, pt };

/** Fills `{name}` slots with plain values (React escapes them when rendered). */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A function that looks a key up in one language's messages and fills its `{slots}`. */
export type TranslateWith<K extends string> = (key: K, values?: Record<string, string | number>) => string;
export type Translate = TranslateWith<MessageKey>;

/** The translator of one set of messages (the app's, or a screen's own) in one language. */
export function translatorOf<K extends string>(messages: Record<UiLanguage, Record<K, string>>, language: UiLanguage): TranslateWith<K> {
  return (key, values) => format(messages[language][key], values);
}

export function translator(language: UiLanguage): Translate {
  return translatorOf(MESSAGES, language);
}

/** The browser's preferred language among the four, or English. */
export function preferredLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return UI_LANGUAGES[0];
}

/** The UI language, the locale every date, number and name on screen is formatted in (formatLocale), and its messages. */
export interface I18n {
  language: UiLanguage;
  locale: string;
  t: Translate;
}

export function i18nFor(language: UiLanguage): I18n {
  return { language, locale: formatLocale(language), t: translator(language) };
}

export const LanguageContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(LanguageContext);
}
