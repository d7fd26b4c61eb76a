// "I can assure you", "rest assured", "trust me", "I'll make sure you get it for free",
// "you will definitely get your money back", "this will fix all your problems";
// "Ich kann Ihnen versichern", "Seien Sie versichert", "Vertrauen Sie mir", "Ich sorge dafür,
// dass Sie … kostenlos …", "Sie bekommen Ihr Geld auf jeden Fall zurück", "löst alle Ihre Probleme".
// Personal assurances about outcomes the agent does not control. The agent's own next step
// ("I'll make sure you get an update today", "ich sorge dafür, dass Sie heute eine Antwort
// bekommen") is follow-through, and insurance cover ("Sie sind versichert") is a fact.
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_PERK = String.raw`(?:for\s+free|free(?:\s+of\s+charge)?|(?:a\s+)?(?:full\s+)?refund(?:ed)?|compensat\w*|vouchers?|credits?|upgrade[ds]?|(?:your\s+|the\s+)?money\s+back|replacements?|discounts?|waived|reimburs\w*|free\s+\w+|new\s+(?:one|model|device|phone|unit|laptop|router))`;
const DE_PERK = String.raw`(?:dauerhaft|lebenslang|für\s+immer|zum\s+halben\s+Preis|kostenlos\p{L}*|gratis|umsonst|Erstattung|Rückerstattung|Entschädigung|Gutschrift|Gutschein|Ersatz\p{L}*|Upgrade|Rabatt|Geld\s+zurück|erstattet|erlassen|gutgeschrieben|entschädigt|neues?\s+(?:Gerät|Modell|Handy|Smartphone|Router))`;
const DE_OWN_STEP = String.raw`(?<![\p{L}])(?:(?:ich|wir)\s+(?:melde|melden|rufe|rufen|schreibe|schreiben|schicke|schicken|kümmere|kümmern|prüfe|prüfen|schaue|schauen|gebe|geben|frage|fragen)|(?:melde|rufe|schreibe|schicke|kümmere|prüfe|schaue|gebe|frage)\s+ich|(?:melden|rufen|schreiben|schicken|kümmern|prüfen|schauen|geben|fragen)\s+wir)(?![\p{L}])`;

const deExpect = (register: string, we: boolean) => (we ? ['wir gehen davon aus', 'nach jetzigem Stand'] : register === 'informal' ? ['ich gehe davon aus', 'nach jetzigem Stand'] : ['ich gehe davon aus', 'nach jetzigem Stand']);

