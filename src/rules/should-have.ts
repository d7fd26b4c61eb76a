// Telling the customer what they should have done: "you should have read the instructions",
// "if you had read the FAQ", "Sie hätten die Anleitung lesen sollen", "du hättest ... müssen".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enHelp = () => ['let me help you with this', "here's how we can fix it"];
const deHelp = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich dir dabei helfen', 'ich zeige dir, wie wir das lösen']
    : ['lassen Sie mich Ihnen dabei helfen', 'ich zeige Ihnen, wie wir das lösen'];

/** Things a customer is told they failed to do (not "you should have received an email"). */
const EN_DONE = String.raw`(?:read|checked|looked|called|contacted|asked|waited|followed|used|known|updated|backed\s+up|saved|kept|paid\s+attention|thought|listened|told\s+us|informed\s+us|let\s+us\s+know|reported|chosen|selected|done|made\s+sure|double-checked|tried|taken|filled\s+(?:in|out)|entered|bought|ordered|registered|cancell?ed|returned|sent|been\s+more\s+\w+|been\s+(?:careful|patient))`;
const DE_DONE = String.raw`(?:gelesen|eingegeben|angegeben|eingetragen|gewählt|ausgewählt|bezahlt|überwiesen|bestätigt|aktiviert|geantwortet|verlängert|beachtet|befolgt|geschaut|nachgeschaut|nachgesehen|aufgepasst|gewartet|gefragt|angerufen|gespeichert|gesichert|aktualisiert|zugehört|kontrolliert|geprüft|überprüft|gemeldet|ausgefüllt|gekündigt|informiert)`;

/** German only: also "Bescheid gesagt" ("Hättest du halt früher Bescheid gesagt"). */
const DE_DONE_ANY = String.raw`(?:${DE_DONE}|Bescheid\s+gesagt|Bescheid\s+gegeben|geschrieben)`;

