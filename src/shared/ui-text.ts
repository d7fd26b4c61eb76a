// The extension's own interface strings in English and German. The language follows the
// browser's UI language; finding messages follow the language of the reply they are about.
import type { Language } from '../engine/types';

const TEXT = {
  en: {
    rewriteHeading: 'Try instead',
    ignoreHere: 'Ignore here',
    turnOffRule: 'Turn off this rule',
    guidance: 'Guidance',
    findings: 'Findings in this reply',
    noFindings: 'No escalating wording found. Nice.',
    tips: 'Tips for this situation',
    checklist: 'Before you close the ticket',
    mood: 'Customer mood',
    moods: ['calm', 'annoyed', 'angry', 'furious'],
    noTicket: 'Open a Zendesk or Freshdesk ticket and start typing a reply to see CalmReply here.',
    tooLong: 'This reply is too long to check.',
    categories: {
      hostility: 'Hostile tone', blame: 'Blame', dismissive: 'Dismissive', lecturing: 'Lecturing',
      'negative-phrasing': 'Flat refusal', 'passing-on': 'Passing on', overpromise: 'Overpromise',
      'insincere-apology': 'Non-apology', robotic: 'Sounds robotic', 'no-acknowledgment': 'No acknowledgment',
      'no-closing-offer': 'No closing offer', commitment: 'Follow-up promised',
      'customer-anger': 'Customer anger', 'escalation-request': 'Asks for a supervisor', 'safety-risk': 'Safety risk',
    },
  },
  de: {
    rewriteHeading: 'Besser so',
    ignoreHere: 'Hier ignorieren',
    turnOffRule: 'Regel ausschalten',
    guidance: 'Leitfaden',
    findings: 'Hinweise zu dieser Antwort',
    noFindings: 'Keine eskalierenden Formulierungen gefunden. Prima.',
    tips: 'Tipps für diese Situation',
    checklist: 'Bevor Sie das Ticket schließen',
    mood: 'Stimmung des Kunden',
    moods: ['ruhig', 'genervt', 'verärgert', 'wütend'],
    noTicket: 'Öffnen Sie ein Zendesk- oder Freshdesk-Ticket und beginnen Sie eine Antwort, um CalmReply hier zu sehen.',
    tooLong: 'Diese Antwort ist zu lang für die Prüfung.',
    categories: {
      hostility: 'Feindseliger Ton', blame: 'Schuldzuweisung', dismissive: 'Abwiegeln', lecturing: 'Belehrung',
      'negative-phrasing': 'Glatte Absage', 'passing-on': 'Weiterreichen', overpromise: 'Zu viel versprochen',
      'insincere-apology': 'Scheinentschuldigung', robotic: 'Klingt wie ein Roboter', 'no-acknowledgment': 'Keine Anerkennung',
      'no-closing-offer': 'Kein Angebot zum Schluss', commitment: 'Rückmeldung zugesagt',
      'customer-anger': 'Ärger des Kunden', 'escalation-request': 'Will Vorgesetzten sprechen', 'safety-risk': 'Sicherheitsrisiko',
    },
  },
} as const;

export type UiText = (typeof TEXT)[Language];

export function uiLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function uiText(language: Language): UiText {
  return TEXT[language];
}
