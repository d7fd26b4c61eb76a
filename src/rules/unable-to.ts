// "We are unable to refund", "I'm not able to help with that", "Wir können Ihnen leider nicht helfen":
// a service refused with no way forward. Conditions that show the way ("until we receive the item",
// "without your order number") and alternatives in the same sentence keep it silent.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_SERVICE = String.raw`(?:help|assist|offer|provide|give|issue|refund|process|accept|make|grant|approve|change|cancel|do|support|honou?r|replace|exchange|return|reimburse|waive|extend|reverse|compensate|reactivate|restore|unlock|release|reissue|rebook|reopen|reschedule|reinstate|upgrade|downgrade|transfer|amend|modify|increase|raise|lower|reduce|adjust|remove|match|credit|split|pause|repair)`;
// A channel limit ("over social media", "through this forum") comes with the right channel in the
// neighbouring sentence in real replies; that is channel guidance, not a closed door.
const EN_WAY = /\b(?:(?:via|over|through|on|in)\s+(?:twitter|social\s+media|this\s+forum|the\s+forum|chat|e-?mail|the\s+phone|this\s+channel|DMs?|public)\b|(?<!sorry,?\s)but|however|instead|what\s+(?:I|we)\s+can|I\s+can\s+(?:offer|suggest)|alternatively|unless|until|once|as\s+soon\s+as|without|before|after|if|yet|you\s+can|you['’]?ll\s+be\s+able|follow\s+(?:the|these)\s+steps|(?:this|the|our)\s+(?:guide|article)|here['’]?s\s+how)\b/;
const DE_WAY = /\?\s*$|(?<![\p{L}])(?:(?<!leid,?\s)aber|Sie\s+können|du\s+kannst|nach\s+Ablauf|jedoch|stattdessen|alternativ|sobald|bis|ohne|wenn|falls|noch\s+nicht|was\s+(?:ich|wir)\s+(?:tun|machen|anbieten)\s+(?:kann|können))(?![\p{L}])/u;

/** The rest of the clause up to punctuation, without a trailing space (linear: one step per character). */
const CLAUSE_REST = String.raw`(?:[^.,;:!?\s]|\s(?=[^.,;:!?\s])){0,80}`;

/** Keep the honest "no" and open a door right after it. */
const enRewrite = (ctx: MatchContext) => {
  const who = /^I/i.test(ctx.match) ? 'I' : 'we';
  return [`${ctx.match}, but let me see what ${who} can do`, `${ctx.match}, but here is what ${who} can do instead`];
};
const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? [`${ctx.match}, aber ich schaue gern, was ich sonst für dich tun kann`, `${ctx.match}, aber ich habe eine andere Idee`]
    : [`${ctx.match}, aber ich schaue gern, was ich sonst für Sie tun kann`, `${ctx.match}, aber ich habe eine andere Idee`];