export const shouldHave: Rule = {
  id: 'should-have',
  category: 'lecturing',
  guidance: 'no-lectures',
  description: 'Telling the customer what they should have done',
  en: {
    patterns: [
      // "If you had bothered to check your emails …", "had you even bothered to read it": any verb after "bothered to".
      {
        re: /\b(?:if\s+(?:you|u)\s*(?:had|['’]?d)|had\s+(?:you|u))\s+(?:(?:even|only|just|actually)\s+)?bothered\s+to\s+[a-z]+\b[^.!?]*/,
        rewrite: enHelp,
      },
      // "You should have read the instructions" — the whole clause.
      {
        re: new RegExp(String.raw`\b(?:you|u)\s+(?:really\s+|simply\s+|just\s+)?(?:should|ought\s+to|shouldn['’]?t|should\s+not)\s*(?:have|['’]?ve|of)\s+(?:(?:just|simply|really|first|already|actually|properly)\s+)?${EN_DONE}\b(?![\s-]*(?:access|permissions?|rights|only)\b)[^.!?,;]*`),
        rewrite: enHelp,
      },
      // "If you had read the FAQ, ..." — the whole sentence is the reproach.
      {
        re: new RegExp(String.raw`\bif\s+(?:you|u)\s*(?:had|['’]?d|would\s+have|would['’]?ve)\s+(?:(?:only|just|simply|actually|bothered\s+to|first|properly)\s+)?(?:read|checked|looked|followed|listened|paid\s+attention|paid(?:\s+(?:on\s+time|the\s+(?:bill|invoice)))?|renewed|activated|confirmed|replied|responded|registered|waited|called|contacted|asked|updated|backed\s+up|saved|done\s+(?:that|this|what)|used)\b[^.!?]*`),
        rewrite: enHelp,
      },
      // "Maybe if you'd charged the battery it would work": the same reproach with the consequence spelled out.
      {
        re: new RegExp(String.raw`\bif\s+(?:you|u)\s*(?:had|['’]?d|would\s+have|would['’]?ve)\s+(?:(?:only|just|simply|actually|bothered\s+to|first|properly)\s+)?(?:charged|installed|restarted|plugged|switched|turned|booked|ordered|chosen|selected|entered|typed|filled|attached|kept|told\s+us|let\s+us\s+know|followed)\b(?=[^.!?]*\b(?:would(?:n['’]?t)?|could|['’]?d)\s+(?:have|be|work|not|never|already)\b)[^.!?]*`),
        rewrite: enHelp,
      },
      // "Had you checked your spam folder, you would have seen it."
      {
        re: /^had\s+(?:you|u)\s+(?:(?:only|just|simply|actually|bothered\s+to|first|properly)\s+)?(?:read|checked|looked|followed|listened|paid\s+attention|waited|called|contacted|asked|updated|backed\s+up|saved|used|told\s+us|let\s+us\s+know)\b[^.!?]*/,
        rewrite: enHelp,
      },
      { re: /\byou\s+should\s+(?:have\s+known|know)\s+better\b|\byou\s+should(?:\s+have|['’]?ve)\s+known\s+(?:that|this)\b/, rewrite: enHelp },
    ],
    message: 'This tells the customer what they should have done',
    explanation:
      'Pointing out what the customer should have done cannot change the past and sounds like a reprimand. Help with the situation as it is; if a tip helps for next time, offer it kindly.',
    rewrite: enHelp,
  },
  de: {
    patterns: foldDe([
      // "Grundsätzlich gilt: erst lesen, dann bestellen."
      {
        re: /^[^.!?\n]{0,40}?(?<![\p{L}])erst\s+(?:mal\s+)?(?:lesen|informieren|nachdenken|prüfen|schauen|gucken|checken|nachlesen|messen|denken|nachmessen),?\s+dann\s+(?:bestellen|kaufen|buchen|schreiben|klicken|beschweren|meckern|unterschreiben|abschicken|handeln|reklamieren)(?![\p{L}])[^.!?;]*/u,
        rewrite: deHelp,
      },
      // "Man sollte sich schon vorher über die Konditionen informieren."
      {
        re: /(?<![\p{L}])man\s+(?:sollte|muss|müsste|hätte)\s+(?:sich\s+)?(?:(?:schon|halt|eben|doch|eigentlich|einfach|ja|bitte|immer)\s+){0,2}(?:vorher|vor\s+(?:der|dem|einer|einem)\s+[\p{L}-]+|zuerst|rechtzeitig)\s+(?:[\p{L}-]+\s+){0,4}?(?:informieren|lesen|durchlesen|prüfen|überprüfen|nachsehen|nachlesen|schauen|checken|anschauen|nachfragen|erkundigen)(?:\s+(?:sollen|müssen))?(?![\p{L}])[^.!?;]*/u,
        unless: /\?/u,
        rewrite: deHelp,
      },
      // "Hättest du die Anleitung gelesen, wüsstest du, dass …"
      {
        re: new RegExp(String.raw`^(?:Hätten\s+Sie|Hättest\s+du)\s+(?:[\p{L}-]+\s+){0,5}?${DE_DONE},\s+(?:wüssten|wüsstest|hätten|hättest|würden|würdest)\s+(?:Sie|du)(?:\s+[\p{L}-]+){0,2}?,\s+dass(?![\p{L}])`, 'u'),
        rewrite: () => ['wichtig ist, dass'],
      },
      // "Hätten Sie die Mail gelesen, wüssten Sie das." — the whole sentence.
      {
        re: new RegExp(String.raw`^(?:Hätten\s+Sie|Hättest\s+du)\s+(?:[\p{L}\d-]+\s+){0,5}?${DE_DONE},\s+(?:wüssten|wüsstest|hätten|hättest|wäre|wären|würden|würdest)(?![\p{L}])[^.!?]*`, 'u'),
        unless: new RegExp(String.raw`,\s*dass(?![\p{L}])|(?<![\p{L}])(?:danke|dank|zum\s+Glück|glücklicherweise|gut,?\s+dass|so\s+schnell|ich\s+(?:schicke|habe|hab|sende))(?![\p{L}])`, 'u'),
        rewrite: deHelp,
      },
      // "Sie hätten die Anleitung lesen sollen/müssen" — not "Sie hätten das nicht tun müssen",
      // not "Sie hätten eine E-Mail erhalten sollen" (our promise, not their fault).
      {
        re: /(?<![\p{L}])(?<!(?:wir|ich|man|er|es)\s+)(?:Sie\s+(?:hätten|haetten)|du\s+(?:hättest|haettest)|(?:(?:da|dann|das)\s+)?(?:(?:hätten|haetten)\s+Sie|(?:hättest|haettest)\s+du))\s+(?:[\p{L}\d-]+\s+){0,12}?(?:müssen|muessen|sollen|können|koennen)(?![\p{L}])/u,
        unless: /(?:(?<![\p{L}])(?:nicht|kein\p{L}*|nichts)\s+(?:[\p{L}-]+\s+){0,5}?müssen|(?:erhalten|bekommen|empfangen|zugeschickt|zugestellt|geliefert|informiert|benachrichtigt|gesehen|Anspruch)\s+(?:werden\s+)?(?:müssen|sollen)|\?)/u,
        rewrite: deHelp,
      },
      // "Hätten Sie doch (mal) die FAQ gelesen", "Hättest du nur gewartet".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<!(?:wir|ich|man|er|es)\s+)(?:hätten\s+Sie|hättest\s+du)\s+(?:doch|nur|bloß|einfach|halt|eben)\s+(?:[\p{L}-]+\s+){0,5}?${DE_DONE_ANY}(?![\p{L}])`, 'u'),
        unless: /\?/,
        rewrite: deHelp,
      },
      // "Wenn Sie die Anleitung gelesen hätten, ..." — the whole sentence.
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:wenn|falls)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,5}?${DE_DONE}\s+(?:hätten|hättest)(?![\p{L}])[^.!?]*`, 'u'),
        // The agent owns the slip in the same sentence ("..., sorry, unser Fehler").
        unless: /(?<![\p{L}])(?:unser\s+Fehler|mein\s+Fehler|sorry|Entschuldigung|tut\s+mir\s+leid|danke|dank|zum\s+Glück|glücklicherweise|gut,?\s+dass|so\s+schnell|ich\s+(?:schicke|habe|hab|sende))(?![\p{L}])/u,
        rewrite: deHelp,
      },
      // Broad (round 4): a general rule aimed at the customer: "Wer einen Sparpreis bucht, sollte eigentlich wissen, dass …",
      // "Jeder, der einen Vertrag abschließt, muss damit rechnen, dass …".
      {
        re: /^(?<hit>(?:wer|jede[rn]?\s*,?\s*(?:der|die)|alle\s*,?\s*die)\s+[^.!?\n]{1,80}?,\s*(?:sollte|muss|müsste|muesste|hätte|haette)\s+(?:(?:eigentlich|schon|doch|halt|eben|auch|ja|natürlich|selbstverständlich|wohl)\s+){0,2}(?:wissen|damit\s+rechnen|beachten|bedenken|einplanen|verstehen))(?=\s*,?\s*(?:dass|wie|was|wo|wann|ob)(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['leider ist es so'],
      },
      // Broad (round 4): "Das sollte man (als Mitglied) eigentlich wissen", "Das weiß man doch".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|dies|so\s+etwas|sowas)\s+(?:(?:sollte|muss|müsste)\s+man\s+(?:[\p{L}-]+\s+){0,3}?(?:eigentlich|schon|doch|halt|eben|wirklich|ja)\s+(?:wissen|kennen|beachten|verstehen)|weiß\s+man\s+(?:doch|eigentlich|ja|schon|eben|halt)(?:\s+(?:eigentlich|auch))?))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Broad (round 4): advice wrapped in "before you complain": "…, bevor man beim Support anruft", "…, bevor Sie sich beschweren".
      {
        re: /,\s*bevor\s+(?:man\s+(?:[^\s.!?,;]+\s+){0,4}?(?:sich\s+)?(?:beschwert|anruft|anschreibt|schreibt|bestellt|bucht|reklamiert|meckert|kauft|meldet|kontaktiert|unterschreibt|abschließt)|(?:Sie\s+sich|du\s+dich)\s+(?:[^\s.!?,;]+\s+){0,3}?(?:beschweren|beschwerst|aufregen|aufregst|ärgern|ärgerst)|(?:Sie|du)\s+(?:[^\s.!?,;]+\s+){0,3}?(?:meckern|meckerst|reklamieren|reklamierst))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? '; gern helfe ich dir aber auch direkt' : '; gern helfe ich Ihnen aber auch direkt'],
      },
      // Broad (round 4): "Ich hoffe, Sie verstehen, dass …", "Sie werden sicher verstehen, dass …", "du verstehst sicher, dass …".
      {
        re: /(?<![\p{L}])(?<hit>(?:ich\s+hoffe|wir\s+hoffen)\s*,?\s*(?:Sie\s+verstehen|du\s+verstehst|ihr\s+versteht)|(?:Sie\s+werden|du\s+wirst)\s+(?:(?:sicher|sicherlich|bestimmt|gewiss|doch|ja|hoffentlich)\s+){0,2}verstehen|(?:Sie\s+verstehen|du\s+verstehst)\s+(?:(?:sicher|sicherlich|bestimmt|gewiss|doch|hoffentlich)\s+){1,2})(?=\s*,?\s*dass(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['leider ist es so'],
      },
      // Broad (round 4): "Das steht eindeutig in den AGB", "Eigentlich steht das alles ganz deutlich in der Hausordnung".
      {
        re: /(?<![\p{L}])(?:steht|stehen|stand|standen)\s+(?:(?:das|dies|es|alles|doch|ja|übrigens|eigentlich|auch|bereits|schon|so|ganz|sehr)\s+){0,4}(?<hit>(?:ganz\s+|sehr\s+)?(?:eindeutig|unmissverständlich|ausdrücklich|schwarz\s+auf\s+weiß|klar\s+und\s+deutlich|explizit|extra|fett|groß\s+und\s+breit|glasklar|(?<=(?:doch|ja|übrigens|eigentlich|alles|bereits|schon|ganz)\s+)(?:klar|deutlich|groß)))\s+(?:[\p{L}-]+\s+){0,2}?(?:in|auf|unter|im|bei|oben|vorne)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|nirgends|nirgendwo|kein\p{L}*|ob|falls|wenn|ich\s+habe|markiert)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['zum Nachlesen auch'],
      },
      // Broad (round 4): a rule for every customer: "Jeder Kunde sollte wissen, dass …", "Das sollte man als Mieter wissen".
      {
        re: /(?<![\p{L}])(?<hit>(?:jede[rs]?\s+(?:[\p{L}-]+\s+)?(?:Kunde|Kundin|Mieter|Mieterin|Fahrgast|Reisende[r]?|Nutzer|Nutzerin|Mitglied|Teilnehmer|Teilnehmerin|Gast|Käufer|Käuferin|Besteller|Patient|Patientin|Autofahrer|Erwachsene[r]?|Vertragspartner)|(?:alle|die\s+meisten)\s+(?:Kunden|Nutzer|Mieter|Gäste|Fahrgäste)|man)\s+(?:sollte|muss|müsste|weiß|wissen|sollten|müssen)\s+(?:(?:eigentlich|doch|schon|ja|halt|eben|wirklich|inzwischen|mittlerweile|heutzutage)\s+){0,2}(?:wissen|damit\s+rechnen|beachten|bedenken))(?=\s*,?\s*(?:dass|wie|was|wo|wann|ob)(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['leider ist es so'],
      },
      // Broad (round 4): chancery lecturing: "Bitte nehmen Sie künftig zur Kenntnis, dass …".
      {
        re: /(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:nehmen\s+Sie|nimm)\s+(?:bitte\s+)?(?:(?:künftig|zukünftig|in\s+Zukunft|endlich|nun|jetzt|auch)\s+){0,2}zur\s+Kenntnis)(?=\s*,?\s*dass(?![\p{L}]))/u,
        rewrite: () => ['zur Info'],
      },
      // Broad (round 4): "Lies halt die Mail richtig", "Lesen Sie doch einfach die Anleitung genau".
      {
        re: /(?<![\p{L}])(?<hit>(?:lies|les|lesen\s+Sie|lest)\s+(?:(?:halt|doch|einfach|mal|bitte|erst|erstmal|zuerst|eben|nochmal|nochmals)\s+){1,3}(?:[\p{L}-]+\s+){0,3}?(?:richtig|genau|gründlich|ordentlich|aufmerksam|vollständig|durch|genauer|bis\s+zum\s+Ende))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deHelp,
      },
    ]),
    message: 'Das hält dem Kunden vor, was er hätte tun sollen',
    explanation:
      'Vorzuhalten, was der Kunde hätte tun sollen, ändert nichts mehr und klingt wie eine Rüge. Helfen Sie in der jetzigen Lage; ein Tipp für das nächste Mal geht auch freundlich.',
    rewrite: deHelp,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'Thank you for taking the time: I know you bothered to write twice.',
      'I am sorry you had to bother to chase us.',
      'I would have called you sooner if I had known, sorry.',
      'if you would like to check the tracking, here is the link',
      'we shouldve told you sooner, that is on us',
      'You should have received a confirmation email by now.',
      'You should have access to the new plan today.',
      'You should have read access to the shared folder now.',
      "You don't need to do anything else.",
      'If you have read the guide and it still fails, please call us.',
      "If you'd like, I can call you tomorrow.",
      "If you'd selected the wrong one, just tell me and I'll swap it.",
      "If you'd kept the receipt, great, but it's not needed.",
    ],
    invalid: [
      { text: "[[If you had even bothered to open the box you would have seen the note]].", rewrite: 'Let me help you with this.' },
      { text: "[[if youd selected the annual plan it would have been cheaper]]", rewrite: 'Let me help you with this' },
      { text: "Maybe [[if you had restarted the router it would have reconnected]].", rewrite: "Maybe let me help you with this." },
      { text: '[[Had you checked the spam folder you would have seen it]].', rewrite: 'Let me help you with this.' },
      { text: '[[You should have read the instructions]].', rewrite: 'Let me help you with this.' },
      { text: 'tbh [[you shouldve let us know sooner]]', rewrite: 'tbh let me help you with this' },
      { text: "[[if you would have replied to the survey email we could have booked it]].", rewrite: 'Let me help you with this.' },
      { text: "[[If u wouldve checked the tracking you would know]].", rewrite: 'Let me help you with this.' },
      { text: "Well, [[you should've backed up your files first]].", rewrite: 'Well, let me help you with this.' },
      { text: '[[If you had read the FAQ you would know this]].', rewrite: 'Let me help you with this.' },
      { text: '[[You really should have contacted us earlier]], but we will look into it.', rewrite: 'Let me help you with this, but we will look into it.' },
      { text: 'Honestly, [[you should know better]].', rewrite: 'Honestly, let me help you with this.' },
    ],
  },
  de: {
    valid: [
      'Jeder Kunde bekommt eine Bestätigung per Mail.',
      'Das steht nirgends deutlich in der Anleitung, das geben wir an die Redaktion weiter.',
      'Wer die Kaution zurück möchte, kann mir einfach die IBAN schicken.',
      'Bevor Sie das Gerät einschicken, sichern Sie bitte Ihre Daten.',
      'Sie werden verstehen, wie sehr uns das leidtut.',
      'Ich verstehe, dass Sie verärgert sind.',
      'Ihre Kundennummer steht oben rechts auf der Rechnung.',
      'Hätten Sie uns nicht so schnell informiert, wäre der Schaden größer geworden.',
      'Wenn Sie das Formular ausgefüllt hätten, wäre es bei uns angekommen – es ist aber nicht da, ich schicke es neu.',
      'Erst prüfe ich den Status, dann melde ich mich bei Ihnen.',
      'Man muss vorher nichts ausfüllen, das erledige ich.',
      'Hätten Sie die Anleitung gern als PDF?',
      'Sie müssen nichts weiter tun.',
      'Sie hätten sich nicht entschuldigen müssen.',
      'Sie hätten eigentlich eine Bestätigung erhalten sollen, das prüfe ich.',
      'Hätten Sie morgen Zeit für ein kurzes Telefonat?',
      'Sie hätten Anspruch auf eine Gutschrift.',
      'Wir hätten Sie früher informieren müssen.',
      'Hättest du die Mail nicht bekommen, hätte ich dich angerufen.',
      'Ich haette Ihnen das frueher sagen muessen, das tut mir leid.',
    ],
    invalid: [
      { text: '[[Bitte nehmen Sie künftig zur Kenntnis]], dass wir nur schriftlich antworten.', rewrite: 'Zur Info, dass wir nur schriftlich antworten.' },
      { text: '[[Jeder Mieter sollte wissen]], dass die Kaution verzinst wird.', rewrite: 'Leider ist es so, dass die Kaution verzinst wird.' },
      { text: '[[Wer online ein Auto mietet, sollte eigentlich wissen]], dass die Kaution geblockt wird.', rewrite: 'Leider ist es so, dass die Kaution geblockt wird.' },
      { text: '[[Das sollte man als Vereinsmitglied eigentlich wissen]].', rewrite: 'Das ist leicht zu übersehen.' },
      { text: 'Es empfiehlt sich, die Packungsbeilage zu lesen[[, bevor man sich beschwert]].', rewrite: 'Es empfiehlt sich, die Packungsbeilage zu lesen; gern helfe ich Ihnen aber auch direkt.' },
      { text: '[[Sie werden sicher verstehen]], dass wir keine Sonderwünsche erfüllen.', rewrite: 'Leider ist es so, dass wir keine Sonderwünsche erfüllen.' },
      { text: 'Die Stornoregeln standen [[eindeutig]] auf Ihrer Buchungsbestätigung.', rewrite: 'Die Stornoregeln standen zum Nachlesen auch auf Ihrer Buchungsbestätigung.' },
      { text: '[[Du hättest die Maße vor dem Kauf mit deinem Flur und der Treppe vergleichen müssen]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: '[[Grundsätzlich gilt: erst messen, dann kaufen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Man muss sich halt vorher über die Fristen informieren]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Hättest du die Mail gelesen, wüsstest du das]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: '[[Sie hätten 24 Stunden vorher stornieren müssen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Hätten Sie die Mail gelesen, wüssten Sie, dass]] der Termin verschoben ist.', rewrite: 'Wichtig ist, dass der Termin verschoben ist.' },
      { text: '[[Sie hätten die Anleitung lesen sollen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Du hättest das Gerät vorher aufladen müssen]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: '[[Hätten Sie doch mal die FAQ gelesen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Wenn Sie die Anleitung gelesen hätten, wäre das nicht passiert]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: 'Tja, [[da hätten Sie sich früher melden müssen]].', rewrite: 'Tja, lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Hättest du halt früher Bescheid gesagt]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: '[[Sie haetten die Kuendigung schriftlich schicken muessen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
    ],
  },
};
