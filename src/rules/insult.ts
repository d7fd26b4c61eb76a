// Insults aimed at the customer: "are you stupid?", "you're an idiot", "Sind Sie blöd?".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_SLUR = String.raw`(?:stupid|dumb|thick|dense|slow|an?\s+idiot|an?\s+moron|an?\s+imbecile|an?\s+fool|idiots|morons|blind|deaf|illiterate|retarded|insane|mental)`;
/** People asking about an impairment to help (accessibility), not to insult. */
const EN_CARE = /\b(?:visually|hearing|impair\w*|disabilit\w*|accessib\w*|screen\s*reader|sign\s+language|partially)\b/;
const EN_NOT_CALLING = /\b(?:nobody|no\s+one|not\s+(?:saying|calling|suggesting|implying)|never\s+(?:said|called|meant|implied)|(?:feel|felt|feeling)\s+(?:like|as\s+if|that))\b/;

const DE_SLUR = String.raw`(?:blöd|doof|dumm|bescheuert|beschränkt|begriffsstutzig|schwer\s+von\s+Begriff|blind|taub|verrückt|irre|ein\s+Idiot|eine\s+Idiotin|(?:nicht\s+)?ganz\s+dicht|noch\s+zu\s+retten|nicht\s+ganz\s+bei\s+Trost)`;
const DE_CARE = /(?:sehbehindert|hörbehindert|Behinderung|barrierefrei|Barriere|Screenreader|Gebärdensprache)/;
const DE_NOT_CALLING = /(?<![\p{L}])(?:niemand|keiner|nicht\s+(?:sagen|behaupten|gemeint)|(?:fühlen|gefühlt)\s+(?:sich|dich)?)(?![\p{L}])/u;

const enQuestion = () => ['let me walk you through it step by step.', 'let me explain it another way.'];
const deQuestion = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich dir das Schritt für Schritt erklären.', 'ich erkläre es dir gern noch einmal anders.']
    : ['lassen Sie mich das Schritt für Schritt erklären.', 'ich erkläre es Ihnen gern noch einmal anders.'];

