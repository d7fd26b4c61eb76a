// Reminding the customer of what the agent already said: "as I already explained", "as stated
// before", "I already told you", "wie bereits erwähnt", "wie ich Ihnen schon gesagt habe".
// Restating the customer ("as you mentioned", "wie in Ihrer Nachricht beschrieben") is good.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enRecap = () => ['to recap', 'just to summarise'];
const enConfirm = () => ['I can confirm', 'to recap,'];
const enAgain = () => ['let me go over it once more', 'let me explain it another way'];

const deRecap = () => ['kurz zusammengefasst', 'zur Übersicht'];
const deConfirm = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['ich bestätige dir gern noch einmal'] : ['ich bestätige Ihnen gern noch einmal'];
const deAgain = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich erkläre es dir gern noch einmal anders', 'lass mich das noch einmal anders erklären']
    : ['ich erkläre es Ihnen gern noch einmal anders', 'lassen Sie mich das noch einmal anders erklären'];

const EN_SAID = String.raw`(?:said|explained|mentioned|stated|told\s+(?:you|u)|wrote|pointed\s+out|informed\s+you|advised(?:\s+you)?|already\s+(?:said|explained|mentioned|stated|told\s+you|wrote|pointed\s+out))`;
/** Not when the agent points to the customer's own message ("as mentioned in your message"). */
const EN_NOT_YOURS = String.raw`(?!\s+(?:in|by)\s+(?:your|you)\b|\s+(?:I|we)\s+would\b|\s+to\s+(?!you\b))`;
/** At the head of a clause only: "it works exactly as I said above" is not a reminder. */
const EN_CLAUSE = String.raw`(?<=^|[,;:(—–"“-]\s{0,3}|\b(?:and|but|so|because|yet|again|now|well|also|ok|okay|sorry|though)\s+|^@\S{1,30}\s+)`;
const DE_SAID = String.raw`(?:gesagt|erwähnt|erklärt|geschrieben|mitgeteilt|ausgeführt|dargelegt|angemerkt|betont)`;
const DE_NOT_YOURS = String.raw`(?!\s+(?:in|von|durch)\s+(?:Ihnen|Ihrer|Ihrem|dir|deiner|deinem)(?![\p{L}]))`;

