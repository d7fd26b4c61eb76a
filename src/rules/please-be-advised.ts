// "Please be advised that", "Kindly be informed", "as per our policy", "Hiermit teilen wir Ihnen mit":
// officialese that makes a person sound like a form letter.
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

export const pleaseBeAdvised: Rule = {
  id: 'please-be-advised',
  category: 'robotic',
  guidance: 'not-a-robot',
  description: 'Officialese: "please be advised", "kindly be informed", "as per our policy"',
  en: {
    patterns: [
      // "Please note that" is plain enough in real replies; "please be advised" and "kindly ..." are not.
      {
        re: /\b(?:(?:please|pls|plz|kindly)\s+be\s+(?:advi[sc]ed|informed|notified|aware)|kindly\s+(?:note|take\s+note|be\s+noted))(?:\s+that|\s*,)?(?=\s+\p{L})/u,
        rewrite: () => ['just so you know,', 'quick heads-up:'],
      },
      {
        re: /\b(?:as\s+per|in\s+accordance\s+with|pursuant\s+to)\s+(?:our|the|company)\s+(?:(?:standard|usual|normal|internal|established|company|current|applicable)\s+)?(?:policy|policies|terms(?:\s+and\s+conditions)?|guidelines|procedures?|processes|process|protocols?|regulations)\b/,
        rewrite: (ctx) => (/(?:procedure|process|protocol|guideline)/i.test(ctx.match) ? ['the usual way'] : ['under our policy']),
      },
      // "As per our records, ...", "as per your request".
      {
        re: /\bas\s+per\s+(?:(?<rec>(?:our|the|my)\s+(?:records|system|files?|notes|account\s+notes|database))|your\s+(?:request|instructions|e-?mail|message))\b(?:\s*,)?/,
        rewrite: (ctx) => (ctx.groups.rec ? (/,$/.test(ctx.match) ? ["I've checked, and"] : ["from what I can see"]) : [/,$/.test(ctx.match) ? 'as you asked,' : 'as you asked']),
      },
      {
        re: /\bwe\s+(?:hereby\s+)?(?:wish\s+to|would\s+like\s+to)\s+inform\s+you(?:\s+that)?(?=\s+\p{L})/u,
        rewrite: () => ['just so you know,', 'quick heads-up:'],
      },
      {
        re: /\b(?:the\s+)?undersigned\b/,
        rewrite: () => ['I'],
      },
    ],
    message: 'Sounds like a form letter',
    explanation:
      'Officialese such as "please be advised" puts distance between you and the customer and sounds automated. Just say it plainly.',
    rewrite: () => ['just so you know,'],
  },
  de: {
    patterns: foldDe([
      {
        // A "dass" clause keeps its verb at the end, so the rewrite keeps a plain lead-in with "dass".
        re: /(?<![\p{L}])(?:hiermit\s+)?(?:teilen\s+wir\s+Ihnen\s+(?:hiermit\s+)?mit|möchten\s+wir\s+Ihnen\s+(?:hiermit\s+)?mitteilen|dürfen\s+wir\s+Ihnen\s+(?:hiermit\s+)?mitteilen)\s*,?\s*dass(?![\p{L}])/u,
        rewrite: () => ['ich wollte Ihnen kurz sagen, dass'],
      },
      {
        // V2 order: "Wir dürfen Ihnen mitteilen, dass", "Wir möchten Ihnen hiermit mitteilen, dass"
        re: /(?<![\p{L}])(?:hiermit\s+)?wir\s+(?:teilen|möchten|dürfen)\s+(?:Ihnen|dir)\s+(?:hiermit\s+|gerne\s+|gern\s+){0,2}(?:mit|mitteilen)\s*,?\s*dass(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich wollte dir kurz sagen, dass' : 'ich wollte Ihnen kurz sagen, dass'],
      },
      {
        // "Wir bedauern, Ihnen mitteilen zu müssen, dass", "Zu unserem Bedauern müssen wir Ihnen mitteilen, dass", "Wir müssen Ihnen leider mitteilen, dass"
        re: /(?<![\p{L}])(?:wir\s+bedauern\s*,?\s*(?:Ihnen|dir)\s+(?:leider\s+)?mitteilen\s+zu\s+müssen|zu\s+unserem\s+(?:großen\s+)?Bedauern\s+müssen\s+wir\s+(?:Ihnen|dir)\s+(?:leider\s+)?mitteilen|(?:leider\s+)?müssen\s+wir\s+(?:Ihnen|dir)\s+(?:leider\s+)?mitteilen|wir\s+müssen\s+(?:Ihnen|dir)\s+(?:leider\s+)?mitteilen)\s*,?\s*dass(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'leider muss ich dir sagen, dass' : 'leider muss ich Ihnen sagen, dass'],
      },
      {
        // "Hiermit informieren wir Sie (darüber), dass", "Hiermit bestätigen wir Ihnen"
        re: /(?<![\p{L}])(?<hit>hiermit\s+(?:informieren\s+wir\s+(?:Sie|dich)(?:\s+darüber)?\s*,?\s*dass|bestätigen\s+wir\s+(?:Ihnen|dir)))(?![\p{L}])/u,
        rewrite: (ctx) => {
          const inf = ctx.register === 'informal';
          if (/bestätigen/i.test(ctx.match)) return [inf ? 'ich bestätige dir' : 'ich bestätige Ihnen'];
          return [inf ? 'ich wollte dir kurz sagen, dass' : 'ich wollte Ihnen kurz sagen, dass'];
        },
      },
      {
        re: /(?<![\p{L}])(?:gemäß|laut|entsprechend)\s+(?:unseren|unserer|den|der)\s+(?:(?:internen|üblichen|geltenden|standardisierten)\s+)?(?:Richtlinien|Richtlinie|Firmenrichtlinien|Unternehmensrichtlinien|Geschäftsbedingungen|Bestimmungen|Vorgaben|(?:Standard|Bearbeitungs|Service)?(?:abläufen|prozessen|verfahren|vorgaben|richtlinien))(?![\p{L}])/u,
        rewrite: () => ['nach unseren Regeln'],
      },
      {
        re: /(?<![\p{L}])(?:wir\s+)?(?:weisen|möchten)\s+(?:Sie|dich)\s+(?:hiermit\s+|ausdrücklich\s+)?(?:darauf\s+hin(?:weisen)?|darauf\s+aufmerksam\s+machen)\s*,?\s*dass(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'denk bitte daran, dass' : 'denken Sie bitte daran, dass'],
      },
      // Passive officialese: "Es wird darauf hingewiesen, dass …" (a plain "Bitte beachten Sie, dass …" stays clean, see canned-phrases).
      {
        re: /(?<![\p{L}])es\s+wird\s+(?:(?:ausdrücklich|hiermit|nochmals)\s+)?darauf\s+hingewiesen\s*,?\s*dass(?![\p{L}])/u,
        rewrite: () => ['denken Sie bitte daran, dass'],
      },
    ]),
    message: 'Klingt nach Serienbrief',
    explanation:
      'Amtsdeutsch wie „Hiermit teilen wir Ihnen mit“ schafft Abstand und klingt automatisch. Sagen Sie es einfach direkt.',
    rewrite: () => ['ich wollte Ihnen kurz sagen, dass'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'Please note the tracking number below.',
      'Please note that phone support is only available to admins.',
      'Here is our refund policy: https://example.com/refunds',
      'I have advised the warehouse to send a replacement.',
      'Please let me know if the new link works.',
      'Per your note, the parcel went to your neighbour, and I have asked the courier to collect it.',
    ],
    invalid: [
      { text: "[[Please be adviced that]] the store is closed.", rewrite: "Just so you know, the store is closed." },
      { text: '[[As per the system,]] the payment is pending.', rewrite: "I've checked, and the payment is pending." },
      { text: 'Your claim was closed [[in accordance with our internal processes]].', rewrite: 'Your claim was closed the usual way.' },
      { text: '[[Please be advised that]] your order has shipped.', rewrite: 'Just so you know, your order has shipped.' },
      { text: '[[Kindly be informed that]] the refund takes 5 days.', rewrite: 'Just so you know, the refund takes 5 days.' },
      { text: 'Hi Sam, [[please be aware that]] the store closes at 6 pm.', rewrite: 'Hi Sam, just so you know, the store closes at 6 pm.' },
      { text: '[[As per our policy]], refunds take 5 days.', rewrite: 'Under our policy, refunds take 5 days.' },
      { text: '[[We would like to inform you that]] your ticket was updated.', rewrite: 'Just so you know, your ticket was updated.' },
    ],
  },
  de: {
    valid: [
      'Beachten Sie gern auch unsere Tipps zur Pflege im Anhang.',
      "Ich sage dir Bescheid, sobald das Paket da ist.",
      "Wir müssen Ihnen nur noch die neue PIN schicken.",
      'Bitte beachten Sie den Link unten.',
      'Ich teile Ihnen gern mit, wann das Paket ankommt.',
      'Unsere Richtlinien finden Sie hier: https://example.com/agb',
      'Ich habe das Lager gebeten, den Ersatz zu schicken.',
    ],
    invalid: [
      { text: '[[Es wird ausdrücklich darauf hingewiesen, dass]] der Markt sonntags geschlossen ist.', rewrite: 'Denken Sie bitte daran, dass der Markt sonntags geschlossen ist.' },
      { text: "[[Wir dürfen Ihnen mitteilen, dass]] Ihr Antrag bewilligt wurde.", rewrite: "Ich wollte Ihnen kurz sagen, dass Ihr Antrag bewilligt wurde." },
      { text: "[[Wir bedauern, Ihnen mitteilen zu müssen, dass]] die Reise ausfällt.", rewrite: "Leider muss ich Ihnen sagen, dass die Reise ausfällt." },
      { text: "[[Hiermit bestätigen wir Ihnen]] die Kündigung.", rewrite: "Ich bestätige Ihnen die Kündigung." },
      { text: '[[Hiermit teilen wir Ihnen mit, dass]] Ihre Bestellung versandt wurde.', rewrite: 'Ich wollte Ihnen kurz sagen, dass Ihre Bestellung versandt wurde.' },
      { text: '[[Gemäß unseren Richtlinien]] dauert die Erstattung 5 Tage.', rewrite: 'Nach unseren Regeln dauert die Erstattung 5 Tage.' },
      { text: '[[Wir weisen Sie darauf hin, dass]] das Angebot morgen endet.', rewrite: 'Denken Sie bitte daran, dass das Angebot morgen endet.' },
      { text: 'Hallo Frau Berg, [[laut unseren Richtlinien]] dauert die Erstattung 5 Tage.', rewrite: 'Hallo Frau Berg, nach unseren Regeln dauert die Erstattung 5 Tage.' },
      { text: 'Ihr Antrag wird [[gemäß unseren internen Prozessen]] geprüft.', rewrite: 'Ihr Antrag wird nach unseren Regeln geprüft.' },
    ],
  },
};
