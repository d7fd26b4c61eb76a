// Sending the customer on in other words than "please contact X": "you need to take it up with them",
// "open a new ticket with the shipping team", "I only handle technical questions", "try the community
// forum", "I'll forward this to another department and they will decide", "Das ist nicht Sache des
// Supports", "Dafür musst du ein neues Ticket aufmachen". Taking it there yourself ("I'll ask the
// sales team for you and update you") is fine.
import { startsClause } from '../engine/text';
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_OWNERSHIP = /\b(?:for\s+you|on\s+your\s+behalf|myself|I['’]?ll\s+(?:still\s+|also\s+)?(?:follow|update|keep|stay|get\s+back|check|make\s+sure|let\s+you\s+know)|I\s+will\s+(?:still\s+|also\s+)?(?:follow|update|keep|stay|get\s+back|check|make\s+sure|let\s+you\s+know)|I['’]?ve\s+already|I\s+have\s+already)\b/;
const DE_OWNERSHIP = /(?<![\p{L}])(?:für\s+(?:Sie|dich)|selbst|bleibe|melde\s+mich|halte\s+(?:Sie|dich)|kümmere\s+mich|habe\s+(?:bereits|schon))(?![\p{L}])/u;

const enRewrite = () => ["I'll take this to the right team for you and get back to you", "I'll sort this out with the right people for you"];
/** German main clauses keep the verb second: "ich kläre …" at a clause start, "kläre ich …" after a leading word ("Dafür …"). */
const deRewrite = (ctx: MatchContext) => {
  const start = startsClause(ctx.before);
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  const youDat = ctx.register === 'informal' ? 'dir' : 'Ihnen';
  return start
    ? [`ich kläre das für ${you} mit der zuständigen Stelle und melde mich bei ${youDat}`, 'ich kümmere mich darum, dass das bei den Richtigen landet']
    : [`kläre ich das für ${you} mit der zuständigen Stelle und melde mich bei ${youDat}`, 'kümmere ich mich darum, dass das bei den Richtigen landet'];
};

const CLAUSE_REST = String.raw`(?:[^.,;:!?\s]|\s(?=[^.,;:!?\s])){0,60}`;
// Us, me and our own support channel ("get in touch with our customer support") are not elsewhere.
const EN_NOT_US = String.raw`(?!(?:us|me|our\s+(?:customer\s+)?(?:support|service|care|help\s+cent(?:er|re))(?:\s+team)?)\b)`;
const DE_NOT_US = String.raw`(?!(?:uns|mir|mich)(?![\p{L}]))`;

