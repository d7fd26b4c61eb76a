// "We apologize for any inconvenience (this may have caused)", "für etwaige Unannehmlichkeiten":
// the stock apology of form letters. It apologises for a hypothetical, not for what happened.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

/** The relative clause in the rewrite needs a closing comma when the sentence goes on ("…, bitten wir …"). */
const closeClause = (ctx: MatchContext, text: string) => {
  const rest = ctx.after;
  return /^\s+\p{L}/u.test(rest) ? `${text},` : text;
};

const deRewrite = (ctx: MatchContext) =>
  (ctx.register === 'informal'
    ? ['für den Ärger, den dir das bereitet hat', 'für den Aufwand, den du damit hattest']
    : ['für den Ärger, den Ihnen das bereitet hat', 'für den Aufwand, den Sie damit hatten']
  ).map((text) => closeClause(ctx, text));

export const anyInconvenience: Rule = {
  id: 'any-inconvenience',
  category: 'robotic',
  guidance: 'not-a-robot',
  description: 'The form-letter apology "for any inconvenience"',
  en: {
    patterns: [
      // "Any inconvenience caused is regretted": the passive apology nobody makes.
      {
        re: /\b(?:any|the)\s+(?:inconvenience|disruption|distress)\s+(?:(?:this|that)\s+)?(?:caused\s+|(?:this|that)\s+(?:has|may\s+have)\s+caused\s+)?(?:is|was|will\s+be)\s+(?:(?:deeply|sincerely|much|greatly|very\s+much)\s+)?regretted\b/,
        rewrite: () => ["I'm sorry for the trouble this has caused", "I'm sorry about this"],
      },
      {
        // "We apologise for the inconvenience." as the whole sentence (not a credit "for the inconvenience").
        re: /\b(?:we|I)\s+(?:(?:do|sincerely|truly|deeply|again)\s+)?(?:apologi[sz]e|(?:are|am|['’]re|['’]m)\s+(?:very\s+|so\s+|truly\s+|really\s+)?sorry)\s+(?<hit>for\s+the\s+inconvenience(?:\s+(?:caused|this\s+(?:has\s+)?caused(?:\s+you)?))?)(?=\s*[.!]*\s*$)/,
        rewrite: () => ['for the hassle this has caused you', 'for the trouble with this'],
      },
      {
        re: /\b(?:for|about|regret)\s+any\s+(?:inconv[ei]ni[ea]nces?|inconvenince|disruption|distress|upset)(?:\s+(?:this|that|it)\s+(?:may|might|could)\s+(?:have\s+)?(?:caused|cause|be\s+causing|been\s+causing)(?:\s+you)?|\s+(?:caused|incurred)(?:\s+to\s+you)?)?(?![\p{L}])/u,
        rewrite: (ctx) => (/^regret/i.test(ctx.match) ? ['are sorry for the hassle this has caused you'] : ['for the hassle this has caused you']),
      },
      {
        re: /\bfor\s+the\s+inconvenience\s+(?:this|that|it)\s+(?:may|might|could)\s+(?:have\s+)?(?:caused|cause|be\s+causing|been\s+causing)(?:\s+you)?\b/,
      },
      {
        // "Please accept our apologies for the inconvenience caused."
        re: /\bfor\s+the\s+inconvenience\s+(?:caused|incurred)(?:\s+to\s+you)?\b/,
      },
    ],
    message: 'Form-letter apology',
    explanation:
      '"Any inconvenience" sounds automated and apologises for a maybe, not for what actually happened. Name the problem and apologise for it.',
    rewrite: () => ['for the hassle this has caused you', 'for the trouble with this'],
  },
  de: {
    patterns: foldDe([
      {
        // "für etwaige/eventuelle/eventuell entstandene Unannehmlichkeiten", "die entstandenen Unannehmlichkeiten"
        re: /(?<![\p{L}])(?:für\s+)?(?:(?:die\s+)?(?:etwaige|etwaigen|eventuelle|eventuellen|eventuell\s+entstandene|eventuell\s+entstandenen|möglicherweise\s+entstandene|möglicherweise\s+entstandenen|entstandene|entstandenen|jegliche|alle)\s+)Unannehmlichkeiten(?![\p{L}])/u,
        rewrite: (ctx) => {
          const withFor = /^für\s/i.test(ctx.match);
          const r = deRewrite(ctx);
          return withFor ? r : r.map((x) => x.replace(/^für\s+/, ''));
        },
      },
      {
        // "für die entstandenen Umstände", "etwaige Umstände" ("Entschuldigen Sie die Umstände" after naming the bug stays clean)
        re: /(?<![\p{L}])(?:für\s+)?(?:die\s+)?(?:etwaige|etwaigen|eventuelle|eventuellen|eventuell\s+entstandene|eventuell\s+entstandenen|entstandene|entstandenen|jegliche)\s+Umstände(?![\p{L}])/u,
        rewrite: (ctx) => {
          const withFor = /^für\s/i.test(ctx.match);
          const r = deRewrite(ctx);
          return withFor ? r : r.map((x) => x.replace(/^für\s+/, ''));
        },
      },
      {
        // "Bitte entschuldigen Sie die Unannehmlichkeiten" / "Wir entschuldigen uns für die Unannehmlichkeiten"
        re: /(?<![\p{L}])(?:entschuldigen\s+(?:Sie|Sie\s+bitte|uns\s+(?:(?:vielmals|sehr|hiermit|ausdrücklich)\s+)?für|wir\s+uns\s+(?:(?:vielmals|sehr|hiermit|ausdrücklich)\s+)?für)|Entschuldigung\s+für)\s+(?<hit>die\s+Unannehmlichkeiten)(?![\p{L}])/u,
        rewrite: (ctx) => deRewrite(ctx).map((x) => x.replace(/^für\s+/, '')),
      },
      {
        // Other hedged nouns: "für etwaige Beeinträchtigungen", "für eventuelle Verzögerungen"
        re: /(?<![\p{L}])(?:für\s+)?(?:die\s+)?(?:etwaige|etwaigen|eventuelle|eventuellen|eventuell\s+entstandene|eventuell\s+entstandenen|möglicherweise\s+entstandene|möglicherweise\s+entstandenen|jegliche)\s+(?:Beeintr(?:ä|ae)chtigungen|St(?:ö|oe)rungen|Verz(?:ö|oe)gerungen|Unannehmlichkeit|Irritationen|Nachteile|Ausf(?:ä|ae)lle|Unklarheiten|Wartezeiten)(?![\p{L}])(?:\s+(?:Ihres|Ihrer|deines|deiner)\s+[\p{L}-]+)?/u,
        rewrite: (ctx) => {
          const withFor = /^für\s/i.test(ctx.match);
          const r = deRewrite(ctx);
          return withFor ? r : r.map((x) => x.replace(/^für\s+/, ''));
        },
      },
      {
        // "bitten wir höflichst um Entschuldigung"
        re: /(?<![\p{L}])(?:wir\s+bitten|bitten\s+wir|ich\s+bitte|bitte\s+ich)\s+(?:Sie\s+|dich\s+)?(?:hiermit\s+)?h(?:ö|oe)flichst\s+um\s+(?:Entschuldigung|Verzeihung|Nachsicht)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'tut mir das wirklich leid' : 'tut es uns wirklich leid'],
      },
      {
        // "Wir bedauern die Unannehmlichkeiten"
        re: /(?<![\p{L}])(?:wir\s+bedauern|ich\s+bedaure|bedauern\s+wir)\s+(?<hit>die\s+(?:entstandenen\s+)?(?:Unannehmlichkeiten|Umstände)(?:\s*,\s*die\s+(?:Ihnen|dir|euch)\s+(?:dadurch\s+|hierdurch\s+)?entstanden\s+sind)?)(?![\p{L}])/u,
        rewrite: (ctx) => deRewrite(ctx).map((x) => x.replace(/^für\s+/, '')),
      },
      {
        // "…, bitten wir dies zu entschuldigen", "Wir bitten, dies zu entschuldigen."
        re: /(?<![\p{L}])(?<hit>(?:bitten\s+wir|wir\s+bitten)(?:\s+Sie)?\s*,?\s*(?:dies|das|diese|dieses)\s+(?:vielmals\s+|höflichst\s+)?zu\s+entschuldigen)(?![\p{L}])/u,
        rewrite: (ctx) => [/^wir/iu.test(ctx.match) ? 'es tut uns leid' : 'tut es uns leid'],
      },
    ]),
    message: 'Floskel aus dem Serienbrief',
    explanation:
      '„Etwaige Unannehmlichkeiten“ klingt automatisch und entschuldigt sich für ein Vielleicht statt für das, was passiert ist. Benennen Sie das Problem und entschuldigen Sie sich dafür.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I've added a £20 credit to your account for the inconvenience.",
      'We regretted the decision and reversed it, so the inconvenience is over.',
      "I'm sorry your parcel arrived late and that you had to chase us.",
      'Let me know if you run into any trouble with the new password.',
      'This change should not cause any inconvenience for existing users.',
      'Sorry for the delay with your refund.',
      'Apologies for any trouble or frustration, Bob.',
    ],
    invalid: [
      { text: "Again, we apologise [[for the inconvenience]].", rewrite: "Again, we apologise for the hassle this has caused you." },
      { text: "We [[regret any distress this may have caused]].", rewrite: "We are sorry for the hassle this has caused you." },
      { text: "[[Any inconvenience caused is regretted]].", rewrite: "I'm sorry for the trouble this has caused." },
      { text: "We sincerely apologise [[for any distress caused]].", rewrite: "We sincerely apologise for the hassle this has caused you." },
      { text: "Please accept our apologies [[for the inconvenience caused]].", rewrite: "Please accept our apologies for the hassle this has caused you." },
      { text: "We apologise [[for any inconvinience]].", rewrite: "We apologise for the hassle this has caused you." },
      { text: 'We apologize [[for any inconvenience]].', rewrite: 'We apologize for the hassle this has caused you.' },
      { text: 'I do apologize [[for any inconvenience this might be causing you]].', rewrite: 'I do apologize for the hassle this has caused you.' },
      { text: 'Sorry [[for any inconvenience caused]]!', rewrite: 'Sorry for the hassle this has caused you!' },
      { text: 'We are sorry [[for the inconvenience this may have caused]].', rewrite: 'We are sorry for the hassle this has caused you.' },
    ],
  },
  de: {
    valid: [
      "Entschuldigen Sie die Umstände mit dem Update!",
      "Unter diesen Umständen verstehe ich Ihren Ärger.",
      'Es tut mir leid, dass Ihr Paket zu spät kam.',
      'Die Umstellung bringt für Sie keine Unannehmlichkeiten mit sich.',
      'Entschuldigen Sie bitte die lange Wartezeit.',
      'Ich weiß, dass das für Sie sehr ärgerlich war.',
      'Es tut mir leid, dass es bei Ihrem Paket zu Verzögerungen kam.',
      'Der Kurier hat gerade mit Verzögerungen zu kämpfen, Ihr Paket kommt am Freitag.',
      'Ich bitte vielmals um Entschuldigung, das war mein Fehler.',
      'Wir bitten Sie, dies bis Freitag zu erledigen, dann klappt die Erstattung.',
    ],
    invalid: [
      { text: 'Wir entschuldigen uns vielmals für [[die Unannehmlichkeiten]].', rewrite: 'Wir entschuldigen uns vielmals für den Ärger, den Ihnen das bereitet hat.' },
      { text: 'Wir bedauern [[die Umstände, die Ihnen dadurch entstanden sind]].', rewrite: 'Wir bedauern den Ärger, den Ihnen das bereitet hat.' },
      { text: "Wir entschuldigen uns [[für die entstandenen Umstände]].", rewrite: "Wir entschuldigen uns für den Ärger, den Ihnen das bereitet hat." },
      { text: 'Wir entschuldigen uns [[für etwaige Unannehmlichkeiten]].', rewrite: 'Wir entschuldigen uns für den Ärger, den Ihnen das bereitet hat.' },
      { text: 'Bitte entschuldigen Sie [[die entstandenen Unannehmlichkeiten]].', rewrite: 'Bitte entschuldigen Sie den Ärger, den Ihnen das bereitet hat.' },
      { text: 'Sorry [[für eventuelle Unannehmlichkeiten]], du bekommst den Ersatz morgen.', rewrite: 'Sorry für den Ärger, den dir das bereitet hat, du bekommst den Ersatz morgen.' },
      { text: '[[Für die entstandenen Unannehmlichkeiten]] bitten wir um Entschuldigung.', rewrite: 'Für den Ärger, den Ihnen das bereitet hat, bitten wir um Entschuldigung.' },
      { text: 'Wir entschuldigen uns [[für eventuelle Verzögerungen]].', rewrite: 'Wir entschuldigen uns für den Ärger, den Ihnen das bereitet hat.' },
      { text: 'Für die Ausfälle [[bitten wir höflichst um Entschuldigung]].', rewrite: 'Für die Ausfälle tut es uns wirklich leid.' },
      { text: 'Wir bedauern [[die Unannehmlichkeiten]].', rewrite: 'Wir bedauern den Ärger, den Ihnen das bereitet hat.' },
      { text: 'Es gab eine Störung im Netz, [[wir bitten dies zu entschuldigen]].', rewrite: 'Es gab eine Störung im Netz, es tut uns leid.' },
      { text: 'Falls es zu Verzögerungen kam, [[bitten wir dies zu entschuldigen]].', rewrite: 'Falls es zu Verzögerungen kam, tut es uns leid.' },
    ],
  },
};
