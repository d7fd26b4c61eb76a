// De-escalation tips, chosen for the situation: the customer's mood and signals first, then
// the agent's open findings. Each tip is a few sentences in the UI language and cites its guidance.
import type { Category, CustomerAnalysis, Language } from '../engine/types';
import type { GuidanceId } from './catalogue';

export interface Tip {
  id: string;
  guidance: GuidanceId;
  title: string;
  text: string;
}

interface TipSource {
  guidance: GuidanceId;
  en: { title: string; text: string };
  de: { title: string; text: string };
}

export const TIPS = {
  'safety-protocol': {
    guidance: 'be-prepared',
    en: { title: 'Follow the safety protocol first', text: 'The customer mentions violence or self-harm. Follow your company\'s safety procedure now and bring in your lead. Take every such statement seriously; the reply wording can wait.' },
    de: { title: 'Zuerst das Sicherheitsprotokoll', text: 'Der Kunde spricht von Gewalt oder Selbstverletzung. Befolgen Sie jetzt das Verfahren Ihres Unternehmens und holen Sie Ihre Führungskraft dazu. Nehmen Sie jede solche Aussage ernst; die Formulierung der Antwort kann warten.' },
  },
  'not-personal': {
    guidance: 'dont-take-it-personally',
    en: { title: "Don't take it personally", text: 'The customer is angry with the situation, not with you. Stay with the facts and the next step.' },
    de: { title: 'Nehmen Sie es nicht persönlich', text: 'Der Kunde ist nicht auf Sie wütend, sondern über die Situation. Bleiben Sie bei den Fakten und dem nächsten Schritt.' },
  },
  'listen-restate': {
    guidance: 'listen-restate',
    en: { title: 'Restate what you heard', text: 'Open by repeating the concern in your own words ("You were charged twice for the same order"). It shows you listened and lets the customer correct you.' },
    de: { title: 'Wiederholen Sie, was Sie gehört haben', text: 'Beginnen Sie damit, das Anliegen in eigenen Worten zu wiederholen („Sie wurden für dieselbe Bestellung zweimal belastet“). Das zeigt, dass Sie zugehört haben, und der Kunde kann klarstellen.' },
  },
  'have-a-backup': {
    guidance: 'have-a-backup',
    en: { title: 'Bring in your lead', text: 'The customer asked for a supervisor. Say that you are involving your lead and when they will hear back, rather than refusing or passing them on without a name.' },
    de: { title: 'Holen Sie Ihre Führungskraft dazu', text: 'Der Kunde möchte einen Vorgesetzten sprechen. Sagen Sie, dass Sie Ihre Führungskraft einbeziehen und wann er von Ihnen hört, statt abzulehnen oder ohne Namen weiterzuleiten.' },
  },
  'set-boundaries': {
    guidance: 'set-boundaries',
    en: { title: 'Set a boundary politely', text: 'You do not have to accept insults. Name it once, calmly ("I want to help you, and I need us to keep this respectful"), then go on with the solution.' },
    de: { title: 'Grenzen höflich setzen', text: 'Beleidigungen müssen Sie nicht hinnehmen. Sprechen Sie es einmal ruhig an („Ich möchte Ihnen helfen und bitte darum, respektvoll zu bleiben“) und machen Sie dann mit der Lösung weiter.' },
  },
  'no-panic': {
    guidance: 'no-panic',
    en: { title: 'Stay calm and reassure', text: 'Assure the customer that you will look for the best solution. A calm, respectful tone steadies the conversation.' },
    de: { title: 'Ruhig bleiben und versichern', text: 'Versichern Sie dem Kunden, dass Sie die beste Lösung suchen. Ein ruhiger, respektvoller Ton stabilisiert das Gespräch.' },
  },
  'keep-temper': {
    guidance: 'keep-temper',
    en: { title: 'Lower your voice', text: 'Capitals, exclamation marks and sharp words escalate. Write as you would speak to someone across a desk.' },
    de: { title: 'Nehmen Sie die Lautstärke heraus', text: 'Großbuchstaben, Ausrufezeichen und scharfe Worte eskalieren. Schreiben Sie so, wie Sie mit jemandem am Schreibtisch sprechen würden.' },
  },
  'stay-positive': {
    guidance: 'stay-positive',
    en: { title: 'Say what you can do', text: 'Instead of "we don\'t do that", say "let me see what we can do" and offer the closest option you have.' },
    de: { title: 'Sagen Sie, was geht', text: 'Statt „Das machen wir nicht“ besser: „Lassen Sie mich sehen, was wir tun können“ – und die nächstbeste Möglichkeit anbieten.' },
  },
  'dont-dismiss': {
    guidance: 'dont-dismiss',
    en: { title: 'Acknowledge the feeling', text: 'Telling someone to calm down rarely works. Name the frustration ("I can see why this is annoying") and move to the fix.' },
    de: { title: 'Das Gefühl anerkennen', text: '„Beruhigen Sie sich“ wirkt selten. Benennen Sie den Ärger („Ich verstehe, dass Sie das ärgert“) und gehen Sie zur Lösung über.' },
  },
  'no-lectures': {
    guidance: 'no-lectures',
    en: { title: 'No lectures', text: 'An upset customer does not want a reprimand. Give the information again, kindly, without pointing out that you said it before.' },
    de: { title: 'Keine Vorträge', text: 'Ein verärgerter Kunde möchte keine Rüge. Geben Sie die Information freundlich noch einmal, ohne darauf hinzuweisen, dass Sie es schon gesagt haben.' },
  },
  'dont-pass-on': {
    guidance: 'dont-pass-on',
    en: { title: 'Keep ownership', text: 'Avoid sending the customer elsewhere. If someone else must help, hand it over yourself and say who and when.' },
    de: { title: 'Behalten Sie den Fall', text: 'Schicken Sie den Kunden möglichst nicht weiter. Wenn jemand anderes helfen muss, übergeben Sie selbst und sagen Sie, wer und wann.' },
  },
  'no-castles': {
    guidance: 'no-castles-in-the-air',
    en: { title: 'Promise only what you can keep', text: 'A broken guarantee costs more than an honest "I will check and get back to you by ...". Ask your lead before promising.' },
    de: { title: 'Nur versprechen, was Sie halten können', text: 'Eine gebrochene Garantie kostet mehr als ein ehrliches „Ich kläre das und melde mich bis …“. Fragen Sie vorher Ihre Führungskraft.' },
  },
  'sincere-apology': {
    guidance: 'sincere-apology',
    en: { title: 'Apologise without "if"', text: 'Apologise for what went wrong ("I\'m sorry your order arrived late"), not for how the customer feels.' },
    de: { title: 'Entschuldigen ohne „falls“', text: 'Entschuldigen Sie sich für das, was schiefging („Es tut mir leid, dass Ihre Bestellung zu spät kam“), nicht für die Gefühle des Kunden.' },
  },
  'not-a-robot': {
    guidance: 'not-a-robot',
    en: { title: 'Sound like a person', text: 'Replace stock phrases with a sentence about this customer\'s situation.' },
    de: { title: 'Klingen Sie wie ein Mensch', text: 'Ersetzen Sie Floskeln durch einen Satz über die Situation genau dieses Kunden.' },
  },
  'follow-through': {
    guidance: 'follow-through',
    en: { title: 'Follow through', text: 'Every promise in your reply becomes a reminder. Call back when you said you would.' },
    de: { title: 'Halten Sie Wort', text: 'Jedes Versprechen in Ihrer Antwort wird zur Erinnerung. Rufen Sie zurück, wenn Sie es zugesagt haben.' },
  },
  'good-feeling': {
    guidance: 'leave-a-good-feeling',
    en: { title: 'End on a good note', text: 'Ask whether there is anything else you can do, so the customer remembers you for a good reason.' },
    de: { title: 'Mit einem guten Gefühl enden', text: 'Fragen Sie, ob Sie sonst noch etwas tun können – damit der Kunde Sie in guter Erinnerung behält.' },
  },
} as const satisfies Record<string, TipSource>;

