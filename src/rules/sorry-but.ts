// "Sorry, but we can't ...", "Tut mir leid, aber das geht nicht": the "but" takes the apology back.
// Only flagged when a refusal or negation follows at once; "sorry, but could you send ..." is fine.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_NEGATION = String.raw`(?:can['’]?t|cannot|can\s+not|won['’]?t|don['’]?t|doesn['’]?t|isn['’]?t|aren['’]?t|wasn['’]?t|not|unable|no(?!\s+(?:worries|problem|need|stress|further))|never|nothing|impossible|polic(?:y|ies)|rules?|final|already\s+(?:explained|told|said|answered|mentioned)|your\s+(?:responsibility|fault|problem)|you\s+should(?:\s+have)?|(?:we|I)\s+stand\s+by|stands|(?:we|I)\s+(?:have|get|are\s+dealing\s+with)\s+(?:a\s+lot|lots|so\s+many|a\s+high\s+volume|high\s+volumes)|(?:we['’]re|we\s+are|it['’]?s|it\s+is)\s+(?:very\s+|really\s+|extremely\s+|just\s+)?busy|how\s+(?:it|this|that|things)\s+works?|the\s+way\s+(?:it|things)\s+(?:is|are|works?))`;
const DE_NEGATION = String.raw`(?:hätten\s+Sie|hättest\s+du|Sie\s+hätten|du\s+hättest|nicht|nichts|kein|keine|keinen|keinem|nie|unmöglich|ausgeschlossen|Richtlinien|Regeln|Regel|Vorschriften|endgültig|nun\s+mal|halt\s+so|eben\s+so|abgelaufen|verstrichen|vorbei|AGB|Geschäftsbedingungen|Vorgaben|Richtlinie|Bestimmungen|so\s+funktioniert|so\s+geregelt)`;

