// The options page's strings in English and German.
import type { Language, ReplyCategory, Severity } from '../engine/types';
import type { PhraseError } from '../shared/settings';

interface OptionsText {
  title: string;
  intro: string;
  saved: string;
  saving: string;
  saveFailed: string;
  locked: string;
  rules: string;
  rulesIntro: string;
  severity: string;
  severityDefault: (severity: Severity) => string;
  severities: Record<Severity | 'off', string>;
  categories: Record<ReplyCategory, string>;
  ruleOn: string;
  phrases: string;
  phrasesIntro: string;
  phrase: string;
  category: string;
  suggestion: string;
  language: string;
  bothLanguages: string;
  add: string;
  remove: string;
  noPhrases: string;
  phraseErrors: Record<PhraseError, string>;
  notes: string;
  notesModes: Record<'off' | 'hostility-blame' | 'all', string>;
  gate: string;
  gateIntro: string;
  gateModes: Record<'off' | 'warn' | 'block', string>;
  retention: string;
  retentionIntro: string;
  retentionError: string;
  days: string;
  domains: string;
  domainsIntro: string;
  domainPlaceholder: string;
  addDomain: string;
  domainInvalid: string;
  domainRefused: string;
  domainNotGranted: string;
  grant: string;
  noDomains: string;
  safety: string;
  safetyIntro: string;
  preview: string;
  uiLanguage: string;
  uiLanguages: Record<'auto' | Language, string>;
  backup: string;
  export: string;
  import: string;
  imported: string;
  importNotJson: (detail: string) => string;
  importNotObject: string;
  importNoSettings: string;
  importProblems: string;
  importLockedIgnored: string;
}

const en: OptionsText = {
  title: 'CalmReply settings',
  intro: 'Everything here stays in this browser. Changes are saved at once.',
  saved: 'Saved.',
  saving: 'Saving…',
  saveFailed: 'Could not save:',
  locked: 'Set by your administrator',
  rules: 'Rules',
  rulesIntro: 'Turn single rules off, or set how serious a whole category is.',
  severity: 'Severity',
  severityDefault: (s) => `Default (${en.severities[s]})`,
  severities: { error: 'Error', warning: 'Warning', hint: 'Hint', info: 'Info', off: 'Off' },
  categories: {
    hostility: 'Hostile tone', blame: 'Blame', dismissive: 'Dismissive', lecturing: 'Lecturing',
    'negative-phrasing': 'Flat refusal', 'passing-on': 'Passing on', overpromise: 'Overpromise',
    'insincere-apology': 'Non-apology', robotic: 'Sounds robotic', 'no-acknowledgment': 'No acknowledgment',
    'no-closing-offer': 'No closing offer', commitment: 'Follow-up promised',
  },
  ruleOn: 'On',
  phrases: 'Team phrases',
  phrasesIntro: 'Wording your team wants flagged. Plain phrases only (no wildcards or regular expressions); matched as whole words, any case.',
  phrase: 'Phrase',
  category: 'Category',
  suggestion: 'Suggestion (optional)',
  language: 'Language',
  bothLanguages: 'Both',
  add: 'Add',
  remove: 'Remove',
  noPhrases: 'No team phrases yet.',
  phraseErrors: {
    'not-an-object': 'This entry is not a phrase.',
    empty: 'Enter a phrase.',
    'too-long': 'Keep the phrase under 80 characters.',
    regex: 'Use plain words only: characters such as \\ ^ $ * + ? ( ) [ ] { } | are not allowed.',
    'no-letter': 'The phrase needs at least one letter.',
    category: 'Choose a category.',
    severity: 'Choose a severity.',
    suggestion: 'The suggestion must be one line of up to 200 characters.',
    language: 'Choose English, German or both.',
    duplicate: 'This phrase is already in the list.',
    'too-many': 'The list is full (200 phrases). Remove one first.',
  },
  notes: 'Internal notes',
  notesModes: { off: 'Do not check internal notes', 'hostility-blame': 'Only hostile tone and blame', all: 'Check like replies' },
  gate: 'Before closing a ticket',
  gateIntro: 'What happens when checklist items are still open when you set a ticket to solved or closed.',
  gateModes: { off: 'Nothing', warn: 'Show the checklist and let me continue', block: 'Do not close until the checklist is done' },
  retention: 'Keep ticket data for',
  retentionIntro: 'Checklist ticks, follow-ups and ignored findings are deleted after this time. Reply text is never stored.',
  retentionError: 'Enter a whole number of days from 1 to 365.',
  days: 'days',
  domains: 'Other helpdesk domains',
  domainsIntro: 'Zendesk and Freshdesk work out of the box. For another helpdesk, add its address; your browser asks you to allow CalmReply on it.',
  domainPlaceholder: 'help.example.com',
  addDomain: 'Add and allow',
  domainInvalid: 'Enter an https address such as help.example.com (no wildcards).',
  domainRefused: 'Access was not granted, so the domain was not added.',
  domainNotGranted: 'access not granted',
  grant: 'Allow',
  noDomains: 'No other domains.',
  safety: 'Safety protocol',
  safetyIntro: 'Shown at once when a customer threatens violence or mentions self-harm. Allowed formatting: <p> <br> <strong> <em> <ul> <ol> <li> <a href="https:/mailto:/tel:">.',
  preview: 'Preview',
  uiLanguage: 'Interface language',
  uiLanguages: { auto: 'Same as the browser', en: 'English', de: 'Deutsch' },
  backup: 'Import and export',
  export: 'Export settings',
  import: 'Import settings…',
  imported: 'Settings imported.',
  importNotJson: (detail) => `This file is not valid JSON (${detail}). Nothing was changed.`,
  importNotObject: 'This file does not contain CalmReply settings (expected a JSON object). Nothing was changed.',
  importNoSettings: 'This file contains no CalmReply settings. Nothing was changed.',
  importProblems: 'This file was not imported because of these problems:',
  importLockedIgnored: 'Settings set by your administrator were kept.',
};

