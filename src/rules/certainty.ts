// "It will definitely arrive tomorrow", "100% sure", "ganz sicher morgen", "no matter what":
// certainty about dates and outcomes the agent does not control.
import type { Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_WHEN = String.raw`(?:tomorrow|tmrw|tmr|tomorow|2moro|today|tonight|this\s+(?:week|evening|afternoon)|next\s+week|on\s+time|by\s+(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the\s+)?end(?:\s+of\s+(?:the\s+)?(?:day|week|month|today))?|next|\d))`;
const DE_WHEN = String.raw`(?:morgen|heute|übermorgen|rechtzeitig|pünktlich|diese\s+Woche|nächste\s+Woche|bis\s+(?:morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Ende|zum|\d)|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag))`;


// Broad German cue classes (second round): a certainty marker and an outcome the agent does not
// control, in either order, with a bounded word gap; umlauts may be written ae/oe/ue/ss.
const fold = (s: string) => s.replace(/ä/g, '(?:ä|ae)').replace(/ö/g, '(?:ö|oe)').replace(/ü/g, '(?:ü|ue)').replace(/ß/g, '(?:ß|ss)');
const DE_SURE_STRONG = fold(String.raw`garantiert|ganz\s+bestimmt|ganz\s+sicher|auf\s+jeden\s+Fall|auf\s+alle\s+Fälle|hundertprozentig|100\s?%(?:ig)?|(?:100|hundert)\s*pro(?:zent)?|definitiv|mit\s+(?:absoluter\s+|hundertprozentiger\s+)?Sicherheit|todsicher|zweifellos|ohne\s+(?:jeden\s+)?Zweifel`);
const DE_SURE_WEAK = String.raw`sicher|sicherlich|bestimmt`;
const DE_OUTCOME_CORE = fold(String.raw`(?:zurück|rück)?erstattet|zurückerstatte[nt]|gutgeschrieben|ausgezahlt|überwiesen|genehmigt|genehmigen|bewilligt|übernommen|übernimmt|übernehmen|akzeptiert|anerkannt|behoben|gelöst|repariert|erledigt|freigeschaltet|entsperrt|aufgehoben|zurückgenommen|abgeholt|geliefert|zugestellt|angemeldet|eingebaut|installiert|getauscht|ersetzt|verlängert|bereit|fertig|funktionieren|funktioniert|klappen|klappt|da\s+sein|auf\s+(?:Ihrem|deinem|Ihr|dein|dem)\s+Konto`);
const DE_OUTCOME = DE_OUTCOME_CORE + fold(String.raw`|ankommen|kommt|kommen|läuft|laufen|zurück|landet|landen|eintreffen|trifft|statt(?=\s*[.!,;]|\s*$)|stattfinden|planmäßig|pünktlich|behebt|beheben|löst|lösen|hilft|wirkt|zahlt|bezahlt|zur\s+Verfügung|verfügbar|stabil|wieder\s+da|bei\s+(?:Ihnen|dir|euch)|da(?=\s*[.!,;]|\s*$)|(?<=(?:garantiert|sicher|bestimmt|Fall|hundertprozentig|definitiv|dann|wieder)\s)weg(?=\s*[.!,;]|\s*$)|verschwunden|in\s+(?:Ihrem|deinem|eurem)\s+(?:Briefkasten|Postfach|Konto|Depot)|vorbei|Geschichte|beseitigt|in\s+Ordnung|bestehen|bestanden|durch(?=\s*[.!,;]|\s*$)`);
// Not a forecast: negated or asked, hedged, "ob", or the agent's own next step.
/** Round 4: trouble the agent cannot rule out ("keine weiteren Kosten", "nie wieder Verbindungsabbrüche"). */
const DE_TROUBLE = String.raw`[\p{L}-]*(?:probleme?|ärger|aerger|sorgen|stress|ausfall|ausfälle|störung|störungen|abbrüche|abbruch|schäden|schaden|kosten|gebühren|mahnung|mahnungen|nachzahlung|nachzahlungen|verspätung|verspätungen|wartezeit|wartezeiten|panne|pannen|fehler|ruckler|feuchtigkeit|schimmel|beschwerden|einschränkungen|unterbrechungen|aussetzer|rechnungen|forderungen)`;
const DE_NOT_FORECAST = new RegExp(String.raw`(?<![\p{L}])(?:ob|zu\s+(?:100|hundert)|(?:nicht|kein\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:garantiert|sicher|mit\s+(?:\p{L}+\s+)?Sicherheit|hundertprozentig|definitiv|auf\s+jeden\s+Fall|bestimmt)|(?:100|hundert)\s*(?:%|Prozent|pro)\s+(?:des|der|vom|von|aller|Ihres|Ihrer|deines|deiner|unserer|unseres)|nicht\s+(?:ganz\s+|hundertprozentig\s+|100\s?%\s+)?(?:sicher|garantieren|versprechen|sagen|zusagen)|kein\p{L}*\s+Garantie|hoffe|hoffentlich|voraussichtlich|wahrscheinlich|vermutlich|sollte|sollten|dürfte|könnte|falls|wenn|Garantiezeit|Garantiefall|sicher\s+(?:verpackt|verwahrt|aufbewahrt|gespeichert|verschlüsselt|angekommen|abgestellt|hinterlegt|gelagert|aufgehoben)|(?:ich|wir)\s+(?:melde|melden|rufe|rufen|schreibe|schreiben|schicke|schicken|kümmere|kümmern|prüfe|prüfen|schaue|schauen|gebe|geben|frage|fragen|komme)|(?:melde|rufe|schreibe|schicke|kümmere|prüfe|schaue|gebe|frage|komme)\s+ich|(?:melden|rufen|schreiben|schicken|kümmern|prüfen|schauen|geben|fragen)\s+wir)(?![\p{L}])|\?\s*$`, 'u');

export const certainty: Rule = {
  id: 'certainty',
  category: 'overpromise',
  guidance: 'no-castles-in-the-air',
  description: 'Stating a date or outcome as certain ("definitely tomorrow", "100% sure", "no matter what")',
  en: {
    patterns: [
      // A fix claimed final, the outcome as settled, savings as certain: "this patch fixes the crash for good", "your
      // claim is as good as approved", "the new plan will save you money every single month".
      {
        re: /\b(?:(?:fix(?:es|ed)?|solv(?:e|es|ed)|sort(?:s|ed)?|resolv(?:e|es|ed)|cur(?:e|es|ed)|stop(?:s|ped)?|end(?:s|ed)?|(?:get|gets|got)\s+rid\s+of)\s+(?:(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?|all\s+(?:of\s+)?(?:the|your)\s+[\w-]+)\s+)?(?:for\s+good|once\s+and\s+for\s+all|permanently|forever|for\s+ever)|(?:is|are|['’]s|['’]re)\s+as\s+good\s+as\s+(?:approved|done|sorted|yours|guaranteed|confirmed|granted|fixed|paid|accepted|agreed|booked)|(?:is|['’]s)\s+(?:just\s+)?a\s+(?:done\s+deal|formality|given|sure\s+thing)|(?:everything|all|it|this)\s+(?:will\s+be|is\s+going\s+to\s+be|['’]ll\s+be|is)\s+(?:absolutely\s+|totally\s+)?(?:perfect|flawless|seamless|smooth\s+sailing|plain\s+sailing)\s+(?:from\s+now\s+on|going\s+forward|from\s+here\s+on|in\s+(?:the\s+)?future)|guarantees?\s+(?:you\s+)?(?:zero|no|100\s*%|full|complete|total|perfect|uninterrupted|instant)\s+[\w-]+|will\s+(?:definitely\s+|certainly\s+|absolutely\s+)?(?:save|cut|reduce|lower)\s+(?:you\s+)?(?:money|£\s?\d+|\$\s?\d+|€\s?\d+|your\s+(?:bills?|costs?))\b[^.!?;]{0,30}?\b(?:every\s+(?:single\s+)?(?:month|year|time|bill)|guaranteed|for\s+sure|no\s+matter\s+what))\b[^.!?;,]*/,
        unless: /\b(?:hope|hopefully|should|expect|aim|try|if|might|may|could|most\s+(?:people|customers)|usually|normally|in\s+most\s+cases|we\s+(?:tested|found)|not)\b|\?/,
        rewrite: () => ["should sort this, and I'll keep an eye on it for you"],
      },
      {
        re: /\b(?:will|['’]ll|is\s+going\s+to)\s+(?:be\s+)?[^.!?;]{0,60}?,?\s+(?<hit>trust\s+me)\b/,
        unless: /\b(?:try|hope|should|might|may|if)\b|\?/,
        rewrite: () => ["that's the plan"],
      },
      {
        re: /\b(?:our|the|this|that)\s+(?:[\w-]+\s+){1,3}?(?<hit>never)\s+(?=(?:loses|fails|misses|breaks|goes\s+wrong|makes\s+mistakes|gets\s+it\s+wrong|crashes|goes\s+down|arrives\s+late|runs\s+late)\b)/,
        unless: /\b(?:almost|hardly|rarely|if)\b|\?/,
        rewrite: () => ['rarely'],
      },
      {
        re: /\b(?:will|won['’]?t|['’]ll)\b[^.!?;]{0,60}?\b(?<hit>(?:I\s+can\s+(?:tell|promise|assure)\s+you\s+(?:that\s+)?)?(?:for\s+certain|with\s+(?:absolute\s+|complete\s+)?certainty))\b/,
        unless: /\b(?:can['’]?t|cannot|can\s+not|not|no\s+one|nobody|if|whether|I['’]?ll|I\s+will)\b|\?/,
        rewrite: () => ['as far as I know'],
      },
      // Broad certainty cue classes (round 5): intensified "make absolutely sure", "you can count on a refund",
      // "is certain to arrive", "will resolve every single one of your issues", "will work for everyone",
      // "I can 100% confirm ... will", "... no matter what".
      {
        re: /\b(?<hit>(?:make|making)\s+(?:absolutely|completely|totally|100\s?%|one\s+hundred\s+per\s?cent|doubly|triple)\s+sure)\b(?=[^.!?;]{0,80}\b(?:perfect|flawless|right|on\s+time|never|no\s+(?:more|further)|sorted|fixed|resolved|smoothly|smooth|without\s+(?:a\s+hitch|problems?|issues?))\b)/,
        unless: /\?/,
        rewrite: () => ['do everything I can to make sure'],
      },
      {
        re: /\b(?<hit>you\s+can\s+(?:count|bank)\s+on)\s+(?=(?:a|an|the|your|it|that|this|full|getting|having|receiving)\b)/,
        unless: /\b(?:not|can['’]?t|cannot)\b|\?/,
        rewrite: () => ["I'll do my best to get you"],
      },
      {
        re: /\b(?:is|are|will\s+be)\s+(?<hit>(?:certain|sure|bound|guaranteed)\s+to)\s+(?=(?:arrive|work|fix|be\s+(?:fixed|sorted|resolved|back|approved|delivered|refunded|there|with\s+you|ready)|get|reach|solve|resolve|sort|come|go\s+through|clear|land|pass|succeed)\b)/,
        unless: /\b(?:not|isn['’]?t|aren['’]?t|if|whether|suspect|think|guess|imagine|probably|maybe|hope)\b|\?/,
        rewrite: () => ['expected to'],
      },
      {
        re: /\b(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+(?:(?:definitely|personally|easily)\s+)?(?:resolve|fix|solve|sort(?:\s+out)?|answer|handle|clear\s+up)\s+(?:every\s+(?:single\s+)?(?:one|issue|problem|question|concern|bug)|all\s+(?:of\s+)?(?:your|the|these|those)\s+(?:[\w-]+\s+)?(?:issues|problems|questions|concerns|bugs|crashes))\b[^.!?;,]*/,
        unless: /\b(?:try|aim|hope|work\s+(?:to|on)|not|if|whether)\b|\?/,
        rewrite: () => ['will work through these with you one by one'],
      },
      {
        re: /\b(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+(?:(?:definitely|certainly)\s+)?(?:work|be\s+(?:fixed|resolved|solved|working))\s+(?:(?:straight\s+away|instantly|immediately|perfectly|flawlessly)\s+)?for\s+(?:everyone|everybody|all\s+(?:users|customers|players|members))\b|\b(?:will|['’]ll)\s+work\s+(?:perfectly\s+|flawlessly\s+)?every\s+(?:single\s+)?time\b/,
        unless: /\b(?:should|hope|expect|if|whether|not)\b|\?/,
        rewrite: () => ['should work for most people once it rolls out'],
      },
      {
        re: /\b(?<hit>(?:can|could)\s+(?:100\s?%|one\s+hundred\s+per\s?cent|a\s+hundred\s+per\s?cent|hundred\s+per\s?cent|absolutely|definitely)\s+(?:confirm|say|promise|tell\s+you))\b(?=[^.!?;]{0,80}\b(?:will|['’]ll|won['’]?t|is\s+going\s+to)\b)/,
        unless: /\?/,
        rewrite: () => ['can tell you the plan is that'],
      },
      // "It's definitely going to be delivered tomorrow": the certainty sits before "going to".
      {
        re: new RegExp(String.raw`\b(?:it|this|that|they|your\s+[\w-]+|the\s+[\w-]+)(?:['’]?s|\s+is|['’]?re|\s+are)\s+(?<hit>definitely|definately|certainly|absolutely|100\s?%|for\s+sure)\s+going\s+to\s+(?=(?:\S+\s+){0,4}?` + EN_WHEN + String.raw`\b)`),
        rewrite: () => ['most likely', 'probably'],
      },
      {
        // "it will definitely arrive tomorrow", "your order will 100% ship today"
        re: new RegExp(String.raw`(?:\b(?:will|is\s+going\s+to|are\s+going\s+to)|['’]ll|\b(?:i|you|we|it|they|that)ll)\s+(?<hit>definitely|definately|definitly|definetly|certainly|surely|for\s+sure|100\s?%|absolutely|def|defo|deffo|defs)\s+(?=(?:\S+\s+){0,3}?` + EN_WHEN + String.raw`\b)`),
        // "I'll definitely call you tomorrow" is the agent's own next step (a commitment), not a forecast.
        unless: /\b(?:I|we)(?:['’]?ll|\s+will)\s+(?:definitely|certainly|surely|for\s+sure|100\s?%|absolutely)\s+(?:look|check|call|get\s+back|follow|update|keep|investigate|reply|contact|e-?mail|let|review|pass|escalate|make\s+sure|try|be\s+in\s+touch|reach\s+out|send\s+you\s+an?\s+update)\b/,
        rewrite: () => ['most likely', 'probably'],
      },
      {
        // "it'll arrive tomorrow for sure", "it arrives tomorrow, 100%"
        re: new RegExp(EN_WHEN + String.raw`,?\s+(?<hit>for\s+sure|100\s?%|without\s+fail|guaranteed)(?=\s*[.!,]|$)`),
        // "I'll call you back tomorrow for sure" is the agent's own next step (a commitment), not a forecast.
        unless: /\b(?:I|we)(?:['’]?ll|\s+will)\s+(?:definitely\s+)?(?:call|ring|e-?mail|text|message|get\s+back|update|contact|check|look|be\s+in\s+touch|reply|write)\b/,
        rewrite: () => ['if all goes to plan', 'as far as I can tell'],
      },
      {
        // "I'm 100% sure", "I'm absolutely certain"; not "I'm not 100% sure".
        re: /\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?<hit>(?:100\s?%|a\s+hundred\s+percent|absolutely|completely)\s+(?:sure|certain|positive))\b/,
        // Certain about what the agent has already done ("I'm 100% sure I've cancelled it, here's the confirmation") is a fact, not a forecast.
        unless: /\b(?:sure|certain|positive)\s+(?:that\s+)?(?:I|we)(?:['’]?ve|\s+have|\s+(?:did|sent|cancell?ed|refunded|changed|booked|processed))\b/,
        rewrite: () => ['fairly confident', 'quite confident'],
      },
      {
        // "100% it'll be fixed today", "for sure it'll arrive tomorrow" (the certainty in front).
        re: new RegExp(String.raw`(?:^|(?<=[,;:]\s{0,3}))(?<hit>100\s?%|for\s+sure|definitely|guaranteed|no\s+doubt|without\s+(?:a\s+)?doubt)\s*,?\s+(?=(?:it|this|that|they|your\s+[\w-]+|the\s+[\w-]+)(?:['’]?ll|\s+will|\s+is\s+going\s+to)\s+(?:\S+\s+){0,4}?` + EN_WHEN + String.raw`\b)`),
        rewrite: () => ['most likely', 'if all goes to plan,'],
      },
      {
        // "I'm sure it'll be approved", "I'm confident your claim will go through": someone else's decision forecast as certain.
        re: /\b(?<hit>(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:absolutely\s+|completely\s+|totally\s+|very\s+)?(?:sure|certain|confident|positive))\s+(?:that\s+)?(?:it|this|that|they|your\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?)\s*(?:(?:won['’]?t|will\s+not)\s+(?:ever\s+)?(?:come\s+back|happen\s+again|recur|return|break\s+again)|(?:['’]ll|will|is\s+going\s+to)\s+(?:be\s+)?(?:approved|accepted|granted|refunded|covered|paid(?:\s+out)?|reimbursed|go\s+through|come\s+through|succeed|arrive|turn\s+up|show\s+up|delivered|fixed|there\s+(?:tomorrow|today|by|on|in\s+time)))\b/,
        unless: /\b(?:not|n['’]?t)\s+(?:\w+\s+)?(?:sure|certain|confident)\b|\?/,
        rewrite: () => ['I expect', 'I hope'],
      },
      {
        // "You'll get a refund for sure", "it'll work, no doubt about it" (not "I'll call you back for sure").
        re: /(?:['’]ll|\b(?:i|you|we|it|they|that)ll|\bwill)\s+(?!(?:call|ring|e-?mail|text|message|get\s+back|update|contact|check|look|be\s+in\s+touch)\b)[^.!?]{3,60}?\s(?<hit>for\s+sure|100\s?%|without\s+fail|no\s+doubt(?:\s+about\s+it)?|without\s+(?:any\s+)?(?:problems?|issues?|hiccups?|hitches?|a\s+hitch|delays?))(?=\s*(?:[.!;]|,\s*(?:don['’]?t|no\s+need|trust|promise|I\s+promise)|$))/,
        unless: /\b(?:not|n['’]?t)\s+(?:\w+\s+)?sure\b|\?\s*$/,
        rewrite: () => ['if all goes to plan', 'as far as I can tell'],
      },
      {
        // "Everything will be back to normal tomorrow."
        re: new RegExp(String.raw`\b(?<hit>(?:everything|all)(?:['’]?ll|\s+will)\s+be)\s+(?:back\s+to\s+normal|(?:working\s+)?perfect(?:ly)?|fine|sorted|fixed)\s+(?=` + EN_WHEN + String.raw`\b)`),
        unless: /\b(?:should|hope|hopefully|expect|likely|probably)\b|\?/,
        rewrite: (ctx) => [ctx.match.replace(/(?:['’]ll|(?<!\s)\s+will)\s+be$/iu, ' should be')],
      },
      {
        // "Your refund will be approved, I'm sure of it."
        re: /,\s*(?<hit>I['’]?m\s+(?:100\s?%\s+|absolutely\s+|completely\s+|totally\s+)?(?:sure|certain|positive)(?:\s+(?:of|about)\s+(?:it|that))?)\s*[.!]*$/,
        unless: /\b(?:not|n['’]?t)\s+(?:\w+\s+)?(?:sure|certain)\b|\b(?:I|we)\s*(?:['’]?ll|will)\s+(?:check|look|find|call|email|ask|chase|follow)\b/,
        rewrite: () => ['as far as I can tell', 'I expect'],
      },
      {
        // "we will refund you in full, no matter what"
        re: /\b(?:refund|replace|reimburse|compensate|cover|pay|fix|sort|get|reopen|restore|recover|unlock|reinstate|rebook|deliver)\b[^.!?]{0,60}?(?<hit>no\s+matter\s+what(?!\s+(?:I|you|u|we|they|he|she|it|happens|else)\b)|whatever\s+(?:the\s+(?:amount|cost|price|damage|total|bill)|it\s+(?:costs|takes))|no\s+matter\s+(?:the|how\s+much\s+it)\s+(?:amount|cost|price|costs))\b/,
        rewrite: () => ["once I've confirmed the details", 'as far as our policy allows'],
      },
      // "…, the upgrade is yours for the whole week, 100%.": the certainty tacked on at the end (not "I agree, 100%").
      {
        re: /,\s*(?<hit>100\s?%|100\s+per\s?cent|(?:a\s+)?hundred\s+per\s?cent)\s*[.!]*$/,
        unless: /\b(?:agree|agreed|right|true|correct|exactly|with\s+you|yes|yep|yeah|sure|recommend|rating|score|charged|refunded|discount|off)\b|\?/,
        rewrite: () => ['as far as I can see'],
      },
      // "Consider it done!" before anything is done.
      {
        re: /^(?:(?:ok(?:ay)?|sure|right|great|no\s+problem|no\s+worries)\s*[,!.]*\s+)?(?<hit>consider\s+it\s+(?:done|sorted|handled|fixed|taken\s+care\s+of|yours))(?![^.!?]*\b(?:I['’]?ve|I\s+have|already|just\s+(?:done|sent|changed|booked|fixed)))/,
        rewrite: () => ["I'm on it"],
      },
    ],
    message: 'Certainty you may not be able to back up',
    explanation:
      'Dates and outcomes that depend on carriers, other teams or policy can slip. Stated as certain, a slip feels like a broken promise; say what you expect and what you will do.',
    rewrite: () => ['most likely'],
  },
  de: {
    patterns: foldDe([
      {
        // "kommt ganz sicher morgen an", "wird auf jeden Fall bis Freitag erledigt"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>ganz\s+sicher|todsicher|hundertprozentig|100\s?%(?:ig)?|auf\s+jeden\s+Fall|definitiv|bestimmt)\s+(?=(?:\p{L}+\s+){0,2}?` + DE_WHEN + String.raw`(?![\p{L}]))`, 'u'),
        unless: /(?<![\p{L}])(?:nicht|kein|keine|ob)\s+(?:ganz\s+sicher|hundertprozentig|100\s?%|auf\s+jeden\s+Fall|definitiv|bestimmt)(?![\p{L}])|\?\s*$|(?<![\p{L}])(?:(?:ich|wir)\s+(?:melde|melden|rufe|rufen|schreibe|schreiben|schicke|schicken|kümmere|kümmern|prüfe|prüfen|schaue|schauen|gebe|geben|frage|fragen)|(?:melde|rufe|schreibe|schicke|kümmere|prüfe|schaue|gebe|frage)\s+ich|(?:melden|rufen|schreiben|schicken|kümmern|prüfen|schauen|geben|fragen)\s+wir)(?![\p{L}])/u,
        // "Ich melde mich auf jeden Fall morgen" is the agent's own next step (a commitment).
        // (The object pronoun is optional: "ich rufe dich ganz sicher morgen zurück".)
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        // "Ich bin mir 100% sicher", "ich bin mir absolut sicher"
        re: /(?<![\p{L}])(?:bin|sind)\s+(?:mir|uns)\s+(?<hit>(?:100\s?%(?:ig)?|hundertprozentig|absolut|ganz)\s+sicher)(?![\p{L}])/u,
        rewrite: () => ['ziemlich sicher', 'recht zuversichtlich'],
      },
      {
        // "Wir erstatten Ihnen alles, egal was passiert"
        re: /(?<![\p{L}])(?:erstatten|ersetzen|zahlen|übernehmen|bezahlen|tauschen)(?![\p{L}])[^.!?]{0,60}?(?<hit>egal\s+was\s+(?:passiert|kommt)|auf\s+jeden\s+Fall|in\s+jedem\s+Fall)(?![\p{L}])/u,
        rewrite: () => ['sobald ich die Details geprüft habe', 'im Rahmen unserer Richtlinien'],
      },
      {
        // "..., egal was passiert." after any outcome ("dass wir den Preis angleichen, egal was passiert").
        re: /,\s*(?<hit>egal\s+was\s+(?:passiert|kommt)|was\s+auch\s+immer\s+passiert)\s*[.!]*$/u,
        unless: /(?<![\p{L}])(?:erstatten|ersetzen|zahlen|übernehmen|bezahlen|tauschen)(?![\p{L}])/u,
        rewrite: () => ['sobald ich die Details geprüft habe', 'im Rahmen unserer Richtlinien'],
      },
      {
        // "Der Flug wird auf keinen Fall ausfallen", "das Paket wird garantiert nicht zu spät kommen"
        re: /(?<![\p{L}])(?:wird|werden)\s+(?:[\p{L}-]+\s+){0,2}?(?<hit>auf\s+keinen\s+Fall|keinesfalls|garantiert\s+nicht|ganz\s+sicher\s+nicht|hundertprozentig\s+nicht|100\s?%(?:ig)?\s+nicht)\s+(?=(?:mehr\s+)?(?:ausfallen|verspätet\s+sein|zu\s+spät\s+kommen|abstürzen|ausgehen|verloren\s+gehen|fehlen|scheitern|abgelehnt\s+werden|teurer\s+werden|abbrechen|unterbrochen\s+werden|wieder\s+(?:passieren|vorkommen|auftreten))(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['nach jetzigem Stand nicht', 'voraussichtlich nicht'],
      },
      // "zu 100 Prozent zusagen", "mit absoluter Sicherheit pünktlich", "für immer behoben".
      {
        re: /(?<![\p{L}])(?<hit>zu\s+(?:100|hundert)\s*(?:%|Prozent)|mit\s+(?:absoluter|hundertprozentiger|100-?prozentiger|völliger|totaler)\s+Sicherheit|(?:endgültig\s+und\s+)?für\s+immer|ein\s+für\s+alle\s+Mal)\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:zusagen|zusichern|versprechen|garantieren|sicherstellen|funktionieren|funktioniert|klappen|klappt|erledigt|behoben|gelöst|beseitigt|ankommen|kommt|pünktlich|da|weg|vorbei)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*|nie)\s+(?:[\p{L}-]+\s+){0,2}?(?:zu\s+(?:100|hundert)|mit\s+(?:absoluter|hundertprozentiger))|\?/u,
        rewrite: () => ['nach jetzigem Stand'],
      },
      {
        // "Da können Sie sich hundertprozentig drauf verlassen", "darauf kannst du dich zu hundert Prozent verlassen".
        re: /(?<![\p{L}])(?:da|darauf|drauf)\s+(?:können\s+Sie\s+sich|kannst\s+du\s+dich|könnt\s+ihr\s+euch)\s+(?:(?:hundertprozentig|100\s?%(?:ig)?|zu\s+(?:100|hundert)\s*(?:%|Prozent)|fest|blind|voll\s+und\s+ganz|voll|absolut|drauf|darauf|sicher)\s+){0,3}verlassen(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: () => ['ich tue alles dafür, dass es klappt'],
      },
      {
        // A tag of certainty: "…, 100 Pro", "klar klappt das, hundert Prozent".
        re: /,\s*(?<hit>(?:100|hundert)\s*(?:Pro(?:zent)?|%)|hundertpro(?:zentig)?)(?=\s*[.!]*\s*$)/u,
        rewrite: () => ['da bin ich zuversichtlich'],
      },
      // Broad: certainty marker, then within six words an outcome ("wird auf jeden Fall nächsten Dienstag abgeholt",
      // "steht definitiv um 8 Uhr für dich bereit").
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>` + DE_SURE_STRONG + String.raw`)(?![\p{L}])(?=(?:\s+\S+){0,8}?\s+(?:` + DE_OUTCOME + String.raw`)(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      // Broad: outcome first, marker after ("Der Techniker kommt morgen ganz sicher", "genehmigt den Antrag bestimmt").
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:` + DE_OUTCOME + String.raw`)(?:\s+[^\s.!?]+){0,4}?\s+(?<hit>` + DE_SURE_STRONG + String.raw`)(?![\p{L}])(?!\s+(?:nicht|kein\p{L}*)(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:` + DE_OUTCOME_CORE + String.raw`)(?:\s+[^\s.!?]+){0,4}?\s+(?<hit>` + DE_SURE_WEAK + String.raw`)(?![\p{L}])(?!\s+(?:nicht|kein\p{L}*)(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      // Broad: "werden Ihnen sicher komplett erstattet", "wird bestimmt bald behoben": the weak marker after a future auxiliary.
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:wird|werden|wirst|ist|sind)(?:\s+[^\s.!?]+){0,3}?\s+(?<hit>` + DE_SURE_WEAK + String.raw`)(?:\s+[^\s.!?]+){0,3}?\s+(?:` + DE_OUTCOME_CORE + String.raw`)(?![\p{L}])`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      // A tag of certainty at the end: "…, da bin ich mir sicher", "…, das verspreche ich dir".
      {
        re: /,\s*(?<hit>(?:da|davon|dessen)\s+bin\s+ich\s+(?:mir\s+)?(?:ganz\s+|absolut\s+|100\s?%(?:ig)?\s+|hundertprozentig\s+|total\s+)?sicher|das\s+versprech(?:e)?\s+ich\s+(?:Ihnen|dir|euch)|ich\s+versprech(?:e)?\s+(?:es\s+)?(?:Ihnen|dir|euch))\s*[.!]*$/u,
        rewrite: () => ['da bin ich zuversichtlich'],
      },
      // Broad: a strong marker next to a date the agent does not control, either order ("garantiert noch diese Woche", "bis Freitag definitiv").
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>` + DE_SURE_STRONG + String.raw`)(?![\p{L}])(?=(?:\s+[^\s.!?]+){0,2}?\s+(?:noch\s+)?` + DE_WHEN + String.raw`(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich', 'nach jetzigem Stand'],
      },
      // A promise as an opener: "Das verspreche ich Ihnen: …", "Versprochen: …".
      {
        re: /^(?<hit>(?:das\s+)?versprech(?:e)?\s+ich\s+(?:Ihnen|dir|euch)(?:\s+(?:hoch\s+und\s+heilig|fest))?|versprochen)\s*(?=:)/u,
        rewrite: () => ['ich gehe davon aus'],
      },
      // Round 3: an assurance tag closing a forecast ("…, darauf können Sie zählen", "…, das kann ich Ihnen zusichern",
      // "…, da kann nichts mehr schiefgehen", "…, ohne Wenn und Aber").
      {
        re: new RegExp(String.raw`,\s*(?<hit>(?:darauf|drauf|da)\s+(?:können\s+Sie|kannst\s+du|könnt\s+ihr)\s+(?:(?:sich|dich|euch|fest|sicher|ganz)\s+){0,2}(?:zählen|Gift\s+nehmen|wetten)|das\s+(?:kann|darf|möchte)\s+ich\s+(?:Ihnen|dir|euch)\s+(?:fest\s+|schon\s+jetzt\s+)?(?:zusichern|garantieren|versprechen|versichern|fest\s+zusagen|zusagen)|(?:da|dabei|jetzt)\s+(?:kann|wird|geht|passiert)\s+(?:garantiert\s+|sicher\s+|bestimmt\s+)?(?:nichts|nix)(?:\s+mehr)?(?:\s+schief(?:gehen)?|\s+passieren)?|ohne\s+Wenn\s+und\s+Aber|Ehrenwort|großes\s+Ehrenwort)\s*[.!]*$`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['nach jetzigem Stand'],
      },
      // Round 3: a deadline opening a flat forecast in V2 ("Innerhalb von 24 Stunden ist Ihr Internet wieder da",
      // "Spätestens Montag haben Sie Ihr Geld", "Morgen früh ist das Geld auf Ihrem Konto").
      {
        re: new RegExp(String.raw`^(?:(?:ok(?:ay)?|gut|keine\s+Sorge|alles\s+klar)\s*[,!.]\s*)?(?<hit>(?:spätestens|spaetestens|innerhalb(?:\s+von)?|in|bis(?:\s+spätestens)?)\s+(?:den\s+nächsten\s+|wenigen\s+|einer\s+|einem\s+|zwei\s+|drei\s+|\d+\s+)?(?:Minuten|Minute|Stunden|Stunde|Tagen|Tag|Werktagen|Woche|morgen|übermorgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)|(?:morgen|übermorgen)(?:\s+(?:früh|frueh|mittag|nachmittag|abend|vormittag))?)(?:\s+[^\s.!?,]+){0,2}?\s+(?:ist|sind|hast\s+du|haben\s+Sie|habt\s+ihr|wird|werden|kommt|steht|läuft|laeuft)(?:\s+[^\s.!?,]+){1,5}?\s+(?:` + DE_OUTCOME_CORE + String.raw`|wieder\s+(?:da|online|erreichbar|verfügbar|frei)|auf\s+(?:Ihrem|deinem|eurem)\s+Konto|in\s+(?:Ihrem|deinem|eurem)\s+Briefkasten|bei\s+(?:Ihnen|dir|euch))(?![\p{L}])`, 'u'),
        unless: new RegExp(String.raw`(?<![\p{L}])(?:in\s+der\s+Regel|meist(?:ens)?|normalerweise|üblicherweise|gewöhnlich|erfahrungsgemäß|ca\.?|circa|etwa|ungefähr|rund|laut|nach\s+Angaben)(?![\p{L}])|` + DE_NOT_FORECAST.source, 'u'),
        rewrite: (c) => ['voraussichtlich ' + c.match.replace(/^(?:Spätestens|Spaetestens|Innerhalb|In|Bis|Morgen|Übermorgen)(?![\p{L}])/u, (w) => w.toLowerCase())],
      },
      // Round 3: "Ich sorge persönlich dafür, dass Ihr Zähler bis Montag getauscht ist": a deadline for a result others deliver.
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:sorge|sorgen)\s+(?:persönlich\s+|höchstpersönlich\s+)?dafür\s*,?\s*dass)(?=[^.!?\n]{0,60}?(?<![\p{L}])(?:bis|spätestens|heute|morgen|übermorgen|innerhalb|sofort)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:` + DE_OUTCOME_CORE + String.raw`)\s+(?:ist|sind|wird|werden|hast|haben)(?![\p{L}]))`, 'u'),
        rewrite: () => ['ich setze mich dafür ein, dass'],
      },
      // Round 3: a bad outcome ruled out ("Ihr Flug wird auf keinen Fall gestrichen", "wird garantiert nicht gesperrt").
      {
        re: /(?<![\p{L}])(?:wird|werden|wirst)\s+(?:[\p{L}-]+\s+){0,2}?(?<hit>auf\s+keinen\s+Fall|keinesfalls|garantiert\s+nicht|ganz\s+sicher\s+nicht|sicher\s+nicht|bestimmt\s+nicht|100\s?%(?:ig)?\s+nicht|hundertprozentig\s+nicht)\s+(?:mehr\s+)?(?:gestrichen|storniert|abgesagt|gekündigt|abgelehnt|gesperrt|berechnet|verschoben|annulliert|eingezogen|abgebucht|gelöscht|beschädigt|verspätet)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ob|hoffe|hoffentlich|falls|wenn)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['nach jetzigem Stand nicht'],
      },
      // Round 3: a fix claimed to be final ("Das Update behebt das Problem endgültig", "löst den Fehler dauerhaft").
      {
        re: /(?<![\p{L}])(?:behebt|beheben|löst|lösen|beseitigt|beseitigen|repariert|reparieren|behoben|gelöst|beseitigt)\s+(?:[^\s.!?,]+\s+){0,3}?(?<hit>endgültig|dauerhaft|für\s+immer|ein\s+für\s+alle\s+Mal|restlos)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:soll|sollte|sollten|hoffe|hoffentlich|ob|falls|wenn|nicht|kein\p{L}*|voraussichtlich)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['voraussichtlich'],
      },
      {
        re: /(?<![\p{L}])(?:wird|werden|ist|sind)\s+(?:[^\s.!?,]+\s+){0,3}?(?<hit>endgültig|dauerhaft|ein\s+für\s+alle\s+Mal|restlos)\s+(?=(?:behoben|gelöst|beseitigt|repariert)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:soll|sollte|sollten|hoffe|hoffentlich|ob|falls|wenn|nicht|kein\p{L}*|voraussichtlich)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['voraussichtlich'],
      },
      // Round 3: "Wir garantieren Ihnen eine Lieferung bis Heiligabend".
      {
        re: /(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:garantiere|garantieren)\s+(?:Ihnen|dir|euch))\s+(?=(?:eine?n?|die|den|das)\s)/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [/^ich/iu.test(ctx.match) ? 'ich bemühe mich um' : 'wir bemühen uns um'],
      },
      // Round 3: the result as good as done ("ist so gut wie auf Ihrem Konto", "nur noch Formsache").
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|sind)\s+(?:schon\s+|praktisch\s+|quasi\s+)?so\s+gut\s+wie\s+(?:[^\s.!?,]+\s+){0,3}?(?:genehmigt|bewilligt|durch|gelöst|behoben|erstattet|freigeschaltet|(?:auf|in)\s+(?:Ihrem|deinem|eurem)\s+(?:Konto|Briefkasten))|(?:nur\s+noch|reine)\s+(?:eine\s+)?Formsache)(?![\p{L}])/u,
        unless: DE_NOT_FORECAST,
        rewrite: () => ['ist auf einem guten Weg'],
      },
      // Round 3: "da können Sie Gift drauf nehmen".
      {
        re: /,?\s*(?<hit>da(?:rauf)?\s+(?:können\s+Sie|kannst\s+du|könnt\s+ihr)\s+Gift\s+(?:drauf|darauf)\s+nehmen)(?=\s*[.!]*$)/u,
        rewrite: () => ['nach jetzigem Stand'],
      },
      // Round 3: "Ab morgen läuft alles wieder reibungslos", "nach dem Update funktioniert alles einwandfrei".
      {
        re: /(?<![\p{L}])(?:ab\s+(?:morgen|sofort|jetzt|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|nächster\s+Woche)|nach\s+(?:dem|der)\s+[\p{L}-]+|danach|dann)\s+(?<hit>(?:läuft|laufen|funktioniert|funktionieren|klappt|klappen|geht|gehen)\s+(?:(?:dann|alles|wieder|garantiert|sicher)\s+){0,3}(?:reibungslos|einwandfrei|problemlos|fehlerfrei|störungsfrei|ohne\s+(?:Probleme|Störungen|Fehler)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:soll|sollte|sollten|hoffe|hoffentlich|ob|falls|wenn|meist(?:ens)?|normalerweise|in\s+der\s+Regel|voraussichtlich)(?![\p{L}])|\?\s*$/u,
        rewrite: (ctx) => [/^(?:laufen|funktionieren|klappen|gehen)/iu.test(ctx.match) ? 'sollten wieder normal laufen' : 'sollte alles wieder normal laufen'],
      },
      // Round 3: "Die Gutschrift kommt sicher noch diese Woche", "klappt bestimmt bis Freitag": weak marker before a date.
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:kommt|kommen|klappt|klappen|läuft|laufen|ist|sind|wird|werden|geht|gehen|landet|trifft)\s+(?<hit>(?:ganz\s+)?(?:sicher|sicherlich|bestimmt))\s+(?:noch\s+|schon\s+)?` + DE_WHEN + String.raw`(?![\p{L}])(?!\s+(?:nicht|kein\p{L}*)(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich'],
      },
      // Round 3: the result as already secured or sure to be fixed ("Der Platz ist Ihnen sicher", "das kriegen wir heute
      // noch hin", "haben wir im Nu gelöst", "ist nach der Reparatur garantiert wie neu").
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|sind)\s+(?:Ihnen|dir|euch)\s+(?:so\s+gut\s+wie\s+|absolut\s+|hundertprozentig\s+|ganz\s+)?sicher)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_NOT_FORECAST,
        rewrite: (c) => [(/^sind/i.test(c.match) ? 'sind' : 'ist') + ' für ' + (/(?<![\p{L}])euch(?![\p{L}])/iu.test(c.match) ? 'euch' : /(?<![\p{L}])dir(?![\p{L}])/iu.test(c.match) ? 'dich' : 'Sie') + ' vorgemerkt'],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:kriegen|bekommen|kriege|krieg|bekomme)\s+(?:wir|ich)\s+(?:(?:das|es|alles)\s+)?(?:(?:heute|morgen|noch|sofort|gleich|ruckzuck|locker|schnell|garantiert|sicher|bestimmt|easy|problemlos|im\s+Nu|in\s+null\s+Komma\s+nichts|im\s+Handumdrehen)\s+){0,3}(?:wieder\s+)?hin)(?![\p{L}])/u,
        unless: DE_NOT_FORECAST,
        rewrite: (c) => [/^\S+\s+ich/i.test(c.match) ? 'versuche ich hinzubekommen' : 'versuchen wir hinzubekommen'],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:wir|ich)\s+(?:kriegen|bekommen|kriege|krieg|bekomme)\s+(?:das|es|alles)\s+(?:(?:heute|morgen|noch|sofort|gleich|ruckzuck|locker|schnell|garantiert|sicher|bestimmt|easy|problemlos|im\s+Nu|in\s+null\s+Komma\s+nichts|im\s+Handumdrehen)\s+){0,3}(?:wieder\s+)?hin)(?![\p{L}])/u,
        unless: DE_NOT_FORECAST,
        rewrite: (c) => [/^ich/i.test(c.match) ? 'ich tue alles, um das hinzubekommen' : 'wir tun alles, um das hinzubekommen'],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:haben|hab|habe)\s+(?:wir|ich)\s+(?:das|es|alles)\s+(?:im\s+Nu|ruckzuck|in\s+null\s+Komma\s+nichts|im\s+Handumdrehen|in\s+wenigen\s+Minuten|schnell\s+wieder)\s+(?:erledigt|gelöst|behoben|repariert|geregelt|hingekriegt))(?![\p{L}])/u,
        unless: DE_NOT_FORECAST,
        rewrite: (c) => [/^\S+\s+ich/i.test(c.match) ? 'kümmere ich mich so schnell wie möglich darum' : 'kümmern wir uns so schnell wie möglich darum'],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:garantiert|ganz\s+sicher|definitiv)\s+(?:wieder\s+)?(?:wie\s+neu|einwandfrei|voll\s+funktionsfähig|fehlerfrei))(?![\p{L}])/u,
        unless: DE_NOT_FORECAST,
        rewrite: () => ['voraussichtlich wieder einwandfrei'],
      },
      // Broad (round 4): certainty marker + no further trouble: "Es kommen ganz sicher keine weiteren Kosten auf Sie zu".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>` + DE_SURE_STRONG + String.raw`|sicher|sicherlich|bestimmt)\s+(?=nie(?:mals)?\s+(?:wieder|mehr)(?![\p{L}])|(?<=(?:garantiert|hundertprozentig|100\s?%(?:ig)?|definitiv|todsicher)\s+)nicht\s+mehr\s+(?:auf|vor|ab|aus|kaputt|hängen|haengen|passieren|abstürzen|ausfallen|auftauchen|auftreten|vorkommen|kommen|klemmen|tropfen|ruckeln|flackern)(?![\p{L}])|(?:kein|keine|keinen)\s+(?:(?:weiteren|zusätzlichen|neuen|extra|versteckten|bösen|unerwarteten|großen)\s+){0,2}` + DE_TROUBLE + String.raw`(?![\p{L}]))`, 'u'),
        unless: DE_NOT_FORECAST,
        rewrite: () => ['nach jetzigem Stand'],
      },
      // Broad (round 4): "never again" about trouble the customer will have: "Nach der Sanierung haben Sie nie wieder Probleme mit Feuchtigkeit".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:haben\s+Sie|hast\s+du|habt\s+ihr|Sie\s+haben|du\s+hast|ihr\s+habt|gibt\s+es|gibts|gibt's|werden\s+Sie|wirst\s+du|Sie\s+werden|du\s+wirst)\s+(?:[\p{L}-]+\s+){0,3}?(?<hit>nie(?:mals)?\s+(?:wieder|mehr))\s+(?=(?:[\p{L}-]+\s+)?` + DE_TROUBLE + String.raw`(?![\p{L}]))`, 'u'),
        unless: /(?<![\p{L}])(?:hoffe|hoffentlich|damit|sollen|soll|sollten|möchte|möchten|wünsche|wünschen|ob|falls|wenn|arbeiten|dafür)(?![\p{L}])|\?/u,
        rewrite: () => ['deutlich seltener'],
      },
      // Broad (round 4): vouching idioms: "dafür lege ich meine Hand ins Feuer", "darauf gebe ich Ihnen mein Wort", "darauf verwette ich …".
      {
        re: /(?<![\p{L}])(?<hit>(?:dafür|dafuer|darauf|da)\s+(?:lege|leg|würde|wuerde)\s+ich\s+(?:meine\s+|die\s+)?Hand\s+ins\s+Feuer(?:\s+legen)?|(?:darauf|drauf|dafür)\s+(?:gebe|geb)\s+ich\s+(?:Ihnen|dir|euch)\s+(?:mein\s+(?:Wort|Ehrenwort)|Brief\s+und\s+Siegel)|(?:darauf|drauf|da)\s+(?:verwette|wette)\s+ich(?:\s+(?:meinen|mein|meine)\s+[\p{L}-]+)?|(?:ich\s+)?(?:gebe|geb)\s+(?:Ihnen|dir|euch)\s+(?:mein\s+(?:Wort|Ehrenwort)|Brief\s+und\s+Siegel)\s+(?:darauf|drauf))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*)\s+(?:ins\s+Feuer|darauf|drauf)|\?/u,
        rewrite: () => ['nach jetzigem Stand'],
      },
      // Broad (round 4): an outcome called certain: "Die Kostenübernahme ist zu hundert Prozent sicher", "Ihr Platz ist absolut sicher".
      {
        re: /(?<![\p{L}])(?:[\p{L}-]{0,40}(?:erstattung|übernahme|genehmigung|zusage|lieferung|zahlung|gutschrift|bewilligung|zulassung|reparatur|termin|platz|rückgabe|auszahlung|freigabe|zustellung)|(?:Ihr|dein)\s+Geld)\s+(?:ist|sind|wäre)\s+(?:(?:jetzt|damit|schon|also|Ihnen|dir)\s+){0,2}(?<hit>(?:zu\s+(?:100|hundert)\s*(?:%|Prozent)|hundertprozentig|absolut|todsicher|ganz|völlig|total|so\s+gut\s+wie)\s+sicher)(?=\s*[.!,;]|\s*$)/u,
        unless: /\?\s*$/u,
        rewrite: () => ['so gut wie vorgemerkt'],
      },
      // Broad (round 4): "Mit dem neuen Tarif zahlen Sie nie wieder zu viel", "du wartest nie wieder ewig".
      {
        re: /(?<![\p{L}])(?:\p{L}{3,}en\s+Sie|\p{L}{3,}st\s+du|Sie\s+\p{L}{3,}en|du\s+\p{L}{3,}st)\s+(?:[\p{L}-]+\s+){0,2}?(?<hit>nie(?:mals)?\s+(?:wieder|mehr))\s+(?=(?:zu\s+(?:viel|lange|spät)|ewig|stundenlang|umsonst|doppelt|warten|anstehen|nachzahlen|frieren|suchen)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:hoffe|hoffentlich|damit|sollen|soll|sollten|möchte|möchten|ob|falls|wenn)(?![\p{L}])|\?/u,
        rewrite: () => ['deutlich seltener'],
      },
    ]),
    message: 'Sicherheit, die Sie vielleicht nicht einlösen können',
    explanation:
      'Termine und Ergebnisse, die von Paketdiensten, anderen Abteilungen oder Richtlinien abhängen, können sich verschieben. Als sicher angekündigt, wirkt jede Verschiebung wie ein gebrochenes Versprechen.',
    rewrite: () => ['voraussichtlich'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "The upgrade keeps downtime to a minimum, usually under five minutes.",
      "This update should fix the crash for good, and I'll keep an eye on your reports.",
      "In most cases the new tariff will cut your bills every month.",
      "I can't say for certain when the price will change.",
      "Our courier almost never loses parcels, and this one is tracked.",
      "It should be sorted soon, trust me, I'll keep an eye on it.",
      "I'll make sure the engineer has your notes before the visit.",
      "You can count on me to keep you posted.",
      "I think the new batch is bound to sell out, so I've reserved one for you.",
      "We'll try to fix all of your open tickets this week and I'll update you on each.",
      "I can't fix it no matter what I try, so I've escalated it to the network team.",
      "The patch should work for everyone once it rolls out.",
      "I agree, 100%.",
      "Consider it done, I've already updated the address.",
      "We refunded 100% of the fare.",
      "I'm 100% sure I've cancelled it, here's the confirmation.",
      'Is it definitely going to arrive tomorrow? Let me check with the courier.',
      "It's certainly going to be a busy week for us, so thanks for your patience.",
      'We definitely want to help smooth out your streaming experience.',
      'No doubt you have had enough of the delays, so I have chased the courier today.',
      'Using that graphics card with your Mac Pro is definitely possible.',
      "I'm not 100% sure yet, so I have asked the warehouse and will update you today.",
      'I will definitely look into this for you.',
      "We'll definitely look into this today.",
      "I'll definitely call you tomorrow morning.",
      'It should arrive tomorrow; I will check the tracking in the morning.',
      'No matter what device you use, the steps are the same.',
      "I'm not sure it will be approved, but I've flagged it as urgent.",
      "I'm 100% with you on this, it should never have happened.",
      "I'm certain we can fix this today.",
      "I'm sure you'll love the new phone.",
      "The refund should go through, I'm not sure of the exact day though.",
      "I'm positive we can find a solution.",
      "I'll call you back tomorrow for sure.",
      "Everything will be ready for pickup tomorrow at 10.",
      "Your refund will go through without any action from you.",
    ],
    invalid: [
      { text: "The new router [[guarantees uninterrupted streaming]].", rewrite: "The new router should sort this, and I'll keep an eye on it for you." },
      { text: "The new filter [[gets rid of the smell once and for all]].", rewrite: "The new filter should sort this, and I'll keep an eye on it for you." },
      { text: "It'll be back up in no time, [[trust me]].", rewrite: "It'll be back up in no time, that's the plan." },
      { text: "The new booking system [[never]] crashes.", rewrite: "The new booking system rarely crashes." },
      { text: "Your bill won't change again, [[I can tell you that for certain]].", rewrite: "Your bill won't change again, as far as I know." },
      { text: "We'll [[make absolutely sure]] the next visit goes smoothly.", rewrite: "We'll do everything I can to make sure the next visit goes smoothly." },
      { text: "[[You can bank on]] a refund by the weekend.", rewrite: "I'll do my best to get you a refund by the weekend." },
      { text: "Your new permit is [[guaranteed to]] arrive before the 1st.", rewrite: "Your new permit is expected to arrive before the 1st." },
      { text: "The new firmware [[will fix all of your connection problems]].", rewrite: "The new firmware will work through these with you one by one." },
      { text: "Once it's live it [[will work for everyone]].", rewrite: "Once it's live it should work for most people once it rolls out." },
      { text: "I [[can 100% confirm]] the technician will be there by nine.", rewrite: "I can tell you the plan is that the technician will be there by nine." },
      { text: "We'll cover the repair, [[whatever it costs]].", rewrite: "We'll cover the repair, once I've confirmed the details." },
      { text: "The upgrade is yours for the whole stay, [[100 percent]].", rewrite: "The upgrade is yours for the whole stay, as far as I can see." },
      { text: "[[Consider it sorted]]!", rewrite: "I'm on it!" },
      { text: "Your parcel is [[definitely]] going to arrive tomorrow.", rewrite: "Your parcel is most likely going to arrive tomorrow." },
      { text: "It will [[definately]] arrive tomorrow.", rewrite: "It will most likely arrive tomorrow." },
      { text: "[[No doubt]] your parcel will be there by friday.", rewrite: "Most likely your parcel will be there by friday." },
      { text: "Your claim will be approved [[100%]], don't worry.", rewrite: "Your claim will be approved if all goes to plan, don't worry." },
      { text: "I can confirm your refund will be processed today [[without any problems]].", rewrite: "I can confirm your refund will be processed today if all goes to plan." },
      { text: "[[Everything will be]] back to normal tomorrow.", rewrite: "Everything should be back to normal tomorrow." },
      { text: "[[I'm positive]] the issue won't come back.", rewrite: "I expect the issue won't come back." },
      { text: "You'll get a refund [[for sure]].", rewrite: "You'll get a refund if all goes to plan." },
      { text: "Your refund will be approved, [[I'm sure of it]].", rewrite: "Your refund will be approved, as far as I can tell." },
      { text: "[[I'm certain]] the parts will arrive tomorrow.", rewrite: "I expect the parts will arrive tomorrow." },
      { text: "[[100%]] it'll be fixed today.", rewrite: "Most likely it'll be fixed today." },
      { text: "it'll [[def]] be there tmrw", rewrite: "it'll most likely be there tmrw" },
      { text: "Don't worry, [[I'm confident]] your claim will be accepted.", rewrite: "Don't worry, I expect your claim will be accepted." },
      { text: 'It will [[definitely]] arrive tomorrow.', rewrite: 'It will most likely arrive tomorrow.' },
      { text: "Your order will [[100%]] ship by Friday.", rewrite: 'Your order will most likely ship by Friday.' },
      { text: "I'm [[100% sure]] the update fixes this.", rewrite: "I'm fairly confident the update fixes this." },
      { text: 'We will refund you in full, [[no matter what]].', rewrite: "We will refund you in full, once I've confirmed the details." },
      { text: "It'll be there tomorrow [[for sure]].", rewrite: "It'll be there tomorrow if all goes to plan." },
    ],
  },
  de: {
    valid: [
      'Ihre Daten sind absolut sicher.',
      'Wir arbeiten daran, dass Sie nie wieder Probleme mit dem Login haben.',
      'Die Gebühr ist sicher keine Kleinigkeit, das verstehe ich.',
      'Sie haben nie wieder etwas von uns gehört, das tut mir leid.',
      'Dafür würde ich meine Hand nicht ins Feuer legen, deshalb prüfe ich es nach.',
      'Ihre neue Brille ist so gut wie fertig, ich rufe Sie an, sobald sie da ist.',
      'Das Update soll das Problem dauerhaft beheben; falls nicht, melden Sie sich bitte.',
      'Ich kann leider nicht garantieren, dass der Flug stattfindet.',
      'Nach dem Neustart sollte alles wieder reibungslos laufen.',
      'In der Regel ist die Gutschrift innerhalb von drei Werktagen auf Ihrem Konto.',
      'Morgen ist leider Feiertag, deshalb rufe ich Sie am Donnerstag an.',
      'Ich bin mir sicher, dass dich das ärgert.',
      'Ich sorge dafür, dass Ihr Anliegen heute noch bearbeitet wird.',
      'Ob wir das bis Freitag hinkriegen, kann ich noch nicht sagen, ich frage in der Werkstatt nach.',
      'Ihre Daten sind bei uns sicher, darauf achten wir sehr.',
      'Ich verspreche nichts, was ich nicht halten kann.',
      'Das Update sollte den Fehler beheben, ich prüfe es morgen mit Ihnen.',
      'Der Techniker kommt voraussichtlich morgen, ich bestätige den Termin heute Abend.',
      'Ob die Kasse das genehmigt, kann ich leider nicht garantieren; ich reiche alles heute ein.',
      'Ich bin mir nicht sicher, ob das Ticket bis morgen freigeschaltet ist, deshalb frage ich nach.',
      'Auf jeden Fall rufe ich Sie an, sobald der Techniker fertig ist.',
      'Die Kosten werden zu 100 Prozent von uns übernommen.',
      'Die Ware ist sicher verpackt und wird abgeholt.',
      'Die Erstattung kommt voraussichtlich bis Freitag, ganz sicher sagen kann ich es erst morgen.',
      'Das ist zu 100 Prozent unser Fehler.',
      'Ich kann nicht mit absoluter Sicherheit sagen, wann es kommt.',
      'Ich bin mir nicht ganz sicher, deshalb frage ich im Lager nach und melde mich heute noch.',
      'Das Paket kommt voraussichtlich morgen an.',
      'Ich kümmere mich auf jeden Fall selbst darum.',
      'Können Sie mir sagen, ob es ganz sicher morgen sein muss?',
      'Das ist ganz sicher ärgerlich für Sie.',
      'Ich melde mich auf jeden Fall morgen bei Ihnen.',
      'Ich rufe dich ganz sicher morgen zurück.',
      'Ihre Daten werden auf keinen Fall weitergegeben.',
      'Wird der Flug auf keinen Fall ausfallen?',
      'Darauf können Sie sich leider nicht verlassen, deshalb schicke ich eine Bestätigung.',
      'Sie erhalten 100 Prozent des Kaufpreises zurück.',
      'Die Anlage hat eine Verfügbarkeit von 99,9 Prozent.',
    ],
    invalid: [
      { text: 'Die Kostenübernahme ist [[zu hundert Prozent sicher]].', rewrite: 'Die Kostenübernahme ist so gut wie vorgemerkt.' },
      { text: 'Mit dem neuen Tarif zahlen Sie [[nie wieder]] zu viel.', rewrite: 'Mit dem neuen Tarif zahlen Sie deutlich seltener zu viel.' },
      { text: 'Ihr Termin wird [[auf keinen Fall]] verschoben.', rewrite: 'Ihr Termin wird nach jetzigem Stand nicht verschoben.' },
      { text: 'Der Patch löst den Fehler [[endgültig]].', rewrite: 'Der Patch löst den Fehler voraussichtlich.' },
      { text: 'Die Störung wird morgen [[dauerhaft]] behoben.', rewrite: 'Die Störung wird morgen voraussichtlich behoben.' },
      { text: '[[Wir garantieren dir]] einen Platz im Kurs.', rewrite: 'Wir bemühen uns um einen Platz im Kurs.' },
      { text: 'Die Bewilligung [[ist so gut wie durch]].', rewrite: 'Die Bewilligung ist auf einem guten Weg.' },
      { text: 'Ab Montag [[läuft alles wieder reibungslos]].', rewrite: 'Ab Montag sollte alles wieder normal laufen.' },
      { text: 'Der Handwerker kommt am Freitag, [[darauf können Sie zählen]].', rewrite: 'Der Handwerker kommt am Freitag, nach jetzigem Stand.' },
      { text: 'Die Kaution ist bis Monatsende zurück, [[das kann ich dir zusichern]].', rewrite: 'Die Kaution ist bis Monatsende zurück, nach jetzigem Stand.' },
      { text: '[[In zwei Stunden]] ist die Sperre wieder aufgehoben.', rewrite: 'Voraussichtlich in zwei Stunden ist die Sperre wieder aufgehoben.' },
      { text: 'Der Schimmel ist nach der Behandlung [[garantiert]] Geschichte.', rewrite: 'Der Schimmel ist nach der Behandlung voraussichtlich Geschichte.' },
      { text: 'Mit dem Tarifwechsel gibt es [[ganz sicher]] keine Nachzahlungen mehr.', rewrite: 'Mit dem Tarifwechsel gibt es nach jetzigem Stand keine Nachzahlungen mehr.' },
      { text: 'Mit dem neuen Router hast du [[nie wieder]] Verbindungsabbrüche.', rewrite: 'Mit dem neuen Router hast du deutlich seltener Verbindungsabbrüche.' },
      { text: 'Die Fenster sind am Freitag drin, [[dafür lege ich meine Hand ins Feuer]].', rewrite: 'Die Fenster sind am Freitag drin, nach jetzigem Stand.' },
      { text: 'Die neue Karte kommt [[bestimmt]] bis Mittwoch.', rewrite: 'Die neue Karte kommt voraussichtlich bis Mittwoch.' },
      { text: 'Keine Panik, das [[kriegen wir hin]].', rewrite: 'Keine Panik, das versuchen wir hinzubekommen.' },
      { text: 'Keine Sorge, [[ich krieg das ruckzuck hin]]!', rewrite: 'Keine Sorge, ich tue alles, um das hinzubekommen!' },
      { text: 'Dein Platz im Kurs [[ist dir sicher]].', rewrite: 'Dein Platz im Kurs ist für dich vorgemerkt.' },
      { text: '[[Wir sorgen dafür, dass]] die Anmeldung spätestens Montag erledigt ist.', rewrite: 'Ich setze mich dafür ein, dass die Anmeldung spätestens Montag erledigt ist.' },
      { text: '[[Das verspreche ich Ihnen]]: Der Router kommt morgen.', rewrite: 'Ich gehe davon aus: Der Router kommt morgen.' },
      { text: 'Der Neustart behebt das Problem [[garantiert]].', rewrite: 'Der Neustart behebt das Problem voraussichtlich.' },
      { text: 'Die Ersatzkarte ist [[garantiert]] bis Freitag bei Ihnen.', rewrite: 'Die Ersatzkarte ist voraussichtlich bis Freitag bei Ihnen.' },
      { text: 'Das neue Modem steht [[mit Sicherheit]] ab Montag zur Verfügung.', rewrite: 'Das neue Modem steht voraussichtlich ab Montag zur Verfügung.' },
      { text: 'Die Gutschrift ist [[garantiert]] nächste Woche auf Ihrem Konto.', rewrite: 'Die Gutschrift ist voraussichtlich nächste Woche auf Ihrem Konto.' },
      { text: 'Der Monteur kommt am Donnerstag [[definitiv]].', rewrite: 'Der Monteur kommt am Donnerstag voraussichtlich.' },
      { text: 'Deine Reklamation wird [[sicher]] schnell anerkannt.', rewrite: 'Deine Reklamation wird voraussichtlich schnell anerkannt.' },
      { text: 'Die Kasse genehmigt den Antrag [[bestimmt]].', rewrite: 'Die Kasse genehmigt den Antrag voraussichtlich.' },
      { text: 'Die Rückzahlung landet bis Montag bei dir, [[da bin ich mir ganz sicher]].', rewrite: 'Die Rückzahlung landet bis Montag bei dir, da bin ich zuversichtlich.' },
      { text: 'Dein Zugang ist [[auf alle Faelle]] heute Abend wieder freigeschaltet.', rewrite: 'Dein Zugang ist voraussichtlich heute Abend wieder freigeschaltet.' },
      { text: 'Das kann ich dir [[zu 100 Prozent]] zusagen.', rewrite: 'Das kann ich dir nach jetzigem Stand zusagen.' },
      { text: 'Das Problem ist damit [[ein für alle Mal]] gelöst.', rewrite: 'Das Problem ist damit nach jetzigem Stand gelöst.' },
      { text: 'Das Paket kommt [[ganz sicher]] morgen an.', rewrite: 'Das Paket kommt voraussichtlich morgen an.' },
      { text: 'Die Reparatur ist [[auf jeden Fall]] bis Freitag fertig.', rewrite: 'Die Reparatur ist voraussichtlich bis Freitag fertig.' },
      { text: 'Wir gleichen den Preis an, [[egal was passiert]].', rewrite: 'Wir gleichen den Preis an, sobald ich die Details geprüft habe.' },
      { text: 'Ich bin mir [[100% sicher]], dass das Update hilft.', rewrite: 'Ich bin mir ziemlich sicher, dass das Update hilft.' },
      { text: 'Wir erstatten Ihnen den vollen Betrag, [[egal was passiert]].', rewrite: 'Wir erstatten Ihnen den vollen Betrag, sobald ich die Details geprüft habe.' },
      { text: 'Du bekommst dein Geld [[hundertprozentig]] bis Ende der Woche zurück.', rewrite: 'Du bekommst dein Geld voraussichtlich bis Ende der Woche zurück.' },
      { text: 'Der Flug wird [[auf keinen Fall]] ausfallen.', rewrite: 'Der Flug wird nach jetzigem Stand nicht ausfallen.' },
      { text: 'Der Kurier kommt vor 12, [[darauf können Sie sich fest verlassen]].', rewrite: 'Der Kurier kommt vor 12, ich tue alles dafür, dass es klappt.' },
      { text: 'Die Suite gehört dir, [[hundert Pro]].', rewrite: 'Die Suite gehört dir, da bin ich zuversichtlich.' },
    ],
  },
};