export const asISaid: Rule = {
  id: 'as-i-said',
  category: 'lecturing',
  guidance: 'no-lectures',
  description: 'Reminding the customer of what the agent already said',
  en: {
    patterns: [
      { re: /\b(?:I['’]?ll|I\s+will|let\s+me)\s+explain\s+(?:it|this|that)\s+(?:to\s+you\s+)?(?:(?:one|once)\s+more|one\s+last|for\s+the\s+last)\s+time\b/, rewrite: enAgain },
      // "As stated clearly on our website": pointing at the fine print.
      {
        re: /\bas\s+(?:(?:clearly|explicitly|plainly)\s+(?:stated|explained|written|mentioned|shown|noted)|(?:stated|explained|written|mentioned|shown|noted)\s+(?:clearly|explicitly|plainly))\s+(?<prep>on|in)\s+(?<place>(?:our|the)\s+[\w-]+(?:\s+(?:page|terms|conditions|policy|description))?)/,
        rewrite: (ctx) => [`as described ${ctx.groups.prep ?? 'on'} ${ctx.groups.place ?? 'our website'}`],
      },
      // "as I (already) said", "like I said", "as I've explained before".
      {
        re: new RegExp(String.raw`${EN_CLAUSE}(?:as|like)\s+(?:I|i|we)(?:['’]?ve|\s+have|['’]d|\s+had)?\s+(?:al+ready\s+|previously\s+|just\s+|clearly\s+)?${EN_SAID}(?:\s+(?:before|earlier|al+ready|previously|above|twice|several\s+times|many\s+times|(?:in|on)\s+my\s+(?:last|previous|earlier)\s+(?:message|reply|tweet|email|e-mail|DM|response)))?${EN_NOT_YOURS}\b`),
        rewrite: enRecap,
      },
      // "as (already / previously) stated before", "as stated above".
      {
        re: new RegExp(String.raw`${EN_CLAUSE}as\s+(?:(?:al+ready|previously)\s+(?:stated|explained|mentioned|said)(?:\s+(?:before|earlier|above))?|(?:stated|explained|said|mentioned)\s+(?:before|earlier|previously|several\s+times|twice|(?:multiple|many|numerous|countless|a\s+few|three)\s+times|repeatedly))${EN_NOT_YOURS}\b`),
        rewrite: enRecap,
      },
      // "I already told you twice."
      {
        re: /\bI(?:['’]?ve|\s+have)?\s+(?:al+ready\s+)?(?:told|explained\s+(?:this|that|it)\s+to)\s+you\s+(?:this\s+|that\s+)?(?:twice|al+ready|before|several\s+times|many\s+times|a\s+(?:few|dozen|hundred|million)\s+times|(?:two|three|four|five|ten)\s+times)\b|\bI(?:['’]?ve|\s+have)?\s+al+ready\s+(?:told\s+you(?:\s+(?:this|that))?|explained\s+(?:this|that|it)(?:\s+to\s+you)?)(?=\s*[.!]|\s*$)/,
        rewrite: enAgain,
      },
      // "As stated in my previous email", "as mentioned in our last reply".
      {
        re: /\bas\s+(?:(?:al+ready|previously|clearly)\s+)?(?:stated|explained|mentioned|said|outlined|noted|advised|indicated|written)\s+(?:in|on)\s+(?:my|our)\s+(?:previous|last|earlier|prior|first|other)\s+(?:e-?mails?|messages?|repl(?:y|ies)|responses?|letters?|notes?|chats?|tweets?|DMs?)\b/,
        rewrite: enRecap,
      },
      // "We've been over this (already)", "I explained this in detail yesterday".
      {
        re: /\b(?:we(?:['’]?ve|\s+have)\s+(?:al+ready\s+)?been\s+(?:over|through)\s+(?:this|that|it)(?:\s+(?:al+ready|before|several\s+times|twice|many\s+times|a\s+few\s+times))?|I(?:['’]?ve|\s+have)?\s+(?:al+ready\s+)?explained\s+(?:this|that|it)\s+(?:to\s+you\s+)?(?:(?:in\s+(?:detail|full)|clearly|twice)\s+)?(?:yesterday|before|earlier|last\s+(?:week|time)|this\s+morning|on\s+the\s+phone|in\s+my\s+(?:last|previous|earlier)\s+(?:e-?mail|message|reply)))\b/,
        unless: /\b(?:sorry|apologi[sz]e|wrong(?:ly)?|incorrect(?:ly)?|badly|poorly|mistake)\b|\?/,
        rewrite: enAgain,
      },
      // "I've already answered this question."
      { re: /\bI(?:['’]?ve|\s+have)\s+al+ready\s+(?:answered|responded\s+to|addressed|covered|replied\s+to)\s+(?:this|that|your)(?:\s+(?:question|point|query|one))?(?=\s*(?:[.!,;]|$))/, unless: /\b(?:sorry|apologi[sz]e)\b/, rewrite: enAgain },
      // "I already told you that the refund takes five days."
      {
        re: /\bI(?:['’]?ve|\s+have)?\s+al+ready\s+(?:told\s+you|explained(?:\s+to\s+you)?|said|mentioned)(?=\s+that\b)/,
        rewrite: enConfirm,
      },
      { re: /(?<=^|[,;:]\s{0,3}|^@\S{1,30}\s+)for\s+the\s+(?:second|third|fourth|fifth|last|hundredth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\b(?=\s*[,:;!.—–-]|\s+I\b)/, unless: /\b(?:thanks?|thank\s+you|welcome|congrat\w*|ordered|ordering|bought|buying|purchas\w*|visit(?:ed|ing)|booked|booking|using|playing|flying|shopping|winning|won)\b/, rewrite: enRecap },
      { re: /\bhow\s+many\s+times\s+(?:do|must|will|should|have)\s+(?:I|we)\s+(?:have\s+to\s+)?(?:tell|explain|say|repeat|write)\b[^.!?]*\?*/, rewrite: enAgain },
      // "I don't know how many more ways I can explain this", "I don't know how else to say it".
      { re: /\bI\s+(?:really\s+|honestly\s+)?(?:don['’]?t|do\s+not|dont)\s+know\s+how\s+(?:many\s+more\s+(?:ways|times)|else|much\s+clearer)\s+(?:I\s+can|to|I\s+could)\s+(?:explain|say|put|write|make|be)\b[^.!?,;]*|\bI(?:['’]?m|\s+am)\s+not\s+sure\s+how\s+(?:much\s+)?(?:clearer|else|more\s+clearly)\s+(?:I\s+can|to|I\s+could)\s+(?:be|explain|say|put)\b[^.!?,;]*/, unless: /\b(?:sorry|apologi[sz]e|apologies)\b/, rewrite: enAgain },
    ],
    message: 'This reminds the customer of what you al+ready said',
    explanation:
      '"As I al+ready explained" sounds like a reprimand: the customer hears that they should have listened. Just give the information again, kindly.',
    rewrite: enRecap,
  },
  de: {
    patterns: foldDe([
      // Round 3: "Wie in unserer letzten Mail schon erklärt, …", "wie am Telefon bereits mitgeteilt, …": any place, then
      // bereits/schon + said, opening the sentence (not "wie Sie bereits erwähnt haben": that restates the customer).
      {
        re: new RegExp(String.raw`(?:^|(?<=[,;:]\s{0,3}))(?<hit>wie\s+(?!(?:Sie|du|ihr|Ihre?[mnrs]?|deine?[mnrs]?|besprochen|vereinbart)(?![\p{L}]))(?:[\p{L}\d.-]+\s+){0,5}?(?:bereits|schon|mehrfach|mehrmals|wiederholt)\s+(?:(?:ausführlich|deutlich|klar|genau|mehrfach)\s+)?(?:${DE_SAID}|erläutert|kommuniziert|erklaert|erwaehnt)(?:\s+(?:habe|haben|hatte|hatten|wurde|worden))?)(?=\s*,)`, 'u'),
        rewrite: deRecap,
      },
      // Round 3: "Ich hatte Ihnen bereits am Montag geschrieben, dass …": a date or channel between "bereits" and "said".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:ich|wir)\s+(?:hatte|hatten|habe|haben)\s+(?:Ihnen|dir|euch)\s+(?:(?:das|es|doch|ja|auch)\s+)?(?:bereits|schon)\s+(?:[\p{L}\d.-]+\s+){1,3}?(?:${DE_SAID}|erläutert)(?=\s*,\s*(?:dass|wie|wo|was|wann|warum))`, 'u'),
        rewrite: deConfirm,
      },
      // Round 3: explaining "ganz langsam" / "zum Mitschreiben" / "in einfachen Worten" talks down.
      {
        re: /(?<![\p{L}])(?:erkl(?:ä|ae)re|erkl(?:ä|ae)ren|sage|sagen|schreibe|schreiben|wiederhole|wiederholen|buchstabiere)(?:\s+[^\s.!?,]+){0,5}?(?<hit>\s+(?:ganz\s+langsam(?:\s+zum\s+Mitschreiben)?|zum\s+Mitschreiben|so,?\s+dass\s+(?:es|das)\s+(?:jeder|auch\s+Sie|auch\s+du)\s+versteh\p{L}*))(?![\p{L}])/u,
        rewrite: () => [''],
      },
      { re: /(?<![\p{L}])(?:ich\s+erkläre|erkläre\s+ich)\s+(?:es|das)\s+(?:Ihnen\s+|dir\s+)?(?:(?:jetzt|gern|gerne|aber|nun|hier)\s+){0,2}(?:noch\s+)?(?:ein\s+letztes\s+Mal|zum\s+letzten\s+Mal)(?![\p{L}])/u, rewrite: deAgain },
      {
        re: new RegExp(String.raw`(?<![\p{L}])wie\s+(?:ich|wir)\s+(?:Ihnen|dir|euch)\s+(?:bereits|schon)\s+in\s+(?:meiner|unserer)\s+(?:letzten|vorigen|vorherigen|ersten)\s+(?:Mail|E-Mail|Nachricht|Antwort)\s+${DE_SAID}(?:\s+(?:habe|haben))?(?![\p{L}])`, 'u'),
        rewrite: deRecap,
      },
      { re: /(?<=^|[;:]\s{0,3})wie\s+(?:schon\s+|bereits\s+)?gesagt(?=\s*,)/u, rewrite: deRecap },
      {
        re: /(?<![\p{L}])wie\s+(?<where>(?:auf|in)\s+(?:unserer|der|unseren|den)\s+[\p{L}-]+)\s+(?:deutlich|klar|ausdrücklich|eindeutig|extra)\s+(?:steht|beschrieben|angegeben|erw(?:ä|ae)hnt|vermerkt)(?![\p{L}])/u,
        rewrite: (ctx) => [`wie ${ctx.groups.where ?? 'auf unserer Website'} beschrieben`],
      },
      // "wie (ich Ihnen) bereits erwähnt (habe)", "wie schon gesagt".
      {
        re: new RegExp(String.raw`(?<![\p{L}])wie\s+(?:(?:ich|wir)\s+(?:(?:Ihnen|dir|euch)\s+)?(?:(?:doch|ja)\s+)?(?:bereits|schon|vorhin|zuvor|mehrfach|mehrmals|x-mal|zweimal)(?:\s+(?:mehrfach|mehrmals|zweimal|einmal|ausführlich))?\s+${DE_SAID}(?:\s+(?:habe|haben|hatte|hatten))?|(?:bereits|schon|zuvor|oben)\s+(?:(?:mehrfach|mehrmals|x-mal|zigmal|zweimal|dreimal|oft)\s+)?${DE_SAID})${DE_NOT_YOURS}(?![\p{L}])`, 'u'),
        rewrite: deRecap,
      },
      // "Ich habe Ihnen doch schon gesagt, dass ..." — the clause after "dass" stays.
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:ich|wir)\s+(?:habe|haben)\s+(?:Ihnen|dir|euch)\s+(?:(?:doch|ja|bereits|schon|mehrfach|mehrmals|zweimal|x-mal|ausführlich)\s+){1,3}${DE_SAID}(?=\s*,\s*(?:dass|wie|wo|was|wann|warum))`, 'u'),
        rewrite: deConfirm,
      },
      // "Ich habe es Ihnen schon zweimal gesagt."
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:ich|wir)\s+(?:habe|haben)\s+(?:(?:es|das)\s+)?(?:Ihnen|dir|euch)\s+(?:(?:es|das)\s+)?(?:(?:doch|ja|bereits|schon|mehrfach|mehrmals|zweimal|dreimal|viermal|fünfmal|zehnmal|zigmal|hundertmal|x-mal|oft\s+genug|ausführlich|jetzt|nun|inzwischen|mittlerweile|gefühlt)\s+){1,3}${DE_SAID}(?=\s*[.!:]|\s*$)`, 'u'),
        rewrite: deAgain,
      },
      { re: /(?<=^|[,;:]\s{0,3})zum\s+(?:zweiten|dritten|vierten|fünften|x-ten|hundertsten|wiederholten|letzten)\s+Male?(?=\s*[,:;!.—–-])/u, unless: /(?:bestell|kauf|besuch|Willkommen|gebucht|buchen)/u, rewrite: deRecap },
      { re: /(?<![\p{L}])wie\s+oft\s+(?:muss|soll)\s+ich\s+(?:(?:Ihnen|dir|euch|es|das)\s+){0,2}(?:noch\s+)?(?:(?:sagen|erklären|schreiben|wiederholen))(?![\p{L}])[^.!?]*\?*/u, rewrite: deAgain },
      {
        // "Wie Ihnen mein Kollege bereits mitgeteilt hat", "Wie in unserer Mail vom Montag beschrieben"
        re: new RegExp(String.raw`(?<![\p{L}])wie\s+(?:(?:Ihnen|dir|euch)\s+(?:mein(?:e)?\s+Kolleg\p{L}*|unser(?:e)?\s+(?:Kolleg\p{L}*|Team|Kundenservice|Support))\s+(?:(?:doch|ja)\s+)?(?:bereits|schon)\s+(?:mehrfach\s+)?${DE_SAID}(?:\s+(?:hat|haben|hatte|hatten))?|(?:(?:bereits|schon)\s+)?in\s+(?:unserer|meiner)\s+(?:letzten\s+|vorigen\s+|ersten\s+)?(?:Mail|E-Mail|Nachricht|Antwort)\s+(?:vom\s+[\p{L}\d.]+(?:\s+[\p{L}\d]+)?\s+)?(?:beschrieben|${DE_SAID}|angegeben|erläutert))(?![\p{L}])`, 'u'),
        rewrite: deRecap,
      },
      {
        // "Wie Sie wissen sollten, ...", "Wie jeder weiß, ...", "Wie allgemein bekannt, ..."
        re: /(?<![\p{L}])(?:wie\s+(?:Sie|du)\s+(?:eigentlich\s+|ja\s+|doch\s+)?(?:wissen\s+sollten|wissen\s+müssten|wissen\s+solltest|wissen\s+müsstest|wissen\s+müssten)|wie\s+(?:doch\s+)?(?:jeder|jede|jedermann|man)\s+weiß|wie\s+(?:(?:allgemein|hinlänglich)\s+)?bekannt(?:\s+ist)?)(?=\s*,)/u,
        rewrite: () => ['gut zu wissen'],
      },
      {
        // "Lesen Sie bitte genau, was ich geschrieben habe", "Noch mal zum Mitschreiben:"
        re: /(?<![\p{L}])(?:(?:lesen\s+Sie|lies)(?:\s+(?:bitte|doch|einfach|nochmal|noch\s+einmal|nochmals|genau|richtig)){1,3}\s*,?\s*was\s+(?:ich|wir)\s+(?:Ihnen\s+|dir\s+)?(?:geschrieben|gesagt|erkl(?:ä|ae)rt)\s+(?:habe|haben)|(?:noch\s+mal|nochmal|noch\s+einmal|nochmals|einmal|ganz\s+langsam)\s+(?:f(?:ü|ue)r\s+(?:Sie|dich|euch)\s+)?zum\s+Mitschreiben|(?:merken\s+Sie\s+sich|merk\s+dir)\s+(?:(?:bitte|eins|Folgendes|das|einfach)\s+){0,2}(?:bitte|eins|Folgendes)(?=\s*:))(?![\p{L}])/u,
        rewrite: deRecap,
      },
      {
        // Any words before "schon": "Wie ich Ihnen gestern schon dargelegt habe", "wie ich dir in meiner letzten nachricht schon gesagt hab"
        re: new RegExp(String.raw`(?<![\p{L}])wie\s+(?:ich|wir)\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}\d.-]+\s+){0,5}?(?:bereits|schon|mehrfach|mehrmals)\s+(?:[\p{L}\d.-]+\s+){0,4}?${DE_SAID}(?:\s+(?:habe|hab|haben|hatte|hatten))?(?![\p{L}])`, 'u'),
        rewrite: deRecap,
      },
      {
        // "Das habe ich doch gerade gesagt!", "hab ich ja eben geschrieben"
        re: /(?<![\p{L}])(?:(?:das|es)\s+(?:habe\s+ich|hab\s+ich|haben\s+wir)|(?:habe|hab)\s+ich)\s+(?:(?:Ihnen|dir|euch)\s+)?(?:(?:doch|ja|gerade|eben|bereits|schon|vorhin|zweimal|dreimal|mehrfach|x-mal|zigmal|oft\s+genug)\s+){2,3}(?:gesagt|geschrieben|erklärt|erwähnt)(?![\p{L}])/u,
        rewrite: () => ['kurz zusammengefasst:'],
      },
      { re: /(?:^|(?<=,\s{0,3}))wie\s+oft\s+(?:denn\s+)?noch(?=\s*[?!.]*\s*$)/u, rewrite: deAgain },
      // "Ich habe Ihnen das doch schon letzte Woche erklärt", "ich hab dir das bereits zweimal geschrieben".
      {
        re: /(?<![\p{L}])ich\s+(?:habe|hab)\s+(?:(?:Ihnen|dir|euch|es|das)\s+){0,2}(?:(?:das|es|doch|ja|nun|letzte\s+Woche|gestern|vorhin|heute\s+Morgen|auch|schon|bereits|am\s+Telefon|per\s+(?:Mail|E-Mail)|im\s+Chat|in\s+meiner\s+(?:letzten\s+)?(?:Mail|Nachricht|Antwort))\s+){0,2}(?:doch|schon|bereits|mehrfach|mehrmals|x-mal|zigmal|zweimal|dreimal|oft\s+genug)\s+(?:(?:das|es|doch|ja|nun|letzte\s+Woche|gestern|vorhin|heute\s+Morgen|auch|schon|bereits|am\s+Telefon|per\s+(?:Mail|E-Mail)|im\s+Chat|in\s+meiner\s+(?:letzten\s+)?(?:Mail|Nachricht|Antwort))\s+){0,3}(?:(?:mehrfach|mehrmals|x-mal|zigmal|zweimal|dreimal)\s+)?(?:erklärt|gesagt|geschrieben|mitgeteilt|erläutert)(?![\p{L}])(?!\s*,?\s*dass(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:falls|wie\s+versprochen|wie\s+besprochen)(?![\p{L}])|\?/u,
        rewrite: deAgain,
      },
      // "Ich kann nur noch einmal wiederholen: …", "ich muss mich wiederholen".
      {
        re: /(?<![\p{L}])ich\s+(?:kann|muss)\s+(?:(?:Ihnen|dir|es|das|mich|hier)\s+){0,2}(?:(?:(?:nur|bloß|leider)\s+){1,2}(?:(?:noch\s*(?:ein)?mal|nochmals|erneut)\s+)?|(?:noch\s*(?:ein)?mal|nochmals|erneut)\s+)wiederholen(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deRecap,
      },
      // "Wie in der Bestätigung klar und deutlich steht" → drop the "klar und deutlich".
      {
        re: /(?<![\p{L}])wie\s+(?:[\p{L}\d.-]+\s+){1,5}?(?<hit>(?:klar\s+und\s+deutlich|schwarz\s+auf\s+wei(?:ß|ss)|unmissverständlich|ausdrücklich|eindeutig|deutlich|klar)\s+)(?:steht|stand|beschrieben|angegeben|vermerkt|geschrieben|erklärt|geregelt|festgehalten|in|im|auf|unter)(?![\p{L}])/u,
        rewrite: () => [''],
      },
      {
        re: /(?<![\p{L}])steht\s+(?:(?:doch|ja|da|dort|hier|auch|alles)\s+){0,2}(?<hit>(?:klar\s+und\s+deutlich|schwarz\s+auf\s+wei(?:ß|ss)|unmissverständlich|ausdrücklich)\s+)(?:steht|stand|beschrieben|angegeben|vermerkt|geschrieben|erklärt|geregelt|festgehalten|in|im|auf|unter)(?![\p{L}])/u,
        rewrite: () => [''],
      },
      // "Wie Sie unserer Mail vom 3. Mai entnehmen können, …"
      {
        re: /(?<![\p{L}])wie\s+(?:Sie|du)\s+(?:(?:ja|bereits|schon|sicher|bestimmt|auch)\s+){0,2}(?:unserer|meiner|unseren|meinen|der\s+(?:letzten|vorherigen|früheren|ersten))\s+(?:(?:letzten|vorherigen|früheren|ersten|bisherigen)\s+)?(?:Mail|E-Mail|Mails|E-Mails|Nachricht|Nachrichten|Schreiben|Antwort|Antworten|Bestätigung|AGB)\s+(?:vom\s+[\d.]+\s*(?:[\p{L}]+\s+)?)?(?:(?:bereits|schon|ja)\s+)?(?:entnehmen|ersehen|nachlesen)\s+(?:können|konnten|kannst|konntest)(?![\p{L}])/u,
        rewrite: () => ['um es kurz zusammenzufassen'],
      },
      {
        // "Wie bereits in unseren FAQ beschrieben, …", "wie schon in der Auftragsbestätigung erwähnt".
        re: /(?<![\p{L}])wie\s+(?:(?:bereits|schon)\s+(?:mehrfach\s+|mehrmals\s+|ausführlich\s+)?)(?:in|im|auf|unter)\s+(?!(?:Ihre[mnrs]?|deine[mnrs]?|eure[mnrs]?)(?![\p{L}]))(?:[\p{L}\d.-]+\s+){1,3}?(?:beschrieben|erwähnt|erklärt|mitgeteilt|angegeben|geschrieben|dargestellt|ausgeführt|aufgeführt|vermerkt|nachzulesen|nachlesbar|festgehalten|geregelt)(?![\p{L}])/u,
        rewrite: deRecap,
      },
      {
        // "Bitte lesen Sie sich meine letzte Nachricht noch einmal in Ruhe durch", "Lies dir die Anleitung bitte nochmal durch".
        re: /(?<![\p{L}])(?:(?:bitte\s+)?lesen\s+Sie|lies)\s+(?:(?:sich|dir)\s+)?(?:(?:bitte|doch|einfach|mal)\s+){0,2}(?:meine|unsere|die|den|das|unser|mein|unseren|meinen)\s+(?:[\p{L}-]+\s+){0,3}?(?:noch\s*(?:ein)?mal|nochmals|erneut|ein\s+zweites\s+Mal)(?:\s+(?:genau|in\s+Ruhe|gründlich|aufmerksam|richtig|sorgfältig|langsam))?(?:\s+durch)?(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich fasse dir das Wichtigste gern noch einmal zusammen' : 'ich fasse Ihnen das Wichtigste gern noch einmal zusammen'],
      },
      // Broad: "Das haben wir Ihnen doch schon dreimal mitgeteilt.", "Hab ich dir doch mehrfach gesagt!"
      {
        re: /(?:^|(?<=[,;:]\s*))(?<hit>(?:(?:das|es|dies)\s+)?(?:habe?\s+ich|haben\s+wir|ich\s+habe?|wir\s+haben)\s+(?:Ihnen|dir|euch)\s+(?:(?:das|es|doch|ja|schon|bereits|nun|jetzt|auch|so)\s+){0,4}(?:doch|mehrfach|mehrmals|\p{L}*mal|x-mal|zigmal|oft\s+genug|wiederholt|zum\s+\p{L}+\s+Mal)\s+(?:(?:schon|bereits|so|ja|doch)\s+)?(?:gesagt|erkl(?:ä|ae)rt|mitgeteilt|geschrieben|erl(?:ä|ae)utert|geantwortet|gezeigt|geschildert))(?=\s*[.!]*\s*$)/u,
        unless: /(?<![\p{L}])(?:noch\s+einmal|nochmal|einmal|erstmal|diesmal)\s+(?:gesagt|erkl(?:ä|ae)rt|mitgeteilt|geschrieben|gezeigt)|\?\s*$/u,
        rewrite: () => ['ich fasse es gern noch einmal zusammen'],
      },
      // Broad: "Ich hatte Ihnen das bereits ausführlich erklärt", "Das hatten wir dir schon klar mitgeteilt".
      {
        re: /(?:^|(?<=[,;:]\s*))(?<hit>(?:(?:das|es|dies)\s+)?(?:hatte\s+ich|hatten\s+wir|ich\s+hatte|wir\s+hatten)\s+(?:Ihnen|dir|euch)\s+(?:(?:das|es|doch|ja|auch|so)\s+){0,2}(?:bereits|schon)\s+(?:(?:ausf(?:ü|ue)hrlich|deutlich|klar|mehrfach|mehrmals|genau|extra|explizit|eindeutig)\s+){0,2}(?:gesagt|erkl(?:ä|ae)rt|mitgeteilt|geschrieben|erl(?:ä|ae)utert|geschildert))(?=\s*[.!]*\s*$)/u,
        unless: /\?\s*$/u,
        rewrite: () => ['ich fasse es gern noch einmal zusammen'],
      },
      // Broad, preterite: "Wie ich bereits sagte, …", "wie wir Ihnen schon schrieben, …".
      {
        re: /(?<![\p{L}])(?<hit>wie\s+(?:ich|wir)\s+(?:(?:Ihnen|dir|euch)\s+)?(?:(?:ja|doch|bereits|schon|eben|vorhin|mehrfach|mehrmals)\s+){1,2}(?:sagte|sagten|schrieb|schrieben|erw(?:ä|ae)hnte|erw(?:ä|ae)hnten|erkl(?:ä|ae)rte|erkl(?:ä|ae)rten|mitteilte|mitteilten|ausf(?:ü|ue)hrte|ausf(?:ü|ue)hrten))\s*,\s*/u,
        rewrite: () => ['kurz zusammengefasst: '],
      },
      // Broad (round 4), inverted chat form: "hab ich dir doch schon gestern geschrieben", "habe ich Ihnen doch bereits erklärt".
      {
        re: /(?<![\p{L}])(?<hit>(?:hab|habe|haben)\s+(?:ich|wir)\s+(?:dir|Ihnen|euch)\s+(?:(?:das|es|ja|eigentlich|auch)\s+){0,2}doch\s+(?:(?:schon|bereits|extra|alles)\s+){0,2}(?:[\p{L}\d.-]+\s+){0,3}?(?:geschrieben|gesagt|erklärt|mitgeteilt|geschickt|erwähnt|geantwortet|beantwortet))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deAgain,
      },
    ]),
    message: 'Das erinnert den Kunden daran, was Sie schon gesagt haben',
    explanation:
      '„Wie bereits erwähnt“ klingt wie eine Rüge: Der Kunde hört, dass er hätte zuhören sollen. Geben Sie die Information einfach freundlich noch einmal.',
    rewrite: deRecap,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      'As described on our returns page, you have 30 days, and I have already started yours.',
      'Happy to explain it in a different way, in case the first email was unclear.',
      'As mentioned in your message, the parcel arrived damaged.',
      'As you mentioned several times, the tap still drips, so I have booked a plumber.',
      'as you explained repeatedly, the fault keeps coming back, sorry we missed that',
      'As you said, the app crashes on start.',
      'As we discussed on the phone, I have sent the label.',
      'Thanks for ordering with us for the second time!',
      'The courier tried to deliver it for the third time today.',
      'I have told the warehouse to ship it today.',
      'As we said we would, we have refunded the full amount.',
      'The new version works exactly as I said above.',
      'As I mentioned to the warehouse team, this needs priority.',
      "For the third time this year we're offering free shipping.",
      "I explained this to my team yesterday and they agreed to refund you.",
      "I'm sorry, I explained this badly yesterday, here it is again.",
      "I don't know how else to put it, but I'm so sorry about this mess, and I've refunded everything.",
      "I've already answered your colleague's email, so you'll get the same reply there.",
    ],
    invalid: [
      { text: "[[I allready told you twice]].", rewrite: "Let me go over it once more." },
      { text: "[[I'm not sure how much clearer I can be]].", rewrite: "Let me go over it once more." },
      { text: "[[I have already addressed this point]].", rewrite: "Let me go over it once more." },
      { text: "[[I don't know how many more times I can explain this]].", rewrite: "Let me go over it once more." },
      { text: "[[As mentioned in our last reply]], the shop closes at 6.", rewrite: "To recap, the shop closes at 6." },
      { text: "[[We have been over this twice]].", rewrite: "Let me go over it once more." },
      { text: "[[I've already explained this on the phone]].", rewrite: "Let me go over it once more." },
      { text: '[[Let me explain this one last time]]: the code expires after ten minutes.', rewrite: 'Let me go over it once more: the code expires after ten minutes.' },
      { text: '[[As plainly stated in our terms]], deposits are non-refundable.', rewrite: 'As described in our terms, deposits are non-refundable.' },
      { text: 'ok so [[like ive said]], the app needs an update.', rewrite: 'ok so to recap, the app needs an update.' },
      { text: '[[As I already explained]], the refund takes five days.', rewrite: 'To recap, the refund takes five days.' },
      { text: '[[As stated before]], we cannot change the address.', rewrite: 'To recap, we cannot change the address.' },
      { text: '[[as explained numerous times]] the deposit is kept', rewrite: 'To recap the deposit is kept' },
      { text: 'ok so [[as mentioned repeatedly]], the app needs iOS 16.', rewrite: 'ok so to recap, the app needs iOS 16.' },
      { text: '[[I already told you twice]].', rewrite: 'Let me go over it once more.' },
      { text: '[[I already told you]] that the refund takes five days.', rewrite: 'I can confirm that the refund takes five days.' },
      { text: '[[Like i said]], restart the router.', rewrite: 'To recap, restart the router.' },
      { text: '[[For the third time]]: the order has shipped.', rewrite: 'To recap: the order has shipped.' },
    ],
  },
  de: {
    valid: [
      'Hab ich dir schon geschickt, schau mal in dein Postfach.',
      'Wie Sie bereits erwähnt haben, fehlt die Rechnung; ich schicke sie Ihnen heute.',
      'Wie mit dir besprochen, kommt der Techniker am Montag.',
      'Ich erkläre Ihnen die Schritte gern in einfachen Worten.',
      'Ich hatte Ihnen am Montag geschrieben, leider an die alte Adresse.',
      'Wie ich gerade sehe, ist die Zahlung eingegangen.',
      'Ich hatte Ihnen gestern den Link geschickt, hier ist er noch einmal.',
      'Ich habe Ihnen den Link noch einmal geschickt.',
      'Das habe ich Ihnen gestern geschrieben, hier noch einmal der Link.',
      'Ich habe Ihnen gestern schon geschrieben, dass die Erstattung unterwegs ist – sie ist jetzt angekommen.',
      'Wie Sie klar erkannt haben, fehlt ein Teil.',
      'Ich habe Ihnen die Unterlagen schon geschickt, schauen Sie gern auch im Spam-Ordner nach.',
      'Ich habe schon mit dem Lager gesprochen, das Paket geht heute raus.',
      'Ich möchte noch einmal betonen, wie leid mir das tut.',
      'Ich kann es Ihnen gern noch einmal erklären.',
      'Wie Sie der Anlage entnehmen können, ist die Erstattung veranlasst.',
      'Wie in der Bestätigung steht, kommt der Techniker am Montag.',
      "Wie in Ihrer Mail beschrieben, habe ich die Adresse geändert.",
      "Wie besprochen habe ich den Techniker für Donnerstag gebucht.",
      "Wie Sie sicher wissen, läuft Ihr Vertrag im Mai aus – soll ich Ihnen ein Angebot schicken?",
      'Ich erkläre es Ihnen gern noch einmal, Schritt für Schritt.',
      'Wie auf unserer Website beschrieben, haben Sie 30 Tage Zeit.',
      'Wie Sie bereits erwähnt haben, ist das Paket beschädigt angekommen.',
      'Wie bereits in Ihrer Nachricht beschrieben, fehlt ein Teil.',
      'Wie besprochen habe ich das Etikett geschickt.',
      'Ich habe dem Lager bereits gesagt, dass es heute verschickt werden soll.',
      'Danke, dass Sie zum zweiten Mal bei uns bestellen!',
      'Wie ich Ihnen gestern schon versprochen habe, ist die Gutschrift jetzt da.',
      'Wie du mir schon geschrieben hast, fehlt die Rechnung, ich schicke sie gleich.',
      'Das habe ich Ihnen gerade per Mail geschickt.',
      'Wie oft noch soll der Techniker kommen? Ich kläre das mit ihm.',
      'Das habe ich dir gerade per Mail geschickt.',
      'Wie im Vertrag vereinbart, bekommen Sie die Gutschrift automatisch.',
      'Ich lese mir Ihre Nachricht gleich noch einmal in Ruhe durch und melde mich.',
    ],
    invalid: [
      { text: '[[hab ich dir doch schon gestern geschrieben]]', rewrite: 'Ich erkläre es dir gern noch einmal anders' },
      { text: '[[Wie am Telefon bereits mitgeteilt]], kostet der Zweitschlüssel 40 Euro.', rewrite: 'Kurz zusammengefasst, kostet der Zweitschlüssel 40 Euro.' },
      { text: '[[Wir hatten dir schon vor zwei Wochen geschrieben]], dass der Kurs ausfällt.', rewrite: 'Ich bestätige dir gern noch einmal, dass der Kurs ausfällt.' },
      { text: 'Ich sage es Ihnen gern noch einmal[[ ganz langsam]].', rewrite: 'Ich sage es Ihnen gern noch einmal.' },
      { text: '[[Das hatte ich dir bereits ausführlich erklärt]].', rewrite: 'Ich fasse es gern noch einmal zusammen.' },
      { text: '[[Das haben wir Ihnen nun schon dreimal mitgeteilt]].', rewrite: 'Ich fasse es gern noch einmal zusammen.' },
      { text: '[[Wie schon x-mal gesagt]], der Tarif läuft bis März.', rewrite: 'Kurz zusammengefasst, der Tarif läuft bis März.' },
      { text: '[[Ich hab dir das doch per Mail erklärt]].', rewrite: 'Ich erkläre es dir gern noch einmal anders.' },
      { text: 'Wie in den AGB [[eindeutig ]]geregelt, ist der Tarif monatlich kündbar.', rewrite: 'Wie in den AGB geregelt, ist der Tarif monatlich kündbar.' },
      { text: '[[Ich hab dir das bereits zweimal geschrieben]].', rewrite: 'Ich erkläre es dir gern noch einmal anders.' },
      { text: '[[Ich habe es Ihnen doch gestern erklärt]], die Karte ist gesperrt.', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders, die Karte ist gesperrt.' },
      { text: '[[Ich muss mich leider wiederholen]]: Der Tarif läuft bis März.', rewrite: 'Kurz zusammengefasst: Der Tarif läuft bis März.' },
      { text: 'Wie im Vertrag [[ausdrücklich ]]geregelt ist, gilt eine Frist von drei Monaten.', rewrite: 'Wie im Vertrag geregelt ist, gilt eine Frist von drei Monaten.' },
      { text: '[[Wie Sie meiner letzten Nachricht bereits entnehmen konnten]], ist das Angebot abgelaufen.', rewrite: 'Um es kurz zusammenzufassen, ist das Angebot abgelaufen.' },
      { text: "[[Wie Ihnen mein Kollege bereits mitgeteilt hat]], ist der Tarif nicht kündbar.", rewrite: "Kurz zusammengefasst, ist der Tarif nicht kündbar." },
      { text: "[[Wie jeder weiß]], braucht ein Update etwas Zeit.", rewrite: "Gut zu wissen, braucht ein Update etwas Zeit." },
      { text: "[[Noch mal zum Mitschreiben]]: Die Frist beträgt drei Monate.", rewrite: "Kurz zusammengefasst: Die Frist beträgt drei Monate." },
      { text: '[[Ich erkläre es dir jetzt zum letzten Mal]]: Der Code gilt zehn Minuten.', rewrite: 'Ich erkläre es dir gern noch einmal anders: Der Code gilt zehn Minuten.' },
      { text: '[[Wie in den AGB ausdrücklich steht]], ist die Anzahlung nicht erstattbar.', rewrite: 'Wie in den AGB beschrieben, ist die Anzahlung nicht erstattbar.' },
      { text: '[[Wie schon gesagt]], die App braucht ein Update.', rewrite: 'Kurz zusammengefasst, die App braucht ein Update.' },
      { text: '[[Wie bereits erwähnt]], erstatten wir den Betrag.', rewrite: 'Kurz zusammengefasst, erstatten wir den Betrag.' },
      { text: '[[Wie ich Ihnen schon gesagt habe]], ist das Paket unterwegs.', rewrite: 'Kurz zusammengefasst, ist das Paket unterwegs.' },
      { text: '[[Ich habe Ihnen doch schon gesagt]], dass wir den Betrag erstatten.', rewrite: 'Ich bestätige Ihnen gern noch einmal, dass wir den Betrag erstatten.' },
      { text: '[[Ich habe es dir schon zweimal erklärt]].', rewrite: 'Ich erkläre es dir gern noch einmal anders.' },
      { text: '[[Zum dritten Mal]]: Das Paket ist unterwegs.', rewrite: 'Kurz zusammengefasst: Das Paket ist unterwegs.' },
      { text: '[[Wie ich dir am Telefon bereits erklärt hab]], läuft der Vertrag noch bis März.', rewrite: 'Kurz zusammengefasst, läuft der Vertrag noch bis März.' },
      { text: '[[Wie wir Ihnen in unserer Mail vom Montag schon mitgeteilt haben]], ist die Frist abgelaufen.', rewrite: 'Kurz zusammengefasst, ist die Frist abgelaufen.' },
      { text: '[[Das habe ich doch gerade gesagt]]!', rewrite: 'Kurz zusammengefasst:!' },
      { text: 'Junge junge, [[wie oft noch]]?', rewrite: 'Junge junge, ich erkläre es Ihnen gern noch einmal anders?' },
      { text: '[[Das hab ich dir doch schon dreimal geschrieben]].', rewrite: 'Kurz zusammengefasst:.' },
      { text: '[[Wie bereits auf der Produktseite erwähnt]], ist das Kabel nicht dabei.', rewrite: 'Kurz zusammengefasst, ist das Kabel nicht dabei.' },
      { text: '[[Bitte lesen Sie sich unsere Mail noch einmal genau durch]].', rewrite: 'Ich fasse Ihnen das Wichtigste gern noch einmal zusammen.' },
      { text: '[[Ich erkläre es Ihnen gern ein letztes Mal]]: Die Laufzeit beträgt 24 Monate.', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders: Die Laufzeit beträgt 24 Monate.' },
    ],
  },
};