const de: OptionsText = {
  title: 'CalmReply-Einstellungen',
  intro: 'Alles hier bleibt in diesem Browser. Änderungen werden sofort gespeichert.',
  saved: 'Gespeichert.',
  saving: 'Speichert…',
  saveFailed: 'Speichern fehlgeschlagen:',
  locked: 'Von Ihrer Administration festgelegt',
  rules: 'Regeln',
  rulesIntro: 'Schalten Sie einzelne Regeln aus oder legen Sie fest, wie ernst eine ganze Kategorie ist.',
  severity: 'Gewichtung',
  severityDefault: (s) => `Standard (${de.severities[s]})`,
  severities: { error: 'Fehler', warning: 'Warnung', hint: 'Hinweis', info: 'Info', off: 'Aus' },
  categories: {
    hostility: 'Feindseliger Ton', blame: 'Schuldzuweisung', dismissive: 'Abwiegeln', lecturing: 'Belehrung',
    'negative-phrasing': 'Glatte Absage', 'passing-on': 'Weiterreichen', overpromise: 'Zu viel versprochen',
    'insincere-apology': 'Scheinentschuldigung', robotic: 'Klingt wie ein Roboter', 'no-acknowledgment': 'Keine Anerkennung',
    'no-closing-offer': 'Kein Angebot zum Schluss', commitment: 'Rückmeldung zugesagt',
  },
  ruleOn: 'An',
  phrases: 'Team-Formulierungen',
  phrasesIntro: 'Formulierungen, die Ihr Team markiert haben möchte. Nur einfache Wortfolgen (keine Platzhalter oder regulären Ausdrücke); gefunden als ganze Wörter, unabhängig von Groß- und Kleinschreibung.',
  phrase: 'Formulierung',
  category: 'Kategorie',
  suggestion: 'Vorschlag (optional)',
  language: 'Sprache',
  bothLanguages: 'Beide',
  add: 'Hinzufügen',
  remove: 'Entfernen',
  noPhrases: 'Noch keine Team-Formulierungen.',
  phraseErrors: {
    'not-an-object': 'Dieser Eintrag ist keine Formulierung.',
    empty: 'Geben Sie eine Formulierung ein.',
    'too-long': 'Die Formulierung darf höchstens 80 Zeichen lang sein.',
    regex: 'Nur einfache Wörter: Zeichen wie \\ ^ $ * + ? ( ) [ ] { } | sind nicht erlaubt.',
    'no-letter': 'Die Formulierung braucht mindestens einen Buchstaben.',
    category: 'Wählen Sie eine Kategorie.',
    severity: 'Wählen Sie eine Gewichtung.',
    suggestion: 'Der Vorschlag muss eine Zeile mit höchstens 200 Zeichen sein.',
    language: 'Wählen Sie Englisch, Deutsch oder beide.',
    duplicate: 'Diese Formulierung steht schon in der Liste.',
    'too-many': 'Die Liste ist voll (200 Formulierungen). Entfernen Sie zuerst eine.',
  },
  notes: 'Interne Notizen',
  notesModes: { off: 'Interne Notizen nicht prüfen', 'hostility-blame': 'Nur feindseligen Ton und Schuldzuweisungen', all: 'Wie Antworten prüfen' },
  gate: 'Vor dem Schließen eines Tickets',
  gateIntro: 'Was passiert, wenn beim Lösen oder Schließen eines Tickets noch Punkte der Checkliste offen sind.',
  gateModes: { off: 'Nichts', warn: 'Checkliste zeigen, dann weitermachen lassen', block: 'Erst schließen, wenn die Checkliste erledigt ist' },
  retention: 'Ticketdaten aufbewahren für',
  retentionIntro: 'Häkchen, Rückmeldungen und ignorierte Hinweise werden danach gelöscht. Antworttexte werden nie gespeichert.',
  retentionError: 'Geben Sie eine ganze Zahl von 1 bis 365 Tagen ein.',
  days: 'Tage',
  domains: 'Weitere Helpdesk-Domains',
  domainsIntro: 'Zendesk und Freshdesk funktionieren sofort. Für einen anderen Helpdesk fügen Sie seine Adresse hinzu; Ihr Browser fragt dann, ob CalmReply dort arbeiten darf.',
  domainPlaceholder: 'hilfe.beispiel.de',
  addDomain: 'Hinzufügen und erlauben',
  domainInvalid: 'Geben Sie eine https-Adresse wie hilfe.beispiel.de ein (ohne Platzhalter).',
  domainRefused: 'Der Zugriff wurde nicht erlaubt, daher wurde die Domain nicht hinzugefügt.',
  domainNotGranted: 'Zugriff nicht erlaubt',
  grant: 'Erlauben',
  noDomains: 'Keine weiteren Domains.',
  safety: 'Sicherheitsprotokoll',
  safetyIntro: 'Wird sofort gezeigt, wenn ein Kunde mit Gewalt droht oder von Selbstverletzung spricht. Erlaubte Formatierung: <p> <br> <strong> <em> <ul> <ol> <li> <a href="https:/mailto:/tel:">.',
  preview: 'Vorschau',
  uiLanguage: 'Sprache der Oberfläche',
  uiLanguages: { auto: 'Wie der Browser', en: 'English', de: 'Deutsch' },
  backup: 'Import und Export',
  export: 'Einstellungen exportieren',
  import: 'Einstellungen importieren…',
  imported: 'Einstellungen importiert.',
  importNotJson: (detail) => `Diese Datei ist kein gültiges JSON (${detail}). Es wurde nichts geändert.`,
  importNotObject: 'Diese Datei enthält keine CalmReply-Einstellungen (erwartet wird ein JSON-Objekt). Es wurde nichts geändert.',
  importNoSettings: 'Diese Datei enthält keine CalmReply-Einstellungen. Es wurde nichts geändert.',
  importProblems: 'Diese Datei wurde wegen folgender Probleme nicht importiert:',
  importLockedIgnored: 'Von Ihrer Administration festgelegte Einstellungen wurden beibehalten.',
};

export type { OptionsText };

export function optionsText(language: Language): OptionsText {
  return language === 'de' ? de : en;
}
