// "I guarantee", "Ich garantiere Ihnen": a guarantee the agent may not be able to keep.
// The product warranty ("under warranty", "Ihr Gerät hat noch Garantie") is not a promise.
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

export const guarantee: Rule = {
  id: 'guarantee',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'The agent personally guarantees an outcome',
  en: {
    patterns: [
      // "I guarantee (you) (that)", "we can guarantee", "I can personally guarantee"; "I can't guarantee"
      // does not match because the subject must stand right before (can) guarantee.
      {
        re: /\b(?<subj>I|we)(?:['’]?ll\s+|\s+)(?<hit>(?:can\s+|will\s+)?(?:personally\s+|absolutely\s+|100\s?%\s+)?(?:guarantee|garantee|guarentee|gaurantee)(?:\s+you(?=\s+(?:that|this|it|the|your|we|I|they|there)\b))?)(?![\p{L}])(?=\s+(?:that|it|this|your|the|you|we|I|they|he|she|there|everything|nothing)\b)(?!\s+you\s+(?:a|an|the|full|free|your|our)\b)/u,
        // "We guarantee all our products for 2 years" is the warranty, not a promise about this case.
        unless: /\bguarantee\s+(?:you\s+)?(?:the|this|that|your)\s+(?:price|rate|fare|discount|offer|seat|room|booking|slot|table)\s+(?:for\s+you\s+)?(?:until|till|for\s+(?:\d+|the\s+next))\b|\bhappen(?:s|ing)?\s+again\b|\bfor\s+(?:\d+|one|two|three|five|ten|a)\s+(?:full\s+)?(?:years?|months?|days?)\b|\bagainst\s+(?:defects|faults)\b|\bmoney[-\s]back\b|\bwarranty\b/,
        rewrite: (ctx) => {
          const we = ctx.groups.subj?.toLowerCase() === 'we';
          // "I'll personally guarantee ..." keeps its "'ll": "I'll do everything I can to make sure ...".
          if (/['’]ll\s+$/u.test(ctx.before)) return [we ? 'do everything we can to make sure' : 'do everything I can to make sure'];
          return ['expect', we ? 'will do everything we can to make sure' : 'will do everything I can to make sure'];
        },
      },
      // "it's guaranteed to arrive", "your refund is guaranteed to ...", "guaranteed by Friday"
      {
        re: /\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is|(?:it|this|that|they)\s+(?:will|['’]ll)\s+be|(?:is|are)|will\s+be)\s+(?<hit>guaranteed)\s+(?=to\s+\w|by\s+\w|tomorrow|today)/,
        unless: /\b(?:not|never|isn['’]?t|aren['’]?t|can['’]?t|cannot)\s+(?:\w+\s+){0,2}guaranteed\b/,
        rewrite: () => ['expected', 'likely'],
      },
      // "I'll make sure your bag is on the next flight, guaranteed." / "..., that's guaranteed!"
      {
        re: /,\s*(?<hit>guaranteed|(?:that['’]?s|it['’]?s|that\s+is)\s+(?:a\s+)?guaranteed?)\s*[.!]*$/,
        unless: /\b(?:money[-\s]back|warranty|satisfaction|not\s+guaranteed)\b/,
        rewrite: () => ['if all goes to plan', 'as far as I can tell'],
      },
      // "I'll get you upgraded to business class for free, no problem": a free upgrade promised on the spot.
      {
        re: /\b(?:I|we)(?:['’]?ll|\s+will)\s+(?:personally\s+|definitely\s+)?(?:get\s+(?:you|u)\s+upgraded|upgrade\s+(?:you|u)|get\s+(?:you|u)\s+(?:a\s+)?(?:free\s+)?upgrade)\b(?=[^.!?]{0,80}\b(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:extra\s+)?(?:cost|charge)|no\s+charge)\b)(?=[^.!?]{0,100}\b(?:no\s+problem|for\s+sure|easy|easily|guaranteed|(?:business|first|premium)\s+class|premium\s+economy|suite)\b)[^.!?]*/,
        unless: /\b(?:if|whether|check|ask|try|see\s+if)\b|\?/,
        rewrite: (ctx) => [/^we/i.test(ctx.match) ? "we'll check whether a free upgrade is possible" : "I'll check whether a free upgrade is possible"],
      },
    ],
    message: 'A guarantee you may not be able to keep',
    explanation:
      'If the guarantee fails, the customer comes back angrier and trusts you less. Say what you expect and what you will do; check with your lead before promising an outcome.',
    rewrite: () => ['expect'],
  },
  de: {
    patterns: foldDe([
      // "Ich garantiere Ihnen(, dass ...)", "wir garantieren"; "ich garantiere nicht" does not match.
      {
        re: /\b(?<subj>ich|wir)\s+(?<hit>garantier(?:e|en)?(?:\s+(?:Ihnen|dir|euch))?(?:\s+(?:persönlich|höchstpersönlich|hiermit|fest|ausdrücklich|absolut|hoch\s+und\s+heilig))?)(?=\s*,?\s*dass(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)\s+(?:passieren|vorkommen)|(?<![\p{L}])(?:Jahre|Jahren|Monate|Monaten|Garantie|Gewährleistung|Haltbarkeit)(?![\p{L}])/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['gehen davon aus', 'tun alles dafür'] : ['gehe davon aus', 'tue alles dafür']),
      },
      // "Ich kann Ihnen garantieren, dass ..."
      {
        re: /\b(?<subj>ich|wir)\s+(?<hit>(?:kann|können|darf|dürfen|möchte|möchten|will|wollen)\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:(?:auch|absolut|persönlich|fest|schon\s+jetzt|jetzt\s+schon|ruhig|hiermit)\s+){0,2}(?:garantieren|versprechen|zusichern|fest\s+zusagen))(?=\s*,?\s*dass\s+(?!ich(?![\p{L}])|wir(?![\p{L}])))/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['gehen davon aus', 'tun alles dafür'] : ['gehe davon aus', 'tue alles dafür']),
      },
      // "Das kann ich Ihnen garantieren", "Das garantiere ich Ihnen"
      {
        re: /\b(?<hit>das\s+(?:(?:kann|können)\s+(?<subj>ich|wir)\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:auch\s+)?garantieren|garantiere\s+ich(?:\s+(?:Ihnen|dir|euch))?|garantieren\s+wir(?:\s+(?:Ihnen|dir|euch))?))(?![\p{L}])/u,
        rewrite: (ctx) => (/wir/i.test(ctx.match) ? ['davon gehen wir aus', 'dafür tun wir alles'] : ['davon gehe ich aus', 'dafür tue ich alles']),
      },
      // Adverb: "Das Paket kommt garantiert morgen an", "Das wird garantiert klappen".
      {
        re: /(?<![\p{L}])(?<!nicht\s)(?<hit>garantiert)\s+(?=(?:\p{L}+\s+){0,4}?(?:morgen|heute|übermorgen|bis|am|rechtzeitig|pünktlich|an|da|zurück|klappen|funktionieren|ankommen|erledigt|gelöst|behoben|erstattet)(?![\p{L}]))/u,
        rewrite: () => ['voraussichtlich', 'nach meiner Einschätzung'],
      },
      {
        // A certainty tag at the end: "…, garantiert.", "…, mein Ehrenwort.", "…, Hand drauf!"
        re: /(?:^|[,;–—-]\s*)(?<hit>garantiert|ganz\s+sicher|ganz\s+bestimmt|hundertprozentig|(?:mein\s+|großes\s+)?Ehrenwort|Hand\s+drauf|darauf\s+(?:können\s+Sie\s+sich|kannst\s+du\s+dich)\s+verlassen)\s*[.!]*$/u,
        // A promise about one's own next step is a commitment, not an overpromise: "Ich melde mich morgen, ganz sicher."
        unless: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:melde|melden|rufe|rufen|schreibe|schreiben|schicke|schicken|kümmere|kümmern|prüfe|prüfen|schaue|schauen|frage|fragen)|(?:melde|rufe|schreibe|schicke|kümmere|prüfe|schaue|frage)\s+ich)(?![\p{L}])/u,
        rewrite: () => ['davon gehe ich aus', 'so ist der Plan'],
      },
      // "Da können Sie sich drauf verlassen."
      {
        re: /^(?<hit>(?:da|darauf|drauf)\s+(?:können\s+Sie\s+sich|kannst\s+du\s+dich|könnt\s+ihr\s+euch)\s+(?:(?:drauf|darauf|hundertprozentig|voll|fest)\s+)?verlassen)(?=\s*[.!]*\s*$)/u,
        rewrite: () => ['so ist der Plan'],
      },
      // Broad (round 4), formal: "Wir sichern Ihnen zu, dass der Bescheid noch diesen Monat ergeht".
      {
        re: /(?<![\p{L}])(?<subj>ich|wir)\s+(?<hit>(?:sichere|sichern)\s+(?:Ihnen|dir|euch)\s+(?:(?:hiermit|verbindlich|fest|ausdrücklich)\s+){0,2}zu)(?=\s*,?\s*dass\s+(?!ich(?![\p{L}])|wir(?![\p{L}])))/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['gehen davon aus', 'tun alles dafür'] : ['gehe davon aus', 'tue alles dafür']),
      },
    ]),
    message: 'Eine Garantie, die Sie vielleicht nicht halten können',
    explanation:
      'Platzt die Garantie, kommt der Kunde verärgerter zurück und vertraut Ihnen weniger. Sagen Sie, was Sie erwarten und was Sie tun; fragen Sie im Zweifel Ihre Teamleitung, bevor Sie ein Ergebnis zusagen.',
    rewrite: () => ['gehe davon aus'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I can't guarantee a date yet, but I will check with the warehouse.",
      'Your laptop is still under warranty, so the repair is free.',
      'The guarantee period for this model is two years.',
      'We cannot guarantee delivery before the holidays.',
      'We guarantee you a reply within 24 hours.',
      'Our money-back guarantee covers this purchase.',
      'We guarantee all our products for 2 years against defects.',
      'It is not guaranteed to arrive by Friday, but I have asked for express shipping.',
      'Every product comes with a two-year warranty, guaranteed.',
      "I'll check if I can get you upgraded for free.",
      "I'll guarantee the price for you until Friday, it's held in the system.",
    ],
    invalid: [
      { text: "I [[garantee]] it will arrive tomorrow.", rewrite: "I expect it will arrive tomorrow." },
      { text: "I'll [[personally guarantee]] it arrives tomorrow.", rewrite: "I'll do everything I can to make sure it arrives tomorrow." },
      { text: 'The replacement arrives before the weekend, [[guaranteed]]!', rewrite: 'The replacement arrives before the weekend, if all goes to plan!' },
      { text: "Don't worry, [[I'll upgrade you to first class at no extra cost]].", rewrite: "Don't worry, I'll check whether a free upgrade is possible." },
      { text: 'I [[guarantee]] it will arrive tomorrow.', rewrite: 'I expect it will arrive tomorrow.' },
      { text: 'I [[guarantee you]] this will work.', rewrite: 'I expect this will work.' },
      { text: 'We [[can guarantee]] that your refund will be processed today.', rewrite: 'We expect that your refund will be processed today.' },
      { text: "Don't worry, it's [[guaranteed]] to arrive by Friday.", rewrite: "Don't worry, it's expected to arrive by Friday." },
      { text: 'i [[guarantee]] you will love the new version', rewrite: 'i expect you will love the new version' },
    ],
  },
  de: {
    valid: [
      'Wir sichern Ihnen zu, dass wir uns bis Freitag melden.',
      'Ich kann Ihnen versprechen, dass ich mich morgen melde.',
      'Ich kann Ihnen nicht versprechen, dass der Kurs stattfindet.',
      'Sie können sich auf mich verlassen, ich melde mich morgen um 9.',
      'Ihr Gerät hat noch Garantie, die Reparatur ist also kostenlos.',
      'Die Garantiezeit beträgt zwei Jahre.',
      'Einen genauen Termin kann ich Ihnen leider noch nicht garantieren, aber ich frage im Lager nach.',
      'Das ist ein Garantiefall, ich schicke Ihnen den Rücksendeschein.',
      'Die gesetzliche Gewährleistung ist garantiert.',
      'Ich garantiere Ihnen nicht, dass es morgen klappt, aber ich versuche es.',
      'Wir garantieren eine Haltbarkeit von 2 Jahren.',
      'Das kann ich Ihnen leider nicht garantieren, ich frage aber gern nach.',
      'Garantiert ist nur die gesetzliche Gewährleistung.',
      'Ist das garantiert?',
      'Ihr Gerät hat noch Garantie, die Reparatur ist also kostenlos.',
      'Ich melde mich morgen früh bei dir, ganz sicher.',
    ],
    invalid: [
      { text: 'Wir [[sichern Ihnen zu]], dass der Bescheid noch diesen Monat ergeht.', rewrite: 'Wir gehen davon aus, dass der Bescheid noch diesen Monat ergeht.' },
      { text: 'Ich [[garantiere dir persönlich]], dass der Kurs stattfindet.', rewrite: 'Ich gehe davon aus, dass der Kurs stattfindet.' },
      { text: 'Wir [[können Ihnen versprechen]], dass der Antrag durchgeht.', rewrite: 'Wir gehen davon aus, dass der Antrag durchgeht.' },
      { text: '[[Da kannst du dich drauf verlassen]].', rewrite: 'So ist der Plan.' },
      { text: 'Ich [[garantiere Ihnen]], dass das Paket morgen ankommt.', rewrite: 'Ich gehe davon aus, dass das Paket morgen ankommt.' },
      { text: 'Wir [[garantieren]], dass das Problem heute gelöst wird.', rewrite: 'Wir gehen davon aus, dass das Problem heute gelöst wird.' },
      { text: 'Das Paket kommt [[garantiert]] morgen an.', rewrite: 'Das Paket kommt voraussichtlich morgen an.' },
      { text: 'Ich [[garantiere dir]], dass das klappt.', rewrite: 'Ich gehe davon aus, dass das klappt.' },
      { text: 'Damit ist [[garantiert]] jede einzelne Störung behoben.', rewrite: 'Damit ist voraussichtlich jede einzelne Störung behoben.' },
      { text: 'Sie bekommen Ihr Geld [[garantiert]] zurück.', rewrite: 'Sie bekommen Ihr Geld voraussichtlich zurück.' },
      { text: '[[Das kann ich Ihnen garantieren]].', rewrite: 'Davon gehe ich aus.' },
      { text: 'Ich [[kann Ihnen garantieren]], dass die Erstattung heute kommt.', rewrite: 'Ich gehe davon aus, dass die Erstattung heute kommt.' },
      { text: 'Das Geld ist bis Freitag auf deinem Konto, [[Ehrenwort]]!', rewrite: 'Das Geld ist bis Freitag auf deinem Konto, davon gehe ich aus!' },
      { text: 'Der Techniker kommt morgen früh, [[ganz sicher]].', rewrite: 'Der Techniker kommt morgen früh, davon gehe ich aus.' },
    ],
  },
};
