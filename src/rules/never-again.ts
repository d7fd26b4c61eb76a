// "This will never happen again", "Das wird nie wieder vorkommen": nobody can promise that.
// Describing an effort ("we are working to make sure this doesn't happen again") is fine.
import { startsClause } from '../engine/text';
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

// A concrete fix or reason ("because we fixed the bug") makes it a report, not a castle in the air.
const EN_EFFORT = /\b(?:because|since\s+we|fixed|make\s+sure(?!\s+of\s+(?:it|that))|ensure|ensuring|so\s+that|to\s+prevent|prevent(?:ing)?|hope|hopefully|try|trying|work(?:ing)?\s+(?:hard\s+)?to|steps|avoid|unlikely|if)\b/;
const DE_EFFORT = /(?<![\p{L}])(?:weil|behoben|korrigiert|damit|dafür|sorgen|hoffe|hoffentlich|verhindern|vermeiden|versuchen|alles\s+tun|tun\s+alles|arbeiten\s+daran|arbeite\s+daran|setzen\s+alles\s+daran|falls|wenn|unwahrscheinlich)(?![\p{L}])/u;

// No "Sie"/"du" in the rewrite, so it fits both registers.
const deRewrite = () => ['wir tun alles dafür, dass das nicht wieder passiert', 'wir haben Maßnahmen ergriffen, damit sich das nicht wiederholt'];

