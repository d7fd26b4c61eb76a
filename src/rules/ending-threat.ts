// Threatening to end the conversation: "I'm ending this conversation", "If you keep this up I will
// close the ticket", "Ich beende jetzt das Gespräch". A boundary can be set without a threat.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_THING = String.raw`(?:conversation|chat|call|discussion|ticket|thread|case|exchange)`;
/** What the customer keeps doing. */
const EN_IF = String.raw`(?:if|unless)\s+(?:you\s+(?:keep\s+(?:using|taking|writing\s+in|talking\s+in)\s+(?:that|this|such\s+a|a)\s+tone|keep\s+(?:this|that|it)\s+up|keep\s+(?:on\s+)?(?:shouting|yelling|swearing|cursing|insulting|being\s+(?:rude|abusive)|talking\s+(?:to\s+me\s+)?like\s+(?:this|that))|continue\s+(?:like\s+this|this\s+way|in\s+this\s+(?:tone|manner|way)|to\s+(?:shout|yell|swear|curse|insult|be\s+(?:rude|abusive)|use\s+(?:this|that|such)\s+language))|carry\s+on\s+like\s+(?:this|that)|(?:don['’]?t|do\s+not|won['’]?t|will\s+not)\s+stop(?:\s+(?:shouting|yelling|swearing|insulting|this))?|stop\s+(?:shouting|yelling|swearing|insulting)|(?:can['’]?t|cannot|won['’]?t|will\s+not|refuse\s+to)\s+(?:be\s+(?:civil|polite|respectful|reasonable)|calm\s+down|behave|talk\s+(?:to\s+(?:me|us)\s+)?(?:politely|respectfully|civilly)))|this\s+(?:tone|behaviou?r|language)\s+(?:continues|goes\s+on)|you\s+(?:insult|swear\s+at|shout\s+at|yell\s+at|scream\s+at|abuse|threaten|curse\s+at)\s+(?:me|us|my\s+[\w-]+|our\s+[\w-]+|the\s+[\w-]+|anyone)\s+(?:one\s+more\s+time|again|once\s+more))`;
/** What the agent threatens to do. */
const EN_ACT = String.raw`(?:(?:(?:I|we)(?:['’]?m|\s+am|['’]re|\s+are)\s+not\s+(?:continuing|going\s+to\s+continue)\s+(?:this|the|our)\s+${EN_THING}|(?:I|we)\s+(?:won['’]?t|will\s+not)\s+continue\s+(?:this|the|our)\s+${EN_THING})|(?:I|we)\s*(?:['’]?ll|will|(?:['’]?m|am|['’]re|are)\s+going\s+to|(?:['’]?ll|will)\s+have\s+to|have\s+to|must|shall)\s+(?:(?:now|simply|just|immediately)\s+)?(?:(?:end|close|terminate|leave)\s+(?:this|the|our|your)\s+${EN_THING}|disconnect(?:\s+(?:you|this\s+call|the\s+call))?|block\s+you|hang\s+up(?:\s+on\s+you)?|report\s+you|stop\s+(?:responding|replying|helping)(?:\s+(?:to\s+)?you)?))`;

/** A friendly closing after the problem is solved is not a threat. */
const EN_FRIENDLY = /\b(?:resolved|solved|sorted|fixed|glad|great\s+day|have\s+a\s+(?:nice|good|great|lovely)|thanks?\s+(?:for|again)|thank\s+you|anything\s+else|feel\s+free|reopen|happy\s+to\s+help|no\s+further|(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not)\s+(?:heard|hear)\s+back|no\s+(?:response|reply)|inactiv\w*|as\s+(?:agreed|discussed|promised|you\s+(?:asked|requested|wanted))|talk\s+(?:to\s+you\s+)?(?:soon|tomorrow|later|then))\b/;
const DE_FRIENDLY = /(?:gelöst|erledigt|geklärt|schönen\s+(?:Tag|Abend|Wochenende)|danke|vielen\s+Dank|freut|gern\s+wieder|erneut\s+öffnen|wieder\s+öffnen|noch\s+etwas|keine\s+Rückmeldung|nicht\s+mehr\s+gemeldet|keine\s+Antwort)/u;

const enBoundary = () => [
  'I want to keep helping you, and for that we need to keep things respectful',
  "let's focus on finding a solution together",
];
const deBoundary = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton', 'lass uns gemeinsam eine Lösung finden']
    : ['ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton', 'lassen Sie uns gemeinsam eine Lösung finden'];

