// Belittling the problem or the customer's reaction in everyday wording: "take a deep breath",
// "it's just a minor issue", "it could be worse", "I don't see what the big deal is",
// "you'll have to wait like everyone else"; "Das ist doch nur eine Kleinigkeit", "Es gibt
// Schlimmeres", "Ich verstehe die Aufregung nicht", "Sie sind nicht der einzige Kunde".
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enFrustrating = () => ['I understand how frustrating this is', 'I can see why this is frustrating'];
const enMatters = () => ['I understand this matters to you', 'I can see why this is annoying'];
const enWait = () => ['I know waiting is frustrating', 'I understand the wait is annoying'];
const deFrustrating = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['ich verstehe, dass das für dich ärgerlich ist', 'ich kann gut verstehen, dass dich das ärgert']
    : ['ich verstehe, dass das für Sie ärgerlich ist', 'ich kann gut verstehen, dass Sie das ärgert'];
const deWait = () => ['ich weiß, dass das Warten ärgerlich ist', 'ich verstehe, dass die Wartezeit ärgerlich ist'];

/** Round 4: reassurance with a reason or an action in the same sentence ("nicht dramatisch für Ihre Daten: alles ist gesichert"). */
const DE_REASSURE = /(?<![\p{L}])(?:weil\s+ich|da\s+ich|weil\s+wir|schon|bereits|keine\s+Sorge|kein\s+Problem|für\s+(?:Ihre|deine|Ihr|dein)|gesichert|ich\s+(?:zeige|erkläre|erstatte|schicke|kümmere|habe|hab|mache|verstehe|kann\s+(?:gut\s+)?verstehen)|verstehe\s+ich|aber\s+ich|für\s+(?:uns|mich))(?![\p{L}])|\?\s*$/u;
const DE_PEOPLE = String.raw`(?:Kunden|Kundinnen|Mieter|Mieterinnen|Gäste|Nutzer|Nutzerinnen|Teilnehmer|Teilnehmerinnen|Patienten|Patientinnen|Fahrgäste|Reisenden|Reisende|Mitglieder|Spieler|Eltern|Bewohner|Käufer|Besteller|Leute|Nachbarn|Passagiere|Abonnenten|Schüler|Studierenden|Kursteilnehmer)`;
/** Comforting the customer about their own slip, or reassurance backed by what the agent did. */
const EN_COMFORT = /\b(?:no\s+worries|don['’]?t\s+worry|no\s+problem|happens\s+to\s+(?:the\s+best|all|everyone)|not\s+your\s+fault|I['’]?ve|I\s+have|I['’]?ll|I\s+will|already)\b/;
const DE_COMFORT = /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|macht\s+nichts|nicht\s+(?:Ihre|deine)\s+Schuld|ich\s+habe|ich\s+hab|habe\s+ich|ich\s+kümmere|schon\s+erledigt)(?![\p{L}])/u;
const END = String.raw`(?=\s*(?:[.!;…,]|$))`;

/**
 * Broad English dismissive wording by cue classes: a MINIMISER ("only", "just", "merely", "a minor / small /
 * tiny / trivial / cosmetic") applied by a copula to the problem ("it's only a 10 minute delay", "the outage was
 * only for an hour", "it's a minor billing difference"), "hardly / not the end of the world / a big deal", and
 * other customers as the yardstick ("most customers didn't even notice"). Silenced by acknowledgement,
 * ownership, reassurance about a task ("not a big deal to change it, I can do it now") and sales facts
 * ("it's only 2 pounds more for express").
 */
const EN_PROBLEM_NOUN = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|weeks?|pounds?|quid|euros?|dollars?|bucks|cents?|pence|p|scratch(?:es)?|dents?|marks?|scuffs?|chips?|cracks?|glitch(?:es)?|hiccups?|delays?|differences?|things?|issues?|problems?|inconvenience|matter|details?|bugs?|errors?|discrepanc(?:y|ies)|blips?|outage|game|ticket|fee|charge|amount|sum|wait|drop|mistake|typos?|bruises?|rash|cuts?|graze|bumps?|swelling|scrapes?|spots?|smudges?)`;
const EN_PROBLEM_SUBJECT = String.raw`(?:delay|outage|downtime|wait|waiting\s+time|scratch(?:es)?|dents?|marks?|scuffs?|damage|difference|discrepancy|overcharge|charge|problem|issue|glitch|bug|error|fault|disruption|interruption|inconvenience|cracks?|chips?|stains?|noise|leak|drop|lag|hold-?up|mix-?up)`;
const EN_BROAD_DISMISS_UNLESS = /\b(?:I\s+(?:know|realise|realize|understand|get)|I['’]?m\s+sorry|sorry|apologi|I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|we['’]?ll|we\s+will|I\s+can(?!['’]?t|not)|we\s+can(?!['’]?t|not)|happy\s+to|still\s+(?:matters|important|annoying|frustrating)|to\s+you|for\s+you|more|extra|cheaper|left|remaining|to\s+go|away|until|till|refund\w*|credit\w*|(?:to|with)\s+(?:change|fix|swap|update|do|sort|arrange|add|ask)|if|whether|not\s+(?:just|only)|the\s+good\s+news|on\s+our\s+(?:side|end)|our\s+(?:fault|mistake|end|side)|fixed|resolved|sorted|now|soon|so\s+you|walk|drive|ride|from|before|after)\b|\?/;
const EN_BROAD_DISMISS: Pattern[] = [
  // "it's only a 10 minute delay", "the outage was only for an hour", "its just a cosmetic thing".
  {
    re: new RegExp(String.raw`\b(?:it|its|that|this|(?:the|your|this|that)\s+(?:[\w-]+\s+)?${EN_PROBLEM_SUBJECT})(?:['’]?s|\s+is|\s+was|\s+were|\s+are)\s+(?:(?:really|honestly|literally|basically|still)\s+)?(?:only|just|merely|literally|nothing\s+but)\s+(?:for\s+|by\s+|about\s+|like\s+)?(?:a|an|one|two|three|a\s+few|a\s+couple(?:\s+of)?|\d+(?:[.,]\d+)?|£\s?\d+|€\s?\d+|\$\s?\d+|some|the\s+one)\s+(?:[\w-]+\s+){0,2}?${EN_PROBLEM_NOUN}(?![\w-])[^.!?;,]*`),
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: enFrustrating,
  },
  // "it's a minor billing difference of 2 pounds", "its just a cosmetic thing", "that's a trivial issue really".
  {
    re: new RegExp(String.raw`\b(?:it|its|that|this|(?:the|your|this|that)\s+(?:[\w-]+\s+)?${EN_PROBLEM_SUBJECT})(?:['’]?s|\s+is|\s+was)\s+(?:(?:really|honestly|literally|basically|just|only|simply|merely)\s+)?(?:a|an)\s+(?:(?:very|really|pretty|fairly)\s+)?(?:minor|small|tiny|little|trivial|cosmetic|slight|teeny|minuscule|negligible|insignificant)\s+(?:[\w-]+\s+)?${EN_PROBLEM_NOUN}(?![\w-])[^.!?;,]*`),
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: enFrustrating,
  },
  // "a 5 minute wait is hardly the end of the world", "it's not a big deal", "that isn't that serious".
  {
    re: /\b(?:hardly|not\s+exactly|(?:is|was|['’]s)(?:n['’]?t|\s+not))\s+(?:really\s+)?(?:the\s+end\s+of\s+the\s+world|a\s+(?:(?:big|huge|major)\s+deal|disaster|tragedy|catastrophe|crisis|drama|emergency)|(?:that|so)\s+(?:big\s+(?:of\s+)?a\s+deal|serious|bad|important|urgent|dramatic))\b[^.!?;,]*/,
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: (ctx) => {
      const m = /^(?:(['’]s)|(was)|(is|are))/i.exec(ctx.match);
      const verb = m ? (m[1] ? m[1] : `${m[2] ?? m[3]} `) : '';
      return [`${verb}frustrating, I understand`, `${verb}annoying, I can see that`];
    },
  },
  // Other customers as the yardstick: "most customers didn't even notice", "nobody else has complained".
  {
    re: /\b(?:most|many|other|plenty\s+of|lots\s+of|the\s+other)\s+(?:customers|people|users|players|patients|drivers|residents|clients|guests|tenants|members)\s+(?:[\w-]+\s+)?(?:(?:didn['’]?t|did\s+not|never|wouldn['’]?t|hardly)\s+(?:even\s+)?|(?:don['’]?t|do\s+not)\s+even\s+)(?:notice|noticed|mind|care|complain|bother)\b[^.!?;,]*|\b(?:nobody|no\s+one|no-one)\s+else\s+(?:has\s+|have\s+)?(?:even\s+)?(?:noticed|minded|complained|cared|had\s+(?:a|any)\s+(?:problem|issue))\b[^.!?;,]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|but\s+(?:that|it|this)\s+(?:doesn['’]?t|does\s+not)|doesn['’]?t\s+(?:make|mean)|still|sorry)\b|\?/,
    rewrite: enFrustrating,
  },
  // A problem state minimised by its duration: "the heating was only off for a morning", "only down for an hour".
  {
    re: /\b(?:only|just|merely)\s+(?:(?:been|gone|went)\s+)?(?:off|down|out|late|delayed|broken|closed|offline|unavailable|gone|missing|disconnected|interrupted|away|cut\s+off)\s+(?:for|by)\s+(?:a|an|one|two|three|a\s+few|a\s+couple(?:\s+of)?|\d+|half\s+an?)\s+(?:[\w-]+\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|morning|afternoon|evening|night|while|bit|moment|seconds?|stops?)\b[^.!?;,]*/,
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: (ctx) => [`${ctx.match.replace(/^(?:only|just|merely)\s+/i, '')}, and I understand how frustrating that is`],
  },
  // Telling the customer their feeling is too much: "nothing to get worked up about", "no need to make a fuss over
  // a missing bin lid", "you're worrying way too much", "stop panicking".
  {
    re: /\bnothing\s+to\s+(?:get\s+(?:so\s+)?(?:worked\s+up|upset|excited|angry|mad|stressed|het\s+up)|(?:make|kick\s+up)\s+a\s+fuss|fuss|panic|stress|cry|moan|complain|whine|be\s+(?:so\s+)?upset)\s+(?:about|over)\b[^.!?;,]*|\bno\s+need\s+to\s+(?:make\s+(?:such\s+)?a\s+fuss|get\s+(?:so\s+)?(?:worked\s+up|upset|angry|mad|dramatic|het\s+up)|be\s+(?:so\s+)?(?:dramatic|upset|angry|rude)|overreact|kick\s+off)\b[^.!?;,]*|\b(?:you|u)(?:['’]re|\s+are|r)\s+(?:\w+\s+)?(?:worrying|stressing|fussing|panicking|overthinking|freaking\s+out)\s+(?:\w+\s+)?(?:too\s+much|over\s+nothing|about\s+nothing|for\s+nothing|unnecessarily|over\s+(?:a|an|one)\s+(?:tiny|little|small|minor))\b[^.!?;,]*|(?:^|(?<=[,;:–—]\s{0,2})|(?<=\b(?:just|so|honestly|look|well|ok|okay|oh|please)\s*,?\s+))stop\s+(?:panicking|worrying|stressing|fussing|freaking\s+out|overreacting|overthinking|being\s+(?:so\s+)?(?:dramatic|paranoid))\b/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|not\s+(?:to\s+)?(?:say|saying)|I\s+(?:know|understand|get)\s+(?:why|how))\b|\?|["“”]/,
    rewrite: enFrustrating,
  },
  // "Honestly, it's a 50p difference", "it's a 10-minute delay" as the whole answer.
  {
    re: /\b(?:it['’]?s|its|it\s+is|that['’]?s|thats|that\s+is)\s+(?:(?:only|just|literally|honestly|merely)\s+)?(?:a|one)\s+(?:\d+\s*(?:p|pence|c|cents?|quid)|[£$€]\s?\d+(?:[.,]\d+)?|\d+[-\s](?:minute|min|hour|second|day)s?)\s+(?:difference|charge|fee|delay|wait|thing|issue|problem|outage|overcharge)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_DISMISS_UNLESS.source + String.raw`|\b(?:at\s+the\s+moment|currently|right\s+now|usually|average|typically|about|around|roughly)\b`),
    rewrite: enFrustrating,
  },
  // The problem as normal or part of life: "everyone gets the occasional lag spike", "it's part of online gaming",
  // "a bit of condensation is totally normal" (without a fix or an acknowledgement).
  {
    re: /\b(?:everyone|everybody|we\s+all|all\s+(?:players|customers|drivers|users|patients))\s+(?:gets?|has|have|experiences?|deals?\s+with|goes\s+through)\s+(?:an?\s+|the\s+)?(?:occasional|odd|bit\s+of|little|few)\b[^.!?;,]*|\b(?:it['’]?s|that['’]?s|this\s+is|it\s+is|that\s+is)\s+(?:just\s+)?(?:all\s+)?part\s+(?:and\s+parcel\s+)?of\s+(?:online\s+gaming|the\s+game|life|living|owning|driving|renting|gaming|the\s+experience|the\s+deal|using|having)\b[^.!?;,]*/,
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: enFrustrating,
  },
  // Idioms and yardsticks: "a storm in a teacup", "plenty of people wait longer than that", "the dent's barely
  // noticeable", "come on, it's one missed appointment".
  {
    re: /\b(?:(?:a\s+)?storm\s+in\s+a\s+teacup|(?:a\s+)?mountain\s+out\s+of\s+a\s+molehill|(?:a\s+lot\s+of\s+)?fuss\s+(?:about|over)\s+nothing|much\s+ado\s+about\s+nothing)\b[^.!?;,]*|\b(?:plenty\s+of|lots\s+of|many|most|other)\s+(?:people|customers|patients|users|players|drivers|residents|clients|guests)\s+(?:wait|pay|have|get|put\s+up\s+with|deal\s+with|manage|cope\s+with)\s+(?:\w+\s+){0,2}?(?:longer|more|worse)\b[^.!?;,]*|\b(?:barely|hardly|scarcely)\s+(?:noticeable|visible|there|a\s+scratch|a\s+mark)\b[^.!?;,]*|\bcome\s+on\s*,?\s+(?:it['’]?s|its|that['’]?s|it\s+was)\s+(?:only\s+|just\s+)?(?:one|a\s+single)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_DISMISS_UNLESS.source + String.raw`|\b(?:will\s+be|once|after|repair(?:ed)?)\b`),
    rewrite: enFrustrating,
  },
  // "The glitch is really not worth a ticket."
  {
    re: /\b(?:is|are|was|['’]s)\s+(?:(?:really|honestly|hardly|just|simply)\s+)?(?:not\s+)?(?:(?:really|honestly)\s+)?(?<!hardly\s)(?:not|hardly)\s+worth\s+(?:a|an|the|any)\s+(?:ticket|complaint|fuss|call|e-?mail|refund|claim|review|message|letter|trip|visit)\b[^.!?;,]*/,
    unless: EN_BROAD_DISMISS_UNLESS,
    rewrite: enFrustrating,
  },
];

export const belittling: Rule = {
  id: 'belittling',
  category: 'dismissive',
  guidance: 'dont-dismiss',
  description: 'Belittling the problem or the customer’s reaction',
  en: {
    patterns: [
      // Telling the customer how to feel: "take a deep breath", "don't get so worked up", "cheer up".
      {
        re: /(?<!\b(?:I|we|let['’]?s|let\s+me)\s)\btake\s+a\s+(?:deep\s+)?breath\b(?!\s+of)|(?<!\b(?:we|I|they)\s)\b(?:don['’]?t|try\s+not\s+to)\s+(?:get|be)\s+(?:so\s+|too\s+)?(?:worked\s+up|wound\s+up|upset|angry|mad|agitated|emotional|defensive|riled\s+up|stressed(?:\s+out)?|excited)\b|\bcheer\s+up\b|(?<!\b(?:we|I|they)\s)\b(?:don['’]?t|try\s+not\s+to)\s+take\s+(?:it|this|that|things)\s+(?:so\s+|too\s+)?(?:personally|seriously|hard|to\s+heart)\b/,
        unless: /\b(?:if|whether)\b|\?/,
        rewrite: enFrustrating,
      },
      {
        re: /\b(?:don['’]?t\s+stress(?:\s+(?:out|about\s+(?:it|this|that)))?|stop\s+(?:worrying|stressing|fretting)(?:\s+about\s+(?:it|this|that))?|I\s+(?:really\s+|honestly\s+)?(?:wouldn['’]?t|would\s+not|wouldnt)\s+(?:stress|worry|fret|panic|lose\s+(?:any\s+)?sleep)(?:\s+(?:out|(?:about|over)\s+(?:it|this|that)))?(?:\s+(?:too\s+much|at\s+all))?)(?=\s*(?:[.!,;]|$|\s+and\b))/,
        unless: /\b(?:can|could|I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we['’]?ll|already|safe|covered|sorted|fixed|refunded)\b/,
        rewrite: enFrustrating,
      },
      // "Let's not get carried away", "you're blowing this out of proportion", "not worth getting upset about".
      {
        re: /\blet['’]?s\s+not\s+(?:get\s+carried\s+away|overreact|panic|exaggerate|make\s+(?:a\s+)?(?:big\s+)?(?:fuss|drama|scene)|get\s+(?:too\s+|so\s+)?(?:worked\s+up|excited|emotional|dramatic|upset))\b|\b(?:you(?:['’]?re|\s+are)\s+)?(?:blowing|blow|blown)\s+(?:this|it|that|things)\s+(?:(?:way|completely|totally|a\s+bit|a\s+little)\s+)?out\s+of\s+(?:all\s+)?proportion\b|\b(?:not|hardly)\s+worth\s+(?:getting|being)\s+(?:so\s+)?(?:upset|angry|worked\s+up|stressed|mad|annoyed)\b(?:\s+(?:about|over))?/,
        rewrite: enFrustrating,
      },
      // "Other customers don't have this problem", "none of our other users have had this issue",
      // "no one else has reported it": the customer made the odd one out. Not "other customers have reported it too".
      {
        re: /\b(?:(?:our|the|all\s+(?:our|the))\s+)?other\s+(?:customers|users|clients|passengers|guests|members|people)\s+(?:don['’]?t|dont|do\s+not|haven['’]?t|havent|have\s+not|never|seem\s+not\s+to)\s+(?:seem\s+to\s+)?(?:have|had|get|got|experience|experienced|report|reported|complain|complained|mind)\b(?:\s+(?:this|that|the\s+same|any|such\s+an?)(?:\s+(?:problem|issue|trouble|complaint|fault)s?)?)?|\bnone\s+of\s+(?:our|the)\s+other\s+(?:customers|users|clients|passengers|guests|members)\s+(?:have|has)\s+(?:ever\s+)?(?:had|reported|complained|experienced|mentioned)\b(?:\s+(?:this|that|the\s+same|any|such\s+an?)(?:\s+(?:problem|issue|trouble|complaint|fault)s?)?)?|\b(?:nobody|no\s+one|no-one)\s+else\s+(?:has\s+)?(?:ever\s+)?(?:reported|mentioned|experienced)\s+(?:this|that|it|the\s+same|any)\b(?:\s+(?:problem|issue|fault)s?)?/,
        unless: /\b(?:yet|so\s+far|thank|thanks|flag(?:ged|ging)?|escalat\w*|investigat\w*|glad|helpful|I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ll|we\s+will|let\s+me|so\s+(?:I|we)|(?:I|we)\s+(?:refunded|fixed|removed|waived|changed|updated|corrected|sorted))\b|\?/,
        rewrite: enMatters,
      },
      // "You'll survive", "nobody else has complained", "most customers don't even notice", "it's not like you lost anything".
      {
        re: /\byou['’]?ll\s+(?:(?:surely|probably|definitely)\s+)?(?:survive|live)(?:\s+(?:(?:a|one)\s+(?:few\s+(?:more\s+)?)?(?:days?|hours?|weeks?|night|evening)|without\s+(?:it|[\w-]+)|another\s+(?:day|week|night))(?:\s+without\s+(?:it|[\w-]+))?)?(?=\s*(?:[.!,;]|$))|\b(?:nobody|no\s+one|no-one)\s+else\s+(?:has\s+)?(?:ever\s+)?(?:complained|noticed|minded|had\s+(?:a|this|that|any)\s+(?:problem|issue))\b(?:\s+about\s+(?:it|this|that))?|\bmost\s+(?:customers|people|users|clients)\s+(?:don['’]?t|do\s+not|wouldn['’]?t|never)\s+(?:even\s+)?(?:notice|mind|care|complain)\b(?:\s+(?:about\s+)?(?:it|this|that))?|\byou['’]?re\s+the\s+only\s+(?:one|customer|person)\s+(?:who(?:['’]?s|\s+has|\s+is)?\s+)?(?:complain(?:ing|ed|s)?|mind(?:s|ed)?|bothered)\b|\b(?:it['’]?s|it\s+is|its)\s+not\s+like\s+(?:(?:you|u)\b[^.!?;,]*|(?:anyone|anybody|someone|somebody)\s+(?:was|got|is|has\s+been|could\s+have\s+been)\s+(?:hurt|injured|harmed|killed)\b)/,
        unless: /\b(?:thank|thanks|glad|I['’]?ve|I\s+have|I['’]?ll)\b/,
        rewrite: enMatters,
      },
      // "You'll get over it", "a small price to pay", "it's just a delayed parcel".
      {
        re: /\byou(?:['’]?ll|\s+will)\s+(?:soon\s+)?get\s+over\s+it\b|\b(?:a\s+)?small\s+price\s+to\s+pay\b|\b(?:it['’]?s|it\s+is|its|that['’]?s|this\s+is)\s+(?:just|only|merely)\s+(?:a|an|one)\s+(?:delayed|late|missing|broken|lost|small|cancell?ed|late-?running)\s+(?:parcel|package|order|flight|train|bill|payment|refund|delivery|email|call|bus)\b/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b/,
        rewrite: enMatters,
      },
      // "Meh", "these things take time", "life goes on".
      {
        re: /^meh\b[,.!…]*|\b(?:these|such)\s+things\s+(?:just\s+)?take\s+time(?=\s*(?:[.!;…]|$))|\blife\s+goes\s+on(?=\s*(?:[.!,;…]|$))/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|but|although|however)\b/,
        rewrite: enFrustrating,
      },
      // "It's just a minor issue", "only a small delay", "a minor inconvenience at most".
      {
        re: /\b(?:(?:it['’]?s|it\s+is|its|this\s+is|that['’]?s|that\s+is|this\s+was|it\s+was)\s+(?:(?:really|honestly|literally|actually)\s+)?(?:just|only|merely|simply|nothing\s+but|nothing\s+more\s+than)\s+(?:a\s+|an\s+)?(?:minor|small|tiny|little|trivial|slight|short|brief)\s+(?:issue|problem|delay|thing|glitch|hiccup|inconvenience|detail|matter|mistake|error|bug|wait|hiccough|blip|outage|disruption|setback)|(?:a\s+)?(?:minor|small|slight)\s+inconvenience\s+at\s+(?:most|best|worst))\b/,
        unless: EN_COMFORT,
        rewrite: enMatters,
      },
      // "It's only a couple of hours late", "your flight is only delayed by an hour".
      {
        re: /\b(?:(?:(?:the|your|my|our)\s+[\w-]+\s+|it\s+|this\s+|that\s+)?(?:is|was|are|were)|it['’]?s|its)\s+(?:only|just|merely)\s+(?:(?:a\s+(?:few|couple(?:\s+of)?)|one|two|three|four|five|an?|\d+)\s*(?:hours?|minutes?|mins?|days?|weeks?)\s+(?:late|delayed|behind|overdue|of\s+(?:delay|downtime|waiting|wait))|delayed\s+by\s+(?:a\s+(?:few|couple(?:\s+of)?)|one|two|three|an?|\d+)\s*(?:hours?|minutes?|mins?|days?|weeks?))\b/,
        unless: EN_COMFORT,
        rewrite: enWait,
      },
      // "It's really not that serious", "that's hardly a disaster", "it's hardly the end of the world".
      {
        re: new RegExp(String.raw`\b(?:(?:it['’]?s|it\s+is|its|this\s+is|that['’]?s|that\s+is)\s+(?:(?:really|honestly|actually|just|truly|surely)\s+)?not|(?:it|this|that)\s+(?:isn['’]?t|really\s+isn['’]?t))\s+(?:that|so|all\s+that)\s+(?:serious|bad|important|urgent|dramatic|terrible|awful|tragic)${END}|\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+hardly\s+(?:a\s+|an\s+)?(?:disaster|tragedy|catastrophe|crisis|emergency|the\s+end\s+of\s+the\s+world|big\s+deal|problem|issue|serious|urgent|drama)\b`),
        unless: /\b(?:don['’]?t\s+worry|no\s+worries|your\s+(?:data|money|account|card)\s+is\s+safe)\b|\?/,
        rewrite: enMatters,
      },
      // "It could be worse", "at least you got the parcel in the end", "so what?".
      {
        re: /\b(?:it|things|this|that)\s+could\s+(?:have\s+been|be)\s+(?:a\s+lot\s+|much\s+|way\s+|far\s+)?worse\b|^could\s+(?:have\s+been|be)\s+(?:a\s+lot\s+|much\s+|way\s+|far\s+)?worse\b|\b(?:won['’]?t|will\s+not|wouldn['’]?t|isn['’]?t\s+going\s+to|is\s+not\s+going\s+to)\s+kill\s+(?:you|u|anyone|anybody)\b|(?:^|(?<=[,;:]\s{0,3}))(?:just\s+|you\s+should\s+)?be\s+(?:glad|grateful|thankful|happy)\s+(?:that\s+)?(?:it|you|they|we|the\s+[\w-]+)\b[^.!?;,]*|(?:^|(?<=[,;:]\s{0,2}))(?:well,?\s+|hey,?\s+)?at\s+least\s+(?:you|u|your|it|the|nothing)\b[^.!?;]*|\bso\s+what\s*\?|\b(?:(?:you(?:['’]?re|\s+are)\s+)?making\s+(?:a\s+)?)?mountain\s+out\s+of\s+(?:a\s+molehill|nothing)\b|\b(?:you(?:['’]?re|\s+are)\s+)?\bmaking\s+(?:a\s+(?:big\s+)?(?:deal|fuss|drama|scene)|something)\s+out\s+of\s+nothing\b/,
        unless: /\b(?:I['’]?ve|I\s+have|made\s+sure|we['’]?ve|I['’]?ll|I\s+will)\b/,
        rewrite: enFrustrating,
      },
      // "I don't see what the big deal is", "I don't understand why you're so upset".
      {
        re: /\bI\s+(?:really\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:really\s+)?(?:see|understand|get)\s+(?:what\s+the\s+(?:big\s+deal|problem|issue|fuss)\s+is|the\s+(?:big\s+deal|fuss)|the\s+(?:problem|issue)(?:\s+here)?(?=\s*(?:[.!,;]|$))|why\s+(?:you['’]?re|you\s+are|this\s+is|that['’]?s|it['’]?s)\s+(?:so\s+)?(?:upset|angry|annoyed|bothered|mad|such\s+a\s+(?:big\s+)?(?:problem|deal|issue|drama|fuss)|a\s+(?:big\s+)?(?:problem|deal|issue)|an\s+issue))/,
        unless: /\b(?:screenshot|send|share|reproduce|could\s+you|can\s+you|in\s+(?:our|the)\s+(?:logs?|system)|on\s+(?:your|the)\s+account)\b/,
        rewrite: enMatters,
      },
      // "You'll have to wait like everyone else", "you're not the only customer", "we have thousands of customers".
      {
        re: /\b(?:you(?:['’]?ll|\s+will)?\s+(?:just\s+)?(?:have|need)\s+to\s+)?(?:wait|queue|line\s+up)\s+(?:(?:your\s+turn|in\s+line)\s+)?like\s+(?:everyone|everybody|all\s+the\s+others|the\s+rest(?:\s+of\s+(?:us|them))?|all\s+our\s+other\s+customers)(?:\s+else)?\b|\byou(?:['’]?re|\s+are)\s+not\s+(?:our\s+|the\s+)?only\s+(?:customer|client|one|person)(?:\s+(?:waiting|with\s+(?:this|that|a)\s+(?:problem|issue)))?\b|\b(?:wait|queue)\b(?:\s+[\w-]+){1,4}?\s+like\s+(?:everyone|everybody|all\s+the\s+others|the\s+rest)(?:\s+else)?\b|\bwe\s+(?:have|got|deal\s+with|serve|get)\s+(?:literally\s+)?(?:thousands|hundreds|millions|lots|loads|plenty)\s+of\s+(?:other\s+(?:customers|clients|tickets|requests|complaints|people)|(?:customers|clients|tickets|requests|complaints|people)\s+(?:waiting|too|as\s+well|to\s+deal\s+with|to\s+get\s+through|in\s+(?:the\s+)?(?:queue|line)|ahead\s+of\s+you|just\s+like\s+you|with\s+the\s+same))\b/,
        unless: /\b(?:affected|which\s+is\s+why|that['’]?s\s+why|so\s+we|we['’]?ve\s+put|rest\s+assured|every\s+one|each\s+one|(?:we|I)(?:['’]re|\s+are|['’]?m|\s+am)\s+(?:fixing|working\s+on|looking\s+into)|for\s+everyone)\b/,
        rewrite: enWait,
      },
      // "Just be patient", "patience, please", "have some patience".
      {
        re: new RegExp(String.raw`\b(?:(?:just|simply|you(?:['’]?ll|\s+will)?\s+(?:just\s+)?(?:need|have)\s+to)\s+be\s+patient|have\s+(?:some|a\s+little|a\s+bit\s+of)\s+patience|patience,?\s+please)${END}`),
        rewrite: enWait,
      },
      // "It'll sort itself out, it always does."
      {
        re: /\b(?:it|this|that|things)(?:['’]?ll|\s+will)\s+(?:(?:probably|surely|just)\s+)?(?:sort|work)\s+(?:itself|themselves)\s+out\b/,
        unless: /\b(?:if|after|once|restart|let\s+me|I['’]?ll\s+(?:check|call|look)|if\s+not)\b/,
        rewrite: () => ['I will keep an eye on it for you'],
      },
      // "A 20 minute outage is hardly worth writing in about", "that isn't worth a complaint".
      {
        re: /\b(?:(?:is|was)\s+(?:not|hardly|barely)|isn['’]?t|wasn['’]?t|hardly|barely)\s+(?:really\s+)?worth\s+(?:writing|emailing|calling|phoning|ringing|complaining|contacting\s+us|a\s+complaint|a\s+(?:whole\s+)?(?:fuss|drama|ticket)|(?:all\s+)?(?:the|this)\s+(?:fuss|drama))\b(?:\s+in)?(?:\s+(?:about|over)(?:\s+(?:it|this|that))?)?/,
        unless: /\?/,
        rewrite: (ctx) => (/^(?:is|was|isn|wasn)/i.test(ctx.match) ? ['is understandably frustrating', 'is worth telling us about'] : ['understandably frustrating', 'worth telling us about']),
      },
      // "I really don't think this warrants a complaint", "that doesn't warrant all this fuss".
      {
        re: /\b(?:(?:I\s+)?(?:really\s+)?(?:don['’]?t|do\s+not)\s+think\s+(?:this|that|it)\s+(?:really\s+)?warrants|(?:this|that|it)\s+(?:really\s+)?(?:doesn['’]?t|does\s+not|hardly|barely)\s+warrants?)\s+(?:a\s+|an\s+|such\s+a\s+|this\s+(?:much\s+)?|all\s+this\s+|any\s+)?(?:formal\s+|whole\s+)?(?:complaint|fuss|escalation|drama|outrage|reaction)\b/,
        unless: /\?/,
        rewrite: () => ["I understand why you're raising this", 'thank you for raising this'],
      },
      // "Come on, it's only a scratch", "it's just a software hiccup".
      {
        re: /\b(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is|this\s+is|it\s+was)\s+(?:only|just|merely|literally\s+(?:just|only))\s+(?:a|an|one)\s+(?:(?:tiny|small|little|minor|software|technical|system|cosmetic|quick|short|brief)\s+)?(?:scratch|dent|scuff|mark|chip|typo|glitch|hiccup|blip|bug|formality|bruise)\b/,
        unless: /\b(?:no\s+worries|don['’]?t\s+worry|not\s+your\s+fault|I['’]?ve|I\s+have|I['’]?ll|I\s+will|already|fixed|resolved|we['’]?ve|we['’]?ll)\b|\?/,
        rewrite: enMatters,
      },
      // "Everyone gets a late parcel now and then", "we all have a bad connection from time to time".
      {
        re: /\b(?:everyone|everybody|all\s+of\s+us|we\s+all)\s+(?:gets?|has|have|experiences?|deals?\s+with)\s+(?:a|an|the\s+odd|one|some)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:now\s+and\s+(?:then|again)|from\s+time\s+to\s+time|sometimes|once\s+in\s+a\s+while|every\s+(?:now|once)\s+(?:and|in)\s+(?:then|a\s+while))\b/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|but|still|sorry)\b|\?/,
        rewrite: enMatters,
      },
      // "It's not like the phone doesn't work at all."
      {
        re: /\bit['’]?s\s+not\s+(?:as\s+)?(?:like|if)\s+(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:doesn['’]?t|does\s+not|isn['’]?t|won['’]?t|can['’]?t|stopped|is\s+(?:broken|lost|gone|ruined|unusable|dead))\b[^.!?;,]*/,
        unless: /\?/,
        rewrite: enMatters,
      },
      // "It's a refund, not a tragedy", "lots of people would be happy with a voucher", "some customers complain about anything", "let it go".
      {
        re: /\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s)\s+(?:(?:a|an|one|just\s+a|only\s+a)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+)?not\s+a\s+(?:tragedy|catastrophe|disaster|crisis|life(?:-|\s+)or(?:-|\s+)death\s+(?:situation|matter))\b|\b(?:it['’]?s|it\s+is|this\s+is)\s+not\s+(?:exactly\s+)?life(?:-|\s+)or(?:-|\s+)death\b|\b(?:lots\s+of|most|many|plenty\s+of|other)\s+(?:people|customers)\s+would\s+(?:be\s+)?(?:happy|glad|grateful|thrilled|delighted)\s+(?:with|to\s+get|for)\b[^.!?;,]*|\bsome\s+(?:customers|people)\s+(?:will\s+)?complain\s+about\s+(?:anything|everything)\b|(?:^|(?<=[,;:]\s{0,3}))(?:just\s+)?let\s+it\s+go(?=\s*(?:[.!,;]|$))/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b|\?/,
        rewrite: enMatters,
      },
      // "People deal with this all the time", "customers live with it all the time".
      {
        re: /\b(?:people|customers|everyone|everybody|users|most\s+(?:people|customers))\s+(?:deal\s+with|put\s+up\s+with|live\s+with|cope\s+with|manage\s+with|get\s+by\s+with)\s+(?:this|that|it)\s+(?:all\s+the\s+time|every\s+day|daily|just\s+fine|fine)\b/,
        unless: /\?/,
        rewrite: enMatters,
      },
      // "Don't worry so much", "let's keep some perspective", "that's a bit dramatic", "you're lucky it was only a day".
      {
        re: /\bdon['’]?t\s+worry\s+(?:so\s+much|too\s+much|about\s+it\s+so\s+much)\b|\blet['’]?s\s+(?:keep\s+(?:some\s+|a\s+(?:bit|sense)\s+of\s+|things\s+in\s+)?perspective|put\s+(?:this|it|things)\s+(?:in|into)\s+perspective)\b|\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s)\s+(?:a\s+bit|a\s+little|rather|quite|pretty|a\s+tad|somewhat)\s+(?:dramatic|extreme|over\s+the\s+top|excessive|much)\b(?:\s+for\s+(?:a|an|one)\s+[\w-]+(?:\s+[\w-]+)?)?|\byou(?:['’]?re|\s+are|\s+were)\s+(?:actually\s+|quite\s+|pretty\s+|really\s+|still\s+)?lucky\s+(?:it|that|we|this|you)\b[^.!?;,]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we['’]?ll|no\s+need\s+to\s+worry\s+at\s+all)\b|\?/,
        rewrite: enMatters,
      },
      // "Honestly it's not worth the stress", "that isn't worth getting worked up over".
      {
        re: /\b(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is|this\s+is|it\s+isn['’]?t|that\s+isn['’]?t)\s+(?:really\s+|honestly\s+|just\s+|so\s+)?(?:not\s+)?worth\s+(?:the\s+|any\s+|all\s+the\s+)?(?:stress|worry|upset|fuss|drama|tears|aggravation|heartache)\b/,
        unless: /\?/,
        rewrite: () => ['I understand this matters to you'],
      },
      // "The seat change is a tiny thing", "your delay is just a small matter".
      {
        re: /\b(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|was)\s+(?:(?:really|honestly|just|only|such)\s+)?(?:a|an)\s+(?:(?:very|pretty|fairly|really)\s+)?(?:minor|trivial|tiny|small|little|petty)\s+(?:issue|problem|thing|glitch|matter|detail|hiccup|inconvenience)(?=\s*(?:[.!,;]|$|\s+(?:really|honestly|at\s+most|though|in\s+the\s+grand\s+scheme(?:\s+of\s+things)?)\b))/,
        unless: /\b(?:no\s+worries|don['’]?t\s+worry|not\s+your\s+fault|I['’]?ve|I\s+have|I['’]?ll|I\s+will|already|fixed|resolved|but|\bif\b|not\s+(?:a|an)|isn['’]?t)\b|\?/,
        rewrite: enMatters,
      },
      // "It's really nothing", "honestly, that's literally nothing" (about the customer's problem, not a reply to thanks).
      {
        re: /\b(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is|this\s+is)\s+(?:really|honestly|literally|truly|actually|basically)\s+nothing(?:\s+(?:serious|major|to\s+(?:worry|stress|get\s+upset)\s+about))?(?=\s*(?:[.!,;]|$))/,
        unless: /\b(?:thanks?|thank\s+you|welcome|pleasure|glad|happy\s+to|safe|secure|protected|covered|I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b|\?/,
        rewrite: enMatters,
      },
      // "That's a minor issue really", "it's a trivial fault", "it's trivial".
      {
        re: /\b(?:it|this|that)(?:['’]?s|\s+is|\s+was)\s+(?:(?:really|honestly|just|only|such)\s+)?(?:(?:a|an)\s+(?:(?:very|pretty|fairly|really)\s+)?(?:minor|trivial|tiny|small|little|petty)\s+(?:issue|problem|fault|thing|glitch|matter|detail|hiccup|delay|error|bug|inconvenience)|(?:(?:very|pretty|fairly|really)\s+)?trivial)(?=\s*(?:[.!,;]|$|\s+(?:really|honestly|at\s+most|though|in\s+the\s+grand\s+scheme(?:\s+of\s+things)?)\b))/,
        unless: /\b(?:no\s+worries|don['’]?t\s+worry|not\s+your\s+fault|I['’]?ve|I\s+have|I['’]?ll|I\s+will|already|fixed|resolved|but|\bif\b)\b|\?/,
        rewrite: enFrustrating,
      },
      // "It's honestly not that big a deal", "you're worrying about nothing", "everyone else manages fine", "it's only ten dollars", "we hear this complaint every day".
      {
        re: /\b(?:it|this|that)(?:['’]?s|\s+is)\s+(?:(?:honestly|really|just|actually|truly)\s+)?not\s+(?:that|such|so)\s+(?:big\s+(?:of\s+)?a\s+deal|a\s+big\s+deal|serious\s+a\s+(?:problem|issue))\b|\byou(?:['’]?re|\s+are)\s+(?:(?:really|just)\s+)?(?:worrying|stressing|fretting|panicking|getting\s+(?:upset|worked\s+up))\s+(?:about|over)\s+nothing\b|\b(?:everyone|everybody|all\s+(?:our\s+)?other\s+customers)(?:\s+else)?\s+(?:manages?|copes?|seems\s+to\s+manage|gets?\s+by)(?:\s+(?:fine|ok(?:ay)?|just\s+fine))?\b|\b(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is)\s+(?:only|just)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+few|a\s+couple\s+of)\s+(?:dollars|euros?|pounds|bucks|quid|cents|francs)\b|\bwe\s+(?:hear|get|see)\s+(?:this|that|the\s+same)\s+(?:complaint|question|issue|thing|problem)\s+(?:every\s+(?:day|single\s+day)|all\s+the\s+time|daily|constantly)(?=\s*[.!]*$)/,
        unless: /\b(?:don['’]?t\s+worry|no\s+worries|I['’]?ve|I\s+have|I['’]?ll|I\s+will|refund(?:ed)?|which\s+is\s+why|so\s+(?:I|we))\b|\?/,
        rewrite: enMatters,
      },
      // "That's a bit of an overreaction", "you're no exception".
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is)\s+(?:(?:a\s+bit|a\s+little|quite|rather|somewhat|kind|sort)\s+of\s+)?(?:(?:a\s+bit|a\s+little|quite|rather|somewhat)\s+)?(?:an\s+|a\s+)?(?:over-?reaction|exaggeration|overkill|storm\s+in\s+a\s+teacup)\b|\byou(?:['’]?re|\s+are)\s+no\s+(?:exception|different)\b|\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s|that\s+is)\s+not\s+(?:urgent|a\s+priority|an\s+emergency|important)\b[^.!?]{0,30}?\b(?:can|will\s+have\s+to|has\s+to)\s+wait\b/,
        unless: /\?/,
        rewrite: enFrustrating,
      },
      // "We get hundreds of these every day", "I hear this a lot".
      {
        re: /\bwe\s+(?:get|see|have|hear|receive)\s+(?:literally\s+)?(?:hundreds|thousands|dozens|loads|lots|tons|plenty)\s+of\s+(?:these|those|them|(?:such\s+|similar\s+)?(?:complaints|requests|tickets|messages|emails|cases))\s+(?:(?:every|a|each|per)\s+(?:day|week|hour)|daily)\b|\bI\s+(?:hear|get|see)\s+(?:this|that|it)\s+(?:a\s+lot|all\s+the\s+time|every\s+(?:day|single\s+day)|daily|constantly)(?=\s*[.!]*$)/,
        unless: /\b(?:which\s+is\s+why|that['’]?s\s+why|so\s+(?:I|we)|I['’]?ll|fix|here['’]?s|here\s+is)\b/,
        rewrite: enMatters,
      },
      // "I'm not sure why you're so upset".
      {
        re: /\bI(?:['’]?m|\s+am)\s+not\s+(?:really\s+)?sure\s+why\s+(?:you['’]?re|you\s+are)\s+(?:so\s+|this\s+|that\s+|getting\s+(?:so\s+)?)?(?:upset|angry|annoyed|bothered|mad|worked\s+up|stressed)\b/,
        rewrite: enMatters,
      },
      // "Try to stay calm", "let's keep emotions out of this".
      {
        re: /\b(?:(?:try\s+to|please|you\s+(?:need|have)\s+to)\s+(?:stay|remain|keep)\s+calm(?!\s+and\s+carry)|keep\s+(?:your\s+|the\s+)?emotions\s+out\s+of\s+(?:this|it)|(?:let['’]?s|please)\s+(?:stay|remain|keep\s+(?:it|this|things))\s+(?:calm|civil|rational|objective))\b/,
        unless: /\b(?:I['’]?ll|I\s+will|we\s+(?:stay|remain))\b/,
        rewrite: enFrustrating,
      },
      ...EN_BROAD_DISMISS,
    ],
    message: 'This belittles the problem',
    explanation:
      'Calling the problem small, or comparing the customer with "everyone else", tells them their frustration does not count. Acknowledge what it means for them, then say what happens next.',
    rewrite: enFrustrating,
  },
  de: {
    patterns: foldDe([
      // "Reg dich ab", "nicht gleich aufregen", "mach mal keinen Stress", "bleiben Sie locker".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:reg(?:en\s+Sie\s+sich|e?\s+dich)\s+(?:(?:mal|doch|bitte|wieder|erst\s+mal)\s+){0,2}ab|nicht\s+(?:gleich|so)\s+aufregen|(?:bleiben\s+Sie|bleib)\s+(?:(?:mal|doch|bitte|ganz|jetzt)\s+){0,2}(?:locker|entspannt|cool|gelassen)${END}|(?:muss|braucht|müssen|brauchen)\s+(?:man|Sie|du)\s+sich\s+(?:doch\s+|jetzt\s+)?(?:(?:deswegen|deshalb|darüber)\s+)?(?:nicht|kein\p{L}*)\s+(?:(?:so|gleich)\s+)?(?:aufregen|aufzuregen|ärgern)|nicht\s+(?:(?:gleich|sofort)\s+)?die\s+Nerven\s+verlieren|(?:(?:Sie\s+machen|du\s+machst)\s+(?:(?:hier|doch|gerade|da)\s+)?)?aus\s+einer\s+Mücke\s+einen\s+Elefanten|(?:nehmen\s+Sie|nimm)\s+(?:es|das)\s+(?:doch\s+|bitte\s+)?nicht\s+(?:so\s+)?persönlich|abwarten\s+und\s+Tee\s+trinken)(?![\p{L}])`, 'u'),
        unless: /\?/,
        rewrite: deFrustrating,
      },
      {
        re: /(?<![\p{L}])(?:mach|machen\s+Sie)\s+(?:(?:mal|doch|jetzt|bitte|hier)\s+){0,2}(?:keinen\s+(?:Stress|Aufstand|Wind)|kein\s+(?:Drama|Theater|Fass)|nicht\s+so\s+(?:ein(?:en)?\s+)?(?:Stress|Drama|Theater|Aufstand|Wind))(?:\s+(?:daraus|darum|deswegen|wegen\s+[\p{L}]+))?(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // "Das ist doch nur eine Kleinigkeit", "eine Lappalie", "kein Beinbruch", "nicht dramatisch".
      {
        re: /(?<![\p{L}])(?:(?:das|es|dies)\s+)?(?:ist|sind|war)\s+(?:(?:doch|ja|halt|eben|wirklich|echt|eigentlich)\s+){0,2}(?:(?:nur|bloß|lediglich)\s+)?(?:(?<=(?:doch|nur|bloß|lediglich|halt|eben)\s+)(?:eine\s+)?Kleinigkeit|(?:eine\s+)?(?:Lappalie|Bagatelle)|Peanuts|Kinkerlitzchen|Kleinkram|kein\s+Beinbruch|(?:doch\s+|wirklich\s+|echt\s+|gar\s+)?nicht\s+(?:so\s+)?dramatisch)(?![\p{L}])/u,
        unless: new RegExp(DE_COMFORT.source + '|' + DE_REASSURE.source, 'u'),
        rewrite: deFrustrating,
      },
      // "Das ist doch kein Drama", "Die paar Tage werden Sie schon überleben", "Sonst hat sich noch niemand beschwert".
      {
        re: /(?<![\p{L}])(?:(?:das\s+)?(?:ist|sind)\s+(?:doch|ja)\s+(?:kein\s+(?:Drama|Beinbruch|Weltuntergang)|keine\s+Katastrophe)|(?:werden\s+Sie|wirst\s+du)\s+(?:(?:schon|wohl|auch|doch)\s+){0,2}überleben|(?:Sie\s+werden|du\s+wirst)\s+(?:(?:es|das)\s+)?(?:(?:schon|wohl|auch|doch)\s+){0,2}überleben|(?:sonst\s+)?(?:hat|haben)\s+sich\s+(?:sonst\s+)?(?:noch\s+)?(?:niemand|keiner)\s+(?:sonst\s+|anderes\s+)?(?:darüber\s+)?beschwert|(?:niemand|keiner)\s+(?:sonst|anderes?)\s+(?:hat\s+sich\s+(?:darüber\s+)?beschwert|merkt\s+das|stört\s+sich)|(?:das\s+)?merkt\s+doch\s+(?:sonst\s+)?(?:keiner|niemand)|(?:die\s+)?meisten\s+(?:Kunden|Leute|Nutzer)\s+(?:merken|bemerken|stört|stören)\s+(?:das\s+)?(?:gar\s+)?nicht|(?:Sie\s+haben|du\s+hast)\s+doch\s+(?:nichts|kaum\s+etwas)\s+(?:Wichtiges|Schlimmes|Wertvolles)(?:\s+verloren)?|es\s+ist\s+(?:ja|doch)\s+nicht\s+so,?\s+(?:als\s+ob|als\s+hätten|dass)[^.!?;]*|(?:so\s*was|sowas|das)\s+dauert\s+(?:halt|eben|nun\s+mal)(?=\s*(?:[.!;…]|$))|das\s+Leben\s+geht\s+weiter(?=\s*(?:[.!;…]|$)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:danke|Dank|ich\s+habe|habe\s+ich)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // "Sie denken zu viel darüber nach", "Da kommen Sie schon drüber hinweg", "es ist doch nur ein verspätetes Paket".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+denken|du\s+denkst)\s+(?:da\s+)?(?:viel\s+)?zu\s+viel\s+(?:darüber|drüber)\s+nach|(?:da\s+)?(?:kommen\s+Sie|kommst\s+du)\s+(?:(?:schon|auch|sicher|bestimmt)\s+)?(?:drüber|darüber)\s+hinweg|(?:es|das)\s+ist\s+doch\s+nur\s+(?:ein|eine)\s+(?:verspätete[sr]?|kleine[sr]?|fehlende[sr]?|kaputte[sr]?)\s+\p{L}+)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+habe|habe\s+ich|ich\s+kümmere)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // "Es gibt Schlimmeres", "Es hätte schlimmer kommen können", "Immerhin ist das Paket da", "na und?".
      {
        re: /(?<![\p{L}])(?:es\s+gibt\s+(?:(?:doch|wirklich|echt|weit|viel|Schlimmeres\s+als)\s+)?Schlimmeres(?!\s+(?:für\s+(?:Sie|dich)\s+)?zu\s+tun)(?!\s+für\s+(?:Sie|dich))|(?:es|das)\s+hätte\s+(?:(?:auch|noch|viel|weit|doch)\s+)?schlimmer\s+(?:kommen|sein)\s+können|(?:es|das)\s+könnte\s+(?:(?:auch|noch|viel|weit|doch)\s+)?schlimmer\s+sein|na\s+und(?=\s*[?!.]|$))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+habe|habe\s+ich|wir\s+haben)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      {
        re: /^(?:na\s*ja,?\s+|tja,?\s+)?immerhin\s+(?:ist|sind|haben|hast|hat|kam|kommt|funktioniert|läuft|war|waren|geht)(?![\p{L}])[^.!?;]*/u,
        unless: /(?<![\p{L}])(?:ich\s+habe|habe\s+ich|ich\s+kümmere)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // "Ich verstehe die Aufregung nicht", "Ich sehe das Problem nicht".
      {
        re: /(?<![\p{L}])ich\s+(?:sehe|verstehe)\s+(?:hier\s+|ehrlich\s+gesagt\s+)?(?:die\s+(?:ganze\s+)?Aufregung|den\s+(?:ganzen\s+)?(?:Wirbel|Ärger)|das\s+(?:ganze\s+)?Theater|das\s+Problem)\s+(?:hier\s+|ehrlich\s+gesagt\s+|wirklich\s+|echt\s+)?nicht(?=\s*(?:[.!,;]|$))/u,
        unless: /(?<![\p{L}])(?:Konto|System|Screenshot|schicken|senden|Protokoll|Logs?|bei\s+uns|Ihrem\s+Account)(?![\p{L}])/u,
        rewrite: deFrustrating,
      },
      // "gedulden wie alle anderen", "Sie sind nicht der einzige Kunde", "haben Sie einfach etwas Geduld".
      {
        re: /(?<![\p{L}])(?:(?:warten|gedulden|anstellen|hinten\s+anstellen)\s+(?:[\p{L}]+\s+){0,5}?wie\s+alle\s+anderen(?:\s+(?:auch|Kunden))?|wie\s+alle\s+anderen(?:\s+(?:auch|Kunden))?\s+(?:warten|gedulden)|(?:Sie\s+sind|du\s+bist)\s+(?:(?:ja|doch|halt|eben|auch)\s+)?nicht\s+(?:der|die)\s+(?:einzige|Einzige)(?:\s+(?:Kunde|Kundin))?|wir\s+haben\s+(?:(?:auch|ja|noch)\s+)?(?:tausende|Tausende|hunderte|Hunderte|viele|zig)\s+(?:andere\s+)?(?:Kunden|Anfragen|Tickets|Fälle))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:betroffen|deshalb|darum|daher|arbeitet|arbeiten|jede[rn]?\s+(?:einzelne|Kunde)|gleich\s+wichtig)(?![\p{L}])/u,
        rewrite: deWait,
      },
      {
        re: /(?<![\p{L}])(?:haben\s+Sie|hab|habt)\s+(?:(?:doch|einfach|halt|eben|mal|bitte)\s+){1,2}(?:(?:etwas|ein\s+bisschen|ein\s+wenig|mehr)\s+)?Geduld(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:mit\s+mir|kurz|Minute|Moment)(?![\p{L}])/u,
        rewrite: deWait,
      },
      // "Das erledigt sich von selbst."
      {
        re: /(?<![\p{L}])(?:das|es)\s+(?:erledigt|regelt|löst|gibt)\s+sich\s+(?:(?:schon|bestimmt|sicher|doch|meistens|normalerweise)\s+)?(?:von\s+selbst|von\s+allein|von\s+alleine)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|nach\s+dem|Neustart|melden|sobald)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich behalte das für dich im Blick' : 'ich behalte das für Sie im Blick'],
      },
      {
        // "Andere Kunden warten viel länger", "andere zahlen deutlich mehr"
        re: /(?<![\p{L}])andere\s+(?:Kunden|Kundinnen|Reisende|Gäste|Nutzer|Leute)\s+(?:warten|zahlen|bezahlen|haben|hatten|bekommen|müssen)\s+(?:(?:noch|viel|deutlich|weit|sogar|oft|teilweise|auch)\s+){0,2}(?:länger|laenger|mehr|schlimmere|schlimmer|weniger|Wochen|Monate)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+habe|habe\s+ich|ich\s+kümmere|trotzdem|tut\s+mir\s+leid)(?![\p{L}])/u,
        rewrite: deWait,
      },
      // "Das ist wirklich kein Drama" (particles other than doch/ja).
      {
        re: /(?<![\p{L}])(?:das|es|dies)\s+(?:ist|sind|war)\s+(?:(?:wirklich|echt|halt|eben|nun\s+mal|auch|jetzt)\s+){1,2}(?:kein\s+(?:Drama|Beinbruch|Weltuntergang)|keine\s+Katastrophe)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:Sorge|weil|denn|ich\s+(?:habe|hab|schicke|erstatte))(?![\p{L}])|\?/u,
        rewrite: deFrustrating,
      },
      // Broad: comparing with worse-off customers: "Andere warten viel länger", "Andere Kunden haben ganz andere Probleme".
      {
        re: /^(?<hit>(?:andere|viele\s+andere|manche|andere\s+Kunden|andere\s+Leute|andere\s+Mieter|andere\s+Spieler)\s+(?:(?:Kunden|Leute)\s+)?(?:warten|haben|zahlen|m(?:ü|ue)ssen|hatten|trifft\s+es)\s+(?:(?:viel|noch|deutlich|sogar|oft|ja|doch|auch|ganz)\s+){0,2}(?:l(?:ä|ae)nger|mehr|schlimmer|schlimmere|gr(?:ö|oe)(?:ß|ss)ere|andere\s+Probleme|h(?:ä|ae)rter|weniger\s+Gl(?:ü|ue)ck))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deWait,
      },
      // Broad (round 4): downplaying predicates: "ist jetzt nicht wirklich dramatisch", "sind jetzt nicht so tragisch", "ist ja kein großer Betrag".
      {
        re: /(?:^(?:(?:naja|na\s+ja|also|ach|hm|tja)\s*,?\s*)?|,\s*(?:und\s+|aber\s+)?)(?<hit>[^.!?,;:\n]{0,60}?(?<![\p{L}])(?:ist|sind|war|wäre|waere)\s+(?:(?:das|es|dies|jetzt|ja|doch|nun|wirklich|echt|eigentlich|auch|ehrlich\s+gesagt|also|halt|eben)\s+){0,3}(?:nicht\s+(?:(?:so|wirklich|besonders|allzu|sonderlich|gerade|weiter)\s+){0,2}(?:dramatisch|tragisch|wild|weltbewegend|der\s+Rede\s+wert)|(?:nun\s+)?wirklich\s+nicht\s+(?:dramatisch|tragisch|wild|schlimm)|kein(?:e|en)?\s+(?:(?:so\s+)?(?:großer|großes|große|riesiger|riesige|wirklicher|echter|echtes)\s+)?(?:Betrag|Summe|Drama|Weltuntergang|Beinbruch|Katastrophe|Verlust|Aufreger)))(?![\p{L}])/u,
        unless: DE_REASSURE,
        rewrite: deFrustrating,
      },
      // Broad (round 4): reproaching an overreaction: "Wegen einer fehlenden Schraube muss man doch nicht gleich das ganze Regal zurückschicken".
      {
        re: /^(?:(?:naja|na\s+ja|also|ach|hm|tja|ehrlich\s+gesagt)\s*,?\s*)?(?<hit>(?:wegen|für)\s+[^.!?,;\n]{1,60}?\s(?:muss|müssen|musst|muesst|braucht|brauchen|brauchst)\s+(?:man|Sie|du)\s+(?:[^\s.!?,;]+\s+){0,3}?nicht\s+(?:gleich|sofort|direkt)(?![\p{L}])[^.!?,;\n]*)/u,
        unless: DE_REASSURE,
        rewrite: deFrustrating,
      },
      // Broad (round 4): "da muss man sich nicht so reinsteigern", "stell dich nicht so an", "reg dich doch nicht gleich so auf".
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:da|dann|also)\s+)?(?:(?:muss|müssen|musst|braucht|brauchen|brauchst)\s+(?:man|Sie|du)\s+sich|(?:muss|musst)\s+du\s+dich|(?:müssen|brauchen)\s+Sie\s+sich)\s+(?:(?:doch|ja|jetzt|wirklich|echt|aber|auch)\s+){0,2}(?:nicht|nicht\s+gleich)\s+so\s+(?:(?:reinsteigern|hineinsteigern|reinzusteigern|anstellen|anzustellen|haben|aufführen|aufzuführen|aufspielen|aufregen|aufzuregen)|(?:sehr\s+)?(?:reinsteigern|aufregen))|(?:stell|stellen)\s+(?:dich|Sie\s+sich)\s+(?:(?:doch|jetzt|mal|bitte|wegen\s+[^\s.!?,;]+(?:\s+[^\s.!?,;]+)?)\s+){0,3}nicht\s+(?:gleich\s+)?so\s+an|(?:steiger|steigere|steigern)\s+(?:dich|Sie\s+sich)\s+(?:(?:doch|jetzt|mal|bitte)\s+){0,2}nicht\s+(?:gleich\s+)?so\s+rein)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deFrustrating,
      },
      // Broad (round 4): others as the yardstick: "Die anderen Mieter haben sich über den Baulärm auch nicht beschwert",
      // "Alle anderen Gäste sind zufrieden", "Sonst beschwert sich niemand".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:(?:die|alle)\s+(?:anderen|übrigen|restlichen)|andere|die\s+meisten|viele\s+andere)\s+(?:[\p{L}-]+\s+)?` + DE_PEOPLE + String.raw`\s+(?:haben|hatten|hat|sind|waren)\s+(?:sich\s+)?(?:[^\s.!?,;]+\s+){0,5}?(?:(?:auch|ja|doch|bisher|noch)\s+)?(?:nicht\s+beschwert|kein(?:e|en)?\s+(?:Problem|Probleme|Beschwerde|Beschwerden|Schwierigkeiten)|nichts\s+(?:gesagt|bemängelt|beanstandet|gemerkt)|(?:vollauf\s+|vollkommen\s+|sehr\s+|total\s+)?zufrieden)|sonst\s+(?:beschwert|beklagt)\s+sich\s+(?:(?:eigentlich|auch|ja|doch|komischerweise|übrigens)\s+){0,2}(?:niemand|keiner|kein\s+Mensch))(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:deshalb|daher|darum|ebenfalls|alle\s+bekommen|Gutschrift|informiert)(?![\p{L}])|\?\s*$/u,
        rewrite: deFrustrating,
      },
      // Broad (round 4): shrugging idioms: "Ein bisschen Wartezeit hat noch niemandem geschadet", "Davon geht die Welt nicht unter",
      // "Wegen so einer Kleinigkeit rufen Sie hier an?"
      {
        re: /(?:^|,\s*)(?<hit>[^.!?,;:\n]{0,60}?(?<![\p{L}])(?:(?:hat|hätte)\s+(?:doch\s+|ja\s+)?(?:noch\s+)?(?:niemandem|keinem)\s+geschadet|(?:davon|daran|deswegen)\s+(?:ist|sind)\s+(?:doch\s+|ja\s+)?(?:noch\s+)?(?:niemand|keiner)\s+gestorben|(?:davon|deswegen|dadurch|deshalb)\s+geht\s+(?:doch\s+|ja\s+)?die\s+Welt\s+nicht\s+unter|(?:ist|wäre)\s+(?:doch\s+|ja\s+)?nicht\s+das\s+Ende\s+der\s+Welt)(?![\p{L}])[^.!?,;:\n]*)/u,
        unless: DE_REASSURE,
        rewrite: deFrustrating,
      },
      {
        re: /(?<![\p{L}])(?<hit>wegen\s+(?:so\s+einer|so\s+ner|einer\s+solchen|dieser|so\s+einem|diesem)\s+(?:Kleinigkeit|Lappalie|Bagatelle|Nichtigkeit|Kinderkram|Pipifax|Kleinkram)(?:\s+[^.!?,;\n]{1,60}?)?(?=\s*[?!.]|\s*$))/u,
        rewrite: deFrustrating,
      },
    ]),
    message: 'Das spielt das Problem herunter',
    explanation:
      'Wer das Problem kleinredet oder den Kunden mit „allen anderen“ vergleicht, sagt ihm, dass sein Ärger nicht zählt. Erkennen Sie an, was es für ihn bedeutet, und sagen Sie, wie es weitergeht.',
    rewrite: deFrustrating,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's just a game-changer for teams your size.",
      'The repair will be barely noticeable once it is done.',
      'The wait is about a 10-minute wait at the moment.',
      "No fuss at all, happy to help.",
      "You're not worrying too much, this needs fixing and I've booked it.",
      'The install is only a few minutes of work.',
      'The upgrade is only 5 pounds a month.',
      "It was just a glitch on our side and it's fixed now.",
      "It's not a big deal to change the date, I can do it now.",
      "I know it's only a small scratch, but it still matters, so I've booked the repair.",
      "It's only a few minutes' walk from the station.",
      "It's not like anyone told you about the fee, so I've refunded it.",
      'I hope you will get over the cold soon, the return can wait.',
      "It's not that big, only 2 GB, so it downloads quickly.",
      'Everyone else in your household can keep using the plan.',
      'Other customers have reported the same fault, so our engineers are on it.',
      'No one else has reported this yet, so thank you for flagging it.',
      "Other members don't have to pay this fee either, so I have removed it.",
      'Did other users in your team have the same problem?',
      "It's a minor issue that we fixed in today's update.",
      "It's not an overreaction at all, I'd be upset too.",
      "I hear this a lot, and here's the quick fix.",
      "I'm not sure why you were charged twice, I'm checking with billing now.",
      'Our engineers stayed calm and fixed it overnight.',
      "You're not the only one who noticed, and we are fixing it for everyone.",
      'Most customers don\'t need to do anything; the update installs itself.',
      'You\'ll live stream the match in HD with this plan.',
      'No need to worry, your data is safe: the backup ran last night.',
      'Please be patient with me while I check the account, it will take two minutes.',
      "You're not the only one affected by the outage, so we've put the whole team on it.",
      "I can't see the issue in our logs, could you send a screenshot?",
      'At least 3 people on my team are working on it.',
      "Don't stress, I've already refunded the fee.",
      'It should sort itself out after a restart; if not, let me know.',
      "I know it's not a minor issue for you.",
      "I wouldn't worry, your data is safe: the backup ran last night.",
      'Thank you! It is really nothing, happy to help.',
      "A double charge is worth writing in about, so thanks for telling us.",
      "I don't think this warrants a refund, but I can offer you a voucher.",
      "I'd take it seriously too, so I've escalated it.",
      "The fix is a small thing, I'll do it now.",
      "It's only a typo in the invoice, I've corrected it.",
      "You're lucky, the last one in stock is yours!",
      "That's a bit much to ask, but I'll see what I can do.",
      "Everyone gets a welcome voucher with their first order.",
      "It's not like you to miss a payment, so I've waived the fee.",
      "I don't see why your card was declined, so I've asked the bank.",
      "It's worth the wait, the new model is much faster.",
      "You'll be glad to hear your refund is done.",
      "A quick restart won't hurt, and I'll stay on the chat while you do it.",
      "It's not urgent, so take your time, and I'll keep the case open.",
      "Lots of people would be happy to help in the community, but I'll answer here myself.",
      "Don't let it go to waste, your voucher expires in May.",
      "It's not a disaster at all, and I've already fixed it.",
    ],
    invalid: [
      { text: 'Honestly, [[a storm in a teacup]].', rewrite: 'Honestly, I understand how frustrating this is.' },
      { text: 'The heating was [[only off for a morning]].', rewrite: 'The heating was off for a morning, and I understand how frustrating that is.' },
      { text: 'A bit of condensation is normal, [[nothing to get worked up about]].', rewrite: 'A bit of condensation is normal, I understand how frustrating this is.' },
      { text: '[[Everyone gets the occasional lag spike]].', rewrite: 'I understand how frustrating this is.' },
      { text: 'Honestly, [[the outage was only for an hour]].', rewrite: 'Honestly, I understand how frustrating this is.' },
      { text: '[[Its just a cosmetic thing]], doesnt affect the car.', rewrite: 'I understand how frustrating this is, doesnt affect the car.' },
      { text: 'A 5 minute wait is [[hardly the end of the world]].', rewrite: 'A 5 minute wait is frustrating, I understand.' },
      { text: 'The delay [[isn\'t that big a deal]].', rewrite: 'The delay is frustrating, I understand.' },
      { text: '[[Most players never even noticed the lag]].', rewrite: 'I understand how frustrating this is.' },
      { text: "[[you will get over it]]", rewrite: "I understand this matters to you" },
      { text: "[[It's not like anybody got hurt]].", rewrite: "I understand this matters to you." },
      { text: "[[It's a refund, not a tragedy]].", rewrite: "I understand this matters to you." },
      { text: "tbh [[our other users dont have any issues]] with the app", rewrite: "tbh I understand this matters to you with the app" },
      { text: "[[None of the other guests have complained]].", rewrite: "I understand this matters to you." },
      { text: "[[No one else has mentioned this problem]].", rewrite: "I understand this matters to you." },
      { text: "[[Most customers would be grateful for a voucher]].", rewrite: "I understand this matters to you." },
      { text: "Honestly, [[some customers complain about anything]].", rewrite: "Honestly, I understand this matters to you." },
      { text: "[[Let it go]], it's sorted.", rewrite: "I understand this matters to you, it's sorted." },
      { text: "Everyone has to wait, [[you're no different]].", rewrite: "Everyone has to wait, I understand how frustrating this is." },
      { text: "[[Could be worse]], you could have lost the lot.", rewrite: "I understand how frustrating this is, you could have lost the lot." },
      { text: "[[Just be glad it arrived at all]].", rewrite: "I understand how frustrating this is." },
      { text: "[[That isn't worth all the stress]].", rewrite: "I understand this matters to you." },
      { text: "[[We all have a slow connection from time to time]].", rewrite: "I understand this matters to you." },
      { text: "[[It's not like the TV is broken]].", rewrite: "I understand this matters to you." },
      { text: "[[I don't see why this is such a big issue]].", rewrite: "I understand this matters to you." },
      { text: "Come on, [[it's just a small dent]].", rewrite: "Come on, I understand this matters to you." },
      { text: "[[Customers live with this all the time]], it's fine.", rewrite: "I understand this matters to you, it's fine." },
      { text: "[[Don't worry so much]], it will show up.", rewrite: "I understand this matters to you, it will show up." },
      { text: "[[Let's put this in perspective]], it's one euro.", rewrite: "I understand this matters to you, it's one euro." },
      { text: "[[That's a little over the top for a late parcel]].", rewrite: "I understand this matters to you." },
      { text: "[[You were lucky it only took a week]].", rewrite: "I understand this matters to you." },
      { text: "Honestly, [[you're making a mountain out of nothing]].", rewrite: "Honestly, I understand how frustrating this is." },
      { text: 'A flickering screen [[is barely worth calling about]].', rewrite: 'A flickering screen is understandably frustrating.' },
      { text: 'Honestly, [[this doesn\'t warrant a formal complaint]].', rewrite: "Honestly, I understand why you're raising this." },
      { text: '[[Try not to get so stressed]], the parcel will turn up.', rewrite: 'I understand how frustrating this is, the parcel will turn up.' },
      { text: "It's two days, [[I wouldn't fret about it]].", rewrite: "It's two days, I understand how frustrating this is." },
      { text: 'Come on, [[the missing charger is a little thing]].', rewrite: 'Come on, I understand this matters to you.' },
      { text: "A slow page at night? [[That's honestly nothing]].", rewrite: 'A slow page at night? I understand this matters to you.' },
      { text: "[[Don't take it too seriously]], the app does that sometimes.", rewrite: 'I understand how frustrating this is, the app does that sometimes.' },
      { text: "[[You're worrying about nothing]].", rewrite: 'I understand this matters to you.' },
      { text: '[[Everyone else manages fine]].', rewrite: 'I understand this matters to you.' },
      { text: "[[You'll get over it]].", rewrite: 'I understand this matters to you.' },
      { text: "[[It's a trivial fault]].", rewrite: 'I understand how frustrating this is.' },
      { text: "[[That's a bit of an overreaction]].", rewrite: 'I understand how frustrating this is.' },
      { text: '[[We get hundreds of these every day]].', rewrite: 'I understand this matters to you.' },
      { text: "[[I'm not sure why you're so upset]].", rewrite: 'I understand this matters to you.' },
      { text: '[[Try to stay calm]].', rewrite: 'I understand how frustrating this is.' },
      { text: "[[You're blowing this out of proportion]].", rewrite: 'I understand how frustrating this is.' },
      { text: '[[Nobody else has complained about it]].', rewrite: 'I understand this matters to you.' },
      { text: '[[Take a deep breath]], the parcel is on its way.', rewrite: 'I understand how frustrating this is, the parcel is on its way.' },
      { text: "Honestly, [[it's only a small hiccup]].", rewrite: 'Honestly, I understand this matters to you.' },
      { text: '[[Your flight is only delayed by an hour]].', rewrite: 'I know waiting is frustrating.' },
      { text: "Come on, [[that's hardly a disaster]].", rewrite: 'Come on, I understand this matters to you.' },
      { text: '[[It could have been much worse]].', rewrite: 'I understand how frustrating this is.' },
      { text: "[[I don't see what the big deal is]].", rewrite: 'I understand this matters to you.' },
      { text: "Sorry, [[you'll have to wait like everyone else]].", rewrite: 'Sorry, I know waiting is frustrating.' },
      { text: '[[Just be patient]].', rewrite: 'I know waiting is frustrating.' },
      { text: "[[It'll sort itself out]], trust me.", rewrite: 'I will keep an eye on it for you, trust me.' },
    ],
  },
  de: {
    valid: [
      'Das Update hat Ihrem Gerät nicht geschadet, alle Daten sind noch da.',
      'Das ist nicht dramatisch für Ihre Daten: alles ist gesichert, ich zeige Ihnen, wie Sie es wiederherstellen.',
      'Die anderen Gäste haben sich auch beschwert, deshalb bekommen alle eine Gutschrift.',
      'Das ist kein großer Aufwand für uns, ich erledige es sofort.',
      'Es war kein großer Betrag, aber ich verstehe, dass es ums Prinzip geht, und erstatte ihn.',
      'Sie müssen das Regal nicht gleich zurückschicken, ich schicke Ihnen die fehlende Schraube.',
      'Andere Kunden haben das gleiche Problem gemeldet, wir arbeiten an einer Lösung.',
      'Das ist wirklich kein Drama, weil ich den Termin schon verschoben habe.',
      'Es gibt wirklich Schlimmeres für Sie zu tun, als Formulare auszufüllen – deshalb erledige ich das.',
      'Das ist doch kein Problem, ich ändere das sofort.',
      'Die meisten Kunden merken von dem Update gar nichts, es läuft im Hintergrund.',
      'Keine Sorge, Ihre Daten sind sicher: Das Backup lief heute Nacht.',
      'Sie sind nicht der Einzige, der betroffen ist, deshalb arbeitet das ganze Team daran.',
      'Das ist eine Kleinigkeit für mich, ich ändere es sofort.',
      'Das ist keine Lappalie, und ich kümmere mich persönlich darum.',
      'Immerhin 3 Kollegen arbeiten gerade daran.',
      'Das Problem sollte sich nach dem Neustart von selbst erledigen; falls nicht, melden Sie sich.',
      'Ich sehe das Problem in Ihrem Konto nicht, könnten Sie einen Screenshot schicken?',
      'Haben Sie bitte kurz Geduld, ich prüfe das gerade.',
      'Andere Kunden warten leider auch länger, deshalb habe ich Ihren Fall vorgezogen.',
    ],
    invalid: [
      { text: '[[Ein bisschen Wartezeit hat noch niemandem geschadet]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Wegen so einer Kleinigkeit rufen Sie hier an]]?', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist?' },
      { text: '[[Zwei Tage Verzögerung sind jetzt nicht so tragisch]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: 'Die Gebühr stimmt, und [[ehrlich gesagt ist das ja kein großer Betrag]].', rewrite: 'Die Gebühr stimmt, und ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Wegen zehn Minuten Wartezeit musst du nicht gleich eine Beschwerde schreiben]].', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist.' },
      { text: 'Ja, es wird laut, [[da muss man sich nicht so reinsteigern]].', rewrite: 'Ja, es wird laut, ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Die anderen Gäste hatten mit dem Frühstück auch kein Problem]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Andere Kunden warten noch länger]].', rewrite: 'Ich weiß, dass das Warten ärgerlich ist.' },
      { text: '[[Das ist echt kein Beinbruch]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Da kommen Sie schon drüber hinweg]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Sonst hat sich noch niemand beschwert]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Sie machen aus einer Mücke einen Elefanten]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Reg dich mal ab]], das Paket kommt.', rewrite: 'Ich verstehe, dass das für dich ärgerlich ist, das Paket kommt.' },
      { text: '[[Machen Sie doch kein Drama daraus]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Das ist doch nur eine Kleinigkeit]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Es gibt Schlimmeres]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Immerhin ist die Ware jetzt da]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Ich verstehe die Aufregung nicht]].', rewrite: 'Ich verstehe, dass das für Sie ärgerlich ist.' },
      { text: '[[Sie sind nicht der einzige Kunde]].', rewrite: 'Ich weiß, dass das Warten ärgerlich ist.' },
      { text: '[[Haben Sie einfach etwas Geduld]].', rewrite: 'Ich weiß, dass das Warten ärgerlich ist.' },
      { text: '[[Das erledigt sich von selbst]].', rewrite: 'Ich behalte das für Sie im Blick.' },
      { text: 'Ehrlich gesagt, [[andere Kunden warten viel länger]].', rewrite: 'Ehrlich gesagt, ich weiß, dass das Warten ärgerlich ist.' },
    ],
  },
};
