// "I promise you it will arrive", "Ich verspreche Ihnen, dass ...": promising an outcome the
// agent does not control. Promising one's own next step ("I promise I'll call you back") is
// follow-through, not an overpromise, and "as promised" / "wie versprochen" is keeping one.
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

export const promise: Rule = {
  id: 'promise',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'The agent promises an outcome outside their control',
  en: {
    patterns: [
      {
        // "I promise (you) (that) it/this/your refund ..."; not "I promise I'll call you back".
        re: /\b(?<subj>I|we)\s+(?<hit>(?:can\s+)?promise(?:\s+you(?=\s+(?:that|this|it|the|your|they|there)\b))?)(?![\p{L}])(?!\s+(?:you\s+)?(?:that\s+)?(?:I|we|to|nothing|anything)\b)(?=\s+\p{L})/u,
        unless: /\bhappen(?:s|ing)?\s+again\b/,
        rewrite: (ctx) => ['expect', ctx.groups.subj?.toLowerCase() === 'we' ? 'will do everything we can to make sure' : 'will do everything I can to make sure'],
      },
      {
        // "This will be fixed today, I promise." / "..., promise!"
        re: /,\s*(?<hit>(?:I\s+)?promise(?:\s+you)?)\s*[.!]*$/,
        rewrite: () => ['as far as I can tell', 'I will keep you posted'],
      },
    ],
    message: 'A promise you may not be able to keep',
    explanation:
      'A promise about something you do not control (a delivery, a refund decision, another team) turns into a broken promise if it fails. Say what you expect and what you will do yourself.',
    rewrite: () => ['expect'],
  },
  de: {
    patterns: foldDe([
      {
        // "Ich verspreche Ihnen, dass das Paket morgen ankommt"; not "..., dass ich mich morgen melde".
        re: /\b(?<subj>ich|wir)\s+(?<hit>versprechen?(?:\s+(?:Ihnen|dir|euch))?(?:\s+(?:persönlich|höchstpersönlich|hiermit|fest|ausdrücklich|hoch\s+und\s+heilig))?)\s*,?\s*dass\s+(?!ich\b|wir\b)/u,
        unless: /(?<![\p{L}])(?:nie(?:mals)?|nicht)\s+(?:mehr|wieder)(?![\p{L}])/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['gehen davon aus', 'tun alles dafür'] : ['gehe davon aus', 'tue alles dafür']),
      },
      {
        // "Ich verspreche Ihnen eine volle Erstattung", "wir versprechen dir einen kostenlosen Ersatz".
        re: /(?<![\p{L}])(?<hit>(?<subj>ich|wir)\s+versprechen?\s+(?:Ihnen|dir|euch))\s+(?=(?:eine?[nmr]?|die|den|das|Ihr\p{L}*|dein\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:Erstattung|Rückerstattung|Entschädigung|Gutschrift|Gutschein|Ersatz\p{L}*|Upgrade|Rabatt|Lösung|Reparatur|Austausch|Geld|Neugerät|Kulanz\p{L}*)(?![\p{L}]))/u,
        rewrite: (ctx) => {
          const we = ctx.groups.subj?.toLowerCase() === 'wir';
          const you = /dir/i.test(ctx.match) ? 'dich' : /euch/i.test(ctx.match) ? 'euch' : 'Sie';
          return we ? [`wir prüfen für ${you}`, `wir fragen für ${you} nach`] : [`ich prüfe für ${you}`, `ich frage für ${you} nach`];
        },
      },
      {
        // "Das verspreche ich Ihnen." after an outcome, "..., versprochen!"
        re: /(?:^|[,;]\s*)(?<hit>(?:das\s+)?versprech(?:e\s+ich|en\s+wir)(?:\s+(?:Ihnen|dir|euch))?|versprochen)\s*[.!]*$/u,
        unless: /\b(?:wie|was|wir\s+haben|ich\s+habe)\s+(?:\p{L}+\s+){0,3}versprochen/u,
        rewrite: (ctx) => (/wir/i.test(ctx.match) ? ['davon gehen wir aus', 'wir bleiben dran'] : ['davon gehe ich aus', 'ich bleibe dran']),
      },
      {
        // A free luxury upgrade promised on the spot: "Ich buche Sie kostenlos in die Business Class um", "wir geben dir gratis ein Upgrade auf die Suite"
        re: /(?<![\p{L}])(?:ich|wir)\s+(?:buche|buchen|stufe|stufen|gebe|geben|schenke|schenken|setze|setzen|lege|legen)\s+(?:Sie|dich|euch|Ihnen|dir)\s+(?:[\p{L}-]+\s+){0,3}?(?:kostenlos|gratis|umsonst|kostenfrei|ohne\s+Aufpreis)\s+(?:[\p{L}-]+\s+){0,4}?(?:Business(?:\s+Class)?|First(?:\s+Class)?|erste\s+Klasse|Suite|Upgrade\s+(?:in\s+die|auf\s+die|zur)\s+(?:Business(?:\s+Class)?|First(?:\s+Class)?|erste\s+Klasse|Suite))(?:\s+(?:um|hoch|auf))?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|sofern|prüfe|frage)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich frage für dich nach, ob ein Upgrade möglich ist' : 'ich frage für Sie nach, ob ein Upgrade möglich ist'],
      },
      // Leading "Versprochen, …" / "Ehrenwort: …"
      {
        re: /^(?<hit>versprochen|großes\s+Ehrenwort|Ehrenwort)(?=\s*[,:!–—-]\s*\S)/u,
        rewrite: () => ['ich tue alles dafür'],
      },
      // "Ich verspreche Ihnen, das ist morgen erledigt" (no "dass").
      {
        re: /(?<![\p{L}])(?<subj>ich|wir)\s+(?<hit>versprechen?\s+(?:Ihnen|dir|euch))\s*[,:]\s+(?=(?:das|es|der|die|Ihr\p{L}*|dein\p{L}*|Sie|du|morgen|heute|bis)\s)/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['gehen davon aus'] : ['gehe davon aus']),
      },
    ]),
    message: 'Ein Versprechen, das Sie vielleicht nicht halten können',
    explanation:
      'Wer etwas verspricht, das er nicht selbst in der Hand hat (Lieferung, Erstattung, eine andere Abteilung), riskiert ein gebrochenes Versprechen. Sagen Sie, was Sie erwarten und was Sie selbst tun.',
    rewrite: () => ['gehe davon aus'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I can't promise anything yet, but I will check with the warehouse today.",
      "We can't make any promises, but check out this page for monthly updates.",
      'As promised, I have sent the replacement today.',
      "I promise I'll call you back tomorrow morning.",
      'Your promised refund has been processed.',
      'I promise to keep you updated.',
      "I promise you I'll sort this out myself.",
    ],
    invalid: [
      { text: 'I [[promise]] your parcel will arrive tomorrow.', rewrite: 'I expect your parcel will arrive tomorrow.' },
      { text: 'I [[promise you]] that this will be fixed today.', rewrite: 'I expect that this will be fixed today.' },
      { text: 'We [[promise]] the refund will reach you by Friday.', rewrite: 'We expect the refund will reach you by Friday.' },
      { text: 'It will be fixed by tonight, [[I promise]].', rewrite: 'It will be fixed by tonight, as far as I can tell.' },
      { text: 'i [[promise]] your order ships today', rewrite: 'i expect your order ships today' },
    ],
  },
  de: {
    valid: [
      'Ich verspreche nichts, aber ich frage nach.',
      'Wie versprochen, hier ist der Link zur Rechnung.',
      'Ich verspreche Ihnen eine Rückmeldung bis morgen Mittag.',
      'Wie versprochen habe ich Ihnen den Ersatz heute geschickt.',
      'Ich verspreche Ihnen, dass ich mich morgen bis 12 Uhr melde.',
      'Versprechen kann ich Ihnen noch nichts, aber ich frage im Lager nach.',
      'Die versprochene Gutschrift ist heute gebucht worden.',
      'Ich habe es Ihnen versprochen.',
      'Ich prüfe gern, ob wir Sie kostenlos in die Business Class umbuchen können.',
      'Ich habe Sie kostenlos auf den Flug um 19:40 Uhr umgebucht.',
      'Wir geben dir kostenlos einen Monat Premium als Entschuldigung.',
    ],
    invalid: [
      { text: 'Ich [[verspreche dir]]: Morgen ist das Paket da.', rewrite: 'Ich gehe davon aus: Morgen ist das Paket da.' },
      { text: '[[Ehrenwort]]: Morgen ist das Paket bei dir.', rewrite: 'Ich tue alles dafür: Morgen ist das Paket bei dir.' },
      { text: 'Ich [[verspreche Ihnen]], dass das Paket morgen ankommt.', rewrite: 'Ich gehe davon aus, dass das Paket morgen ankommt.' },
      { text: 'Wir [[versprechen]], dass Sie Ihr Geld bis Freitag zurückbekommen.', rewrite: 'Wir gehen davon aus, dass Sie Ihr Geld bis Freitag zurückbekommen.' },
      { text: 'Keine Sorge, [[ich verspreche dir]] einen kostenlosen Ersatz.', rewrite: 'Keine Sorge, ich prüfe für dich einen kostenlosen Ersatz.' },
      { text: 'Ich [[verspreche dir]], dass das morgen repariert ist.', rewrite: 'Ich gehe davon aus, dass das morgen repariert ist.' },
      { text: 'Morgen ist alles wieder in Ordnung, [[versprochen]]!', rewrite: 'Morgen ist alles wieder in Ordnung, davon gehe ich aus!' },
      { text: 'Klar, [[wir geben dir gratis ein Upgrade auf die Suite]].', rewrite: 'Klar, ich frage für dich nach, ob ein Upgrade möglich ist.' },
      { text: '[[Ich buche Sie ohne Aufpreis in die Suite um]], kein Problem.', rewrite: 'Ich frage für Sie nach, ob ein Upgrade möglich ist, kein Problem.' },
    ],
  },
};