export const assurance: Rule = {
  id: 'assurance',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'Personal assurances ("I can assure you", "rest assured", "trust me") and perks or outcomes stated as certain',
  en: {
    patterns: [
      {
        // "I (can) (personally) assure you (that) ..."; "I can't assure you" does not match.
        re: /\b(?<hit>(?<subj>I|we)\s+(?:can\s+|will\s+|want\s+to\s+)?(?:personally\s+|absolutely\s+)?assure\s+(?:you|u))(?:\s+that)?(?=\s*,?\s*\p{L})(?!\s+of\b)/u,
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'we' ? ['we expect', 'as far as we can tell,'] : ['I expect', 'as far as I can tell,']),
      },
      {
        // The assurance tagged on after a dated outcome: "your account will be restored within the hour, rest assured",
        // "it'll be back online in 20 minutes, guaranteed", "you'll have the keys by Friday, no question".
        re: /\b(?:will|['’]ll)\s+(?:(?:definitely|certainly|absolutely|surely)\s+)?[a-z]+\b[^.!?;]{0,60}?\b(?:today|tonight|tomorrow|within|by|in\s+(?:\d+|an?|the\s+next)|before|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[^.!?;]{0,30}?,\s*(?<hit>rest\s+assured|I\s+(?:can\s+)?(?:assure|promise)\s+you|guaranteed|no\s+question(?:\s+about\s+it)?|for\s+sure|trust\s+me|100\s*%|without\s+fail|you\s+have\s+my\s+word)(?=\s*[.!]*\s*$)/,
        unless: /\b(?:if|hope|hopefully|should|expect|aim|try|I['’]?ll\s+(?:update|let\s+you\s+know|keep))\b|\?/,
        rewrite: () => ["that's what we're aiming for, and I'll keep you posted"],
      },
      {
        // "Rest assured(,) ...", "you can rest assured that ...", "please be assured".
        re: /(?<![\p{L}])(?<hit>(?:(?:you\s+can|please|just)\s+)?(?:(?:rest|be)\s+assured|rest\s+easy)(?:\s*,)?)(?=\s+\p{L})(?!\s+of\b)/u,
        // "Rest assured we're working on it" reports the team's effort, not an outcome.
        unless: /\b(?:can['’]?t|cannot|not)\s+(?:rest|be)\s+assured\b|\bassured,?\s+(?:that\s+)?(?:your|all)\s+(?:[\w-]+\s+)?(?:data|details|information|money|funds|savings|account|card|photos|files)\s+(?:is|are)\s+(?:completely\s+|fully\s+|perfectly\s+)?(?:safe|secure|protected)\b|\bassured,?\s+(?:that\s+)?(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:chasing|on\s+it|handling|following\s+up)|\bassured,?\s+(?:that\s+)?(?:(?:I|we)(?:['’]\w+)?|our\s+(?:\w+\s+)?team(?:s)?(?:['’]s)?|the\s+team)\s+(?:(?:is|are|am|will|have\s+been|has\s+been)\s+)?(?:\w+\s+)?(?:working|looking|investigating|continu\w*|doing|monitoring|on\s+it|aware)\b/,
        rewrite: () => ['I expect', 'as far as I can tell,'],
      },
      {
        // "Trust me, ...", "Believe me, ...", "You have my word (that) ..."; not "believe me, I understand".
        re: /(?:^|[,;:]\s*|\b(?:just|but|and|honestly)\s+)(?<hit>(?:just\s+)?(?:trust|believe)\s+(?:me|us)(?:\s+when\s+(?:I|we)\s+say)?(?:\s*[,:;—–-])?)(?=\s*\p{L})/u,
        unless: /\b(?:trust|believe)\s+(?:me|us)\s*[,:;—–-]?\s*(?:I|we)(?:['’]\w+)?\s+(?:understand|know|get|feel|hear|was|am|have|would|totally|completely|do|really)\b|\b(?:trust|believe)\s+(?:me|us)\s+(?:to|with)\b/,
        rewrite: () => ['I expect', 'as far as I can tell,'],
      },
      {
        // "You have my word (that) ..."
        re: /\b(?<hit>(?:you\s+have|I\s+give\s+you)\s+my\s+(?:word|guarantee|promise|personal\s+guarantee)(?:\s+that)?(?:\s*[,:;—–-])?)(?=\s*\p{L})(?!\s+on\s+(?:that|it|this)\b)/u,
        rewrite: () => ['I expect', 'as far as I can tell,'],
      },
      {
        // "There will be zero downtime, you have my guarantee." — the pledge at the end.
        re: /(?:^|[,;:—–-]\s*)(?<hit>(?:you\s+have|I\s+give\s+you|(?:that['’]?s|that\s+is)|(?:take|you\s+can\s+take)\s+(?:it|that))\s+(?:my|a)\s+(?:word|guarantee|promise|personal\s+guarantee)(?:\s+on\s+(?:that|it|this))?)\s*[.!]*$/,
        rewrite: () => ['as far as I can tell', 'if all goes to plan'],
      },
      {
        // "I'll make sure you get the new model for free", "we'll see to it that you're compensated".
        re: new RegExp(String.raw`\b(?<hit>(?<subj>I|we)(?:['’]?ll|\s+will)\s+(?:personally\s+)?(?:make\s+sure|ensure|see\s+to\s+it)(?:\s+that)?)\s+(?=(?:you(?:['’]?re|\s+are)?|u|they|the\s+\w+)\s+(?:\S+\s+){0,5}?` + EN_PERK + String.raw`\b)`, 'u'),
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'we' ? ['we will check whether', 'we will ask whether'] : ['I will ask my lead whether', 'I will check whether']),
      },
      {
        // "you will definitely get your money back", "your claim will certainly be approved",
        // "this will 100% fix it"; not "I'll definitely call you" (the agent's own step).
        re: /(?:\b(?:will|is\s+going\s+to|are\s+going\s+to)|['’]ll|\b(?:i|you|we|it|they|that)ll)\s+(?<hit>definitely|definately|definitly|definetly|certainly|absolutely|surely|100\s?%|for\s+sure|without\s+(?:a\s+)?doubt)\s+(?=(?:be\s+)?(?:get|receive|refunded|approved|accepted|covered|fixed|solved|resolved|sorted|returned|reimbursed|compensated|replaced|delivered|paid|work|fix|solve|resolve|cure|cover|pay|arrive|have\s+(?:your|the|a)|see\s+(?:your|the|a))\b)/,
        unless: /\b(?:I|we)(?:['’]?ll|\s+will)\s+(?:definitely|certainly|absolutely|surely|100\s?%|for\s+sure)\s|\?\s*$/,
        rewrite: () => ['most likely', 'probably'],
      },
      {
        // "You're definitely getting the upgrade for free"
        re: /\b(?:you['’]?re|you\s+are|u\s+r)\s+(?<hit>definitely|definately|definitly|definetly|certainly|absolutely|100\s?%|for\s+sure)\s+(?=(?:getting|going\s+to\s+(?:get|receive|be\s+(?:refunded|compensated|reimbursed))|receiving|covered|entitled)\b)/,
        unless: /\?\s*$/,
        rewrite: () => ['most likely', 'probably'],
      },
      {
        // "Everything will be perfect from now on", "it'll be smooth sailing from here".
        re: /\b(?<hit>[\w-]+(?:['’]ll|\s+will|\s+is\s+going\s+to)\s+be\s+(?:absolutely\s+|totally\s+)?(?:perfect|flawless|fine|great|smooth(?:\s+sailing)?|problem-free|trouble-free|plain\s+sailing))\s+(?=(?:from\s+now\s+on|forever|from\s+here\s+on(?:\s+in)?|going\s+forward|for\s+good)\b)/,
        unless: /\?\s*$|\b(?:should|hopefully|hope)\b/,
        rewrite: (ctx) => [ctx.match.replace(/(?:['’]ll|\s+will|\s+is\s+going\s+to)\s+be\s+[\s\S]*$/u, ' should be much better')],
      },
      {
        // "..., no question about it." / "..., without a doubt.\"
        re: /,\s*(?<hit>(?:there['’]?s\s+)?no\s+(?:question|doubt)(?:\s+about\s+it)?|without\s+(?:a|any)\s+doubt)\s*[.!]*$/,
        rewrite: () => ['as far as I can tell', 'if all goes to plan'],
      },
      {
        // "This update will fix all your problems", "it will solve everything".
        re: /(?:\b(?:will|is\s+going\s+to)|['’]ll|\b(?:i|you|we|it|they|that)ll)\s+(?:definitely\s+|certainly\s+)?(?<hit>(?:fix|solve|resolve|sort\s+out|cure)\s+(?:(?:all|every)(?:\s+of)?\s+(?:your|the|these|those)\s+\w+|everything|every\s+(?:single\s+)?(?:issue|problem|error)))\b/,
        unless: /\?\s*$/,
        rewrite: () => ['help with the problem you described', 'fix the problem you described'],
      },
    ],
    message: 'An assurance you may not be able to back up',
    explanation:
      'Assurances like "trust me" or "rest assured" promise an outcome you do not control; if it fails, the customer trusts you less. Say what you expect and what you will do yourself.',
    rewrite: () => ['I expect'],
  },
  de: {
    patterns: foldDe([
      {
        // "Ich kann Ihnen versichern, dass ...", "ich versichere dir ...", "wir können Ihnen versichern"
        re: /(?<![\p{L}])(?<hit>(?<subj>ich|wir)\s+(?:(?:kann|können)\s+(?:Ihnen|dir|euch)\s+(?:auch\s+|persönlich\s+|absolut\s+)?versichern|versicher(?:e|n)\s+(?:Ihnen|dir|euch)(?:\s+persönlich)?))(?=\s*,|\s*:|\s+dass(?![\p{L}]))/u,
        rewrite: (ctx) => deExpect(ctx.register, ctx.groups.subj?.toLowerCase() === 'wir'),
      },
      {
        // "Seien Sie versichert", "Sei versichert", "Sie können sicher sein, dass",
        // "Sie können sich darauf verlassen", "Verlassen Sie sich drauf", "Verlass dich drauf".
        re: /(?<![\p{L}])(?<hit>(?:seien\s+Sie|sei|seid)\s+(?:(?:dir|euch)\s+)?(?:versichert|gewiss|sicher)|(?:Sie\s+k(?:ö|oe)nnen|du\s+kannst|ihr\s+k(?:ö|oe)nnt)\s+(?:sich\s+|dir\s+|euch\s+)?(?:sicher\s+sein|darauf\s+vertrauen|(?:sich|dich|euch)\s+dar?auf\s+verlassen)|verlass(?:en\s+Sie\s+sich|t\s+euch|e?\s+dich)\s+dr?auf)(?![\p{L}])(?=\s*,|\s*:|\s+dass(?![\p{L}]))/u,
        unless: /(?:sicher\s+sein|verlassen|vertrauen)\s*,?\s*dass\s+(?:ich|wir)(?![\p{L}])|(?<![\p{L}])(?:Daten|Privatsph(?:ä|ae)re|vertraulich|verschl(?:ü|ue)sselt|gesch(?:ü|ue)tzt|sicher\s+gespeichert|Datenschutz)(?![\p{L}])/u,
        rewrite: (ctx) => deExpect(ctx.register, false),
      },
      {
        // "Vertrauen Sie mir, ...", "Vertrau mir, ...", "Glauben Sie mir, ...", "Sie haben mein Wort";
        // not "Glauben Sie mir, ich verstehe Ihren Ärger".
        re: /(?:^|[,;:]\s*)(?<hit>(?:vertrauen\s+Sie|vertrau(?:e|t)?|glauben\s+Sie|glaub(?:e|t)?)\s+mir|(?:Sie\s+haben|du\s+hast|ich\s+gebe\s+(?:Ihnen|dir|euch))\s+mein\s+Wort(?:\s+darauf)?)(?=\s*[,:;—–-]|\s+dass(?![\p{L}]))/u,
        unless: /mir\s*[,:;—–-]?\s*(?:ich|wir)\s+(?:verstehe|verstehen|weiß|wissen|kenne|kennen|kann|können|ärgere|ärgern|hätte|wäre|bin|war)(?![\p{L}])/u,
        rewrite: (ctx) => deExpect(ctx.register, false),
      },
      {
        // "Ich sorge dafür, dass du das neue Modell kostenlos bekommst", "ich kümmere mich darum,
        // dass Sie eine Entschädigung erhalten".
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?<subj>ich|wir)\s+(?:sorge|sorgen|kümmere\s+mich|kümmern\s+uns)\s+(?:persönlich\s+)?(?:dafür|darum)\s*,?\s*dass)\s+(?=[^.!?\n]{0,70}?(?<![\p{L}])` + DE_PERK + String.raw`(?![\p{L}]))`, 'u'),
        rewrite: (ctx) => (ctx.groups.subj?.toLowerCase() === 'wir' ? ['wir fragen nach, ob', 'wir prüfen, ob'] : ['ich frage nach, ob', 'ich prüfe, ob']),
      },
      {
        // "Sie bekommen Ihr Geld auf jeden Fall zurück", "das wird ganz sicher erstattet".
        re: /(?<![\p{L}])(?<hit>auf\s+jeden\s+Fall|ganz\s+sicher|ganz\s+bestimmt|definitiv|hundertprozentig|100\s?%(?:ig)?|ohne\s+Zweifel|zweifellos)\s+(?=(?:\p{L}+\s+){0,4}?(?:zurück|Entschädigung|Erstattung|Rückerstattung|Gutschrift|Ersatzgerät|Ersatz|genehmigt|bewilligt|ein\s+neues|einen\s+neuen|eine\s+neue|erstattet|ersetzt|gutgeschrieben|genehmigt|übernommen|gelöst|behoben|repariert|funktionieren|funktioniert|klappen|klappt|erledigt|fertig|kostenlos|gratis|umsonst|zugestellt|geliefert)(?![\p{L}]))/u,
        unless: new RegExp(String.raw`(?<![\p{L}])ob(?![\p{L}])|(?<![\p{L}])(?:nicht|kein|keine)\s+(?:auf\s+jeden\s+Fall|ganz\s+sicher|ganz\s+bestimmt|definitiv|hundertprozentig|100\s?%)(?![\p{L}])|\?\s*$|` + DE_OWN_STEP, 'u'),
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        // "Die Versicherung übernimmt das garantiert.", "Das klappt ganz sicher!"
        re: /(?<![\p{L}])(?:übernimmt|übernehmen|erstattet|erstatten|ersetzt|ersetzen|klappt|funktioniert|hilft|zahlt|bezahlt|löst|behebt|kommt\s+an|kommt)(?:\s+(?:das|es|dir|Ihnen|euch|alles|die\s+Kosten|den\s+Schaden))?\s+(?<hit>garantiert|ganz\s+sicher|ganz\s+bestimmt|auf\s+jeden\s+Fall|hundertprozentig|definitiv|100\s?%(?:ig)?)\s*[.!]*$/u,
        unless: /(?<![\p{L}])(?:ob|nicht|kein|keine)(?![\p{L}])(?!\s+Sorgen?(?![\p{L}]))|\?\s*$/u,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        // "..., da gibt es gar keine Frage." / "..., ohne Zweifel."
        re: /,\s*(?<hit>da\s+gibt\s+es\s+(?:gar\s+|überhaupt\s+)?keine(?:n)?\s+(?:Frage|Zweifel)|(?:ganz\s+)?ohne\s+(?:jeden\s+)?Zweifel|keine\s+Frage)\s*[.!]*$/u,
        rewrite: () => ['soweit ich das sehe', 'nach jetzigem Stand'],
      },
      {
        // "Das Update löst alle Ihre Probleme", "der Router behebt sämtliche Störungen".
        re: /(?<![\p{L}])(?<hit>(?:löst|behebt|beseitigt)\s+(?:garantiert\s+|sicher\s+)?(?:alle|sämtliche|jedes)\s+(?:Ihre\s+|deine\s+|eure\s+|diese\s+)?\p{L}+)(?![\p{L}])/u,
        unless: /\?\s*$/,
        rewrite: () => ['sollte das Problem beheben', 'sollte helfen'],
      },
      {
        // "darauf können Sie sich verlassen", "Darauf gebe ich Ihnen mein Wort", "Brief und Siegel", "Ich schwöre Ihnen", "hoch und heilig",
        // "Ich stehe persönlich dafür ein, dass", "Ich verbürge mich dafür", "Sie können fest damit rechnen", "ohne Wenn und Aber", "egal wie hoch"
        re: /(?<![\p{L}])(?<hit>(?:darauf|drauf)\s+(?:können\s+Sie\s+sich|kannst\s+du\s+dich)\s+verlassen(?=\s*[.!]?\s*$)|(?:darauf|drauf)\s+(?:gebe\s+ich|geben\s+wir)\s+(?:Ihnen|dir|euch)\s+mein\s+Wort|(?:ich\s+gebe|wir\s+geben)\s+(?:Ihnen|dir|euch)\s+Brief\s+und\s+Siegel(?:\s+darauf)?|ich\s+schwöre\s+(?:Ihnen|dir|euch)|(?:verspreche\s+ich|versprechen\s+wir)\s+(?:Ihnen\s+|dir\s+|euch\s+)?hoch\s+und\s+heilig|(?:ich\s+stehe|wir\s+stehen)\s+(?:persönlich\s+)?dafür\s+ein|(?:ich\s+verbürge\s+mich|wir\s+verbürgen\s+uns)\s+(?:persönlich\s+)?dafür|(?:Sie\s+können|du\s+kannst)\s+fest\s+damit\s+rechnen|ohne\s+Wenn\s+und\s+Aber|egal\s+wie\s+(?:hoch|teuer|viel)|egal\s+was\s+(?:der|die|das)\s+[\p{L}-]+\s+sagt)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich tue alles, was ich kann, damit das klappt' : 'ich tue alles, was ich kann, damit das klappt'],
      },
      {
        // "mit Sicherheit", "zu hundert Prozent", "in jedem Fall" about an outcome: "Die Reparatur ist mit absoluter Sicherheit bis Freitag fertig"
        re: /(?<![\p{L}])(?<hit>mit\s+(?:absoluter\s+|hundertprozentiger\s+|völliger\s+)?Sicherheit|zu\s+(?:hundert|100)\s*(?:Prozent|%)|in\s+jedem\s+Fall)(?![\p{L}])(?=[^.!?]{0,60}?(?<![\p{L}])(?:fertig|da|lösen|gelöst|behoben|auftreten|passieren|vorkommen|zurück|erstattet|übernommen|genehmigt|bewilligt|klappen|klappt|funktionieren|funktioniert|ankommen|geliefert|zugestellt|bei\s+(?:Ihnen|dir))(?![\p{L}]))/u,
        unless: new RegExp(String.raw`(?<![\p{L}])(?:ob|kann\s+ich\s+(?:das\s+)?(?:erst|nicht|noch\s+nicht)|können\s+wir\s+(?:das\s+)?(?:erst|nicht|noch\s+nicht)|nicht\s+sagen)(?![\p{L}])|\?\s*$|` + DE_OWN_STEP, 'u'),
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        // "Ihr Antrag wird sicher genehmigt"
        re: /(?<![\p{L}])(?:wird|werden)\s+(?:ganz\s+)?(?<hit>sicher)\s+(?:genehmigt|bewilligt|erstattet|akzeptiert|übernommen|angenommen|gelöst|behoben|zugestellt|geliefert)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ob|nicht)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['voraussichtlich'],
      },
      {
        // "So etwas wird Ihnen bei uns nie wieder passieren", "kein zweites Mal", "Es wird keine weiteren Probleme geben",
        // "Ab sofort läuft alles reibungslos", "ein für alle Mal behoben", "In Zukunft wird jede Lieferung pünktlich sein"
        re: /(?<![\p{L}])(?<hit>(?:wird|werden)\s+(?:(?:Ihnen|dir|euch|bei\s+uns|ganz\s+sicher|garantiert)\s+){0,3}(?:nie(?:mals)?\s+wieder|kein\s+zweites\s+Mal)\s+(?:passieren|vorkommen)|(?:passiert|kommt)\s+(?:(?:Ihnen|dir|bei\s+uns)\s+){0,2}kein\s+zweites\s+Mal(?:\s+vor)?|(?:es|da)\s+wird\s+(?:(?:ganz\s+sicher|garantiert|bestimmt)\s+)?keine\s+(?:weiteren\s+)?(?:Probleme|Ausfälle|Störungen|Fehler|Verzögerungen)\s+(?:mehr\s+)?geben|(?:Sie\s+werden|du\s+wirst)\s+nie(?:mals)?\s+wieder\s+(?:Ärger|Probleme|Schwierigkeiten|Ausfälle)|ein\s+für\s+alle\s+Mal\s+(?:behoben|gelöst|erledigt|vorbei)|ab\s+(?:sofort|jetzt)\s+(?:läuft|wird|funktioniert|klappt)\s+alles\s+(?:[\p{L}-]+\s+)?(?:reibungslos|perfekt|einwandfrei|problemlos|fehlerfrei|glatt)(?:\s+(?:laufen|funktionieren|klappen))?|(?:in\s+Zukunft|künftig|ab\s+jetzt|ab\s+sofort)\s+(?:wird|ist)\s+jede\s+[\p{L}-]+\s+(?:pünktlich|perfekt|fehlerfrei|einwandfrei))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:tun\s+alles|arbeiten\s+daran|hoffe|hoffentlich|damit|sollte|falls|wenn)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['wir tun alles, damit das künftig gut läuft'],
      },
      {
        // "Das kriegen wir auf jeden Fall hin", "das schaffen wir garantiert"
        re: /(?<![\p{L}])(?:kriegen|bekommen|schaffen)\s+wir\s+(?:(?:das|es)\s+)?(?<hit>auf\s+jeden\s+Fall|ganz\s+sicher|garantiert|hundertprozentig|definitiv)(?:\s+(?:hin|gelöst|geregelt))?(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['sehr wahrscheinlich', 'nach jetzigem Stand'],
      },
    ]),
    message: 'Eine Zusicherung, die Sie vielleicht nicht einlösen können',
    explanation:
      'Zusicherungen wie „Vertrauen Sie mir" oder „Seien Sie versichert" versprechen ein Ergebnis, das Sie nicht in der Hand haben; geht es schief, verliert der Kunde das Vertrauen. Sagen Sie, was Sie erwarten und was Sie selbst tun.',
    rewrite: () => ['ich gehe davon aus'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Rest assured, your savings are fully protected.",
      "The site should be back within the hour, and I'll update you either way.",
      "I can't assure you of a date yet, but I have asked the warehouse.",
      "I'll make sure you get an update from me by tomorrow noon.",
      'Believe me, I understand how frustrating this outage is.',
      'Your data is safe: we encrypt every backup.',
      "It will definitely help if you could send a screenshot.",
      "I'll definitely call you back tomorrow morning.",
      'Is this going to fix all the issues? I will check with the engineers.',
      'Trust is important, so here is the tracking link.',
      "Rest assured we're working on a fix and I will update you tonight.",
      'You have my number if anything else comes up.',
      "The new router should be fine from now on, but tell me if it drops again.",
      "Trust us with the setup, our engineer will do it for free.",
    ],
    invalid: [
      { text: "The boiler will be repaired by Thursday, [[you have my word]].", rewrite: "The boiler will be repaired by Thursday, that's what we're aiming for, and I'll keep you posted." },
      { text: "[[Trust us,]] this will work.", rewrite: "I expect this will work." },
      { text: "[[It'll be smooth sailing]] from now on.", rewrite: "It should be much better from now on." },
      { text: 'The outage is over for good, [[you have my promise]].', rewrite: 'The outage is over for good, as far as I can tell.' },
      { text: "The price won't go up again, [[that's a promise]].", rewrite: "The price won't go up again, as far as I can tell." },
      { text: '[[I can assure you]] that the claim will be approved.', rewrite: 'I expect that the claim will be approved.' },
      { text: '[[Rest assured,]] your package will be with you tomorrow.', rewrite: 'I expect your package will be with you tomorrow.' },
      { text: '[[Trust me,]] the new router will fix the dropouts.', rewrite: 'I expect the new router will fix the dropouts.' },
      { text: "[[I'll personally see to it that]] the fee is waived.", rewrite: 'I will ask my lead whether the fee is waived.' },
      { text: "You're [[definitely]] getting the upgrade for free.", rewrite: "You're most likely getting the upgrade for free." },
      { text: 'Your claim will [[certainly]] be approved.', rewrite: 'Your claim will most likely be approved.' },
      { text: "Don't worry, you'll [[definitely]] be compensated.", rewrite: "Don't worry, you'll most likely be compensated." },
      { text: 'Your premium stays the same, [[no doubt about it]].', rewrite: 'Your premium stays the same, as far as I can tell.' },
      { text: 'This update will [[fix all your problems]].', rewrite: 'This update will help with the problem you described.' },
      { text: "trust the engineers, it'll [[solve everything]]", rewrite: "trust the engineers, it'll help with the problem you described" },
      { text: 'ok [[you have my word]] the flight will be rebooked', rewrite: 'ok I expect the flight will be rebooked' },
    ],
  },
  de: {
    valid: [
      'Seien Sie versichert, dass Ihre Daten bei uns sicher gespeichert sind.',
      "Mit Sicherheit kann ich das erst sagen, wenn der Techniker da war.",
      "Sie können sich darauf verlassen, dass ich mich morgen melde.",
      "Wir arbeiten daran, dass so etwas nicht wieder vorkommt.",
      "Ab sofort sehen Sie die neue Rechnung in der App.",
      "Die Lieferung ist sicher verpackt.",
      'Ich kann Ihnen leider noch nicht versichern, wann das Paket kommt, aber ich frage im Lager nach.',
      'Ich sorge dafür, dass Sie bis morgen eine Antwort von mir bekommen.',
      'Sie sind über unseren Tarif versichert, der Schaden ist also abgedeckt.',
      'Glauben Sie mir, ich verstehe Ihren Ärger sehr gut.',
      'Ich melde mich auf jeden Fall morgen, sobald das Ersatzteil repariert ist.',
      'Ob die Erstattung auf jeden Fall genehmigt wird, kläre ich heute.',
      'Sie können sicher sein, dass wir uns heute noch darum kümmern.',
      'Ob die Versicherung das übernimmt, kann ich nicht ganz sicher sagen.',
      'Ihr Vertrauen ist uns wichtig, deshalb schicke ich Ihnen den Link zur Sendungsverfolgung.',
      'Kriegen wir das auf jeden Fall bis Freitag hin?',
    ],
    invalid: [
      { text: '[[Sie koennen sich darauf verlassen]], dass die Kaution bis Monatsende da ist.', rewrite: 'Ich gehe davon aus, dass die Kaution bis Monatsende da ist.' },
      { text: "[[Ich schwöre Ihnen]], das Paket ist morgen da.", rewrite: "Ich tue alles, was ich kann, damit das klappt, das Paket ist morgen da." },
      { text: "Die Reparatur ist [[mit absoluter Sicherheit]] bis Freitag fertig.", rewrite: "Die Reparatur ist voraussichtlich bis Freitag fertig." },
      { text: "Ihr Antrag wird [[sicher]] genehmigt.", rewrite: "Ihr Antrag wird voraussichtlich genehmigt." },
      { text: "[[Ab sofort läuft alles reibungslos]].", rewrite: "Wir tun alles, damit das künftig gut läuft." },
      { text: "[[Es wird keine weiteren Probleme geben]].", rewrite: "Wir tun alles, damit das künftig gut läuft." },
      { text: '[[Ich versichere Ihnen]], dass Ihr Geld nicht verloren ist.', rewrite: 'Ich gehe davon aus, dass Ihr Geld nicht verloren ist.' },
      { text: '[[Ich gebe dir mein Wort]], dass der Techniker kommt.', rewrite: 'Ich gehe davon aus, dass der Techniker kommt.' },
      { text: '[[Sei versichert]], das klappt diesmal.', rewrite: 'Ich gehe davon aus, das klappt diesmal.' },
      { text: '[[Vertrauen Sie mir]], das neue Gerät funktioniert einwandfrei.', rewrite: 'Ich gehe davon aus, das neue Gerät funktioniert einwandfrei.' },
      { text: '[[Ich sorge persönlich dafür, dass]] Sie eine volle Erstattung erhalten.', rewrite: 'Ich frage nach, ob Sie eine volle Erstattung erhalten.' },
      { text: 'Du kriegst dein Geld [[ganz sicher]] zurück.', rewrite: 'Du kriegst dein Geld voraussichtlich zurück.' },
      { text: 'Ihr Antrag wird genehmigt, [[ohne Zweifel]].', rewrite: 'Ihr Antrag wird genehmigt, soweit ich das sehe.' },
      { text: 'Die Versicherung übernimmt das [[garantiert]].', rewrite: 'Die Versicherung übernimmt das voraussichtlich.' },
      { text: 'Das Update [[löst alle Ihre Probleme]].', rewrite: 'Das Update sollte das Problem beheben.' },
      { text: '[[Sie können sich darauf verlassen]], dass der Techniker pünktlich ist.', rewrite: 'Ich gehe davon aus, dass der Techniker pünktlich ist.' },
      { text: 'Das kriegen wir [[auf jeden Fall]] hin.', rewrite: 'Das kriegen wir sehr wahrscheinlich hin.' },
      { text: 'Sie bekommen [[auf jeden Fall]] eine Entschädigung.', rewrite: 'Sie bekommen voraussichtlich eine Entschädigung.' },
    ],
  },
};