const DE_THING = String.raw`(?:Gespräch|Chat|Unterhaltung|Telefonat|Diskussion|Ticket|Anfrage|Kontakt)`;
const DE_ARTICLE = String.raw`(?:das|dieses|unser(?:e)?|den|diesen|die|diese)`;
const DE_IF = String.raw`(?:wenn|falls|sollten?)\s+(?:Sie|du|ihr)\s+(?:(?:weiter(?:hin)?|weiter\s+so|noch\s+einmal)\s+in\s+(?:diesem|dem|so\s+einem|solchem)\s+Ton\s+(?:schreiben|schreibst|reden|redest|sprechen|sprichst|antworten|antwortest)|(?:so|weiter\s+so|in\s+diesem\s+Ton)\s+weitermach(?:en|st|t)|(?:weiter(?:hin)?|noch\s+(?:ein)?mal|nochmal)\s+(?:so\s+)?(?:schreien|schreist|beleidigen|beleidigst|fluchen|fluchst|pöbeln|pöbelst|ausfallend\s+werden|ausfallend\s+wirst)|(?:damit\s+)?nicht\s+aufhör(?:en|st)|Ihren\s+Ton\s+nicht\s+ändern|deinen\s+Ton\s+nicht\s+änderst)`;

export const endingThreat: Rule = {
  id: 'ending-threat',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Threatening to end the conversation or close the ticket',
  en: {
    patterns: [
      { re: new RegExp(String.raw`\b${EN_IF}[^.!?]{0,40}?,?\s*${EN_ACT}\b`), rewrite: enBoundary },
      // "Talk to me like that again and I'm closing this ticket."
      { re: new RegExp(String.raw`\b(?:talk|speak|write)\s+to\s+(?:me|us)\s+like\s+(?:that|this)\s+(?:one\s+more\s+time|again|once\s+more)\s+and\s+(?:I|we)(?:['’]?ll|\s+will|['’]?m|\s+am|['’]?re|\s+are)\s+(?:(?:going\s+to\s+)?(?:end|clos|terminat|block|report|disconnect|hang)\w*)\b[^.!?]*`), rewrite: enBoundary },
      { re: new RegExp(String.raw`\b${EN_ACT}\s+${EN_IF}\b`), rewrite: enBoundary },
      // "One more message like that and I'm blocking this chat", "keep shouting at me and this claim goes to the bottom of the pile".
      {
        re: /\b(?:one\s+more\s+(?:message|word|comment|insult|e-?mail|remark|outburst|tweet|swear\s+word)(?:\s+like\s+(?:that|this))?|any\s+(?:more|further)\s+(?:abuse|abusive\s+(?:messages?|language|behaviou?r)|insults?|swearing|rudeness|threats?|messages?\s+like\s+(?:that|this))|(?:keep|carry\s+on|continue)\s+(?:shouting|yelling|swearing|cursing|screaming|being\s+(?:rude|abusive|nasty)|insulting\s+(?:me|us)|talking\s+(?:to\s+(?:me|us)\s+)?like\s+(?:that|this)|writing\s+like\s+(?:that|this))(?:\s+at\s+(?:me|us))?|(?:say|do|write)\s+that\s+(?:again|one\s+more\s+time))\s*,?\s+and\s+(?:I|we|this|that|your|the|you)\b[^.!?]*/,
        rewrite: enBoundary,
      },
      // "I'll be reporting this conversation to my manager", "we're not discussing this any further".
      {
        re: /\b(?:(?:I|we)(?:['’]?ll|\s+will|['’]?m\s+going\s+to|\s+am\s+going\s+to|['’]?re\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+)?report(?:ing)?\s+(?:you|this\s+(?:conversation|chat|exchange|behaviou?r)|your\s+(?:behaviou?r|account|conduct|messages?|language))|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+not\s+(?:discussing|debating|arguing\s+about|talking\s+about)\s+(?:this|it|that)\s+(?:any\s+)?(?:further|more|longer|again))\b[^.!?]*/,
        rewrite: enBoundary,
      },
      // "Any further requests will be ignored", "more emails like this will go unanswered".
      {
        re: /\b(?:any\s+)?(?:further|more|additional|future|other)\s+(?:requests?|messages?|e-?mails?|complaints?|contact|tickets?|calls?)(?:\s+(?:like\s+(?:this|that)|about\s+(?:this|it)))?\s+(?:will|shall)\s+(?:(?:simply|just)\s+)?(?:be\s+ignored|not\s+be\s+(?:answered|responded\s+to|read|replied\s+to)|go\s+unanswered|be\s+deleted(?:\s+unread)?)\b/,
        rewrite: enBoundary,
      },
      // "This is the last time I'm answering this question", "I won't reply to this again".
      {
        re: /\b(?:this\s+is\s+the\s+(?:last|final)\s+time\s+(?:I['’]?m|I\s+am|I['’]?ll\s+be|I\s+will\s+be|we['’]re|we\s+are)\s+(?:answering|replying\s+to|responding\s+to|explaining|discussing|going\s+over)|(?:I|we)\s+(?:won['’]?t|will\s+not)\s+(?:be\s+)?(?:answering|replying\s+to|responding\s+to|answer|reply\s+to|respond\s+to)\s+(?:this|that|the\s+same)\s+(?:question|message|complaint|e-?mail)\s+again)\b[^.!?,;]*/,
        rewrite: enBoundary,
      },
      // "... goes straight to the bottom of the pile": deprioritising the customer as a punishment.
      {
        re: /\b(?:goes|go|going|will\s+go|gets|get|is\s+going|put|moved?|sent)\s+(?:right\s+|straight\s+)?(?:back\s+)?to\s+the\s+(?:very\s+)?bottom\s+of\s+the\s+(?:pile|queue|list|stack)\b/,
        unless: /\b(?:won['’]?t|will\s+not|doesn['’]?t|does\s+not|not|never|don['’]?t\s+worry|if|when|once|whenever)\b|\?/,
        rewrite: () => ['stays with me until it is sorted'],
      },
      {
        re: new RegExp(String.raw`\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:now\s+|hereby\s+)?(?:ending|terminating|closing)\s+(?:this|our|the)\s+(?:conversation|chat|call|discussion|exchange)\b(?:\s+(?:now|here|right\s+now))?`),
        unless: EN_FRIENDLY,
        rewrite: enBoundary,
      },
      {
        re: /\b(?:this|our)\s+(?:conversation|chat|discussion|exchange)\s+is\s+(?:now\s+)?(?:over|finished|ended|done)\b|\bend\s+of\s+(?:discussion|story|conversation|debate)\b/,
        unless: EN_FRIENDLY,
        rewrite: enBoundary,
      },
      // Shutting the conversation down: "if you're going to talk to me like that, ...", "there's nothing more to
      // discuss", "closing this ticket now", "we're done here" (not a friendly close after a fix).
      {
        re: /\bif\s+(?:you['’]?re|youre|you\s+are|u\s+r|ur)\s+(?:going\s+to|gonna)\s+(?:talk|speak|write|be\s+(?:rude|abusive|like\s+(?:that|this)))(?:\s+to\s+(?:me|us))?(?:\s+like\s+(?:that|this))?(?<=(?:that|this|rude|abusive))\b[^.!?]*|\b(?:there['’]?s|theres|there\s+is)\s+(?:really\s+|simply\s+)?nothing\s+(?:more|else|further)\s+to\s+(?:discuss|say|talk\s+about|add)\b[^.!?]*|^(?:(?:ok(?:ay)?|right|so|well|fine)\s{0,2},?\s{1,3}){0,2}(?:closing|ending|terminating)\s+(?:this|the|our|your)\s+(?:ticket|chat|conversation|case|thread|discussion)(?:\s+(?:now|here))?\b|\b(?:we['’]?re|we\s+are|I['’]?m|I\s+am)\s+done\s+here\b/,
        unless: new RegExp(EN_FRIENDLY.source + String.raw`|\b(?:as\s+resolved|once|nothing\s+(?:more|else)\s+(?:you|for\s+you))\b`),
        rewrite: enBoundary,
      },
      { re: /\bI['’]?m\s+done\s+(?:talking\s+to\s+you|with\s+you|discussing\s+this|arguing)\b|\bI\s+am\s+done\s+(?:talking\s+to\s+you|with\s+you|discussing\s+this|arguing)\b/, rewrite: enBoundary },
      {
        re: /\b(?:I|we)\s+(?:will\s+not|won['’]?t|am\s+not\s+going\s+to|['’]m\s+not\s+going\s+to|refuse\s+to)\s+(?:continue\s+this\s+(?:conversation|discussion|chat)|discuss\s+(?:this|it|that)\s+(?:any\s+(?:further|more|longer)|further))\b/,
        rewrite: enBoundary,
      },
    ],
    message: 'This threatens to end the conversation',
    explanation:
      'Threatening to hang up or close the ticket turns the conversation into a power struggle and the customer escalates. If the tone is abusive, name the behaviour and set the boundary calmly instead.',
    rewrite: enBoundary,
  },
  de: {
    patterns: foldDe([
      // "Noch einmal so ein Ton und ich schließe das Ticket."
      { re: new RegExp(String.raw`(?<![\p{L}])noch\s+(?:ein(?:mal)?\s+)?(?:so\s+)?(?:ein(?:e)?\s+)?(?:Ton|Beleidigung|Ausdruck|Nachricht|Mail|Wort|Kommentar|Drohung|Beschimpfung)\s*(?:,|und)\s+(?:ich|wir)\s+(?:schließe|beende|lege|blockiere|sperre)n?(?![\p{L}])[^.!?]*`, 'u'), rewrite: deBoundary },
      // "Wenn Sie so weitermachen, beende ich das Gespräch / lege ich auf / schließe ich das Ticket."
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_IF}[^.!?]{0,40}?,?\s*(?:(?:dann|muss|werde)\s+)?(?:beende|schließe|blockiere|sperre|lege|muss|werde)\s+ich(?:\s+(?:das|dieses|unser|den|die|Sie|dich|hier|jetzt|sofort|leider)){0,3}\s+(?:${DE_THING}|auf|beenden|schließen|auflegen|blockieren|sperren)(?![\p{L}])`, 'u'),
        rewrite: deBoundary,
      },
      // "Ich beende (jetzt) das Gespräch", "Hiermit beende ich den Chat".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:ich\s+beende|beende\s+ich)\s+(?:(?:jetzt|hiermit|nun|damit|sofort|hier|an\s+dieser\s+Stelle)\s+)?${DE_ARTICLE}\s+${DE_THING}(?!\s+(?:nicht|erst|noch\s+nicht)(?![\p{L}]))|(?:ich\s+werde|werde\s+ich)\s+(?:(?:jetzt|hiermit|nun|damit|sofort|hier|an\s+dieser\s+Stelle)\s+)?${DE_ARTICLE}\s+${DE_THING}\s+(?:(?:jetzt|sofort|hier)\s+)?beenden)(?![\p{L}])`, 'u'),
        unless: DE_FRIENDLY,
        rewrite: deBoundary,
      },
      { re: new RegExp(String.raw`(?<![\p{L}])(?:das|dieses|unser)\s+${DE_THING}\s+ist\s+(?:hiermit\s+|jetzt\s+|für\s+mich\s+)?beendet(?![\p{L}])`, 'u'), unless: DE_FRIENDLY, rewrite: deBoundary },
      { re: /(?<![\p{L}])Ende\s+der\s+(?:Diskussion|Durchsage|Debatte|Unterhaltung)(?![\p{L}])/u, rewrite: deBoundary },
      { re: /(?<![\p{L}])(?:ich\s+lege|lege\s+ich)\s+(?:jetzt\s+|hiermit\s+|sofort\s+)?auf(?![\p{L}])/u, unless: DE_FRIENDLY, rewrite: deBoundary },
      {
        // "Wenn du mich weiter so anschreist, landet dein Antrag ganz unten auf dem Stapel", "Ihre Reklamation kommt dann ans Ende der Warteschlange"
        re: /(?:(?<![\p{L}])wenn\s+(?:Sie|du|ihr)\s+[^,.!?\n]{1,60},\s*)?(?<![\p{L}])(?:(?:Ihr|Ihre|dein|deine|euer|eure)\s+[\p{L}-]+\s+)?(?:landet|landen|kommt|kommen|wandert|wandern|rutscht|rutschen)\s+(?:(?:Ihr|Ihre|dein|deine|euer|eure)\s+[\p{L}-]+\s+)?(?:(?:dann|ganz|direkt|sofort|automatisch|einfach|gleich)\s+){0,2}(?:(?:nach\s+)?unten\s+(?:auf\s+(?:den|dem)\s+Stapel|im\s+Stapel|in\s+der\s+(?:Warteschlange|Liste))|ans\s+Ende\s+der\s+(?:Warteschlange|Schlange|Liste)|in\s+den\s+Papierkorb)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deBoundary,
      },
      {
        // "Wenn du so weitermachst, sperren wir deinen Account", "… dann kündigen wir Ihren Vertrag".
        re: new RegExp(String.raw`(?<![\p{L}])${DE_IF}[^.!?]{0,40}?,?\s*(?:dann\s+)?(?:sperren|kündigen|schließen|löschen|deaktivieren|blockieren|beenden)\s+wir\s+(?:(?:Ihr|Ihren|Ihre|dein|deinen|deine|das|den|die|euer|euren)\s+)?(?:Account|Konto|Kundenkonto|Vertrag|Zugang|Abo|Anschluss|Mitgliedschaft|Profil)(?![\p{L}])(?:\s*,?\s+dann\s+hat\s+sich\s+das\s+(?:Thema\s+)?erledigt)?`, 'u'),
        rewrite: deBoundary,
      },
      // Broad: "Wenn du weiter so rumpöbelst, ist hier Schluss", "dann ist das Gespräch beendet", "mache ich hier Schluss".
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|w(?:ä|ae)re)\s+(?:(?:hier|dann|sofort|jetzt|gleich)\s+){1,2}(?:Schluss|Ende(?:\s+im\s+Gel(?:ä|ae)nde)?)(?!\s+mit(?![\p{L}]))|(?:ist|w(?:ä|ae)re|wird)\s+(?:(?:dann|sofort|jetzt|gleich|hier)\s+){0,2}(?:das\s+Gespr(?:ä|ae)ch|der\s+Chat|die\s+Unterhaltung|die\s+Konversation|unser\s+Gespr(?:ä|ae)ch)\s+(?:(?:sofort|dann|hiermit)\s+)?(?:beendet|vorbei|zu\s+Ende)|(?:mache|machen)\s+(?:ich|wir)\s+(?:hier\s+|dann\s+|sofort\s+)*Schluss)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:Schluss\s+mit\s+(?:dem|der|den)\s+(?:Warten|Ärger|Aerger|Problem)|Wochenende|Feierabend|Dienstschluss|Ladenschluss|Anmeldeschluss|Frist|Monatsende|Vertragsende|Kündigung|Kuendigung|erst|sobald|gel(?:ö|oe)st|geklärt)(?![\p{L}])|\?\s*$/u,
        rewrite: deBoundary,
      },
      // Broad (round 4): ultimatum "noch ein Wort in dem Ton und der Chat ist zu", "Noch eine solche Nachricht und wir sperren Ihr Konto".
      {
        re: /^(?<hit>noch\s+(?:ein|eine|einmal|ein\s+einziges|eine\s+einzige|ein\s+weiteres|eine\s+weitere)\s+(?:(?:solche[rs]?|so\s+eine?|so\s+ein|weitere[rs]?|falsche[rs]?)\s+)?(?:[^\s.!?,;]+\s+){0,5}?und\s+(?:ich|wir|der\s+Chat|das\s+Gespräch|die\s+Unterhaltung|das\s+Ticket|Sie|du|Ihr|dein)(?![\p{L}])[^.!?\n]*)/u,
        unless: /\?\s*$/u,
        rewrite: deBoundary,
      },
    ]),
    message: 'Das droht mit dem Abbruch des Gesprächs',
    explanation:
      'Mit Auflegen oder Schließen des Tickets zu drohen macht aus dem Gespräch einen Machtkampf, und der Kunde eskaliert. Wenn der Ton beleidigend ist, benennen Sie das Verhalten und setzen Sie ruhig eine Grenze.',
    rewrite: deBoundary,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I'm ending the call now as agreed, talk tomorrow.",
      "Your replacement is booked, so I'm closing this ticket now; have a lovely evening!",
      "If you're going to be out on Friday, the driver can leave it with a neighbour.",
      "There's nothing more you need to do, your cover starts Monday.",
      "If you'd like to continue this conversation by phone, just call us.",
      "I'll continue this chat as soon as I have the courier's answer.",
      "I'm closing this ticket now since the issue is resolved, feel free to reopen it anytime.",
      'I will close the case once the refund has arrived.',
      'Any further questions and I am happy to help.',
      'If you get any more messages like this from "us", please forward them, it may be phishing.',
      'If you keep seeing this error, please send us a screenshot.',
      'If you stop receiving our emails, check your spam folder.',
      'Our conversation history is saved in your account.',
      "As we haven't heard back, I'm closing this chat now.",
      'If you stop paying, we will close your account after 30 days.',
      'Keep it up and you will be verified in no time!',
      'One more step and your account is ready.',
      'Your request goes to the bottom of the queue if you reopen it, so just reply here instead.',
      'This is the last time you will need to reset it, the new firmware fixes the bug.',
      "If you can't be home on Friday, I'll move the delivery for you.",
      "I'll report the fault to our network team today and call you back.",
      "Further requests for invoices can be made in the app.",
    ],
    invalid: [
      { text: "[[If you're going to write to me like that, I'm stepping away]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "Right, [[there's nothing further to discuss]].", rewrite: "Right, I want to keep helping you, and for that we need to keep things respectful." },
      { text: "OK. [[Ending this chat now]].", rewrite: "OK. I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[I'm not continuing this chat if you swear at me again]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[If you insult my team once more, I will end this chat]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[Any further emails like this will be ignored]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[Any more insults and we will end this chat]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[We are going to report your account]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[I'm not discussing this any further]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[If you won't be civil, we will end this conversation]].", rewrite: "I want to keep helping you, and for that we need to keep things respectful." },
      { text: "[[This is the last time I'm explaining this]].", rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[We will not be replying to this question again]].', rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[One more word like that and we will end the call]].', rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[Carry on swearing and your refund waits]].', rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: 'After that tone, this ticket [[goes straight to the bottom of the pile]].', rewrite: 'After that tone, this ticket stays with me until it is sorted.' },
      { text: "[[Talk to me like that again and I'm closing this ticket]].", rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: "[[I'm ending this conversation]].", rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[If you keep this up I will close the ticket]].', rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: "[[We'll have to end this chat if you continue to swear]].", rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[If you keep taking this tone, we will close the case]] without a refund.', rewrite: 'I want to keep helping you, and for that we need to keep things respectful without a refund.' },
      { text: 'Sorry, [[end of discussion]].', rewrite: 'Sorry, I want to keep helping you, and for that we need to keep things respectful.' },
      { text: '[[I won’t discuss this any further]].', rewrite: 'I want to keep helping you, and for that we need to keep things respectful.' },
    ],
  },
  de: {
    valid: [
      'Noch ein Hinweis: Die Rechnung kommt per Post.',
      'Schluss mit dem Warten: Ihr Paket ist unterwegs.',
      'Dann ist die Sache für Sie erledigt.',
      'Noch eine Nachricht von mir: Das Paket ist unterwegs.',
      'Ich schließe das Ticket, da das Problem gelöst ist. Schönen Tag noch!',
      'Wenn Sie weiterhin Probleme haben, melden Sie sich gern.',
      'Das Gespräch mit der Technik ist für morgen geplant.',
      'Ich werde das Paket heute noch versenden.',
      'Ich beende das Gespräch nicht, bevor wir eine Lösung haben.',
      'Ich werde das Ticket schließen, sobald die Gutschrift da ist.',
      'Keine Sorge, Ihr Antrag landet nicht ganz unten auf dem Stapel.',
      'Wenn Sie so weitermachen möchten wie bisher, bleibt Ihr Vertrag einfach bestehen.',
      'Wenn Sie das wünschen, kündigen wir Ihren Vertrag zum Monatsende.',
    ],
    invalid: [
      { text: '[[noch eine beleidigung und du bist gesperrt]].', rewrite: 'Ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Noch so eine Mail und ich sperre Ihr Konto]].', rewrite: 'Ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Ich beende jetzt das Gespräch]].', rewrite: 'Ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Wenn Sie so weitermachen, schließe ich das Ticket]].', rewrite: 'Ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Wenn du weiter in so einem Ton redest, beende ich den Chat]].', rewrite: 'Ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Wenn du nicht aufhörst, lege ich auf]].', rewrite: 'Ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: 'So, [[das Gespräch ist hiermit beendet]].', rewrite: 'So, ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Wenn Sie weiter so pöbeln, landet Ihre Reklamation ans Ende der Warteschlange]].', rewrite: 'Ich möchte Ihnen gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: 'Ehrlich gesagt, [[dein Ticket wandert dann ganz unten auf den Stapel]].', rewrite: 'Ehrlich gesagt, ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
      { text: '[[Wenn du weiter so schreist, sperren wir dein Konto]].', rewrite: 'Ich möchte dir gern weiterhelfen, dafür brauchen wir einen respektvollen Ton.' },
    ],
  },
};
