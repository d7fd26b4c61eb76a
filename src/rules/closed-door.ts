// Refusals worded as a closed door, without any way forward: "there's nothing more we can do",
// "that won't be possible", "there's no way to reverse the charge", "our system doesn't allow that",
// "we won't be able to change the booking", "exceptions cannot be made", "we're not allowed to",
// "that's not an option", "this cannot be undone"; "Mehr können wir nicht tun", "Das wird nicht
// möglich sein", "lässt sich nicht rückgängig machen", "Unser System lässt das nicht zu", "Wir können
// die Buchung nicht ändern", "Das dürfen wir nicht", "Das kommt nicht in Frage", "Eine Entschädigung
// ist nicht vorgesehen". An alternative in the same sentence or the next one keeps it silent.
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_ALT = /\b(?:(?<!sorry\s*,?\s*)but|however|instead|alternatively|unless|what\s+(?:I|we)\s+can|(?<!(?:nothing|something)\s+(?:more\s+|else\s+|further\s+)?|\bno\s+way\s+)(?:I|we)\s+can\s+(?!not\b|only\b)|you\s+can\s+(?:still|also)|I['’]?ll|I\s+will|(?<!(?:won['’]?t|not|n['’]t|wont)\s)let\s+me|happy\s+to|so\s+(?:I|we)|I['’]?ve|I\s+have|for\s+you|on\s+your\s+behalf|automatically|online|in\s+the\s+app|yet|(?:I|we)\s+do\s+(?:offer|have|provide|ship|accept|sell|support|carry|run|fly|deliver|allow))\b|^(?:while|whilst|although|though)\s|\?\s*$/;
const DE_ALT = /(?<![\p{L}])(?:(?<!(?:leid|Entschuldigung|sorry)\s*,?\s*)aber|jedoch|stattdessen|alternativ|dafür|(?:ich\s+kann|wir\s+können)(?!(?:\s+\p{L}+){0,4}?\s+(?:nicht|kein\p{L}*|nichts)(?![\p{L}]))|Sie\s+können\s+(?:aber|gern|gerne|jederzeit)|ich\s+(?:schicke|biete|schaue|kümmere|helfe|kläre|habe|schlage)|automatisch|online|deshalb|noch\s+nicht|für\s+(?:Sie|dich|euch))(?![\p{L}])|\?\s*$/u;
const EN_NEXT = /^(?:but|however|instead|alternatively)\b|\b(?:I|we)\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to)\s+(?!only\b|not\b|no\s+longer\b)|\bwhat\s+(?:I|we)\s+can\b|\byou\s+can\s+(?:also|still|instead)\b|\balternative|\bI['’]?ve\b|\bI\s+have\b|\bI['’]?ll\b|\bI\s+will\b|\blet\s+me\b/;
const DE_NEXT = /^(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|(?<![\p{L}])(?:ich\s+kann|wir\s+können|kann\s+ich|können\s+wir)\s+(?!nur(?![\p{L}])|nicht(?![\p{L}])|leider(?![\p{L}]))|(?<![\p{L}])(?:Alternative|ich\s+habe|habe\s+ich|ich\s+schicke|ich\s+kümmere|ich\s+kläre|ich\s+schaue)(?![\p{L}])/u;

const EN_VERB = String.raw`(?:refund|reverse|cancel|change|undo|amend|modify|extend|exchange|replace|return|waive|remove|reinstate|recover|restore|rebook|reschedule|transfer|upgrade|downgrade|unlock|reopen|accept|approve|offer|give|issue|honou?r|match|process|compensate|reimburse|help|do)`;
const DE_VERB = String.raw`(?:ändern|stornieren|erstatten|zurückerstatten|umbuchen|umtauschen|zurücknehmen|verlängern|ersetzen|reparieren|annehmen|freischalten|rückgängig\s+machen|gutschreiben|entsperren|wiederherstellen|übernehmen|auszahlen|anpassen)`;
const DE_ACTION = String.raw`(?:Erstattung|Rückerstattung|Teilerstattung|Entschädigung|Kulanz\p{L}*|Umtausch|Rückgabe|Stornierung|Umbuchung|Gutschrift|Ausnahme|Verlängerung|Änderung|Rücknahme|Preisnachlass|Rabatt|Barauszahlung|Auszahlung|Kostenübernahme|Preisanpassung|Ersatzlieferung)`;
const DE_PARTICIPLE = String.raw`(?:erh(?:ö|oe)ht|gesenkt|verlängert|verk(?:ü|ue)rzt|umgebucht|storniert|ge(?:ä|ae)ndert|erstattet|zur(?:ü|ue)ckerstattet|umgetauscht|ersetzt|gutgeschrieben|r(?:ü|ue)ckg(?:ä|ae)ngig\s+gemacht|zur(?:ü|ue)ckgenommen|wieder\s+ge(?:ö|oe)ffnet|wiederer(?:ö|oe)ffnet|wieder\s+er(?:ö|oe)ffnet|ausgestellt|reaktiviert|entsperrt|freigeschaltet|(?:ü|ue)bernommen|ausgezahlt|angepasst|gew(?:ä|ae)hrt|genehmigt|akzeptiert|angenommen|verschoben|aufgehoben|erlassen|zur(?:ü|ue)ckgebucht|umgeschrieben|gekündigt)`;
const DE_INFINITIVE = String.raw`(?:erh(?:ö|oe)hen|senken|verlängern|verk(?:ü|ue)rzen|umbuchen|stornieren|(?:ä|ae)ndern|erstatten|umtauschen|ersetzen|gutschreiben|zur(?:ü|ue)cknehmen|ausstellen|reaktivieren|entsperren|freischalten|(?:ü|ue)bernehmen|auszahlen|anpassen|gew(?:ä|ae)hren|genehmigen|akzeptieren|annehmen|verschieben|aufheben|erlassen|zur(?:ü|ue)ckbuchen|(?:ü|ue)bertragen|umschreiben|r(?:ü|ue)ckg(?:ä|ae)ngig\s+machen|er(?:ö|oe)ffnen|wieder\s+(?:ö|oe)ffnen)`;

const enRewrite = (ctx: MatchContext) => {
  const who = /^I\b|\bI\b/.test(ctx.match) ? 'I' : 'we';
  return [`${ctx.match}, but let me see what ${who} can do`, `${ctx.match}, but here is what ${who} can do instead`];
};
/** Round 4: verbs after "nicht" that are honest limits, not refusals ("wir können nicht ausschließen", "ich kann nicht sagen"). */
const DE_NOT_REFUSAL = String.raw`(?:sagen|versprechen|garantieren|zusagen|ausschließen|ausschliessen|nachvollziehen|verstehen|erkennen|sehen|einsehen|abrufen|nachsehen|nachschauen|zugreifen|finden|feststellen|danken|glauben|erklären|beurteilen|einschätzen|erreichen|helfen|weiterhelfen|lesen|öffnen|herunterladen|ersehen|entnehmen|warten|versprechen|zaubern|beantworten|beeinflussen|vorhersagen|absehen|abschätzen|hören|brauchen|gebrauchen|erinnern|verantworten|rekonstruieren|leiden|ausstehen|fassen|begreifen|mehr)`;
/** Round 4: rules and processes as the subject of a refusal ("das sehen die Tarifbedingungen nicht vor"). */
const DE_NORM = String.raw`[\p{L}-]*(?:bedingungen|richtlinien|richtlinie|regeln|regelung|regelungen|vorgaben|bestimmungen|vorschriften|statuten|satzung|ordnung|ablauf|abläufe|prozess|prozesse|system|gesetz|reglement|konditionen|AGB|Vorschrift)`;
const DE_NORM_VERB = String.raw`(?:sehen|sieht|lassen|lässt|laesst|erlauben|erlaubt|gestatten|gestattet|ermöglichen|ermöglicht)`;
/** DE_ALT, but "ich kann … nicht" with up to seven words in between is no alternative. */
const DE_ALT_WIDE = new RegExp(DE_ALT.source.replace('{0,4}?', '{0,7}?'), 'u');
const deRewrite = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? [`${ctx.match}, aber ich schaue gern, was ich sonst für dich tun kann`, `${ctx.match}, aber ich habe eine andere Idee`]
    : [`${ctx.match}, aber ich schaue gern, was ich sonst für Sie tun kann`, `${ctx.match}, aber ich habe eine andere Idee`];

/**
 * Broad English refusals by cue classes, silenced by an alternative in the same or the next sentence (EN_ALT,
 * EN_NEXT): a STATE refusal ("X isn't possible / is not permitted / is out of the question / is impossible /
 * against our policy"), an AGENT refusal ("we / I / the clinic / our team" + can't / won't (be) / unable to /
 * not able to / not allowed to + a service verb), and a PASSIVE refusal ("extensions cannot be granted").
 * Reassurance ("don't worry, nobody else can see it", "your data cannot be shared with third parties"),
 * conditions ("if that's not possible") and questions stay silent.
 */
const EN_SERVICE_VERB = String.raw`(?:refund|revers|cancel|chang|undo|amend|modif|extend|exchang|replac|return|waiv|remov|reinstat|recover|restor|rebook|reschedul|transfer|upgrad|downgrad|unlock|reopen|accept|approv|offer|giv|issu|honou?r|match|process|compensat|reimburs|do|shar|send|ship|deliver|provid|grant|allow|permit|book|reserv|hold|mov|merg|split|paus|releas|reactivat|reissu|credit|overrid|guarantee|promis|swap|switch|lower|reduc|adjust|increas|rais|fix|repair|make\s+(?:an?\s+)?(?:exception|exceptions|change|changes|refund)|see\s+(?:walk-?ins?|patients|you\s+without)|hand(?:ing)?\s+out|hand|add|accommodat|facilitat|fulfil|fulfill|entertain|action|grant)(?:e|es|ed|ing|y|ies|ying|s)?`;
const EN_REFUSAL_PARTICIPLE = String.raw`(?:granted|refunded|extended|changed|cancell?ed|transferred|reversed|issued|accepted|made|processed|approved|offered|given|honou?red|reinstated|recovered|restored|reopened|waived|exchanged|returned|replaced|moved|rescheduled|rebooked|undone|amended|modified|overridden|released|reissued|credited|split|merged|combined|reactivated|unlocked)`;
const EN_WAY_FORWARD = String.raw`|\b(?:maybe|perhaps|you\s+(?:could|might|may)|you\s+can(?!['’]?t|not|\s+not|\s+only)|try|here['’]?s\s+how|more\s+(?:details|info|information)|(?:this|the|our)\s+(?:article|guide|page|link|FAQ)|please\s+(?:see|visit|check|follow)|without|(?<!at\s)once(?!\s+(?:booked|purchased|bought|paid|made|placed|confirmed|started|used|opened|activated|dispatched|shipped|submitted|issued|signed|sent|processed|collected)\b)|after\s+(?:\d+|the|your|that|this)|before|yet|for\s+now)\b|https?:`;
const EN_BROAD_NEXT = new RegExp(EN_NEXT.source + EN_WAY_FORWARD);
const EN_BROAD_REFUSAL_UNLESS = new RegExp(EN_ALT.source + EN_WAY_FORWARD + String.raw`|\bimpossible\s+to\s+(?:say|tell|know|answer|predict|guess|judge)\b|\bas\s+(?:(?:already|clearly|previously)\s+)?(?:stated|mentioned|explained|shown|noted|outlined)\b|\b(?:assuming|if|whether|when|as\s+long\s+as|so\s+long\s+as|until|unless|don['’]?t\s+worry|no\s+worries|rest\s+assured|safe|secure|securely|protected|privacy|nobody|no\s+one|any(?:one|body)|some(?:one|body)\s+else|third[\s-]part(?:y|ies)|other\s+(?:customers|users|people)|not\s+impossible|nothing\s+is\s+impossible|good\s+news|(?:you|u)\s+(?:won['’]?t|will\s+not|don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:need|have|lose|be\s+charged))\b`);
const EN_BROAD_REFUSAL: Pattern[] = [
  // STATE: "cancelling mid-term isn't possible", "rescheduling within 24 hours is not permitted", "refunds on
  // in-game currency are out of the question", "it's impossible to recover deleted characters".
  {
    re: /(?:\b(?:(?:is|are|was|were|(?:it|that|this|which)['’]s)(?:\s+(?:simply|just|really|unfortunately|sadly|definitely|certainly|currently|still|strictly|absolutely))?(?:n['’]?t|\s+not)|aint)\s+(?:(?:currently|unfortunately|sadly|strictly|generally|really|simply|just|normally|usually)\s+)?(?:possible|permitted|allowed|an\s+option|doable|feasible|workable|guaranteed|supported|in\s+scope|something\s+(?:I|we)\s+(?:can\s+|are\s+able\s+to\s+)?(?:do|offer|provide|allow|support|accept|arrange)|something\s+(?:the|our|this)\s+(?:[\w-]+\s+)?(?:practice|clinic|surgery|council|office|store|shop|branch|company|hotel|airline|team|school|garage|bank|app|platform|service|centre|center|club|gym)\s+(?:(?:currently|normally)\s+)?(?:does|offers|provides|allows|supports|accepts|arranges|covers))\b|\b(?:is|are|was|were|(?:it|that|this|which)['’]s|(?:they|you|we)['’]re)\s+(?:(?:simply|just|really|completely|absolutely|totally|unfortunately|sadly|strictly)\s+)?(?:impossible|out\s+of\s+the\s+question|out\s+of\s+scope|prohibited|forbidden|not\s+on\s+offer)\b|\b(?:against|contrary\s+to)\s+(?:our|the|company|store|clinic|council)\s+(?:policy|policies|rules|terms|guidelines)\b)[^.!?;,]*/,
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // AGENT: "we won't be reinstating the licence", "the clinic is unable to see walk-in patients", "we're not
  // permitted to share the meter data", "you're not allowed to transfer the permit", "we can't extend the rental".
  {
    re: new RegExp(String.raw`\b(?:we|I|you|u|they|(?:the|our|this|my)\s+(?:[\w-]+\s+)?(?:clinic|practice|surgery|council|team|office|store|shop|branch|department|system|company|depot|garage|desk|airline|hotel|school|app|platform|agency|provider|landlord|bank|portal|tool|software|screen|computer|database|till|terminal|website|site))(?:['’]re|\s+are|['’]m|\s+am|\s+is|['’]s)?\s+(?:(?:unfortunately|simply|just|really|currently|sadly|still|therefore|definitely)\s+)?(?:can(?:no|['’])?t|cannot|can\s+not|won['’]?t|will\s+not|unable\s+to|not\s+able\s+to|not\s+in\s+a\s+position\s+to|not\s+(?:allowed|permitted|authori[sz]ed)\s+to|(?:won['’]?t|will\s+not)\s+be|(?:does|do)(?:n['’]?t|\s+not)(?=\s+(?:just\s+|simply\s+)?(?:accept|offer|allow|issue|provide|refund|permit|grant|honou?r|exchange|hand|give|let)))\s+(?:(?:just|simply|ever|go\s+and)\s+)?(?:(?:be\s+)?(?:able\s+to\s+)?)(?:(?:let|allow)\s+(?:me|us|you|u|anyone|customers)\s+(?:to\s+)?)?${EN_SERVICE_VERB}\b(?!\s+(?:but|wondering|noticing|thinking)\b|(?:\s+\S+){0,3}?\s+(?:my|mine)\b)[^.!?;,]*`),
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // PASSIVE: "extensions cannot be granted", "the deposit can't be refunded".
  {
    re: new RegExp(String.raw`\b(?:can(?:no|['’])?t|cannot|can\s+not|(?:is|are)\s+not\s+able\s+to|may\s+not|(?<=\bno\s+[\w-]+\s+)(?:can|will|may))\s+be\s+(?:(?:currently|unfortunately|simply|just)\s+)?${EN_REFUSAL_PARTICIPLE}\b[^.!?;,]*`),
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // More refusal predicates: "walk-in appointments are not offered here", "permits are non-transferable", "your
  // claim does not qualify for compensation", "it won't be possible to upgrade", "there is no option to pause",
  // "this request has been declined", "nope, can't extend the trial".
  {
    re: new RegExp(String.raw`\b(?:is|are|was|were)(?:n['’]?t|\s+not)\s+(?:(?:currently|unfortunately|sadly|strictly|generally|normally)\s+)?(?:offered|provided|refundable|transferable|exchangeable|returnable|eligible|covered|granted|accepted)\b[^.!?;,]*|\b(?:is|are|was|were)\s+(?:(?:strictly|completely|entirely|totally)\s+)?non-?(?:refundable|transferable|exchangeable|negotiable|returnable|cancell?able|changeable|amendable)\b[^.!?;,]*|\b(?:does|do|did)(?:n['’]?t|\s+not)\s+(?:qualify|meet\s+(?:the|our)\s+(?:criteria|requirements|conditions))\b[^.!?;,]*|\b(?:(?:is|are)(?:n['’]?t|\s+not)\s+entitled\s+to|(?:is|are)\s+ineligible)\b[^.!?;,]*|\b(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not)\s+be\s+(?:possible|permitted|allowed|an\s+option|feasible)\b[^.!?;,]*|\b(?:there['’]?s|there\s+is|there\s+are)\s+no\s+(?:option|options|way|possibility|facility|provision|mechanism|means|scope)\s+(?:to|for)\b[^.!?;,]*|\b(?:request|application|claim|appeal|refund|dispute|return|exchange|extension|complaint|petition|permit|booking)s?(?:\s+(?:to|for)(?:\s+[\w'’-]+){1,4}?)?\s+(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:declined|rejected|refused|denied|turned\s+down|not\s+(?:approved|accepted|granted|successful))\b[^.!?;,]*|^(?:(?:no|nope|nah|sorry|unfortunately)\s*,?\s+)(?:can['’]?t|cannot|won['’]?t)\s+(?:be\s+)?${EN_SERVICE_VERB}\b[^.!?;,]*`),
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // "No can do (on the refund)".
  {
    re: /\bno\s+can\s+do\b[^.!?;,]*/,
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // The system as the wall: "the computer says no".
  {
    re: /\b(?:the\s+)?(?:computer|system)\s+says\s+no\b/,
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
  // Refusal verbs and closures: "we must decline your request", "we have no plans to bring back the old pricing",
  // "there will be no compensation", "no, that's final".
  {
    re: /\b(?:we|I)(?:['’]ve|\s+have)?\s+(?:must|have\s+to|need\s+to|(?:are|am)\s+going\s+to|will|['’]ll|(?:have\s+)?(?:decided|chosen)\s+to|regret(?:fully)?)\s+(?:(?:respectfully|politely|unfortunately|therefore)\s+)?(?:decline|refuse|reject|deny|turn\s+down)\s+(?:(?:your|this|the|that|any|such)\s+(?:[\w-]+\s+)?(?:request|application|claim|appeal|refund|complaint|proposal|demand|petition|booking|order|return|offer)s?|(?:it|this|that)\b)[^.!?;,]*|\b(?:we|I)\s+(?:have|has)\s+no\s+(?:plans?|intention|intentions)\s+(?:to|of)\b[^.!?;,]*|\bthere\s+(?:will\s+be|['’]ll\s+be|is|are|['’]s)\s+no\s+(?:compensation|refunds?|credits?|exceptions?|discounts?|reimbursement|extensions?|goodwill(?:\s+(?:gesture|payment))?|further\s+(?:action|discussion|correspondence))\b[^.!?;,]*|\b(?:that['’]?s|this\s+is|it['’]?s|the\s+decision\s+is|our\s+decision\s+is)\s+(?:our\s+)?final(?:\s+(?:answer|decision|word|offer))?\b(?!\s+(?:step|stage|version|reminder|day|invoice|bill|payment))/,
    unless: EN_BROAD_REFUSAL_UNLESS,
    unlessNext: EN_BROAD_NEXT,
    rewrite: enRewrite,
  },
];

export const closedDoor: Rule = {
  id: 'closed-door',
  category: 'negative-phrasing',
  guidance: 'stay-positive',
  description: 'A refusal worded as a closed door ("nothing more we can do", "that won\'t be possible", "lässt sich nicht rückgängig machen")',
  en: {
    patterns: [
      // "There's nothing more we can do", "nothing else can be done at this point"
      { re: /\b(?:there['’]?s|there\s+is)\s+(?:really\s+|simply\s+|honestly\s+|absolutely\s+|just\s+)?nothing\s+(?:more|else|further)\s+(?:I|we)\s+(?:can|could)\s+do(?:\s+(?:here|for\s+you|about\s+(?:it|this|that)))?\b|\bnothing\s+(?:more\s+|else\s+|further\s+)?can\s+be\s+done(?:\s+(?:here|now|at\s+this\s+(?:point|stage)|about\s+(?:it|this|that)))?\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "I'm afraid that won't be possible"
      // Only as the whole answer: "it would not be possible for someone else to use your address" explains, it refuses nothing.
      { re: /\b(?:that|this|it)\s+(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not)\s+(?:be\s+(?:possible|an\s+option|doable)|work(?<!\b(?:if|when|once|unless)\b[^.!?]*))(?=\s*(?:,\s*(?:I['’]?m\s+afraid|unfortunately|sorry)|\s+(?:I['’]?m\s+afraid|unfortunately))?\s*[.!]*$)/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Refunds are not possible once the ticket is used"
      { re: /\b(?:refunds|returns|exchanges|cancellations|changes|exceptions|discounts|upgrades|extensions|reimbursements|amendments)(?:\s+(?:after|within|on|for|of|past|beyond|outside|once|made|requested|received)\s+[^.!?,;]{1,30}?)?\s+(?:are|aren['’]?t)\s+(?:not\s+)?(?:possible|allowed|permitted|impossible|accepted|granted|given|offered|available)\b/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:are|is)\s+(?:possible|allowed|permitted|accepted|granted|given|offered|available)\b(?!\s+(?:once|after))`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "There is no way to reverse the charge", "there's no chance of getting the fee back"
      { re: new RegExp(String.raw`\b(?:there['’]?s|there\s+is)\s+(?:absolutely\s+|simply\s+|really\s+)?no\s+(?:way|chance|possibility|option)\s+(?:(?:for\s+(?:us|me)\s+)?to\s+` + EN_VERB + String.raw`|of\s+(?:getting|receiving|a)|(?:I|we)\s+can\s+` + EN_VERB + String.raw`)\b(?:\s+(?:the|your|this|that|it)(?:\s+[\w-]+)?)?`), unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Our system doesn't allow that", "the system won't let me"
      { re: /\b(?:our|the)\s+(?:system|policy|policies|terms|rules|software|tool|platform)\s+(?:simply\s+|just\s+)?(?:doesn['’]?t|does\s+not|won['’]?t|will\s+not|don['’]?t|do\s+not)\s+(?:allow|permit|let\s+(?:me|us))(?:\s+(?:that|this|it|me|us))?\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "We won't be able to change the booking"
      { re: new RegExp(String.raw`\b(?:I|we)\s+(?:won['’]?t|will\s+not|wouldn['’]?t|would\s+not)\s+be\s+able\s+to\s+` + EN_VERB + String.raw`\b(?:\s+(?:the|your|this|that|it|any|a|an)(?:\s+[\w-]+)?)?`), unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Exceptions cannot be made"
      { re: /\b(?:no\s+)?exceptions?\s+(?:cannot|can['’]?t|can\s+not|will\s+not|won['’]?t|can)\s+be\s+made\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "We're not allowed to do that", "I'm not authorised to give discounts"
      { re: new RegExp(String.raw`\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:simply\s+|just\s+)?not\s+(?:allowed|permitted|authori[sz]ed)\s+to\s+` + EN_VERB + String.raw`\b(?:\s+(?:the|your|this|that|it|any|a|an|discounts|refunds|exceptions)(?:\s+[\w-]+)?)?`), unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "That's simply not an option", "that's not something we can do"
      { re: /\b(?:that['’]?s|thats|that\s+is|this\s+is|it['’]?s)\s+(?:just\s+|simply\s+|really\s+)?not\s+(?:an\s+option|something\s+(?:I|we)\s+(?:(?:can|could|are\s+able\s+to)\s+(?:do|offer|provide|change|allow)|offer|do|provide|allow|support))\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "It's company policy, so no.", "the answer is still no"
      { re: /(?:,\s{0,3}(?<hit>so\s+no)|\b(?<hit2>the\s+answer\s+(?:is|remains|stays|will\s+(?:still\s+)?be)\s+(?:still\s+|unfortunately\s+|simply\s+)?no))(?=\s*[.!]*$)/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "There's nothing else we can offer you", "there is nothing more I can change".
      { re: /\b(?:there['’]?s|there\s+is)\s+nothing\s+(?:more|else|further)\s+(?:I|we)\s+(?:can|could)\s+(?:offer|provide|give|suggest|change)(?:\s+(?:you|here|on\s+this))?\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "We won't refund the delivery fee", "we will not be offering a replacement", "I refuse to issue a credit", "I'm not going to change the booking".
      { re: new RegExp(String.raw`\b(?:(?:I|we)\s+(?:won['’]?t|will\s+not)\s+(?:be\s+)?(?:refund(?:ing)?|replac(?:e|ing)|reimburs(?:e|ing)|compensat(?:e|ing)|exchang(?:e|ing)|offer(?:ing)?|issu(?:e|ing)|giv(?:e|ing)(?=\s+(?:you\s+)?(?:a|an|any|the|your|refunds?|compensation|credits?|discounts?|vouchers?|(?:your\s+)?money)\b)|extend(?:ing)?|waiv(?:e|ing)|accept(?:ing)?|honou?r(?:ing)?|cover(?:ing)?|mak(?:e|ing)\s+(?:an\s+)?exceptions?)|(?:I|we)\s+refuse\s+to\s+${EN_VERB}|(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+not\s+going\s+to\s+(?:refund|reverse|change|amend|extend|exchange|replace|waive|reinstate|rebook|accept|approve|offer|give|issue|honou?r|match|compensate|reimburse|make\s+(?:an\s+)?exceptions?))\b(?:\s+(?:the|your|this|that|it|any|a|an)(?:\s+[\w-]+)?)?`), unless: new RegExp(EN_ALT.source + String.raw`|\b(?:charge|twice|again|without|don['’]?t\s+worry|no\s+worries|any\s*more)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "That is not allowed under our policy", "this isn't permitted".
      // "Pets are not allowed in the standard rooms", "smoking isn't permitted": a rule with no way forward.
      { re: /(?<=(?:^|(?:unfortunately|sadly|I['’]?m\s+afraid|per\s+our\s+policy|as\s+a\s+rule|please\s+note(?:\s+that)?)\s*,?\s*)(?:[\w-]+\s+){0,2})(?!(?:you|we|I|they|he|she|it|that|this)\b)[\w-]+\s+(?:is|are)(?:n['’]?t|\s+not)\s+(?:(?:currently|unfortunately|sadly|strictly|generally)\s+)?(?:allowed|permitted|accepted)\b(?:\s+(?:in|on|at|inside|into|after|before|for|with)\s+(?:the\s+|our\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?)?/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:worry|worries|don['’]?t\s+need|no\s+need)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      { re: /\b(?:that|this)(?:['’]?s|\s+is|\s+isn['’]?t)\s+(?:just\s+|simply\s+|really\s+)?(?:not\s+)?(?:allowed|permitted)(?=\s*(?:[.!,]|$|\s+(?:under|per|by|according|here|with\s+(?:us|your\s+(?:plan|ticket|fare|tariff))|on\s+(?:this|your))\b))/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:is|['’]?s)\s+(?:allowed|permitted)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "That can't be done", "Sorry, we can't.", "Nope, can't do that", "Not possible, I'm afraid".
      { re: /\b(?:that|this|it)\s+(?:can['’]?t|cannot|can\s+not|won['’]?t)\s+be\s+done\b|^(?:(?:sorry|unfortunately|no|nope)\s*,?\s+)?(?:we|I)\s+(?:can['’]?t|cannot|can\s+not|won['’]?t)(?=\s*(?:,\s*(?:I['’]?m\s+afraid|sorry|unfortunately))?\s*[.!]*$)|(?:^|(?<=^(?:no|nope|nah|sorry)\s*,?\s*))can['’]?t\s+do\s+(?:that|this|it)\b|^(?:(?:sorry|unfortunately)\s*,?\s+)?(?:(?:just|simply)\s+)?(?:not\s+(?:possible|allowed|permitted)|no\s+can\s+do)(?=\s*(?:,?\s*(?:I['’]?m\s+afraid|sorry|unfortunately))?\s*[.!]*$)/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "That isn't possible with your plan".
      { re: /\b(?:that|this)\s+(?:isn['’]?t|is\s+not|isnt)\s+(?:really\s+|simply\s+)?(?:possible|doable)\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "We have no way of tracking that parcel".
      { re: new RegExp(String.raw`\b(?:I|we)\s+(?:have|['’]ve\s+got)\s+(?:absolutely\s+)?no\s+(?:way|means|possibility|option)\s+(?:of|to)\s+(?:${EN_VERB}|track|trac|find|locat|check|retriev|recover|get)\w*\b(?:\s+(?:the|your|this|that|it|any|a|an)(?:\s+[\w-]+)?)?`), unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "That option isn't available to you", "cancellation isn't an option at this point".
      { re: /\b(?:(?:that|this)\s+(?:option|offer|discount|upgrade|fare|tariff)|(?:a\s+|the\s+)?(?:refund|cancellation|exchange|return|replacement|compensation|credit|discount|exception|extension|reimbursement)s?)\s+(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+(?:really\s+|simply\s+)?(?:an\s+option|available(?:\s+to\s+you)?|on\s+the\s+table)\b/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:in\s+your\s+(?:area|region|country)|in\s+stock|right\s+now|currently|at\s+(?:this|the)\s+(?:moment|time))\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "You can't return opened items", "you won't get a refund", "you are not eligible for compensation".
      { re: /\b(?:you|u)(?:\s+|(?=['’]re\b))(?:(?:can['’]?t|cannot|can\s+not|won['’]?t|will\s+not)\s+(?:get|receive|claim|have)\s+(?:a\s+|an\s+|any\s+|your\s+)?(?:(?:full|partial)\s+)?(?:refund|replacement|compensation|credit|discount|exchange|reimbursement|money\s+back|voucher)|(?:can['’]?t|cannot|can\s+not)\s+(?:return|exchange|cancel|change|refund)(?:\s+(?:opened|used|sale|worn|personali[sz]ed|digital|it|this|that|the|your)\b(?:\s+[\w-]+)?|(?=\s+(?:once|after)\b))|(?:['’]re|are|aren['’]?t)\s+(?:not\s+)?(?:eligible|entitled)\s+(?:for|to)\s+(?:a\s+|an\s+|any\s+)?[\w-]+)\b/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:are|['’]?re)\s+(?:eligible|entitled)\b(?!\s+not)|\byet\b|\bonline\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "This cannot be undone", "your fee can't be refunded"
      { re: new RegExp(String.raw`\b(?:this|that|it|(?:the|your|this|that|our)\s+[\w-]+(?:\s+[\w-]+)?|(?<=\b(?:closed|cancell?ed|deleted|expired|used|terminated|suspended|refunded|shipped|issued|processed)\s+)(?:and|so\s+it|which))\s+(?:cannot|can['’]?t|cant|can\s+not|won['’]?t)\s+be\s+(?:undone|applied|redeemed|stacked|shared|gifted|backdated|swapped|converted|edited|resold|cashed\s+out|reversed|refunded|changed|cancell?ed|returned|exchanged|extended|waived|reinstated|recovered|amended|moved|raised|increased|lowered|reduced|reissued|rebooked|reopened|rescheduled|transferred|upgraded|downgraded|adjusted|modified|removed|unlocked|restored|split|paused|approved|granted|processed|honou?red|accepted|combined|merged|postponed|lifted|replaced|repaired|shortened|renewed|reactivated|unblocked|unfrozen|resumed|activated|appealed|contested|overturned|disputed|fulfilled|accommodated|met)\b[^.!?;,]*`), unless: new RegExp(EN_ALT.source + String.raw`|\bby\s+(?:anyone|anybody|others|other\s+people|third\s+parties|mistake|accident)\b|\bwithout\s+your\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // A bare noun as the subject: "Gift vouchers cannot be redeemed for cash", "Once shipped, orders can't be cancelled".
      { re: new RegExp(String.raw`(?:^|(?<=^(?:unfortunately|sadly|I['’]?m\s+afraid|per\s+our\s+policy|as\s+a\s+rule|please\s+note(?:\s+that)?|once\s+(?:shipped|issued|opened|booked|used|activated|dispatched|sent|confirmed|placed))\s*,?\s*))(?!(?:this|that|it|the|your|our|we|I|you|they)\b)(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+(?:on|for|of|in|from|with)\s+[\w-]+)?\s+(?:cannot|can['’]?t|cant|can\s+not|won['’]?t)\s+be\s+(?:undone|applied|redeemed|stacked|shared|gifted|backdated|swapped|converted|edited|resold|cashed\s+out|reversed|refunded|changed|cancell?ed|returned|exchanged|extended|waived|reinstated|recovered|amended|moved|raised|increased|lowered|reduced|reissued|rebooked|reopened|rescheduled|transferred|upgraded|downgraded|adjusted|modified|removed|unlocked|restored|split|paused|approved|granted|processed|honou?red|accepted|combined|merged|postponed|lifted|replaced|repaired|shortened|renewed|reactivated|unblocked|unfrozen|resumed|activated|appealed|contested|overturned|disputed|fulfilled|accommodated|met)\b[^.!?;,]*`), unless: new RegExp(EN_ALT.source + String.raw`|\bby\s+(?:anyone|anybody|others|other\s+people|third\s+parties|mistake|accident)\b|\bwithout\s+your\b|\b(?:worry|worries)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "cant change it sorry", "Sorry, can't refund that." as the whole answer.
      { re: /^(?:(?:sorry|unfortunately|no|nope)\s*,?\s+)?(?:(?:we|I)\s+)?(?:can['’]?t|cant|cannot)\s+(?:change|cancel|refund|move|extend|reverse|undo|exchange|return|reopen|rebook|do)\s+(?:it|that|this|them)(?=\s*(?:,?\s*(?:sorry|I['’]?m\s+afraid|unfortunately))?\s*[.!]*$)/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "We won't be doing that."
      { re: /\b(?:I|we)\s+(?:won['’]?t|will\s+not|wont)\s+be\s+doing\s+(?:that|this|it|so)\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "There's no option for that", "we'll have to decline your request", "we have no obligation to refund you".
      { re: /\b(?:there['’]?s|there\s+is)\s+no\s+(?:option|way|possibility)\s+(?:for\s+(?:that|this)|to\s+do\s+(?:that|this))(?=\s*[.!,]*\s*$)|\b(?:I|we)(?:['’]?ll|\s+will)?\s+(?:have|need)\s+to\s+(?:decline|refuse|reject|deny)\s+(?:your|this|the)\s+(?:request|claim|application|appeal|refund|return|complaint)\b|\b(?:we|I)\s+(?:have|are\s+under|['’]re\s+under|am\s+under)\s+no\s+obligation\s+to\s+(?:refund|reimburse|compensate|offer|give|replace|accept|honou?r|pay|cover|provide|exchange|repair)\b[^.!?;,]*|\b(?:we|I)(?:['’]re|\s+are|['’]?m|\s+am)\s+not\s+(?:obliged|obligated|required)\s+to\s+(?:refund|reimburse|compensate|offer|give|replace|accept|honou?r|pay|cover|provide|exchange|repair)\b[^.!?;,]*/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Our hands are tied", "that's out of the question".
      { re: /\b(?:our|my)\s+hands\s+are\s+(?:(?:completely|unfortunately|sadly)\s+)?tied\b|\b(?:that|this|it)(?:\s+is\s+not|\s+isn['’]?t|\s+isnt|['’]?s\s+not)\s+(?:really\s+)?an\s+option(?=\s*[.!]*\s*$)|^(?:refund|request|claim|return|exchange|appeal|application|cancellation|complaint)\s+(?:denied|declined|rejected|refused)(?=\s*[.!]*\s*$)|\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:completely|totally|entirely|simply|just|really)\s+)?out\s+of\s+(?:my|our)\s+hands\b|\b(?:that|this|it)(?:['’]?s|\s+is|\s+would\s+be)\s+(?:completely\s+|simply\s+|totally\s+|absolutely\s+)?out\s+of\s+the\s+question\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Nope, not happening", "that's a no from us".
      { re: /\b(?:(?:it['’]?s|that['’]?s|it\s+is|that\s+is)\s+)?not\s+(?:gonna|going\s+to)\s+happen\b|\bnot\s+happening\b|\b(?:(?:that|this|it)\s+)?(?:isn['’]?t|is\s+not|ain['’]?t)\s+(?:gonna|going\s+to)\s+happen\b|\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is)\s+a\s+(?:no|hard\s+no|firm\s+no|definite\s+no)(?:\s+from\s+(?:us|me))?(?=\s*[.!,]*\s*$)/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:again|twice|won['’]?t\s+happen|if)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      // "..., and you're past that", "you are outside the return window".
      { re: /\byou(?:['’]?re|\s+are|\s+were)\s+(?:now\s+|already\s+|well\s+|just\s+)?(?:past|outside(?:\s+of)?|beyond|over)\s+(?:that|it|this|the\s+(?:\d+[-\s]day\s+)?(?:deadline|window|period|cut-?off|time\s+limit|return\s+(?:window|period)|limit|date))\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Price matching isn't something we offer", "same-day delivery is not something we can do".
      { re: /\b(?:isn['’]?t|is\s+not|isnt|aren['’]?t|are\s+not)\s+(?:really\s+|currently\s+|unfortunately\s+)?something\s+(?:that\s+)?(?:I|we)\s+(?:currently\s+|normally\s+|generally\s+)?(?:(?:can|could|are\s+able\s+to|am\s+able\s+to)\s+(?:do|offer|provide|change|allow|arrange|help(?:\s+(?:you\s+)?with)?|assist(?:\s+(?:you\s+)?with)?)|offer|do|provide|allow|support|sell|stock|arrange)\b/, unless: EN_ALT, unlessNext: EN_NEXT, rewrite: enRewrite },
      // "Your claim is not covered", "this fare isn't refundable".
      { re: /\b(?:(?:is|are|was|were)\s+not|isn['’]?t|isnt|aren['’]?t|wasn['’]?t|weren['’]?t)\s+(?:(?:currently|unfortunately|sadly|simply)\s+)?(?:covered|refundable|eligible)\b(?:\s+(?:by|under|in|for)\s+(?:your|the|this|our)\s+[\w-]+(?:\s+[\w-]+)?)?/, unless: new RegExp(EN_ALT.source + String.raw`|\b(?:safe|good\s+news|don['’]?t\s+worry|no\s+need|affected|recall)\b`), unlessNext: EN_NEXT, rewrite: enRewrite },
      ...EN_BROAD_REFUSAL,
    ],
    message: 'A closed door without a way forward',
    explanation:
      'A refusal with nothing after it leaves an upset customer with nowhere to go. Say what you can do instead, even if it is small.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      // "Mehr können wir nicht tun", "Da ist nichts mehr zu machen", "Da kann man nichts machen"
      { re: /(?<![\p{L}])(?:(?:mehr|weiter)\s+(?:kann\s+ich|können\s+wir)\s+(?:(?:Ihnen|dir|da|hier|leider|für\s+(?:Sie|dich))\s+){0,3}nicht\s+(?:tun|machen|helfen)|(?:da|hier)\s+ist\s+(?:leider\s+)?nichts\s+(?:mehr\s+)?zu\s+machen|(?:da|hier)\s+kann\s+man\s+(?:leider\s+)?nichts\s+(?:mehr\s+)?machen)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Das wird leider nicht möglich sein", "das würde nicht gehen"
      { re: /(?<![\p{L}])(?:das|dies|es)\s+(?:wird|würde)\s+(?:leider\s+|so\s+)?nicht\s+(?:möglich\s+sein|gehen|klappen|machbar\s+sein|funktionieren)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Die Abbuchung lässt sich nicht rückgängig machen", "kann nicht mehr storniert werden"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:lässt|lassen)\s+sich\s+(?:leider\s+|jetzt\s+|nun\s+|grundsätzlich\s+)?nicht\s+(?:mehr\s+)?` + DE_VERB + String.raw`(?![\p{L}])|(?<![\p{L}])(?:kann|können)\s+(?:(?:leider|jetzt|nun|inzwischen|ab\s+jetzt)\s+){0,2}nicht\s+(?:mehr\s+)?(?:r(?:ü|ue)ckg(?:ä|ae)ngig\s+gemacht|storniert|erstattet|ge(?:ä|ae)ndert|umgebucht|umgetauscht|zur(?:ü|ue)ckgenommen|verlängert|ersetzt|gutgeschrieben)\s+werden(?![\p{L}])`, 'u'), unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Unser System lässt das nicht zu", "Die Richtlinien erlauben keine Änderungen"
      { re: /(?<![\p{L}])(?:System|Richtlinien|Regeln|Bedingungen|AGB|Programm|Vorgaben)\s+(?:lässt|lassen|erlaubt|erlauben)\s+(?:das|dies|es|so\s+etwas|sowas|keine\s+\p{L}+|kein\s+\p{L}+)\s+(?:leider\s+)?(?:nicht\s+zu|nicht|zu)?(?=\s*[.!,]|$)/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Diese Option steht für Ihren Tarif nicht zur Verfügung"
      { re: /(?<![\p{L}])(?:Option|Funktion|Leistung|Angebot|Rabatt|Service|Möglichkeit)\s+(?:steht|stehen)\s+(?:\p{L}+\s+){0,4}?nicht\s+zur\s+Verfügung(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Wir können die Buchung nicht ändern"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:ich|wir)\s+(?:kann|können)\s+(?:Ihnen\s+|dir\s+)?(?:leider\s+)?(?:die|den|das|Ihre|Ihren|Ihr|deine|deinen|dein|diese|diesen|dieses)\s+\p{L}+\s+(?:leider\s+)?(?:nicht|nicht\s+mehr)\s+` + DE_VERB + String.raw`(?![\p{L}])`, 'u'), unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Das dürfen wir nicht", "Ich darf Ihnen keinen Rabatt geben", "Ich bin nicht befugt, …"
      { re: /(?<![\p{L}])(?:(?:das|dies)\s+(?:darf\s+ich|dürfen\s+wir)\s+(?:leider\s+)?nicht(?:\s+(?:machen|tun))?(?=\s*[.!,]|$)|(?:ich|wir)\s+(?:darf|dürfen)\s+(?:Ihnen\s+|dir\s+)?(?:leider\s+)?(?:keine|keinen|kein)\s+\p{L}+\s+(?:geben|gew(?:ä|ae)hren|anbieten|erstatten|machen)|(?:ich\s+bin|wir\s+sind)\s+(?:leider\s+)?nicht\s+(?:befugt|berechtigt|autorisiert))(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Das können wir nicht bearbeiten", "Eine Ausnahme können wir in Ihrem Fall nicht machen", "Die Antwort lautet leider nein"
      { re: /(?<![\p{L}])(?:(?:das|dies)\s+(?:können\s+wir|kann\s+ich)\s+(?:Ihnen\s+|dir\s+)?(?:leider\s+|so\s+)?nicht\s+(?:bearbeiten|anbieten|umsetzen|genehmigen|akzeptieren|annehmen|zulassen)|(?:eine\s+)?Ausnahmen?\s+(?:können|kann|dürfen|darf)\s+(?:wir|ich)\s+(?:\p{L}+\s+){0,4}?nicht\s+machen|(?:die\s+)?Antwort\s+(?:lautet|ist)\s+(?:leider\s+|weiterhin\s+|trotzdem\s+|also\s+)?nein)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Das kommt nicht in Frage\"
      { re: /(?<![\p{L}])(?:(?:das|dies|eine?\s+\p{L}+(?:\s+(?:der|des|von|für|Ihrer|Ihres|deiner|deines)\s+\p{L}+)?)\s+kommt|kommt\s+(?:das|dies))\s+(?:leider\s+|für\s+uns\s+|hier\s+)?nicht\s+in\s+(?:Frage|Betracht)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "leider geht das nicht", "Geht so nicht."
      { re: /(?:^|(?<![\p{L}])leider\s+|,\s*)geht\s+(?:das|es)\s+(?:leider\s+|so\s+)?nicht(?=\s*[.!]*$)/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Da gibt es keine Möglichkeit."
      { re: /(?<![\p{L}])(?:da\s+gibt\s+es|es\s+gibt)\s+(?:leider\s+|hier\s+|da\s+)?keine\s+(?:Möglichkeit|Chance|Lösung|Option)(?=\s*[.!]*$)/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Eine Erstattung ist nach Reiseantritt ausgeschlossen", "Eine Entschädigung ist nicht vorgesehen"
      { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:eine|die|der|ein|das)\s+)?` + DE_ACTION + String.raw`\s+(?:[\p{L}-]+\s+){0,3}?(?:ist|wäre|sind)\s+(?:(?:leider|grundsätzlich|generell|bei\s+uns|zu\s+diesem\s+Zeitpunkt|jetzt|nun|inzwischen|mittlerweile|hier|in\s+(?:Ihrem|deinem|diesem)\s+Fall|derzeit|aktuell|auch|damit|somit|nach\s+(?:\d+\s+)?[\p{L}-]+)\s+){0,3}(?:ausgeschlossen|nicht\s+(?:mehr\s+)?(?:möglich|vorgesehen|drin|machbar))(?![\p{L}])`, 'u'), unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // Passive, also inverted: "Der Dispo kann nicht erhöht werden", "leider kann dieser Tarif nicht umgebucht werden".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:kann|k(?:ö|oe)nnen)\s+(?:(?:dieser|diese|dieses|der|die|das|Ihr|Ihre|dein|deine|solche)\s+[\p{L}-]+\s+)?(?:(?:leider|jetzt|nun|inzwischen|ab\s+jetzt|grundsätzlich|generell|hier|dabei|daher|also)\s+){0,2}nicht\s+(?:mehr\s+)?(?:(?:wieder|neu|nachträglich|vorzeitig|erneut|nochmals|noch\s+einmal)\s+)?` + DE_PARTICIPLE + String.raw`\s+werden(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|bis|erst|ohne|nur\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Active, object anywhere: "Wir können dieses Ticket nicht wieder öffnen", "den Gutschein koennen wir nicht neu ausstellen".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:ich|wir)\s+(?:kann|k(?:ö|oe)nnen)|(?:kann|k(?:ö|oe)nnen)\s+(?:ich|wir))\s+(?:(?:Ihnen|dir|euch|leider|da|hier|das|es|ihn|sie|den\s+[\p{L}-]+|die\s+[\p{L}-]+|das\s+[\p{L}-]+|diese[nrs]?\s+[\p{L}-]+|Ihre[nm]?\s+[\p{L}-]+|Ihr\s+[\p{L}-]+|deine[nm]?\s+[\p{L}-]+|dein\s+[\p{L}-]+)\s+){0,3}nicht\s+(?:mehr\s+)?(?:(?:wieder|neu|nachträglich|vorzeitig|erneut|nochmals|noch\s+einmal)\s+)?` + DE_INFINITIVE + String.raw`(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|bis|erst|ohne|nur\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Not covered: "Ihr Schaden ist nicht versichert", "Der Tarif ist nicht kündbar", "Das ist nicht verhandelbar".
      {
        re: /(?<![\p{L}])(?:ist|sind|war|waren)\s+(?:(?:leider|hier|dabei|damit|grundsätzlich|generell|bei\s+uns|in\s+Ihrem\s+Tarif|in\s+deinem\s+Tarif)\s+){0,2}nicht\s+(?:mehr\s+)?(?:versichert|mitversichert|abgedeckt|gedeckt|erstattungsf(?:ä|ae)hig|erstattbar|umtauschbar|stornierbar|(?:ü|ue)bertragbar|kündbar|umbuchbar|verhandelbar)(?![\p{L}])/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|ob|keine\s+Sorge|zum\s+Glück|nur)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Leider kann ich da nichts tun", "wir können hier leider nichts mehr machen"
      {
        re: /(?<![\p{L}])(?:(?:kann\s+ich|können\s+wir)\s+(?:(?:da|hier|leider|dabei|daran|dagegen|jetzt|auch|dann|gar|überhaupt|absolut|wirklich|echt)\s+){1,3}|(?:ich\s+kann|wir\s+können)\s+(?:(?:da|hier|leider|dabei|daran|dagegen|jetzt|auch|dann|gar|überhaupt|absolut|wirklich|echt)\s+){1,3})nichts\s+(?:mehr\s+)?(?:machen|tun|ändern|aendern|unternehmen)(?![\p{L}])/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Mehr kann ich nicht für Sie tun" ("für Sie" here is no ownership)
      {
        re: /(?<![\p{L}])(?:mehr|weiter)\s+(?:kann\s+ich|können\s+wir)\s+(?:(?:Ihnen|dir|da|hier|leider|jetzt)\s+){0,2}(?:leider\s+)?nicht\s+(?:für\s+(?:Sie|dich|euch)\s+)?(?:tun|machen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:aber|jedoch|stattdessen|alternativ)(?![\p{L}])|\?\s*$/u,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Das ist nicht drin." (colloquial: not possible)
      {
        re: /(?<![\p{L}])(?:das|dies|so\s+was|sowas)\s+ist\s+(?:(?:leider|einfach|halt|eben|bei\s+uns|nun\s+mal)\s+){0,2}nicht\s+drin(?=\s*(?:,\s*(?:leider|sorry))?\s*[.!]*\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Darauf haben Sie keinen Anspruch", "Wir sind nicht verpflichtet, …", "Dafür gibt es keine Lösung", "Das lehnen wir ab."
      {
        re: /(?<![\p{L}])(?:(?:darauf|dafür|hierauf)\s+(?:haben\s+Sie|hast\s+du|besteht)\s+(?:(?:leider|hier|aber|grundsätzlich)\s+)?kein(?:en)?\s+(?:Anspruch|Rechtsanspruch)|(?:Sie\s+haben|du\s+hast)\s+(?:(?:leider|hier|grundsätzlich)\s+)?kein(?:en)?\s+Anspruch\s+auf\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|(?:wir\s+sind|sind\s+wir)\s+(?:(?:leider|rechtlich|vertraglich|hier)\s+)?(?:nicht|in\s+keiner\s+Weise)\s+(?:dazu\s+)?verpflichtet|(?:dafür|hierfür|da)\s+gibt\s+es\s+(?:leider\s+)?keine\s+(?:Lösung|Möglichkeit|Option|Chance)(?=\s*[.!]*$)|(?:das|dies|Ihren\s+Antrag|den\s+Antrag|Ihre\s+Anfrage|die\s+Erstattung)\s+(?:lehnen\s+wir|lehne\s+ich)\s+(?:leider\s+)?ab(?=\s*[.!]*$))(?![\p{L}])/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "da kann ich nix machen"
      {
        re: /(?<![\p{L}])(?:da|hier|dagegen|daran)\s+(?:kann\s+ich|können\s+wir|kann\s+man)\s+(?:(?:leider|jetzt|auch|echt|halt)\s+){0,2}nix\s+(?:mehr\s+)?(?:machen|tun|ändern|aendern)(?![\p{L}])/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "geht nicht, sorry"
      {
        re: /^(?:das\s+)?geht\s+(?:leider\s+)?nicht(?=\s*(?:,\s*(?:sorry|leider|tut\s+mir\s+leid))?\s*[.!]*\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Eine Gutschrift wird es nicht geben", "es wird keine Erstattung geben".
      { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:eine|einen|ein)\s+` + DE_ACTION + String.raw`\s+gibt\s+es\s+(?:(?:leider|hier|dafür|diesmal|in\s+diesem\s+Fall|bei\s+uns|auch)\s+){0,2}(?:nicht|nicht\s+mehr)(?=\s*[.!,]|$)|(?:eine|einen|ein)\s+` + DE_ACTION + String.raw`\s+(?:wird|kann)\s+es\s+(?:(?:leider|hier|in\s+diesem\s+Fall|diesmal|dafür|auch)\s+){0,2}(?:nicht|keine|keinen|kein)\s+(?:mehr\s+)?geben(?!\s+(?:müssen|brauchen|sollen))|es\s+wird\s+(?:(?:leider|hier|diesmal|dafür|auch)\s+){0,2}(?:keine|keinen|kein)\s+` + DE_ACTION + String.raw`\s+(?:[\p{L}-]+\s+){0,3}?geben)(?![\p{L}])`, 'u'), unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // Object first: "Eine Rückerstattung können wir nicht veranlassen", "den Umtausch kann ich leider nicht genehmigen".
      { re: new RegExp(String.raw`(?<![\p{L}])(?:eine|einen|ein|die|den|das|diese|diesen)\s+` + DE_ACTION + String.raw`\s+(?:[\p{L}-]+\s+){0,2}?(?:können|kann|werden|dürfen|darf)\s+(?:wir|ich)\s+(?:(?:Ihnen|dir|euch|leider|hier|da|in\s+diesem\s+Fall|so|auch|jetzt)\s+){0,2}(?:nicht|nicht\s+mehr)\s+\p{L}+(?:en|ern|eln)(?![\p{L}])`, 'u'), unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Da sind mir leider die Hände gebunden", "Mehr ist da nicht drin".
      { re: /(?<![\p{L}])(?:(?:(?:da|hier|dabei|dafür|damit)\s+)?(?:sind|waren)\s+(?:(?:mir|uns|leider|da|hier|dabei|in\s+diesem\s+Fall|auch)\s+){1,3}die\s+Hände\s+gebunden|mehr\s+(?:ist|war)\s+(?:(?:da|hier|leider|einfach|halt|eben|bei\s+uns|nun\s+mal|wirklich)\s+){0,2}nicht\s+drin)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // "Wir können Ihnen keinen Rabatt geben", "ich kann dir leider keine Gutschrift ausstellen".
      { re: /(?<![\p{L}])(?:ich|wir)\s+(?:kann|können|dürfen|darf)\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:(?:leider|hier|da|dafür|in\s+diesem\s+Fall|auch)\s+){0,2}(?:keine|keinen|kein)\s+(?:[\p{L}-]+\s+)?(?:Rabatt|Erstattung|Rückerstattung|Gutschrift|Entschädigung|Ausnahme|Ersatz|Kulanz\p{L}*|Preisnachlass|Umtausch|Gutschein|Verlängerung|Stornierung|Nachlass|Teilerstattung)\s+(?:geben|gewähren|anbieten|machen|ausstellen|zahlen|auszahlen|veranlassen|einräumen)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // Any "-ung"/"-nahme" request: "Eine Pausierung der Mitgliedschaft ist nicht möglich".
      { re: /(?<![\p{L}])(?:eine|die)\s+\p{L}{4,}(?<=ung|nahme)(?:\s+(?:der|des|Ihrer|Ihres|deiner|deines|von)\s+[\p{L}-]+)?\s+(?:ist|wäre)\s+(?:(?:leider|grundsätzlich|generell|bei\s+uns|jetzt|nun|inzwischen|mittlerweile|hier|in\s+(?:Ihrem|deinem|diesem)\s+Fall|derzeit|aktuell|auch)\s+){0,2}(?:ausgeschlossen|nicht\s+(?:mehr\s+)?(?:möglich|vorgesehen))(?![\p{L}])/u, unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:solange|sobald|bis|wenn|weil|bereits|schon|nötig|erforderlich)(?![\p{L}])`, 'u'), unlessNext: DE_NEXT, rewrite: deRewrite },
      // Object first with any "-ung" noun: "Eine Sonderregelung können wir nicht treffen".
      { re: /(?<![\p{L}])(?:eine|einen|ein|die|den|das|diese)\s+\p{L}{4,}(?<=ung|nahme|lösung)\s+(?:können|kann|werden|dürfen|darf)\s+(?:wir|ich)\s+(?:(?:Ihnen|dir|euch|leider|hier|da|in\s+diesem\s+Fall|so|auch|jetzt)\s+){0,2}(?:nicht|nicht\s+mehr)\s+(?:treffen|machen|gewähren|anbieten|veranlassen|genehmigen|durchführen|vornehmen|akzeptieren|umsetzen|zulassen|einrichten)(?![\p{L}])/u, unless: DE_ALT, unlessNext: DE_NEXT, rewrite: deRewrite },
      // Any refused action, with or without article, adjective or a qualifier in between: "Eine Teilerstattung ist bei Jahresverträgen nicht vorgesehen",
      // "Ratenzahlung ist bei Neukunden grundsätzlich ausgeschlossen", "Ein früherer Check-in ist bei uns nicht drin".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:eine|ein|einen|die|der|das)\s+)?(?:[\p{L}-]{1,40}(?:e|er|es|en)\s+)?(?:` + DE_ACTION + String.raw`|\p{L}+(?:erstattung|zahlung|umtausch|rückgabe|stornierung|umbuchung|gutschrift|verlängerung|auszahlung)|Ratenzahlung|Teilzahlung|Barzahlung|Check-?in|Check-?out|Late-?Check-?out|Mitnahme|Abholung|Verschiebung|Übertragung|Rückzahlung|Nachlieferung|Reservierung|Sonderanfertigung|Zusatzbestellung|Vorauszahlung)\s+(?:ist|sind|wäre)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:ausgeschlossen|nicht\s+(?:mehr\s+)?(?:möglich|vorgesehen|drin|machbar|erlaubt|gestattet|zulässig))(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:solange|sobald|wenn|falls|ob|bereits|schon|nötig|erforderlich|nur\s+noch)(?![\p{L}])|\?`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // House rules stated as a bare prohibition: "Hunde sind im Kursraum nicht erlaubt", "Rauchen ist auf dem Gelände nicht gestattet".
      {
        re: /(?<![\p{L}])(?:\p{Lu}[\p{L}-]+|das|dies)\s+(?:ist|sind)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:nicht\s+(?:erlaubt|gestattet|zulässig)|(?:strengstens\s+|streng\s+)?(?:untersagt|verboten))(?![\p{L}])/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|ob|nicht\s+verboten|nicht\s+untersagt|gerne|gern|natürlich|selbstverständlich|erlaubt\s+ist)(?![\p{L}])|\?`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Da lässt sich nichts machen", "daran lässt sich leider nichts mehr ändern".
      {
        re: /(?<![\p{L}])(?:da|hier|daran|dagegen|dabei)\s+(?:lässt|ließ)\s+sich\s+(?:(?:leider|jetzt|nun|auch|echt|wirklich|gar|überhaupt)\s+){0,2}nichts\s+(?:mehr\s+)?(?:machen|ändern|tun|drehen)(?![\p{L}])/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // A decision that stays: "An der Einbehaltung der Kaution ändert sich nichts mehr", "daran ändert sich nichts".
      {
        re: /(?<![\p{L}])(?:daran|an\s+(?:der|dem|den|dieser|diesem|unserer|unserem)\s+(?:Entscheidung|Einbehaltung|Ablehnung|Gebühr|Forderung|Sperre|Sperrung|Kündigung|Mahnung|Bewertung|Einschätzung|Sachlage|Regel|Regelung|Frist|Berechnung|Abrechnung|Stornogebühr|Vertragsstrafe|Absage|Entscheid|Ergebnis|Prüfergebnis)(?:\s+(?:der|des|von|für)\s+[\p{L}-]+)?)\s+(?:ändert|wird)\s+sich\s+(?:(?:leider|auch|daher|also|jetzt|nun|trotzdem|definitiv|einfach)\s+){0,2}nichts(?:\s+mehr)?(?:\s+ändern)?(?![\p{L}])/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:keine\s+Sorge|für\s+(?:Sie|dich)|dadurch|weiterhin|bleibt\s+(?:gleich|bestehen|gültig))(?![\p{L}])|\?`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Bei Gutscheinen gibts keine Barauszahlung", "Nein, bei In-App-Käufen gibt es keine Rückerstattung".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:es\s+gibt|gibt\s+es|gibt['’]?s)\s+(?:(?:leider|hier|bei\s+uns|grundsätzlich|generell|auch|da|dafür|dann|prinzipiell)\s+){0,2}(?:keine|keinen|kein)\s+(?:[\p{L}-]+(?:e|en)\s+)?(?:` + DE_ACTION + String.raw`|Geld\s+zurück)(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|ob|nötig|brauchen|müssen)(?![\p{L}])|\?`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad (second round): refusal predicates with any fronted object, without an alternative in this or the next sentence.
      // "Ratenzahlung bieten wir für den Zahnersatz nicht an", "Das machen wir grundsätzlich nicht".
      {
        re: /(?<![\p{L}])(?:bieten|machen|akzeptieren|erlauben|gew(?:ä|ae)hren|erstatten|(?:ü|ue)bernehmen|nehmen|geben|zahlen|tauschen|verl(?:ä|ae)ngern|(?:ä|ae)ndern|stornieren|genehmigen|vergeben|verschicken|versenden|liefern|reparieren|unterst(?:ü|ue)tzen|verkaufen|vermieten|reservieren|erlassen|streichen|stunden|freigeben|entsperren|gutschreiben|auszahlen|verschieben|(?:ü|ue)bertragen|akzeptiere|mache|erstatte)\s+(?:wir|ich)(?:\s+[^\s.!?,;]+){0,4}?\s+(?:grunds(?:ä|ae)tzlich\s+|generell\s+|prinzipiell\s+|leider\s+)?(?:nicht(?:\s+mehr)?|keine?n?)(?:\s+(?:an|zur(?:ü|ue)ck|aus|um|ab|her|raus))?(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Eine Rückerstattung lehnen wir ab", "Ihren Antrag müssen wir leider ablehnen".
      {
        re: /(?<![\p{L}])(?:(?:lehnen\s+wir(?!(?:\s+[^\s.!?,;]+){0,2}?\s+nicht(?![\p{L}])))(?:\s+[^\s.!?,;]+){0,3}?\s+ab|(?:m(?:ü|ue)ssen\s+wir|muss\s+ich)(?:\s+[^\s.!?,;]+){0,3}?\s+ablehnen)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Die Abholung am Samstag ist ausgeschlossen", "Das ist bei uns nicht üblich", "… ist nicht drin / nicht vorgesehen".
      {
        re: /(?<![\p{L}])(?:ist|sind|w(?:ä|ae)re|w(?:ä|ae)ren)\s+(?:(?:leider|grunds(?:ä|ae)tzlich|generell|hier|bei\s+uns|so|in\s+diesem\s+Fall|in\s+Ihrem\s+Fall|in\s+deinem\s+Fall|definitiv|komplett|v(?:ö|oe)llig|absolut)\s+){0,2}(?:ausgeschlossen|(?<=ist\s+(?:\p{L}+\s+){0,2})nicht\s+drin|nicht\s+vorgesehen|nicht\s+(?:ü|ue)blich|nicht\s+gestattet|nicht\s+erlaubt|nicht\s+zul(?:ä|ae)ssig|unzul(?:ä|ae)ssig|untersagt|nicht\s+verhandelbar|(?:auch\s+)?nicht\s+(?:buchbar|bestellbar|erstattbar|stornierbar|umtauschbar|(?:ü|ue)bertragbar|k(?:ü|ue)ndbar))(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:nur|Risiko|Gefahr|Datenverlust|Verlust|Schaden|Missbrauch|Fehler|Verwechslung|Doppel\p{L}*|Zweifel|Irrtum|Haftung\p{L}*|Zusatzkosten|Kosten|Gebühr\p{L}*|Mahnung\p{L}*|Sperre|Nachteil\p{L}*|Strafe|Kündigung)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Leider keine Chance.", "Da ist nichts zu machen.", "Zwecklos, die Frist ist vorbei."
      {
        re: /(?:^|(?<=^(?:leider|sorry|nein|tja|hm+|also)\s*,?\s*))(?:(?:da|hier)\s+(?:gibt\s+es|ist)\s+)?(?:leider\s+|absolut\s+|echt\s+|wirklich\s+)?(?:keine\s+Chance|keine\s+M(?:ö|oe)glichkeit|nichts\s+zu\s+machen|zwecklos|aussichtslos)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // The customer cannot: "Den Kurs kannst du nicht mehr zurückgeben", "Sie können das Ticket nicht stornieren".
      {
        re: /(?<![\p{L}])(?:kannst\s+du|k(?:ö|oe)nnen\s+Sie|du\s+kannst|Sie\s+k(?:ö|oe)nnen)(?:\s+[^\s.!?,;]+){0,3}?\s+(?:leider\s+)?nicht(?:\s+mehr)?\s+(?:[\p{L}-]+\s+)?(?:zur(?:ü|ue)ckgeben|stornieren|k(?:ü|ue)ndigen|umtauschen|zur(?:ü|ue)cksenden|zur(?:ü|ue)ckschicken|(?:ä|ae)ndern|umbuchen|(?:ü|ue)bertragen|verl(?:ä|ae)ngern|zur(?:ü|ue)ckbekommen|einl(?:ö|oe)sen|widerrufen|r(?:ü|ue)ckg(?:ä|ae)ngig\s+machen|reaktivieren|erstattet\s+bekommen|zur(?:ü|ue)ckerstattet\s+bekommen|wiederherstellen)(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:nicht\s+nur|m(?:ü|ue)ssen|brauchen|ohne|selbst|auch\s+online)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "Auf Ihren Wunsch können wir nicht eingehen", "Dem können wir nicht nachkommen".
      {
        re: /(?<![\p{L}])(?:k(?:ö|oe)nnen\s+wir|kann\s+ich|wir\s+k(?:ö|oe)nnen|ich\s+kann)\s+(?:(?:leider|Ihnen|dir|da|hier|so|in\s+diesem\s+Fall|darauf|dem|diesem\s+Wunsch|Ihrem\s+Wunsch|deinem\s+Wunsch)\s+){0,3}(?:nicht|nicht\s+mehr)\s+(?:eingehen|nachkommen|entsprechen|stattgeben|zustimmen|erf(?:ü|ue)llen|ber(?:ü|ue)cksichtigen)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Eine Erstattung für nicht genutzte Kurstage gibt es nicht" (any noun of remedy, a gap before "gibt es nicht").
      {
        re: /(?<![\p{L}])(?:eine?n?|die|der|das|ein)\s+(?:[\p{L}-]+\s+)?(?:\p{L}{3,}(?:ung|nahme|tausch|gabe|schrift|schein|satz|erlass)|Rabatt|Kulanz|Ausnahme|Entsch(?:ä|ae)digung|Geld\s+zur(?:ü|ue)ck)(?:\s+[^\s.!?,;]+){0,5}?\s+gibt\s+es\s+(?:[^\s.!?,;]+\s+){0,4}?(?:nicht|keine?n?)(?:\s+mehr)?(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|wenn|ob|sollte|Sorge|keine\s+Sorge)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Eine Umbuchung Ihres Mietwagens ist so kurzfristig nicht mehr möglich" (gap after the noun and before "nicht").
      {
        re: /(?<![\p{L}])(?:eine?|die|der|das|ein)\s+(?:[\p{L}-]+\s+)?\p{L}{3,}(?:ung|nahme|tausch|gabe|schrift|erlass)(?:\s+[^\s.!?,;]+){0,5}?\s+(?:ist|w(?:ä|ae)re|sind)\s+(?:[^\s.!?,;]+\s+){0,3}?(?:nicht|nicht\s+mehr|leider\s+nicht(?:\s+mehr)?)\s+(?:m(?:ö|oe)glich|machbar|drin|zul(?:ä|ae)ssig|vorgesehen)(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|wenn|ob|sollte|sobald)(?![\p{L}])|(?:bereits|schon)\s+(?:\p{L}+\s+)?(?:bezahlt|beglichen|erledigt|erstattet|storniert|gek(?:ü|ue)ndigt|gutgeschrieben|zur(?:ü|ue)ckgezahlt|(?:ü|ue)berwiesen|ausgef(?:ü|ue)hrt|abgeschlossen|zugestellt|geliefert)`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: separable refusal with any verb: "Die Sperre heben wir nicht vorzeitig auf", "Den Vertrag lösen wir nicht auf".
      {
        re: /(?<![\p{L}])\p{L}+(?:en|ern|eln)\s+wir(?:\s+[^\s.!?,;]+){0,4}?\s+nicht(?:\s+(?:mehr|vorzeitig|fr(?:ü|ue)her|sofort|jetzt|einfach|so|nachtr(?:ä|ae)glich|r(?:ü|ue)ckwirkend|vorher))?\s+(?:auf|an|zur(?:ü|ue)ck|aus|um|ab|ein|frei|heraus|raus|nach)(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:Sorge|keine\s+Sorge|falls|wenn|ob)(?![\p{L}])|nicht(?:\s+\p{L}+)?\s+ab\s*(?:[.!,;]|$)|(?:heben|rechnen|schalten|drehen|stellen)\s+wir(?:\s+[^\s.!?,;]+){0,4}?\s+nicht(?:\s+\p{L}+)?\s+(?:an|aus)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Dein Wunsch lässt sich nicht umsetzen", "Das lässt sich leider nicht mehr rückgängig machen".
      {
        re: /(?<![\p{L}])(?:l(?:ä|ae)sst|lassen)\s+sich\s+(?:(?:leider|so|jetzt|nun|hier|grunds(?:ä|ae)tzlich|technisch|einfach)\s+){0,2}nicht\s+(?:mehr\s+)?(?:(?:r(?:ü|ue)ckg(?:ä|ae)ngig\s+)?machen|umsetzen|(?:ä|ae)ndern|einrichten|erf(?:ü|ue)llen|stornieren|erstatten|verschieben|umbuchen|verl(?:ä|ae)ngern|(?:ü|ue)bertragen|zur(?:ü|ue)cknehmen|realisieren|durchf(?:ü|ue)hren|bearbeiten|beschleunigen|reparieren|wiederherstellen|freischalten|entsperren|aufheben|korrigieren|anpassen|l(?:ö|oe)schen|umstellen|k(?:ü|ue)ndigen|einl(?:ö|oe)sen|tauschen|umtauschen|ersetzen|auszahlen|gutschreiben)(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|wenn|ob)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Das können wir so nicht machen", "das kann ich leider nicht tun".
      {
        re: /(?<![\p{L}])(?:das|dies|so\s+etwas|sowas)\s+(?:k(?:ö|oe)nnen\s+wir|kann\s+ich|d(?:ü|ue)rfen\s+wir|darf\s+ich)\s+(?:(?:Ihnen|dir|leider|so|hier|aktuell|momentan|jetzt|einfach)\s+){0,2}nicht\s+(?:mehr\s+)?(?:machen|tun|umsetzen|zulassen|durchf(?:ü|ue)hren)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad, plural remedy without an article: "Kostenlose Stornierungen gibt es bei diesem Tarif nicht".
      {
        re: /^(?:(?:leider|nein|sorry)\s*,?\s*)?(?:[\p{L}-]+\s+)?(?:\p{L}{3,}(?:ungen|nahmen|schriften|scheine|erl(?:ä|ae)sse)|Rabatte|Ausnahmen|Erstattungen|Gutscheine|Entsch(?:ä|ae)digungen)(?:\s+[^\s.!?,;]+){0,5}?\s+gibt\s+es\s+(?:[^\s.!?,;]+\s+){0,4}?(?:nicht|keine)(?:\s+mehr)?(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|wenn|ob)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: an action noun + "geht (leider) nicht": "Eine frühere Abholung geht leider nicht".
      {
        re: /^(?:(?:leider|nein|sorry)\s*,?\s*)?(?:eine?|ein|der|die|das)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}{3,}(?:ung|nahme|holung|gabe|tausch|buchung|zahlung|verl(?:ä|ae)ngerung)\s+(?:[^\s.!?,;]+\s+){0,3}?geht\s+(?:(?:leider|so|wirklich|aktuell|momentan|hier|bei\s+uns|jetzt|nun|einfach)\s+){0,2}nicht(?:\s+mehr)?(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source + String.raw`|(?<![\p{L}])(?:falls|wenn|ob)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Dafür gibt es keine Lösung", "Hierfür gibt es leider keinen Weg".
      {
        re: /(?<![\p{L}])(?:daf(?:ü|ue)r|hierf(?:ü|ue)r|da|in\s+Ihrem\s+Fall|in\s+deinem\s+Fall)\s+gibt\s+es\s+(?:(?:leider|aktuell|momentan|derzeit|wirklich|einfach)\s+){0,2}(?:keine|keinen)\s+(?:L(?:ö|oe)sung|M(?:ö|oe)glichkeit|Weg|Ausweg|Option|Alternative|Ausnahme)(?=\s*[.!,;]|\s*$)/u,
        unless: new RegExp(DE_ALT.source.replace('|dafür|', '|'), 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad: "Ihre Anfrage können wir nicht bearbeiten", "deinen Wunsch kann ich nicht erfüllen".
      {
        re: /(?<![\p{L}])(?:Ihre[nmr]?|deine[nmr]?|diese[nmr]?|solche)\s+[\p{L}-]+\s+(?:k(?:ö|oe)nnen\s+wir|kann\s+ich|d(?:ü|ue)rfen\s+wir|darf\s+ich)\s+(?:(?:leider|so|hier|aktuell|momentan|jetzt|so\s+nicht)\s+){0,2}nicht\s+(?:mehr\s+)?(?:bearbeiten|annehmen|akzeptieren|genehmigen|erf(?:ü|ue)llen|anbieten|ber(?:ü|ue)cksichtigen|umsetzen|zulassen|weiterleiten)(?=\s*[.!,;]|\s*$)/u,
        unless: DE_ALT,
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad (round 4): ich/wir + können, any word order, up to five words of object/adverbial, "nicht" + an infinitive that ends
      // the clause: "Das kann ich im System nicht ändern", "Einen Sitzplatzwunsch können wir in diesem Tarif nicht berücksichtigen".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:ich|wir)\s+(?:kann|k(?:ö|oe)nnen)|(?:kann|k(?:ö|oe)nnen)\s+(?:ich|wir))\s+(?:[^\s.!?,;:]+\s+){0,6}?nicht\s+(?:mehr\s+)?(?:(?:einfach|so\s+einfach|ohne\s+Weiteres|nachträglich|wieder|neu|ausnahmsweise|rückgängig|zurück|frei)\s+)?(?!` + DE_NOT_REFUSAL + String.raw`(?![\p{L}]))\p{L}{3,}(?:en|ern|eln)(?=\s*[.!;,]|\s*$)`, 'u'),
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|bis|erst|ohne|nur\s+nicht|ob|noch\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Verb last: "…, dass wir Ihnen nicht jedes Mal die Mahngebühr erlassen können".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:dass|weil)\s+(?:wir|ich)\s+(?:[^\s.!?,;:]+\s+){0,6}?nicht\s+(?:[^\s.!?,;:]+\s+){0,4}?(?!` + DE_NOT_REFUSAL + String.raw`(?![\p{L}]))\p{L}{3,}(?:en|ern|eln)\s+(?:können|koennen|kann)(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|bis|erst|ohne|ob|noch\s+nicht|tut\s+(?:mir|uns)\s+leid|Entschuldigung|entschuldigen|bedauere|bedauern)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // "ne, tauschen geht bei Tickets nicht", "Rückgabe geht bei reduzierter Ware leider nicht" (an action as the subject).
      {
        re: new RegExp(String.raw`(?:^|(?<![\p{L}])(?:ne|nee|nö|noe|nein|leider|sorry|also|tja|hm|ok|okay)\s*,?\s+)(?<hit>(?:(?:das|dies|so\s*was|sowas|(?:(?:ein|eine|der|die|das)\s+)?` + DE_ACTION + String.raw`|\p{L}{3,}(?:en|ern|eln))\s+geht\s+(?:[^\s.!?,;:]+\s+){0,4}?nicht(?:\s+mehr)?))(?=\s*[.!,;]|\s*$)`, 'u'),
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|solange|wenn|falls|ohne|ob|noch\s+nicht|nur)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Rules as the subject: "Das sehen unsere Richtlinien nicht vor", "Die Tarifbedingungen lassen das nicht zu".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:das|dies|so\s+etwas|sowas|es|eine?[nmr]?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+` + DE_NORM_VERB + String.raw`\s+(?:unsere?[nmrs]?|die|der|das|Ihre?[nmrs]?|deine?[nmrs]?|diese[rs]?)\s+(?:[\p{L}-]+\s+)?` + DE_NORM + String.raw`|(?:unsere?[nmrs]?|die|der|das|Ihre?[nmrs]?|deine?[nmrs]?|diese[rs]?)\s+(?:[\p{L}-]+\s+)?` + DE_NORM + String.raw`\s+` + DE_NORM_VERB + String.raw`)(?![\p{L}])\s+(?:[^\s.!?,;:]+\s+){0,4}?(?:nicht|keine?[nmrs]?\s+(?:[\p{L}-]+\s+)?` + DE_ACTION + String.raw`)(?:\s+(?:vor|zu))?(?=\s*[.!,;]|\s*$)`, 'u'),
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|wenn|falls|ob|noch\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad (round 4): a rule or system permitting nothing: "Unser System erlaubt keine Teilzahlungen", "die AGB gestatten keine Rückgabe".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:unsere?[nmrs]?|die|der|das|Ihre?[nmrs]?|deine?[nmrs]?|diese[rs]?)\s+(?:[\p{L}-]+\s+)?` + DE_NORM + String.raw`\s+(?:erlaubt|erlauben|gestattet|gestatten|ermöglicht|ermöglichen|lässt|lassen|akzeptiert|akzeptieren)\s+(?:(?:leider|grundsätzlich|generell|derzeit|aktuell|hier|bei\s+uns)\s+){0,2}(?:keine|keinen|kein)\s+[\p{L}-]+(?:\s+zu)?(?=\s*[.!,;]|\s*$)`, 'u'),
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|wenn|falls|ob|noch\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
      // Broad (round 4), formal: "Einem Erlass kann leider nicht entsprochen werden", "Ihrem Antrag können wir nicht stattgeben".
      {
        re: /(?<![\p{L}])(?:(?:kann|können|konnte|könnte)\s+(?:(?:wir|ich)\s+)?(?:(?:Ihnen|leider|daher|somit|folglich|deshalb|hier|in\s+diesem\s+Fall)\s+){0,2}nicht\s+(?:entsprochen\s+werden|stattgegeben\s+werden|entsprechen|stattgeben)|(?:muss|müssen|musste)(?<=(?:Antrag|Widerspruch|Anfrage|Einspruch|Forderung|Reklamation|Anspruch|Beschwerde|Wunsch|Ersuchen|Anliegen)(?:\s+[^\s.!?,;]+){0,4}\s+(?:muss|müssen|musste))\s+(?:(?:leider|daher|somit|folglich|deshalb)\s+){0,2}(?:abgelehnt|zurückgewiesen)\s+werden)(?![\p{L}])/u,
        unless: new RegExp(DE_ALT_WIDE.source + String.raw`|(?<![\p{L}])(?:sobald|wenn|falls|ob|noch\s+nicht)(?![\p{L}])`, 'u'),
        unlessNext: DE_NEXT,
        rewrite: deRewrite,
      },
    ]),
    message: 'Eine verschlossene Tür ohne Ausweg',
    explanation:
      'Eine Absage ohne alles danach lässt einen verärgerten Kunden ohne Weg nach vorn. Sagen Sie, was Sie stattdessen tun können, auch wenn es wenig ist.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "The booking screen won't let me split the payment, so I've sent you two separate links instead.",
      "We can't just leave you without hot water, so a plumber is coming at 2pm.",
      "The portal won't let you pay twice, so your money is safe.",
      "This is the final step, then you're done.",
      // A concessive refusal that goes on to what we do offer.
      'While we currently do not offer direct trains to Lyon, we do offer connections via Paris.',
      "Although we can't take returns after 60 days, the manufacturer's warranty covers this.",
      'There will be no charge for the repair.',
      "There's no option to pause online, so I've paused it for you.",
      'Your claim qualifies for compensation.',
      "It isn't possible to change it online, but I can change it for you now.",
      "Don't worry, it's not possible for anyone else to see your details.",
      "Nothing is impossible for our engineers, they'll be there at 9.",
      "If that's not possible for you, just let me know.",
      "I can't change my own password either, so I know the feeling.",
      "Refunds on this plan aren't possible. What I can do is move your credit to next year.",
      "Promo codes cant be stacked, but I've applied the bigger one for you.",
      "Your subscription can't be paused, but I can downgrade it to the free plan.",
      "Don't worry, your card details can't be seen by our staff.",
      "Dogs aren't allowed in the restaurant, but they're welcome on the terrace.",
      "You're allowed to bring one small bag.",
      'That is not an option on the basic plan, but the annual plan has it and I can switch you.',
      'Is a refund an option? Yes, and I have started it.',
      'Refund declined by the bank, so I have sent it again by bank transfer.',
      "It's out of my hands now, but I've asked my manager and will call you by 5pm.",
      'Your parcel is out of our hands and with the courier, tracking number below.',
      'There is nothing more you need to do, the refund is on its way.',
      "The fee can't be refunded automatically, so I've refunded it manually.",
      "That won't be possible online, but I can do it for you on the phone.",
      'Is there no way to reverse the charge? Let me check with billing.',
      "We won't be able to change the booking online. I can do it for you by phone today.",
      'Returns are possible within 30 days.',
      'It would not be possible for someone else to use the same address.',
      "The system doesn't allow two accounts on one email, so I merged them for you.",
      "We won't charge you for the replacement.",
      "I'm not going to cancel your account, don't worry.",
      "I can't wait to help you with this.",
      'You are eligible for a full refund.',
      "That option isn't available online, but I can set it up for you by phone.",
      "You can't miss the store, it's right next to the station.",
      'Your data cannot be accessed by anyone else.',
      "Your device isn't covered by the recall, so it's safe to use.",
      "Accidental damage isn't covered by the basic plan, but I can upgrade you for $3.",
      "Gift wrapping isn't something we offer yet, but it's on the roadmap.",
      "If you restart the app, that won't work.",
      "Refunds within 14 days are available through the app.",
      "There's no way we can do that, but I can offer a voucher.",
      "Your old order was closed and can't be reopened, but I've created a new one with the same items.",
      "Can't change it online, but I've changed it for you here.",
      "No problem, can do!",
      "Not allowed to bring pets? Actually you can, I've added a pet pass.",
      "We won't be charging you for the repair.",
      "There's no option fee, the upgrade is free.",
      "That isn't going to happen again, we've fixed the root cause.",
      "We will not decline your request, it's approved.",
      "We're not required to ask for ID for this, so you're all set.",
    ],
    invalid: [
      { text: "Smoking [[is strictly not permitted on the balconies]].", rewrite: "Smoking is strictly not permitted on the balconies, but let me see what we can do." },
      { text: "[[That's not something the gym offers]].", rewrite: "That's not something the gym offers, but let me see what we can do." },
      { text: "Your [[application for a second parking permit has been turned down]].", rewrite: "Your application for a second parking permit has been turned down, but let me see what we can do." },
      { text: 'Regrettably, [[we must decline your request]].', rewrite: 'Regrettably, we must decline your request, but let me see what we can do.' },
      { text: '[[There will be no compensation for the outage]].', rewrite: 'There will be no compensation for the outage, but let me see what we can do.' },
      { text: '[[You cannot swap seats once booked]].', rewrite: 'You cannot swap seats once booked, but let me see what we can do.' },
      { text: "[[The booking screen won't let me split the payment]].", rewrite: "The booking screen won't let me split the payment, but let me see what we can do." },
      { text: '[[We cannot simply hand out spare keys]].', rewrite: 'We cannot simply hand out spare keys, but let me see what we can do.' },
      { text: 'Sadly [[the computer says no]].', rewrite: 'Sadly the computer says no, but let me see what we can do.' },
      { text: 'Walk-in appointments [[are not offered at this branch]].', rewrite: 'Walk-in appointments are not offered at this branch, but let me see what we can do.' },
      { text: 'Your claim [[does not qualify for compensation]].', rewrite: 'Your claim does not qualify for compensation, but let me see what we can do.' },
      { text: '[[There is no option to pause the licence]].', rewrite: 'There is no option to pause the licence, but let me see what we can do.' },
      { text: 'Cancelling mid-term [[isn\'t possible]].', rewrite: "Cancelling mid-term isn't possible, but let me see what we can do." },
      { text: 'Refunds on in-game currency [[are out of the question]].', rewrite: 'Refunds on in-game currency are out of the question, but let me see what we can do.' },
      { text: 'Sadly [[we won\'t be reinstating the licence]].', rewrite: "Sadly we won't be reinstating the licence, but let me see what we can do." },
      { text: 'Sadly [[the booking fee cannot be waived]].', rewrite: 'Sadly the booking fee cannot be waived, but let me see what we can do.' },
      { text: '[[It\'s impossible to recover deleted characters]].', rewrite: "It's impossible to recover deleted characters, but let me see what we can do." },
      { text: "[[Promo codes cant be stacked]].", rewrite: "Promo codes cant be stacked, but let me see what we can do." },
      { text: "Sadly, [[tickets can't be transferred to someone else]].", rewrite: "Sadly, tickets can't be transferred to someone else, but let me see what we can do." },
      { text: "[[Gift vouchers cannot be redeemed for cash]].", rewrite: "Gift vouchers cannot be redeemed for cash, but let me see what we can do." },
      { text: "Once shipped, [[orders can't be cancelled]].", rewrite: "Once shipped, orders can't be cancelled, but let me see what we can do." },
      { text: "[[the discount code cant be applied retroactively]].", rewrite: "The discount code cant be applied retroactively, but let me see what we can do." },
      { text: "[[Alcohol is not permitted on the coaches]].", rewrite: "Alcohol is not permitted on the coaches, but let me see what we can do." },
      { text: "[[Claim rejected]].", rewrite: "Claim rejected, but let me see what we can do." },
      { text: "[[There's no option for that]].", rewrite: "There's no option for that, but let me see what we can do." },
      { text: "[[That isn't going to happen]].", rewrite: "That isn't going to happen, but let me see what we can do." },
      { text: "[[We'll have to decline your request]].", rewrite: "We'll have to decline your request, but let me see what we can do." },
      { text: "[[We have no obligation to refund you]].", rewrite: "We have no obligation to refund you, but let me see what we can do." },
      { text: "[[We won't be doing that]].", rewrite: "We won't be doing that, but let me see what we can do." },
      { text: "[[Your request cannot be fulfilled]].", rewrite: "Your request cannot be fulfilled, but let me see what we can do." },
      { text: "[[Not permitted]], sorry.", rewrite: "Not permitted, but let me see what we can do, sorry." },
      { text: "[[Our hands are tied]] here.", rewrite: "Our hands are tied, but let me see what we can do here." },
      { text: "sadly [[its out of my hands]]", rewrite: "sadly its out of my hands, but let me see what we can do" },
      { text: "[[That is completely out of the question]].", rewrite: "That is completely out of the question, but let me see what we can do." },
      { text: "[[cant change it]] sorry", rewrite: "Cant change it, but let me see what we can do sorry" },
      { text: "Nope, [[not happening]].", rewrite: "Nope, not happening, but let me see what we can do." },
      { text: "Your account was closed [[and can't be reopened]].", rewrite: "Your account was closed and can't be reopened, but let me see what we can do." },
      { text: "Sorry, [[that won't work]].", rewrite: "Sorry, that won't work, but let me see what we can do." },
      { text: "[[Your old account cannot be reactivated]].", rewrite: "Your old account cannot be reactivated, but let me see what we can do." },
      { text: "Returns are accepted for 30 days, and [[you are outside the return window]].", rewrite: "Returns are accepted for 30 days, and you are outside the return window, but let me see what we can do." },
      { text: "[[Exchanges after 60 days are not accepted]].", rewrite: "Exchanges after 60 days are not accepted, but let me see what we can do." },
      { text: "[[There's no way we can do that]].", rewrite: "There's no way we can do that, but let me see what we can do." },
      { text: 'Sorry, [[the delivery date cannot be postponed]].', rewrite: 'Sorry, the delivery date cannot be postponed, but let me see what we can do.' },
      { text: 'Express shipping [[is not something we can arrange]].', rewrite: 'Express shipping is not something we can arrange, but let me see what we can do.' },
      { text: 'The water damage [[isn\'t covered under your policy]].', rewrite: 'The water damage isn\'t covered under your policy, but let me see what we can do.' },
      { text: "[[There's nothing more we can do]].", rewrite: "There's nothing more we can do, but let me see what we can do." },
      { text: "I'm afraid [[that won't be possible]].", rewrite: "I'm afraid that won't be possible, but let me see what we can do." },
      { text: '[[Our system doesn\'t allow that]].', rewrite: "Our system doesn't allow that, but let me see what we can do." },
      { text: '[[Exceptions cannot be made]].', rewrite: 'Exceptions cannot be made, but let me see what we can do.' },
      { text: "[[I'm not authorised to give discounts]].", rewrite: "I'm not authorised to give discounts, but let me see what I can do." },
      { text: 'unfortunately [[thats not something we can do]]', rewrite: 'unfortunately thats not something we can do, but let me see what we can do' },
      { text: "It's company policy, [[so no]].", rewrite: "It's company policy, so no, but let me see what we can do." },
      { text: '[[This cannot be undone]].', rewrite: 'This cannot be undone, but let me see what we can do.' },
      { text: '[[We will not be offering a replacement]].', rewrite: 'We will not be offering a replacement, but let me see what we can do.' },
      { text: '[[That can\'t be done]].', rewrite: "That can't be done, but let me see what we can do." },
      { text: '[[We have no way of tracing the parcel]].', rewrite: 'We have no way of tracing the parcel, but let me see what we can do.' },
      { text: 'Sorry, [[cancellation is not an option]].', rewrite: 'Sorry, cancellation is not an option, but let me see what we can do.' },
      { text: '[[You are not eligible for compensation]].', rewrite: 'You are not eligible for compensation, but let me see what we can do.' },
    ],
  },
  de: {
    valid: [
      'Ihrem Antrag können wir nicht stattgeben, wir können Ihnen aber eine Ratenzahlung anbieten.',
      'Das kann ich von hier aus nicht freigeben, aber die Filiale kann das sofort.',
      'Ich kann leider nicht sagen, wann das Paket kommt, ich frage beim Versand nach.',
      'Wir können nicht ausschließen, dass es noch einmal passiert.',
      'Das Gerät geht nicht mehr an? Dann tauschen wir es aus.',
      'Falls wir den Termin nicht halten können, melde ich mich.',
      'Ihr Tarif sieht keine Mindestlaufzeit vor.',
      'Dafür gibt es keine Gebühr, das ist im Tarif enthalten.',
      'Eine frühere Abholung geht leider nicht, aber ich buche Ihnen gern den ersten Termin am Montag.',
      'Die Umbuchung geht ganz einfach in der App.',
      'Das können wir gern so machen.',
      'Falls es Rabatte gibt, melde ich mich.',
      'Den Betrag ziehen wir nicht ab, keine Sorge.',
      'Falls eine Umbuchung nicht möglich ist, melde ich mich.',
      'Das lässt sich leider nicht vermeiden, deshalb informieren wir Sie vorab.',
      'Ratenzahlung bieten wir nicht an, aber ich kann Ihnen eine Stundung einrichten.',
      'Ein Datenverlust ist ausgeschlossen, Ihre Fotos sind gesichert.',
      'Mit dem Ticket kannst du alle Regionalzüge nutzen, nur ICE und IC sind ausgeschlossen.',
      'Sie können nicht nur online, sondern auch telefonisch kündigen.',
      'Das machen wir nicht nur für Sie, sondern für alle Kunden gern.',
      'Die Reservierung lehnen wir nicht ab, sie ist bestätigt.',
      'Eine Sonderregelung können wir gern treffen.',
      'Eine Anmeldung ist nicht nötig, Sie können direkt loslegen.',
      'Eine Zahlung ist nicht mehr möglich, weil die Rechnung bereits beglichen ist.',
      'Einen Rabatt können wir Ihnen gern geben.',
      'Wir können Ihnen keinen Rabatt geben, aber ich kann den Versand übernehmen.',
      'Umtausch ist nicht nötig, ich schicke Ihnen einfach ein neues Teil.',
      'Eine Gutschrift wird es nicht geben müssen, das Geld ist schon zurück.',
      'Eine Stornierung ist jetzt nicht mehr möglich, aber ich melde die Retoure sofort für Sie an.',
      'Die Erstattung können wir nicht sofort auszahlen, sie ist aber in drei Tagen auf Ihrem Konto.',
      'Mir sind die Hände gebunden, aber meine Kollegin im Vertrieb kann das freigeben, ich habe sie schon gefragt.',
      'Die Gebühr lässt sich nicht automatisch erstatten, deshalb habe ich sie manuell erstattet.',
      'Online geht das nicht, aber ich erledige es gleich telefonisch für Sie.',
      'Wir können die Buchung nicht online ändern. Ich kann sie aber telefonisch für Sie umbuchen.',
      'Geht das nicht auch per Mail?',
      'Eine Erstattung ist innerhalb von 30 Tagen möglich.',
      'Sie müssen nichts mehr tun, die Erstattung läuft.',
      'Ihr Konto kann nicht gesperrt werden, solange die Prüfung läuft.',
      'Keine Sorge, dein Laptop ist nicht nur versichert, der Kurier holt ihn auch ab.',
      'Ist der Schaden am Fahrrad nicht versichert?',
      'Den Gutschein können wir nicht neu ausstellen, aber ich schreibe dir den Betrag direkt gut.',
      'Der Betrag kann erst nach der Prüfung erstattet werden, ich melde mich dann sofort.',
      'Ich kann es kaum erwarten, Ihnen das neue Gerät zu schicken.',
      'Ich kann da leider nichts machen, aber meine Kollegin aus dem Vertragsteam kann die Gebühr erlassen.',
      'Mehr kann ich für Sie gerade nicht tun? Doch: Ich kann Ihnen einen Gutschein schicken.',
      'Im Paket ist nicht drin, was Sie bestellt haben? Dann schicke ich sofort Ersatz.',
      'Ich kann den Anhang leider nicht öffnen. Bitte schicken Sie ihn noch einmal.',
      'Die Datei kann nicht geöffnet werden, weil sie beschädigt ist. Schicken Sie sie bitte noch einmal.',
      'Darauf haben Sie keinen Anspruch, aber ich kann Ihnen aus Kulanz einen Gutschein anbieten.',
      'Sie haben Anspruch auf eine Entschädigung, ich habe sie schon beantragt.',
      'Da kann ich nix machen? Doch, ich kann dir einen Gutschein schicken.',
      'Das geht nicht nur online, sondern auch in der Filiale.',
      // Refusal with an alternative, reassurance, or nothing refused.
      'Eine Teilzahlung ist nicht vorgesehen, aber ich kann Ihnen eine Stundung anbieten.',
      'Haustiere sind willkommen, nur Rauchen ist auf dem Balkon nicht gestattet – dafür gibt es im Hof einen Raucherbereich.',
      'An Ihrem Tarif ändert sich nichts, der Preis bleibt gleich.',
      'Es gibt keine Gebühr für die Rücksendung.',
      'Eine Erstattung ist nicht nötig, das Geld wurde nie abgebucht.',
    ],
    invalid: [
      { text: 'Ihrem Antrag [[können wir nicht stattgeben]].', rewrite: 'Ihrem Antrag können wir nicht stattgeben, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Unser System erlaubt keine Teilzahlungen]].', rewrite: 'Unser System erlaubt keine Teilzahlungen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Ihren Wunschtermin [[können wir in der Hauptsaison nicht berücksichtigen]].', rewrite: 'Ihren Wunschtermin können wir in der Hauptsaison nicht berücksichtigen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Bitte verstehen Sie, [[dass wir die Gebühr nicht einfach streichen können]].', rewrite: 'Bitte verstehen Sie, dass wir die Gebühr nicht einfach streichen können, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'nee, [[umbuchen geht bei deinem Tarif nicht]]', rewrite: 'nee, umbuchen geht bei deinem Tarif nicht, aber ich schaue gern, was ich sonst für dich tun kann' },
      { text: '[[Eine frühere Abholung sieht unser Ablauf nicht vor]].', rewrite: 'Eine frühere Abholung sieht unser Ablauf nicht vor, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Hierfür gibt es leider keine Lösung]].', rewrite: 'Hierfür gibt es leider keine Lösung, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Ihre Anfrage können wir nicht bearbeiten]].', rewrite: 'Ihre Anfrage können wir nicht bearbeiten, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Verlängerung der Mietdauer geht leider nicht]].', rewrite: 'Eine Verlängerung der Mietdauer geht leider nicht, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Das können wir so nicht machen]].', rewrite: 'Das können wir so nicht machen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Teilerstattungen gibt es bei Sonderangeboten nicht]].', rewrite: 'Teilerstattungen gibt es bei Sonderangeboten nicht, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Ausnahmen [[machen wir keine]].', rewrite: 'Ausnahmen machen wir keine, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Einen Rabatt für Bestandskunden gibt es nicht]].', rewrite: 'Einen Rabatt für Bestandskunden gibt es nicht, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Die Sperre [[heben wir nicht vorzeitig auf]].', rewrite: 'Die Sperre heben wir nicht vorzeitig auf, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Ihr Wunsch [[lässt sich nicht umsetzen]].', rewrite: 'Ihr Wunsch lässt sich nicht umsetzen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Teilzahlungen [[bieten wir bei Gebrauchtwagen nicht an]].', rewrite: 'Teilzahlungen bieten wir bei Gebrauchtwagen nicht an, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Den Widerspruch [[lehnen wir ab]].', rewrite: 'Den Widerspruch lehnen wir ab, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Ein Parkplatz direkt am Haus [[ist nicht vorgesehen]].', rewrite: 'Ein Parkplatz direkt am Haus ist nicht vorgesehen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Leider keine Chance]].', rewrite: 'Leider keine Chance, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Das Abo [[kannst du nicht mehr kündigen]].', rewrite: 'Das Abo kannst du nicht mehr kündigen, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: 'Dem [[können wir nicht nachkommen]].', rewrite: 'Dem können wir nicht nachkommen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Auszahlung ist nicht vorgesehen]].', rewrite: 'Eine Auszahlung ist nicht vorgesehen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Ratenzahlung können wir leider nicht einrichten]].', rewrite: 'Eine Ratenzahlung können wir leider nicht einrichten, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Übertragung des Vertrags ist ausgeschlossen]].', rewrite: 'Eine Übertragung des Vertrags ist ausgeschlossen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Wir können dir leider keinen Nachlass gewähren]].', rewrite: 'Wir können dir leider keinen Nachlass gewähren, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: 'Nein, [[eine Entschädigung gibt es nicht]].', rewrite: 'Nein, eine Entschädigung gibt es nicht, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Rückgabe ist ausgeschlossen]].', rewrite: 'Rückgabe ist ausgeschlossen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Umbuchung ist inzwischen nicht mehr möglich]].', rewrite: 'Eine Umbuchung ist inzwischen nicht mehr möglich, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Entschädigung wird es diesmal nicht geben]].', rewrite: 'Eine Entschädigung wird es diesmal nicht geben, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Den Umtausch kann ich dir leider nicht genehmigen]].', rewrite: 'Den Umtausch kann ich dir leider nicht genehmigen, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: '[[Hier sind uns leider die Hände gebunden]].', rewrite: 'Hier sind uns leider die Hände gebunden, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Änderung des Termins kommt nicht in Frage]].', rewrite: 'Eine Änderung des Termins kommt nicht in Frage, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Mehr können wir nicht tun]].', rewrite: 'Mehr können wir nicht tun, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Das wird leider nicht möglich sein]].', rewrite: 'Das wird leider nicht möglich sein, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Die Abbuchung [[lässt sich nicht rückgängig machen]].', rewrite: 'Die Abbuchung lässt sich nicht rückgängig machen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Wir können die Buchung nicht ändern]].', rewrite: 'Wir können die Buchung nicht ändern, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Ausnahme können wir in Ihrem Fall nicht machen]].', rewrite: 'Eine Ausnahme können wir in Ihrem Fall nicht machen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Das dürfen wir nicht]].', rewrite: 'Das dürfen wir nicht, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Leider [[kommt das nicht in Frage]].', rewrite: 'Leider kommt das nicht in Frage, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Eine Entschädigung ist nicht vorgesehen]].', rewrite: 'Eine Entschädigung ist nicht vorgesehen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Sorry, [[da gibt es keine Möglichkeit]].', rewrite: 'Sorry, da gibt es keine Möglichkeit, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Die Reservierung [[kann leider nicht verschoben werden]].', rewrite: 'Die Reservierung kann leider nicht verschoben werden, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Leider [[kann diese Buchung nicht umgeschrieben werden]].', rewrite: 'Leider kann diese Buchung nicht umgeschrieben werden, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Das Kundenkonto [[koennen wir nicht wieder eroeffnen]].', rewrite: 'Das Kundenkonto koennen wir nicht wieder eroeffnen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Wir können deinen Vertrag nicht vorzeitig aufheben]].', rewrite: 'Wir können deinen Vertrag nicht vorzeitig aufheben, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: 'Der Wasserschaden [[ist leider nicht mitversichert]].', rewrite: 'Der Wasserschaden ist leider nicht mitversichert, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Leider [[kann ich da nichts tun]].', rewrite: 'Leider kann ich da nichts tun, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Mehr kann ich nicht für dich tun]].', rewrite: 'Mehr kann ich nicht für dich tun, aber ich schaue gern, was ich sonst für dich tun kann.' },
      { text: 'Ein Upgrade zum alten Preis? [[Das ist leider nicht drin]].', rewrite: 'Ein Upgrade zum alten Preis? Das ist leider nicht drin, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Darauf haben Sie leider keinen Anspruch]].', rewrite: 'Darauf haben Sie leider keinen Anspruch, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Wir sind rechtlich nicht dazu verpflichtet]].', rewrite: 'Wir sind rechtlich nicht dazu verpflichtet, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Eine Gutschrift? [[Das lehnen wir ab]].', rewrite: 'Eine Gutschrift? Das lehnen wir ab, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Sorry, [[da kann ich nix machen]].', rewrite: 'Sorry, da kann ich nix machen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Geht nicht]], sorry.', rewrite: 'Geht nicht, aber ich schaue gern, was ich sonst für Sie tun kann, sorry.' },
      { text: '[[Eine Teilzahlung ist bei Gebrauchtwagen grundsätzlich ausgeschlossen]].', rewrite: 'Eine Teilzahlung ist bei Gebrauchtwagen grundsätzlich ausgeschlossen, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[Zelte sind auf dem Campingplatz am See nicht gestattet]].', rewrite: 'Zelte sind auf dem Campingplatz am See nicht gestattet, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Tut mir leid, [[daran lässt sich nichts mehr ändern]].', rewrite: 'Tut mir leid, daran lässt sich nichts mehr ändern, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: '[[An der Stornogebühr ändert sich nichts]].', rewrite: 'An der Stornogebühr ändert sich nichts, aber ich schaue gern, was ich sonst für Sie tun kann.' },
      { text: 'Nein, bei Flash-Sales [[gibts keinen Umtausch]].', rewrite: 'Nein, bei Flash-Sales gibts keinen Umtausch, aber ich schaue gern, was ich sonst für Sie tun kann.' },
    ],
  },
};
