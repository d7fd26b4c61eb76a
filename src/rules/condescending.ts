// Condescension and personal jabs at the customer: "use your brain", "do I have to spell it out?",
// "even a child could do it", "people like you", "you're impossible", "what's wrong with you?",
// "I'm not your personal assistant"; "Benutzen Sie mal Ihren Kopf", "Das kapiert doch jedes Kind",
// "Leute wie Sie", "Sie sind unmöglich", "Was ist eigentlich los mit Ihnen?".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enExplain = () => ['let me explain it another way', "I'm happy to walk you through it"];
const enHear = () => ['I hear you', 'I understand your frustration'];
const deExplain = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich erkläre es dir gern noch einmal anders', 'ich gehe es gern Schritt für Schritt mit dir durch']
    : ['ich erkläre es Ihnen gern noch einmal anders', 'ich gehe es gern Schritt für Schritt mit Ihnen durch'];
const deHear = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe deinen Ärger', 'ich höre dir zu']
    : ['ich verstehe Ihren Ärger', 'ich höre Ihnen zu'];

export const condescending: Rule = {
  id: 'condescending',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Condescending remarks and personal jabs at the customer',
  en: {
    patterns: [
      // "You need to be more patient", "you have to be reasonable here": a telling-off about the customer's manner.
      {
        re: /\byou\s+(?:(?:really|just|simply)\s+)?(?:need|have|must|should)\s+(?:to\s+)?(?:learn\s+to\s+)?be\s+(?:(?:a\s+(?:bit|little|lot)\s+)?more\s+(?:patient|reasonable|understanding|realistic|polite|respectful|civil)|reasonable|realistic|polite|respectful|civil)\b(?:\s+(?:here|with\s+(?:us|me|our\s+staff)|about\s+(?:this|it)))?/,
        unless: /\bif\s+you\b|\?/,
        rewrite: enHear,
      },
      // "Use your brain", "do I have to spell it out for you?", "I'll type slowly", "even a child could do it".
      {
        re: /\b(?:use|using)\s+your\s+(?:brain|head|common\s+sense|eyes|noggin)\b|\byou(?:['’]?re|\s+are)\s+(?:a\s+grown\s+(?:up|adult|man|woman)|an\s+adult)\b(?!\s+(?:passenger|fare|ticket|member|customer|account|rate|price|traveller|traveler|guest|rider|learner))|\byou(?:['’]?re|\s+are)\s+(?:clearly\s+|obviously\s+|evidently\s+)?not\s+(?:very|that|too|particularly|exactly|the\s+most)\s+(?:tech-?savvy|technical|bright|smart|clever|good\s+with\s+(?:computers|technology|tech|phones))\b|\b(?:do|must|should)\s+I\s+(?:really\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:spell\s+it\s+out|draw\s+you\s+a\s+(?:picture|diagram|map))\b[^.!?]*\?*|\bspell\s+it\s+out\s+for\s+you\b|\b(?:I['’]?ll|I\s+will|let\s+me)\s+(?:type|speak|say\s+(?:it|this|that)|explain\s+(?:it|this|that)|put\s+(?:it|this|that)|go|write)\s+(?:(?:really|very|extra)\s+)?slowly\b(?:\s+(?:so|for)\s+you(?:\s+can\s+(?:follow|keep\s+up|understand))?)?|\b(?:even\s+a\s+(?:child|kid|toddler|monkey|baby|five[-\s]year[-\s]old|5[-\s]year[-\s]old)|a\s+(?:child|kid|toddler|monkey|five[-\s]year[-\s]old|5[-\s]year[-\s]old|six[-\s]year[-\s]old|6[-\s]year[-\s]old))\s+(?:could|can|would)\s+(?:do|figure|understand|manage|work|get|follow|handle)\b[^.!?,;]*/,
        rewrite: enExplain,
      },
      // "You people", "people like you", "customers like you" (not "customers like you make our day").
      {
        re: /(?<!\bthank\s)\byou\s+people\b[^.!?,;]*|\b(?:(?:we|I)\s+(?:don['’]?t|do\s+not)\s+(?:need|want)\s+)?(?:customers|people|clients|folks|users|guys)\s+like\s+you\b[^.!?,;]*/,
        unless: /\b(?:make|makes|made|deserve|deserves|help|helps|keep|keeps|thank|thanks|appreciate|love|loyal|valued|great|wonderful|why\s+we)\b/,
        rewrite: enHear,
      },
      // "You're impossible", "you're the worst customer I've ever had".
      {
        re: /\byou(?:['’]?re|\s+are|\s+r)\s+(?:(?:just|really|honestly|simply|absolutely|truly|seriously)\s+)?(?:impossible(?:\s+to\s+(?:deal\s+with|please|help|work\s+with))?|unbearable|insufferable|exhausting|a\s+(?:nightmare|pain|headache|pest|nuisance)|unbelievable|the\s+worst(?:\s+customer)?(?:\s+(?:I['’]?ve|I\s+have|we['’]?ve|we\s+have)\s+ever\s+(?:had|dealt\s+with|seen))?|the\s+most\s+(?:difficult|annoying|demanding|rude|entitled|unreasonable)\s+(?:customer|person|client)|so\s+(?:annoying|demanding|difficult|rude|entitled)|entitled(?!\s+to\b)|annoying)\b/,
        unless: /\b(?:not|isn['’]?t|aren['’]?t|never)\b|\?/,
        rewrite: enHear,
      },
      // "Who do you think you are?", "what's wrong with you?", "what's your problem?", "are you even listening?", "Hello??".
      {
        re: /\bwho\s+do\s+you\s+think\s+you\s+are\b\s*\?*|\bwhat(?:['’]?s|\s+is)\s+(?:wrong|the\s+matter)\s+with\s+you\b\s*\?*|\bwhat(?:['’]?s|\s+is)\s+(?:your|ur)\s+problem(?:\s+(?:now|today|again))?\s*(?:[?!]+|$)|\bare\s+you\s+(?:even|actually)\s+(?:listening|reading|paying\s+attention)\b\s*\?*|^hel+o+\s*\?{2,}|^hel+o{2,}\b[?!.]*/,
        rewrite: enHear,
      },
      // "Are you deliberately being difficult?", "do us all a favour and ...", "I'm not paid to babysit you".
      {
        re: /\bare\s+you\s+(?:deliberately|intentionally|purposely|purposefully)\s+(?:being\s+)?(?:difficult|obtuse|dense|stupid|awkward|slow)\b\s*\?*|\bdo\s+(?:us\s+all|everyone|everybody)\s+a\s+favou?r\s+and\b[^.!?]*|\b(?:not\s+(?:paid|here)\s+to\s+)?(?:babysit|spoon-?feed|hand-?hold)\s+you\b/,
        rewrite: enExplain,
      },
      // "I'm not your personal assistant", "don't tell me how to do my job".
      {
        re: /\bI(?:['’]?m|\s+am)\s+not\s+your\s+(?:personal\s+)?(?:assistant|servant|maid|babysitter|mother|mum|mom|slave|secretary|butler|therapist|nanny|punching\s+bag)\b|\bdon['’]?t\s+tell\s+me\s+how\s+to\s+do\s+my\s+job\b/,
        rewrite: () => ['let me see what I can do', "I'll do what I can"],
      },
      // "What did you expect for that price?", "you get what you pay for".
      {
        re: /\bwhat\s+(?:did|do|else\s+did)\s+you\s+(?:expect|think\s+would\s+happen)(?:\s+(?:for|at|with)\s+(?:that|this|the|such\s+a)\s+(?:price|money|tariff|plan|budget))?(?:\s*\?+|(?=\s*(?:[.!]|$)))|\byou\s+get\s+what\s+you\s+pay\s+for\b/,
        unless: /\b(?:help(?:s)?\s+me|so\s+I\s+can|understand|could\s+you\s+tell|let\s+me\s+know)\b/,
        rewrite: () => ['I understand this is not what you expected', 'I can see this falls short of what you expected'],
      },
      // "That's a ridiculous request", "what a stupid question", "your complaint is pathetic".
      {
        re: /\b(?:(?:that['’]?s|that\s+is|this\s+is|what)\s+(?:a|an|such\s+a|such\s+an|a\s+(?:really|pretty|rather|quite)|a\s+bit\s+of\s+a)\s+(?:ridiculous|stupid|silly|dumb|absurd|pathetic|idiotic|pointless|laughable|daft)\s+(?:request|question|complaint|demand|idea|claim|message|email|thing\s+to\s+(?:ask|say))|your\s+(?:request|question|complaint|demand|claim|message|email|review)\s+(?:is|was)\s+(?:(?:frankly|honestly|just|simply|quite|rather|a\s+bit)\s+)?(?:ridiculous|stupid|silly|dumb|absurd|pathetic|idiotic|laughable|nonsense|rubbish))\b/,
        unless: /\b(?:no\s+such\s+thing|not\s+(?:a\s+)?(?:ridiculous|stupid|silly|dumb)|isn['’]?t\s+(?:a\s+)?(?:ridiculous|stupid|silly|dumb))\b|\?/,
        rewrite: () => ['that is a fair question', 'that is a reasonable request'],
      },
      // "Obviously you didn't understand", "clearly you have no idea how this works", "if you had any sense".
      {
        re: /(?:^|(?<=[,;:]\s{0,2})|(?<=^(?:well|honestly|frankly|look)\s*,?\s*))(?:obviously|clearly|evidently|apparently)\s*,?\s+(?:you|u)\s+(?:(?:didn['’]?t|did\s+not|don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:even\s+)?(?:understand|read|get\s+it|know|listen|follow)|have\s+no\s+(?:idea|clue))\b[^.!?;,]*|\byou\s+(?:clearly|obviously)\s+(?:have\s+no\s+(?:idea|clue)|(?:don['’]?t|do\s+not)\s+(?:understand|know|get\s+it))\b[^.!?;,]*|\byou\s+have\s+no\s+(?:idea|clue)\s+how\s+(?:this|it|that|our\s+[\w-]+|the\s+[\w-]+)\s+works?\b|\b(?:(?:clearly|obviously|evidently)\s*,?\s+you(?:['’]?ve|\s+have)|you(?:['’]?ve|\s+have)\s+(?:clearly|obviously|evidently))\s+never\s+(?:used|seen|touched|owned|read|set\s+up)\s+(?:a|an|the)\s+[\w-]+(?:\s+before)?|\bif\s+you\s+had\s+(?:any|an\s+ounce\s+of|a\s+shred\s+of)\s+(?:common\s+)?sense\b|\bhalf\s+a\s+brain\b/,
        unless: /\b(?:whether|no\s+wonder|not\s+your\s+fault|our\s+(?:fault|mistake)|understandabl[ey]|sorry)\b|\bif\b(?!\s+you\s+had\s+(?:any|an|a)\b)/,
        rewrite: () => ['let me explain it another way', 'let me walk you through it'],
      },
      // "You really can't follow simple instructions", "some people just can't be helped".
      {
        re: /\byou\s+(?:really\s+|just\s+|clearly\s+|obviously\s+|honestly\s+|still\s+)?(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|didn['’]?t)\s+(?:even\s+)?(?:follow|read|understand|manage|do|handle)\s+(?:(?:a|the|these|our|my|even)\s+)?(?:simple|basic|easy|straightforward|clear)\s+(?:instructions|steps|things?|questions?|english|task)\b(?:\s*,\s*can\s+you\s*\??)?|\bsome\s+people\s+(?:just\s+|simply\s+|really\s+)?(?:can['’]?t|cannot|won['’]?t|will\s+never)\s+be\s+(?:helped|pleased|satisfied)\b/,
        unless: /\b(?:if|whether|not\s+your\s+fault|sorry|our\s+(?:instructions|steps)\s+(?:are|were)\s+(?:unclear|confusing))\b/,
        rewrite: enExplain,
      },
      // "Do you even know what you ordered?", "do you actually understand how this works?"
      { re: /\b(?:do|did)\s+you\s+(?:even|actually|really\s+even)\s+(?:know|understand|remember|realise|realize|care)\b[^.!?]*\?+/, rewrite: () => ['let me explain it another way.', "I'm happy to walk you through it."] },
      // "Your attitude is the problem here", "you're not listening to me".
      {
        re: /\b(?:(?:your|ur)\s+(?:attitude|tone|behaviou?r)\s+is\s+(?:the\s+(?:real\s+)?(?:problem|issue)(?:\s+here)?|not\s+helping)|the\s+(?:real\s+)?(?:problem|issue)\s+(?:here\s+)?is\s+(?:your|ur)\s+(?:attitude|tone|behaviou?r)|(?:you(?:['’]?re|\s+are)|ur|u\s+r|youre)\s+(?:just\s+|clearly\s+|obviously\s+|still\s+|simply\s+)?not\s+(?:even\s+)?listening(?:\s+to\s+(?:me|what\s+I['’]?m\s+saying))?|(?:you|u)\s+(?:just\s+|clearly\s+)?(?:don['’]?t|dont|never)\s+listen)\b/,
        unless: /\?/,
        rewrite: enHear,
      },
      // "You're being ridiculous", "you're being childish".
      {
        re: /\byou(?:['’]?re|\s+are)\s+being\s+(?:(?:really|so|very|completely|totally|a\s+bit|just|quite)\s+)?(?:ridiculous|absurd|childish|silly|petty|dramatic|hysterical)\b/,
        unless: /\?|\bnot\s+being\b/,
        rewrite: () => ['I hear you', 'I understand your frustration'],
      },
      // "Do you want help or not?\"
      {
        re: /\bdo\s+(?:you|u)\s+want\s+(?:my\s+|our\s+)?(?:help|me\s+to\s+help(?:\s+you)?|this\s+(?:fixed|sorted|resolved))\s+or\s+not\b\s*\?*/,
        rewrite: () => ['I want to help you with this'],
      },
      // "It's not rocket science", "this isn't brain surgery": a sneer at the customer's trouble.
      {
        re: /\b(?:it|this|that)(?:\s+(?:really\s+)?isn['’]?t|(?:['’]?s|\s+is)\s+(?:really\s+|honestly\s+|seriously\s+|hardly\s+)?not|(?:['’]?s|\s+is)\s+hardly)\s+(?:exactly\s+)?(?:rocket\s+science|brain\s+surgery|quantum\s+physics|astrophysics)\b/,
        unless: /\b(?:I\s+know|I\s+understand|I\s+agree|I\s+realise|I\s+realize|I\s+see\s+why|I['’]?ll|let\s+me|I\s+can|together)\b/,
        rewrite: () => ["here's how it works"],
      },
    ],
    message: 'This is condescending',
    explanation:
      'Jabs at the customer’s intelligence or character ("use your brain", "people like you") turn a service problem into a personal fight. Stay with the problem and how you will solve it.',
    rewrite: enHear,
  },
  de: {
    patterns: foldDe([
      // "Benutzen Sie mal Ihren Kopf", "Muss ich Ihnen das buchstabieren?", "Das kapiert doch jedes Kind".
      {
        re: /(?<![\p{L}])(?:(?:benutzen|gebrauchen|nutzen|einschalten)\s+Sie\s+(?:(?:doch|mal|bitte|einfach|endlich)\s+){0,2}(?:Ihren|Ihr)\s+(?:Kopf|Verstand|Hirn|Gehirn|gesunden\s+Menschenverstand)|(?:benutz|nutz|gebrauch|schalt)e?\s+(?:(?:doch|mal|einfach|endlich)\s+){0,2}(?:deinen|dein)\s+(?:Kopf|Verstand|Hirn|Gehirn|gesunden\s+Menschenverstand)|(?:muss|soll)\s+ich\s+(?:(?:es|das)\s+)?(?:Ihnen|dir)\s+(?:(?:es|das)\s+)?(?:(?:erst|noch|etwa|jetzt)\s+)?(?:buchstabieren|aufmalen|aufzeichnen|vorkauen|malen)|(?:(?:das|es)\s+)?(?:kapiert|versteht|schafft|kann|kriegt|checkt)\s+(?:doch\s+|ja\s+|echt\s+)?(?:jedes|sogar\s+ein|selbst\s+ein)\s+(?:Kind|Kleinkind|Grundschüler)|(?:sogar|selbst)\s+ein\s+(?:Kind|Kleinkind|Fünfjähriger|Affe|Grundschüler)\s+(?:kapiert|versteht|schafft|kann|kriegt|checkt|hinbekommt|würde))(?![\p{L}])\s*\?*/u,
        rewrite: deExplain,
      },
      // "Leute wie Sie", "Kunden wie Sie brauchen wir nicht", "Ihr Kunden seid alle gleich", "Sie schon wieder".
      {
        re: /(?<![\p{L}])(?:(?:Leute|Kunden|Kundinnen|Menschen|Typen|Leuten)\s+wie\s+(?:Sie|dich|du|dir|Ihnen)(?![\p{L}])[^.!?,;]*|ihr\s+Kunden\s+(?:seid|immer|wollt|müsst)|^(?:ach,?\s+|oh,?\s+|na,?\s+)?(?:Sie|du)\s+schon\s+wieder(?=\s*(?:[.!?…]|$)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:schätzen|freuen|freut|danke|Dank|treue|wertvoll|machen\s+unsere|helfen|helft|hilft|dankbar|bereichern|sind\s+der\s+Grund)(?![\p{L}])/u,
        rewrite: deHear,
      },
      // "Sie sind unmöglich", "Sie sind der schlimmste Kunde, den ich je hatte", "Sie nerven".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+sind|du\s+bist)\s+(?:(?:wirklich|echt|einfach|total|völlig|ja|so|vielleicht)\s+){0,2}(?:unmöglich|unerträglich|anstrengend|nervig|unverschämt|eine\s+Zumutung|eine\s+Nervensäge|der\s+(?:schlimmste|anstrengendste|nervigste|unverschämteste|unhöflichste)\s+Kunde|die\s+(?:schlimmste|anstrengendste|nervigste|unverschämteste|unhöflichste)\s+Kundin)|(?:Sie\s+nerven|du\s+nervst)(?:\s+(?:echt|wirklich|total|gewaltig))?(?=\s*(?:[.!…]|$)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*)\s+(?:unmöglich|anstrengend|nervig)|\?/u,
        rewrite: deHear,
      },
      // "Was glauben Sie eigentlich, wer Sie sind?", "Was ist eigentlich los mit Ihnen?", "Was ist Ihr Problem?".
      {
        re: /(?<![\p{L}])(?:(?:was|wer)\s+(?:glauben|denken|meinen)\s+Sie(?:\s+(?:eigentlich|denn))?\s*,?\s*wer\s+Sie\s+sind|(?:was|wer)\s+(?:glaubst|denkst|meinst)\s+du(?:\s+(?:eigentlich|denn))?\s*,?\s*wer\s+du\s+bist|was\s+ist\s+(?:eigentlich|denn|bloß|nur)\s+(?:los\s+mit\s+(?:Ihnen|dir)|mit\s+(?:Ihnen|dir)\s+los)|^was\s+ist\s+(?:eigentlich\s+|denn\s+)?(?:Ihr|dein)\s+Problem(?=\s*(?:[?!]|$))|(?:hören\s+Sie|hörst\s+du)\s+(?:mir\s+)?(?:(?:eigentlich|überhaupt)\s+){1,2}(?:mir\s+)?zu|(?:lesen\s+Sie|liest\s+du)\s+(?:eigentlich|überhaupt)\s+(?:meine|unsere)\s+(?:Nachrichten|Mails|E-Mails|Antworten)|^hallo+\s*\?{2,}|^geht['’]?s\s+noch(?=\s*\?))(?![\p{L}])\s*\?*/u,
        rewrite: deHear,
      },
      // "Stellen Sie sich absichtlich so dumm an?", "Tun Sie uns allen einen Gefallen und ...".
      {
        re: /(?<![\p{L}])(?:(?:stellen\s+Sie\s+sich|stellst\s+du\s+dich)\s+(?:absichtlich|extra|bewusst|mit\s+Absicht)\s+so\s+(?:dumm|blöd|doof|ungeschickt)?\s*an|(?:tun\s+Sie|tu)\s+(?:uns\s+allen|allen)\s+(?:einen|den)\s+Gefallen\s+und[^.!?]*)(?![\p{L}])\s*\?*/u,
        rewrite: deExplain,
      },
      // "Ich bin nicht Ihr Butler", "Sagen Sie mir nicht, wie ich meinen Job machen soll".
      {
        re: /(?<![\p{L}])(?:ich\s+bin\s+(?:doch\s+)?nicht\s+(?:Ihr|dein)e?\s+(?:Butler|Diener|Dienerin|Sklave|Sklavin|Sekretär|Sekretärin|Babysitter|Mutter|Kindermädchen|Therapeut|Therapeutin|Laufbursche|persönlicher\s+Assistent|persönliche\s+Assistentin)|(?:sagen\s+Sie|sag)\s+mir\s+nicht,?\s+wie\s+ich\s+meine[nr]?\s+(?:Job|Arbeit))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich schaue, was ich für dich tun kann' : 'ich schaue, was ich für Sie tun kann'],
      },
      // "Was haben Sie denn erwartet?", "Was erwarten Sie für den Preis?", "Wer billig kauft, kauft zweimal".
      {
        re: /(?<![\p{L}])(?:was\s+(?:haben\s+Sie|hast\s+du)\s+(?:denn|eigentlich|bitte)\s+erwartet|was\s+(?:erwarten\s+Sie|erwartest\s+du)\s+(?:denn\s+|eigentlich\s+)?(?:für\s+(?:den|diesen|so\s+einen)\s+Preis|bei\s+(?:dem|diesem|so\s+einem)\s+Preis)|wer\s+billig\s+kauft,?\s+kauft\s+zweimal)(?![\p{L}])\s*\?*/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich verstehe, dass du dir mehr erwartet hast' : 'ich verstehe, dass Sie sich mehr erwartet haben'],
      },
      {
        // "Lesen Sie eigentlich, was ich schreibe (, oder …)?", "Hörst du mir überhaupt zu?"
        re: /(?<![\p{L}])(?:(?:lesen\s+Sie|liest\s+du|lest\s+ihr)\s+(?:eigentlich|überhaupt|ueberhaupt|denn|auch)(?:\s+(?:mal|irgendwann|jemals|auch|richtig))?\s*,?\s*(?:was\s+(?:ich|wir)\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:schreibe|schreiben|geschrieben\s+habe|geschrieben\s+haben|schicke|schicken)|(?:meine|unsere)\s+(?:Nachrichten|Mails|E-Mails|Antworten|Nachricht|Mail|Antwort))|(?:hören\s+Sie\s+mir|hörst\s+du\s+mir|hört\s+ihr\s+mir)\s+(?:eigentlich|überhaupt|ueberhaupt|denn|auch)\s+(?:(?:auch|mal|richtig)\s+)?zu)(?![\p{L}])[^.!?\n]*\?+/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich fasse es dir gern noch einmal kurz zusammen.' : 'ich fasse es Ihnen gern noch einmal kurz zusammen.'],
      },
      {
        // "Haben Sie das jetzt verstanden?", "hast du es endlich kapiert?"
        re: /(?<![\p{L}])(?:haben\s+Sie|hast\s+du|habt\s+ihr)\s+(?:das|es)\s+(?:(?:jetzt|nun|endlich|denn\s+jetzt)\s+){1,2}(?:auch\s+)?(?:verstanden|kapiert|begriffen)\s*\?+/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ist das so verständlich für dich?' : 'ist das so verständlich für Sie?'],
      },
      {
        // "Wenn Sie lesen könnten, wüssten Sie das."
        re: /(?<![\p{L}])wenn\s+(?:Sie|du)\s+(?:(?:richtig|genau|mal)\s+)?lesen\s+(?:könnten|könntest|koennten|koenntest|würden|würdest)(?![\p{L}])[^.!?\n]*/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich erkläre es dir gern noch einmal' : 'ich erkläre es Ihnen gern noch einmal'],
      },
      // "Haben Sie überhaupt zugehört?", "hast du eigentlich mal gelesen?"
      {
        re: /(?<![\p{L}])(?:haben\s+Sie|hast\s+du|habt\s+ihr)\s+(?:(?:mir|uns)\s+)?(?:überhaupt|ueberhaupt|eigentlich|auch\s+nur|irgendwann)\s+(?:(?:mal|richtig|einmal|genau|je)\s+)?(?:zugehört|zugehoert|hingehört|hingeschaut|hingesehen|reingeschaut|aufgepasst|mitgelesen|gelesen|verstanden)\s*\?+/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich erkläre es dir gern noch einmal anders.' : 'ich erkläre es Ihnen gern noch einmal anders.'],
      },
      // "Lesen Sie doch einfach, was ich geschrieben habe", "Ihr Ton ist unmöglich", "Hören Sie auf zu jammern".
      {
        re: /(?<![\p{L}])(?:(?:lesen\s+Sie|lies)(?:\s+(?:doch|einfach|bitte|mal|erst\s+mal|erstmal|halt|endlich|nochmal|noch\s+mal)){1,3}\s*,?\s*(?:was\s+(?:ich|wir)\s+(?:(?:Ihnen|dir|euch)\s+)?(?:(?:schon|bereits)\s+)?(?:geschrieben|gesagt)\s+(?:habe|haben)|(?:meine|unsere)\s+(?:Nachricht|Nachrichten|Mail|Mails|Antwort))|(?:Ihr|dein)\s+Ton\s+ist\s+(?:(?:wirklich|echt|einfach|absolut|völlig|total)\s+)?(?:unmöglich|unverschämt|inakzeptabel|daneben|unter\s+aller\s+Kanone|eine\s+Frechheit)|(?:hören\s+Sie|hör)\s+(?:(?:doch|endlich|bitte|mal|jetzt)\s+){0,2}auf\s*,?\s*(?:(?:rum|herum)?zu(?:jammern|meckern|nörgeln|heulen|motzen)|zu\s+(?:jammern|meckern|nörgeln|heulen|motzen)))(?![\p{L}])/u,
        rewrite: deHear,
      },
      // "Sind Sie eigentlich immer so anstrengend?", "Wenn Sie nicht lesen können, …"
      {
        re: /(?<![\p{L}])(?:(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+(?:(?:eigentlich|immer|wirklich|echt|denn|so|jetzt)\s+){1,3}(?:anstrengend|nervig|unverschämt|begriffsstutzig|schwer\s+von\s+Begriff|unmöglich|unfähig)\s*\?+|wenn\s+(?:Sie|du|ihr)\s+(?:(?:schon|eh|halt)\s+)?nicht\s+(?:lesen|zuhören|richtig\s+lesen)\s+(?:können|kannst|könnt|wollen|willst)(?![\p{L}])[^.!?;]*)/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich erkläre es dir gern noch einmal anders' : 'ich erkläre es Ihnen gern noch einmal anders'],
      },
    ]),
    message: 'Das ist herablassend',
    explanation:
      'Sticheleien gegen Verstand oder Charakter des Kunden („Benutzen Sie mal Ihren Kopf“, „Leute wie Sie“) machen aus einem Serviceproblem einen persönlichen Streit. Bleiben Sie beim Problem und seiner Lösung.',
    rewrite: deHear,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You're entitled to a full refund, and it is on its way.",
      "I know it's not rocket science to you, but the menus are confusing, so let me walk you through.",
      "Our rocket science kit for kids is back in stock.",
      'You need to be patient for two more days while the payment clears, then it shows.',
      'If you need to be more flexible with the date, just tell me.',
      'We have to be more patient with the supplier, and I am chasing them daily.',
      "There's no such thing as a silly question.",
      "That's not a stupid question at all.",
      'Clearly you did everything right, the fault is ours.',
      'You have no idea how much we appreciate your patience.',
      "I'll type the steps out so you can follow along.",
      'Customers like you make our day, thank you!',
      'Who do you think would be the best contact? I can connect you.',
      "What's the problem with the router exactly?",
      "You're not annoying at all, please keep asking.",
      'What did you expect to happen? That helps me understand the issue.',
      'Even a small change can help, so try restarting.',
      "If our steps weren't clear, I'm sorry, here they are again.",
      'Some people prefer the app, so I have sent you both links.',
      "Do you need the adapter? If not, I can remove it from the order.",
      "Your tone is completely understandable after three failed deliveries.",
      "You're not the most patient person after a day like that, and that's fair.",
      "You're an adult passenger, so the adult fare applies, and I've found you a cheaper one.",
    ],
    invalid: [
      { text: "Honestly, [[it's not rocket science]].", rewrite: "Honestly, here's how it works." },
      { text: "[[This isn't exactly brain surgery]], just tap Reset.", rewrite: "Here's how it works, just tap Reset." },
      { text: "honestly [[you have to be a little more understanding]]", rewrite: 'honestly I hear you' },
      { text: "[[You must be polite with our staff]].", rewrite: 'I hear you.' },
      { text: "[[Clearly you've never used a computer before]].", rewrite: "Let me explain it another way." },
      { text: "[[You're an adult]], you can read the terms yourself.", rewrite: "Let me explain it another way, you can read the terms yourself." },
      { text: "[[You're clearly not very tech-savvy]].", rewrite: "Let me explain it another way." },
      { text: "[[Your attitude is the problem here]].", rewrite: "I hear you." },
      { text: "[[ur not listening]].", rewrite: "I hear you." },
      { text: "[[Do you actually understand how the app works?]]", rewrite: "Let me explain it another way." },
      { text: 'Well, [[you clearly cannot follow basic steps]].', rewrite: 'Well, let me explain it another way.' },
      { text: 'Honestly, [[some people will never be satisfied]].', rewrite: 'Honestly, let me explain it another way.' },
      { text: "[[You're being ridiculous]].", rewrite: 'I hear you.' },
      { text: "[[That's a ridiculous request]].", rewrite: 'That is a fair question.' },
      { text: '[[Clearly you have no idea how this works]].', rewrite: 'Let me explain it another way.' },
      { text: "Look, [[do you want help or not?]]", rewrite: 'Look, I want to help you with this' },
      { text: '[[Are you deliberately being difficult?]]', rewrite: 'Let me explain it another way' },
      { text: '[[Use your brain]] for once.', rewrite: 'Let me explain it another way for once.' },
      { text: '[[Do I have to spell it out for you?]]', rewrite: 'Let me explain it another way' },
      { text: '[[Even a child could do it]].', rewrite: 'Let me explain it another way.' },
      { text: '[[You people never read anything]].', rewrite: 'I hear you.' },
      { text: "Honestly, [[we don't need customers like you]].", rewrite: 'Honestly, I hear you.' },
      { text: "[[You're impossible to deal with]].", rewrite: 'I hear you.' },
      { text: 'Seriously, [[what is wrong with you?]]', rewrite: 'Seriously, I hear you' },
      { text: "[[I'm not your personal assistant]].", rewrite: 'Let me see what I can do.' },
      { text: '[[What did you expect for that price?]]', rewrite: 'I understand this is not what you expected' },
    ],
  },
  de: {
    valid: [
      'Sind Sie mit der Lösung einverstanden?',
      'Wenn Sie die Mail nicht lesen können, schicke ich sie als PDF.',
      'Kunden wie Sie helfen uns mit solchen Hinweisen sehr.',
      'Lesen Sie gern noch einmal nach, was ich zusammengefasst habe, und fragen Sie jederzeit.',
      'Ihr Ton ist verständlich, wir haben Mist gebaut.',
      'Haben Sie eigentlich schon die neue App gesehen? Dort geht es schneller.',
      'Haben Sie die Mail überhaupt erhalten?',
      'Hast du eigentlich verstanden, welche Option besser ist? Sonst erkläre ich es gern.',
      'Kunden wie Sie schätzen wir sehr.',
      'Für jedes Kind gibt es 10 % Rabatt.',
      'Was ist das Problem mit dem Router genau?',
      'Was haben Sie erwartet, als Sie bestellt haben? Dann kann ich das besser einordnen.',
      'Sie sind nicht anstrengend, fragen Sie ruhig weiter.',
      'Ich bin nicht Ihr erster Ansprechpartner, aber ich helfe gern.',
      'Haben Sie meine Mail gelesen? Dort steht der Link.',
      'Lesen Sie gern in Ruhe, was ich Ihnen geschickt habe.',
      'Haben Sie das Paket jetzt bekommen?',
      'Wenn Sie lesen möchten, was in der Police steht, schicke ich sie Ihnen gern.',
    ],
    invalid: [
      { text: '[[Bist du eigentlich immer so nervig?]]', rewrite: 'Ich erkläre es dir gern noch einmal anders' },
      { text: '[[Wenn Sie nicht lesen können, kann ich Ihnen auch nicht helfen]].', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Haben Sie ueberhaupt zugehoert?]]', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Lies doch einfach, was ich dir geschrieben habe]].', rewrite: 'Ich verstehe deinen Ärger.' },
      { text: '[[Hören Sie endlich auf zu meckern]].', rewrite: 'Ich verstehe Ihren Ärger.' },
      { text: '[[Haben Sie mir überhaupt zugehört?]] Die Frist war Freitag.', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders. Die Frist war Freitag.' },
      { text: 'Sorry, aber [[hast du eigentlich mal gelesen?]]', rewrite: 'Sorry, aber ich erkläre es dir gern noch einmal anders.' },
      { text: '[[Stellen Sie sich absichtlich so dumm an?]]', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders' },
      { text: '[[Benutzen Sie mal Ihren Kopf]].', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Das kapiert doch jedes Kind]].', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Leute wie Sie machen mir den Job schwer]].', rewrite: 'Ich verstehe Ihren Ärger.' },
      { text: '[[Sie sind unmöglich]].', rewrite: 'Ich verstehe Ihren Ärger.' },
      { text: '[[Was ist eigentlich los mit Ihnen?]]', rewrite: 'Ich verstehe Ihren Ärger' },
      { text: '[[Ich bin nicht Ihr Butler]].', rewrite: 'Ich schaue, was ich für Sie tun kann.' },
      { text: '[[Was haben Sie denn erwartet?]]', rewrite: 'Ich verstehe, dass Sie sich mehr erwartet haben' },
      { text: '[[Liest du eigentlich, was ich dir schreibe?]]', rewrite: 'Ich fasse es dir gern noch einmal kurz zusammen.' },
      { text: 'Entschuldigung, aber [[lesen Sie überhaupt, was wir Ihnen geschrieben haben, oder nur die Betreffzeile?]]', rewrite: 'Entschuldigung, aber ich fasse es Ihnen gern noch einmal kurz zusammen.' },
      { text: 'Zum dritten Mal: Der Tarif endet im Mai. [[Hast du es jetzt endlich kapiert?]]', rewrite: 'Zum dritten Mal: Der Tarif endet im Mai. Ist das so verständlich für dich?' },
      { text: '[[Wenn Sie lesen könnten, wüssten Sie das]].', rewrite: 'Ich erkläre es Ihnen gern noch einmal.' },
    ],
  },
};
