// Talking down to the customer: "you need to understand that", "just read the manual",
// "did you even read ...?", "it's not that hard", "Lesen Sie doch mal die FAQ",
// "Sie müssen verstehen, dass", "Das ist doch nicht so schwer".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

/** Base form for "have you had a chance to ...". */
const BASE: Record<string, string> = { read: 'read', check: 'check', checked: 'check', try: 'try', tried: 'try', look: 'look', looked: 'look', see: 'see', seen: 'see', open: 'open', opened: 'open' };

/** German documents with their dative for "In der FAQ finden Sie ...". */
const DE_DOC_DATIVE: Record<string, string> = {
  faq: 'in der FAQ', faqs: 'in den FAQ', anleitung: 'in der Anleitung', bedienungsanleitung: 'in der Bedienungsanleitung',
  gebrauchsanweisung: 'in der Gebrauchsanweisung', agb: 'in den AGB', hilfe: 'in der Hilfe', hilfeseite: 'auf der Hilfeseite',
  dokumentation: 'in der Dokumentation', beschreibung: 'in der Beschreibung', handbuch: 'im Handbuch', hilfebereich: 'im Hilfebereich',
  'hilfe-center': 'im Hilfe-Center', mail: 'in der Mail', 'e-mail': 'in der E-Mail', nachricht: 'in der Nachricht',
};

const enNote = () => ['it may help to know', 'just so you know'];
const enHowItWorks = () => ["here's how it works", 'let me show you how it works'];

const deExplain = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['ich möchte dir kurz erklären', 'zur Einordnung'] : ['ich möchte Ihnen kurz erklären', 'zur Einordnung'];
const deHowItWorks = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['so funktioniert es', 'ich zeige dir gern, wie es geht'] : ['so funktioniert es', 'ich zeige Ihnen gern, wie es geht'];