const deRewrite = (ctx: MatchContext) => {
  const lead = ctx.match.replace(/(?<!\s)\s*(?:,\s*)?aber\s+\p{L}+$/u, '').replace(/(?<!\s)\s*,\s*dass\s[\s\S]*$/u, '');
  const next = (ctx.groups.next ?? '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const you = ctx.register === 'informal' ? 'dir' : 'Ihnen';
  return [`${lead.replace(/(?:sehr\s+)?leid$/iu, 'wirklich leid')}. ${next}`, `${lead}, und ich möchte ehrlich zu ${you} sein: ${next}`];
};

// Broad (second round): an apology followed at once by aber/jedoch/allerdings and a justification, unless the
// next words are the agent's own action ("…, aber ich habe Ihnen …").
const DE_JUSTIFY = String.raw`(?:H(?:ä|ae)nde|gebunden|Problem|Sache|Bedingungen|Vorgaben|Bestimmungen|Hausordnung|Policy|steht|stand|nicht|nichts|kein\p{L}*|nie|niemals|erst|nur|so|laut|Tarif|Vertrag|AGB|Regeln?|Richtlinien?|Vorschriften?|vorgesehen|enthalten|gilt|gelten|bleibt|bleiben|f(?:ä|ae)llig|f(?:ü|ue)r\s+alle|leider|Frist|abgelaufen|vorbei|ausgeschlossen|eindeutig|korrekt|rechtens|berechtigt|Entscheidung|entschieden|muss|m(?:ü|ue)ssen|musst|selbst|selber)`;
const DE_OWN_NEXT = String.raw`(?:(?:kann|k(?:ö|oe)nnen|habe|haben|werde|werden|m(?:ö|oe)chte|m(?:ö|oe)chten|biete|bieten|schicke|schicken)\s+(?:ich|wir)|(?:ich|wir)\s+(?:kann|k(?:ö|oe)nnen|habe|haben|werde|werden|k(?:ü|ue)mmere|k(?:ü|ue)mmern|schicke|schicken|biete|bieten|helfe|helfen|erstatte|erstatten|schaue|schauen|kl(?:ä|ae)re|kl(?:ä|ae)ren|melde|melden|buche|buchen|rufe|rufen|gebe|geben|tausche|tauschen|storniere|sende|leite|finde|finden|m(?:ö|oe)chte|m(?:ö|oe)chten|verstehe|verstehen)|natürlich|gern|gerne|selbstverständlich|zum\s+Glück|gute\s+Nachrichten)`;
const deRewriteBroad = (ctx: MatchContext) => {
  const m = /^([\s\S]*?)(?<!\s)\s*(?:,\s*)?(aber|jedoch|allerdings)\s+(\p{L}+)$/iu.exec(ctx.match);
  const lead = (m?.[1] ?? 'es tut mir leid').trim();
  const next = m?.[3] ?? '';
  if ((m?.[2] ?? '').toLowerCase() === 'aber') return [`${lead.replace(/(?:sehr\s+)?leid$/iu, 'wirklich leid')}. ${next.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`];
  return [`${lead}, und ehrlich gesagt ${next.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`];
};

export const sorryBut: Rule = {
  id: 'sorry-but',
  category: 'insincere-apology',
  guidance: 'sincere-apology',
  description: 'An apology immediately taken back by "but" and a refusal',
  en: {
    patterns: [
      {
        re: new RegExp(String.raw`\b(?<hit>(?:sorry|soz|sry|srry)\s*,?\s+but)\s+(?=(?:\S+\s+){0,3}?` + EN_NEGATION + String.raw`\b)`),
        // "Sorry, but I don't understand / see / follow" is about the agent's understanding, not a refusal.
        unless: /\bsorry\s*,?\s+but\s+(?:(?:could|can|would|may|might)\s+you\b|(?:I|we)\s+(?:still\s+)?(?:do\s+not|don['’]?t|dont|can['’]?t|cannot|can\s+not)\s+(?:quite\s+|really\s+|fully\s+)?(?:understand|see|follow|find|know|get|think|remember)\b|it['’]?s\s+(?:still\s+)?not\s+(?:really\s+|quite\s+)?clear)|\b(?:I['’]?ll|I\s+will|let\s+me)\s+(?:try|check|look|sort|fix|resend|send|get)\b/,
        rewrite: () => ['sorry, and I want to be upfront with you:', 'sorry about this. To be honest,'],
      },
      {
        re: new RegExp(String.raw`\b(?:apologi[sz]e|apologies)\s*,?\s+(?<hit>but|however)\s+(?=(?:\S+\s+){0,3}?` + EN_NEGATION + String.raw`\b)`),
        rewrite: () => ['and I want to be upfront with you:'],
      },
      // "Sorry to hear that, but rules are rules", "sorry for the inconvenience, but it's your responsibility",
      // "I'm sorry you had to wait, but we're very busy", "we apologise for any upset, however we stand by our decision".
      {
        re: new RegExp(String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:to\s+hear\s+(?:that|this|it)|to\s+hear\s+(?:that\s+)?(?:you|u)(?:['’]?re|\s+are|\s+were|\s+feel)\s+(?:so\s+|very\s+)?(?:unhappy|upset|disappointed|frustrated|annoyed|dissatisfied|not\s+happy)(?:\s+(?:with|about|by)\s+(?:our|the|this|my)\s+[\w-]+)?|about\s+(?:that|this|the\s+[\w-]+)|for\s+(?:the|any|this|that|all\s+the)\s+[\w-]+(?:\s+[\w-]+){0,5}?|(?:that\s+)?you\s+(?:had|have|['’]ve\s+had)\s+to\s+wait(?:\s+[\w-]+){0,3}?|(?:that\s+)?you(?:['’]?ve|\s+have)?\s+had\s+(?:this|that|such\s+an?|an?)(?:\s+[\w-]+)?\s+experience)\s*,\s*(?<hit>but|however)\s+(?=(?:\S+\s+){0,3}?` + EN_NEGATION + String.raw`\b)`),
        unless: /\b(?:I['’]?ll|I\s+will|let\s+me|I['’]?ve|I\s+have|(?:I|we)\s+can\s+(?!not\b|only\b))\b|\b(?:could|can|would)\s+you\b/,
        rewrite: () => ['and I want to be upfront with you:'],
      },
    ],
    message: '"Sorry, but" takes the apology back',
    explanation:
      'The "but" cancels the apology, so the customer hears only the refusal. Apologise fully, then say plainly what is and is not possible and what you can do.',
    rewrite: () => ['sorry, and I want to be upfront with you:'],
  },
  de: {
    patterns: foldDe([
      {
        // The next word is part of the span so the rewrite can start a new sentence with a capital.
        re: new RegExp(String.raw`(?<hit>(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|echt\s+|wirklich\s+|total\s+)?leid(?:\s*,\s*dass\s+(?:Sie|du|es\s+(?:Sie|dich))\s+(?:[^\s,.;:!?]+\s+){0,5}?[^\s,.;:!?]+)?\s*,?\s+aber\s+(?<next>\p{L}+))(?=(?:\s+\p{L}+){0,4}?\s+` + DE_NEGATION + String.raw`(?![\p{L}]))`, 'u'),
        unless: /aber\s+(?:(?:könnten|können|würden|kannst|könntest|würdest)\s+(?:Sie|du)|ich\s+(?:verstehe|sehe|weiß)\s+(?:noch\s+)?nicht)(?![\p{L}])|(?<![\p{L}])(?:ich|wir)\s+(?:versuche|versuchen|kümmere|kümmern|probiere|schaue|schauen|kläre|klären|schicke|schicken)(?![\p{L}])|(?<![\p{L}])(?:ich|wir)\s+(?:finde|finden|sehe|sehen|entdecke)\s+(?:auch\s+|leider\s+)?(?:keinen|keine|nichts)(?![\p{L}])/u,
        rewrite: deRewrite,
      },
      {
        re: new RegExp(String.raw`(?<hit>(?:Entschuldigung|sorry|Verzeihung|entschuldigen\s+Sie|entschuldige|(?:ich\s+)?entschuldige\s+mich|(?:wir\s+)?entschuldigen\s+uns)\s*,?\s+aber\s+(?<next>\p{L}+))(?=(?:\s+\p{L}+){0,4}?\s+` + DE_NEGATION + String.raw`(?![\p{L}]))`, 'u'),
        unless: /aber\s+(?:könnten|können|würden|kannst|könntest|würdest)\s+(?:Sie|du)(?![\p{L}])/u,
        rewrite: (ctx) => {
          const next = (ctx.groups.next ?? '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
          const you = ctx.register === 'informal' ? 'dir' : 'Ihnen';
          return [`das tut mir wirklich leid. ${next}`, `das tut mir leid, und ich möchte ehrlich zu ${you} sein: ${next}`];
        },
      },
      // Broad: "Es tut uns leid, aber das Roaming war in Ihrem Tarif nie enthalten", "Tut mir leid, jedoch ist die Kaution erst … fällig".
      {
        re: new RegExp(String.raw`(?<hit>(?:(?:(?:es|das)\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|echt\s+|wirklich\s+|total\s+)?leid(?:\s+f(?:ü|ue)r\s+(?:Sie|dich|euch))?|(?:ich\s+)?bedau(?:e)?re(?:\s+es)?|(?:wir\s+)?bedauern(?:\s+es)?|Entschuldigung|sorry|sry|Verzeihung|Pardon|(?:ich\s+)?entschuldige\s+mich|(?:wir\s+)?entschuldigen\s+uns)\s*,?\s+(?:aber|jedoch|allerdings|doch)\s+(?!` + DE_OWN_NEXT + String.raw`(?![\p{L}]))\p{L}+)(?=(?:\s+[^\s.!?]+){0,6}?\s+` + DE_JUSTIFY + String.raw`(?![\p{L}]))`, 'u'),
        unless: new RegExp(String.raw`(?:aber|jedoch|allerdings|doch)\s+(?:\p{L}+\s+){0,2}?` + DE_OWN_NEXT + String.raw`(?![\p{L}])|(?<![\p{L}])(?:ich|wir)\s+(?:versuche|versuchen|schicke|schicken|k(?:ü|ue)mmere|k(?:ü|ue)mmern|kl(?:ä|ae)re|kl(?:ä|ae)ren|pr(?:ü|ue)fe|pr(?:ü|ue)fen|melde|melden|habe|haben|erstatte|erstatten|biete|bieten|buche|buchen|tausche|tauschen)(?![\p{L}])|\?\s*$`, 'u'),
        rewrite: deRewriteBroad,
      },
    ]),
    message: '„Tut mir leid, aber …“ nimmt die Entschuldigung zurück',
    explanation:
      'Das „aber“ hebt die Entschuldigung auf, der Kunde hört nur die Absage. Entschuldigen Sie sich ganz, sagen Sie dann klar, was möglich ist und was Sie tun können.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I'm sorry, but could you send me your order number?",
      "I'm sorry that your parcel arrived damaged, and I have already sent a replacement.",
      "Sorry, but good news: the refund went through today.",
      "Sorry, but no worries, it's all sorted now.",
      "Sorry, but that link didn't work, I'll send you a new one.",
      "I'm sorry, but I don't understand which order you mean, could you send me the number?",
      "I'm sorry for the wait. We can't change the date, but I can offer express shipping.",
      "Sorry for the wait, but I've now refunded you in full.",
      "Sorry to hear that, but don't worry, I'll sort it out today.",
      "Sorry for the delay, but we can't wait to see you on board, and I've upgraded your seat.",
      "I'm sorry to hear you're unhappy with the delay, I've upgraded your shipping.",
    ],
    invalid: [
      { text: "I'm sorry to hear you're unhappy with our decision, [[however]] it stands.", rewrite: "I'm sorry to hear you're unhappy with our decision, and I want to be upfront with you: it stands." },
      { text: "[[soz but]] thats the rules", rewrite: "Sorry, and I want to be upfront with you: thats the rules" },
      { text: "[[Sorry, but]] that's simply how it works.", rewrite: "Sorry, and I want to be upfront with you: that's simply how it works." },
      { text: "I'm [[sorry, but]] we're unable to make exceptions.", rewrite: "I'm sorry, and I want to be upfront with you: we're unable to make exceptions." },
      { text: '[[Sorry, but]] you can not do that.', rewrite: 'Sorry, and I want to be upfront with you: you can not do that.' },
      { text: "I'm [[sorry but]] there is nothing I can do.", rewrite: "I'm sorry, and I want to be upfront with you: there is nothing I can do." },
      { text: 'We apologize, [[but]] this is not covered.', rewrite: 'We apologize, and I want to be upfront with you: this is not covered.' },
      { text: 'Sorry to hear that, [[but]] rules are rules.', rewrite: 'Sorry to hear that, and I want to be upfront with you: rules are rules.' },
      { text: 'Sorry for the inconvenience, [[however]] it is your responsibility.', rewrite: 'Sorry for the inconvenience, and I want to be upfront with you: it is your responsibility.' },
      { text: "I'm sorry you had to wait, [[but]] we're very busy.", rewrite: "I'm sorry you had to wait, and I want to be upfront with you: we're very busy." },
    ],
  },
  de: {
    valid: [
      'Tut mir leid, doch ich habe gute Nachrichten: Der Techniker kommt heute.',
      'Es tut mir leid, aber ich habe gute Nachrichten: Die Erstattung ist da.',
      'Tut mir leid, jedoch kann ich Ihnen eine Gutschrift anbieten.',
      'Entschuldigung, aber hätten Sie kurz die Bestellnummer für mich?',
      "Tut mir leid, aber es funktioniert jetzt wieder, ich habe den Server neu gestartet.",
      "Es tut mir leid, aber auch ich finde keinen Fehler in Ihrer Eingabe – schicken Sie mir bitte einen Screenshot?",
      "Entschuldigen Sie, aber darf ich kurz nachfragen, welche Kundennummer Sie haben?",
      'Sorry, aber ich brauche noch kurz Ihre Bestellnummer, dann geht es sofort weiter.',
      'Es tut mir leid, aber könnten Sie mir bitte die Bestellnummer schicken?',
      'Es tut mir leid, dass Ihre Bestellung zu spät kam.',
      'Tut mir leid für die Wartezeit, ich habe den Ersatz schon verschickt.',
      'Es tut mir leid, aber ich habe gute Nachrichten: die Erstattung ist gebucht.',
      'Tut mir leid, aber ich verstehe nicht ganz, welche Bestellung Sie meinen.',
      'Tut mir leid, aber das hat nicht geklappt, ich versuche es gleich nochmal.',
    ],
    invalid: [
      { text: '[[Es tut uns leid, aber die]] Kaution wird erst nach sechs Monaten fällig.', rewrite: 'Es tut uns wirklich leid. Die Kaution wird erst nach sechs Monaten fällig.' },
      { text: '[[Tut mir leid, allerdings gilt]] die Regel für alle Mieter.', rewrite: 'Tut mir leid, und ehrlich gesagt gilt die Regel für alle Mieter.' },
      { text: "[[Es tut uns leid, aber die]] Frist ist abgelaufen.", rewrite: "Es tut uns wirklich leid. Die Frist ist abgelaufen." },
      { text: "[[Tut mir echt leid, aber da]] kann ich nichts machen.", rewrite: "Tut mir echt wirklich leid. Da kann ich nichts machen." },
      { text: '[[Sorry, aber das]] ist nun mal unsere Regel.', rewrite: 'Das tut mir wirklich leid. Das ist nun mal unsere Regel.' },
      { text: '[[Es tut mir leid, aber das]] geht nicht.', rewrite: 'Es tut mir wirklich leid. Das geht nicht.' },
      { text: '[[Tut mir leid, aber wir]] können keine Ausnahme machen.', rewrite: 'Tut mir wirklich leid. Wir können keine Ausnahme machen.' },
      { text: '[[Entschuldigung, aber da]] kann ich nichts machen.', rewrite: 'Das tut mir wirklich leid. Da kann ich nichts machen.' },
      { text: '[[Tut mir leid, aber du]] bekommst dafür keine Erstattung.', rewrite: 'Tut mir wirklich leid. Du bekommst dafür keine Erstattung.' },
    ],
  },
};