export const insult: Rule = {
  id: 'insult',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Calling the customer stupid, blind, an idiot and the like',
  en: {
    patterns: [
      // "Are you stupid?", "r u blind?", "can't you read?" (question mark included in the span).
      {
        re: new RegExp(String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:(?:really|just|completely|totally|actually|seriously|that|so)\s+)?${EN_SLUR}\b(?:\s+or\s+(?:something|what|(?:just\s+)?[a-z]+(?:\s+[a-z]+){0,2}))?\s*\?+`),
        unless: EN_CARE,
        rewrite: enQuestion,
      },
      { re: /\b(?:can['’]?t|cannot|can\s+not)\s+(?:you|u)\s+read\b(?:\s+(?:at\s+all|properly))?\s*\?+/, rewrite: enQuestion },
      { re: /\bcan\s+(?:you|u)\s+not\s+read\b\s*\?+/, rewrite: enQuestion },
      {
        re: /\b(?:do(?:n['’]?t|\s+not)?|can['’]?t)\s+(?:you|u)\s+(?:not\s+)?(?:understand|speak)\s+(?:plain|simple|basic)?\s*English\s*\?+/,
        rewrite: enQuestion,
      },
      // "Not my fault you can't read." — reading ability as the insult (not "you can't read the PDF").
      { re: /\b(?:you|u)\s+(?:clearly\s+|obviously\s+|just\s+)?(?:can['’]?t|cannot|can\s+not|cant)\s+(?:even\s+)?read(?=\s*(?:[.!,;]|$))/, unless: EN_CARE, rewrite: () => ['let me explain it another way'] },
      // "Is English your first language?", "do you even speak English?"
      { re: /\bis\s+english\s+(?:your|ur)\s+(?:first|native|second|mother)\s+(?:language|tongue)\b\s*\?*|\bdo\s+(?:you|u)\s+(?:even\s+)?speak\s+english\b\s*\?*/, unless: /\b(?:prefer|would\s+you\s+like|happy\s+to|in\s+(?:another|your)\s+language|translat\w*)\b/, rewrite: enQuestion },
      // "you're an idiot", "you are so stupid", "you're being stupid".
      {
        re: new RegExp(String.raw`\b(?:you|u)(?:['’]?re|\s+are|\s+r)\s+(?:(?:so|such|really|just|completely|totally|clearly|obviously|being|an?\s+(?:absolute|complete|total|real))\s+){0,2}(?:${EN_SLUR}|incompetent|clueless|pathetic|an?\s+(?:clown|joke))\b`),
        unless: EN_NOT_CALLING,
        rewrite: () => ['there seems to be a misunderstanding', 'let me clear this up'],
      },
      // "Don't be an idiot / so stupid / ridiculous" (not "don't be silly", which is friendly).
      {
        re: /\b(?:don['’]?t|do\s+not|stop)\s+(?:be|being)\s+(?:(?:so|such|an?|a\s+complete|an\s+absolute)\s+){0,2}(?:idiot|moron|stupid|dumb|dense|ridiculous|childish|pathetic|difficult|rude|aggressive|unreasonable|nasty|hostile|abusive|a\s+child|a\s+baby|a\s+brat)\b/,
        rewrite: () => ['let me explain it another way', 'let me walk you through it'],
      },
      // "You idiot, ..." at the start of a sentence.
      {
        re: /^(?:you|u)\s+(?:(?:stupid|absolute|complete|total|little)\s+)?(?:idiot|moron|imbecile|fool|clown|muppet|loser)s?\b/,
        rewrite: () => ['sorry for the confusion'],
      },
      // ", you idiot": the name-calling itself is removed.
      {
        re: /,\s*(?:you|u)\s+(?:(?:stupid|absolute|complete|total|little)\s+)?(?:idiot|moron|imbecile|fool|clown|muppet|loser)s?\b/,
        rewrite: () => [''],
      },
      // "Maybe try switching your brain on", "engage brain before typing", "it's literally one button".
      {
        re: /\b(?:(?:try\s+)?(?:switch(?:ing)?|turn(?:ing)?|engag(?:e|ing)|us(?:e|ing)|put(?:ting)?)\s+(?:on\s+)?your\s+brain(?:\s+(?:on|in\s+gear))?|engage\s+brain)\b[^.!?]*/,
        unless: /\b(?:brain\s*(?:teaser|storm|wave)|brain\s+training)\b/,
        rewrite: () => ["let's go through it step by step"],
      },
      {
        re: /\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is)\s+(?:literally|quite\s+literally)\s+(?:just\s+)?(?:one|two|three|a\s+single|1|2)\s+(?:button|click|tap|step|switch|field|box|line|page)s?\b(?=\s*(?:[.!]+|,\s*(?:come\s+on|seriously|honestly|really)\b|$))/,
        rewrite: () => ["it's quick once you know where to look"],
      },
    ],
    message: 'This insults the customer',
    explanation:
      'Name-calling turns a problem into a personal fight and the customer will remember it longer than the solution. Stay with the facts and explain the next step.',
    rewrite: enQuestion,
  },
  de: {
    patterns: foldDe([
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:[Ss]ind\s+Sie|[Bb]ist\s+du|[Ss]eid\s+ihr)\s+(?:(?:eigentlich|denn|etwa|wirklich|echt|total|völlig|so)\s+){0,2}${DE_SLUR}(?![\p{L}])(?:\s+oder\s+was)?\s*\?+`),
        // Case-sensitive: the polite "Sie", not "sie" (they).
        caseSensitive: true,
        unless: DE_CARE,
        rewrite: deQuestion,
      },
      { re: /(?<![\p{L}])(?:können\s+Sie|kannst\s+du)\s+(?:denn\s+|etwa\s+)?nicht\s+lesen\s*\?+/u, rewrite: deQuestion },
      { re: /(?<![\p{L}])(?:haben\s+Sie|hast\s+du)\s+Tomaten\s+auf\s+den\s+Augen\s*\?+/u, rewrite: deQuestion },
      {
        re: /(?<![\p{L}])(?:Sie\s+sind|[Dd]u\s+bist)\s+(?:(?:ja|wirklich|echt|einfach|total|völlig|so|wohl|doch|aber\s+auch)\s+){0,2}(?:(?:ein(?:e)?|der|die)\s+)?(?:(?:totale[r]?|völlige[r]?|komplette[r]?|echte[r]?)\s+)?(?:blöd|doof|dumm|bescheuert|beschränkt|begriffsstutzig|unfähig|inkompetent|Idiot(?:in)?|Trottel|Depp|Vollidiot(?:in)?|Dummkopf|Witzfigur)(?![\p{L}])/u,
        caseSensitive: true,
        unless: DE_NOT_CALLING,
        rewrite: (ctx) => ['da liegt wohl ein Missverständnis vor', ctx.register === 'informal' ? 'lass mich das klarstellen' : 'lassen Sie mich das klarstellen'],
      },
      // "Seien Sie nicht so kindisch", "Sei nicht blöd".
      {
        re: /(?<![\p{L}])(?:seien\s+Sie|sei)\s+(?:doch\s+)?nicht\s+(?:(?:so|immer\s+so)\s+)?(?:kindisch|albern|lächerlich|dumm|blöd|doof|naiv|begriffsstutzig|schwer\s+von\s+Begriff|zickig|empfindlich|ein\s+Idiot)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' || /^sei(?![\p{L}])/iu.test(ctx.match) ? 'lass mich das noch einmal anders erklären' : 'lassen Sie mich das noch einmal anders erklären'],
      },
      // "Sie Idiot, ..." at the start of a sentence.
      {
        re: /^(?:Sie|du)\s+(?:(?:blöde[r]?|dumme[r]?|kleine[r]?)\s+)?(?:Idiot(?:in)?|Trottel|Depp|Vollidiot(?:in)?|Schwachkopf|Dummkopf|Blödmann|Witzbold)(?![\p{L}])/u,
        rewrite: () => ['Entschuldigung für die Verwirrung'],
      },
      {
        re: /,\s*(?:Sie|du)\s+(?:(?:blöde[r]?|dumme[r]?|kleine[r]?)\s+)?(?:Idiot(?:in)?|Trottel|Depp|Vollidiot(?:in)?|Schwachkopf|Dummkopf|Blödmann|Esel|Witzbold)(?![\p{L}])/u,
        rewrite: () => [''],
      },
      {
        // "Bist du eigentlich schwer von Begriff?"
        re: /(?<![\p{L}])(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+(?:(?:eigentlich|denn|wirklich|echt|so)\s+){0,2}(?:schwer\s+von\s+Begriff|begriffsstutzig|beschränkt|dumm|blöd|bloed|doof|bescheuert|unfähig)(?![\p{L}])[^.!?\n]*\?*/u,
        rewrite: deQuestion,
      },
      // Broad: the customer called stupid/incompetent in any word order: "Sind Sie eigentlich zu blöd, …", "du bist echt begriffsstutzig".
      {
        // Case-sensitive: "Sie sind" (you), not "sie sind" (they).
        caseSensitive: true,
        re: /(?<![\p{L}])(?<hit>(?:Sie\s+sind|[Dd]u\s+bist|[Ii]hr\s+seid|[Ss]ind\s+Sie|[Bb]ist\s+du|[Ss]eid\s+ihr)\s+(?:(?:eigentlich|echt|wirklich|denn|total|v(?:ö|oe)llig|komplett|so|zu|ja|einfach|wohl|halt|auch|etwa)\s+){0,3}(?:bl(?:ö|oe)d|dumm|doof|d(?:ä|ae)mlich|bescheuert|beschr(?:ä|ae)nkt|begriffsstutzig|unf(?:ä|ae)hig|lernresistent|schwer\s+von\s+Begriff|minderbemittelt|hohl|bekloppt|verbl(?:ö|oe)det|unterbelichtet|naiv|unverbesserlich|das\s+Letzte|eine\s+Zumutung|peinlich|l(?:ä|ae)cherlich|unertr(?:ä|ae)glich|nervig|anstrengend)(?![\p{L}])(?:[^.!?]{0,80}\?+|\s*[.!]+)?)/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*)\s+(?:(?:eigentlich|echt|wirklich|so|zu)\s+)?(?:bl(?:ö|oe)d|dumm|doof|unf(?:ä|ae)hig|naiv)|(?:bl(?:ö|oe)d|dumm|doof)\s+gelaufen/u,
        rewrite: deQuestion,
      },
      // Broad: "Vielleicht sollten Sie mal Ihr Gehirn einschalten", "Kopf benutzen!"
      {
        re: /^(?<hit>[^.!?]{0,60}?(?<![\p{L}])(?:(?:Ihr|dein|euer|das)\s+)?(?:Gehirn|Hirn|Kopf|Verstand|Denkapparat)\s+(?:(?:mal|doch|einfach|bitte|endlich)\s+){0,2}(?:einschalten|anschalten|benutzen|anstrengen|gebrauchen|nutzen)(?![\p{L}])[^.!?]*[.!?]*)/u,
        rewrite: deQuestion,
      },
      // Broad (round 4): mock-understatement about the customer's wits: "Sie sind echt nicht der Hellste", "du bist nicht gerade ein Genie".
      {
        re: /(?<![\p{L}])(?<hit>(?:Sie\s+sind|[Dd]u\s+bist|sind\s+Sie|bist\s+du)\s+(?:(?:ja|wirklich|echt|einfach|wohl|offenbar|offensichtlich|auch|aber\s+auch)\s+){0,2}(?:nicht\s+(?:gerade\s+|unbedingt\s+|so\s+)?(?:der|die)\s+(?:Hellste|Schlauste|Klügste|Cleverste|Schnellste)|nicht\s+(?:gerade\s+|unbedingt\s+)?(?:ein(?:e)?\s+)?(?:Genie|Leuchte|großes\s+Licht|Einstein))|nicht\s+(?:gerade\s+)?die\s+hellste\s+Kerze(?:\s+auf\s+der\s+Torte)?)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'lass uns das gemeinsam Schritt für Schritt durchgehen' : 'lassen Sie uns das gemeinsam Schritt für Schritt durchgehen'],
      },
    ]),
    message: 'Das beleidigt den Kunden',
    explanation:
      'Beschimpfungen machen aus einem Problem einen persönlichen Streit, und der Kunde erinnert sich länger daran als an die Lösung. Bleiben Sie sachlich und erklären Sie den nächsten Schritt.',
    rewrite: deQuestion,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "There's literally no charge for this.",
      "It's one button: tap Settings, then Reset, and you're done.",
      "Our brain-training app is free this week.",
      'Are you still seeing the error?',
      "Nobody thinks you're stupid for asking, it is a good question.",
      'Are you blind or visually impaired? Our screen reader mode can help.',
      "I'm sorry the form made you feel like you are an idiot.",
      'Can you read the serial number on the back of the device?',
      "You're not stupid at all, the menu is confusing.",
      "Don't be silly, it was no trouble at all!",
      "You can't read the PDF on your phone? I've sent it as a text file too.",
      "Are you able to read the code on the back of the card?",
      "Would you prefer to continue in Spanish? Do you speak English or would you like a translation?",
    ],
    invalid: [
      { text: "[[Try turning your brain on before you ring us]].", rewrite: "Let's go through it step by step." },
      { text: "[[It's literally two clicks]].", rewrite: "It's quick once you know where to look." },
      { text: "[[Is English your first language?]]", rewrite: "Let me walk you through it step by step." },
      { text: "Honestly, [[you clearly can't read]].", rewrite: "Honestly, let me explain it another way." },
      { text: "[[Stop being so aggressive]].", rewrite: "Let me explain it another way." },
      { text: "[[Are you dense or just tired?]]", rewrite: "Let me walk you through it step by step." },
      { text: '[[Are you stupid?]] I told you to restart it.', rewrite: 'Let me walk you through it step by step. I told you to restart it.' },
      { text: 'Seriously, [[can’t you read?]]', rewrite: 'Seriously, let me walk you through it step by step.' },
      { text: 'Honestly, [[you are an idiot]].', rewrite: 'Honestly, there seems to be a misunderstanding.' },
      { text: 'Listen[[, you moron]], the box is empty.', rewrite: 'Listen, the box is empty.' },
      { text: "[[Don't be ridiculous]], the refund is on its way.", rewrite: 'Let me explain it another way, the refund is on its way.' },
      { text: '[[You idiot]], I told you to restart it.', rewrite: 'Sorry for the confusion, I told you to restart it.' },
      { text: '[[r u blind?]] the button is right there', rewrite: 'Let me walk you through it step by step. the button is right there' },
    ],
  },
  de: {
    valid: [
      'Sie sind nicht der Erste, dem das passiert, das ist wirklich ärgerlich.',
      'Das ist peinlich für uns, ich entschuldige mich.',
      'Die Kollegen sind so dumm gelaufen, dass das Paket zurückging.',
      'Sie sind nicht dumm, die Seite ist wirklich verwirrend.',
      'Das ist dumm gelaufen, ich kümmere mich.',
      'Sind Sie mit der Lösung zufrieden?',
      'Sind Sie blind oder sehbehindert? Dann hilft Ihnen unser barrierefreier Modus.',
      'Niemand hält Sie für dumm, die Frage ist berechtigt.',
      'Können Sie die Seriennummer auf der Rückseite lesen?',
      'Bist du sicher, dass die Adresse stimmt?',
      'Seien Sie nicht beunruhigt, die Lieferung ist unterwegs.',
      'Die Kunden? Ach, sie sind so dumm gehalten worden von der Werbung.',
      'Sind Sie blind oder sehbehindert? Dann schalte ich Ihnen die Vorlesefunktion frei.',
    ],
    invalid: [
      { text: 'Ehrlich gesagt, [[Sie sind echt nicht der Hellste]].', rewrite: 'Ehrlich gesagt, lassen Sie uns das gemeinsam Schritt für Schritt durchgehen.' },
      { text: 'Hallo. [[Vielleicht sollten Sie mal Ihr Gehirn einschalten.]]', rewrite: 'Hallo. Lassen Sie mich das Schritt für Schritt erklären.' },
      { text: 'Ganz ehrlich, [[Sie sind echt anstrengend.]]', rewrite: 'Ganz ehrlich, lassen Sie mich das Schritt für Schritt erklären.' },
      { text: '[[Bist du echt so begriffsstutzig, dass du die Mail nicht findest?]] Sie liegt im Spam.', rewrite: 'Lass mich dir das Schritt für Schritt erklären. Sie liegt im Spam.' },
      { text: '[[Sind Sie blöd?]] Ich habe es doch erklärt.', rewrite: 'Lassen Sie mich das Schritt für Schritt erklären. Ich habe es doch erklärt.' },
      { text: '[[Bist du eigentlich dumm?]]', rewrite: 'Lass mich dir das Schritt für Schritt erklären.' },
      { text: 'Ehrlich gesagt, [[Sie sind wirklich unfähig]].', rewrite: 'Ehrlich gesagt, da liegt wohl ein Missverständnis vor.' },
      { text: '[[Können Sie nicht lesen?]] Es steht auf der Rechnung.', rewrite: 'Lassen Sie mich das Schritt für Schritt erklären. Es steht auf der Rechnung.' },
      { text: '[[Seien Sie nicht so kindisch]].', rewrite: 'Lassen Sie mich das noch einmal anders erklären.' },
      { text: '[[Sei nicht so empfindlich]].', rewrite: 'Lass mich das noch einmal anders erklären.' },
      { text: '[[Sie Idiot]], das Paket ist leer.', rewrite: 'Entschuldigung für die Verwirrung, das Paket ist leer.' },
      { text: 'Hören Sie zu[[, Sie Idiot]], das Paket ist leer.', rewrite: 'Hören Sie zu, das Paket ist leer.' },
      { text: '[[Bist du eigentlich schwer von Begriff?]]', rewrite: 'Lass mich dir das Schritt für Schritt erklären.' },
    ],
  },
};