export const unableTo: Rule = {
  id: 'unable-to',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A flat "we are unable to …" with no way forward',
  en: {
    patterns: [
      {
        // "we are unable to refund this order", "I'm not able to help you with that"
        re: new RegExp(String.raw`\b(?<subj>I['’]?m|I\s+am|we['’]?re|we\s+are|we\s+aren['’]?t|I['’]?m\s+not|I\s+am\s+not|we['’]re\s+not)\s+(?:currently\s+|afraid\s+|sadly\s+|unfortunately\s+)?(?:unable|not\s+able|not\s+in\s+a\s+position|(?<=(?:aren['’]?t|not)\s+(?:currently\s+|sadly\s+|unfortunately\s+)?)(?:able|in\s+a\s+position))\s+to\s+(?<verb>` + EN_SERVICE + String.raw`)\b` + CLAUSE_REST),
        unless: EN_WAY,
      },
      {
        // "I cant cancel it for you", "We can't help with that"; a redirect given first ("Please call the
        // manufacturer, we can't help with …") is passing-on's finding, the refusal only explains it.
        re: new RegExp(String.raw`\b(?<subj>I|we)\s+(?:can['’]?t|cant|cannot|can\s+not)\s+(?:really\s+|unfortunately\s+|sadly\s+)?(?<verb>` + EN_SERVICE + String.raw`)\b(?!\s+(?:but|feeling|thinking|noticing|wondering)\b)(?!\s+wait\b)` + CLAUSE_REST),
        unless: new RegExp(EN_WAY.source + String.raw`|^(?:please\s+)?(?:call|contact|reach\s+out|get\s+in\s+touch|ask|email|write\s+to)\b|\?\s*$`),
      },
    ],
    message: 'A "no" with no way forward',
    explanation:
      '"We are unable to" only tells the customer what will not happen. Lead with what you can do, or at least the next step they can take.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      {
        // "Wir können Ihnen (da) leider nicht helfen", "Ich kann das leider nicht erstatten"
        re: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:kann|können)|(?:(?:da|dabei|damit|hier|hierbei|das|hiermit)\s+)?(?:kann|können)\s+(?:ich|wir))\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:da\s+|hier\s+|das\s+|dabei\s+|damit\s+|diesbezüglich\s+)?(?:leider\s+)?(?:nicht|nicht\s+mehr|nicht\s+weiter|keine\s+Erstattung|keinen\s+Ersatz|keine\s+Ausnahme)\s+(?:helfen|weiterhelfen|erstatten|umtauschen|anbieten|machen|gewähren|zurücknehmen|stornieren|ändern|rückgängig\s+machen)(?![\p{L}])/u,
        unless: new RegExp(DE_WAY.source + String.raw`|^(?:bitte\s+)?(?:wenden\s+Sie\s+sich|wende\s+dich|kontaktieren\s+Sie|kontaktiere|rufen\s+Sie|ruf)(?![\p{L}])`, 'u'),
      },
      {
        // "Stornieren kann ich das nicht mehr", "Erstatten können wir den Betrag leider nicht"
        re: /(?<![\p{L}])(?:stornieren|erstatten|ändern|umtauschen|zurücknehmen|verlängern|umbuchen|rückgängig\s+machen|ersetzen)\s+(?:kann\s+ich|können\s+wir)\s+(?:Ihnen\s+|dir\s+)?(?:(?:das|es|die\s+\p{L}+|den\s+\p{L}+|diese\s+\p{L}+|diesen\s+\p{L}+)\s+)?(?:leider\s+)?nicht(?:\s+mehr)?(?![\p{L}])/u,
        unless: DE_WAY,
      },
      {
        re: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:bin|sind)|(?:bin|sind)\s+(?:ich|wir))\s+(?:leider\s+)?(?:nicht\s+in\s+der\s+Lage|außerstande)\s*,\s*(?:[^.,;:!?\s]|\s(?=[^.,;:!?\s])){0,80}?\s+zu\s+\p{L}+(?![\p{L}])/u,
        unless: DE_WAY,
      },
    ]),
    message: 'Ein „Nein“ ohne Ausweg',
    explanation:
      '„Wir können leider nicht …“ sagt dem Kunden nur, was nicht geht. Beginnen Sie mit dem, was Sie tun können, oder wenigstens mit dem nächsten Schritt.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "We aren't able to see your order yet, could you send the number?",
      "We're unable to refund this order, but I can offer you a replacement today.",
      "We're unable to process the refund until the item reaches our warehouse.",
      "Let us know if you are still unable to access it.",
      'We are unable to assist with mortgage inquiries over social media.',
      "I'm sorry, but we're unable to make exceptions to the 30 day wait, After 30 days have passed, you can update your name here.",
      "Try these tips if you're unable to receive a code.",
      'Without your order number we are unable to find the parcel, so please send it over.',
      "I can't wait to help you with this.",
      "I can't help but notice you have two accounts.",
      "We can't refund it yet, the parcel is still on its way to us.",
      'Can we help with anything else?',
      "We can't reopen it, but I've opened a new case for you.",
      'Unfortunately, we cannot remove the lock for you, please follow the steps in this guide to do it in two minutes.',
    ],
    invalid: [
      { text: 'Sorry, [[I cant rebook the tour]].', rewrite: 'Sorry, I cant rebook the tour, but let me see what I can do.' },
      { text: "[[We aren't able to offer compensation]].", rewrite: "We aren't able to offer compensation, but let me see what we can do." },
      { text: '[[We are unable to assist with mortgage inquiries]].', rewrite: 'We are unable to assist with mortgage inquiries, but let me see what we can do.' },
      { text: "Sorry, [[I'm not able to help you with that]].", rewrite: "Sorry, I'm not able to help you with that, but let me see what I can do." },
      { text: "[[we're unable to refund digital purchases]]", rewrite: "We're unable to refund digital purchases, but let me see what we can do" },
      { text: "Hi Sam, [[we are currently unable to offer exchanges]].", rewrite: 'Hi Sam, we are currently unable to offer exchanges, but let me see what we can do.' },
      { text: '[[We cannot replace the battery]], the model is too old.', rewrite: 'We cannot replace the battery, but let me see what we can do, the model is too old.' },
      { text: 'Sorry, [[I cant refund a used voucher]].', rewrite: "Sorry, I cant refund a used voucher, but let me see what I can do." },
    ],
  },
  de: {
    valid: [
      'Wir können Ihnen leider nicht sofort helfen, aber ich melde mich morgen mit einer Lösung.',
      'Ich kann den Betrag erst erstatten, sobald das Paket bei uns ist.',
      'Können wir Ihnen sonst noch helfen?',
      'Ohne Ihre Bestellnummer kann ich leider nicht weiterhelfen, schicken Sie sie mir bitte.',
      'Stornieren kann ich die Bestellung erst, sobald sie bei uns eingegangen ist.',
      'Ändern können Sie das jederzeit selbst in den Einstellungen.',
    ],
    invalid: [
      { text: '[[Wir können Ihnen da leider nicht helfen]].', rewrite: 'Wir können Ihnen da leider nicht helfen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Tut mir leid, [[ich kann das nicht erstatten]].', rewrite: 'Tut mir leid, ich kann das nicht erstatten, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Dabei kann ich dir leider nicht weiterhelfen]].', rewrite: 'Dabei kann ich dir leider nicht weiterhelfen, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: 'Tut mir leid, [[umbuchen kann ich das nicht mehr]].', rewrite: 'Tut mir leid, umbuchen kann ich das nicht mehr, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Wir sind leider nicht in der Lage, die Bestellung zu ändern]].', rewrite: 'Wir sind leider nicht in der Lage, die Bestellung zu ändern, aber ich schaue gern, was ich sonst für Sie tun kann.' },
    ],
  },
};
