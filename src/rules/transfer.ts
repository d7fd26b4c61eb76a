// "I'll transfer you", "Let me pass you over to", "Ich leite Sie weiter", "Ich verbinde Sie mit …":
// handing the customer on. Forwarding the *case* while staying on it yourself is fine.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_OWNERSHIP = /\b(?:stay\s+(?:on|with)|myself|keep\s+you\s+(?:posted|updated)|I['’]?ll\s+(?:still\s+)?(?:follow\s+up|update\s+you))\b/;
const DE_OWNERSHIP = /(?<![\p{L}])(?:bleibe|selbst|halte\s+(?:Sie|dich)\s+auf\s+dem\s+Laufenden|melde\s+mich|geschildert|erklärt\s+habe|informiert|übergeben|gebrieft)(?![\p{L}])/u;

export const transfer: Rule = {
  id: 'transfer',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: 'Transferring or forwarding the customer to someone else',
  en: {
    patterns: [
      {
        // "I'll transfer you to our billing team" → "I'll loop in our billing team"
        re: /\b(?:I['’]?ll|i['’]?ll|Ill|I\s+will|let\s+me|I['’]?m\s+going\s+to|I\s+am\s+going\s+to|I\s+need\s+to|I\s+have\s+to|we['’]?ll|we\s+will|we\s+need\s+to)\s+(?<hit>(?:transfer|forward|pass|put|redirect|refer|hand)\s+(?:you|u)\b(?:\s+(?:on|over|through|back))?\s+to)\s+(?=\S)/,
        unless: EN_OWNERSHIP,
        rewrite: () => ['loop in', 'bring in'],
      },
      {
        // "I'll transfer you now." / "I'm transferring you."
        re: /\b(?:I['’]?ll|I\s+will|let\s+me|I['’]?m\s+going\s+to|I\s+am\s+going\s+to|we['’]?ll|we\s+will)\s+(?<hit>(?:transfer|forward|pass|hand)\s+(?:you|u)\b(?:\s+(?:on|over|through))?)(?!\s+to\b)/,
        unless: EN_OWNERSHIP,
        rewrite: () => ['bring in a colleague and stay with you', 'get a colleague to help and stay on this with you'],
      },
      {
        re: /\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:(?:now|just|going\s+to\s+be)\s+)?(?<hit>(?:transferring|forwarding|passing|handing)\s+(?:you|u)\b(?:\s+(?:on|over|through))?(?:\s+to\b)?)/,
        unless: EN_OWNERSHIP,
        rewrite: (ctx) => (/\bto$/.test(ctx.match) ? ['looping in'] : ['bringing in a colleague and staying with you']),
      },
      {
        // No subject, chat style: "Transferring you to another team now.", "OK, putting you through to billing",
        // "passing your chat over to the lettings team".
        re: /^(?:(?:ok(?:ay)?|right|alright|so|now|sure|thanks)\s{0,2},?\s{1,3})?(?<hit>(?:transferring|passing|putting|handing|redirecting|forwarding|moving|sending|connecting)\s+(?:you|u|your\s+(?:chat|call|case|query|ticket|conversation|enquiry|inquiry))\s+(?:(?:on|over|through|across|back)\s+)?to)\b/,
        unless: EN_OWNERSHIP,
        rewrite: () => ["I'm looping in", "I'm bringing in"],
      },
      {
        // Passive: "You will now be transferred to a colleague", "you'll be put through to the claims line".
        re: /\b(?<hit>(?:you|u)(?:['’]?ll|\s+will|\s+are\s+(?:going\s+to|about\s+to))\s+(?:(?:now|shortly|soon|then|just)\s+)?be\s+(?:transferred|passed(?:\s+(?:on|over))?|put\s+through|redirected|forwarded|handed\s+over)\s+to)\b/,
        unless: EN_OWNERSHIP,
        rewrite: () => ["I'm bringing in", "I'm looping in"],
      },
      {
        // Forwarded and left: "your query has been forwarded to the relevant team, who will contact you directly".
        re: /\b(?<hit>(?:has|have|was|were)\s+been\s+(?:now\s+)?(?:forwarded|passed(?:\s+on)?|transferred|referred|handed\s+over|sent\s+on)\s+to\s+(?:the|another|a\s+different|our)\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|colleagues?|unit|desk)\s*,?\s+(?:who|which|and\s+they)\s+(?:will|['’]ll|should|may)\s+(?:contact|get\s+back\s+to|reply\s+to|respond\s+to|be\s+in\s+touch\s+with|reach\s+out\s+to)\s+you(?:\s+directly)?)\b/,
        unless: new RegExp(EN_OWNERSHIP.source + String.raw`|\b(?:I['’]?ve\s+briefed|I['’]?ll\s+(?:stay|check|chase)|by\s+(?:\d|tomorrow|today|monday|tuesday|wednesday|thursday|friday))\b`),
        rewrite: () => ["is with my colleagues in that team, and I'll stay on it and update you myself"],
      },
    ],
    message: 'Passing the customer on',
    explanation:
      'Every transfer makes the customer start over. If someone else has to help, bring them in and stay with the customer yourself.',
    rewrite: () => ['loop in'],
  },
  de: {
    patterns: foldDe([
      {
        // "Ich leite Sie an die Buchhaltung weiter" → "Ich ziehe die Buchhaltung hinzu und bleibe für Sie dran"
        re: /(?<![\p{L}])(?:[Ii]ch|[Ww]ir)\s+(?<hit>(?:leite|leiten|verweise|verweisen|gebe|geben)\s+(?<you>Sie|dich)\s+(?:jetzt\s+|gleich\s+|dann\s+)?(?:an\s+(?<who>(?:\p{L}+\s+){0,3}?\p{L}+)\s+)?(?:weiter|an\s+\p{L}+\s+\p{L}+))(?![\p{L}])/u,
        // Case-sensitive: "Ich gebe Sie an … weiter" hands over the customer; "ich gebe sie (die Bewertung) an Jana weiter" passes on praise.
        caseSensitive: true,
        unless: DE_OWNERSHIP,
        rewrite: (ctx) => {
          const you = ctx.groups.you ?? 'Sie';
          const who = ctx.groups.who;
          return who
            ? [`ziehe ${who} hinzu und bleibe für ${you} dran`]
            : [`hole eine Kollegin dazu und bleibe für ${you} dran`, `kläre das mit den Kollegen und bleibe für ${you} dran`];
        },
      },
      {
        // "Ich verbinde Sie mit der Buchhaltung" / "Ich stelle Sie durch"
        re: /(?<![\p{L}])(?:ich|wir)\s+(?<hit>(?:verbinde|verbinden|stelle|stellen)\s+(?<you>Sie|dich)\s+(?:jetzt\s+|gleich\s+|dann\s+)?(?:mit\s+(?<who>(?:\p{L}+\s+){0,3}?\p{L}+)(?=\s*(?:[.,!;]|$|weiter|durch))(?:\s+(?:weiter|durch))?|(?:weiter|durch)))(?![\p{L}])/u,
        unless: DE_OWNERSHIP,
        rewrite: (ctx) => {
          const you = ctx.groups.you ?? 'Sie';
          const who = ctx.groups.who;
          return who
            ? [`kläre das für ${you} mit ${who} und melde mich wieder`]
            : [`hole eine Kollegin dazu und bleibe für ${you} dran`];
        },
      },
    ]),
    message: 'Der Kunde wird weitergereicht',
    explanation:
      'Jede Weiterleitung lässt den Kunden von vorn anfangen. Wenn jemand anderes helfen muss, holen Sie ihn dazu und bleiben Sie selbst beim Kunden.',
    rewrite: (ctx) => [`hole eine Kollegin dazu und bleibe für ${ctx.register === 'informal' ? 'dich' : 'Sie'} dran`],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Your query has been passed to our claims team; I've briefed them and I'll stay on it until it's settled.",
      'I have forwarded this to our billing team myself and will update you by Friday.',
      'Transferring your balance to the new account is free.',
      'Sending you the form now, it only takes a minute.',
      "You'll be transferred the full amount by Friday.",
      "I'll stay on it until it's solved.",
      "We'll forward this as a suggestion to our dev team.",
      "I'll pass your feedback to the team.",
      "There's no need to transfer you, I can fix this right here.",
      "I'll bring in a colleague from billing and stay with you on this.",
      'I will hand you over to Maria and stay on the chat with you.',
      'I handed your case to our fraud team and told them everything.',
    ],
    invalid: [
      { text: "Your complaint [[has been referred to the appropriate department, who will be in touch with you]].", rewrite: "Your complaint is with my colleagues in that team, and I'll stay on it and update you myself." },
      { text: "I'm [[handing you over to]] my supervisor.", rewrite: "I'm looping in my supervisor." },
      { text: 'Let me [[hand you on to]] whoever is free next.', rewrite: 'Let me loop in whoever is free next.' },
      { text: "I'll [[transfer you to]] our billing team.", rewrite: "I'll loop in our billing team." },
      { text: "Right, [[passing you over to]] the bookings desk.", rewrite: "Right, I'm looping in the bookings desk." },
      { text: "[[You'll shortly be put through to]] an adviser.", rewrite: "I'm bringing in an adviser." },
      { text: "We're [[forwarding you to]] our lettings team.", rewrite: "We're looping in our lettings team." },
      { text: 'Let me [[pass you over to]] a colleague.', rewrite: 'Let me loop in a colleague.' },
      { text: "OK, I'll [[transfer you]] now.", rewrite: "OK, I'll bring in a colleague and stay with you now." },
      { text: "I'm [[forwarding you to]] the returns department.", rewrite: "I'm looping in the returns department." },
    ],
  },
  de: {
    valid: [
      'Ich leite Ihre Anfrage an die Buchhaltung weiter und melde mich morgen bei Ihnen.',
      'Ich leite Sie nicht weiter, ich kümmere mich selbst darum.',
      'Ich verbinde die beiden Bestellungen zu einer Lieferung.',
      'Ich bleibe dran, bis es gelöst ist.',
      'Danke für das Lob! Ich gebe sie an meinen Kollegen weiter, der sich sehr freuen wird.',
    ],
    invalid: [
      { text: 'Ich [[leite Sie weiter]].', rewrite: 'Ich hole eine Kollegin dazu und bleibe für Sie dran.' },
      { text: 'Ich [[leite Sie an die Buchhaltung weiter]].', rewrite: 'Ich ziehe die Buchhaltung hinzu und bleibe für Sie dran.' },
      { text: 'Ich [[verbinde Sie mit der Buchhaltung]].', rewrite: 'Ich kläre das für Sie mit der Buchhaltung und melde mich wieder.' },
      { text: 'Moment, ich [[stelle dich durch]].', rewrite: 'Moment, ich hole eine Kollegin dazu und bleibe für dich dran.' },
    ],
  },
};
