// "You'll need to contact the billing team", "please call our other hotline", "Wenden Sie sich bitte an
// die Buchhaltung": sending the customer off to someone else instead of taking it there yourself.
// Contacting us / me ("wenden Sie sich gern an mich") is not passing on.
import { startsClause } from '../engine/text';
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';

// Us/me is not passing on; nor is the customer's own bank, carrier or provider, which only
// the customer can talk to ("you'll need to contact your bank to release the hold").
const EN_US = String.raw`(?:us|me|our\s+(?:support\s+)?team\s+here|this\s+team|your|anyone|anybody|nobody|no\s+one)\b`;
// The customer's own bank or provider counts too ("Wenden Sie sich an Ihren Mobilfunkanbieter"), unless
// the reply says only they can act ("…, nur sie kann die Sperre aufheben").
const DE_US = String.raw`(?:uns|mich|niemand|niemanden|keine|keinen|keinem)(?![\p{L}])`;
const DE_ONLY_THEY = String.raw`|(?<![\p{L}])nur\s+(?:sie|die|er|diese|dieser|dort)(?![\p{L}])`;

/** German main clauses keep the verb second: "Ich wende mich …" at the start of a clause, but
 *  "Dafür wende ich mich …" after a leading word. */
const clauseStart = (ctx: MatchContext) => startsClause(ctx.before);

/** "Wenden Sie sich (bitte) an X" → "Ich wende mich für Sie an X" / "… wende ich mich für Sie an X". */
const deWende = (ctx: MatchContext) => {
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  return clauseStart(ctx)
    ? [`ich wende mich für ${you} an`, `ich frage für ${you} nach bei`]
    : [`wende ich mich für ${you} an`, `frage ich für ${you} nach bei`];
};

