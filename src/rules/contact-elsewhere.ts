// "You'll need to contact the billing team", "please call our other hotline", "Wenden Sie sich bitte an
// die Buchhaltung": sending the customer off to someone else instead of taking it there yourself.
// Contacting us / me ("wenden Sie sich gern an mich") is not passing on.
import { startsClause } from '../engine/text';
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

// Us/me is not passing on; nor is the customer's own bank, carrier or provider, which only
// the customer can talk to ("you'll need to contact your bank to release the hold").
const EN_US = String.raw`(?:us|me|our\s+(?:support\s+)?team\s+here|this\s+team|your|anyone|anybody|nobody|no\s+one)\b`;
// The customer's own bank or provider counts too ("Wenden Sie sich an Ihren Mobilfunkanbieter"), unless
// the reply says only they can act ("…, nur sie kann die Sperre aufheben").
const DE_US = String.raw`(?:uns|mich|niemand|niemanden|keine|keinen|keinem)(?![\p{L}])`;
const DE_ONLY_THEY = String.raw`|(?<![\p{L}])nur\s+(?:sie|die|der|er|diese|dieser|dort)(?:\s+[\p{L}-]+)?\s+(?:kann|können|koennen|darf|dürfen|hat|haben|gibt|ist|sind|wird|werden)(?![\p{L}])`;

/** German main clauses keep the verb second: "Ich wende mich …" at the start of a clause, but
 *  "Dafür wende ich mich …" after a leading word. */
const clauseStart = (ctx: MatchContext) => startsClause(ctx.before);

/** "Wenden Sie sich (bitte) an X" → "Ich wende mich für Sie an X" / "… wende ich mich für Sie an X". */
const deWende = (ctx: MatchContext) => {
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  return clauseStart(ctx)
    ? [`ich wende mich für ${you} an`, `ich frage für ${you} nach bei`]
    : [`wende ich mich für ${you} an`, `frage ich für ${you} nach bei`];
};

/**
 * Broad English passing-on by cue classes: an imperative (at a clause start), "you'll need to / you have to /
 * you should / I'd suggest (you)" or "try" + a CONTACT verb + a THIRD PARTY (the bank, the manufacturer, the
 * courier, billing, IT, your provider, the store, the council, "Steam support", "them"). Silenced when the
 * agent owns the hand-off ("I've passed", "I'll ask", "for you"), when contact is not needed ("no need to
 * call the bank"), for questions, for the customer's own past contact ("you said you'd called the bank")
 * and for us / our own support team.
 */