export const neverAgain: Rule = {
  id: 'never-again',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'Promising that a problem will never happen again',
  en: {
    patterns: [
      // "We will make sure this never happens to you again": "never" promised, not the effort.
      { re: /\b(?:there['’]?s|there\s+is)\s+(?:absolutely\s+)?(?:zero|no)\s+chance\s+(?:of\s+)?(?:this|that|it)\s+(?:(?:ever\s+)?happening|going\s+wrong|breaking)\s+again\b/, unless: /\?|\b(?:can['’]?t|cannot|won['’]?t|wouldn['’]?t)\s+(?:say|promise|guarantee|claim)\b/ },
      { re: /\b(?:I|we)(?:['’]?ll|\s+will)\s+(?:personally\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?(?:this|that|it)\s+never\s+happens?\s+(?:to\s+you\s+)?again\b/ },
      {
        re: /\b(?:I\s+(?:can\s+)?(?:promise|guarantee|assure)\s+(?:you\s+)?(?:that\s+)?)?(?:this|that|it|such\s+a\s+thing|the\s+same\s+thing)\s+(?:will\s+never|['’]ll\s+never|won['’]?t\s+ever|wont\s+ever|won['’]?t|wont|will\s+not|(?:is|are)\s+never\s+going\s+to|(?:is\s+not|isn['’]?t)\s+going\s+to)\s+(?:happen|occur|recur|be\s+repeated|be\s+(?:an?\s+)?(?:issue|problem|concern|worry))\s+(?:(?:for|to|with)\s+(?:you|u|anyone|your\s+(?:[\w'’-]+\s+)?[\w'’-]+|any\s+(?:of\s+)?(?:your\s+)?[\w'’-]+)\s+)?(?:ever\s+)?again\b/,
        unless: EN_EFFORT,
      },
      {
        re: /\b(?:I\s+(?:can\s+)?(?:promise|guarantee|assure)\s+(?:you\s+)?(?:that\s+)?)?(?:(?:this|that|it)\s+(?:will\s+)?never\s+happens?\s+again|nothing\s+(?:like\s+(?:this|that)|of\s+the\s+sort|similar)\s+(?:will|['’]ll|is\s+going\s+to)\s+(?:ever\s+)?happen\s+(?:(?:to|with)\s+(?:you|u|anyone|your\s+(?:[\w'’-]+\s+)?[\w'’-]+|any\s+(?:of\s+)?(?:your\s+)?[\w'’-]+)\s+)?again|(?:this|that)\s+(?:is|will\s+be)\s+the\s+last\s+time\s+you(?:['’]?ll|\s+will)?\s+(?:ever\s+)?(?:(?:have|see|experience|face|get)\s+(?:this|that|the\s+same|such\s+an?)|have\s+to\s+(?:chase|complain|wait|deal\s+with|put\s+up\s+with|go\s+through|worry|suffer|call\s+us\s+about|contact|call|ring|e-?mail|write\s+to|message|chase)(?:\s+us)?)\b[^.!?,;]*|(?:absolutely\s+)?no\s+way\s+(?:that\s+)?(?:this|that|it|the\s+[\w-]+|your\s+[\w-]+)\s+(?:will|['’]ll|is\s+going\s+to)\s+(?:be\s+late|happen|go\s+wrong|fail|break|get\s+lost|be\s+(?:lost|delayed|damaged|missed|wrong))\s+again)\b/,
        unless: EN_EFFORT,
      },
      // "You'll never have to wait in that queue again", "I've made sure you'll never get a late delivery again".
      // Not what a handover spares the customer: "so you won't have to explain it again".
      { re: /\byou(?:(?:(?:['’]?ll|\s+will)\s+never|\s+(?:won['’]?t|will\s+not)\s+ever)\s+(?:have\s+to|need\s+to|get|see|experience|face|go\s+through|deal\s+with|hit|run\s+into|be\s+(?:charged|overcharged|kept\s+waiting|left\s+waiting))|\s+(?:won['’]?t|will\s+not)\s+(?:see|experience|face|hit|run\s+into|get)\s+(?:this|that|the|an?|any)\s+(?:[\w-]+\s+)?(?:error|problem|issue|fault|crash|bug|message|outage|delay|glitch))\b[^.!?]{0,60}?\bagain\b/, unless: /\b(?:hope|hopefully|if|fingers\s+crossed|can['’]?t\s+promise|can['’]?t\s+guarantee|shouldn['’]?t|(?:as|because|since|now\s+that)\s+(?:it|the\s+[\w-]+|your\s+[\w-]+|that)(?:['’]s|\s+is|\s+has\s+been|\s+was)\s+(?:now\s+)?(?:closed|cancell?ed|removed|deleted|ended|switched\s+off|terminated|paid\s+off)|explain|repeat|re-?enter|retype|re-?send|tell\s+(?:us|me|anyone|your\s+story)|log\s+in|sign\s+in|fill\s+in|upload|type)\b|\?/ },
      { re: /\b(?:I|we)(?:['’]?ve|\s+have)\s+(?:personally\s+)?made\s+sure\s+(?:that\s+)?(?:this|that|it|you)\b[^.!?]{0,60}?\bnever\b[^.!?]{0,40}?\bagain\b/, unless: /\?/ },
    ],
    message: 'Nobody can promise "never again"',
    explanation:
      'If it does happen again, the customer remembers the broken promise more than the original problem. Say what you have done to prevent it instead.',
    rewrite: () => ["we're doing everything we can to keep this from happening again", "we've taken steps so this doesn't happen again"],
  },
  de: {
    patterns: foldDe([
      {
        // "Das wird (garantiert) nie wieder passieren", "Das kommt nicht wieder vor", "Das passiert nie wieder".
        re: /(?<![\p{L}])(?:(?:ich\s+(?:verspreche|garantiere)\s+(?:Ihnen|dir|euch)\s*,?\s*dass\s+)?(?:das|so\s+etwas|sowas|es)\s+(?:wird\s+(?:ganz\s+sicher\s+|garantiert\s+|bestimmt\s+|sicher\s+)?(?:nie(?:mals)?|nicht)\s+(?:mehr\s+|wieder\s+)?(?:passieren|vorkommen)|(?:passiert|kommt)\s+(?:ganz\s+sicher\s+|garantiert\s+|bestimmt\s+|sicher\s+)?(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)(?:\s+vor)?)|(?:wird|passiert)\s+(?:das|so\s+etwas|sowas|es)\s+(?:ganz\s+sicher\s+|garantiert\s+|bestimmt\s+|sicher\s+)?nie(?:mals)?\s+(?:mehr|wieder)(?:\s+(?:passieren|vorkommen))?|(?:ich\s+(?:verspreche|garantiere)\s+(?:Ihnen|dir|euch)\s*,?\s*dass\s+|(?<=dass\s+))(?:das|so\s+etwas|sowas|es)\s+(?:ganz\s+sicher\s+|garantiert\s+|bestimmt\s+)?(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)\s+(?:(?:passieren|vorkommen)\s+wird|passiert|vorkommt))(?![\p{L}])/u,
        unless: DE_EFFORT,
      },
      {
        // "Ich verspreche Ihnen, dass Ihnen nie wieder zu viel berechnet wird", "wir garantieren dir, dass du keine Ausfälle mehr hast"
        re: /(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:verspreche|versprechen|garantiere|garantieren)(?:\s+(?:Ihnen|dir|euch))?\s*,?\s*dass)\s+(?=[^.!?\n]{0,80}?(?<![\p{L}])(?:nie(?:mals)?\s+(?:wieder|mehr)|kein\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?mehr)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:falls|wenn|hoffe|hoffentlich)(?![\p{L}])|\?/u,
        rewrite: (ctx) => (/^wir/i.test(ctx.match) ? ['wir tun alles dafür, dass'] : ['ich tue alles dafür, dass']),
      },
      {
        // "Wir sorgen dafür, dass Sie nie wieder Probleme haben"
        re: /(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:sorge|sorgen)\s+(?:persönlich\s+)?dafür\s*,?\s*dass)\s+(?=[^.!?\n]{0,80}?(?<![\p{L}])nie(?:mals)?\s+(?:wieder|mehr)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:falls|wenn|hoffe|hoffentlich)(?![\p{L}])|\?/u,
        rewrite: (ctx) => (/^wir/i.test(ctx.match) ? ['wir tun alles dafür, dass'] : ['ich tue alles dafür, dass']),
      },
      {
        // "Das wird sich garantiert nicht wiederholen"
        re: /(?<![\p{L}])(?:das|so\s+etwas|sowas|es|dieser\s+Fehler|das\s+Problem|so\s+ein\s+Fehler)\s+wird\s+sich\s+(?:(?:ganz\s+sicher|garantiert|bestimmt|sicher|definitiv|auf\s+keinen\s+Fall)\s+)?(?:nie(?:mals)?|nicht)\s+(?:mehr\s+)?wiederholen(?![\p{L}])/u,
        unless: DE_EFFORT,
      },
      // "So etwas wird in Zukunft garantiert nicht mehr passieren", "das kommt künftig sicher nicht mehr vor".
      {
        re: /(?<![\p{L}])(?:das|so\s+etwas|sowas|so\s+was|es|dieser\s+Fehler|das\s+Problem|so\s+ein\s+Fehler)\s+(?:wird|kommt)\s+(?:(?:in\s+Zukunft|künftig|zukünftig|ab\s+sofort|ab\s+jetzt|auch|bei\s+uns|garantiert|ganz\s+sicher|bestimmt|sicher|definitiv|100\s?%(?:ig)?)\s+){1,3}(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)(?:\s+(?:passieren|vorkommen|auftreten|geschehen)|\s+vor)(?![\p{L}])|(?<![\p{L}])(?:das|so\s+etwas|sowas|es|dieser\s+Fehler|das\s+Problem|der\s+Fehler|die\s+Störung)\s+(?:tritt|taucht)\s+(?:(?:in\s+Zukunft|künftig|zukünftig|ab\s+sofort|ab\s+jetzt|auch|garantiert|ganz\s+sicher|bestimmt|sicher|definitiv|100\s?%(?:ig)?)\s+){1,3}(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)\s+auf(?![\p{L}])/u,
        unless: DE_EFFORT,
      },
      // "Wir stellen sicher, dass es keinerlei Verzögerungen mehr gibt."
      {
        re: /(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:stelle|stellen)\s+sicher\s*,?\s*dass)\s+(?=[^.!?\n]{0,80}?(?<![\p{L}])(?:keinerlei|nie(?:mals)?\s+(?:wieder|mehr)|kein\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?mehr|nicht\s+(?:mehr|wieder))(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:ich\s+habe|storniert|gelöscht|korrigiert|behoben|gesperrt|abgemeldet)(?![\p{L}])/u,
        rewrite: (ctx) => (/^wir/i.test(ctx.match) ? ['wir tun alles dafür, dass'] : ['ich tue alles dafür, dass']),
      },
      {
        // "Ab sofort wird es keine Ausfälle mehr geben", "Störungen wird es keine mehr geben".
        re: /(?<![\p{L}])(?:(?:wird\s+es|es\s+wird)\s+(?:(?:ab\s+sofort|ab\s+jetzt|künftig|zukünftig|in\s+Zukunft|garantiert|sicher|bestimmt|definitiv|überhaupt|dann|damit)\s+){0,2}(?:keine|keinen|kein)\s+(?:[\p{L}-]+\s+){0,2}?(?:Ausfälle|Ausfall|Probleme|Problem|Störungen|Störung|Verzögerungen|Verspätungen|Fehler|Abbrüche|Aussetzer|Schwierigkeiten|Pannen|Unterbrechungen)\s+mehr\s+geben|(?:Ausfälle|Probleme|Störungen|Verzögerungen|Verspätungen|Fehler|Abbrüche|Aussetzer|Pannen|Unterbrechungen)\s+wird\s+es\s+(?:(?:ab\s+sofort|ab\s+jetzt|künftig|in\s+Zukunft|garantiert|sicher|dann|damit)\s+){0,2}(?:keine|nicht)\s+mehr\s+geben)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:hoffentlich|voraussichtlich|sollte|sollten|nach\s+jetzigem\s+Stand|wahrscheinlich|vermutlich|falls|wenn)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [startsClause(ctx.before) ? 'wir tun alles dafür, dass das nicht wieder passiert' : 'tun wir alles dafür, dass das nicht wieder passiert'],
      },
      // Broad: any subject, "nie(mals) mehr/wieder" + happen-verb in either order ("Ab sofort wird so ein Fehler nie mehr passieren",
      // "Bei deinem Konto kommt das nie wieder vor"); umlaut-free spellings too.
      {
        re: /(?<![\p{L}])(?:wird|werden)(?:\s+[^\s.!?]+){0,4}?\s+(?<hit>nie(?:mals)?\s+(?:mehr|wieder))(?:\s+[^\s.!?]+){0,2}?\s+(?:passieren|vorkommen|auftreten|geschehen|geben|ausfallen|(?:fehlerhaft|falsch|kaputt|zu\s+sp(?:ä|ae)t|versp(?:ä|ae)tet|gest(?:ö|oe)rt|offline|unerreichbar|(?:ü|ue)berlastet|unp(?:ü|ue)nktlich)\s+sein|warten\s+m(?:ü|ue)ssen)(?![\p{L}])/u,
        unless: new RegExp(String.raw`(?<![\p{L}])(?:ob|darf|dürfe?n?|duerfe?n?|sollte|sollten|soll|hoffe|hoffentlich|damit|wenn|falls|weil|tun\s+alles|arbeiten|versuchen|gerne?|Gedanken|Sorge|Angst)(?![\p{L}])|\?\s*$`, 'u'),
        rewrite: (ctx) => ['hoffentlich ' + ctx.match],
      },
      {
        re: /(?<![\p{L}])(?:passiert|kommt|tritt)(?:\s+[^\s.!?]+){0,4}?\s+(?<hit>nie(?:mals)?\s+(?:mehr|wieder))(?=\s*(?:vor|auf)?\s*(?:[.!,;]|$))/u,
        unless: new RegExp(String.raw`(?<![\p{L}])(?:ob|darf|dürfe?n?|duerfe?n?|sollte|sollten|soll|hoffe|hoffentlich|damit|wenn|falls|weil|tun\s+alles|arbeiten|versuchen|gerne?|Gedanken|Sorge|Angst)(?![\p{L}])|\?\s*$`, 'u'),
        rewrite: (ctx) => ['hoffentlich ' + ctx.match],
      },
    ]),
    message: '„Nie wieder“ kann niemand versprechen',
    explanation:
      'Passiert es doch wieder, erinnert sich der Kunde an das gebrochene Versprechen mehr als an das eigentliche Problem. Sagen Sie stattdessen, was Sie getan haben, um es zu verhindern.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You won't need to enter your card details again, they're saved now.",
      "You'll never be billed for the landline again, since it has been cancelled.",
      "I hope nothing like this happens to your pension again.",
      "I've briefed Sam on everything, so you won't have to explain it again.",
      "I hope you never have to deal with this again, and I've added a note to your account.",
      "You'll never be charged twice: I've set a limit on the card.",
      'Is there any chance of this happening again? I have asked our engineers.',
      "I can't promise there is no chance of this happening again, but we have fixed the cause.",
      "We've updated the packing process to make sure this doesn't happen again.",
      'I hope this never happens again to you.',
      'Well, I will ask the team how to make sure it rarely happens again.',
      "We're working hard to prevent this from happening again.",
      'If it happens again, just reply here and I will sort it out.',
      'This will never cost you anything extra.',
      "This is the last time you'll need to enter the code, the new app remembers it.",
    ],
    invalid: [
      { text: "With the new firmware [[you won't see the pairing error again]].", rewrite: "With the new firmware we're doing everything we can to keep this from happening again." },
      { text: "[[Nothing like this is going to happen with your deliveries again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[That wont ever happen to your rota again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[This is the last time you will have to chase us about the boiler]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[No way the bus will be late again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[You'll never have to chase us for a refund again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[I've made sure this will never happen to you again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[There is no chance of this happening again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[We will make sure this never happens to you again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[ill ensure it never happens again]]", rewrite: "We're doing everything we can to keep this from happening again" },
      { text: "[[This is the last time you'll have this issue]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[Nothing like this will ever happen again]].", rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "[[This won't ever happen again]], I'll make sure of it.", rewrite: "We're doing everything we can to keep this from happening again, I'll make sure of it." },
      { text: 'I am so sorry. [[This will never happen again]].', rewrite: "I am so sorry. We're doing everything we can to keep this from happening again." },
      { text: '[[I promise this will never happen again]].', rewrite: "We're doing everything we can to keep this from happening again." },
      { text: "Rest assured, [[it won't happen again]].", rewrite: "Rest assured, we're doing everything we can to keep this from happening again." },
      { text: '[[I can assure you that this wont happen again]]!', rewrite: "We're doing everything we can to keep this from happening again!" },
    ],
  },
  de: {
    valid: [
      'Wir werden nie wieder so günstig sein wie im Sommer, deshalb lohnt sich die Buchung jetzt.',
      'Das darf nie wieder passieren, deshalb haben wir den Prozess umgestellt.',
      'Der Kurs wird nie mehr als 20 Teilnehmer haben.',
      'Wir tun alles, damit so etwas bei Ihrer Buchung nie wieder vorkommt.',
      'Die Störung tritt nicht mehr auf, seit wir den Server getauscht haben.',
      'Wir stellen sicher, dass Sie keine doppelte Rechnung mehr bekommen: Ich habe die zweite storniert.',
      'Das kommt leider immer wieder vor, ich kümmere mich sofort.',
      "Wir arbeiten daran, dass so etwas nicht wieder vorkommt.",
      'Wir haben den Ablauf geändert, damit das nicht wieder passiert.',
      'Ich hoffe, dass so etwas nie wieder vorkommt.',
      'Falls es wieder passiert, melden Sie sich bitte direkt bei mir.',
      'Das wird nicht mehr lange dauern.',
      'Das wird nicht wieder vorkommen, weil wir den Fehler im Lager behoben haben.',
      'Das passiert nicht automatisch, Sie müssen die Funktion einschalten.',
      'Ich verspreche Ihnen, dass ich mich morgen melde, damit Sie nicht mehr warten müssen.',
      'Wir sorgen dafür, dass Sie keine Mahngebühr zahlen müssen, falls die Zahlung doch noch fehlt.',
      'Damit sich das nicht wiederholt, haben wir die Prüfung automatisiert.',
      'Wir sorgen dafür, dass Sie keine Werbemails mehr bekommen, die Abmeldung ist erledigt.',
      'Es wird keine Kosten mehr geben, der Vertrag ist beendet.',
      'Hoffentlich wird es ab jetzt keine Ausfälle mehr geben, wir beobachten die Leitung.',
    ],
    invalid: [
      { text: 'Die Rechnung wird [[nie wieder]] fehlerhaft sein.', rewrite: 'Die Rechnung wird hoffentlich nie wieder fehlerhaft sein.' },
      { text: 'Ab sofort wird so ein Fehler [[nie mehr]] auftreten.', rewrite: 'Ab sofort wird so ein Fehler hoffentlich nie mehr auftreten.' },
      { text: 'Mit dem neuen Router tritt der Abbruch [[nie wieder]] auf.', rewrite: 'Mit dem neuen Router tritt der Abbruch hoffentlich nie wieder auf.' },
      { text: '[[Der Fehler tritt garantiert nicht mehr auf]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: '[[Das kommt ab sofort garantiert nicht mehr vor]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: '[[Wir stellen sicher, dass]] es keinerlei Ausfälle mehr gibt.', rewrite: 'Wir tun alles dafür, dass es keinerlei Ausfälle mehr gibt.' },
      { text: '[[Das wird garantiert nie wieder passieren]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: 'Es tut mir leid, [[das kommt nicht wieder vor]].', rewrite: 'Es tut mir leid, wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: '[[Ich verspreche Ihnen, dass das nie wieder passieren wird]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: '[[Ich verspreche dir, dass so etwas nicht mehr vorkommt]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: 'Keine Sorge, [[so etwas passiert nie wieder]].', rewrite: 'Keine Sorge, wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: '[[Wir garantieren dir, dass]] du keine Verbindungsabbrüche mehr hast.', rewrite: 'Wir tun alles dafür, dass du keine Verbindungsabbrüche mehr hast.' },
      { text: '[[Ich verspreche Ihnen, dass]] die Rechnung nie wieder falsch sein wird.', rewrite: 'Ich tue alles dafür, dass die Rechnung nie wieder falsch sein wird.' },
      { text: '[[Wir sorgen dafür, dass]] du nie wieder Probleme mit dem Login hast.', rewrite: 'Wir tun alles dafür, dass du nie wieder Probleme mit dem Login hast.' },
      { text: '[[Das wird sich garantiert nicht wiederholen]].', rewrite: 'Wir tun alles dafür, dass das nicht wieder passiert.' },
      { text: 'Ab heute [[wird es keine Störungen mehr geben]].', rewrite: 'Ab heute tun wir alles dafür, dass das nicht wieder passiert.' },
      { text: 'Die Leitung ist neu, [[Aussetzer wird es keine mehr geben]].', rewrite: 'Die Leitung ist neu, wir tun alles dafür, dass das nicht wieder passiert.' },
    ],
  },
};