export type TipId = keyof typeof TIPS;

/** Which tip helps with a finding of each category. */
const TIP_FOR_CATEGORY: Partial<Record<Category, TipId>> = {
  hostility: 'keep-temper',
  blame: 'not-personal',
  dismissive: 'dont-dismiss',
  lecturing: 'no-lectures',
  'negative-phrasing': 'stay-positive',
  'passing-on': 'dont-pass-on',
  overpromise: 'no-castles',
  'insincere-apology': 'sincere-apology',
  robotic: 'not-a-robot',
  'no-acknowledgment': 'listen-restate',
  'no-closing-offer': 'good-feeling',
  commitment: 'follow-through',
};

export interface TipSituation {
  customer?: Pick<CustomerAnalysis, 'anger' | 'signals'>;
  /** Categories of the agent's open findings, most severe first. */
  findingCategories: Category[];
  language: Language;
}

/** Two to four tips for the situation, most urgent first. */
export function chooseTips(situation: TipSituation, max = 4): Tip[] {
  const chosen: TipId[] = [];
  const add = (id: TipId | undefined) => {
    if (id && !chosen.includes(id)) chosen.push(id);
  };
  const signals = situation.customer?.signals ?? [];
  const anger = situation.customer?.anger ?? 0;
  if (signals.includes('safety-risk')) add('safety-protocol');
  if (signals.includes('escalation-request')) add('have-a-backup');
  if (anger >= 3) add('set-boundaries');
  if (anger >= 2) {
    add('not-personal');
    add('listen-restate');
  }
  for (const category of situation.findingCategories) add(TIP_FOR_CATEGORY[category]);
  // Always give at least two: the habits that help in every difficult conversation.
  for (const fallback of ['listen-restate', 'no-panic', 'good-feeling'] as const) {
    if (chosen.length >= 2) break;
    add(fallback);
  }
  return chosen.slice(0, max).map((id) => {
    const tip: TipSource = TIPS[id];
    return { id, guidance: tip.guidance, ...tip[situation.language] };
  });
}

export const ALL_TIP_IDS = Object.keys(TIPS) as TipId[];
