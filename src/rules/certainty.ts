// "It will definitely arrive tomorrow", "100% sure", "ganz sicher morgen", "no matter what":
// certainty about dates and outcomes the agent does not control.
import type { Rule } from '../engine/types';

const EN_WHEN = String.raw`(?:tomorrow|today|tonight|this\s+(?:week|evening|afternoon)|next\s+week|on\s+time|by\s+(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end|end|next|\d))`;
const DE_WHEN = String.raw`(?:morgen|heute|übermorgen|rechtzeitig|pünktlich|diese\s+Woche|nächste\s+Woche|bis\s+(?:morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Ende|zum|\d)|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag))`;

export const certainty: Rule = {
  id: 'certainty',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'Stating a date or outcome as certain ("definitely tomorrow", "100% sure", "no matter what")',
  en: {
    patterns: [
      {
        // "it will definitely arrive tomorrow", "your order will 100% ship today"
        re: new RegExp(String.raw`(?:\b(?:will|is\s+going\s+to|are\s+going\s+to)|['’]ll)\s+(?<hit>definitely|certainly|surely|for\s+sure|100\s?%|absolutely)\s+(?=(?:\S+\s+){0,3}?` + EN_WHEN + String.raw`\b)`),
        // "I'll definitely call you tomorrow" is the agent's own next step (a commitment), not a forecast.
        unless: /\b(?:I|we)(?:['’]ll|\s+will)\s+(?:definitely|certainly|surely|for\s+sure|100\s?%|absolutely)\s+(?:look|check|call|get\s+back|follow|update|keep|investigate|reply|contact|e-?mail|let|review|pass|escalate|make\s+sure|try|be\s+in\s+touch|reach\s+out|send\s+you\s+an?\s+update)\b/,
        rewrite: () => ['most likely', 'probably'],
      },
      {
        // "it'll arrive tomorrow for sure", "it arrives tomorrow, 100%"
        re: new RegExp(EN_WHEN + String.raw`,?\s+(?<hit>for\s+sure|100\s?%|without\s+fail|guaranteed)(?=\s*[.!,]|$)`),
        rewrite: () => ['if all goes to plan', 'as far as I can tell'],
      },
      {
        // "I'm 100% sure", "I'm absolutely certain"; not "I'm not 100% sure".
        re: /\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?<hit>(?:100\s?%|a\s+hundred\s+percent|absolutely|completely)\s+(?:sure|certain|positive))\b/,
        rewrite: () => ['fairly confident', 'quite confident'],
      },
      {
        // "we will refund you in full, no matter what"
        re: /\b(?:refund|replace|reimburse|compensate|cover|pay|fix|sort)\b[^.!?]{0,60}?(?<hit>no\s+matter\s+what)\b/,
        rewrite: () => ["once I've confirmed the details", 'as far as our policy allows'],
      },
    ],
    message: 'Certainty you may not be able to back up',
    explanation:
      'Dates and outcomes that depend on carriers, other teams or policy can slip. Stated as certain, a slip feels like a broken promise; say what you expect and what you will do.',
    rewrite: () => ['most likely'],
  },
  de: {
    patterns: [
      {
        // "kommt ganz sicher morgen an", "wird auf jeden Fall bis Freitag erledigt"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>ganz\s+sicher|todsicher|hundertprozentig|100\s?%(?:ig)?|auf\s+jeden\s+Fall|definitiv|bestimmt)\s+(?=(?:\p{L}+\s+){0,2}?` + DE_WHEN + String.raw`(?![\p{L}]))`, 'u'),
        unless: /(?<![\p{L}])(?:nicht|kein|keine|ob)\s+(?:ganz\s+sicher|hundertprozentig|100\s?%|auf\s+jeden\s+Fall|definitiv|bestimmt)(?![\p{L}])|\?\s*$|(?<![\p{L}])(?:(?:ich|wir)\s+(?:melde|melden|rufe|rufen|schreibe|schreiben|schicke|schicken|kümmere|kümmern|prüfe|prüfen|schaue|schauen|gebe|geben|frage|fragen)|(?:melde|rufe|schreibe|schicke|kümmere|prüfe|schaue|gebe|frage)\s+ich|(?:melden|rufen|schreiben|schicken|kümmern|prüfen|schauen|geben|fragen)\s+wir)(?![\p{L}])/u,
        // "Ich melde mich auf jeden Fall morgen" is the agent's own next step (a commitment).
        // (The object pronoun is optional: "ich rufe dich ganz sicher morgen zurück".)
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        // "Ich bin mir 100% sicher", "ich bin mir absolut sicher"
        re: /(?<![\p{L}])(?:bin|sind)\s+(?:mir|uns)\s+(?<hit>(?:100\s?%(?:ig)?|hundertprozentig|absolut|ganz)\s+sicher)(?![\p{L}])/u,
        rewrite: () => ['ziemlich sicher', 'recht zuversichtlich'],
      },
      {
        // "Wir erstatten Ihnen alles, egal was passiert"
        re: /(?<![\p{L}])(?:erstatten|ersetzen|zahlen|übernehmen|bezahlen|tauschen)(?![\p{L}])[^.!?]{0,60}?(?<hit>egal\s+was\s+(?:passiert|kommt)|auf\s+jeden\s+Fall|in\s+jedem\s+Fall)(?![\p{L}])/u,
        rewrite: () => ['sobald ich die Details geprüft habe', 'im Rahmen unserer Richtlinien'],
      },
      {
        // "..., egal was passiert." after any outcome ("dass wir den Preis angleichen, egal was passiert").
        re: /,\s*(?<hit>egal\s+was\s+(?:passiert|kommt)|was\s+auch\s+immer\s+passiert)\s*[.!]*$/u,
        unless: /(?<![\p{L}])(?:erstatten|ersetzen|zahlen|übernehmen|bezahlen|tauschen)(?![\p{L}])/u,
        rewrite: () => ['sobald ich die Details geprüft habe', 'im Rahmen unserer Richtlinien'],
      },
      {
        // "Der Flug wird auf keinen Fall ausfallen", "das Paket wird garantiert nicht zu spät kommen"
        re: /(?<![\p{L}])(?:wird|werden)\s+(?:[\p{L}-]+\s+){0,2}?(?<hit>auf\s+keinen\s+Fall|keinesfalls|garantiert\s+nicht|ganz\s+sicher\s+nicht|hundertprozentig\s+nicht|100\s?%(?:ig)?\s+nicht)\s+(?=(?:mehr\s+)?(?:ausfallen|verspätet\s+sein|zu\s+spät\s+kommen|abstürzen|ausgehen|verloren\s+gehen|fehlen|scheitern|abgelehnt\s+werden|teurer\s+werden|abbrechen|unterbrochen\s+werden|wieder\s+(?:passieren|vorkommen|auftreten))(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['nach jetzigem Stand nicht', 'voraussichtlich nicht'],
      },
      // "zu 100 Prozent zusagen", "mit absoluter Sicherheit pünktlich", "für immer behoben".
      {
        re: /(?<![\p{L}])(?<hit>zu\s+(?:100|hundert)\s*(?:%|Prozent)|mit\s+(?:absoluter|hundertprozentiger|100-?prozentiger|völliger|totaler)\s+Sicherheit|(?:endgültig\s+und\s+)?für\s+immer|ein\s+für\s+alle\s+Mal)\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:zusagen|zusichern|versprechen|garantieren|sicherstellen|funktionieren|funktioniert|klappen|klappt|erledigt|behoben|gelöst|beseitigt|ankommen|kommt|pünktlich|da|weg|vorbei)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*|nie)\s+(?:[\p{L}-]+\s+){0,2}?(?:zu\s+(?:100|hundert)|mit\s+(?:absoluter|hundertprozentiger))|\?/u,
        rewrite: () => ['nach jetzigem Stand'],
      },
    ],
    message: 'Sicherheit, die Sie vielleicht nicht einlösen können',
    explanation:
      'Termine und Ergebnisse, die von Paketdiensten, anderen Abteilungen oder Richtlinien abhängen, können sich verschieben. Als sicher angekündigt, wirkt jede Verschiebung wie ein gebrochenes Versprechen.',
    rewrite: () => ['voraussichtlich'],
  },
  examples: {
    en: {
      valid: [
        'We definitely want to help smooth out your streaming experience.',
        'Using that graphics card with your Mac Pro is definitely possible.',
        "I'm not 100% sure yet, so I have asked the warehouse and will update you today.",
        'I will definitely look into this for you.',
        "We'll definitely look into this today.",
        "I'll definitely call you tomorrow morning.",
        'It should arrive tomorrow; I will check the tracking in the morning.',
        'No matter what device you use, the steps are the same.',
      ],
      invalid: [
        { text: 'It will [[definitely]] arrive tomorrow.', rewrite: 'It will most likely arrive tomorrow.' },
        { text: "Your order will [[100%]] ship by Friday.", rewrite: 'Your order will most likely ship by Friday.' },
        { text: "I'm [[100% sure]] the update fixes this.", rewrite: "I'm fairly confident the update fixes this." },
        { text: 'We will refund you in full, [[no matter what]].', rewrite: "We will refund you in full, once I've confirmed the details." },
        { text: "It'll be there tomorrow [[for sure]].", rewrite: "It'll be there tomorrow if all goes to plan." },
      ],
    },
    de: {
      valid: [
        'Das ist zu 100 Prozent unser Fehler.',
        'Ich kann nicht mit absoluter Sicherheit sagen, wann es kommt.',
        'Ich bin mir nicht ganz sicher, deshalb frage ich im Lager nach und melde mich heute noch.',
        'Das Paket kommt voraussichtlich morgen an.',
        'Ich kümmere mich auf jeden Fall selbst darum.',
        'Können Sie mir sagen, ob es ganz sicher morgen sein muss?',
        'Das ist ganz sicher ärgerlich für Sie.',
        'Ich melde mich auf jeden Fall morgen bei Ihnen.',
        'Ich rufe dich ganz sicher morgen zurück.',
        'Ihre Daten werden auf keinen Fall weitergegeben.',
        'Wird der Flug auf keinen Fall ausfallen?',
      ],
      invalid: [
        { text: 'Das kann ich dir [[zu 100 Prozent]] zusagen.', rewrite: 'Das kann ich dir nach jetzigem Stand zusagen.' },
        { text: 'Das Problem ist damit [[ein für alle Mal]] gelöst.', rewrite: 'Das Problem ist damit nach jetzigem Stand gelöst.' },
        { text: 'Das Paket kommt [[ganz sicher]] morgen an.', rewrite: 'Das Paket kommt voraussichtlich morgen an.' },
        { text: 'Die Reparatur ist [[auf jeden Fall]] bis Freitag fertig.', rewrite: 'Die Reparatur ist voraussichtlich bis Freitag fertig.' },
        { text: 'Wir gleichen den Preis an, [[egal was passiert]].', rewrite: 'Wir gleichen den Preis an, sobald ich die Details geprüft habe.' },
        { text: 'Ich bin mir [[100% sicher]], dass das Update hilft.', rewrite: 'Ich bin mir ziemlich sicher, dass das Update hilft.' },
        { text: 'Wir erstatten Ihnen den vollen Betrag, [[egal was passiert]].', rewrite: 'Wir erstatten Ihnen den vollen Betrag, sobald ich die Details geprüft habe.' },
        { text: 'Du bekommst dein Geld [[hundertprozentig]] bis Ende der Woche zurück.', rewrite: 'Du bekommst dein Geld voraussichtlich bis Ende der Woche zurück.' },
        { text: 'Der Flug wird [[auf keinen Fall]] ausfallen.', rewrite: 'Der Flug wird nach jetzigem Stand nicht ausfallen.' },
      ],
    },
  },
};