const EN_CONTACT_VERB = String.raw`(?:contact(?:ing)?|reach(?:ing)?(?=\s+(?:the|your|ur|their)\s)|try(?:ing)?(?=\s+(?:the|your|ur|their)\s)|visit(?:ing)?(?=\s+(?:the|your|ur|their)\s)|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|e-?mail(?:ing)?|messag(?:e|ing)|DM|writ(?:e|ing)\s+to|reach(?:ing)?\s+out\s+to|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+(?:to|with)|tak(?:e|ing)\s+(?:it|this|that|this\s+one|that\s+one|the\s+matter|this\s+matter|that\s+matter|your\s+complaint|the\s+complaint)\s+up\s+with|get(?:ting)?\s+in\s+touch\s+with|(?:rais(?:e|ing)|escalat(?:e|ing)|log(?:ging)?|open(?:ing)?|fil(?:e|ing)|report(?:ing)?)\s+(?:it|this|that|the\s+issue|your\s+complaint|an?\s+(?:case|ticket|claim|dispute|complaint|query|request|fault|repair))\s+with|hit(?:ting)?\s+up|go(?:ing)?\s+(?:through|via|back\s+to)|request(?:ing)?\s+(?:it|this|that|them|one|a\s+copy)\s+from|apply(?:ing)?\s+(?:directly\s+)?(?:to|through|via)|check(?:ing)?\s+(?:with|in\s+with)|ask(?:ing)?|complain(?:ing)?\s+to|direct(?:ing)?\s+(?:[^\s.!?;,]+\s+){0,5}?to|sort(?:ing)?\s+(?:it|this|that)\s+out\s+with|deal(?:ing)?\s+(?:directly\s+)?with|liais(?:e|ing)\s+(?:directly\s+)?with|get(?:ting)?\s+on(?:to|\s+to)|chas(?:e|ing)|follow(?:ing)?\s+up\s+with|(?:rais|open|log|fil|lodg|submit)(?:e|es|ing|s)?\s+(?:a|an)\s+(?:ticket|case|complaint|claim|request|dispute)\s+with|(?:submit|send|refer|forward|address|report|bring|fil|lodg|log|put|tak)(?:e|es|ing|s)?\s+(?:(?:it|this|that|them|(?:the|your|any|all|a)\s+[\w-]+)\s+)?(?:directly\s+|straight\s+)?(?:to|with)(?!\s+(?:directly\s+|straight\s+)?(?:our|us|me)\b)|head(?:ing)?\s+(?:over\s+|down\s+)?to|pop(?:ping)?\s+(?:into|down\s+to|in\s+to)|go(?:ing)?\s+(?:over\s+|down\s+)?to|visit(?:ing)?)`;
const EN_THIRD_PARTY_NOUN = String.raw`(?:broker|banks?|card\s+issuer|manufacturer|maker|brand|courier|carrier|post\s+office|postal\s+service|department|dept|sales|billing|accounts|finance|IT\s+(?:department|team|admin|desk|support|people|guys)|help\s*desk|hotline|helpline|support|customer\s+(?:service|care|support)|provider|supplier|ISP|operator|(?<!app\s|play\s|microsoft\s|windows\s|online\s|web\s)store|shop|seller|retailer|vendor|reseller|dealer(?:ship)?|garage|franchise|branch|developers?|devs?|publisher|studio|insurer|insurance(?:\s+company)?|GP|doctor|surgery|pharmacist|pharmacy|clinic|hospital|council|town\s+hall|city\s+hall|authority|authorities|police|landlord|letting\s+agent|agency|depot|sorting\s+office|practice|partners?|account\s+manager|(?:building|site|estate|property|facilities|centre|center|store|branch)\s+manager|managing\s+agent|caretaker|concierge|distributor|(?:council|authority|government|embassy|airline|manufacturer|insurer|bank)\s+(?:website|site|portal)|lender|creditor|debt\s+collector|finance\s+(?:company|provider)|mortgage\s+provider|pension\s+provider|organi[sz]ing\s+committee|wholesaler|importer|ombudsman|regulator|trading\s+standards|citizens\s+advice|small\s+claims\s+court|vet(?:s|['’]s)?|dentist|lab|laboratory|school|university|college|nursery|optician|airline|hotel|venue|organi[sz]ers?|admin(?:istrator)?|company|office|desk|people|guys|folks|merchant|marketplace|installer|engineer|electrician|plumber|utility(?:\s+company)?|employer|HR|payroll|accountant|solicitor|lawyer|registrar|embassy|switchboard|reception|box\s+office|ticket\s+office|booking\s+office|firm|(?:booking|travel|ticket(?:ing)?|reseller|partner|third-party)\s+(?:site|website|platform|agent|agency|app)|team)`;
const EN_NOT_US_TARGET = String.raw`(?!(?:our|this)\s+(?:(?:[\w-]+\s+){0,2}?(?:support|care|service|help\s*desk|helpline|chat)|team|agents?|advisors?|specialists?|experts?|colleagues\s+here)\b)`;
const EN_THIRD_PARTY = String.raw`(?<who>${EN_NOT_US_TARGET}(?:(?:(?:the|your|ur|our|their|a|an|any|his|her|that|this)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}|(?!(?:our|us|me)\b)[\w&'’-]{1,40}\s+(?:support|help\s*desk|customer\s+(?:service|care|support)))\b(?:\s+(?:team|department|dept|desk|line|office|support|people|guys|staff|owner|manager|holder|director|admin))?(?=\s*(?:$|[.,;:!?)(–—-]|(?:about|for|to|at|on|in|with|directly|instead|first|and|or|if|as|so|they|who|which|that|regarding|re|abt|bout|via|by|asap|please|pls|plz|since|because|cos|then|but|now|today|here|there|not|yourself|themselves|itself|too|again|whether|what|how|when|why|where|concerning|over|once|can|will|would|should|is|are|they['’]re|theyre)\b|['’](?:ll|re|s)\b))|them\b))`;
const EN_PASS_UNLESS = /\b(?:only\s+(?:they|them|the\s+[\w-]+|your\s+[\w-]+)\s+(?:can|could|are\s+able)|I['’]?ve(?!\s+(?:no|got\s+no|nothing|never)\b)|I\s+have(?!\s+(?:no|nothing|never)\b)|I['’]?ll|I\s+will|I\s+can(?!['’]?t|not)|I\s+am\s+(?:going|happy)|let\s+me|we['’]?ve(?!\s+(?:no|got\s+no|nothing|never)\b)|we\s+have(?!\s+(?:no|nothing|never)\b)|we['’]?ll|we\s+will|for\s+you|on\s+your\s+behalf|no\s+need|needn['’]?t|don['’]?t\s+(?:need|have)\s+to|do\s+not\s+(?:need|have)\s+to|not\s+necessary|you['’]?ve\s+(?:already\s+)?(?:contacted|called|spoken|emailed|rung|been\s+in\s+touch)|you\s+(?:already\s+)?(?:contacted|called|spoke|said|mentioned|told)|thanks?\s+(?:you\s+)?for\s+(?:contacting|calling|reaching)|if\s+(?:you\s+)?(?:ever\s+|still\s+)?(?:want|wish|prefer|like|['’]d\s+(?:like|prefer|rather))|instead\s+of\s+(?:calling|contacting|having\s+to))\b|\?|\bif\b[^.!?]{0,80}?\b(?:anything\s+else|anything\s+more|any\s+(?:other\s+|more\s+|further\s+)?(?:questions|problems)|(?:is|are|gets?)\s+(?:difficult|tricky|inconvenient|a\s+problem)|(?:doesn['’]?t|does\s+not|don['’]?t)\s+suit)\b[^.!?]{0,40}?\b(?:the|our)\s+(?:main\s+|head\s+)?office\b/;
const enPassRewrite = (ctx: MatchContext) => {
  const who = (ctx.groups.who ?? 'them').replace(/^(?:ur)\b/i, 'your');
  return [`I'll get in touch with ${who} for you`, `let me check with ${who} for you`];
};
const EN_BROAD_PASS: Pattern[] = [
  // Imperative at a clause start: "pls contact ur bank", "go to the town hall", "raise it with your IT admin",
  // "..., get in touch with them", "best to reach out to Steam support", "try calling the insurance company".
  {
    re: new RegExp(String.raw`(?:^(?:(?:please|pls|plz|kindly)\s+)?|(?<=[,;:–—]\s{0,2})(?:(?:please|pls|plz|kindly)\s+)?|(?<=\b(?:please|pls|plz|kindly|just|simply|best(?:\s+to)?|so|then|instead|otherwise|and|or|now|first|maybe|perhaps|honestly|better|easiest)\s+))(?:(?:try|go\s+ahead\s+and)\s+)?${EN_CONTACT_VERB}\s+(?:(?:directly|straight)\s+)?${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // Obligation or advice: "you will have to email the billing team", "you should get in touch with your energy
  // supplier", "I'd suggest you talk to the sales department", "you have to go through the airline".
  {
    re: new RegExp(String.raw`\b(?:(?:you|u)(?:['’]?ll|\s+will|['’]?d|\s+would)?\s+(?:(?:really|probably|just|first|still|then)\s+)?(?:need\s+to|have\s+to|must|should|ought\s+to|want\s+to|(?:may|might|would)\s+(?:need|have|want)\s+to|could|can|got\s+to|gotta|better)|I(?:['’]?d|\s+would)\s+(?:suggest|recommend|advise)(?:\s+that)?(?:\s+(?:you|u))?|(?:it['’]?s\s+)?best\s+(?:if\s+you|to)|you['’]?re\s+(?:better\s+off|best\s+off)|(?:you|u)(?:['’]d|\s+would)\s+be\s+(?:better|best)\s+off|(?:your\s+|the\s+)?best\s+bet\s+(?:is|would\s+be)\s+to|(?:the\s+)?best\s+(?:thing|option|way|route)(?:\s+to\s+do)?\s+(?:is|would\s+be)(?:\s+to)?|I['’]?d)\s+(?:(?:directly|just|first)\s+)?${EN_CONTACT_VERB}\s+(?:(?:directly|straight)\s+)?${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // "That's a question for the manufacturer", "this one is a matter for your insurer".
  {
    re: new RegExp(String.raw`\b(?:that|this|it)(?:['’]?s|\s+is|\s+one\s+is|\s+would\s+be)\s+(?:(?:really|more|actually|one)\s+)?(?:a\s+|an\s+)?(?:question|matter|query|issue|thing|job|case)\s+for\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`let me check that with ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // "Drop the venue an email", "give your insurer a ring".
  {
    re: new RegExp(String.raw`(?:^|(?<=[,;:–—]\s{0,2})|(?<=\b(?:please|pls|just|so|then|best\s+to|maybe|perhaps|I['’]?d|you\s+(?:can|could|should|need\s+to|will\s+need\s+to|['’]ll\s+need\s+to|have\s+to|might\s+want\s+to))\s+))(?:drop|give|send|shoot|fire\s+off)\s+${EN_NOT_US_TARGET}(?<who>(?:the|your|ur|their)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}|them)\s+(?:an?\s+)?(?:quick\s+)?(?:e-?mail|line|message|note|call|ring|bell|buzz|shout|text|DM)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // Routing rules: "queries about the invoice must be sent to finance@partner.com", "claims should go to the insurer".
  {
    re: new RegExp(String.raw`\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|will\s+need\s+to|are\s+to|is\s+to)\s+(?:be\s+)?(?:sent|directed|addressed|raised|submitted|referred|forwarded|taken(?:\s+up)?|dealt\s+with|discussed|sorted(?:\s+out)?|go|made)\s+(?:directly\s+)?(?:to|with)\s+(?<who>${EN_NOT_US_TARGET}(?:(?:the|your|ur|their)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`are something I'll take to ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // "Not something we handle, try the DVLA", "we don't deal with that".
  {
    re: /\b(?:(?:that['’]?s|that\s+is|it['’]?s|it\s+is|this\s+is)\s+)?(?:not|(?:is|are|was|were)n['’]?t)\s+(?:something|a\s+thing|anything|an\s+area|a\s+matter)\s+(?:that\s+)?(?:we|I)\s+(?:handle|deal\s+with|cover|look\s+after|manage|take\s+care\s+of|do\s+here|are\s+responsible\s+for)\b|\b(?:we|I)\s+(?:don['’]?t|do\s+not)\s+(?:handle|deal\s+with|look\s+after|take\s+care\s+of)\s+(?:that|this|those|these|it|such|any)\b/,
    unless: EN_PASS_UNLESS,
    rewrite: () => ["let me find the right person for this and get back to you"],
  },
  // A named organisation as the target (case-sensitive): "you'll want to ring Highways England",
  // "reach out to Epic support", "try the DVLA", "contact Apple".
  {
    re: /(?:(?<=(?:^|[,;:–—]\s{0,2}|\b(?:[Pp]lease|[Pp]ls|[Jj]ust|[Ss]o|[Tt]hen|[Bb]est|[Bb]est\s+to|[Mm]aybe|[Pp]erhaps|[Ii]nstead)\s+))|\b(?:[Yy]ou|[Uu])(?:['’]?ll|\s+will|['’]?d|\s+would)?\s+(?:(?:really|probably|just|first)\s+)?(?:need\s+to|have\s+to|must|should|want\s+to|(?:may|might)\s+(?:need|want)\s+to|could|can)\s+|\bI['’]?d\s+(?:suggest|recommend)(?:\s+(?:you|that\s+you))?\s+)(?:[Cc]ontact(?:ing)?|[Cc]all(?:ing)?|[Rr]ing(?:ing)?|[Pp]hon(?:e|ing)|[Ee]-?mail(?:ing)?|[Rr]each(?:ing)?\s+out\s+to|[Gg]et(?:ting)?\s+in\s+touch\s+with|[Ss]peak(?:ing)?\s+(?:to|with)|[Tt]alk(?:ing)?\s+to|[Cc]heck(?:ing)?\s+with|[Tt]ry(?=\s+the\s+[A-Z]{2,})|[Aa]sk(?:ing)?|[Rr]equest(?:ing)?\s+(?:it|this|that|them|one|a\s+copy)\s+from|[Aa]pply(?:ing)?\s+(?:directly\s+)?(?:to|through|via)|[Tt]ak(?:e|ing)\s+(?:it|this|that)\s+up\s+with|[Ss]ort(?:ing)?\s+(?:it|this|that)\s+out\s+with|[Rr]ais(?:e|ing)\s+(?:it|this|that)\s+with|[Cc]omplain(?:ing)?\s+to|[Dd]eal(?:ing)?\s+(?:directly\s+)?with)\s+(?:the\s+)?(?<who>(?!(?:I|We|Our|Us|Me|You|Your|My|This|That|The|It|Any|All|Customer|Support|Help|Hi|Hello|Settings|Preferences|Menu|Account|Options|Profile|Home|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)[A-Z][A-Za-z&'’.-]+(?:\s+(?:[A-Z][A-Za-z&'’.-]+|support|customer\s+service|help\s*desk)){0,3})\b/,
    caseSensitive: true,
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // Requests phrased as questions: "can you check with your HR team about the seats?", "could you contact the bank?"
  {
    re: new RegExp(String.raw`^(?:(?:so|ok|okay|in\s+that\s+case)\s*,?\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|just\s+|maybe\s+)?${EN_CONTACT_VERB}\s+(?:(?:directly|straight)\s+)?${EN_THIRD_PARTY}`),
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|already|yet|for\s+me\s+to|so\s+(?:I|we)\s+can)\b/,
    rewrite: enPassRewrite,
  },
  // Routing statements: "appeals go through the parking authority", "that one's for Sony, not us", "the pharmacy
  // is who you want", "claims are handled by the airline".
  {
    re: new RegExp(String.raw`\b(?:appeals|claims|complaints|queries|questions|refunds|requests|disputes|returns|repairs|warranty\s+claims|bookings|cancellations|issues)\s+(?:(?:like\s+this|of\s+this\s+kind|about\s+[\w-]+)\s+)?(?:go|have\s+to\s+go|need\s+to\s+go|are\s+handled|are\s+dealt\s+with|are\s+processed|are\s+managed)\s+(?:through|by|via|to)\s+${EN_THIRD_PARTY}|\b(?:that|this)(?:\s+one)?(?:['’]s|\s+is)\s+(?:one\s+)?for\s+(?:the\s+)?(?<org>[A-Z][\w&'’-]+|(?:your\s+)?[\w-]+\s+(?:team|department|provider|bank|insurer))\s*,?\s+not\s+(?:us|me)\b|\b(?:is|are)\s+(?:who|the\s+(?:people|ones|team|place))\s+(?:you|u)\s+(?:want|need|should\s+(?:talk|speak)\s+to)\b|\b(?:is|are|would\s+be|will\s+be)\s+the\s+(?:person|people|one|ones|team|place)\s+to\s+(?:ask|contact|call|talk\s+to|speak\s+to|see|go\s+to)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["something I'll take up for you"],
  },
  // "This sits with our partner clinic", "that falls under your insurer".
  {
    re: new RegExp(String.raw`\b(?:this|that|it)(?:\s+one)?\s+(?:sits|lies|falls|rests|comes)\s+(?:squarely\s+|entirely\s+)?(?:with|under|to)\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`this is something I'll take to ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // "Apple Support can assist with this", "your bank will be better able to help", "the council is best placed to".
  {
    re: new RegExp(String.raw`(?<![\w-])(?!(?:one-on-one|live|chat|phone|e-?mail|technical|tech|premium|priority)\s+support)${EN_THIRD_PARTY}\s+(?:(?:will|would|should|['’]ll)\s+be\s+(?:better\s+|best\s+|much\s+better\s+)?able\s+to\s+(?:help|assist|advise|answer|sort)|(?:are|is|['’]re)\s+(?:much\s+)?(?:better|best)\s+placed\s+to|can\s+(?:better\s+|best\s+)?(?:help|assist|advise)\s+(?:you\s+)?(?:with\s+)?(?:this|that|it|these|those|further))\b`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`I'll check with ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you and`],
  },
  // "The best people to help with that would be the airline", "the right team to ask is billing".
  {
    re: new RegExp(String.raw`\b(?:the\s+)?(?:best|right|correct|only)\s+(?:people|person|team|place|ones?|department|contact)\s+to\s+(?:help|ask|contact|call|talk\s+to|speak\s+to|deal\s+with|assist|sort)(?:\s+(?:you\s+)?(?:with|on|about)\s+(?:this|that|it|this\s+one))?\s+(?:is|are|would\s+be|will\s+be)\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`I'll take this to ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // "..., those go to the manufacturer", "they're handled by the venue".
  {
    re: new RegExp(String.raw`\b(?:those|these|they|that|this|it)(?:['’]re|\s+are|\s+is|['’]s)?\s+(?:go|goes|need\s+to\s+go|needs\s+to\s+go|have\s+to\s+go|has\s+to\s+go|should\s+go|handled|dealt\s+with|managed|processed)\s+(?:directly\s+)?(?:to|through|by|via)\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`I'll take this to ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // Routing to a named organisation: "questions about your tax code should be directed to HMRC".
  {
    re: /\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|will\s+need\s+to|are\s+to|is\s+to)\s+(?:be\s+)?(?:sent|directed|addressed|raised|submitted|referred|forwarded|taken|made)\s+(?:directly\s+)?(?:to|with)\s+(?:the\s+)?(?<who>(?!(?:I|We|Our|Us|Me|You|Your|My|This|That|The|It|Any|All|Customer|Support|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][A-Za-z&'’-]+(?:\s+(?:(?:for|of|and)\s+)?[A-Z][A-Za-z&'’-]+){0,3})\b/,
    caseSensitive: true,
    unless: EN_PASS_UNLESS,
    rewrite: () => ["are something I'll take up for you"],
  },
  // "It's down to the bank", "that's up to your insurer".
  {
    re: new RegExp(String.raw`\b(?:it|that|this)(?:['’]?s|\s+is)\s+(?:(?:all|entirely|really|completely)\s+)?(?:down\s+to|up\s+to)\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`it's something I'll take up with ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // "The school office handles lunch payments, not us."
  {
    re: new RegExp(String.raw`\b(?:the|your)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD_PARTY_NOUN}\s+(?:handles?|deals?\s+with|manages?|looks?\s+after|(?:is|are)\s+responsible\s+for|takes?\s+care\s+of|sorts?\s+out)\b[^.!?;]{0,50}?,?\s+not\s+(?:us|me|we)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["that's handled elsewhere, and I'll take it to them for you"],
  },
  // The best/only route is someone else: "your best option is the ombudsman", "the next port of call would be your insurer".
  {
    re: new RegExp(String.raw`\b(?:your\s+|the\s+)?(?:best|only|next|quickest|fastest)\s+(?:option|bet|port\s+of\s+call|step|route|avenue)\s+(?:now\s+)?(?:is|would\s+be|will\s+be|['’]s)\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // Routing the customer's claims elsewhere: "kindly direct any warranty claims to the distributor".
  {
    re: new RegExp(String.raw`\b(?:please\s+|kindly\s+|pls\s+)?direct\s+(?:your|any|all)\s+(?:[\w-]+\s+)?(?:complaints?|quer(?:y|ies)|questions?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|concerns?|claims?|disputes?|issues?)\s+to\s+${EN_THIRD_PARTY}`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [`let me take this to ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // Suggested as a question: "have you tried asking the seller?", "have you thought about contacting your lender?".
  {
    re: new RegExp(String.raw`\bhave\s+(?:you|u)\s+(?:tried|thought\s+about|considered)\s+(?:asking|contacting|calling|ringing|phoning|e-?mailing|messaging|speaking\s+to|talking\s+to|getting\s+in\s+touch\s+with|reaching\s+out\s+to|checking\s+with)\s+(?!(?:us|me)\b)(?<who>(?:the|your|ur|their)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN})\b`),
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|for\s+you|on\s+your\s+behalf|already)\b/,
    rewrite: (ctx) => [`I'm happy to ask ${(ctx.groups.who ?? 'them').replace(/^ur\b/i, 'your')} for you`],
  },
  // The third party should handle it: "the retailer you bought it from should handle the return".
  {
    re: new RegExp(String.raw`\b(?:the|your|ur)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD_PARTY_NOUN}(?:\s+(?:you|u)\s+(?:bought|ordered|purchased|booked|got|hired)\s+(?:it|them|this|that|the\s+[\w-]+)\s+(?:from|through|with|via))?\s+(?:should|will|would|can|needs\s+to|has\s+to|must|is\s+(?:responsible\s+for|meant\s+to))\s+(?:handle|deal\s+with|sort(?:\s+out)?|process|take\s+care\s+of|look\s+after|arrange|manage|cover|refund|replace)\b[^.!?;]*`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["I'll work this out with them for you"],
  },
  // "That is a matter between you and the seller"; chat "need to speak to sales for that".
  {
    re: new RegExp(String.raw`\bbetween\s+(?:you|u)\s+and\s+(?:the|your|ur)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}\b|^(?:(?:sorry|ok(?:ay)?|so|yeah|yep|nope|no)\s*,?\s+)?(?:(?:you|u)(?:['’]ll|\s+will|['’]d|\s+would)?\s+)?(?:need|have|got)\s+to\s+${EN_CONTACT_VERB}\s+(?:${EN_THIRD_PARTY}|(?:sales|billing|accounts|finance|payroll|HR|reception|customer\s+services|tech\s+support|the\s+front\s+desk)\b)`),
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [/^between/i.test(ctx.match) ? "something I'll take up with them for you" : "I'll take this up with them for you"],
  },
  // Someone else's remit + the customer sent there: "parking permits are issued by the council, so you will want to apply
  // there", "the airline is responsible for your luggage, not the airport", "an accountant would be your best bet".
  {
    re: new RegExp(String.raw`\b(?:issued|handled|managed|processed|run|provided|dealt\s+with|administered|decided|set)\s+by\s+${EN_THIRD_PARTY}[^.!?;]{0,30}?(?:so|and|,)\s+(?:you|u)(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:want|need|have)\s+to\s+[a-z]+\s+(?:there|them|with\s+them|to\s+them)\b|\b(?:the|your|ur)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}\s+(?:is|are)\s+(?:solely\s+|fully\s+|entirely\s+)?responsible\s+for\s+[^.!?;]{1,40}?,?\s+not\s+(?:us|me|the\s+[\w-]+|our\s+[\w-]+)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["something I'll take up with them for you"],
  },
  {
    re: new RegExp(String.raw`${EN_THIRD_PARTY}\s+(?:would|will|might|may)\s+be\s+(?:your|the)\s+(?:best|better|safest)\s+(?:bet|option|route|person|people|port\s+of\s+call)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: enPassRewrite,
  },
  // "It is them you need to ask", "you have to arrange it with him", "check the manufacturer's website for updates".
  {
    re: /\b(?:it['’]?s|it\s+is|its)\s+(?:them|they|him|her|the\s+[\w-]+|your\s+[\w-]+)\s+(?:you|u)\s+(?:need|have|will\s+need|want|should|must)\s+to\s+(?:ask|contact|call|ring|speak\s+to|talk\s+to|e-?mail|get\s+in\s+touch\s+with|go\s+to|write\s+to)\b|\b(?:you|u)(?:['’]ll|\s+will)?\s+(?:need|have)\s+to\s+(?:arrange|sort|organi[sz]e|book|settle|agree|discuss|take|work)\s+(?:it|this|that)\s+(?:up\s+|out\s+)?(?:directly\s+)?with\s+(?:him|her|them)\b|\b(?:check|see|visit|look\s+(?:at|on))\s+(?:the|their|your)\s+(?:[\w'’-]+\s+){0,2}?(?:manufacturer|maker|brand|seller|retailer|developer|publisher|airline|bank|council|provider|courier|carrier|insurer|landlord|vendor|supplier)['’]?s?\s+(?:website|site|web\s+site|FAQs?|help\s+(?:pages?|centre|center)|support\s+(?:page|site|portal)|app|forum)\b/,
    unless: EN_PASS_UNLESS,
    rewrite: () => ["I'll take this up with them for you"],
  },
  // "…, not us" after a third party: "refunds for marketplace sellers go through the seller, not us".
  {
    re: new RegExp(String.raw`\b(?:through|by|via|to|with)\s+(?:the|your|ur|their)\s+(?:[\w'’&-]{1,40}\s+){0,2}?${EN_THIRD_PARTY_NOUN}\s*,?\s+not\s+(?:us|me|through\s+us|with\s+us)\b`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["through them, and I'll take it to them for you"],
  },
  // Another organisation's job, and their forum as the place to ask: "server outages are Valve's responsibility",
  // "maybe ask on their forum", "post it in the publisher's community".
  {
    re: /\b(?:is|are)\s+(?:entirely\s+|solely\s+|really\s+|all\s+)?(?:the\s+)?(?!(?:our|my|your|everyone|anyone|nobody|customer|tenant|hirer|driver|owner|user|renter|guest|patient|member|buyer|cardholder|account\s+holder|parent|student|player)['’])[\w&-]+['’]s?\s+(?:responsibility|remit|job|department|problem|call)\b[^.!?;]*|\b(?:ask|post|raise\s+it|check)\s+(?:on|in)\s+(?:their|the\s+[\w'’-]+)\s+(?:official\s+)?(?:forum|forums|community(?:\s+(?:page|forum|board))?|discord|subreddit|support\s+(?:site|page|portal|forum)|help\s+(?:centre|center)|message\s+board)\b/,
    unless: EN_PASS_UNLESS,
    rewrite: (ctx) => [/^are\b/i.test(ctx.match) ? "are something I'll take up with them for you" : /^is\b/i.test(ctx.match) ? "is something I'll take up with them for you" : "let me ask them for you"],
  },
  // The third party will have to sort it: "your clinic will have to sort out the referral with the hospital".
  {
    re: new RegExp(String.raw`\b(?:the|your|ur)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD_PARTY_NOUN}\s+(?:will|would|['’]ll)\s+(?:have|need)\s+to\s+(?:sort|settle|resolve|deal\s+with|handle|look\s+into|fix|arrange|take\s+care\s+of)\b[^.!?;]*`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["I'll work this out with them for you"],
  },
  // A third party's remit + how to reach them: "the courier handles all missing parcels, their number is …",
  // "your landlord is responsible for repairs, you can reach them on …".
  {
    re: new RegExp(String.raw`\b(?:the|your|ur|our)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD_PARTY_NOUN}\s+(?:handles?|deals?\s+with|manages?|looks?\s+after|covers?|takes?\s+care\s+of|sorts?\s+out|(?:is|are)\s+(?:responsible|in\s+charge)\s+(?:for|of))\b[^.!?;]{0,60}?(?:[,;:–—]|\s+and|\s+so)\s+(?:(?:(?:their|the|its)\s+)?(?:[\w-]+\s+)?(?:number|phone(?:\s+number)?|e-?mail(?:\s+address)?|address|contact(?:\s+details)?|helpline|hotline|website|line|desk|details)\s+(?:is|are|can)\b|(?:you|u)\s+(?:can|could|should|will\s+need\s+to|need\s+to|['’]ll\s+need\s+to)\s+(?:reach|contact|call|ring|phone|e-?mail|find|get\s+hold\s+of|get\s+in\s+touch\s+with)\s+them)[^.!?;]*`),
    unless: EN_PASS_UNLESS,
    rewrite: () => ["that's handled elsewhere, and I'll take it to them for you"],
  },
  // "You'll need to log a ticket on the vendor portal."
  {
    re: /(?:\b(?:you['’]?ll|you\s+will|you)\s+(?:need|have)\s+to\s+|\bplease\s+|\byou\s+(?:should|must|can)\s+)?\b(?:log|raise|open|submit|file|lodge)\s+(?:a|an)\s+(?:ticket|case|request|claim|complaint)\s+(?:on|through|via|with|in)\s+(?:the|their|your)\s+(?:[\w'’-]+\s+)?(?:vendor|partner|supplier|manufacturer|retailer|third-party|seller|provider|bank|insurer|council|developer|publisher)['’]?s?\s+(?:portal|site|website|app|system|form)\b/,
    unless: EN_PASS_UNLESS,
    rewrite: () => ["I'll raise this with them for you"],
  },
];

export const contactElsewhere: Rule = {
  id: 'contact-elsewhere',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: 'Telling the customer to contact another team, hotline or company',
  en: {
    patterns: [
      {
        // "you'll need to contact", "you have to call", "you must reach out to" + someone other than us
        re: new RegExp(String.raw`\b(?<hit>you(?:['’]?ll|\s+will|\s+would|['’]?d)?\s+(?:need|have|must)\s+(?:to\s+)?(?:contact|call|phone|ring|email|e-mail|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|write\s+to))\s+(?!` + EN_US + String.raw`)(?=\S)`),
        unless: /\?\s*$|(?:^|\W)if\s+you\s+(?:ever\s+|still\s+)?(?:need|have|want)\s+to\b/,
        rewrite: (ctx) => (/\b(?:speak|talk)\b/i.test(ctx.match) ? ["I'll speak to", "I'll check with"] : ["I'll reach out to", "I'll check with"]),
      },
      {
        // "please call our other hotline", "please contact the billing department"
        re: /\b(?<hit>please\s+(?:contact|call|phone|ring|email|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to))\s+(?=(?:our|the|your)\s+(?:other\s+|separate\s+|\w+\s+){0,2}?(?:department|dept|hotline|helpline|office|bank|carrier|manufacturer|provider|seller|retailer|colleagues)\b)/,
        // An open door is not passing on: "if Monday is difficult, or you need anything else, please call the office".
        unless: /\bif\b[^.!?]{0,80}?\b(?:anything\s+else|anything\s+more|any\s+(?:other\s+|more\s+|further\s+)?(?:questions|problems|issues)|(?:is|are|gets?)\s+(?:difficult|tricky|a\s+problem|inconvenient)|(?:doesn['’]?t|does\s+not|don['’]?t)\s+suit|need\s+to\s+(?:change|rearrange|move|cancel))\b/,
        rewrite: () => ["I'll reach out to", "I'll check with"],
      },
      ...EN_BROAD_PASS,
    ],
    message: 'This sends the customer elsewhere',
    explanation:
      'Being passed from one place to the next is one of the most frustrating things for a customer. Where you can, take the question to the other team yourself and come back with the answer.',
    rewrite: () => ["I'll reach out to"],
  },
  de: {
    patterns: foldDe([
      {
        // "Wenden Sie sich bitte an die Buchhaltung", "Bitte wende dich an den Hersteller"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:wenden\s+Sie\s+sich|wende\s+dich)(?:\s+(?:bitte|doch|dafür|damit|deshalb|direkt|dort|hierzu|dazu|deswegen|am\s+besten|für\s+(?:Ihre|deine|diese|solche)\s+[\p{L}-]+)){0,4}\s+an)\s+(?!` + DE_US + String.raw`)(?=\p{L})`, 'u'),
        unless: new RegExp(String.raw`\?\s*$` + DE_ONLY_THEY, 'u'),
        rewrite: deWende,
      },
      {
        // "Da müssen Sie sich an die Buchhaltung wenden" → "Ich wende mich für Sie an die Buchhaltung"
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:müssen|sollten|müssten)\s+Sie\s+sich|(?:musst|solltest|müsstest)\s+du\s+dich|Sie\s+(?:müssen|sollten|müssten)\s+sich|du\s+(?:musst|solltest|müsstest)\s+dich)\s+(?:bitte\s+|direkt\s+|leider\s+|schon\s+|selbst\s+|dann\s+|damit\s+|dafür\s+|schriftlich\s+|persönlich\s+){0,3}an\s+(?!` + DE_US + String.raw`)(?<who>(?:\p{L}+\s+){0,3}?\p{L}+)\s+(?:wenden|halten)(?![\p{L}])`, 'u'),
        unless: new RegExp(String.raw`\?\s*$` + DE_ONLY_THEY, 'u'),
        rewrite: (ctx) => {
          const you = ctx.register === 'informal' ? 'dich' : 'Sie';
          const who = ctx.groups.who ?? '';
          return clauseStart(ctx) ? [`ich wende mich für ${you} an ${who}`] : [`wende ich mich für ${you} an ${who}`];
        },
      },
      {
        // "Sie müssen bei der Hotline anrufen", "Rufen Sie bitte die andere Hotline an"
        re: /(?<![\p{L}])(?<hit>(?:müssen|sollten)\s+Sie\s+(?:bitte\s+|leider\s+)?(?:bei\s+(?:der|dem|Ihrer|Ihrem)\s+\p{L}+\s+anrufen|sich\s+bei\s+(?:der|dem|Ihrer|Ihrem)\s+\p{L}+\s+melden))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['kläre ich das für Sie direkt', 'frage ich für Sie nach'],
      },
    ]),
    message: 'Das schickt den Kunden woandershin',
    explanation:
      'Von einer Stelle zur nächsten geschickt zu werden, frustriert Kunden besonders. Nehmen Sie die Frage wenn möglich selbst mit zur anderen Abteilung und kommen Sie mit der Antwort zurück.',
    rewrite: deWende,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's them I need to speak to, so I've called them and I'll update you at 3.",
      "Permits are issued by the council, and I've already applied for yours.",
      "Between you and me, the new model is much quieter.",
      "The shop you ordered it from should process the exchange, and I've already emailed them the details for you.",
      "Have you tried restarting the router? If not, I can talk you through it.",
      "Your clinic will have to sign the form, and I've already emailed it to them for you.",
      "Refunds go straight back to your card, not to a voucher.",
      "The school office handles lunch payments, and I've asked them to call you.",
      "If Thursday doesn't suit, or you have any other questions, just ring the office on 0113 496 0000.",
      "We have no access to Steam purchases, so I've asked Valve on your behalf.",
      "Try restarting the router first, that often fixes it.",
      "It's up to you whether you keep the old router.",
      "I've logged a ticket on the vendor portal for you.",
      "Our live support will be able to help you best, the chat is open until 8pm.",
      "I checked with the clinic and they can see you on Monday.",
      "The box office has already reissued your tickets.",
      "This sits with me now, and I'll update you by Friday.",
      "The right person to help is me, so let's sort it here.",
      'Please send the form to our returns team.',
      "We've referred this to our claims team, who will contact you by Friday.",
      'You can go through Settings to change the theme.',
      "I'll liaise with your GP's surgery and call you back.",
      'Please call Monday morning if the engineer has not arrived.',
      "No need to call the insurance company, we handle the claim from here.",
      "I've passed this to billing and they'll email you by Friday.",
      'Let me reach out to the landlord for you.',
      'Did you already contact the store?',
      "You said you'd called the bank, thank you for doing that.",
      'Please go to the App Store and update the app.',
      'Please go to the support page for the full guide.',
      'Feel free to reach out to our support team again any time.',
      'If anything else comes up, you can always contact us here.',
      'I have contacted the billing team myself and will update you by Friday.',
      "You don't need to contact anyone else, I'm handling this.",
      "You'll need to contact your bank to release the hold, only they can see it.",
      'Do you need to contact the carrier, or should I do it for you?',
      'Please contact us via DM with your order number.',
    ],
    invalid: [
      { text: "Sorry, [[it's them you need to speak to]].", rewrite: "Sorry, I'll take this up with them for you." },
      { text: "For manuals, [[see the manufacturer's support site]].", rewrite: "For manuals, I'll take this up with them for you." },
      { text: "Sorry, [[an accountant would be your best bet]].", rewrite: "Sorry, I'll get in touch with an accountant for you." },
      { text: "Repairs are [[between you and your managing agent]].", rewrite: "Repairs are something I'll take up with them for you." },
      { text: "[[The shop you ordered it from should process the exchange]].", rewrite: "I'll work this out with them for you." },
      { text: "[[Have you tried calling the pharmacy]]?", rewrite: "I'm happy to ask the pharmacy for you?" },
      { text: "Honestly [[the quickest route is the regulator]].", rewrite: "Honestly I'll get in touch with the regulator for you." },
      { text: "[[Please direct any billing disputes to the wholesaler]].", rewrite: "I'll get in touch with the wholesaler for you." },
      { text: "[[Hit up the publisher]], they run the servers.", rewrite: "I'll get in touch with the publisher for you, they run the servers." },
      { text: "Parking fines are handled [[by the letting agent, not us]].", rewrite: "Parking fines are handled through them, and I'll take it to them for you." },
      { text: "Matchmaking bugs [[are the studio's responsibility]].", rewrite: "Matchmaking bugs are something I'll take up with them for you." },
      { text: "[[The school will need to sort the bus pass out]].", rewrite: "I'll work this out with them for you." },
      { text: "Sorry, [[that's entirely up to your insurer]].", rewrite: "Sorry, it's something I'll take up with your insurer for you." },
      { text: "[[The parish council manages the allotments, not us]].", rewrite: "That's handled elsewhere, and I'll take it to them for you." },
      { text: "[[You'll need to open a case on the manufacturer's portal]].", rewrite: "I'll raise this with them for you." },
      { text: "For repairs, [[go via the dealer]].", rewrite: "For repairs, I'll get in touch with the dealer for you." },
      { text: "[[This falls under your home insurer]], as it's water damage.", rewrite: "This is something I'll take to your home insurer for you, as it's water damage." },
      { text: "Honestly, [[the dealership will be better able to help]] with the recall.", rewrite: "Honestly, I'll check with the dealership for you and with the recall." },
      { text: "[[The only people to ask about this would be the ticketing agency]].", rewrite: "I'll take this to the ticketing agency for you." },
      { text: "We can't change seat maps, [[they're handled by the venue]].", rewrite: "We can't change seat maps, I'll take this to the venue for you." },
      { text: "Appeals [[must be sent to Transport for London]].", rewrite: "Appeals are something I'll take up for you." },
      { text: '[[Please submit your claim directly to the airline]].', rewrite: "I'll get in touch with the airline for you." },
      { text: '[[Appeals go through the parking authority]].', rewrite: "Something I'll take up for you." },
      { text: '[[Drop the venue an email]], they handle refunds.', rewrite: "I'll get in touch with the venue for you, they handle refunds." },
      { text: 'Queries about the licence invoice [[must be sent to finance@partner.com]].', rewrite: "Queries about the licence invoice are something I'll take to finance@partner.com for you." },
      { text: "[[Not something we handle]], sorry.", rewrite: "Let me find the right person for this and get back to you, sorry." },
      { text: "Parking permits [[aren't something we deal with]].", rewrite: "Parking permits let me find the right person for this and get back to you." },
      { text: "[[The optician handles lens fittings, their number is on the receipt]].", rewrite: "That's handled elsewhere, and I'll take it to them for you." },
      { text: "We've got no access to that system, [[email the nursery]] instead.", rewrite: "We've got no access to that system, I'll get in touch with the nursery for you instead." },
      { text: "[[Try the sorting office]], they may have it.", rewrite: "I'll get in touch with the sorting office for you, they may have it." },
      { text: "[[You'll want to ring Highways England]] about the pothole.", rewrite: "I'll get in touch with Highways England for you about the pothole." },
      { text: 'For the water pressure, [[ring the utility company]].', rewrite: "For the water pressure, I'll get in touch with the utility company for you." },
      { text: '[[Raise it with your IT admin]], they control the seats.', rewrite: "I'll get in touch with your IT admin for you, they control the seats." },
      { text: "[[I'd suggest you talk to the sales department]].", rewrite: "I'll get in touch with the sales department for you." },
      { text: 'Licence transfers are handled by our reseller, [[get in touch with them]].', rewrite: "Licence transfers are handled by our reseller, I'll get in touch with them for you." },
      { text: "[[That's a question for the manufacturer]].", rewrite: "Let me check that with the manufacturer for you." },
      { text: "Due to contractual agreements, [[you'll need to contact]] AT&T for a resolution.", rewrite: "Due to contractual agreements, I'll reach out to AT&T for a resolution." },
      { text: '[[You have to call]] the billing department about this.', rewrite: "I'll reach out to the billing department about this." },
      { text: '[[Please call]] our other hotline for that.', rewrite: "I'll reach out to our other hotline for that." },
      { text: '[[you need to speak to]] the returns team', rewrite: "I'll speak to the returns team" },
    ],
  },
  de: {
    valid: [
      "Wenn du magst, kannst du dich auch direkt an mich wenden.",
      'Bei Fragen können Sie sich jederzeit an uns wenden.',
      'Wenden Sie sich gern direkt an mich.',
      'Ich habe mich schon an die Buchhaltung gewandt und melde mich morgen.',
      'Sie müssen nichts weiter tun.',
      'Haben Sie sich schon an Ihre Bank gewandt?',
      'Dafür müssen Sie sich an niemanden wenden, ich erledige das.',
      'Wenden Sie sich bitte an Ihre Bank, nur sie kann die Sperre aufheben.',
    ],
    invalid: [
      { text: 'Da [[müssten Sie sich an Ihre Schulleitung wenden]], wir organisieren nur die Busse.', rewrite: 'Da wende ich mich für Sie an Ihre Schulleitung, wir organisieren nur die Busse.' },
      { text: '[[Wenden Sie sich bitte an]] die Buchhaltung.', rewrite: 'Ich wende mich für Sie an die Buchhaltung.' },
      { text: 'Da [[müssen Sie sich an die Buchhaltung wenden]].', rewrite: 'Da wende ich mich für Sie an die Buchhaltung.' },
      { text: 'Dafür [[wende dich bitte an]] den Hersteller.', rewrite: 'Dafür wende ich mich für dich an den Hersteller.' },
      { text: 'Tut mir leid, [[wenden Sie sich bitte an]] den Hersteller.', rewrite: 'Tut mir leid, ich wende mich für Sie an den Hersteller.' },
      { text: 'Dann [[müssen Sie bei der Hotline anrufen]].', rewrite: 'Dann kläre ich das für Sie direkt.' },
      { text: 'Wegen der Rechnung [[wenden Sie sich bitte an]] Ihren Stromanbieter.', rewrite: 'Wegen der Rechnung wende ich mich für Sie an Ihren Stromanbieter.' },
    ],
  },
};