export const contactElsewhere: Rule = {
  id: 'contact-elsewhere',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: 'Telling the customer to contact another team, hotline or company',
  en: {
    patterns: [
      {
        // "you'll need to contact", "you have to call", "you must reach out to" + someone other than us
        re: new RegExp(String.raw`\b(?<hit>you(?:['’]?ll|\s+will|\s+would|['’]?d)?\s+(?:need|have|must)\s+(?:to\s+)?(?:contact|call|phone|ring|email|e-mail|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|write\s+to))\s+(?!` + EN_US + String.raw`)(?=\S)`),
        unless: /\?\s*$|(?:^|\W)if\s+you\s+(?:ever\s+|still\s+)?(?:need|have|want)\s+to\b/,
        rewrite: (ctx) => (/\b(?:speak|talk)\b/i.test(ctx.match) ? ["I'll speak to", "I'll check with"] : ["I'll reach out to", "I'll check with"]),
      },
      {
        // "please call our other hotline", "please contact the billing department"
        re: /\b(?<hit>please\s+(?:contact|call|phone|ring|email|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to))\s+(?=(?:our|the|your)\s+(?:other\s+|separate\s+|\w+\s+){0,2}?(?:department|dept|hotline|helpline|office|bank|carrier|manufacturer|provider|seller|retailer|colleagues)\b)/,
        rewrite: () => ["I'll reach out to", "I'll check with"],
      },
    ],
    message: 'This sends the customer elsewhere',
    explanation:
      'Being passed from one place to the next is one of the most frustrating things for a customer. Where you can, take the question to the other team yourself and come back with the answer.',
    rewrite: () => ["I'll reach out to"],
  },
  de: {
    patterns: [
      {
        // "Wenden Sie sich bitte an die Buchhaltung", "Bitte wende dich an den Hersteller"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:wenden\s+Sie\s+sich|wende\s+dich)(?:\s+(?:bitte|doch|dafür|damit|deshalb|direkt|dort|hierzu|dazu|deswegen|am\s+besten|für\s+(?:Ihre|deine|diese|solche)\s+[\p{L}-]+)){0,4}\s+an)\s+(?!` + DE_US + String.raw`)(?=\p{L})`, 'u'),
        unless: new RegExp(String.raw`\?\s*$` + DE_ONLY_THEY, 'u'),
        rewrite: deWende,
      },
      {
        // "Da müssen Sie sich an die Buchhaltung wenden" → "Ich wende mich für Sie an die Buchhaltung"
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:müssen|sollten|müssten)\s+Sie\s+sich|(?:musst|solltest|müsstest)\s+du\s+dich|Sie\s+(?:müssen|sollten|müssten)\s+sich|du\s+(?:musst|solltest|müsstest)\s+dich)\s+(?:bitte\s+|direkt\s+|leider\s+|schon\s+|selbst\s+|dann\s+|damit\s+|dafür\s+|schriftlich\s+|persönlich\s+){0,3}an\s+(?!` + DE_US + String.raw`)(?<who>(?:\p{L}+\s+){0,3}?\p{L}+)\s+(?:wenden|halten)(?![\p{L}])`, 'u'),
        unless: new RegExp(String.raw`\?\s*$` + DE_ONLY_THEY, 'u'),
        rewrite: (ctx) => {
          const you = ctx.register === 'informal' ? 'dich' : 'Sie';
          const who = ctx.groups.who ?? '';
          return clauseStart(ctx) ? [`ich wende mich für ${you} an ${who}`] : [`wende ich mich für ${you} an ${who}`];
        },
      },
      {
        // "Sie müssen bei der Hotline anrufen", "Rufen Sie bitte die andere Hotline an"
        re: /(?<![\p{L}])(?<hit>(?:müssen|sollten)\s+Sie\s+(?:bitte\s+|leider\s+)?(?:bei\s+(?:der|dem|Ihrer|Ihrem)\s+\p{L}+\s+anrufen|sich\s+bei\s+(?:der|dem|Ihrer|Ihrem)\s+\p{L}+\s+melden))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['kläre ich das für Sie direkt', 'frage ich für Sie nach'],
      },
    ],
    message: 'Das schickt den Kunden woandershin',
    explanation:
      'Von einer Stelle zur nächsten geschickt zu werden, frustriert Kunden besonders. Nehmen Sie die Frage wenn möglich selbst mit zur anderen Abteilung und kommen Sie mit der Antwort zurück.',
    rewrite: deWende,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'If anything else comes up, you can always contact us here.',
      'I have contacted the billing team myself and will update you by Friday.',
      "You don't need to contact anyone else, I'm handling this.",
      "You'll need to contact your bank to release the hold, only they can see it.",
      'Do you need to contact the carrier, or should I do it for you?',
      'Please contact us via DM with your order number.',
    ],
    invalid: [
      { text: "Due to contractual agreements, [[you'll need to contact]] AT&T for a resolution.", rewrite: "Due to contractual agreements, I'll reach out to AT&T for a resolution." },
      { text: '[[You have to call]] the billing department about this.', rewrite: "I'll reach out to the billing department about this." },
      { text: '[[Please call]] our other hotline for that.', rewrite: "I'll reach out to our other hotline for that." },
      { text: '[[you need to speak to]] the returns team', rewrite: "I'll speak to the returns team" },
    ],
  },
  de: {
    valid: [
      "Wenn du magst, kannst du dich auch direkt an mich wenden.",
      'Bei Fragen können Sie sich jederzeit an uns wenden.',
      'Wenden Sie sich gern direkt an mich.',
      'Ich habe mich schon an die Buchhaltung gewandt und melde mich morgen.',
      'Sie müssen nichts weiter tun.',
      'Haben Sie sich schon an Ihre Bank gewandt?',
      'Dafür müssen Sie sich an niemanden wenden, ich erledige das.',
      'Wenden Sie sich bitte an Ihre Bank, nur sie kann die Sperre aufheben.',
    ],
    invalid: [
      { text: '[[Wenden Sie sich bitte an]] die Buchhaltung.', rewrite: 'Ich wende mich für Sie an die Buchhaltung.' },
      { text: 'Da [[müssen Sie sich an die Buchhaltung wenden]].', rewrite: 'Da wende ich mich für Sie an die Buchhaltung.' },
      { text: 'Dafür [[wende dich bitte an]] den Hersteller.', rewrite: 'Dafür wende ich mich für dich an den Hersteller.' },
      { text: 'Tut mir leid, [[wenden Sie sich bitte an]] den Hersteller.', rewrite: 'Tut mir leid, ich wende mich für Sie an den Hersteller.' },
      { text: 'Dann [[müssen Sie bei der Hotline anrufen]].', rewrite: 'Dann kläre ich das für Sie direkt.' },
      { text: 'Wegen der Rechnung [[wenden Sie sich bitte an]] Ihren Stromanbieter.', rewrite: 'Wegen der Rechnung wende ich mich für Sie an Ihren Stromanbieter.' },
    ],
  },
};
