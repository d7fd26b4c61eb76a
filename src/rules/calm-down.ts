// "Calm down", "no big deal", "kein Grund zur Aufregung": telling an upset customer how to feel.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

// Rewrites start lower-case where the language allows; the engine capitalises at sentence start.
const EN_FEELING = () => ['I understand how frustrating this is', 'I can see why this is upsetting'];
const EN_UPSET = () => ['I understand why you are upset', 'I can see why you are frustrated'];
const EN_MATTERS = () => ['I understand this matters to you', 'I can see why this is frustrating'];

const deFeeling = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe, dass dich das ärgert', 'ich kann gut nachvollziehen, dass das frustrierend ist']
    : ['ich verstehe, dass Sie das ärgert', 'ich kann gut nachvollziehen, dass das frustrierend ist'];
const deMatters = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe, dass das für dich ärgerlich ist', 'ich kann gut nachvollziehen, dass dich das ärgert']
    : ['ich verstehe, dass das für Sie ärgerlich ist', 'ich kann gut nachvollziehen, dass Sie das ärgert'];

export const calmDown: Rule = {
  id: 'calm-down',
  category: 'dismissive',
  guidance: 'dont-dismiss',
  description: 'Telling the customer to calm down or that the problem is no big deal',
  en: {
    patterns: [
      { re: /\b(?:don['’]?t|do\s+not|stop)\s+(?:be|being)\s+(?:so\s+)?(?:dramatic|emotional|sensitive|touchy|hysterical)\b/, rewrite: EN_FEELING },
      {
        re: /\b(?:there['’]?s\s+)?no\s+need\s+to\s+(?:panic|freak\s+out|flip\s+out|lose\s+it|get\s+hysterical)\b|\b(?:don['’]?t|dont)\s+(?:panic|freak\s+out|flip\s+out|lose\s+it)\b/,
        // Reassurance that says why (it is safe, it is already undone, the agent has acted) informs rather
        // than dismisses, as "Keine Panik, Ihre Daten sind sicher" does in German.
        unless: /\b(?:safe|secure|protected|because)\b|\b(?:I|we)(?:['’]?ve|\s+have)\s+(?:already\s+)?(?:cancel+ed|refunded|reversed|stopped|fixed|restored|sorted|credited)\b|\b(?:is|was|has\s+been|will\s+be|gets|get)\s+(?:already\s+|automatically\s+)?(?:refunded|reversed|cancel+ed|credited|restored)\b/,
        rewrite: () => ['I understand this is worrying', 'I can see why this is worrying'],
      },
      {
        re: /\byou(?:['’]?re|\s+are)\s+making\s+(?:this|it|that)\s+(?:into\s+)?(?:a\s+)?(?:much\s+)?bigger\s+(?:issue|deal|problem|thing)\s+than\s+it\s+is\b|\b(?:make|making)\s+(?:such\s+)?a\s+(?:big\s+)?(?:fuss|scene|drama)(?:\s+(?:about|over)\s+(?:it|this|that|nothing))?/,
        unless: /\b(?:I|we)\s+(?:don['’]?t|didn['’]?t)\s+want\s+to\s+make\b/,
        rewrite: EN_MATTERS,
      },
      // "calm down", "please calm down", "you need to calm down"; not "once things calm down".
      { re: /\b(?:(?:you\s+(?:need|have)\s+to|please|just)\s+)?(?:(?:calm|settle|cool)\s+down|calm\s+yourself(?:\s+down)?)\b/, unless: /\b(?:things|it|the\s+\w+)\s+(?:calm|settle|cool)s?\s+down\b/ },
      { re: /\b(?:just\s+)?(?:relax|chill(?:\s+out)?)\b(?=\s*[.!,]|$)/ },
      {
        re: /\b(?:there(?:['’]?s|\s+is)\s+)?(?:really\s+)?no\s+(?:need|reason)\s+to\s+(?:get\s+|be\s+)?(?:so\s+|this\s+|that\s+)?(?:upset|angry|mad|worked\s+up|emotional|dramatic|rude|abusive|nasty|aggressive|hostile|sarcastic|offensive|snarky|shouty|personal)\b|\b(?:there(?:['’]?s|\s+is)\s+)?no\s+need\s+for\s+(?:that|this|the)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:language|tone|attitude|rudeness|abuse|sarcasm)\b/,
        rewrite: EN_UPSET,
      },
      {
        re: /\b(?:(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+(?:really\s+|honestly\s+|truly\s+|actually\s+|seriously\s+)?not\s+(?:a|that)\s+big\s+(?:of\s+a\s+)?deal|(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+(?:really|honestly|truly|seriously)\s+not\s+(?:a|that)\s+big\s+(?:of\s+a\s+)?(?:issue|problem)|(?:it['’]?s\s+|that['’]?s\s+)?no\s+big\s+deal|(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+(?:(?:honestly|really|truly|actually)\s+)?not\s+(?:a|that)\s+(?:huge|major)\s+deal)\b(?!(?:\s+at\s+all)?(?:\s+(?:that|for\s+(?:you|me|us)\s+to|to)\b))/,
        rewrite: EN_MATTERS,
      },
      {
        re: /\b(?:I\s+think\s+)?(?:you(?:['’]?re|\s+are)|ur|u\s+r)\s+(?:(?:a\s+(?:bit|little|tad)\s+|slightly\s+|rather\s+|really\s+|totally\s+|way\s+)?(?:over-?reacting|exaggerating|over-?dramati[sz]ing|overthinking(?:\s+(?:this|it))?)|being\s+(?:(?:a\s+(?:bit|little|tad)\s+|slightly\s+|rather\s+|quite\s+|very\s+|so\s+|really\s+|a\s+(?:bit|little|tad)\s+too\s+)?(?:dramatic|emotional|unreasonable|hysterical|over-?sensitive|touchy)))\b/,
        rewrite: EN_UPSET,
      },
    ],
    message: 'This tells the customer how to feel',
    explanation:
      '"Calm down" or "no big deal" makes an upset customer feel brushed aside and usually raises the temperature. Acknowledge the feeling instead, then move to the solution.',
    rewrite: EN_FEELING,
  },
  de: {
    patterns: foldDe([
      { re: /(?<![\p{L}])(?:entspannen\s+Sie\s+sich|entspann(?:e)?\s+dich)(?![\p{L}])/u, unless: /(?:entspannen\s+Sie\s+sich|entspann(?:e)?\s+dich)\s+(?:(?:gut|sch(?:ö|oe)n|ruhig|einfach)\s+)?(?:im\s+Urlaub|am\s+Wochenende|zu\s+Hause|in\s+Ruhe|bei\s+\p{L}+|beim\s+\p{L}+|und\s+genie(?:ß|ss)en|und\s+genie(?:ß|ss)|w(?:ä|ae)hrend)/u, rewrite: deFeeling },
      { re: /(?<![\p{L}])keine\s+Panik(?![\p{L}])/u, unless: /(?<![\p{L}])(?:ich\s+(?:habe|hab|kümmere|schicke|erstatte)|storniert|erstattet|weil|denn|sicher|geschützt)(?![\p{L}])/u, rewrite: (ctx) => [ctx.register === 'informal' ? 'ich verstehe, dass dich das beunruhigt' : 'ich verstehe, dass Sie das beunruhigt'] },
      { re: /(?<![\p{L}])(?:seien\s+Sie|sei)\s+(?:doch\s+|bitte\s+)?nicht\s+so\s+(?:dramatisch|emotional|hysterisch|theatralisch|empfindlich|empfindsam|sensibel|dünnhäutig|pingelig|kleinlich)(?![\p{L}])/u, rewrite: deFeeling },
      { re: /(?<![\p{L}])(?:das\s+ist\s+)?(?:(?:doch|wirklich|echt|ja)\s+)*(?:keine\s+große\s+Sache|kein\s+großes\s+Ding|keine\s+große\s+Affäre)(?![\p{L}])/u, rewrite: deMatters },
      { re: /(?<![\p{L}])(?:nun|mach|machen\s+Sie|jetzt)\s+mal\s+halblang(?![\p{L}])/u, rewrite: deFeeling },
      {
        re: /(?<![\p{L}])(?:Sie\s+machen|du\s+machst)\s+(?:daraus|das)\s+(?:ein\s+)?(?:viel\s+)?größeres\s+(?:Problem|Drama|Ding),?\s+als\s+es\s+ist|(?:so\s+ein(?:en)?|ein\s+solches|solch\s+ein)\s+(?:Theater|Drama|Aufstand|Aufriss)\s+(?:machen|aufführen|veranstalten)/u,
        rewrite: deMatters,
      },
      { re: /\bberuhigen\s+Sie\s+sich(?:\s+(?:bitte|erst\s+mal|erstmal|mal))?\b/ },
      { re: /\bberuhig(?:e|en)?\s+dich(?:\s+(?:bitte|erst\s+mal|erstmal|mal))?\b/ },
      { re: /\b(?:(?:es\s+gibt|da\s+gibt\s+es)\s+)?kein(?:en)?\s+Grund(?:\s+zur\s+(?:Aufregung|Panik|Beunruhigung|Hektik|Aufruhr)(?!\s*:\s*\S)(?!\s*,?\s*(?:weil|denn|da)\s)|,?\s+sich\s+(?:(?:so|deswegen|darüber|gleich|jetzt|derart)\s+){0,2}aufzuregen|,?\s+(?:(?:so|deswegen|gleich|jetzt|direkt|derart)\s+){0,2}(?:sauer|wütend|ärgerlich|aufgebracht|verärgert|gereizt|unfreundlich|laut)\s+zu\s+(?:sein|werden)|,?\s+so\s+ein(?:en)?\s+(?:Drama|Theater|Aufstand)\s+zu\s+machen)/ },
      { re: /\bReg(?:en\s+Sie\s+sich|e?\s+dich)\s+(?:doch\s+)?(?:bitte\s+)?nicht\s+(?:so\s+)?auf\b/ },
      { re: /\b(?:das\s+ist\s+)?(?:doch\s+)?halb\s+so\s+(?:wild|schlimm)\b/, unless: /(?<![\p{L}])(?:weil|denn|ich\s+(?:habe|hab)|andere\s+als)(?![\p{L}])/u, rewrite: deMatters },
      { re: /(?<![\p{L}])(?:kommen\s+Sie|komm)\s+(?:(?:mal|doch|bitte|jetzt)\s+){0,2}(?:wieder\s+)?runter(?=\s*(?:[.!,;]|$))/u, unless: /(?<![\p{L}])(?:Treppe|Stock|Etage|Erdgeschoss|Keller|Lobby|Empfang)(?![\p{L}])/u, rewrite: deFeeling },
      { re: /\b(?:das\s+ist\s+)?doch\s+(?:gar\s+)?nicht\s+so\s+schlimm\b/, rewrite: deMatters },
      { re: /\b(?:Sie\s+übertreiben|du\s+übertreibst)\b(?!\s+(?:keineswegs|nicht|gar\s+nicht|überhaupt\s+nicht|keinesfalls))|\b(?:(?:nun|jetzt)\s+)?(?:übertreiben\s+Sie|übertreib)\s+(?:(?:mal|doch|bitte|jetzt|es)\s+){0,2}nicht\b/ },
      // "Jetzt übertreiben Sie aber", "da übertreibst du"
      {
        re: /(?<![\p{L}])(?:jetzt|nun|da|also)\s+(?:(?:übertreiben|uebertreiben)\s+Sie|(?:übertreibst|uebertreibst)\s+du)(?:\s+(?:aber|etwas|ein\s+bisschen|ein\s+wenig|wirklich|echt|maßlos|gewaltig))*(?![\p{L}])(?!\s+(?:nicht|keineswegs|gar\s+nicht)(?![\p{L}]))/u,
        unless: /\?/u,
        rewrite: deFeeling,
      },
      { re: /^(?:(?:ey|hey|na|also|jetzt|alter|alta|digga|mann|boah)\s*,?\s+)?(?:chill|chillen\s+Sie|chillt)(?:\s+(?:mal|doch|bitte|jetzt)(?:\s+(?:mal|doch|bitte|jetzt))?|(?=\s*[,!.]|\s*$))(?![\p{L}])(?:\s+(?:wieder\s+)?(?:runter|ab)(?![\p{L}]))?/u, unless: /(?<![\p{L}])(?:ich\s+(?:hab|habe)|erledigt|keine\s+Sorge)(?![\p{L}])/u, rewrite: deFeeling },
      // "Ein bisschen Geduld müssen Sie schon haben", "da brauchst du dich nicht zu beschweren".
      {
        re: /(?<![\p{L}])(?:(?:ein\s+(?:bisschen|wenig)|etwas)\s+Geduld\s+(?:müssen|musst|sollten|solltest|brauchen|brauchst)\s+(?:Sie|du)\s+(?:(?:schon|halt|eben|doch|aber|ja|nun\s+mal)\s+){1,2}(?:haben|aufbringen|mitbringen)|(?:Sie\s+müssen|du\s+musst)\s+(?:(?:schon|halt|eben|doch|aber|ja|nun\s+mal)\s+){1,2}(?:ein\s+(?:bisschen|wenig)\s+|etwas\s+)?Geduld\s+haben|(?:da|darüber|deswegen|deshalb|dafür)\s+(?:brauchen|müssen)\s+Sie\s+sich\s+(?:(?:doch|wirklich|echt|jetzt|also|nun)\s+)?(?:nicht|nicht\s+gleich)\s+(?:(?:zu\s+)?(?:beschweren|aufregen|ärgern)|aufzuregen)|(?:da|darüber|deswegen|deshalb|dafür)\s+(?:brauchst|musst)\s+du\s+dich\s+(?:(?:doch|wirklich|echt|jetzt|also|nun)\s+)?(?:nicht|nicht\s+gleich)\s+(?:(?:zu\s+)?(?:beschweren|aufregen|ärgern)|aufzuregen))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:um|ich\s+habe|ich\s+hab)(?![\p{L}])|\?/u,
        rewrite: deFeeling,
      },
      // Separable "aufregen": "Regen Sie sich doch nicht wegen 2 Euro auf", "reg dich nicht so auf", "reg dich ab".
      {
        re: /(?<![\p{L}])(?:regen\s+Sie\s+sich|reg(?:e)?\s+dich|regt\s+euch)\s+(?:(?:doch|bitte|mal|jetzt|wieder|erst\s+mal|erstmal)\s+){0,3}(?:ab|nicht\s+(?:[^\s.!?]+\s+){0,5}?auf)(?![\p{L}])/u,
        rewrite: deFeeling,
      },
      // Broad: "Kein Grund, gleich so emotional zu werden", "Sie müssen jetzt nicht gleich laut werden".
      {
        re: /(?<![\p{L}])(?<hit>kein(?:en)?\s+Grund\s*,?\s+(?:(?:gleich|so|jetzt|hier|direkt|sofort)\s+){0,3}(?:emotional|laut|unfreundlich|aggressiv|w(?:ü|ue)tend|sauer|ungehalten|pampig|unh(?:ö|oe)flich|ausfallend|pers(?:ö|oe)nlich|hysterisch|dramatisch|frech|ausf(?:ä|ae)llig|beleidigend|gereizt)\s+zu\s+(?:werden|sein)|(?:Sie\s+m(?:ü|ue)ssen|du\s+musst|man\s+muss)\s+(?:(?:doch|ja|jetzt|hier|auch)\s+){0,2}nicht\s+(?:(?:gleich|so|direkt|sofort)\s+){1,2}(?:emotional|laut|unfreundlich|aggressiv|w(?:ü|ue)tend|sauer|ungehalten|pampig|unh(?:ö|oe)flich|ausfallend|pers(?:ö|oe)nlich|hysterisch|dramatisch|frech|ausf(?:ä|ae)llig|gereizt)\s+werden)(?![\p{L}])/u,
        rewrite: deFeeling,
      },
    ]),
    message: 'Das schreibt dem Kunden vor, wie er sich fühlen soll',
    explanation:
      '„Beruhigen Sie sich“ oder „halb so wild“ gibt einem verärgerten Kunden das Gefühl, dass sein Problem beiseitegeschoben wird. Erkennen Sie das Gefühl an und gehen Sie dann zur Lösung über.',
    rewrite: deFeeling,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'I didn\'t want to make a fuss, so I sorted the refund quietly.',
      'Your data is safe, and there is a backup from last night.',
      'No problem at all, I am happy to help.',
      'There is no need to be sorry, it happens.',
      'No need to be polite with the form, just tick the box.',
      'There is no need for that form any more, I have updated it for you.',
      'Once things calm down on our side, I will call you back.',
      'I understand how frustrating this is.',
      "You don't need to do anything else.",
      'Relaxation mode is a feature of the app.',
      "No big deal at all that you called twice, I'm glad you did.",
      "It's honestly not a big problem for us to resend it, happy to help.",
      "If you freak out about passwords like I do, the password manager helps.",
      "It's honestly not a big problem to reschedule, I've done it already.",
      "Don't panic, your data is safe: the backup ran last night.",
      'No need to panic, the duplicate charge is reversed automatically within 3 days.',
      "dont panic, I've already cancelled the second order.",
    ],
    invalid: [
      { text: "[[Calm yourself]], it's a refund.", rewrite: "I understand how frustrating this is, it's a refund." },
      { text: "[[Theres no need to be abusive]].", rewrite: "I understand why you are upset." },
      { text: "ok [[there is no need for that kind of language]]", rewrite: "ok I understand why you are upset" },
      { text: "[[It's really not a big issue]], just restart it.", rewrite: "I understand this matters to you, just restart it." },
      { text: "[[ur overreacting]] tbh", rewrite: "I understand why you are upset tbh" },
      { text: "[[No need to freak out]], the card is blocked.", rewrite: "I understand this is worrying, the card is blocked." },
      { text: "[[It's seriously not a big deal]], the app still works.", rewrite: "I understand this matters to you, the app still works." },
      { text: '[[Stop being so emotional]], the parcel will arrive.', rewrite: 'I understand how frustrating this is, the parcel will arrive.' },
      { text: '[[Don\'t panic]], your card is blocked, not cancelled.', rewrite: 'I understand this is worrying, your card is blocked, not cancelled.' },
      { text: 'Honestly, [[you are making it into a much bigger problem than it is]].', rewrite: 'Honestly, I understand this matters to you.' },
      { text: '[[Calm down]]. We are looking into it.', rewrite: 'I understand how frustrating this is. We are looking into it.' },
      { text: '[[Please calm down]], I am trying to help.', rewrite: 'I understand how frustrating this is, I am trying to help.' },
      { text: "Honestly, [[it's not a big deal]].", rewrite: 'Honestly, I understand this matters to you.' },
      { text: '[[There is no need to get so upset]] about a late parcel.', rewrite: 'I understand why you are upset about a late parcel.' },
      { text: "[[I think you're overreacting]] here.", rewrite: 'I understand why you are upset here.' },
      { text: "[[You're being a little dramatic]].", rewrite: 'I understand why you are upset.' },
      { text: "Honestly, [[you're exaggerating]].", rewrite: 'Honestly, I understand why you are upset.' },
    ],
  },
  de: {
    valid: [
      'Chill, ich hab das schon erledigt.',
      'Entspannen Sie sich im Urlaub, wir kümmern uns um den Rest.',
      'Kein Grund zur Sorge, Ihre Daten sind sicher.',
      'Du musst nicht gleich alles auf einmal erledigen.',
      'Kein Grund zur Panik: Ihre Daten sind verschlüsselt.',
      'Das ist alles andere als halb so wild, das verstehe ich.',
      'Das ist halb so wild für Sie, weil ich die Gebühr schon erstattet habe.',
      'Keine Panik wegen der Mahnung: Ich habe sie storniert.',
      'Sie müssen sich nicht beschweren, um die Erstattung zu bekommen.',
      'Ich danke Ihnen für Ihre Geduld.',
      'Keine Sorge, Ihre Daten sind sicher, es gibt eine Sicherung von gestern.',
      'Das war eine große Sache für Sie, und ich kümmere mich persönlich darum.',
      'Sie müssen nichts weiter tun.',
      'Das ist nicht Ihre Schuld.',
      'Ich verstehe, dass Sie das ärgert.',
      'Das Wetter hat sich beruhigt, die Lieferung kommt morgen.',
      'Sie übertreiben keineswegs, das war unser Fehler.',
      'Sie übertreiben keineswegs, das war wirklich zu lang.',
      'Wir chillen nicht, wir arbeiten gerade mit Hochdruck an Ihrem Fall.',
      'Sie haben allen Grund, sich aufzuregen, das war unser Fehler.',
      'Regenschirme sind im Shop gerade nicht auf Lager.',
    ],
    invalid: [
      { text: '[[alter, chill]], dein paket kommt schon noch', rewrite: 'Ich verstehe, dass dich das ärgert, dein paket kommt schon noch' },
      { text: '[[Kein Grund, gleich so ausfallend zu werden]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
      { text: 'Ehrlich, [[kein Grund zur Panik]].', rewrite: 'Ehrlich, ich verstehe, dass Sie das ärgert.' },
      { text: '[[Ein wenig Geduld musst du halt aufbringen]].', rewrite: 'Ich verstehe, dass dich das ärgert.' },
      { text: 'Das ist Standard, [[darüber brauchen Sie sich nicht aufzuregen]].', rewrite: 'Das ist Standard, ich verstehe, dass Sie das ärgert.' },
      { text: '[[Entspannen Sie sich]], das Paket ist unterwegs.', rewrite: 'Ich verstehe, dass Sie das ärgert, das Paket ist unterwegs.' },
      { text: '[[Keine Panik]], die Karte ist nur gesperrt.', rewrite: 'Ich verstehe, dass Sie das beunruhigt, die Karte ist nur gesperrt.' },
      { text: '[[Mach mal halblang]], deine Rechnung kommt noch.', rewrite: 'Ich verstehe, dass dich das ärgert, deine Rechnung kommt noch.' },
      { text: '[[Das ist doch keine große Sache]], der Termin steht.', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist, der Termin steht.' },
      { text: '[[Beruhigen Sie sich bitte]], wir kümmern uns darum.', rewrite: 'Ich verstehe, dass Sie das ärgert, wir kümmern uns darum.' },
      { text: '[[Es gibt keinen Grund zur Aufregung]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
      { text: 'Ach, [[das ist doch halb so wild]].', rewrite: 'Ach, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Beruhig dich]], das wird schon.', rewrite: 'Ich verstehe, dass dich das ärgert, das wird schon.' },
      { text: '[[Seien Sie nicht so empfindlich]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
      { text: '[[Es gibt keinen Grund, sich darüber aufzuregen]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
      { text: '[[Nun übertreiben Sie mal nicht]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
      { text: 'Na ja, [[jetzt übertreiben Sie aber]].', rewrite: 'Na ja, ich verstehe, dass Sie das ärgert.' },
      { text: 'Ehrlich, [[kein Grund, gleich so sauer zu werden]].', rewrite: 'Ehrlich, ich verstehe, dass Sie das ärgert.' },
      { text: '[[Chill mal]], das Paket kommt noch.', rewrite: 'Ich verstehe, dass Sie das ärgert, das Paket kommt noch.' },
      { text: '[[Reg dich doch nicht wegen der paar Minuten auf]].', rewrite: 'Ich verstehe, dass dich das ärgert.' },
      { text: '[[Regen Sie sich bitte wieder ab]].', rewrite: 'Ich verstehe, dass Sie das ärgert.' },
    ],
  },
};