export const talkingDown: Rule = {
  id: 'talking-down',
  category: 'lecturing',
  guidance: 'no-lectures',
  description: 'Talking down to the customer',
  en: {
    patterns: [
      {
        re: /\b(?:please\s+)?(?:read|check|look\s+at|consult)\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:first\s+)?before\s+(?:contacting|writing\s+to|reaching\s+out\s+to|emailing|calling|messaging)\s+(?:us|support|the\s+support\s+team|customer\s+service)\b/,
        rewrite: () => ['our FAQ may also help next time'],
      },
      { re: /\b(?:it['’]?s|it\s+is)\s+(?:(?:entirely|solely|really)\s+)?your\s+(?:own\s+)?responsibility\s+to\b/, rewrite: () => ['please remember to'] },
      { re: /\byou\s+(?:really\s+)?(?:need|have|ought|should|must)\s+(?:to\s+)?learn\s+(?:how\s+)?to\b/, rewrite: () => ['it helps to'] },
      { re: /\byou\s+(?:ought\s+to\s+know|should\s+(?:already\s+know|know\s+by\s+now|be\s+aware\s+by\s+now))(?:\s+that)?/, rewrite: () => ['just so you know,'] },
      // "You should know your own password."
      { re: /\byou\s+(?:should|ought\s+to|must|would)\s+(?:really\s+|surely\s+)?(?:know|remember)\s+your\s+own\s+[\w-]+(?:\s+[\w-]+)?/, unless: /\?/, rewrite: () => ["let's get you back in"] },
      // "You need to understand that ..." → "It may help to know that ..."
      { re: /\byou\s+(?:really\s+)?(?:need|have|must|gotta|got\s+to|ought)\s+(?:to\s+)?(?:understand|realise|realize|appreciate|get\s+it\s+through\s+your\s+head)\b/, unless: /\bdon['’]?t\s+(?:need|have)\s+to\b|\?/, rewrite: enNote },
      // "Did you even read the FAQ?" → "Have you had a chance to read the FAQ?"
      {
        re: /\b(?:did|have|do)\s+you\s+(?:even|actually|at\s+least)\s+(?<verb>read|check(?:ed)?|tr(?:y|ied)|look(?:ed)?|seen?|open(?:ed)?)\b/,
        rewrite: (ctx) => [`have you had a chance to ${BASE[(ctx.groups.verb ?? 'read').toLowerCase()] ?? 'read'}`],
      },
      {
        re: /\b(?:didn['’]?t|did\s+not)\s+you\s+(?<verb>read|see|check|look)\b/,
        rewrite: (ctx) => [`have you had a chance to ${(ctx.groups.verb ?? 'read').toLowerCase()}`],
      },
      // "Just read the manual (first)." — not "you can just check our FAQ".
      {
        re: /(?<!\b(?:can|could|may|might|will|to|please)\s+)\b(?:just|go|actually|maybe|try\s+to|try\s+and)\s+(?:read|check|look\s+at)\s+(?<doc>(?:the|our)\s+(?:manual|instructions|FAQs?|documentation|docs|help\s+(?:page|centre|center|article)|user\s+guide|guide|terms|email|message))(?:\s+(?:first|again|properly|carefully|for\s+once))?\b/,
        rewrite: (ctx) => [`you'll find the steps in ${(ctx.groups.doc ?? 'the manual').replace(/^(?:the|our)\b/i, (w) => w.toLowerCase())}`],
      },
      { re: /\bRTFM\b/, rewrite: () => ["you'll find the steps in the manual"] },
      // "Read my emails before writing again."
      { re: /(?:^|(?<=[,;:]\s{0,3}))(?:please\s+|just\s+)?(?:read|check)\s+(?:my|our|the)\s+(?:e-?mails?|messages?|repl(?:y|ies)|answers?)\s+(?:properly\s+|carefully\s+|first\s+)?before\s+(?:writing|replying|asking|messaging|e-?mailing|contacting|complaining)\b[^.!?;,]*/, rewrite: () => ['here is a short summary of my last reply'] },
      // "Read the FAQ pls." / "Check the manual." as the whole sentence.
      {
        re: /^(?:just\s+|go\s+and\s+)?(?:read|check)\s+(?<doc>(?:the|our)\s+(?:manual|instructions|FAQs?|documentation|docs|help\s+(?:page|centre|center|article)|user\s+guide|guide|terms|email|e-mail))(?:\s+(?:first|again|properly|pls|plz|please|then))?\s*[.!]*$/,
        rewrite: (ctx) => [`you'll find the steps in ${(ctx.groups.doc ?? 'the manual').replace(/^(?:the|our)\b/i, (w) => w.toLowerCase())}.`],
      },
      // "Perhaps you should read the instructions first", "maybe you should check the FAQ next time".
      {
        re: /\b(?:perhaps|maybe)\s+you\s+(?:should|ought\s+to|need\s+to)\s+(?:(?:actually|first)\s+)?(?:read|check|look\s+at|go\s+through|consult)\s+(?<doc>(?:the|our|your)\s+(?:manual|instructions|FAQs?|documentation|docs|help\s+(?:page|centre|center|article)|user\s+guide|guide|terms|e-?mails?|description|size\s+(?:chart|guide)|product\s+page|confirmation))(?:\s+(?:first|again|properly|carefully|next\s+time|for\s+once))?\b/,
        rewrite: (ctx) => [`you'll find the steps in ${(ctx.groups.doc ?? 'the manual').replace(/^(?:the|our|your)\b/i, (w) => w.toLowerCase())}`],
      },
      // "It's not that hard" ("it's not rocket science" is a sneer: condescending, hostility).
      {
        re: /\b(?:it|this|that)(?:\s+(?:really\s+)?isn['’]?t|(?:['’]?s|\s+is)\s+(?:really\s+|honestly\s+|seriously\s+)?not)\s+(?:(?:that|so)\s+(?:hard|difficult|complicated|complex)\b(?:\s+to\s+(?:follow|understand|read|find|do|use|get|figure\s+out|work\s+out)(?:\s+(?:the\s+)?[\w-]+)?)?(?=\s*(?:[.!:;,]|$)))/,
        unless: /\b(?:I\s+know|I\s+understand|I\s+agree|I\s+realise|I\s+realize|I\s+see\s+why|I['’]?ll|let\s+me|I\s+can|together)\b/,
        rewrite: enHowItWorks,
      },
    ],
    message: 'This talks down to the customer',
    explanation:
      'Telling the customer what they need to understand, or that it is not hard, sounds like a stern speech. Give the information plainly and kindly.',
    rewrite: enNote,
  },
  de: {
    patterns: foldDe([
      // "Das ist eigentlich allgemein bekannt", "das sollte doch klar sein".
      {
        re: /(?<![\p{L}])(?:(?:das|dies|es)\s+(?:ist|sollte|dürfte)|(?:ist|sollte|dürfte)\s+(?:das|dies|es))\s+(?:(?:doch|eigentlich|ja|wohl|nun\s+mal|halt|eben|aber|schon|auch)\s+){0,2}(?:allgemein\s+bekannt|Allgemeinwissen|selbsterklärend|(?<=sollte\s+(?:das\s+|dies\s+|es\s+)?(?:doch|eigentlich)\s+(?:(?:auch|wohl|schon)\s+)?)klar\s+sein(?=\s*[.!]*\s*$))(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deHowItWorks,
      },
      // "Die Lieferzeit steht auf jeder Produktseite", "das steht doch in jedem Paket".
      {
        re: /(?<![\p{L}])steht\s+(?:(?:doch|ja|übrigens|alles|auch|immer|extra|groß|gut\s+sichtbar|deutlich)\s+){0,3}(?<prep>auf|in|unter|bei)\s+(?<det>jeder|jedem|jeden)\s+(?<noun>[\p{L}-]+)/u,
        rewrite: (ctx) => [`steht auch ${ctx.groups.prep ?? 'auf'} ${({ jeder: 'der', jedem: 'dem', jeden: 'den' } as Record<string, string>)[(ctx.groups.det ?? 'jeder').toLowerCase()] ?? 'der'} ${ctx.groups.noun ?? 'Seite'}`],
      },
      // "Bitte lesen Sie sich die AGB vor einer Bestellung durch", "lies dir zuerst die Anleitung durch, bevor du schreibst".
      {
        re: /(?<![\p{L}])(?:(?:bitte\s+)?lesen\s+Sie\s+(?:sich\s+)?|lies\s+(?:dir\s+)?)(?=[^.!?\n]{0,100}(?<![\p{L}])(?:vor|bevor|vorher|zuerst|erst|künftig|nächste[nms]?|Zukunft|sorgfältig|gründlich|aufmerksam)(?![\p{L}]))(?:(?:bitte|doch|erst|zuerst|einfach|mal|künftig|vorher|nächstes\s+Mal|das\s+nächste\s+Mal|in\s+Zukunft|sorgfältig|gründlich|aufmerksam)\s+){0,3}(?:die|das|den|unsere|unser|unseren)\s+(?:[\p{L}-]+\s+)?(?:AGB|Anleitung|Bedienungsanleitung|Gebrauchsanweisung|FAQ|FAQs|Beschreibung|Produktbeschreibung|Artikelbeschreibung|Hinweise|Bedingungen|Vertragsbedingungen|Nutzungsbedingungen|Kleingedruckte|Informationen|Infos|Datenblatt|Bestätigung|Angebot|Vertrag)(?![\p{L}])[^.!?;]*/u,
        unless: /(?<![\p{L}])(?:gern|gerne|falls|wenn\s+(?:Sie|du)\s+(?:mögen|magst|möchten|möchtest|Zeit))(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich gehe die wichtigsten Punkte gern mit dir durch' : 'ich gehe die wichtigsten Punkte gern mit Ihnen durch'],
      },
      {
        re: /(?<![\p{L}])(?:lesen\s+Sie|lies|schauen\s+Sie|schau)\s+(?:[\p{L}-]+,?\s+){0,5}?bevor\s+(?:Sie|du)\s+(?:(?:uns|den\s+Support|unseren\s+Support|den\s+Kundenservice)\s+)?(?:kontaktier\p{L}*|anschreib\p{L}*|schreib\p{L}*|anruf\p{L}*)/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'in unseren FAQ findest du viele Antworten' : 'in unseren FAQ finden Sie viele Antworten'],
      },
      { re: /(?<![\p{L}])(?:es|das)\s+liegt\s+in\s+(?:Ihrer|deiner)\s+(?:eigenen\s+)?Verantwortung,/u, rewrite: (ctx) => [ctx.register === 'informal' ? 'bitte denk daran,' : 'bitte denken Sie daran,'] },
      { re: /(?<![\p{L}])(?:Sie\s+sollten|du\s+solltest|Sie\s+müssen|du\s+musst)\s+(?:(?:wirklich|endlich|mal|echt)\s+){0,2}lernen,/u, rewrite: () => ['es hilft,'] },
      { re: /(?<![\p{L}])(?:(?:es|das)\s+sollte\s+(?:(?:doch|eigentlich|ja)\s+){0,2}bekannt\s+sein|(?:Sie\s+sollten|du\s+solltest|Sie\s+müssten|du\s+müsstest)\s+(?:(?:doch|eigentlich|ja)\s+){1,2}wissen),\s+dass(?![\p{L}])/u, rewrite: () => ['gut zu wissen ist, dass'] },
      // "Lesen Sie doch mal die FAQ" → "In der FAQ finden Sie die einzelnen Schritte".
      {
        re: /(?<![\p{L}])(?:lesen\s+Sie|lies|schauen\s+Sie|schau|sehen\s+Sie|sieh|gucken\s+Sie|guck)\s+(?:(?:sich|dir)\s+)?(?:doch|halt|endlich|erst\s+mal|erstmal)\s+(?:(?:mal|einmal|bitte|einfach|erst|erstmal|selbst|genau|richtig)\s+){0,2}(?:(?:in|auf)\s+)?(?:die|unsere|den|das|unser(?:e[nm]?)?|unseren)\s+(?<doc>FAQs?|Anleitung|Bedienungsanleitung|Gebrauchsanweisung|AGB|Hilfe(?:seite)?|Dokumentation|Beschreibung|Handbuch|Hilfebereich|Hilfe-Center|E-Mail|Mail|Nachricht)(?![\p{L}])(?:\s+(?:nach|durch|an))?/u,
        rewrite: (ctx) => {
          const where = DE_DOC_DATIVE[(ctx.groups.doc ?? 'Anleitung').toLowerCase()] ?? 'in der Anleitung';
          // "Lies doch mal ..." is itself the "du" form, whatever the rest of the reply says.
          const informal = ctx.register === 'informal' || /^(?:lies|schau|sieh|guck)(?![\p{L}])/iu.test(ctx.match);
          return [informal ? `${where} findest du die einzelnen Schritte` : `${where} finden Sie die einzelnen Schritte`];
        },
      },
      // "Sie müssen verstehen, dass ..." → "Ich möchte Ihnen kurz erklären, dass ..."
      { re: /(?<![\p{L}])(?:Sie\s+müssen|du\s+musst)\s+(?:(?:doch|schon|halt|eben|endlich|bitte)\s+){0,2}(?:verstehen|begreifen|einsehen)(?![\p{L}])/u, unless: /\?/, rewrite: deExplain },
      // "Haben Sie überhaupt die Anleitung gelesen?" → only "überhaupt" goes.
      {
        re: /(?<![\p{L}])(?:haben\s+Sie|hast\s+du)\s+(?:(?:denn|eigentlich)\s+)?(?<hit>überhaupt)(?![\p{L}])(?=[^.!?]{0,60}?(?:gelesen|geschaut|nachgesehen|angesehen|probiert|versucht|gelesen)(?![\p{L}]))/u,
        rewrite: () => ['schon'],
      },
      // "Das ist doch nicht so schwer", "Das ist doch ganz einfach".
      {
        re: /(?<![\p{L}])(?:das|es)\s+(?:ist|wäre|kann)\s+doch\s+(?:(?:wirklich|echt|eigentlich)\s+)?(?:(?:gar\s+)?nicht\s+so\s+(?:schwer|schwierig|kompliziert)(?:\s+sein)?|ganz\s+(?:einfach|leicht)|(?:kinder)?leicht|einfach|kein\s+Hexenwerk|keine\s+Raketenwissenschaft)(?![\p{L}])/u,
        rewrite: deHowItWorks,
      },
      {
        // "Ein (kurzer) Blick in die Anleitung hätte gereicht", "... hätte Ihnen die Wartezeit erspart"
        re: /(?<![\p{L}])(?:ein\s+(?:kurzer\s+|einfacher\s+|schneller\s+|einziger\s+)?Blick|eine\s+(?:kurze\s+|einfache\s+|schnelle\s+)?(?:Suche|Recherche))\s+(?:in|auf|bei|im)\s+(?:die|den|das|dem|der|unsere[nmr]?|unser|Google)\s*[\p{L}-]*\s+h(?:ä|ae)tte\s+(?:[\p{L}]+\s+){0,4}?(?:gereicht|genügt|erspart|geholfen|gezeigt|verraten|beantwortet|geklärt|gelöst|erklärt|ausgereicht)(?![\p{L}])/u,
        rewrite: deHowItWorks,
      },
      {
        // "Das ist doch logisch, dass ...", "Es versteht sich von selbst, dass man ...", "Das sollte klar sein"
        re: /(?<![\p{L}])(?:(?:das|es)\s+ist\s+(?:doch\s+|ja\s+|eigentlich\s+){1,2}(?:logisch|klar|selbstverständlich|offensichtlich|selbsterklärend)|es\s+versteht\s+sich\s+(?:doch\s+)?von\s+selbst)(?=\s*,\s*dass\s+(?:man|Sie|du)(?![\p{L}]))/u,
        // "Das ist ja klar, dass Sie sich ärgern" is empathy, not a lecture.
        unless: /(?<![\p{L}])(?:ärger\p{L}*|sauer|enttäuscht|verärgert|frustriert|wütend|aufreg\p{L}*|aufgeregt|Sorgen|beschwer\p{L}*|unzufrieden|genervt)(?![\p{L}])/u,
        rewrite: () => ['gut zu wissen ist'],
      },
      {
        // "Man sollte die Bestellung vor dem Absenden immer prüfen", "Man liest die AGB eben vor dem Kauf"
        re: /^(?:man\s+(?:sollte|muss|müsste)\s+(?:[\p{L}-]+\s+){0,6}?(?:immer|grundsätzlich|halt|eben|schon|einfach|vorher)\s+(?:[\p{L}-]+\s+){0,4}?(?:prüfen|lesen|durchlesen|kontrollieren|beachten|sichern|aufbewahren|speichern|nachschauen)|man\s+(?:liest|prüft|kontrolliert|sichert|beachtet)\s+(?:[\p{L}-]+\s+){0,3}?(?:eben|halt|nun\s+mal|schon|grundsätzlich|immer)\s+(?:[\p{L}-]+\s+){0,3}?(?:vor|bevor))(?![\p{L}])[^.!?]*/u,
        rewrite: deHowItWorks,
      },
      {
        // "Dafür gibt es übrigens die Sendungsverfolgung", "Dafür gibt es doch die FAQ"
        re: /^(?:dafür|hierfür|genau\s+dafür)\s+gibt\s+es\s+(?:(?:übrigens|doch|ja|eigentlich|extra)\s+){1,2}(?:die|den|das|unsere[nm]?|unser)\s+[\p{L}-]+(?=\s*[.!]?\s*$)/u,
        rewrite: deHowItWorks,
      },
      {
        // "…, das ist doch Grundwissen", "das sollte eigentlich jeder wissen", "das weiß man doch"
        re: /(?<![\p{L}])(?:(?:das|dies|es)\s+ist\s+(?:(?:doch|ja|eigentlich|nun\s+mal|halt|eben|wirklich)\s+){0,2}(?:Grundwissen|Allgemeinwissen|Allgemeinbildung|Basiswissen|Standardwissen|gesunder\s+Menschenverstand)(?=\s*[.!]*\s*$)|(?:das|dies)\s+(?:sollte|müsste)\s+(?:(?:doch|eigentlich|ja|inzwischen)\s+){0,2}(?:jeder|jede|jedermann|man)\s+wissen|das\s+weiß\s+(?:man|jeder|jede)\s+(?:doch|eigentlich|ja|schon))(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deHowItWorks,
      },
      {
        // "Das ist eigentlich selbsterklärend", "das ist doch offensichtlich."
        re: /(?<![\p{L}])(?:das|es|dies)\s+ist\s+(?:(?:doch|ja|eigentlich|wirklich|schon|nun\s+mal)\s+){1,2}(?:selbsterkl(?:ä|ae)rend|offensichtlich|eindeutig)(?=\s*[.!]*\s*$)/u,
        rewrite: deHowItWorks,
      },
      // "Das ist in unseren FAQ ausführlich beschrieben" (without a link or a summary).
      {
        re: /(?<![\p{L}])(?:das|dies|alles|es)\s+(?:ist|steht|wird|wurde)\s+(?:(?:doch|ja|übrigens|alles|auch|eigentlich)\s+){0,2}(?:in|auf|unter|im)\s+(?:unseren|unserer|unserem|den|der|dem)\s+(?:FAQ|FAQs|AGB|Hilfeseiten?|Hilfe-Center|Hilfecenter|Anleitung|Bedienungsanleitung|Beschreibung|Produktbeschreibung|Bestellbestätigung|Bestätigung|Handbuch|Vertrag)\s+(?:(?:sehr|ganz|doch|ja|alles|eigentlich)\s+)?(?:ausführlich|genau|detailliert|klar|deutlich|eindeutig|genauestens)\s+(?:beschrieben|erklärt|erläutert|aufgeführt|angegeben|dargestellt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:Link|ich\s+(?:habe|hab|schicke|fasse)|hier|unten|angehängt|Anhang|falls|wenn)(?![\p{L}])|\?/u,
        rewrite: deHowItWorks,
      },
      {
        // "…, das ist doch eigentlich selbstverständlich", "Man sollte eigentlich wissen, dass …", "Grundsätzlich sollte man Pakete bei Annahme prüfen".
        re: /^(?:das|es|dies)\s+ist\s+(?:doch\s+)?eigentlich\s+(?:doch\s+)?(?:selbstverständlich|logisch|klar)(?=\s*[.!]*\s*$)/u,
        rewrite: deHowItWorks,
      },
      { re: /\s*[,;–—-]\s*(?:das|es|dies)\s+ist\s+(?:doch\s+)?eigentlich\s+(?:doch\s+)?(?:selbstverständlich|logisch|klar)(?=\s*[.!]*\s*$)/u, rewrite: () => [''] },
      { re: /(?<![\p{L}])man\s+(?:sollte|müsste|muss)\s+(?:(?:doch|eigentlich|ja|schon|inzwischen)\s+){1,2}wissen\s*,\s*dass(?![\p{L}])/u, rewrite: () => ['gut zu wissen ist, dass'] },
      {
        re: /^(?:grundsätzlich|generell|eigentlich|normalerweise|prinzipiell|im\s+Prinzip)\s+(?:sollte|muss|müsste)\s+man\s+(?:[\p{L}\d-]+\s+){0,8}?(?:prüfen|überprüfen|lesen|durchlesen|kontrollieren|beachten|sichern|aufbewahren|speichern|nachschauen|checken|informieren|melden|kündigen)(?![\p{L}])[^.!?]*/u,
        rewrite: deHowItWorks,
      },
      // Broad: "Lies doch einfach mal die Nutzungsbedingungen", "Lesen Sie erst die Anleitung", "Schau doch vorher in die FAQ".
      {
        re: /(?<![\p{L}])(?<hit>(?:lies|lest|lesen\s+Sie)\s+(?:(?:bitte|einfach|mal|auch|nochmal|noch\s+mal|halt|eben)\s+){0,2}(?:doch|erst|zuerst|vorher|genauer|richtig|gr(?:ü|ue)ndlich(?:er)?|einfach\s+mal|halt|eben)(?:\s+(?:bitte|einfach|mal|erst|zuerst|vorher|selbst|selber|genau|genauer|nochmal|richtig))*|(?:schau|schaut|schauen\s+Sie|guck|guckt|gucken\s+Sie)\s+(?:(?:bitte|einfach|mal|auch)\s+){0,2}(?:doch|erst|zuerst|vorher|halt|eben)(?:\s+(?:bitte|einfach|mal|erst|zuerst|vorher|selbst|selber|genau|nochmal))*(?=\s+(?:in|auf)\s+(?:die|den|das|unsere[nm]?)\s+(?:AGB|FAQ|\p{L}*[Bb]edingungen|\p{L}*[Aa]nleitung|Regeln|Hausordnung|Vertrag|Kleingedruckte|Hilfe\p{L}*|Beschreibung|Produktbeschreibung|Richtlinien)(?![\p{L}])))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [/^(?:lies|lest)/iu.test(ctx.match) ? 'lies gern' : /^lesen/iu.test(ctx.match) ? 'lesen Sie gern' : /^(?:schau|guck)\p{L}*\s+Sie/iu.test(ctx.match) ? 'schauen Sie gern' : 'schau gern'],
      },
    ]),
    message: 'Das klingt von oben herab',
    explanation:
      'Dem Kunden vorzuhalten, was er verstehen muss oder dass es doch einfach sei, wirkt wie eine strenge Rede. Geben Sie die Information klar und freundlich.',
    rewrite: deExplain,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's not that hard to set up, I'll walk you through it.",
      'It is our responsibility to keep your data safe, and we take that seriously.',
      'You can read the FAQ any time, but I am always happy to help directly.',
      'I understand that you need the invoice today.',
      'You can just check our FAQ for the full list.',
      "You don't need to understand the technical details, we'll handle it.",
      "I know it's not that easy to find the setting.",
      'Have you had a chance to read our email?',
      'Have you ever tried the dark mode? Many customers love it.',
      "I'm sorry, it is very complicated to change an order once it has shipped.",
      "You should know your order number is in the confirmation email, so here it is: 5512.",
      "Perhaps you could check the FAQ for the setup video, it's quite handy.",
      "Read the FAQ if you like, but I'm happy to walk you through it here.",
      "Please check my last email before the call, it has the dial-in link.",
    ],
    invalid: [
      { text: "[[Read my emails before writing again]].", rewrite: "Here is a short summary of my last reply." },
      { text: "[[read the faq pls]]", rewrite: "You'll find the steps in the faq." },
      { text: "[[Maybe you should read the instructions first]].", rewrite: "You'll find the steps in the instructions." },
      { text: "Honestly, [[you should remember your own PIN]].", rewrite: "Honestly, let's get you back in." },
      { text: "[[It's not that hard to follow the steps]].", rewrite: "Here's how it works." },
      { text: '[[Check the help centre first before contacting support]].', rewrite: 'Our FAQ may also help next time.' },
      { text: '[[It is your own responsibility to]] renew the licence.', rewrite: 'Please remember to renew the licence.' },
      { text: '[[You should learn how to]] clear the cache.', rewrite: 'It helps to clear the cache.' },
      { text: '[[You should already know that]] the sale ends today.', rewrite: 'Just so you know, the sale ends today.' },
      { text: '[[You need to understand]] that we cannot refund used items.', rewrite: 'It may help to know that we cannot refund used items.' },
      { text: '[[Did you even read]] the FAQ?', rewrite: 'Have you had a chance to read the FAQ?' },
      { text: '[[Just read the manual first]].', rewrite: "You'll find the steps in the manual." },
      { text: "Come on, [[it's not that hard]].", rewrite: "Come on, here's how it works." },
      { text: 'Seriously, [[RTFM]].', rewrite: "Seriously, you'll find the steps in the manual." },
    ],
  },
  de: {
    valid: [
      'Lesen Sie gern in Ruhe nach, ich habe die Stelle markiert.',
      'Schau doch mal in dein Postfach, vielleicht ist die Mail im Spam.',
      'Lesen Sie bitte die Anleitung auf Seite 4, dort ist es gut erklärt.',
      'Das sollte eigentlich klar sein, ist es aber nicht – unsere Seite ist missverständlich.',
      'Das ist in unseren FAQ ausführlich beschrieben, hier ist der Link.',
      'Das ist selbstverständlich kostenlos für Sie.',
      'Das ist ja klar, dass Sie sich ärgern, und ich kümmere mich darum.',
      'Der Preis steht auf der Produktseite, ich habe Ihnen den Link geschickt.',
      'Bitte lesen Sie die Anleitung im Anhang, dort sind Bilder zu jedem Schritt.',
      'Lesen Sie gern vorher die Produktbeschreibung, dort steht die genaue Größe.',
      "Ein Blick in die Sendungsverfolgung zeigt, dass das Paket morgen kommt.",
      "Es versteht sich von selbst, dass wir die Kosten übernehmen.",
      "Dafür gibt es eine einfache Lösung: Ich schalte die Option frei.",
      'Es liegt in unserer Verantwortung, Ihre Daten zu schützen.',
      'Sie müssen nichts weiter lernen, die App erledigt das automatisch.',
      'Sie müssen nichts weiter tun.',
      'Die Schritte finden Sie auch in unserer FAQ.',
      'Ich verstehe, dass Sie die Rechnung heute brauchen.',
      'Schauen Sie gern in unsere FAQ, dort ist alles bebildert.',
      'Haben Sie die Anleitung schon gefunden?',
      'Das weiß man doch nicht, woher auch? Ich erkläre es gern.',
      'Ein kurzer Blick in die Sendungsverfolgung zeigt, dass das Paket morgen kommt.',
      'Ja, das ist doch klar.',
      'Das ist eindeutig unser Fehler, ich erstatte die Gebühr.',
      'Das ist doch selbstverständlich, gern geschehen!',
      'Man sollte meinen, das klappt sofort – tut es leider nicht, deshalb habe ich nachgeholfen.',
      'Grundsätzlich können Sie die Lieferung auch im Paketshop abholen.',
    ],
    invalid: [
      { text: '[[Lies doch zuerst]] die Packungsbeilage.', rewrite: 'Lies gern die Packungsbeilage.' },
      { text: '[[Schau doch vorher]] in die FAQ.', rewrite: 'Schau gern in die FAQ.' },
      { text: '[[Das steht alles in der Anleitung genau beschrieben]].', rewrite: 'So funktioniert es.' },
      { text: '[[Das sollte doch klar sein]].', rewrite: 'So funktioniert es.' },
      { text: 'Ehrlich gesagt [[ist das Allgemeinwissen]].', rewrite: 'Ehrlich gesagt so funktioniert es.' },
      { text: 'Die Maße [[steht doch auf jeder Verpackung]].', rewrite: 'Die Maße steht auch auf der Verpackung.' },
      { text: '[[Lies dir das Kleingedruckte künftig gründlich durch]].', rewrite: 'Ich gehe die wichtigsten Punkte gern mit dir durch.' },
      { text: '[[Bitte lesen Sie sich die Bedingungen durch, bevor Sie buchen]].', rewrite: 'Ich gehe die wichtigsten Punkte gern mit Ihnen durch.' },
      { text: "[[Ein kurzer Blick in die FAQ hätte gereicht]].", rewrite: "So funktioniert es." },
      { text: "[[Dafür gibt es übrigens die Sendungsverfolgung]].", rewrite: "So funktioniert es." },
      { text: '[[Das kann doch nicht so schwer sein]].', rewrite: 'So funktioniert es.' },
      { text: '[[Schauen Sie in die Anleitung, bevor Sie uns anrufen]].', rewrite: 'In unseren FAQ finden Sie viele Antworten.' },
      { text: '[[Das liegt in deiner Verantwortung,]] die Lizenz zu verlängern.', rewrite: 'Bitte denk daran, die Lizenz zu verlängern.' },
      { text: '[[Sie müssen endlich lernen,]] den Cache zu leeren.', rewrite: 'Es hilft, den Cache zu leeren.' },
      { text: '[[Sie müssten doch wissen, dass]] der Sale heute endet.', rewrite: 'Gut zu wissen ist, dass der Sale heute endet.' },
      { text: '[[Lesen Sie doch mal die FAQ]].', rewrite: 'In der FAQ finden Sie die einzelnen Schritte.' },
      { text: '[[Schau doch erst mal in die Anleitung]], bevor du schreibst.', rewrite: 'In der Anleitung findest du die einzelnen Schritte, bevor du schreibst.' },
      { text: '[[Sie müssen verstehen]], dass wir keine Ausnahme machen können.', rewrite: 'Ich möchte Ihnen kurz erklären, dass wir keine Ausnahme machen können.' },
      { text: '[[Lies doch mal die Anleitung]], Max.', rewrite: 'In der Anleitung findest du die einzelnen Schritte, Max.' },
      { text: 'Haben Sie [[überhaupt]] die Anleitung gelesen?', rewrite: 'Haben Sie schon die Anleitung gelesen?' },
      { text: 'Also, [[das ist doch nicht so schwer]].', rewrite: 'Also, so funktioniert es.' },
      { text: 'Das Passwort teilt man nicht, [[das sollte eigentlich jeder wissen]].', rewrite: 'Das Passwort teilt man nicht, so funktioniert es.' },
      { text: 'Updates vorher sichern, [[das ist Allgemeinwissen]].', rewrite: 'Updates vorher sichern, so funktioniert es.' },
      { text: '[[Eine kurze Suche in unseren FAQ hätte das geklärt]].', rewrite: 'So funktioniert es.' },
      { text: 'Den Knopf drücken, [[das ist eigentlich selbsterklärend]].', rewrite: 'Den Knopf drücken, so funktioniert es.' },
      { text: 'Akkus gehören ins Handgepäck[[, das ist doch eigentlich logisch]].', rewrite: 'Akkus gehören ins Handgepäck.' },
      { text: '[[Man sollte doch wissen, dass]] Gutscheine ablaufen.', rewrite: 'Gut zu wissen ist, dass Gutscheine ablaufen.' },
      { text: '[[Generell muss man vor dem Aufbau alle Teile prüfen]].', rewrite: 'So funktioniert es.' },
    ],
  },
};
