// Minimising the problem or the feelings: "it happens", "it's only a few days", "first world
// problem", "das kommt vor", "es sind doch nur ein paar Tage", "stellen Sie sich nicht so an".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_TIME = /^(?:days?|hours?|minutes?|mins?|weeks?)$/i;
const enSmall = (ctx: MatchContext) =>
  EN_TIME.test((ctx.groups.unit ?? '').replace(/^more\s+/i, '').trim())
    ? ['I know waiting is frustrating', 'I understand the wait is annoying']
    : ['I understand this matters to you', 'I can see why this is frustrating'];
const enFrustrating = () => ['I understand how frustrating this is', 'I can see why this is frustrating'];

const DE_TIME = /^(?:(?:Werk)?[Tt]age?|Stunden?|Minuten?|Wochen?)$/u;
const deFrustrating = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe, dass das für dich ärgerlich ist', 'ich kann gut verstehen, dass dich das ärgert']
    : ['ich verstehe, dass das für Sie ärgerlich ist', 'ich kann gut verstehen, dass Sie das ärgert'];
const deSmall = (ctx: MatchContext) =>
  DE_TIME.test((ctx.groups.unit ?? '').trim())
    ? ['ich weiß, dass das Warten ärgerlich ist', 'ich verstehe, dass die Wartezeit ärgerlich ist']
    : deFrustrating(ctx);

