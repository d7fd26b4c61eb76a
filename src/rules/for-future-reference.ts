// "For future reference, please always …", "Next time make sure …", "Beim nächsten Mal sichern Sie …":
// telling the customer how to behave next time, instead of helping now.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const deTip = (ctx: MatchContext) => (ctx.register === 'informal' ? ['ein Tipp:', 'falls es dir hilft:'] : ['ein Tipp:', 'falls es Ihnen hilft:']);

export const forFutureReference: Rule = {
  id: 'for-future-reference',
  category: 'lecturing',
  guidance: 'no-lectures',
  description: 'Instructions for how the customer should behave next time',
  en: {
    message: 'This lectures the customer about next time',
    explanation: '"For future reference" and "next time make sure" tell an upset customer they did it wrong; offer the tip as help, or solve the problem now.',
    rewrite: () => ['if it helps,', 'a quick tip:'],
    patterns: [
      // "Please read the email properly this time", "check the form more carefully next time".
      {
        re: /\b(?:please\s+)?(?:read|check|look\s+at|go\s+through|fill\s+in|fill\s+out)\s+(?:(?:the|my|our|this|your|it|them)\b\s*(?:[\w-]+\s+){0,2}?)?(?:properly|carefully|more\s+carefully|thoroughly|correctly)\s+(?:this|next)\s+time\b/,
        unless: /\b(?:we(?:\s+will|\s*['’]ll)|I(?:\s+will|\s*['’]?ll))\b|\?/,
        rewrite: () => ["if it helps, I'm happy to walk you through the details"],
      },
      {
        re: /\b(?<hit>(?:for\s+future\s+reference|in\s+(?:the\s+)?future|next\s+time|going\s+forward)\s*[,:]?)\s+(?=(?:(?:please|kindly|do)\s+)?(?:always|make\s+sure|be\s+sure|ensure|remember\s+to|do\s+not|don['’]?t|never|double[\s-]?check|you\s+(?:should|need\s+to|must|have\s+to))\b|(?:please|kindly)\s+(?:read|check|look|think|verify|pay\s+attention|follow|double-check|remember|use)\b|you\s+(?:could|might\s+want\s+to|may\s+want\s+to|would\s+do\s+well\s+to|ought\s+to|should\s+probably)\s+(?:always\s+)?(?:check|read|look|make\s+sure|double-check|confirm|verify|think)\b)/,
        unless: /\b(?:we(?:\s+will|\s*['’]ll)|I(?:\s+will|\s*['’]?ll))\b/,
      },
      // "Please make sure to read our emails in future", "remember to check the size chart next time".
      {
        re: /\b(?:please\s+)?(?:make\s+sure\s+(?:to|you)|be\s+sure\s+to|remember\s+to|try\s+to|do\s+try\s+to|ensure\s+(?:that\s+)?you|(?:please|kindly)\s+(?:always\s+)?)\s+(?:read|check|look\s+at|follow|double-check|pay\s+attention\s+to)\b[^.!?;]{0,60}?\b(?:in\s+(?:the\s+)?future|next\s+time|from\s+now\s+on|going\s+forward)\b/,
        unless: /\b(?:we(?:\s+will|\s*['’]ll)|I(?:\s+will|\s*['’]?ll))\b|\?/,
        rewrite: () => ["if it helps, I'm happy to walk you through the details"],
      },
      // "Maybe next time read the confirmation email properly instead of skimming it": an order for next time.
      {
        re: /\b(?:(?:maybe|perhaps)\s+)?(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward)\s*,?\s+(?:(?:just|try\s+(?:to|and)|please)\s+)?(?:read|check|look\s+at|follow|go\s+through|scroll\s+through|open|pay\s+attention\s+to)\b(?=[^.!?;]{0,80}\b(?:properly|carefully|thoroughly|for\s+once|instead\s+of|all\s+the\s+way|first|before\s+(?:you|contacting|writing|calling|ordering|booking|complaining|messaging|emailing|e-mailing|asking|reaching\s+out|getting\s+in\s+touch))\b)[^.!?;]*/,
        unless: /\b(?:we(?:\s+will|\s*['’]ll)|I(?:\s+will|\s*['’]?ll))\b|\?/,
        rewrite: () => ["if it helps, I'm happy to walk you through the details"],
      },
    ],
  },
  de: {
    message: 'Das belehrt den Kunden für das nächste Mal',
    explanation: '„Für die Zukunft“ und „beim nächsten Mal …“ sagen einem verärgerten Kunden, dass er es falsch gemacht hat; geben Sie den Tipp als Hilfe oder lösen Sie das Problem jetzt.',
    rewrite: deTip,
    patterns: foldDe([
      // "Merken Sie sich bitte für die Zukunft, dass …", "merk dir fürs nächste Mal …".
      {
        re: /(?<![\p{L}])(?:merken\s+Sie\s+sich|merk\s+dir|merke\s+dir)\s+(?:(?:bitte|doch|einfach|mal|also|künftig)\s+){0,2}(?:für\s+die\s+Zukunft|fürs\s+nächste\s+Mal|für\s+das\s+nächste\s+Mal|für\s+künftige\s+[\p{L}-]+|künftig|zukünftig|in\s+Zukunft)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:gern|gerne|ruhig)(?![\p{L}])/u,
        rewrite: () => ['gut zu wissen ist'],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:für\s+die\s+Zukunft|beim\s+nächsten\s+Mal|nächstes\s+Mal|in\s+Zukunft|künftig|zukünftig)\s*[:,]?)\s+(?=(?:bitte\s+)?(?:(?:prüfen|überprüfen|achten|sichern|lesen|beachten|denken|schauen|kontrollieren|speichern)\s+(?:Sie|du)(?![\p{L}])|(?:prüf|prüfe|achte|sichere|sicher|lies|beachte|denk|denke|schau|kontrollier)\s))/u,
      },
      {
        // "Künftig sollten Sie Ihre Bankdaten prüfen", "In Zukunft bitte immer die Sendungsnummer angeben", "Nächstes Mal einfach vorher nachschauen"
        re: /^(?<hit>(?:künftig|zukünftig|in\s+Zukunft|beim\s+nächsten\s+Mal|nächstes\s+Mal|für\s+die\s+Zukunft|fürs\s+nächste\s+Mal)(?:\s*[:,]?\s+(?<modal>sollten\s+Sie|solltest\s+du|müssen\s+Sie|musst\s+du)(?![\p{L}]))?)\s*[:,]?\s+(?=(?:achten\s+Sie|achte)(?![\p{L}])|(?<=(?:sollten\s+Sie|solltest\s+du|müssen\s+Sie|musst\s+du)\s+)|(?:(?:bitte|einfach|immer|vorher|gleich|selbst|rechtzeitig)\s+){1,3}[^.!?]{0,60}?\p{L}+en\s*[.!]?\s*$)/u,
        unless: /(?<![\p{L}])(?:ich|wir)\s+(?:werde|werden|kümmere|kümmern|schicke|schicken|melde|melden|sorge|sorgen)(?![\p{L}])|(?:müssen\s+Sie|musst\s+du)\s+(?:[\p{L}-]+\s+)?(?:nichts|nicht|keine\p{L}*)(?![\p{L}])/u,
        rewrite: (ctx) => (ctx.groups.modal ? [/^(?:solltest|musst)/i.test(ctx.groups.modal) ? 'ein Tipp: Du kannst' : 'ein Tipp: Sie können'] : deTip(ctx)),
      },
      {
        // "Bitte beachten Sie in Zukunft unsere Öffnungszeiten", "Lesen Sie sich die Mails künftig aufmerksamer durch", "Sie sollten künftig ..."
        re: /(?<![\p{L}])(?:(?:bitte\s+)?(?:beachten|lesen|prüfen|überprüfen|kontrollieren|achten|schauen|sichern|speichern)\s+Sie|(?:bitte\s+)?(?:beachte|lies|prüf|prüfe|kontrollier|kontrolliere|achte|schau|sichere)|Sie\s+sollten|du\s+solltest)\s+(?:(?:sich|dir)\s+)?(?:[\p{L}-]+\s+){0,4}?(?<hit>künftig|zukünftig|in\s+Zukunft|beim\s+nächsten\s+Mal|nächstes\s+Mal)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich|wir)\s+(?:werde|werden|kümmere|kümmern|schicke|schicken|habe|haben)(?![\p{L}])|\?/u,
        rewrite: () => ['bei Gelegenheit', 'wenn es passt'],
      },
      // "Für die Zukunft: Zählerstände bitte bis zum 5. melden."
      { re: /^(?:für\s+die\s+Zukunft|fürs\s+nächste\s+Mal|für\s+das\s+nächste\s+Mal|künftig|zukünftig|in\s+Zukunft)\s*:/u, rewrite: deTip },
      // Broad: "Das nächste Mal schaust du bitte vorher in die FAQ", "Künftig achten Sie bitte selbst auf die Frist".
      {
        re: /^(?<hit>(?:das\s+n(?:ä|ae)chste\s+Mal|beim\s+n(?:ä|ae)chsten\s+Mal|n(?:ä|ae)chstes\s+Mal|k(?:ü|ue)nftig|zuk(?:ü|ue)nftig|in\s+Zukunft|f(?:ü|ue)r\s+die\s+Zukunft)\s+(?!(?:k(?:ö|oe)nnen|kannst|k(?:ö|oe)nnt|d(?:ü|ue)rfen|darfst|erhalten|bekommen|bekommst|erh(?:ä|ae)ltst|sparen|sparst|profitieren|brauchen|brauchst|m(?:ü|ue)ssen\s+Sie\s+nichts|musst\s+du\s+nichts)\s)(?:[\p{L}-]+\s+)?(?:Sie|du)\s+(?:[^\s.!?,]+\s+){0,2}?(?:bitte|doch|besser|lieber|gef(?:ä|ae)lligst|vorher|zuerst|erst|rechtzeitig|selbst|selber)(?![\p{L}])[^.!?]*)/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'wenn du magst, zeige ich dir, wo du das schnell findest' : 'wenn Sie möchten, zeige ich Ihnen, wo Sie das schnell finden'],
      },
      // Broad: "Bitte informieren Sie sich künftig selbst über die Abfuhrtermine", "Achte nächstes Mal besser darauf".
      {
        re: /^(?<hit>(?:bitte\s+)?(?:informieren\s+Sie\s+sich|informier(?:e)?\s+dich|achten\s+Sie|achte|pr(?:ü|ue)fen\s+Sie|pr(?:ü|ue)f(?:e)?|k(?:ü|ue)mmern\s+Sie\s+sich|k(?:ü|ue)mmer(?:e)?\s+dich)\s+(?:[^\s.!?,;]+\s+){0,2}?(?:k(?:ü|ue)nftig|zuk(?:ü|ue)nftig|in\s+Zukunft|n(?:ä|ae)chstes\s+Mal|beim\s+n(?:ä|ae)chsten\s+Mal|das\s+n(?:ä|ae)chste\s+Mal)\s+(?:[^\s.!?,;]+\s+){0,2}?(?:selbst|selber|vorher|rechtzeitig|besser|genauer|gr(?:ü|ue)ndlicher)(?![\p{L}])[^.!?]*)/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'wenn du magst, zeige ich dir, wo du das schnell findest' : 'wenn Sie möchten, zeige ich Ihnen, wo Sie das schnell finden'],
      },
    ]),
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Going forward, we'll ensure the gate code is on every booking.",
      'I will read your notes more carefully this time, sorry about before.',
      'Could you check the address carefully this time? The last one bounced.',
      'Next time you order, your discount is applied automatically.',
      'For future reference, we will keep your preferences on file.',
      'In future, you can also reach us by chat.',
      "Next time I'll check the box first myself.",
      'Next time, just reply here and I will pick it up.',
      "Please make sure to keep the receipt next time you buy a gift card, it makes refunds faster.",
    ],
    invalid: [
      { text: "[[In future,]] you could check the forecast before booking.", rewrite: "If it helps, you could check the forecast before booking." },
      { text: "[[Please ensure you check the size guide before ordering in future]].", rewrite: "If it helps, I'm happy to walk you through the details." },
      { text: "[[Going forward,]] kindly ensure the gate is unlocked on collection day.", rewrite: "If it helps, kindly ensure the gate is unlocked on collection day." },
      { text: "[[Please check the address more carefully next time]].", rewrite: "If it helps, I'm happy to walk you through the details." },
      { text: "[[Next time,]] please follow the instructions.", rewrite: "If it helps, please follow the instructions." },
      { text: "[[Please remember to check the size chart in future]].", rewrite: "If it helps, I'm happy to walk you through the details." },
      { text: '[[Perhaps in future go through the checklist carefully]].', rewrite: "If it helps, I'm happy to walk you through the details." },
      { text: 'So, [[next time just look at the size chart before you order]].', rewrite: "So, if it helps, I'm happy to walk you through the details." },
      { text: '[[For future reference,]] always keep the receipt.', rewrite: 'If it helps, always keep the receipt.' },
      { text: '[[Next time]] please make sure the device is charged.', rewrite: 'If it helps, please make sure the device is charged.' },
      { text: '[[Going forward,]] you need to log in before checking out.', rewrite: 'If it helps, you need to log in before checking out.' },
    ],
  },
  de: {
    valid: [
      'Das nächste Mal rufe ich Sie direkt an.',
      'Künftig können Sie die Rechnung einfach in der App abrufen.',
      'In Zukunft bekommst du die Tickets direkt aufs Handy.',
      'Merken Sie sich für die Zukunft gern meinen Namen, ich bin Ihre Ansprechpartnerin.',
      'Für die Zukunft habe ich Ihnen eine Erinnerung eingerichtet.',
      'Merken Sie sich gern die Nummer, falls wieder etwas ist.',
      "Beim nächsten Mal müssen Sie nichts mehr eingeben, die Daten sind gespeichert.",
      "Nächstes Mal kümmere ich mich direkt darum.",
      "In Zukunft wird die Abbuchung automatisch erfolgen.",
      "Künftig bekommen Sie die Rechnung per Mail, das habe ich umgestellt.",
      'Beim nächsten Mal erhalten Sie automatisch 10 % Rabatt.',
      'Für die Zukunft haben wir Ihre Lieferadresse gespeichert.',
      'In Zukunft prüfen wir jede Sendung doppelt.',
    ],
    invalid: [
      { text: '[[Beim nächsten Mal meldest du den Schaden bitte sofort]].', rewrite: 'Wenn du magst, zeige ich dir, wo du das schnell findest.' },
      { text: '[[Fürs nächste Mal:]] Retouren bitte vorher anmelden.', rewrite: 'Ein Tipp: Retouren bitte vorher anmelden.' },
      { text: '[[Merk dir bitte fürs nächste Mal]], dass Retouren angemeldet werden müssen.', rewrite: 'Gut zu wissen ist, dass Retouren angemeldet werden müssen.' },
      { text: "[[Künftig sollten Sie]] Ihre Bankdaten vor dem Absenden prüfen.", rewrite: "Ein Tipp: Sie können Ihre Bankdaten vor dem Absenden prüfen." },
      { text: "Bitte beachten Sie [[in Zukunft]] unsere Öffnungszeiten.", rewrite: "Bitte beachten Sie bei Gelegenheit unsere Öffnungszeiten." },
      { text: '[[Für die Zukunft:]] Bitte achten Sie auf die Größentabelle.', rewrite: 'Ein Tipp: Bitte achten Sie auf die Größentabelle.' },
      { text: '[[Beim nächsten Mal]] lesen Sie bitte die Anleitung.', rewrite: 'Ein Tipp: lesen Sie bitte die Anleitung.' },
      { text: '[[Nächstes Mal]] schau bitte erst in deinen Spam-Ordner.', rewrite: 'Ein Tipp: schau bitte erst in deinen Spam-Ordner.' },
    ],
  },
};