export const goElsewhere: Rule = {
  id: 'go-elsewhere',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: 'Sending the customer on: another ticket, team, forum or company',
  en: {
    patterns: [
      // "you need to take it up with them / your bank"
      { re: new RegExp(String.raw`\b(?:you(?:['’]?ll|\s+will)?\s+(?:need|have)\s+to|you\s+must|you\s+should|please)\s+take\s+(?:it|this|that)\s+up\s+with\s+` + EN_NOT_US + String.raw`\S` + CLAUSE_REST), unless: EN_OWNERSHIP },
      // "That's a question for your bank", "that one's for the airline to sort out": the question handed away.
      { re: /\b(?:that|this|it)(?:(?:['’]?s|\s+is)\s+(?:(?:really|more)\s+)?(?:a\s+question|a\s+matter|an\s+issue|something|one)|\s+one(?:['’]?s|\s+is))\s+for\s+(?:your|the)\s+(?:bank|card\s+issuer|provider|network|landlord|insurer|insurance|retailer|seller|shop|store|manufacturer|airline|courier|carrier|employer|council|school|IT\s+department|(?:billing|sales|tech(?:nical)?|returns|shipping|accounts|finance|other|relevant|support|IT|payments?)\s+(?:team|department|desk))\b(?:\s+to\s+(?:answer|sort(?:\s+out)?|deal\s+with|handle|look\s+into))?/, unless: new RegExp(EN_OWNERSHIP.source + String.raw`|\?`) },
      // "That's for the landlord to sort", "it's up to the airline to decide": the question handed away.
      { re: /\b(?:that|this|it)(?:['’]?s|\s+is)\s+(?:really\s+)?(?:for|up\s+to)\s+(?:your|the)\s+(?:bank|card\s+issuer|provider|network|landlord|insurer|retailer|seller|shop|store|manufacturer|airline|courier|carrier|employer|council|school)\s+to\s+(?:answer|sort(?:\s+out)?|decide|deal\s+with|handle|look\s+into|fix|resolve)\b/, unless: new RegExp(EN_OWNERSHIP.source + String.raw`|\bonly\s+(?:they|them)\b|\?`) },
      // "You need to open a new ticket with the shipping team"
      { re: new RegExp(String.raw`\byou(?:['’]?ll|\s+will)?\s+(?:need|have)\s+to\s+(?:open|create|submit|raise|file|start)\s+(?:a\s+)?(?:new|separate|another)\s+(?:ticket|request|case|claim)\b` + CLAUSE_REST), unless: EN_OWNERSHIP },
      // "This isn't something support handles", "that's not something we deal with"
      { re: /\b(?:this|that|it)(?:\s+is\s+not|\s+isn['’]?t|\s+isnt|['’]?s\s+not)\s+something\s+(?:we|I|support|our\s+team|this\s+team)\s+(?:handles?|deals?\s+with|covers?|can\s+help\s+with|takes?\s+care\s+of)\b/, unless: EN_OWNERSHIP },
      // "I only handle technical questions", "billing is a different team"
      { re: /\bI\s+only\s+(?:handle|deal\s+with|cover|look\s+after|take\s+care\s+of|work\s+on)\s+[\w-]+(?:\s+[\w-]+)?/, unless: EN_OWNERSHIP },
      { re: /\b(?:that|this|it|billing|shipping|returns|refunds|payments?|sales)(?:\s+is|['’]?s|\s+['’]s)\s+(?:handled\s+by\s+)?(?:a\s+)?(?:different|another|separate)\s+(?:team|department)\b/, unless: EN_OWNERSHIP },
      // "You'll have to ask your bank about that charge"
      { re: new RegExp(String.raw`\byou(?:['’]?ll|\s+will)?\s+(?:need|have)\s+to\s+ask\s+` + EN_NOT_US + String.raw`(?:your|the|our)\s+[\w-]+(?:\s+(?:team|department|manager))?`), unless: /\bonly\s+(?:they|them)\b|\bthey\s+are\s+the\s+only\b|\?\s*$/ },
      // "Try posting in the community forum", "you could ask on our forums"
      { re: /\b(?:try|please|you\s+(?:could|can|might\s+want\s+to)|maybe)\s+(?:try\s+)?(?:posting|asking|post|ask)\s+(?:this\s+|your\s+question\s+)?(?:in|on)\s+(?:the|our)\s+(?:community(?:\s+forums?)?|forums?|user\s+forums?|subreddit)\b/, unless: EN_OWNERSHIP },
      // "Have a look on Reddit, some users have posted workarounds", "search on YouTube", "just google it": the crowd instead of us.
      { re: /\b(?:(?:have|take)\s+a\s+(?:quick\s+)?look|look|check|search|ask(?:\s+around)?|try\s+(?:asking|searching|looking|posting)|post\s+(?:it|this|your\s+question)|browse)\s+(?:on|at|in)\s+(?:Reddit|Google|YouTube|Stack\s*Overflow|Quora|Facebook(?:\s+groups?)?|(?:the|a)\s+(?:(?:user|customer)\s+)?(?:community(?:\s+forums?)?|forums?|subreddit|user\s+groups?)|(?:some|other)\s+forums?)\b|\b(?:just\s+)?google\s+it\b/, unless: EN_OWNERSHIP },
      // "I'll forward this to another department and they will decide"
      { re: /\b(?:I['’]?ll|I\s+will|we['’]?ll|we\s+will|let\s+me|I['’]?m\s+going\s+to|I\s+am\s+going\s+to|we['’]re\s+going\s+to|we\s+are\s+going\s+to)\s+(?:forward|pass|send|hand)\s+(?:this|it|that|your\s+\w+)\s+(?:on\s+|over\s+)?to\s+(?:another|a\s+different|some\s+other|the\s+other)\s+(?:department|team)\b/, unless: EN_OWNERSHIP },
      // "maybe try the sales team?", "perhaps ask billing"
      { re: new RegExp(String.raw`\b(?:maybe|perhaps)\s+(?:try|ask|contact|call|email)\s+` + EN_NOT_US + String.raw`(?:the|our|your)\s+[\w-]+(?:\s+(?:team|department|desk|hotline))?`), unless: EN_OWNERSHIP },
      // "You'd better contact our partner company directly"
      { re: new RegExp(String.raw`\b(?:you['’]?d\s+better|you\s+had\s+better|you\s+should|it['’]?s\s+best\s+to|best\s+to)\s+(?:contact|call|email|reach\s+out\s+to|get\s+in\s+touch\s+with|ask)\s+` + EN_NOT_US + String.raw`(?:the|our|your)\s+[\w-]+(?:\s+[\w-]+)?`), unless: new RegExp(EN_OWNERSHIP.source + String.raw`|\bonly\s+(?:they|them)\b|\?\s*$`) },
    ],
    message: 'This sends the customer elsewhere',
    explanation:
      'Being sent from one place to the next is one of the most frustrating things for a customer. Take the question to the right people yourself and come back with the answer.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      // "das müssen Sie mit denen / mit Ihrer Bank klären"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:das|dies|dass)\s+(?:müssen|sollten)\s+Sie\s+(?:bitte\s+|direkt\s+|selbst\s+){0,2}mit\s+` + DE_NOT_US + String.raw`\p{L}+(?:\s+\p{L}+)?\s+klären(?![\p{L}])|(?<![\p{L}])(?:das|dies)\s+(?:musst|solltest)\s+du\s+(?:bitte\s+|direkt\s+|selbst\s+){0,2}mit\s+` + DE_NOT_US + String.raw`\p{L}+(?:\s+\p{L}+)?\s+klären(?![\p{L}])`, 'u'), unless: DE_OWNERSHIP },
      // "Dafür musst du ein neues Ticket beim Versandteam aufmachen"
      { re: /(?<![\p{L}])(?:müssen\s+Sie|musst\s+du|sollten\s+Sie|solltest\s+du)\s+(?:bitte\s+)?(?:ein\s+)?(?:neues|separates|eigenes|weiteres)\s+Ticket(?:\s+(?:bei|beim|für|an)\s+(?:der|dem|den|die)?\s*[\p{L}-]+)?\s+(?:aufmachen|eröffnen|erstellen|anlegen|aufgeben)(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Das ist nicht Sache des Supports"
      { re: /(?<![\p{L}])(?:das\s+ist|ist\s+das)\s+(?:leider\s+)?nicht\s+(?:Sache|Aufgabe)\s+(?:des|der|vom|von)\s+[\p{L}-]+(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Ich bearbeite nur technische Fragen", "für Rechnungen ist ein anderes Team zuständig"
      { re: /(?<![\p{L}])ich\s+(?:bearbeite|betreue|mache|beantworte)\s+(?:hier\s+)?nur\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/u, unless: DE_OWNERSHIP },
      { re: /(?<![\p{L}])(?:ist|sind)\s+(?:ein\s+anderes\s+Team|eine\s+andere\s+Abteilung|andere\s+Kollegen|unsere\s+Partnerfirma|der\s+Hersteller|der\s+Verkäufer|die\s+Kollegen\s+(?:von|aus)\s+der\s+[\p{L}-]+)\s+zuständig(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Wegen der Abbuchung müssen Sie Ihre Bank fragen"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:müssen\s+Sie|musst\s+du)\s+(?:bitte\s+)?(?:direkt\s+)?` + DE_NOT_US + String.raw`(?:Ihre|Ihren|deine|deinen|die|den|das)\s+[\p{L}-]+\s+(?:fragen|anrufen|kontaktieren|anschreiben)(?![\p{L}])`, 'u'), unless: /(?<![\p{L}])nur\s+(?:sie|die|er|diese|dieser)(?![\p{L}])|\?\s*$/u },
      // "Versuch es mal im Community-Forum"
      { re: /(?<![\p{L}])(?:versuch(?:en\s+Sie|e)?\s+es|fragen\s+Sie|frag|posten\s+Sie|poste)\s+(?:(?:mal|doch|vielleicht|bitte|einfach)\s+){0,3}(?:im|in\s+der|in\s+unserem|in\s+unserer|in\s+einem)\s+(?:Community(?:-Forum)?|Forum|Community-Forum|Nutzerforum)(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Ich leite das an eine andere Abteilung weiter, die entscheiden dann"
      { re: /(?<![\p{L}])(?:ich|wir)\s+(?:leite|leiten|gebe|geben)\s+(?:das|es|dies|Ihre\s+[\p{L}-]+|deine\s+[\p{L}-]+)\s+an\s+(?:eine\s+andere|irgendeine|die\s+andere)\s+(?:Abteilung|Stelle|Team)\s+weiter(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "frag vielleicht mal beim Vertrieb nach", "fragen Sie am besten bei der Buchhaltung nach"
      { re: /(?<![\p{L}])(?:frag|fragen\s+Sie)\s+(?:(?:vielleicht|mal|doch|am\s+besten|bitte|einfach)\s+){0,3}(?:beim|bei\s+der|bei\s+dem|bei\s+Ihrer|bei\s+Ihrem|bei\s+deiner|bei\s+deinem)\s+[\p{L}-]+(?:\s+nach)?(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Bitte kontaktieren Sie direkt den Verkäufer", "rufen Sie am besten dort an"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:bitte\s+)?(?:kontaktieren\s+Sie|kontaktiere)\s+(?:(?:bitte|direkt|am\s+besten|dazu|dafür|damit|deshalb|deswegen|einfach|hierzu|diesbezüglich|diesbezueglich)\s+){0,2}` + DE_NOT_US + String.raw`(?:den|die|das|Ihre|Ihren|Ihr|deine|deinen|dein|unsere|unseren)\s+[\p{L}-]+`, 'u'), unless: new RegExp(DE_OWNERSHIP.source + String.raw`|(?<![\p{L}])nur\s+(?:sie|die|er)(?![\p{L}])|\?\s*$`, 'u') },
      // "Für Erstattungen schreiben Sie bitte an unsere Finanzabteilung"
      { re: /(?<![\p{L}])(?:schreiben\s+Sie|schreib|mailen\s+Sie|schicken\s+Sie\s+(?:das|es|dies))\s+(?:(?:bitte|direkt|am\s+besten|einfach|dazu|dafür|deshalb|damit)\s+){0,2}an\s+(?:unsere|unseren|die|den|das|Ihre|Ihren|deine|deinen)\s+[\p{L}-]*(?:abteilung|Abteilung|team|Team|Buchhaltung|Vertrieb|Kollegen|Hersteller|Verkäufer|Bank|anbieter|Anbieter|Partner\p{L}*)(?![\p{L}])/u, unless: DE_OWNERSHIP },
      { re: /(?<![\p{L}])(?:rufen\s+Sie|ruf)\s+(?:(?:am\s+besten|bitte|direkt|einfach)\s+){0,2}(?:dort|da|bei\s+(?:der|dem|denen|ihnen)(?:\s+[\p{L}-]+)?)\s+an(?![\p{L}])/u, unless: DE_OWNERSHIP },
      // "Das müssen Sie schon selbst klären", "das musst du selber regeln"
      { re: /(?<![\p{L}])(?:das|dies|da)\s+(?:müssen\s+Sie|musst\s+du)\s+(?:(?:schon|halt|eben|bitte|leider|dann|wohl|nun\s+mal)\s+){0,2}(?:selbst|selber)\s+(?:klären|regeln|herausfinden|erledigen|lösen|organisieren|gucken|schauen|nachsehen|nachschauen|suchen)(?![\p{L}])/u, unless: /(?<![\p{L}])(?:nicht|nichts)(?![\p{L}])|\?\s*$/u },
      // "musst du halt mit deiner Bank klären"
      { re: /(?<![\p{L}])(?:(?:das|dies)\s+)?(?:müssen\s+Sie|musst\s+du)\s+(?:(?:halt|eben|schon|bitte|direkt|selbst|dann|leider|nun\s+mal)\s+){0,3}mit\s+(?:Ihrer|Ihrem|Ihren|deiner|deinem|deinen)\s+[\p{L}-]+\s+(?:klären|regeln|besprechen|ausmachen)(?![\p{L}])/u, unless: new RegExp(DE_OWNERSHIP.source + String.raw`|\?\s*$`, 'u') },
    ]),
    message: 'Das schickt den Kunden woandershin',
    explanation:
      'Von einer Stelle zur nächsten geschickt zu werden, frustriert Kunden besonders. Nehmen Sie die Frage selbst mit zu den Richtigen und kommen Sie mit der Antwort zurück.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's up to you to decide whether to keep it.",
      'That is for the courier to fix, and I have already booked the collection for you.',
      "That's a question for the billing team, so I have asked them for you.",
      'Is that a question for your bank, or did we charge you twice?',
      'That is something for the team to be proud of.',
      "I'll take it up with the shipping team for you and update you tomorrow.",
      "You don't need to open a new ticket, I've added it to this one.",
      'I only need your order number to check this.',
      "I've forwarded this to another team myself and I'll update you by Friday.",
      'You can also ask us anything here.',
      "It's best to get in touch with our customer support team, they can see your account.",
      "You'll have to ask your bank to release the hold, only they can see it.",
      'Check out the feedback forum to vote for the idea, I have added your vote already.',
      'Our community team posted the fix on the status page.',
    ],
    invalid: [
      { text: "[[That is up to your employer to decide]].", rewrite: "I'll take this to the right team for you and get back to you." },
      { text: "[[thats not something we deal with]]", rewrite: "I'll take this to the right team for you and get back to you" },
      { text: "[[I'm going to pass this to another team]], they'll be in touch.", rewrite: "I'll take this to the right team for you and get back to you, they'll be in touch." },
      { text: '[[Search on YouTube]], there are lots of setup videos.', rewrite: "I'll take this to the right team for you and get back to you, there are lots of setup videos." },
      { text: 'Honestly, [[just google it]].', rewrite: "Honestly, I'll take this to the right team for you and get back to you." },
      { text: "[[That's a question for your card issuer]].", rewrite: "I'll take this to the right team for you and get back to you." },
      { text: "hmm [[this one is for the airline to sort out]]", rewrite: "hmm I'll take this to the right team for you and get back to you" },
      { text: "The hold is on their side, so [[you'll need to take it up with the card issuer]].", rewrite: "The hold is on their side, so I'll take this to the right team for you and get back to you." },
      { text: '[[You have to create a separate request for the refund]].', rewrite: "I'll take this to the right team for you and get back to you." },
      { text: "Sorry, [[that's not something we deal with]].", rewrite: "Sorry, I'll take this to the right team for you and get back to you." },
      { text: '[[I only handle account questions]], sorry.', rewrite: "I'll take this to the right team for you and get back to you, sorry." },
      { text: '[[Try asking in the community forum]], people there know a lot.', rewrite: "I'll take this to the right team for you and get back to you, people there know a lot." },
      { text: "Hmm, [[maybe ask the billing team]]?", rewrite: "Hmm, I'll take this to the right team for you and get back to you?" },
    ],
  },
  de: {
    valid: [
      'Das kläre ich für Sie mit der Bank und melde mich morgen.',
      'Sie müssen kein neues Ticket aufmachen, ich habe es hier ergänzt.',
      'Ich brauche nur Ihre Bestellnummer.',
      'Ich leite das an eine andere Abteilung weiter und melde mich morgen bei Ihnen.',
      'Fragen Sie gern bei uns nach, wenn etwas unklar ist.',
      'Das ist Sache des Herstellers, ich habe ihn selbst kontaktiert.',
      'Schreiben Sie bitte an uns, wenn noch etwas fehlt.',
      'Das müssen Sie nicht selbst klären, ich rufe die Werkstatt an.',
      'Das musst du nicht mit deiner Bank klären, ich mache das für dich.',
    ],
    invalid: [
      { text: '[[Kontaktieren Sie dazu bitte den Paketdienst]].', rewrite: 'Ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: 'Das liegt an der Bank, [[das müssen Sie mit Ihrer Bank klären]].', rewrite: 'Das liegt an der Bank, ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: 'Dafür [[musst du ein neues Ticket beim Vertrieb aufmachen]].', rewrite: 'Dafür kläre ich das für dich mit der zuständigen Stelle und melde mich bei dir.' },
      { text: '[[Das ist nicht Sache der Hotline]].', rewrite: 'Ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: 'Für Rückfragen [[schreiben Sie bitte an die Rechtsabteilung]].', rewrite: 'Für Rückfragen kläre ich das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: '[[Versuchen Sie es doch mal im Forum]].', rewrite: 'Ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: 'Keine Ahnung, [[fragen Sie mal bei der Buchhaltung nach]].', rewrite: 'Keine Ahnung, ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: '[[Das müssen Sie schon selbst klären]].', rewrite: 'Ich kläre das für Sie mit der zuständigen Stelle und melde mich bei Ihnen.' },
      { text: '[[Musst du halt mit deiner Bank klären]].', rewrite: 'Ich kläre das für dich mit der zuständigen Stelle und melde mich bei dir.' },
    ],
  },
};