/** Said to comfort a customer about their own slip ("No worries, it happens!"), it is kind. */
const EN_COMFORT = /\b(?:no\s+worries|don['’]?t\s+worry|no\s+problem|no\s+need\s+to\s+apologi[sz]e|happens\s+to\s+(?:the\s+best|all|everyone)|not\s+your\s+fault)\b/;
const DE_COMFORT = /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|macht\s+nichts|nicht\s+schlimm|passiert\s+(?:den\s+Besten|jedem|uns\s+allen)|nicht\s+(?:Ihre|deine)\s+Schuld)(?![\p{L}])/u;
/** End of the clause; "Es kommt vor, dass ..." is a statement of fact, not a shrug. */
const END = String.raw`(?=\s*(?:[.!;…]|,(?!\s*(?:dass|wenn|weil|that|when|because|if))|$))`;

/** The agent owns or fixes it in the same sentence ("Die Abweichung ist minimal, trotzdem erstatte ich ..."). */
const DE_FIXING = /(?<![\p{L}])(?:ich\s+(?:habe|hab|tausche|schicke|erstatte|kümmere|prüfe|schaue|melde|verstehe)|trotzdem|dennoch|deshalb|tut\s+mir\s+leid|berechtigt|ärgerlich|danke|Dank)(?![\p{L}])/u;

export const minimising: Rule = {
  id: 'minimising',
  category: 'dismissive',
  guidance: 'dont-dismiss',
  description: 'Making the problem or the feelings small',
  en: {
    patterns: [
      { re: /\b(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+the\s+end\s+of\s+the\s+world\b/, rewrite: () => ['is really frustrating'] },
      // "... happens all the time with online banks" names a cause elsewhere, it does not shrink the problem.
      { re: /(?:\b(?:this|that|it)\s+|(?<=^|[,;:—–-]\s{0,3}))happens\s+all\s+the\s+time\b/, unless: new RegExp(EN_COMFORT.source + String.raw`|\bhappens\s+all\s+the\s+time\s+with\b`), rewrite: enFrustrating },
      // The amount or size talked down: "it's really not that much money in the grand scheme of things", "it's pennies",
      // "a small price to pay", "the late fee is tiny compared to the ticket", "a two-day delay isn't much".
      {
        re: /\b(?:(?:it['’]?s|it\s+is|that['’]?s|that\s+is|its)\s+(?:really\s+|honestly\s+|hardly\s+|only\s+)?(?:not\s+(?:that|very|a\s+lot\s+of|all\s+that)\s+much(?:\s+money)?|not\s+(?:a\s+lot|much|a\s+big\s+amount)(?:\s+of\s+money)?|hardly\s+(?:a\s+fortune|anything|a\s+lot)|pennies|peanuts|small\s+change|loose\s+change|a\s+drop\s+in\s+the\s+ocean|a\s+small\s+price\s+to\s+pay)|in\s+the\s+(?:grand\s+|great\s+|wider\s+)?scheme\s+of\s+things|(?:is|are)\s+(?:tiny|negligible|minimal|trivial|nothing)\s+(?:compared\s+(?:to|with)|next\s+to|in\s+comparison)|(?:is|are|isn['’]?t|aren['’]?t)\s+(?:hardly|barely)\s+(?:the\s+end\s+of\s+the\s+world|a\s+(?:disaster|catastrophe|big\s+deal|tragedy|fortune))|(?<!there\s)(?:isn['’]?t|is\s+not)\s+(?:really\s+|that\s+)?much(?=\s*(?:[.,;!]|$)))[^.!?;]*/,
        unless: /\b(?:but|however|I['’]?ve|I\s+have|refund\w*|anyway|principle|sorry|a\s+month|per\s+month|more\s+than|less\s+than|cheaper|no\s+worries|don['’]?t\s+worry)\b|\?/,
        rewrite: enFrustrating,
      },
      // Other customers or "normal" as the yardstick: "lag spikes are normal, everyone gets them", "most customers
      // wouldn't even notice the difference", "nobody else seems to have trouble with this", "no need to make a big
      // deal out of a late invoice" (not "it's normal to feel frustrated").
      {
        re: /\b(?:(?:is|are|['’]s|['’]re)\s+(?:completely\s+|totally\s+|perfectly\s+|quite\s+|pretty\s+|just\s+)?normal\b[^.!?;]{0,30}?,?\s*(?:everyone|everybody|all\s+(?:our\s+)?(?:customers|players|users|drivers|guests))\s+(?:gets?|has|have|experiences?|sees?|deals?\s+with)\b|(?:most|other|many|plenty\s+of)\s+(?:of\s+our\s+)?(?:customers|people|users|players|guests|patients|drivers|tenants|members)\s+(?:would(?:n['’]?t|\s+not)|don['’]?t|do\s+not|never|have\s+no|had\s+no|seem\s+to\s+manage|manage)\s+(?:even\s+)?(?:notice|mind|care|complain|problem|issue|trouble|fine|just\s+fine)|(?:nobody|no\s+one|no-one)\s+else\s+(?:seems\s+to\s+(?:have|be\s+having)|has|is\s+having|had|complains?|complained|has\s+complained)\b|(?:no\s+need\s+to|don['’]?t|do\s+not|there['’]?s\s+no\s+need\s+to|you\s+(?:don['’]?t\s+need\s+to|needn['’]?t))\s+make\s+(?:such\s+)?(?:a\s+)?(?:big\s+|huge\s+)?(?:deal|fuss|drama|song\s+and\s+dance|scene)\b)[^.!?;]*/,
        unless: /\b(?:to\s+feel|to\s+be\s+(?:upset|annoyed|frustrated|angry|worried)|I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|still|anyway|but)\b|\?/,
        rewrite: enFrustrating,
      },
      // "you'll barely notice it", "you won't even notice the difference".
      {
        re: /\b(?:you|u)(?:['’]ll|\s+will|\s+would|['’]d|\s+won['’]?t|\s+wouldn['’]?t|\s+will\s+not|\s+probably\s+won['’]?t)\s+(?:barely|hardly|scarcely|not\s+even|even|probably\s+not|probably\s+never|never\s+even)\s+(?:notice|see|feel|tell)\b[^.!?;]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|but|however|still)\b|\?/,
        rewrite: enFrustrating,
      },
      // "Don't worry about it, it's nothing."
      {
        re: /\b(?:it['’]?s|its|it\s+is|that['’]?s|that\s+is)\s+(?:really\s+|honestly\s+|just\s+)?nothing(?:\s+(?:serious|major|much|big))?(?=\s*[.!]*\s*$)/,
        unless: /\b(?:owe|pay|charge|cost|fee|price|extra|I['’]?ve|I\s+have|sorry)\b/,
        rewrite: enFrustrating,
      },
      // One broken part set against the rest working: "it's only one episode that won't load, the rest of the season
      // plays fine", "everything else in the car works, it's just the one light".
      {
        re: /\b(?:(?:(?:it['’]?s|it\s+is|that['’]?s|its)\s+(?:only|just)\s+(?:the\s+)?(?:one|a\s+single|two|a\s+couple\s+of|a\s+few)|only\s+(?:one|two|three|a\s+couple|a\s+few)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,2})?|it\s+only\s+affects\s+(?:one|two|a\s+single|a\s+couple\s+of|a\s+few))\b[^.!?;]{0,60}?(?:the\s+rest|everything\s+else|all\s+the\s+others|the\s+others|the\s+other\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:of|in|on)\s+(?:the\s+|your\s+)?[\w-]+\s+)?(?:is|are|was|were|works?|plays?|arrived|came|runs?|looks?|seems?)\b|(?:the\s+rest|everything\s+else)\s+(?:(?:of|in|on)\s+(?:the\s+|your\s+)?[\w-]+\s+)?(?:is|are|was|were|works?|arrived|plays?|came)\s+(?:fine|ok(?:ay)?|perfectly|unaffected|normal|as\s+expected|in\s+one\s+piece)\b[^.!?;]{0,20}?[,;]\s*(?:it['’]?s|its|it\s+is)\s+(?:only|just)\s+(?:the\s+)?(?:one|a\s+single|two)\b)[^.!?;]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sent|reset|on\s+its\s+way|replac\w*|refund\w*|sorry|so\s+I)\b|\?/,
        rewrite: () => ['I understand how annoying it is when part of it doesn\'t work'],
      },
      // "It happens." / "These things happen." — not "if it happens again", "as it happens".
      {
        re: new RegExp(String.raw`(?<!\b(?:if|when|whenever|once|before|after|until|as|how|why|where|what|whether|unless|sure|ensure|that|again|why\s+this|to\s+see\s+if)\s+)\b(?:(?:it|that|this|stuff|shit)\s+(?:just\s+|sometimes\s+|simply\s+)?happens|(?:(?:these|such)\s+things|things\s+like\s+(?:this|that))\s+(?:just\s+|sometimes\s+|simply\s+)?happen)${END}`),
        unless: EN_COMFORT,
        rewrite: enFrustrating,
      },
      // "It's only a few days", "it's just $5".
      {
        re: new RegExp(String.raw`\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is|its)\s+(?:only|just|merely|literally\s+only)\s+(?:(?:a\s+(?:few|couple(?:\s+of)?)|one|two|three|four|five|a|\d+(?:[.,]\d+)?)\s*(?<unit>(?:more\s+)?(?:days?|hours?|minutes?|mins?|weeks?|dollars?|euros?|pounds?|cents?|bucks|quid)|€|\$|£)|[$€£]\s?\d+(?:[.,]\d+)?)${END}`),
        rewrite: enSmall,
      },
      { re: /\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+not\s+the\s+end\s+of\s+the\s+world\b|\bfirst[-\s]world\s+problems?\b|\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is)\s+(?:only|just)\s+(?:money|a\s+(?:parcel|package|phone|game|holiday|bill)|a\s+few\s+(?:pence|pennies|cents|quid|bucks))(?=\s*(?:[.!,;]|$))|\b(?:look|focus)\s+on\s+the\s+bright\s+side\b/, unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b(?![^.!?]*\bbright\s+side\b)/, rewrite: enFrustrating },
      // "Stop whining" dismisses the feeling itself.
      { re: /\b(?:stop|quit|no\s+need\s+for|enough\s+with\s+the|no\s+need\s+to\s+keep)\s+(?:the\s+)?(?:whining|moaning|complaining|crying|whinging|nagging)\b/, rewrite: () => ['I understand why you are frustrated', 'I hear you'] },
      { re: /\bthere\s+are\s+(?:much\s+|far\s+|way\s+)?(?:worse|bigger|more\s+(?:important|serious))\s+(?:things|problems|issues)(?:\s+(?:in\s+(?:life|the\s+world)|going\s+on|to\s+worry\s+about))?\b/, unless: /\b(?:I['’]?ve|I\s+have|so\s+I|for\s+you)\b/, rewrite: enFrustrating },
      // "That's a first-world problem", "talk about luxury problems".
      {
        re: /\b(?:(?:(?:a\s+)?bit\s+of\s+a|talk\s+about|such\s+a|the\s+most|a|an)\s+)?(?:real\s+|classic\s+|typical\s+)?(?:first[-\s]world|luxury)\s+problems?\b/,
        unless: /\bnot\s+(?:a\s+)?(?:first[-\s]world|luxury)\b/,
        rewrite: () => ['a fair concern'],
      },
    ],
    message: 'This makes the problem small',
    explanation:
      'Calling the problem small ("it happens", "only a few days") tells the customer their frustration is out of proportion. Acknowledge what it means for them, then give the facts.',
    rewrite: enFrustrating,
  },
  de: {
    patterns: foldDe([
      { re: /(?<![\p{L}])(?:ist|sind)\s+(?:doch\s+|ja\s+)?(?:nicht\s+der|kein)\s+Weltuntergang(?![\p{L}])/u, rewrite: () => ['ist wirklich ärgerlich'] },
      // "Das passiert halt", "so was passiert nun mal".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:das|so\s*was|sowas|so\s+etwas|es)\s+passiert\s+(?:halt|eben|nun\s+mal|numal|nunmal|einfach)(?:\s+(?:mal|manchmal|schon\s+mal))?${END}`, 'u'),
        unless: DE_COMFORT,
        rewrite: deFrustrating,
      },
      { re: /(?<![\p{L}])(?:das|so\s*was|sowas|so\s+etwas)\s+passiert\s+(?:(?:halt|eben|doch|nun\s+mal)\s+)?(?:ständig|dauernd|andauernd|jeden\s+Tag|täglich|laufend)(?![\p{L}])/u, unless: DE_COMFORT, rewrite: deFrustrating },
      { re: /(?<![\p{L}])es\s+geht\s+(?:doch\s+|ja\s+)?(?:nur|bloß|lediglich)\s+um\s+(?:\d+(?:[,.]\d+)?\s*(?:€|Euro|Cent|CHF)|ein\s+paar\s+(?:Euro|Cent|Tage|Stunden|Minuten))/u, rewrite: deFrustrating },
      { re: /(?<![\p{L}])(?:ist|sind)\s+(?:doch\s+)?nur\s+(?:ein|eine)\s+(?:kleine[rs]?|winzige[rs]?)\s+[\p{L}-]+(?![\p{L}-])(?!\s*:)/u, rewrite: () => ['ist ärgerlich, und ich kümmere mich darum'] },
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:das|so\s*(?:et)?was|sowas|es|so\s+etwas)\s+kommt\s+(?:(?:schon|halt|eben|nun\s+mal|manchmal|mal|öfter|öfters|immer\s+mal|immer\s+wieder|auch\s+mal|leider|ja|doch|vor|einfach)\s+){0,3}vor${END}`, 'u'),
        unless: new RegExp(DE_COMFORT.source + '|' + DE_FIXING.source, 'u'),
        rewrite: deFrustrating,
      },
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:das|es)\s+(?:sind|ist|waren|war)\s+(?:(?:doch|ja|halt|eben)\s+)?(?:nur|bloß|lediglich|gerade\s+mal)\s+(?:ein\s+paar|ein(?:e[nm]?)?|zwei|drei|vier|fünf|wenige|\d+(?:[,.]\d+)?)\s*(?<unit>(?:Werk)?[Tt]age?|Stunden?|Minuten?|Wochen?|Euro|€|Cent|Franken|CHF)(?![\p{L}])${END}`, 'u'),
        rewrite: deSmall,
      },
      { re: new RegExp(String.raw`(?<![\p{L}])das\s+dauert\s+doch\s+(?:nur|bloß)\s+(?:ein\s+paar|ein(?:e[nm]?)?|zwei|drei|wenige|\d+)\s*(?<unit>(?:Werk)?[Tt]age?|Stunden?|Minuten?|Wochen?)(?![\p{L}])`, 'u'), rewrite: deSmall },
      // "Hören Sie auf zu jammern", "Jammern Sie nicht".
      {
        re: /(?<![\p{L}])(?:hören\s+Sie\s+(?:doch\s+|bitte\s+|endlich\s+)?auf|hör\s+(?:doch\s+|bitte\s+|endlich\s+)?auf)\s+(?:so\s+)?(?:zu\s+(?:jammern|meckern|nörgeln|heulen|jammern|quengeln)|mit\s+dem\s+(?:Gejammer|Jammern|Meckern|Genörgel))(?![\p{L}])|(?<![\p{L}])(?:jammern|meckern|nörgeln)\s+Sie\s+(?:doch\s+)?nicht(?:\s+so)?(?![\p{L}])|(?<![\p{L}])(?:jammer|jammere|mecker|meckere)\s+(?:doch\s+)?nicht(?:\s+so)?(?![\p{L}])/u,
        // "Hör auf ..." / "Jammer nicht" are "du" forms even in a reply without "du".
        rewrite: (ctx) => deFrustrating(/^(?:hör|jammere?|meckere?)\s/iu.test(ctx.match) ? { ...ctx, register: 'informal' } : ctx),
      },
      { re: /(?<![\p{L}])stell(?:en\s+Sie\s+sich|\s+dich|e\s+dich)\s+(?:(?:doch|mal|bitte|jetzt|nur)\s+){0,2}nicht\s+so\s+an(?![\p{L}])/u, rewrite: deFrustrating },
      { re: /(?<![\p{L}])(?:das\s+ist\s+(?:doch\s+|ja\s+)?kein\s+Weltuntergang|davon\s+geht\s+die\s+Welt\s+nicht\s+unter|Luxusprobleme?)(?![\p{L}])/u, rewrite: deFrustrating },
      {
        // "Das ist doch kein Problem, einfach neu starten", "So schlimm ist das nun auch wieder nicht", "Das kann ja mal passieren"
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:das|es)\s+ist\s+doch\s+(?:gar\s+|überhaupt\s+)?kein\s+(?:Problem|Ding|Thema)|so\s+(?:schlimm|wild|tragisch|dramatisch)\s+ist\s+(?:das|es)\s+(?:(?:nun|jetzt|doch|ja|auch|wieder|wirklich|eigentlich|echt|aber)\s+){0,4}nicht|(?:das|so\s*was|sowas)\s+kann\s+(?:ja|doch|halt|eben)\s+(?:(?:mal|schon\s+mal)\s+)?passieren${END}|(?:das|es)\s+ist\s+doch\s+(?:wirklich\s+)?nicht\s+der\s+Rede\s+wert)(?![\p{L}])`, 'u'),
        unless: DE_FIXING,
        rewrite: deFrustrating,
      },
      {
        // "Wegen so einer Kleinigkeit müssen Sie doch nicht gleich kündigen", "Wegen 3 Euro so einen Aufstand?"
        re: /(?<![\p{L}])wegen\s+(?:so\s+einer\s+|einer\s+solchen\s+|dieser\s+|der\s+|den\s+)?(?:Kleinigkeit|Lappalie|Bagatelle|\d+(?:[,.]\d+)?\s*(?:€|Euro|Cent)|(?:ein\s+paar|der\s+paar|den\s+paar|zwei|drei)\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,5}?(?:so\s+ein(?:en)?\s+(?:Aufstand|Theater|Drama|Wirbel|Aufriss|Terz)|(?:doch\s+)?nicht\s+gleich)(?![\p{L}])[^.!?]*/u,
        unless: DE_FIXING,
        rewrite: deFrustrating,
      },
      {
        // "Das bisschen Verspätung ist doch nicht schlimm", "Die paar Tage werden Sie ja wohl noch warten können"
        re: /(?<![\p{L}])(?:das\s+bisschen|die\s+paar|diese\s+paar)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:(?:ist|sind)\s+doch\s+(?:(?:nicht\s+(?:so\s+)?schlimm)|kein\s+[\p{L}-]+|egal)|(?:werden|können)\s+Sie\s+(?:(?:ja|doch|wohl|noch)\s+){1,3}(?:warten|aushalten|verkraften|überleben)(?:\s+können)?|(?:wirst|kannst)\s+du\s+(?:(?:ja|doch|wohl|noch)\s+){1,3}(?:warten|aushalten|verkraften|überleben)(?:\s+können)?)(?![\p{L}])/u,
        unless: DE_FIXING,
        rewrite: deFrustrating,
      },
      {
        // "Ganz ruhig,", "Immer mit der Ruhe,", "Nur keine Hektik,", "Keine Aufregung,"
        re: /^(?:ganz\s+ruhig|immer\s+mit\s+der\s+Ruhe|nur\s+keine\s+(?:Hektik|Panik|Aufregung)|keine\s+(?:Aufregung|Hektik)|nur\s+die\s+Ruhe|ruhig\s+Blut)(?=\s*(?:[,.!;]|$))/u,
        rewrite: deFrustrating,
      },
      {
        // "Jetzt warten Sie doch erst mal ab", "Warte einfach ab, das klärt sich schon"
        re: /(?<![\p{L}])(?:(?:warten\s+Sie|warte|wart)\s+(?:(?:bitte|jetzt)\s+)?(?:doch|einfach|erst\s+mal|erstmal|halt|eben|mal)\s+(?:(?:erst\s+mal|erstmal|mal|einfach|noch)\s+)?ab|(?:das|es)\s+(?:klärt|regelt|erledigt|gibt|löst)\s+sich\s+(?:schon|bestimmt|sicher)(?:\s+(?:noch|wieder))?(?=\s*[.!]?\s*$))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+(?:melde|schaue|prüfe|kümmere|habe)|sobald|bis\s+(?:morgen|Montag|Freitag))(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      {
        // "Da brauchst du dich nicht aufzuregen", "Sie reagieren da etwas über", "Sehen Sie das nicht so eng", "Nimm das nicht so ernst"
        re: /(?<![\p{L}])(?:(?:brauchen\s+Sie\s+sich|brauchst\s+du\s+dich)\s+(?:(?:doch|deswegen|darüber|wirklich|da)\s+){0,2}(?:nicht|keine\p{L}*)\s+(?:so\s+|gleich\s+)?(?:aufzuregen|aufregen|zu\s+ärgern)|(?:Sie\s+reagieren|du\s+reagierst)\s+(?:(?:da|hier|etwas|ein\s+bisschen|ein\s+wenig|leicht|völlig|total|wirklich)\s+){0,3}über|(?:das\s+)?(?:sehen\s+Sie|siehst\s+du)\s+(?:das\s+)?(?:(?:doch|etwas|ein\s+bisschen|wirklich)\s+){0,2}(?:zu|nicht\s+so)\s+eng|(?:sieh|seh)\s+(?:das\s+)?(?:doch\s+)?nicht\s+so\s+eng|(?:nehmen\s+Sie|nimm)\s+(?:das|es)\s+(?:doch\s+)?nicht\s+so\s+(?:ernst|persönlich|tragisch|schwer)|kein\s+Grund\s*,\s*(?:gleich\s+|so\s+)?(?:laut|unhöflich|ausfallend|beleidigend|unfreundlich|pampig)\s+zu\s+werden)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deFrustrating,
      },
      {
        // "Die Abweichung ist minimal und vernachlässigbar", "Der Fleck ist kaum zu sehen", "Das merkt doch keiner", "nur ein minimaler Unterschied"
        re: /(?<![\p{L}])(?:(?:ist|sind)\s+(?:(?:doch|wirklich|nur|ja|völlig|absolut)\s+){0,2}(?:minimal|vernachlässigbar|verschwindend\s+gering|kaum\s+(?:zu\s+sehen|sichtbar|spürbar|merklich|zu\s+merken))(?:\s+und\s+(?:völlig\s+)?vernachlässigbar)?|nur\s+(?:ein|eine)\s+(?:minimale[rs]?|geringfügige[rs]?|winzige[rs]?)\s+[\p{L}-]+|(?:das|es)\s+(?:merkt|sieht)\s+(?:doch\s+|ja\s+|eh\s+)?(?:keiner|niemand|kein\s+Mensch)|(?:das|es)\s+fällt\s+(?:(?:im\s+Alltag|doch|ja|eigentlich|eh)\s+){0,2}(?:gar\s+|kaum\s+|überhaupt\s+)?(?:nicht|kaum)\s+auf|(?:ist|sind)\s+(?:völlig\s+|ganz\s+)?normal\s+und\s+kein(?:e|en)?\s+(?!(?:Fehler|Schuld|Versäumnis)\s+(?:Ihrer|deiner|eurer)seits)[\p{L}-]+)(?![\p{L}])/u,
        unless: DE_FIXING,
        rewrite: (ctx) => {
          const verb = /^(ist|sind)(?![\p{L}])/iu.exec(ctx.match);
          return verb ? [`${verb[1]} ärgerlich, und ich kümmere mich darum`] : deFrustrating(ctx);
        },
      },
      {
        // "Andere Kunden haben damit auch kein Problem", "Es gibt Kunden, die viel länger warten mussten", "Seien Sie froh, dass ...",
        // "Was erwarten Sie bei dem Preis?", "damit muss man leben", "Das ist halt so bei Billigtarifen"
        re: /(?<![\p{L}])(?:andere\s+Kunden\s+(?:haben|hatten)\s+(?:damit|da)\s+(?:auch\s+|doch\s+)?kein(?:e)?\s+(?:Problem|Probleme|Schwierigkeiten)|es\s+gibt\s+Kunden\s*,\s*die\s+(?:viel\s+|noch\s+|deutlich\s+)?(?:länger|mehr|schlimmer)|(?:seien\s+Sie|sei|Sie\s+können|du\s+kannst|Sie\s+sollten|du\s+solltest)\s+(?:(?:doch|lieber|ja|eigentlich|schon|eher)\s+){0,2}(?:froh|dankbar)(?:\s+sein)?\s*,\s*dass|was\s+(?:erwarten\s+Sie|erwartest\s+du)\s+(?:denn\s+)?(?:bei|für)\s+(?:dem|diesen|so\s+einen|so\s+einem|den)\s+Preis|(?:bei|für)\s+(?:dem|diesen|so\s+einen|so\s+einem|den)\s+Preis\s+(?:kann\s+man|können\s+Sie|kannst\s+du|darf\s+man)\s+(?:(?:doch|ja|wirklich|halt)\s+)?(?:nicht|kein\p{L}*)\s+(?:mehr|viel|Wunder)(?:\s+erwarten)?|damit\s+muss\s+man\s+(?:(?:halt|eben|nun\s+mal|leider|einfach)\s+)?(?:leben|klarkommen)|(?:das\s+ist|ist\s+das)\s+(?:halt|eben|nun\s+mal|einfach)\s+so\s+bei\s+[\p{L}-]+)(?![\p{L}])[^.!?]*/u,
        unless: /(?<![\p{L}])(?:verstehe|ich\s+(?:schaue|kümmere|prüfe))(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      {
        // "wegen 20 Minuten Ausfall muss man sich nicht gleich beschweren", "darüber brauchst du dich doch nicht so zu beschweren"
        re: /(?<![\p{L}])(?:wegen\s+(?:[\p{L}\d€%,.-]+\s+){1,4}?)?(?:(?:muss|m(?:ü|ue)ssen|musst|braucht|brauchen|brauchst)\s+(?:man|Sie|du)|(?:man|Sie|du)\s+(?:muss|m(?:ü|ue)ssen|musst|braucht|brauchen|brauchst))\s+sich\s+(?:(?:doch|jetzt|wirklich|deswegen|deshalb|darüber|da|echt|ja)\s+){0,2}(?:nicht|kein\p{L}*)\s+(?:gleich|sofort|so)\s+(?:zu\s+)?(?:beschweren|beklagen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])ich\s+(?:habe|hab|kümmere|erstatte)(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      {
        // "Lassen Sie uns die Kirche im Dorf lassen", "bleib mal auf dem Teppich", "halten Sie den Ball flach"
        re: /(?<![\p{L}])(?:(?:lassen\s+Sie\s+uns|lass\s+uns|lasst\s+uns|wir\s+sollten|man\s+sollte|Sie\s+sollten|du\s+solltest)\s+(?:(?:doch|mal|bitte|jetzt|aber|lieber|hier)\s+){0,2}(?:die\s+)?Kirche\s+im\s+Dorf\s+lassen|(?:bleiben\s+Sie|bleib|bleibt|bleiben\s+wir)\s+(?:(?:mal|doch|bitte|lieber|jetzt)\s+){0,2}auf\s+dem\s+Teppich|(?:halten\s+Sie|halt|halte|haltet)\s+(?:(?:mal|doch|bitte|lieber|jetzt)\s+){0,2}den\s+Ball\s+flach)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:(?:nie|niemals|nicht)\s+sagen|berechtigt)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      {
        // "da würde ich mir keinen Kopf machen", "darüber würde ich mir keine Gedanken machen"
        re: /(?<![\p{L}])(?:(?:da|darüber|deswegen|deshalb)\s+)?w(?:ü|ue)rde\s+ich\s+mir\s+(?:(?:da|deswegen|darüber|echt|wirklich|also|jetzt|ehrlich\s+gesagt)\s+){0,2}(?:keinen\s+(?:Kopf|Stress)|keine\s+(?:großen\s+)?(?:Sorgen|Gedanken))\s+machen(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:sicher|geschützt|erstatt\p{L}*|ich\s+(?:habe|hab|kümmere|prüfe|schaue))(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      {
        // "Die Rechnung ist doch nur 3 Euro höher", "der Zug kam ja nur 20 Minuten später"
        // The particles carry the belittling; the rewrite drops them: "Die Rechnung ist 3 Euro höher".
        re: /(?<![\p{L}])(?:ist|sind|war|waren|kostet|kosten|kostete|kam|kommt|dauert|dauerte)(?<hit>\s+(?:doch|ja|halt|eben)\s+(?:nur|bloß|lediglich|gerade\s+mal))(?=\s+(?:ein\s+paar|ein(?:e[nm]?)?|zwei|drei|vier|fünf|wenige|\d+(?:[,.]\d+)?)\s*(?:(?:Werk)?[Tt]age?|Stunden?|Minuten?|Wochen?|Euro|€|Cent|Franken|CHF|Prozent|%)(?![\p{L}]))/u,
        unless: new RegExp(DE_FIXING.source + String.raw`|\?`, 'u'),
        rewrite: () => [''],
      },
      {
        // "das ist wirklich nichts Besonderes", "das ist doch nichts Ungewöhnliches"
        re: /(?<![\p{L}])(?:das|es|dies)\s+ist\s+(?:(?:doch|wirklich|echt|halt|eben|ja|auch|eigentlich|völlig|ganz)\s+){1,2}(?:nichts\s+(?:Besonderes|Ungew(?:ö|oe)hnliches|Au(?:ß|ss)ergew(?:ö|oe)hnliches|Dramatisches|Tragisches))(?=\s*[.!]*\s*$)/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|ich\s+(?:habe|hab|kümmere|prüfe|schaue|verstehe)|sicher|geschützt|trotzdem|tut\s+mir\s+leid)(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      {
        // "ich finde nicht, dass das eine Beschwerde wert ist", "das ist doch keine Reklamation wert"
        re: /(?<![\p{L}])(?:ich\s+(?:finde|glaube|denke|meine)\s+(?:ehrlich\s+gesagt\s+)?nicht\s*,\s*dass\s+(?:das|es|dies)\s+(?:[\p{L}-]+\s+){0,3}?(?:wert\s+ist|wert\s+w(?:ä|ae)re)|(?:(?:das|es|dies)\s+)?(?:ist|w(?:ä|ae)re|sind)\s+(?:(?:doch|wirklich|echt|eigentlich|ja)\s+){0,2}(?:keine[rn]?|kaum\s+eine[rn]?)\s+(?:Beschwerde|Reklamation|Aufregung|Mail|E-Mail|Nachricht|Anruf|Ticket|Diskussion)\s+wert)(?![\p{L}])/u,
        unless: DE_FIXING,
        rewrite: deFrustrating,
      },
      {
        // "Es ist ja nichts passiert", "Sehen Sie es doch positiv"
        re: /(?<![\p{L}])(?:(?:es|da)\s+ist\s+(?:doch|ja)\s+(?:gar\s+|eigentlich\s+|nun\s+wirklich\s+)?nichts\s+(?:Schlimmes\s+)?passiert|(?:sehen\s+Sie|sieh|seht)\s+(?:es|das)\s+(?:doch\s+)?(?:mal\s+|einfach\s+)?(?:locker|entspannt|sportlich|nicht\s+so\s+tragisch))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:zum\s+Glück|Gott\s+sei\s+Dank|glücklicherweise|ich\s+(?:habe|hab|kümmere|verstehe))(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      {
        // "ist doch nur ne Verspätung.", "das ist ja nur ein Kratzer."
        re: /(?<![\p{L}])(?:ist|sind)\s+(?:doch|ja)\s+(?:nur|bloß)\s+(?:ne|'ne|n|nen|ein|eine|einen)\s+(?!(?:Beispiel|Vorschlag|Hinweis|Tipp|Idee|Test|Platzhalter|Richtwert|Schätzwert|Entwurf|Angebot|Zwischenstand|Formalität)(?![\p{L}]))[\p{L}-]+(?=\s*[.!]*\s*$)/u,
        unless: DE_FIXING,
        rewrite: () => ['ist ärgerlich, und ich kümmere mich darum'],
      },
      {
        // Without a subject: "ja mei, kommt vor", "passiert halt."
        re: /(?:^|(?<=,\s{0,3}))(?:kommt\s+(?:(?:halt|eben|schon|mal|leider|doch|öfter|ja|nun\s+mal)\s+){0,2}vor|passiert\s+(?:halt|eben|nun\s+mal|schon\s+mal|manchmal))(?=\s*[.!]*\s*$)/u,
        unless: DE_COMFORT,
        rewrite: deFrustrating,
      },
      // "Das ist wirklich nicht so schlimm", "ist doch halb so wild" — unless it comforts about the customer's own slip or gives a reason.
      {
        re: /(?<![\p{L}])(?:(?:das|es|dies)\s+(?:ist|war)|(?:ist|war)\s+(?:das|es|doch))\s+(?:(?:doch|wirklich|echt|ja|eigentlich|alles|gar|halt|eben|nun\s+mal|auch)\s+){0,2}(?:nicht\s+(?:so|weiter|besonders|wirklich)\s+(?:schlimm|wild|tragisch|dramatisch)|halb\s+so\s+(?:wild|schlimm)|kein\s+Weltuntergang|kein\s+Beinbruch)(?!\s*,?\s*(?:dass|wenn|falls|weil|denn|da|wie)(?![\p{L}]))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:weil|denn|dass|wenn|falls|ich\s+(?:habe|hab|schicke|tausche|erstatte|kümmere)|passiert\s+(?:jedem|den\s+Besten|schnell)|Versehen|vertippt|vergessen)(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      // "Da gibt es Schlimmeres", "es gibt wirklich Schlimmeres".
      {
        re: /(?<![\p{L}])(?:(?:es|da)\s+gibt\s+(?:es\s+)?|gibt\s+(?:es|doch)\s+)(?:(?:wirklich|doch|echt|ja|wahrlich|weitaus|deutlich|viel|definitiv|sicher)\s+){0,2}Schlimmeres(?![\p{L}])(?!\s+(?:für\s+(?:Sie|dich)\s+)?zu\s+tun)(?!\s+für\s+(?:Sie|dich))/u,
        rewrite: deFrustrating,
      },
      // "Das klärt sich schon von selbst", "das gibt sich bestimmt wieder".
      {
        re: /(?<![\p{L}])(?:das|es)\s+(?:klärt|regelt|erledigt|löst|gibt|legt)\s+sich\s+(?:(?:schon|bestimmt|sicher|sicherlich|garantiert|bald|meistens|meist|normalerweise)\s+){1,2}(?:von\s+(?:selbst|allein|alleine)|wieder)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nach\s+\d|innerhalb|Stunden|Minuten|automatisch|weil|denn|ich\s+(?:habe|hab|prüfe|schaue|melde))(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      // "ist doch nichts Schlimmes", "ist echt nichts Wildes" (not "es ist nichts Schlimmes passiert").
      {
        re: /(?<![\p{L}])(?:(?:das|es)\s+)?(?:ist|war)\s+(?:(?:doch|echt|wirklich|ja|eigentlich|halt|eben|gar|überhaupt)\s+){1,2}nichts\s+(?:Schlimmes|Wildes|Dramatisches|Tragisches|Ernstes|Weltbewegendes)(?!\s+(?:passiert|geschehen|dabei|kaputt))(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deFrustrating,
      },
      // "Die paar Kratzer fallen doch niemandem auf", "die Dellen sieht doch keiner".
      {
        re: /(?<![\p{L}])(?:fällt|fallen|sieht|merkt|bemerkt|stört|interessiert|juckt)\s+(?:(?:doch|eh|ja|sowieso|eigentlich|echt|wirklich|eigentlich\s+auch)\s+){1,2}(?:niemandem|niemanden|niemand|keiner|keinem|keinen|kein\s+Mensch|kaum\s+(?:jemandem|jemand|einer|einem))(?:\s+auf)?(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: (ctx) => {
          const plural = /^(?:fallen|sehen|merken|bemerken|stören|interessieren|jucken)/iu.test(ctx.match);
          const you = ctx.register === 'informal' ? 'dich' : 'Sie';
          return [`${plural ? 'ärgern' : 'ärgert'} ${you} trotzdem, das verstehe ich`];
        },
      },
      {
        re: /^(?:ach|na|naja|och|tja)\s*,?\s*(?:die|diese|das|der|wegen\s+(?:den|der|dieser|diesen))\s+(?:paar|bisschen|kleinen?|bissl)\s+[\p{L}-]+(?=\s*[,.!…]|\s*$)/u,
        rewrite: deFrustrating,
      },
      // "So schlimm kann das mit dem Lärm ja nicht gewesen sein", "die anderen Gäste haben sich nicht beschwert".
      {
        re: /(?<![\p{L}])so\s+schlimm\s+(?:kann|wird|dürfte|könnte)\s+(?:(?:das|es|die\s+[\p{L}-]+|der\s+[\p{L}-]+|den\s+[\p{L}-]+)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:(?:ja|doch|wohl|aber)\s+)?(?:nicht|kaum)\s+(?:gewesen\s+)?sein(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      {
        re: /(?<![\p{L}])(?:(?:die\s+)?(?:anderen|übrigen|restlichen|sonstigen)\s+(?:Kunden|Kundinnen|Gäste|Teilnehmer(?:innen)?|Mieter|Nutzer|Passagiere|Fahrgäste|Bewohner|Käufer)\s+(?:haben|hatten)\s+sich\s+(?:(?:auch|ja|doch|jedenfalls|bisher|bislang|noch|alle)\s+){0,2}(?:nicht|nie|niemals)\s+beschwert|(?:sonst|bisher|bislang)\s+hat\s+sich\s+(?:(?:noch|auch|ja)\s+){0,2}(?:niemand|keiner)\s+(?:[\p{L}-]+\s+){0,4}?beschwert|(?:Sie\s+sind|du\s+bist)\s+(?:(?:der|die)\s+)?(?:erste|einzige)[rn]?\s*,\s*(?:der|die)\s+sich\s+(?:[\p{L}-]+\s+){0,2}?beschwert)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deFrustrating,
      },
      // Doubting the customer's experience: "Das bilden Sie sich bestimmt nur ein".
      {
        re: /(?<![\p{L}])(?:(?:das|es)\s+)?(?:bilden\s+Sie\s+sich|bildest\s+du\s+dir|Sie\s+bilden\s+sich|du\s+bildest\s+dir)\s+(?:(?:das|es)\s+)?(?:(?:bestimmt|sicher|wohl|doch|nur|bloß|ja|vermutlich|wahrscheinlich)\s+){0,3}(?:(?:das|es)\s+)?ein(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: () => ['ich nehme das ernst und schaue es mir an'],
      },
      // Broad idioms that shrink the complaint: "Mach dir nicht ins Hemd", "Jammern auf hohem Niveau", "Stell dich nicht so an",
      // "wegen so einer Kleinigkeit", "Sturm im Wasserglas", "viel Lärm um nichts".
      {
        re: /(?<![\p{L}])(?<hit>(?:mach(?:e|t)?\s+(?:dir|euch)|machen\s+Sie\s+sich)\s+(?:(?:mal|doch|jetzt|bitte|blo(?:ß|ss))\s+){0,2}nicht\s+(?:gleich\s+)?ins\s+Hemd|Jammern\s+auf\s+hohem\s+Niveau|(?:stell(?:e|t)?\s+(?:dich|euch)|stellen\s+Sie\s+sich)\s+(?:(?:mal|doch|jetzt|bitte)\s+){0,2}nicht\s+so\s+an|(?:hab(?:e|t)?\s+(?:dich|euch)|haben\s+Sie\s+sich)\s+(?:(?:mal|doch|jetzt|bitte)\s+){0,2}nicht\s+so|wegen\s+(?:so\s+(?:einer|einem|was|etwas)|einer\s+solchen|dieser)\s+(?:Kleinigkeit|Lappalie|Bagatelle|Nichtigkeit)|Sturm\s+im\s+Wasserglas|viel\s+L(?:ä|ae)rm\s+um\s+nichts|(?:kein|ein)\s+(?:Drama|Theater|Aufstand|Fass)\s+(?:draus|daraus)\s+machen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:entschuldig\p{L}*|bedank\p{L}*|Sorgen\s+machen|keine\s+Umst(?:ä|ae)nde)(?![\p{L}])|\?\s*$/u,
        rewrite: deFrustrating,
      },
      // Broad: "Das bisschen Wartezeit werden Sie schon überstehen", "das wirst du ja wohl verkraften".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|die|dieses?)\s+bisschen\s+[\p{L}-]+|(?:werden\s+Sie|wirst\s+du|werdet\s+ihr|kann\s+man|k(?:ö|oe)nnen\s+Sie|kannst\s+du)\s+(?:(?:das|es|schon|ja|doch|wohl|auch|noch|gerade\s+noch)\s+){1,3}(?:(?:ü|ue)berleben|(?:ü|ue)berstehen|aushalten|verkraften|verschmerzen|ertragen|verkraften))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nur\s+ein\s+bisschen|ein\s+bisschen)(?![\p{L}])|\?\s*$/u,
        rewrite: deFrustrating,
      },
      // Broad: "Sie regen sich wegen nichts auf", "du ärgerst dich über nichts".
      {
        re: /(?<![\p{L}])(?<hit>(?:regen\s+Sie\s+sich|regst\s+du\s+dich|Sie\s+regen\s+sich|du\s+regst\s+dich|Sie\s+(?:ä|ae)rgern\s+sich|du\s+(?:ä|ae)rgerst\s+dich|Sie\s+beschweren\s+sich|du\s+beschwerst\s+dich|(?:ä|ae)rgern\s+Sie\s+sich|(?:ä|ae)rgerst\s+du\s+dich|beschweren\s+Sie\s+sich|beschwerst\s+du\s+dich)\s+(?:(?:doch|ja|hier|echt|wirklich|gerade)\s+){0,2}(?:(?:wegen|(?:ü|ue)ber|um)\s+(?:nichts|gar\s+nichts|nix|so\s+(?:was|etwas)|Kleinigkeiten|eine\s+Kleinigkeit)|(?:v(?:ö|oe)llig\s+|ganz\s+)?(?:unn(?:ö|oe)tig|umsonst|grundlos|ohne\s+Grund))(?:\s+auf)?)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // Broad: the problem called a trifle: "Das ist doch Pillepalle", "ist ja nur Kleinkram", "sind doch Peanuts".
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|sind|war)\s+(?:(?:doch|ja|nur|eh|halt|eben|wirklich|echt|alles)\s+){1,3}(?:(?:eine?|ein)\s+)?(?:Pillepalle|Peanuts|Kleinkram|Kinderkram|Lappalien?|Bagatellen?|Kleinigkeiten|Kleinigkeit|Kinkerlitzchen|Klacks|Pipifax|Witz|Nichtigkeiten?))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:f(?:ü|ue)r\s+(?:mich|uns)|mache\s+ich|machen\s+wir|gern|gerne|kein\p{L}*)(?![\p{L}])|\?\s*$/u,
        rewrite: (ctx) => [/^(?:sind)/iu.test(ctx.match) ? 'sind ärgerlich, das verstehe ich' : /^war/iu.test(ctx.match) ? 'war ärgerlich, das verstehe ich' : 'ist ärgerlich, das verstehe ich'],
      },
      // Broad: the customer said to over-worry: "Sie machen sich zu viele Gedanken", "du siehst das zu eng", "Sie nehmen das zu ernst".
      {
        re: /(?<![\p{L}])(?<hit>(?:Sie\s+machen\s+sich|du\s+machst\s+dir|ihr\s+macht\s+euch)\s+(?:(?:da|hier|echt|wirklich|einfach|viel|doch|glaube\s+ich)\s+){0,2}zu\s+viele?\s+(?:Gedanken|Sorgen|Stress|Kopf)|(?:Sie\s+sehen|du\s+siehst)\s+das\s+(?:(?:echt|wirklich|viel|einfach|etwas)\s+)?zu\s+eng|(?:Sie\s+nehmen|du\s+nimmst)\s+das\s+(?:(?:echt|wirklich|viel|einfach|etwas)\s+)?zu\s+(?:ernst|schwer|tragisch))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deFrustrating,
      },
      // Broad: "Das ist nun wirklich kein Drama" (not "kein Problem", not "kein Beinbruch").
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|sind|war)\s+(?:(?:doch|ja|nun|wirklich|echt|halt|eben|jetzt|auch|nun\s+wirklich|nun\s+mal)\s+){1,3}(?:kein(?:e)?\s+(?:Drama|Staatsaff(?:ä|ae)re|Staatsakt|gro(?:ß|ss)e\s+Sache|gro(?:ß|ss)es\s+Ding|Katastrophe)))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [/^sind/iu.test(ctx.match) ? 'sind ärgerlich, das verstehe ich' : /^war/iu.test(ctx.match) ? 'war ärgerlich, das verstehe ich' : 'ist ärgerlich, das verstehe ich'],
      },
      // Round 3: "Da stellen Sie sich aber an", "stell dich nicht so an": the customer as making a fuss.
      {
        re: /^(?:(?:na\s+ja|naja|also|ach|da|jetzt)\s*,?\s+)?(?:stellen\s+Sie\s+sich|stellst\s+du\s+dich|stell\s+dich|Sie\s+stellen\s+sich|du\s+stellst\s+dich)\s+(?:(?:aber|ganz\s+schön|ziemlich|echt|wirklich|doch|nicht\s+so|mal\s+nicht\s+so|bitte\s+nicht\s+so)\s+){1,2}an(?=\s*[.!,]|\s*$)/u,
        rewrite: deFrustrating,
      },
      // Round 3: other customers as the yardstick ("Andere Kunden haben damit überhaupt keine Probleme", "die meisten kommen gut klar").
      {
        re: /(?<![\p{L}])(?:(?:andere|alle\s+anderen|die\s+meisten|unsere\s+anderen|viele\s+andere|sonst\s+alle|alle\s+übrigen)\s+(?:Kunden|Kundinnen|Nutzer|Nutzerinnen|Mieter|Gäste|Fahrgäste|Spieler|Teilnehmer|Leute|Menschen)|(?:alle|die\s+meisten)\s+anderen)\s+(?:(?:haben|hatten|kommen|kamen|beschweren|sind)\s+)(?:(?:damit|da|sich|ja|auch|doch|überhaupt|gar|gut|bisher|bislang)\s+){0,4}(?:kein(?:e|en)?\s+(?:Probleme?|Schwierigkeiten|Beschwerden)|klar|nicht|zufrieden)(?![\p{L}])/u,
        unless: /\?\s*$|(?<![\p{L}])(?:auch\s+betroffen|ebenfalls\s+betroffen|Störung)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // Round 3: "Ein paar Tage Verspätung sind doch völlig normal": the grievance called normal, with "doch".
      {
        re: /(?<![\p{L}])(?:ist|sind)\s+doch\s+(?:(?:völlig|ganz|absolut|total|vollkommen|eigentlich)\s+)?(?:normal|üblich|nichts\s+Ungewöhnliches|nichts\s+Besonderes|Standard)(?![\p{L}])/u,
        unless: /\?\s*$|(?<![\p{L}])(?:ärger\p{L}*|aufreg\p{L}*|sauer|verärgert|enttäuscht|frustriert|verstehe|verständlich)(?![\p{L}])/u,
        rewrite: (ctx) => [/^sind/iu.test(ctx.match) ? 'sind ärgerlich, das verstehe ich' : 'ist ärgerlich, das verstehe ich'],
      },
      // Round 3: "Sie nehmen das viel zu persönlich", "nimm das nicht so tragisch".
      {
        re: /(?<![\p{L}])(?:Sie\s+nehmen|du\s+nimmst|nehmen\s+Sie|nimm)\s+(?:das|es|alles)\s+(?:(?:viel|etwas|ein\s+bisschen|echt|doch|bitte|aber|wirklich)\s+){0,2}(?:zu\s+|nicht\s+so\s+)(?:persönlich|ernst|tragisch|schwer)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
    ]),
    message: 'Das spielt das Problem herunter',
    explanation:
      'Wer das Problem kleinredet („das kommt vor“, „nur ein paar Tage“), sagt dem Kunden, dass sein Ärger übertrieben ist. Erkennen Sie an, was es für ihn bedeutet, und nennen Sie dann die Fakten.',
    rewrite: deFrustrating,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You owe us nothing.",
      "You'll barely notice the new meter, and I've booked the fitting for a time that suits you.",
      "It's completely normal to feel annoyed after a wait like that, everyone would.",
      "Nobody else has reported it yet, but I've logged it and I'm checking your line now.",
      "Delays happen all the time with this courier, which is why I've switched your order to another one.",
      "It's only £3 a month more than your current plan.",
      "Only one of the three chairs was damaged, and the replacement is already on its way.",
      "Our first world tour starts in May.",
      "It's not a luxury problem at all, it's your heating, so I've booked an engineer.",
      'Missing a flight is awful, so I rebooked you.',
      'No worries, this happens all the time and it is easy to fix.',
      'If it happens again, please send us a screenshot.',
      "No worries, it happens to the best of us!",
      "Don't worry, it happens.",
      'It only takes a few minutes to set up.',
      "It's only available in the US for now.",
      'As it happens, we have one left in stock.',
      'We will make it happen.',
      'How did that happen?',
      "There are more important things than a form, so I've skipped that step for you.",
      "No worries, happens all the time and it's an easy fix.",
      "There is a bright side: the new model is twice as fast.",
    ],
    invalid: [
      { text: "Honestly, [[it's nothing]].", rewrite: "Honestly, I understand how frustrating this is." },
      { text: "[[You won't even notice the scratch once it's mounted]].", rewrite: "I understand how frustrating this is." },
      { text: "[[Most of our members don't even notice the noise]].", rewrite: "I understand how frustrating this is." },
      { text: "Honestly, [[there's no need to make such a fuss about a parking space]].", rewrite: "Honestly, I understand how frustrating this is." },
      { text: "Honestly, [[it's a small price to pay for a faster line]].", rewrite: "Honestly, I understand how frustrating this is." },
      { text: "[[It's just the one tile that cracked, the rest of the floor looks great]].", rewrite: "I understand how annoying it is when part of it doesn't work." },
      { text: "[[Bit of a luxury problem]], really.", rewrite: "A fair concern, really." },
      { text: "[[Talk about first-world problems]].", rewrite: "A fair concern." },
      { text: "[[It's only money]], you'll get it back.", rewrite: "I understand how frustrating this is, you'll get it back." },
      { text: "its fine, [[happens all the time]].", rewrite: "its fine, I understand how frustrating this is." },
      { text: "[[There are bigger problems in the world]].", rewrite: "I understand how frustrating this is." },
      { text: 'A late parcel [[isn\'t the end of the world]].', rewrite: 'A late parcel is really frustrating.' },
      { text: '[[It happens all the time]], just restart.', rewrite: 'I understand how frustrating this is, just restart.' },
      { text: 'Sorry, [[it happens]].', rewrite: 'Sorry, I understand how frustrating this is.' },
      { text: "Come on, [[it's only a few days]].", rewrite: 'Come on, I know waiting is frustrating.' },
      { text: "[[It's just $5]], so I wouldn't worry.", rewrite: "I understand this matters to you, so I wouldn't worry." },
      { text: "[[It's not the end of the world]].", rewrite: 'I understand how frustrating this is.' },
      { text: '[[These things happen]].', rewrite: 'I understand how frustrating this is.' },
      { text: '[[Stop complaining]], we are working on it.', rewrite: 'I understand why you are frustrated, we are working on it.' },
      { text: "Hang in there, [[it's only two more weeks]].", rewrite: 'Hang in there, I know waiting is frustrating.' },
    ],
  },
  de: {
    valid: [
      'Das ist ganz normal und kein Fehler Ihrerseits.',
      'Es ist doch normal, dass Sie sich über die Verspätung ärgern.',
      'Andere Kunden sind auch betroffen, es gibt eine Störung, die wir gerade beheben.',
      'Wir nehmen das sehr ernst.',
      'Ist das keine große Sache für Sie?',
      'Machen Sie sich keine Gedanken, ich kümmere mich.',
      'Das ist keine Kleinigkeit, ich kümmere mich sofort.',
      'Das ist für mich eine Kleinigkeit, ich mache das gern.',
      'Das dauert nur ein bisschen länger als sonst, ich melde mich.',
      'Machen Sie sich keine Sorgen, das Hemd wird ersetzt.',
      'Wegen dieser Kleinigkeit müssen Sie sich nicht entschuldigen, ich ändere es gern.',
      'Das ist nicht so schlimm, wie es aussieht: Der Schaden ist nur am Karton.',
      'Das kommt leider immer wieder vor, deshalb haben wir den Prozess geändert.',
      'Es ist nicht schlimm, dass Sie sich erst jetzt melden.',
      'Das ist nicht so schlimm, weil die Garantie den Schaden abdeckt.',
      'Keine Sorge, ein Tippfehler ist halb so wild, ich habe ihn korrigiert.',
      'Die Sperre löst sich nach 24 Stunden von selbst.',
      "Die Abweichung ist minimal, trotzdem erstatte ich Ihnen die Differenz.",
      "Warten Sie bitte nicht ab, sondern schicken Sie mir direkt das Foto.",
      "Das ist bei allen Geräten dieser Serie so, deshalb tauschen wir es kostenlos.",
      "Ganz ruhig lief das Update nicht, das gebe ich zu – wir haben nachgebessert.",
      "Das kann passieren, und es tut mir leid, dass es Sie getroffen hat.",
      'Keine Sorge, das passiert ständig und ist schnell behoben.',
      'Das passiert halt, wenn der Akku leer ist: Das Gerät startet neu.',
      'Kein Problem, das passiert halt mal.',
      'Es geht um 49 € Erstattung, die ich heute veranlasst habe.',
      'Keine Sorge, das kommt vor.',
      'Es kommt vor, dass Pakete beim Zoll liegen; ich prüfe das für Sie.',
      'Es sind nur noch zwei Tage bis zur Lieferung.',
      'Das dauert nur ein paar Minuten.',
      'Stellen Sie das Gerät bitte nicht so nah an die Heizung.',
      'Hören Sie bitte auf, das Gerät zu laden, bis der Ersatz da ist.',
      'Sie müssen sich nicht extra beschweren, ich habe die Erstattung schon angestoßen.',
      'Keine Sorge, das Blinken der LED ist völlig normal.',
      'Ja, das ist ganz normal.',
      'Ihre Beschwerde ist es wert, ernst genommen zu werden.',
      'Da würde ich mir keine Sorgen machen, Ihre Daten sind sicher.',
      'Die Rechnung ist nur 3 Euro höher, weil die Aktion ausgelaufen ist.',
      'Das ist leider nichts Neues, und deshalb habe ich es direkt an die Technik gegeben.',
      'Zum Glück ist ja nichts passiert, und ich habe den Schaden trotzdem aufgenommen.',
      'Ich würde nie sagen, Sie sollten die Kirche im Dorf lassen, Ihr Ärger ist berechtigt.',
      'Es ist doch nur eine Frage der Zeit, bis das Update kommt, und ich sage dir sofort Bescheid.',
      'Kommt vor, dass die Mail im Spam landet? Dann schauen Sie bitte dort nach.',
      'Das ist ja nur ein Beispiel.',
      'Sehen Sie es positiv: Ihr neuer Tarif ist sogar günstiger.',
      'Das ist doch nur eine Formalität.',
      'Keine Sorge, es ist nichts Schlimmes passiert, Ihre Daten sind sicher.',
      'Der Kratzer fällt Ihnen sofort auf? Dann tauschen wir das Gerät.',
      'Die anderen Gäste haben sich auch beschwert, deshalb haben wir die Anlage repariert.',
      'So schlimm die Verspätung auch war, das Geld bekommen Sie zurück.',
      'Bilden Sie sich gern selbst ein Urteil, die Testberichte hänge ich an.',
    ],
    invalid: [
      { text: '[[Da stellen Sie sich aber an]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Die meisten Mieter kommen damit gut klar]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Zwei Stunden Wartezeit [[sind doch völlig normal]].', rewrite: 'Zwei Stunden Wartezeit sind ärgerlich, das verstehe ich.' },
      { text: '[[Du nimmst das echt zu persönlich]].', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist.' },
      { text: 'Die Verspätung [[ist doch kein Drama]].', rewrite: 'Die Verspätung ist ärgerlich, das verstehe ich.' },
      { text: 'Ich glaube, [[Sie machen sich zu viele Gedanken]].', rewrite: 'Ich glaube, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Die Gebühr [[ist doch nur Kleinkram]].', rewrite: 'Die Gebühr ist ärgerlich, das verstehe ich.' },
      { text: 'Ehrlich, [[Sie regen sich wegen nichts auf]].', rewrite: 'Ehrlich, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Stell dich nicht so an]], die Kaution kommt.', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist, die Kaution kommt.' },
      { text: '[[Das ist nicht so wild]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Ehrlich, [[das ist doch halb so wild]].', rewrite: 'Ehrlich, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Es gibt wirklich Schlimmeres]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Entspann dich, [[das regelt sich bestimmt von allein]].', rewrite: 'Entspann dich, ich verstehe, dass das für dich ärgerlich ist.' },
      { text: "[[So schlimm ist das nun auch wieder nicht]].", rewrite: "Ich verstehe, dass das für Sie ärgerlich ist." },
      { text: "[[Ganz ruhig]], das Paket kommt schon.", rewrite: "Ich verstehe, dass das für Sie ärgerlich ist, das Paket kommt schon." },
      { text: "[[Nimm das nicht so ernst]], du bekommst ja Ersatz.", rewrite: "Ich verstehe, dass das für dich ärgerlich ist, du bekommst ja Ersatz." },
      { text: "Der Fleck [[ist kaum zu sehen]].", rewrite: "Der Fleck ist ärgerlich, und ich kümmere mich darum." },
      { text: "[[Seien Sie froh, dass es überhaupt geliefert wurde]].", rewrite: "Ich verstehe, dass das für Sie ärgerlich ist." },
      { text: 'Ein Tag Verspätung [[ist doch kein Weltuntergang]].', rewrite: 'Ein Tag Verspätung ist wirklich ärgerlich.' },
      { text: '[[So was passiert dauernd]], einfach neu starten.', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist, einfach neu starten.' },
      { text: '[[Es geht doch nur um 3 Euro]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Das [[ist nur ein kleiner Anzeigefehler]].', rewrite: 'Das ist ärgerlich, und ich kümmere mich darum.' },
      { text: '[[Das kommt vor]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Na ja, [[das sind doch nur ein paar Tage]].', rewrite: 'Na ja, ich weiß, dass das Warten ärgerlich ist.' },
      { text: '[[Stell dich nicht so an]], das Paket kommt schon.', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist, das Paket kommt schon.' },
      { text: '[[Es sind nur 5 Euro]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Hören Sie auf zu jammern]], wir kümmern uns darum.', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist, wir kümmern uns darum.' },
      { text: '[[Hör auf zu jammern]].', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist.' },
      { text: 'Tja, [[so was passiert nun mal]].', rewrite: 'Tja, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Ach, [[das ist doch kein Weltuntergang]].', rewrite: 'Ach, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Also [[wegen einer Stunde Verspätung muss man sich doch nicht so beschweren]].', rewrite: 'Also ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Lass uns mal die Kirche im Dorf lassen]], du hast nur einen Kratzer am Rad.', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist, du hast nur einen Kratzer am Rad.' },
      { text: 'Ehrlich gesagt, [[darüber würde ich mir keine großen Gedanken machen]].', rewrite: 'Ehrlich gesagt, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Der Zug kam[[ ja nur]] 15 Minuten später.', rewrite: 'Der Zug kam 15 Minuten später.' },
      { text: 'Ein Pixelfehler, [[das ist doch nichts Ungewöhnliches]].', rewrite: 'Ein Pixelfehler, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Es sind zwei Euro, [[das ist wirklich keine Reklamation wert]].', rewrite: 'Es sind zwei Euro, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Hm, [[da wuerde ich mir keinen Kopf machen]].', rewrite: 'Hm, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Ach, [[es ist doch nichts passiert]].', rewrite: 'Ach, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Sieh es doch mal locker]], du hast jetzt zwei Tage frei.', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist, du hast jetzt zwei Tage frei.' },
      { text: 'Chillig bleiben, [[ist doch nur ne Verspätung]].', rewrite: 'Chillig bleiben, ist ärgerlich, und ich kümmere mich darum.' },
      { text: 'Ja mei, [[kommt vor]].', rewrite: 'Ja mei, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Mach dir keinen Kopf, [[das ist doch nichts Wildes]].', rewrite: 'Mach dir keinen Kopf, ich verstehe, dass das für dich ärgerlich ist.' },
      { text: 'Der Fleck [[stört doch eh keinen]].', rewrite: 'Der Fleck ärgert Sie trotzdem, das verstehe ich.' },
      { text: '[[Ach, die paar Dellen]], das ist Kosmetik.', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist, das ist Kosmetik.' },
      { text: '[[So schlimm kann die Wartezeit nicht gewesen sein]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Sonst hat sich noch niemand über das Essen beschwert]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Das bildest du dir bestimmt nur ein]].', rewrite: 'Ich nehme das ernst und schaue es mir an.' },
    ],
  },
};
