// The guidance catalogue: every passage of the seed documents that CalmReply acts on, with a
// stable id. Rules, tips and checklist items cite these ids; a test checks that each quote
// really stands in its seed file, so a citation can never drift from its source.

export type SeedFile = '000_fa68d8fc2135af9c.txt' | '003_49290a162c12d706.txt';

export interface Guidance {
  id: string;
  /** Short title in German (as in the seed) and English. */
  title: { de: string; en: string };
  /** A verbatim excerpt of the seed passage (German original). */
  quote: string;
  /** English rendering of the excerpt. */
  quoteEn: string;
  seed: SeedFile;
}

const ARTICLE: SeedFile = '000_fa68d8fc2135af9c.txt';
const COMPLAINTS: SeedFile = '003_49290a162c12d706.txt';

export const GUIDANCE = {
  'keep-temper': {
    id: 'keep-temper',
    title: { de: 'Verliere nicht die Beherrschung', en: 'Keep your temper' },
    quote: 'Sie wollen die Situation entschärfen, nicht eskalieren. Bleiben Sie ruhig, aber wirken Sie nicht gekünstelt. Schreien Sie auf keinen Fall.',
    quoteEn: 'You want to defuse the situation, not escalate it. Stay calm without seeming artificial. Never shout.',
    seed: ARTICLE,
  },
  'listen-restate': {
    id: 'listen-restate',
    title: { de: 'Hören Sie dem Kunden zu', en: 'Listen to the customer' },
    quote: 'Wiederholen Sie, was Sie von ihr gehört haben, und lassen Sie sie gegebenenfalls klarstellen.',
    quoteEn: 'Repeat what you heard from the customer and let them clarify if needed.',
    seed: ARTICLE,
  },
  'dont-dismiss': {
    id: 'dont-dismiss',
    title: { de: 'Das Problem nicht beiseiteschieben', en: "Don't brush the problem aside" },
    quote: 'Und erwecken Sie nicht den Eindruck, dass Sie ihr Problem ignorieren oder beiseiteschieben.',
    quoteEn: "Don't give the impression that you are ignoring the problem or pushing it aside.",
    seed: ARTICLE,
  },
  'no-lectures': {
    id: 'no-lectures',
    title: { de: 'Halten Sie keine Vorträge', en: "Don't lecture" },
    quote: 'Das Letzte, was ein verärgerter Kunde möchte, ist eine Rüge. Bieten Sie ihm ein offenes Ohr und gute Informationen, aber keine strenge Rede.',
    quoteEn: 'The last thing an upset customer wants is a reprimand. Offer an open ear and good information, not a stern speech.',
    seed: ARTICLE,
  },
  'not-a-robot': {
    id: 'not-a-robot',
    title: { de: 'Seien Sie kein Roboter', en: "Don't be a robot" },
    quote: 'Wenn ein Kunde mit einer echten Person spricht, möchte er nicht immer wieder dieselben abgedroschenen Sprüche hören.',
    quoteEn: 'When customers talk to a real person, they do not want to hear the same worn-out phrases again and again.',
    seed: ARTICLE,
  },
  'stay-positive': {
    id: 'stay-positive',
    title: { de: 'Betonen Sie das Positive', en: 'Stress the positive' },
    quote: 'Sagen Sie beispielsweise nicht „Das machen wir nicht“, sondern „Lassen Sie mich sehen, was wir tun können. Ich glaube, ich weiß, wie wir Ihnen besser helfen können.“',
    quoteEn: 'Don\'t say "We don\'t do that"; say "Let me see what we can do. I think I know how we can help you better."',
    seed: ARTICLE,
  },
  'dont-pass-on': {
    id: 'dont-pass-on',
    title: { de: 'Geben Sie es nicht weiter', en: "Don't pass it on" },
    quote: 'vermeiden Sie möglichst, den Kunden sofort weiterzuleiten, und minimieren Sie die Anzahl der Weiterleitungen, die die Person durchlaufen muss.',
    quoteEn: 'Avoid transferring the customer right away, and keep the number of transfers as low as possible.',
    seed: ARTICLE,
  },
  'ask-the-boss': {
    id: 'ask-the-boss',
    title: { de: 'Im Zweifelsfall den Chef fragen', en: 'When in doubt, ask your lead' },
    quote: 'Stellen Sie sicher, dass Sie die Unterstützung Ihres Vorgesetzten haben, wenn Sie wichtige Entscheidungen darüber treffen, wie Sie mit einer schwierigen Kundensituation umgehen.',
    quoteEn: 'Make sure you have your lead\'s backing when you make important decisions about a difficult customer situation.',
    seed: ARTICLE,
  },
  'no-castles-in-the-air': {
    id: 'no-castles-in-the-air',
    title: { de: 'Keine Luftschloss-Versprechungen', en: 'No castles in the air' },
    quote: 'Machen Sie keine Luftschloss-Versprechungen, nur um das Gespräch zu beenden. Und stimmen Sie nichts zu, von dem Sie wissen, dass es nicht passieren kann.',
    quoteEn: "Don't make promises you can't keep just to end the conversation, and don't agree to anything you know cannot happen.",
    seed: ARTICLE,
  },
  'dont-take-it-personally': {
    id: 'dont-take-it-personally',
    title: { de: 'Nehmen Sie es nicht persönlich', en: "Don't take it personally" },
    quote: 'Nehmen Sie es nicht persönlich.',
    quoteEn: "Don't take it personally: the customer is angry with the situation, not with you.",
    seed: ARTICLE,
  },
  'no-panic': {
    id: 'no-panic',
    title: { de: 'Keine Panik', en: "Don't panic" },
    quote: 'bleiben Sie ruhig und versichern Sie der Person, dass Sie versuchen werden, die beste Lösung für das Problem zu finden.',
    quoteEn: 'Stay calm and assure the person that you will try to find the best solution to the problem.',
    seed: ARTICLE,
  },
  'be-flexible': {
    id: 'be-flexible',
    title: { de: 'Sei flexibel', en: 'Be flexible' },
    quote: 'Gehen Sie nicht nach dem Einheitsprinzip vor. Passen Sie die Lösung an die jeweilige Situation an.',
    quoteEn: "Don't apply one size to all. Fit the solution to the situation.",
    seed: ARTICLE,
  },
  'leave-a-good-feeling': {
    id: 'leave-a-good-feeling',
    title: { de: 'Mit einem guten Gefühl abreisen', en: 'Leave them with a good feeling' },
    quote: 'Fragen Sie am Ende des Gesprächs, ob Sie sonst noch etwas tun können, um zu helfen.',
    quoteEn: 'At the end of the conversation, ask whether there is anything else you can do to help.',
    seed: ARTICLE,
  },
  'follow-through': {
    id: 'follow-through',
    title: { de: 'Folgen Sie durch', en: 'Follow through' },
    quote: 'Halten Sie, was Sie versprechen. Rufen Sie zurück, wenn Sie es versprechen.',
    quoteEn: 'Keep what you promise. Call back when you said you would.',
    seed: ARTICLE,
  },
  'call-for-backup': {
    id: 'call-for-backup',
    title: { de: 'Rufen Sie Verstärkung', en: 'Call for backup' },
    quote: 'Wenn alles andere fehlschlägt, rufen Sie Verstärkung. Verweisen Sie den Kunden gegebenenfalls an Ihren Vorgesetzten.',
    quoteEn: 'When everything else fails, call for backup. Refer the customer to your lead if needed.',
    seed: ARTICLE,
  },
  'be-prepared': {
    id: 'be-prepared',
    title: { de: 'Seien Sie vorbereitet', en: 'Be prepared' },
    quote: 'Wenn beispielsweise ein Anrufer oder Kunde mit Gewalt oder Selbstmord droht, müssen Sie vorbereitet sein, indem Sie die Richtlinien und Verfahren Ihres Unternehmens zum Umgang mit einer solchen Situation kennen und befolgen.',
    quoteEn: "If a caller or customer threatens violence or suicide, you must be prepared: know and follow your company's policies and procedures for such a situation.",
    seed: ARTICLE,
  },
  'have-a-backup': {
    id: 'have-a-backup',
    title: { de: 'Habe ein Backup', en: 'Have a backup' },
    quote: 'Stimmen Sie zu, dass Sie bei besonders schwierigen oder komplizierten Problemen möglicherweise die Hilfe Ihres Vorgesetzten in Anspruch nehmen müssen.',
    quoteEn: 'Agree in advance that for especially difficult or complicated problems you may need your lead\'s help.',
    seed: ARTICLE,
  },
  'sincere-apology': {
    id: 'sincere-apology',
    title: { de: 'Aufrichtig entschuldigen', en: 'Apologise sincerely' },
    quote: 'Hierauf sollte man mit aufrichtigen und selbstsicheren Entschuldigungen reagieren.',
    quoteEn: 'Respond to complaints with sincere and self-assured apologies.',
    seed: COMPLAINTS,
  },
  'stay-composed': {
    id: 'stay-composed',
    title: { de: 'Ruhe bewahren', en: 'Stay composed' },
    quote: 'Gerade bei telefonischen Reklamationen sollte man zudem Ruhe bewahren und Souveränität ausstrahlen.',
    quoteEn: 'Especially with complaints by phone, stay calm and radiate confidence.',
    seed: COMPLAINTS,
  },
  'keep-crm-notes': {
    id: 'keep-crm-notes',
    title: { de: 'Das CRM pflegen', en: 'Keep the ticket notes up to date' },
    quote: 'Ein gut gepflegtes CRM ist in solchen Fällen Gold wert',
    quoteEn: 'Well-kept CRM notes are worth gold in such cases.',
    seed: COMPLAINTS,
  },
  'set-boundaries': {
    id: 'set-boundaries',
    title: { de: 'Grenzen setzen', en: 'Set boundaries' },
    quote: 'Sie müssen sich nicht automatisch alles gefallen lassen.',
    quoteEn: "You don't have to put up with everything.",
    seed: COMPLAINTS,
  },
} as const satisfies Record<string, Guidance>;

export type GuidanceId = keyof typeof GUIDANCE;

export function guidanceById(id: string): Guidance | undefined {
  return (GUIDANCE as Record<string, Guidance>)[id];
}
