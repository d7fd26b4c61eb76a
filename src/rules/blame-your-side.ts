// Putting the problem on the customer's side or on a third party: "the issue is on your end",
// "the problem is with your router", "user error", "your bank blocked it, take it up with them",
// "the courier lost it, not us"; "Das Problem liegt bei Ihnen", "Das ist ein Bedienfehler",
// "Das liegt an Ihrem Router", "Der Kurier hat es verloren, nicht wir".
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enCheck = () => ["let's find out together what is causing this", "let me help you track this down"];
const enTogether = () => ["let's sort this out together", 'let me help you fix this'];
const enOwn = () => ["I'll take care of it for you", "I'll sort this out for you"];
const deCheck = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass uns gemeinsam herausfinden, woran es liegt', 'ich helfe dir gern, die Ursache zu finden']
    : ['lassen Sie uns gemeinsam herausfinden, woran es liegt', 'ich helfe Ihnen gern, die Ursache zu finden'];
const deOwn = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['ich kümmere mich für dich darum'] : ['ich kümmere mich für Sie darum'];

/** Things the customer owns (or chose), which agents blame. */
const EN_OWNED = String.raw`(?:own\s+)?(?:device|phone|handset|mobile|laptop|computer|pc|mac|tablet|router|modem|hub|wi-?fi|network|home\s+network|internet(?:\s+connection)?|connection|broadband|browser|settings|setup|set-up|firewall|antivirus|vpn|bank|card\s+issuer|card\s+provider|provider|isp|email\s+provider|mail\s+server|spam\s+filter|employer|it\s+department|equipment|hardware|software|installation|wiring|sim|account\s+settings|phone['’]?s?\s+settings)`;
const DE_OWNED = String.raw`(?:(?:eigenen?|veraltete[nmrs]?|alte[nmrs]?|langsame[nmrs]?|schwache[nmrs]?)\s+)?(?:Adblocker|Werbeblocker|VPN|Antivirenprogramm|Betriebssystem|Fritzbox|FritzBox|Modem|Drucker|Akku|SIM-Karte|Router|Gerät|Geräte|Handy|Smartphone|Telefon|Computer|PC|Laptop|Rechner|Tablet|Browser|WLAN|Wlan|Netzwerk|Heimnetz|Internet|Internetverbindung|Verbindung|Einstellungen|Konfiguration|Bank|Hausbank|Kartenbank|Provider|Anbieter|Internetanbieter|Internetprovider|Mobilfunkanbieter|Netzanbieter|Netzbetreiber|Stromanbieter|Kreditkartenfirma|Kreditkartenanbieter|Zahlungsdienstleister|Mailanbieter|E-Mail-Anbieter|Firewall|Virenscanner|Spamfilter|Postfach|Mailprogramm|Hardware|Software|Installation|Verkabelung|Arbeitgeber|Netz)`;
/** Hedged or helpful diagnoses are not blame. */
const EN_HEDGE = /\b(?:if|whether|might|may|could|possibly|perhaps|maybe|likely|probably|seems?|looks?\s+like|appears?|I\s+think|let['’]?s|let\s+me|I['’]?ll|I\s+will|I\s+can|we\s+can|here['’]?s|here\s+is|together|check|not\s+(?:on\s+)?your|no\s+longer|isn['’]?t|wasn['’]?t|nothing\s+wrong\s+with\s+your)\b|\?/;
const DE_HEDGE = /(?<![\p{L}])(?:falls|wenn|ob|vielleicht|vermutlich|wahrscheinlich|möglicherweise|eventuell|evtl|könnte|dürfte|scheint|ich\s+zeige|ich\s+helfe|ich\s+schaue|lassen\s+Sie\s+uns|lass\s+uns|gemeinsam|gern|gerne|nicht\s+an\s+(?:Ihnen|dir|Ihrem|Ihrer|deinem|deiner))(?![\p{L}])|\?/u;
/** Hedged, or the agent takes it on in the same sentence ("…, ich habe dort schon ein Ticket eröffnet"). */
const DE_HEDGE_OWNING = new RegExp(`${DE_HEDGE.source}|(?<![\\p{L}])(?:ich\\s+(?:habe|hab|kläre|kümmere)|(?:habe|hab)\\s+ich|Ticket)(?![\\p{L}])`, 'u');

/**
 * Broad English blame by roles, not phrases (a fault's AGENT + a FAULT predicate within a few words).
 * Agents: the customer ("you", "the X you sent"), their bank/insurer/IT/GP/installer, a courier or partner,
 * "our warehouse", "the previous agent". Silenced by hedges, questions, ownership ("I've", "I'll", "sorry",
 * "on us") and negated cues ("not your fault", "you didn't do anything wrong").
 */
const EN_THIRD = String.raw`(?:bank|card\s+issuer|insurer|insurance\s+(?:company|provider)|(?:network\s+|energy\s+|internet\s+|broadband\s+|email\s+)?(?:provider|supplier)|ISP|employer|IT(?:\s+(?:department|team|admin|people|guys))?|admin(?:istrator)?|installer|electrician|plumber|builder|landlord|letting\s+agent|GP(?:['’]s)?(?:\s+(?:surgery|practice))?|surgery|doctor['’]?s?(?:\s+(?:office|surgery))?|pharmacy|pharmacist|courier|carrier|delivery\s+(?:driver|company|partner|firm|service)|driver|postman|post\s+office|postal\s+service|Royal\s+Mail|manufacturer|seller|vendor|reseller|retailer|partner|contractor|subcontractor|engineer|technician|warehouse(?:\s+(?:team|staff|guys))?|depot|dispatch(?:\s+team)?|billing(?:\s+(?:team|department|dept))?|accounts(?:\s+(?:team|department|dept))|finance\s+(?:team|department)|sales\s+(?:team|department|dept)|(?:previous|last|other|first|night|weekend|day)\s+(?:agent|colleague|shift|advisor|adviser|rep|representative|person|team|guy)|colleague|rental\s+desk|front\s+desk|reception(?:ist)?|hotel|airline|council|school|accountant|solicitor|processor|payment\s+(?:provider|processor|gateway)|HR(?:\s+(?:team|department|system))?|admin\s+team|office|clinic|venue|organi[sz]er|host|agency|operator|carrier|network|firm|company|guys|people|staff|team|department|dept|cleaner|nanny|childminder|lodger|flatmate|housemate|neighbou?r|decorator|gardener|practice|vet(?:s|['’]s)?|veterinary\s+(?:practice|surgery|clinic)|hospital|lab|laboratory|dentist(?:['’]s)?|garage|dealer(?:ship)?|branch|store|shop|travel\s+agent|tour\s+operator|head\s+office|marketing(?:\s+team)?|management|estate\s+agent|property\s+manager|managing\s+agent|booking\s+(?:site|platform|agent)|optician|pharmacy|university|college|nursery|gym)`;
const EN_FAULT_AGENT = String.raw`(?:(?:your|ur|the|our|their)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD}(?:\s+(?:staff|team|people))?(?:\s+(?:at|in|on|from)\s+(?:the\s+)?[A-Za-z][\w-]*)?|the\s+(?:[\w-]+\s+){0,2}?(?:your|ur)\s+[\w-]+\s+(?:sent|hired|booked|used|chose|arranged|brought\s+in|got\s+in)|the\s+(?:[\w-]+\s+){0,2}?(?:you|u)\s+(?:gave(?:\s+us)?|sent(?:\s+(?:us|in))?|hired|employed|paid|entered|typed|provided|supplied|submitted|used|chose|selected|picked|put\s+in|filled\s+in|uploaded|registered\s+with|quoted|booked))`;
const EN_FAULT_PRED = String.raw`(?:(?:messed|screwed|mucked|cocked|fouled|mixed)\s+(?:(?:it|this|that|things|everything|your\s+[\w-]+|the\s+[\w-]+)\s+)?up|dropped\s+the\s+ball|made\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:mistake|error|typo|mess|mix-?up|blunder)|got\s+(?:it|this|that|the\s+[\w-]+|your\s+[\w-]+)\s+wrong|(?:gave|told|sent)\s+(?:you|u|us|me)\s+(?:over\s+)?(?:the\s+|an?\s+)?(?:wrong|incorrect|false|bad|inaccurate|misleading|outdated|old|expired|out-of-date)|left\s+(?:the|your|it|them)\s+(?:[\w-]+\s+)?(?:open|on|unlocked|running|unattended|outside|behind|in\s+the\s+rain)\b|keeps?\s+(?:on\s+)?(?:[a-z]+ing)\s+(?:up\s+)?(?:[\w'’-]+\s+){0,2}?(?:wrong|incorrect|faulty|damaged|broken|mixed\s+up|late)\b|keeps?\s+(?:mixing|messing|screwing|mucking|cocking)\s+(?:[\w'’-]+\s+){0,2}?up|(?:[a-z]+ed|did|made|put|sent|set|took)\s+(?:[\w'’-]+\s+){0,5}?without\s+(?:telling|informing|asking|notifying|warning|consulting|letting\s+(?:us|anyone|anybody)\s+know|checking(?:\s+(?:it\s+)?with)?)\s+(?:us|anyone|anybody|me|you|u|customers|the\s+customers?)\b|(?:forgot|failed|neglected)\s+to\s+(?!(?:mention|say|add)\b)[a-z]+\b|(?:didn['’]?t|didnt|did\s+not|never|forgot\s+to|failed\s+to|neglected\s+to)\s+(?:bother\s+to\s+)?(?:send|pass|forward|update|process|record|log|note|tell|inform|ship|deliver|book|submit|register|file|enter|check|read|pay|authori[sz]e|approve|sign|include|attach|notify|follow|put|turn\s+up|show\s+up|arrive|do|fit|fix|connect|return|collect|pick\s+up|leave|wait|knock|ring|call|answer|respond|reply|bring|get|cancel|refund|credit|apply|activate|set\s+up|finish|complete|label|pack|scan|sign\s+off)|never\s+(?:(?!(?:asked|shared|sold|stored|used|accessed|requested|charged|needed|missed)\b)[a-z]+ed|sent|told|paid|put|did|got|read|brought|left|rang|came|showed\s+up|turned\s+up|gave|took)\b|(?:sent|delivered|shipped|posted|forwarded|took|put|booked|entered|typed|keyed|wired|installed|fitted|charged|billed|addressed|labell?ed|packed|processed|filed|logged|recorded|quoted|routed|assigned)\s+(?:[\w'’-]+\s+){0,4}?(?:wrong(?:ly)?|incorrect(?:ly)?|incomplete|invalid|inaccurate|outdated|to\s+the\s+wrong|at\s+the\s+wrong|in\s+the\s+wrong|under\s+the\s+wrong)|(?:lost|damaged|broke|misplaced|mislabell?ed|misrouted|mis-?delivered|mishandled|scratched|dented|dropped|cracked|smashed|chipped|ruined|snapped|stripped)\s+(?:it|this|them|your|the)\b|(?:skipped|missed|ignored|forgot)\s+(?:your|the|our)\s+(?:[\w'’-]+\s+){0,2}?again\b|(?:is|was|were|are)\s+(?:(?:simply|clearly|just|unfortunately|all|obviously)\s+)?(?:wrong|incorrect|invalid|incomplete|inaccurate|illegible|unreadable|not\s+valid|not\s+correct)|(?:is|was|were|are)\s+(?:[\w,.'’-]+\s+){0,4}?(?:too\s+(?:high|low|early|late|short|long|small|big|large|old)|too\s+[a-z]+\s+to\s+(?:verify|read|process|accept|use|scan|match|validate|confirm|approve)|out\s+by|off\s+by)\b|(?:is|was|are|were)(?:n['’]?t|\s+not)\s+(?:one\s+of\s+our\s+|an?\s+)?(?:approved|authori[sz]ed|certified|registered|accredited|recogni[sz]ed|official|genuine|valid|signed|original|legible|acceptable|readable|in\s+date)\b|(?:drilled|cut|dug|sawed|sawn|nailed|screwed|hammered)\s+(?:right\s+)?(?:through|into)\s+(?:the|a|our|your)\b|(?:severed|punctured|burst|flooded|overloaded)\s+(?:the|our|your|a)\b|(?:rejected|declined|refused|bounced|returned|cancell?ed)\s+(?:[\w'’-]+\s+){0,3}?(?:twice|again|repeatedly|three\s+times|several\s+times)\b|(?:is|are|was|were|keeps?)\s+(?:[\w-]+\s+)?(?:blocking|preventing|stopping|interfering\s+with|rejecting|filtering|breaking|corrupting)\s+(?:our|the)\b|(?:is|was|are|were)\s+(?:(?:entirely|solely|totally|fully)\s+)?(?:to\s+blame|at\s+fault|responsible\s+for\s+(?:this|that|the\s+(?:delay|damage|mistake|error|problem|issue)))|(?:blocked|rejected|declined|refused|bounced|stopped|held)\s+(?:it|the|your|our)\b[^.!?;,]{0,40}?(?:,?\s*(?:that['’]?s|which\s+is|this\s+is)\s+why|,?\s*not\s+(?:us|we|our)\b|,?\s*(?:so\s+)?(?:there['’]?s\s+)?nothing\s+(?:we|I)\s+can\s+do))`;
/** Ownership, hedges, questions and negated cues silence the broad blame patterns. */
const EN_BROAD_BLAME_UNLESS = /\b(?:if|whether|might|may|could(?!\s*(?:not|n['’]?t)\b)|possibly|perhaps|maybe|looks?\s+like|appears?|I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we\s+have|we['’]?ll|we\s+will|(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)\s+(?:now\s+|already\s+|personally\s+)?(?:[a-z]+ing|on\s+it)|we\s+should(?:\s+have|['’]ve)|let\s+me|sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error|bad)|on\s+us|not\s+your\s+fault|nothing\s+(?:you\s+)?(?:did\s+)?wrong|you\s+(?:did(?:n['’]?t|\s+not)\s+(?:do\s+anything|make\s+(?:a|any)\s+mistake|need|have\s+to|cause|break)|were\s+right)|you['’]?re\s+right|thanks?|thank\s+you)\b|\?/;
const EN_BROAD_BLAME: Pattern[] = [
  // AGENT + FAULT: "your GP's surgery sent the referral to the wrong clinic", "the meter reading you sent in was wrong",
  // "the courier dropped the ball", "our warehouse team messed up again", "the previous agent gave you incorrect information".
  {
    re: new RegExp(String.raw`\b${EN_FAULT_AGENT}(?:\s+in)?\s+(?:(?:has|have|had|clearly|obviously|simply|just|apparently|evidently|again|also|completely|totally|actually|seriously|really|unfortunately)\s+){0,2}${EN_FAULT_PRED}[^.!?;,]*`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["something went wrong along the way, and I'll help you sort it out"],
  },
  // FAULT by AGENT, passive: "the mistake was made by your bank", "the error was caused by the courier".
  {
    re: new RegExp(String.raw`\b(?:the\s+|this\s+|that\s+)?(?:mistake|error|mix-?up|problem|issue|fault|damage|delay|confusion)\s+(?:was|is|has\s+been)\s+(?:(?:clearly|entirely|obviously|solely)\s+)?(?:made|caused|created)\s+by\s+(?:you\b|${EN_FAULT_AGENT})[^.!?;,]*|\b(?:the\s+)?(?:fault|blame|responsibility|problem|mistake|error)\s+(?:lies|lay|rests|sits|is|was)\s+(?:(?:entirely|solely|squarely|clearly|fully|completely|all)\s+)?with\s+${EN_FAULT_AGENT}[^.!?;]*`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["something went wrong along the way, and I'll help you sort it out"],
  },
  // NOT-US: "we can't be held responsible for delays caused by the postal service", "it's not our error, ...",
  // "that's not our problem", "nothing we can do on our side".
  {
    re: /\b(?:we|I)\s+(?:can(?:no|['’])?t|cannot|can\s+not|are\s+not|aren['’]?t|['’]re\s+not|am\s+not|['’]m\s+not)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable|accountable)\b[^.!?;]*|\b(?:it|this|that)(?:['’]?s\s+not|\s+is\s+not|\s+was\s+not|\s+isn['’]?t|\s+wasn['’]?t|s\s+not)\s+(?:really\s+)?(?:our|my)\s+(?:fault|error|mistake|problem|responsibility|issue|doing)\b|\bnot\s+(?:our|my)\s+(?:fault|error|mistake|problem|responsibility)\b|\bnothing\s+(?:we|I)\s+can\s+do\s+(?:on|at|from)\s+(?:our|my)\s+(?:side|end)\b/,
    unless: /\b(?:if|whether|sorry\s+(?:that|for)|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry|alone|apologi[sz]e\s+for|I['’]?ll|I\s+will|let\s+me|but\s+I|however,?\s+I|(?<!nothing\s)I\s+can|(?<!nothing\s)we\s+can\s+(?!be)|I['’]?ve|I\s+have|anyway|all\s+the\s+same|still)\b|\bnot\s+(?:your|you)\b|\?/,
    rewrite: () => ["I'll still do what I can to help"],
  },
  // The customer as the agent with a fault word: "you entered an invalid VAT number", "u gave us an expired card".
  {
    re: /\b(?:you|u)\s+(?:(?:simply|clearly|obviously|just|apparently|evidently)\s+)?(?:entered|typed|gave(?:\s+us)?|sent(?:\s+us)?|provided|used|chose|selected|picked|put\s+in|filled\s+in|submitted|supplied|uploaded|booked|ordered|quoted|registered(?:\s+it)?\s+(?:with|under|using)|(?:paid|checked\s+out|signed\s+up|logged\s+in|booked(?:\s+it)?|(?:tried\s+to\s+)?pay)\s+(?:with|using|from|by|on|under))\s+(?:an?|the|your|ur)\s+(?:[\w-]+\s+)?(?:invalid|incorrect|wrong|incomplete|expired|outdated|out-of-date|misspel(?:led|t)|unsupported|closed|blocked|frozen|cancell?ed|lapsed|old|previous|former|[\w-]+\s+(?:that|which)\s+(?:had|has|was)\s+(?:already\s+)?(?:expired|lapsed|been\s+(?:closed|blocked|cancell?ed|frozen)))\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['there was a mix-up with the details'],
  },
  // The customer's side did it, so the charge stands: "your fleet manager added the extra drivers, so the charge
  // stands", "you changed the date yourself, so the fee is correct".
  {
    re: /\b(?:you|u|(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+)\s+[a-z]+\b[^.!?;]{0,60}?,?\s+(?:so|which\s+is\s+why|hence)\s+(?:the|this|that|your|a)\s+(?:[\w£$€.-]+\s+)?(?:charge|fee|fine|bill|penalty|invoice|amount|deduction|surcharge|excess|purchases?|orders?|transactions?|payments?)\s+(?:stands|still\s+stands|(?:is|are)\s+(?:correct|valid|right|due|payable|fair|justified|legitimate|genuine|final)|applies|still\s+applies|remains|will\s+stand)\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['the charge is on the account, and I\'m happy to go through it with you'],
  },
  // Nobody there, or the customer's omission, as the cause: "the delivery failed because nobody was in", "as you
  // hadn't given a safe place", "since you never confirmed the slot".
  {
    re: /\b(?:because|as|since|cos|cause|coz|bc)\s+(?:(?:(?:nobody|no\s+one|no-one)\s+was|(?:you|u)\s+(?:weren['’]?t|were\s+not))\s+(?:in|home|at\s+home|there|available|around|present)|(?:you|u)\s+(?:had\s+not|hadn['’]?t|did\s+not|didn['’]?t|didnt|never|failed\s+to|forgot\s+to|neglected\s+to)\s+(?!(?:need|have|want|hear|get|receive|know|mean|ask\s+for)\b)[a-z]+)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:our\s+(?:driver|courier|engineer)|we\s+(?:missed|forgot|didn['’]?t)|(?:is|are|was|were|stays?|remains?|stayed|remained)\s+(?:completely\s+|perfectly\s+|totally\s+|still\s+)?(?:safe|secure|protected|unaffected|fine)|good\s+(?:thing|news|call)|well\s+done|luckily|thankfully|fortunately|no\s+need\s+to\s+worry)\b`),
    rewrite: () => ['as the delivery could not be completed, and I\'ll help you rebook it'],
  },
  // The customer's paperwork or input at fault: "because your commercial invoice was missing the HS codes", "since
  // your photo didn't match the ID", "tickets raised by your team lacked the required logs".
  {
    re: /\b(?:(?:because|as|since|cos|cause|coz|bc)\s+(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+|(?:raised|sent|submitted|provided|filled\s+in|uploaded|supplied|entered)\s+by\s+(?:you|u|(?:your|ur)\s+[\w-]+))\s+(?:(?:was|were|is|are)\s+(?:(?:still|simply|clearly)\s+)?(?:missing|lacking|incomplete|wrong|incorrect|invalid|illegible|unsigned|expired|out\s+of\s+date|outdated|not\s+(?:signed|valid|complete|correct|filled\s+in))|lacked|lacks|(?:didn['’]?t|did\s+not|doesn['’]?t|does\s+not)\s+(?:include|have|contain|show|match|meet)|had\s+no)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:our|we)\b`),
    rewrite: () => ['as a detail still needs sorting, and I can help with that'],
  },
  // Damage put down to the customer's handling: "the tyre was damaged by kerbing", "caused by misuse", "due to liquid
  // damage, which is not covered".
  {
    re: /\b(?:damaged|caused|broken|cracked|scratched|dented|bent|worn)\s+(?:by|through|due\s+to|from)\s+(?:(?:a|an|the|some|your)\s+)?(?:[\w-]+\s+)?(?:misuse|kerbing|improper\s+use|incorrect\s+use|user\s+error|mishandling|drop|dropping|impact|liquid|water|neglect|rough\s+handling|overloading|tampering|careless\w*|abuse)\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:our|we|courier|in\s+transit|delivery|flood|storm|covered\s+(?:under|by))\b`),
    rewrite: () => ["damaged, and I'll look at the options with you"],
  },
  // The customer's way of doing it as the reason: "the reason your refund is late is that you sent the item back
  // without a returns number", "the error is on the form you filled in", "the charge was triggered by your late
  // return", "the leak came from your washing machine, not the pipework", "set to the wrong channel by whoever installed it".
  {
    re: /\bthe\s+reason\s+(?:why\s+)?(?:your\s+[\w-]+|the\s+[\w-]+(?:\s+[\w-]+)?|this|it|that)\b[^.!?;]{0,40}?\b(?:is|was)\s+(?:that|because)\s+(?:you|u|your\s+[\w-]+)\s+[^.!?;]*|\b(?:you|u)\s+(?:[a-z]+ed|sent|sold|paid|left|made|took|put|did|brought)\s+(?:[\w'’-]+\s+){0,4}?without\s+(?:a|an|the|any|your|first)\s+[^.!?;,]*|\bthe\s+(?:error|mistake|problem|issue|fault|typo)\s+(?:is|was|lies)\s+(?:on|in|with)\s+(?:your\s+[\w-]+|the\s+(?:[\w-]+\s+){0,2}?(?:you|u)\s+[a-z]+(?:\s+(?:in|out|up))?)\b[^.!?;]*|\b(?:triggered|caused|prompted|generated|incurred)\s+by\s+(?:your|ur)\s+(?:late|missed|early|incorrect|wrong|failed|repeated|multiple|unauthori[sz]ed|excessive|over|extra)\b[^.!?;,]*|\b(?:came|comes|is\s+coming|originated|originates|started|starts)\s+(?:from|in|at)\s+(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+\s*,?\s+not\s+(?:the|our|from)\b[^.!?;]*|\b(?:set|installed|fitted|wired|configured|connected|put|plugged)\s+(?:[\w-]+\s+){0,3}?(?:to|on|in|into|at)\s+the\s+wrong\s+[\w-]+\s+by\s+(?:you|u|your\s+[\w-]+|whoever|the\s+(?:previous|last)\s+[\w-]+)\b[^.!?;]*|\b(?:was|were|has\s+been)\s+(?:returned|sent\s+back|brought\s+back|handed\s+back)\s+(?:[\w-]+\s+)?(?:used|worn|damaged|opened|dirty|incomplete|broken|unclean|stained)\s*,?\s+(?:so|which\s+is\s+why|hence|and\s+(?:so|therefore))\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:our|we)\s+(?:fault|mistake|error|side)\b|\bno\s+(?:worries|problem)\b`),
    rewrite: () => ["let's look at what happened together"],
  },
  // Someone on the customer's side did it, even hedged: "looks like someone on your end changed the password".
  {
    re: /\b(?:some(?:one|body)|one\s+of\s+(?:your|ur)\s+[\w-]+)\s+(?:on|at|from|in)\s+(?:your|ur)\s+(?:end|side|team|office|account|household|network)\s+(?:must\s+have\s+|has\s+|had\s+)?(?:[a-z]+ed|changed|reset|removed|deleted|made|did|sent|gave|took|put|set|broke)\b[^.!?;,]*/,
    unless: /\b(?:if|whether|I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|thanks?|thank\s+you|no\s+worries)\b|\?/,
    rewrite: () => ["let's look at what happened together"],
  },
  // Money short on the customer's side, or records showing their handling: "because there were insufficient funds in
  // your account", "our records show the device was dropped in water", "the inspection confirmed it had been opened".
  {
    re: /\b(?:because|as|since|due\s+to|owing\s+to)\s+(?:there\s+(?:were|was)\s+)?(?:insufficient|not\s+enough|no)\s+(?:funds|money|balance|credit)\s+(?:in|on)\s+(?:your|ur)\b[^.!?;,]*|\b(?:our|the)\s+(?:records|logs?|system|diagnostics|data|report|inspection|engineer['’]s\s+report|assessment|investigation)\s+(?:show|shows|showed|indicate|indicates|indicated|confirm|confirms|confirmed|suggest|suggests)\s+(?:that\s+)?(?:the|your)\s+[\w-]+\s+(?:was|were|had\s+been|has\s+been)\s+(?:dropped|exposed\s+to|submerged|immersed|opened|tampered\s+with|modified|rooted|jailbroken|misused|overloaded|damaged\s+by|used\s+(?:with|for))\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: (ctx) => [/^(?:because|as|since|due|owing)\b/i.test(ctx.match) ? "as the payment couldn't be taken, and I'll help you sort it out" : "let's look at what happened together"],
  },
  // The customer's own kit in the way: "your firewall is blocking our updates", "your VPN keeps interfering with the app".
  {
    re: new RegExp(String.raw`\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?(?:${EN_OWNED}|firewall|antivirus|anti-virus|VPN|ad\s*blocker|proxy|security\s+software)\s+(?:is|are|was|were|keeps?)\s+(?:[\w-]+\s+)?(?:blocking|preventing|stopping|interfering\s+with|rejecting|filtering|breaking|corrupting|dropping|killing)\s+(?:our|the)\b[^.!?;,]*`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["something on the connection is getting in the way, and I'll help you check it"],
  },
  // Still more of the customer's doing: "your address was missing the flat number, that's why it came back", "too many
  // wrong PIN attempts on your part", "you left the car unlocked", "you had 30 days and sent it after 45", "so it's
  // not a manufacturing fault".
  {
    re: /\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+\s+(?:was|were|is|are)\s+(?:missing|lacking)\b[^.!?;]{0,50}?(?:that['’]?s\s+why|thats\s+why|which\s+is\s+why|hence|so\s+(?:it|the|we))\b[^.!?;]*|\b(?:wrong|incorrect|failed|invalid|missed|late|too\s+many)\s+(?:[\w-]+\s+){0,3}?(?:on|at|from)\s+(?:your|ur)\s+(?:part|side|end)\b|\b(?:you|u)\s+(?:must\s+have\s+)?left\s+(?:the|your|it|them)\s+(?:[\w-]+\s+){0,2}?(?:open|on|unlocked|running|unattended|outside|behind|in\s+the\s+rain|switched\s+on|plugged\s+in)\b[^.!?;,]*|\b(?:you|u)\s+had\s+(?:\d+|a|one|two|three|seven|fourteen|thirty)\s+(?:days?|weeks?|months?|hours?)\b[^.!?;]{0,40}?\b(?:and|but)\s+(?:you\s+|u\s+)?(?:sent|submitted|returned|paid|booked|cancell?ed|claimed|reported|contacted|called|applied)\b[^.!?;]*|\b(?:is|['’]s|was)\s+not\s+(?:a|an)\s+(?:manufacturing|manufacturer['’]?s?|product|factory|warranty)\s+(?:fault|defect|issue|problem)\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:nothing|no\s+(?:error|mistake|problem|fault))\b|\bnot\s+(?:\w+\s+){0,2}(?:on|at|from)\s+your\b`),
    rewrite: (ctx) => [/^(?:is|['’]s|was)\s+not\b/i.test(ctx.match) ? "may have another cause, so let's look at it together" : "let's look at what happened together"],
  },
  // Against the instructions, logins from the customer's device, signed for at their address: "installed outdoors,
  // against the instructions", "our logs show three logins from your device", "signed for by someone at your address".
  {
    re: /\b(?:against|contrary\s+to|despite|ignoring)\s+(?:the|our|all|any)\s+(?:[\w-]+\s+)?(?:instructions|advice|guidance|recommendations|warnings?|manual|safety\s+notes?)\b[^.!?;]*|\b(?:our|the)\s+(?:records|logs?|system|data|audit\s+trail)\s+(?:show|shows|showed|indicate|indicates|confirm|confirms)\s+(?:[\w-]+\s+){0,4}?(?:from|on|by)\s+(?:your|ur)\s+(?:own\s+)?(?:device|account|phone|IP|IP\s+address|computer|card|login|home|address|network)\b[^.!?;]*|\bsigned\s+for\s+(?:by\s+)?(?:someone|somebody|a\s+[\w-]+|an\s+[\w-]+)\s+(?:at|from)\s+(?:your|ur)\s+(?:address|property|home|house|building|office|flat)\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\bif\s+that\s+was(?:n['’]?t|\s+not)\b`),
    rewrite: (ctx) => [/^(?:against|contrary|despite|ignoring)\b/i.test(ctx.match) ? 'in a way we should look at together' : "let's look at what happened together"],
  },
  // "Down to the way the unit was stored", "your company's admin removed your licence", "the late fee applies as payment
  // reached us on the 9th".
  {
    re: /\b(?:down\s+to|due\s+to|because\s+of|caused\s+by|a\s+result\s+of)\s+(?:the\s+way|how)\s+(?:the\s+[\w-]+|it|they|you|u|your\s+[\w-]+)\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:stored|used|installed|handled|maintained|cleaned|fitted|set\s+up|treated|packed|charged|operated|driven|kept|looked\s+after|assembled|washed)\b[^.!?;]*|\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?(?:admin(?:istrator)?|manager|IT\s+(?:team|department|admin)|company|employer|organi[sz]ation|account\s+(?:owner|holder)|colleague|partner|husband|wife|son|daughter|kid|child|parent)\s+(?:has\s+|had\s+)?(?:removed|deleted|revoked|cancell?ed|disabled|deactivated|changed|reset|downgraded|reassigned|transferred|blocked)\s+(?:your|the)\b[^.!?;,]*|\b(?:fee|charge|penalty|fine|interest)\s+(?:applies|was\s+applied|is\s+due|stands)\s+(?:as|because|since)\s+(?:your\s+)?(?:payment|it|the\s+payment|the\s+form|the\s+return|the\s+renewal)\s+(?:only\s+)?(?:reached\s+us|arrived|came\s+in|was\s+received|was\s+made|cleared)\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["let's look at what happened together"],
  },
  // The counterfactual: "had you told us sooner we could have stopped the payment", "if you'd returned it in time"
  // (not reading: "if you had read the policy before signing" is lecturing).
  {
    re: /\b(?:had\s+(?:you|u)|if\s+(?:you|u)(?:['’]d|\s+had))\s+(?:(?:only|just)\s+)?(?!(?:read|checked|looked|reviewed|studied)\b)(?:[a-z]+ed|told|let\s+us\s+know|got\s+in\s+touch|rung|rang|called|contacted|informed|reported|returned|sent|paid)\b[^.!?;]{0,40}?\b(?:sooner|earlier|in\s+time|before|first|on\s+time)\b[^.!?;]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|no\s+worries|don['’]?t\s+worry|not\s+your\s+fault|we\s+should)\b|\?/,
    rewrite: () => ["let's look at what we can still do"],
  },
  // More ways other writers put it on the customer: "your boiler was not serviced for three years, which voids the
  // warranty", "had you told us sooner we could have stopped it", "it was your decision to cancel", "uninstalled on your
  // side", "damaged while in your possession".
  {
    re: /\byour\s+(?:[\w'’-]+\s+){0,2}?[\w-]+\s+(?:was\s+not|wasn['’]?t|were\s+not|weren['’]?t|hasn['’]?t\s+been|has\s+not\s+been|hadn['’]?t\s+been|had\s+not\s+been|was\s+never|had\s+never\s+been)\s+(?:serviced|maintained|registered|activated|updated|cleaned|descaled|inspected|renewed|paid|topped\s+up|backed\s+up|returned|signed|insured|taxed|declared)\b[^.!?;]*|\b(?:which|this|that)\s+(?:voids|invalidates|breaches|cancels\s+out|rules\s+out)\s+(?:the|your)\s+(?:warranty|guarantee|cover|policy|claim|insurance|contract)\b[^.!?;]*|\b(?:it|this|that)\s+(?:was|is)\s+(?:entirely\s+|solely\s+|ultimately\s+|completely\s+)?your\s+(?:own\s+)?(?:decision|choice|call|idea|doing)\b[^.!?;]*|\b(?:damaged|broken|lost|scratched|dented|cracked|stained|went\s+missing)\s+(?:[\w-]+\s+){0,2}?(?:(?:while|whilst|when)\s+(?:it\s+was\s+)?(?:in\s+your\s+(?:possession|care|custody|hands)|you\s+had\s+it)|during\s+your\s+(?:rental|hire|stay|tenancy|booking|trip|use))\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:our|we)\s+(?:fault|mistake|error|side)\b|\bno\s+(?:worries|problem)\b|\bgood\s+(?:decision|choice|call)\b`),
    rewrite: (ctx) => { const m = /^(damaged|broken|lost|scratched|dented|cracked|stained|went\s+missing)\b/i.exec(ctx.match); return [m ? `${m[1]}, and I'll help you sort it out` : "let's look at what happened together"]; },
  },
  // The outcome justified by what the customer picked: "... because that's the date you selected in the app",
  // "as that is the address you entered at checkout", "since that's what you booked" (not "the date you asked for").
  {
    re: /\b(?:because|as|since|cos|cause|coz|bc)\s+(?:that['’]?s|that\s+(?:is|was)|it['’]?s|it\s+(?:is|was)|this\s+(?:is|was)|thats)\s+(?:(?:exactly|precisely|simply|just)\s+)?(?:the\s+(?:[\w-]+\s+){1,2}?|what\s+|the\s+one\s+)(?:you|u)\s+(?:yourself\s+)?(?:selected|chose|picked|entered|typed(?:\s+in)?|put\s+(?:in|down)|ticked|clicked(?:\s+on)?|booked|ordered|registered(?:\s+with)?|signed\s+up\s+(?:with|for)|filled\s+in|specified|opted\s+for|went\s+for|set)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["as that's what the booking shows, and I'm happy to change it"],
  },
  // A team with no article changed something behind everyone's back: "IT changed the login system without telling
  // anyone", "head office raised the prices without warning us", "marketing sent it out without checking".
  {
    re: /^(?:(?:honestly|so|well|basically|apparently|yeah|ok)\s*,?\s+)?(?:IT|HR|head\s+office|management|marketing|billing|dispatch|logistics|accounts|finance|legal|compliance|engineering|tech\s+support|devs|the\s+devs)(?:\s+(?:team|department|dept|people|guys))?\s+(?:(?:have|has|had|again|just|apparently|obviously|clearly)\s+)?(?:[a-z]+ed|did|made|put|sent|set|took|pushed|rolled)\s+(?:[\w'’-]+\s+){0,6}?without\s+(?:telling|informing|asking|notifying|warning|consulting|checking(?:\s+(?:it\s+)?with)?|letting\s+(?:us|anyone|anybody)\s+know)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['we changed something on our side'],
  },
  // Griping about another site or team: "it's a known mess on their side", "honestly it's a shambles over there".
  {
    re: /\b(?:an?\s+(?:known\s+|total\s+|complete\s+|real\s+|right\s+|bit\s+of\s+a\s+|absolute\s+)?(?:mess|shambles|nightmare|disaster|cock-?up|screw-?up|circus|joke)\s+(?:on|at|over\s+at|in)\s+(?:their|his|her)\s+(?:side|end|part)|(?:it['’]?s|its|that['’]?s|it\s+is|that\s+is)\s+(?:(?:honestly|frankly|just|always|really)\s+)?an?\s+(?:(?:total|complete|real|absolute|right|bit\s+of\s+a)\s+)?(?:shambles|mess|joke|circus|nightmare)\s+over\s+(?:there|at\s+(?:the\s+)?[\w-]+))\b/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["there's been a mix-up"],
  },
  // A cause on the customer's side: "because your bin wasn't out by 7am", "since your form wasn't signed".
  {
    re: /\b(?:because|since|as|cos|cause|coz)\s+(?:your|ur)\s+(?:[\w'’-]+\s+){1,2}?(?:wasn['’]?t|weren['’]?t|was\s+not|were\s+not|hadn['’]?t\s+been|had\s+not\s+been)\s+(?:(?:properly|correctly|fully)\s+)?(?:out|put\s+out|ready|there|filled\s+in|completed|signed|submitted|included|attached|labell?ed|packed|left\s+out)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['as something got missed along the way'],
  },
  // A failure explained by the customer's own action with a fault cue: "... because you installed them over an
  // unsupported version", "the appointment was missed as you arrived 25 minutes late", "since your admin
  // activated it on too many machines", "because the location you dropped was off by a mile".
  {
    re: /\b(?:because|as|since|cos|cause|coz|bc)\s+(?:(?:you|u)(?:['’](?:re|ve|d|ll))?|(?:your|ur)\s+[\w'’-]+|the\s+[\w-]+\s+(?:you|u)\s+[a-z]+|some(?:one|body)\s+(?:on|at|from)\s+(?:your|ur)\s+(?:end|side)|one\s+of\s+(?:your|ur)\s+[\w'’-]+|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|in|from|for)\s+(?:your|ur)\s+[\w'’-]+)\b(?:\s+[^\s.!?;,]+){0,8}?\s+(?:mid-?[\w-]+|out\s+of\s+date|outdated|expired|halfway|part-?way|cheat(?:ing|ed)|without\s+permission|upside\s+down|the\s+wrong\s+way|wrong(?:ly)?|incorrect(?:ly)?|invalid|late|too\s+(?:many|much|late|early|long|soon|often|fast)|unsupported|incompatible|unofficial|jailbroken|rooted|modded|cracked|pirated|non-genuine|counterfeit|knock-off|incomplete|off\s+by|mistakenly|by\s+mistake|accidentally|twice|over\s+(?:the|your)\s+(?:limit|allowance)|instead\s+of|more\s+than\s+(?:allowed|permitted|the\s+(?:limit|allowance)))\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:safe|secure|protected|unaffected|fine|not\s+because|so\s+you\s+(?:won['’]?t|don['’]?t|didn['’]?t)|I\s+can['’]?t|I\s+cannot|my\s+(?:password|account|card|order|phone|email))\b`),
    rewrite: () => ['and I\'ll help you sort it out'],
  },
  // A third party's responsibility: "that's on the council's waste team", "any damage is the responsibility of
  // your moving company", "not our end".
  {
    re: new RegExp(String.raw`\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:all\s+|entirely\s+|squarely\s+)?on\s+(?:the|your|ur|their)\s+(?:[\w'’-]+\s+){0,3}?${EN_THIRD}\b[^.!?;]*|\b(?:the\s+)?(?:responsibility|fault|liability)\s+of\s+${EN_FAULT_AGENT}[^.!?;,]*|\b(?:is|are|was|lies\s+with)\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?${EN_THIRD}['’]s\s+(?:responsibility|fault|problem|liability|mistake|error)\b|,?\s*not\s+(?:on\s+)?(?:our|my)\s+(?:end|side|doing)\b|,\s*not\s+(?:our|my)\s+(?:own\s+)?(?:fitter|engineer|technician|driver|courier|team|staff|people|system|app|product|network|installer|fault|mistake|error)s?(?=\s*[.!;]|\s*$)`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["something I'll look into for you"],
  },
  // Passive damage or fault with the customer as agent: "returned with a cracked windscreen by the renter",
  // "the booking was cancelled by you".
  {
    re: /\b(?:damaged|broken|cracked|scratched|dented|lost|cancell?ed|deleted|changed|entered|caused|misused|returned\s+(?:late|damaged|dirty|with\s+[^.!?;]{1,30}?))\s+(?:[\w-]+\s+){0,3}?by\s+(?:you|u|yourself|the\s+(?:renter|hirer|driver|tenant|customer|account\s+holder|cardholder|user|owner|player|guest)|your\s+[\w'’-]+)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\bnot\s+(?:\w+\s+)?by\s+(?:you|u)\b|\brequested\b`),
    rewrite: (ctx) => [`${ctx.match.replace(/(?<!\s)\s+by\s+\S.*$/i, '')}, and I'll help you sort it out`],
  },
  // The fault placed on the customer's side: "the signature was missing on your part", "installed upside down by
  // your technician".
  {
    re: /\b(?:missing|wrong|incorrect|incomplete|late|an?\s+(?:error|mistake|oversight|omission|typo))\s+(?:on|at|from)\s+(?:your|ur)\s+(?:part|side|end)\b[^.!?;,]*|\b(?:installed|fitted|wired|set\s+up|configured|parked|entered|connected|assembled|mounted|read|typed|recorded|submitted|filled\s+(?:in|out)|reported|measured|taken|written|labell?ed|addressed|packed)\s+(?:\S+\s+){0,3}?(?:wrong(?:ly)?|incorrectly|upside\s+down|badly|improperly|the\s+wrong\s+way)\s+by\s+(?:you|u|(?:your|ur)\s+[\w'’-]+|the\s+(?:renter|driver|tenant|customer|owner|installer|technician))\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:nothing|no\s+(?:error|mistake|problem))\b|\bnot\s+(?:\w+\s+){0,2}(?:on|at|from)\s+your\b|\bours\b`),
    rewrite: (ctx) => [`${ctx.match.replace(/(?<!\s)\s+(?:(?:on|at|from)\s+(?:your|ur)\s+(?:part|side|end)|by\s+\S).*$/i, '')}, and I'll help you sort it out`],
  },
  // "Your locksmith changed the barrel without telling us" ("that's between you and the haulier" assigns no fault:
  // it sends the customer away, which passing-on flags).
  {
    re: /\b(?:you|u|(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+)\s+(?:[a-z]+ed|did|made|took|went|put|set|sent|gave|got|let|broke|left)\b[^.!?;]{0,50}?\bwithout\s+(?:telling|informing|asking|notifying|consulting|letting)\s+(?:us|anyone|me)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["something I'll look into for you"],
  },
];

/**
 * Implicit blame (how other writers blame): evidence frames that pin an action on the customer ("according to our
 * records you opted out", "the system shows you declined", "as per your booking you selected"), duties in the past
 * ("you were supposed to", "you'd have needed to"), causes placed on the customer's details ("due to the incorrect
 * postcode on your order", "because of too many failed attempts from your device"), "the issue is that you ...",
 * "it was you who ...", "... yourself", "that's down to ...", "cancelled on your side", "your claim didn't meet ...".
 */
const EN_CUSTOMER_ACT = String.raw`(?:(?:didn['’]?t|did\s+not|never|haven['’]?t|hadn['’]?t|failed\s+to|forgot\s+to|neglected\s+to)\b|(?:were\s+(?:advised|warned|told|informed|reminded|made\s+aware|asked)|selected|chose|opted|declined|cancell?ed|agreed|accepted|ticked|unticked|booked|entered|typed|provided|gave|requested|changed|removed|deleted|turned\s+off|switched\s+off|skipped|missed|ignored|signed\s+up|signed|confirmed|clicked|reset|logged|used|ordered|purchased|bought|registered|approved|authori[sz]ed|chose|picked|put|set|sent|submitted|uploaded|waived|refused|rejected|revoked|disabled|deactivated|suspended|downgraded|shared|invited|added|removed)\b)`;
const EN_EVIDENCE_FRAME = String.raw`(?:according\s+to\s+(?:our|my|the)\s+(?:records|system|logs|notes|files|data|account\s+history|audit\s+trail|activity\s+log|booking\s+history)|as\s+per\s+(?:your|ur|the|our)\s+(?:booking|order|contract|agreement|records|account|application|form|reservation|rental\s+agreement|terms|confirmation)|per\s+(?:our|the|your|ur)\s+(?:(?:audit|activity|access|account|admin|event|change)\s+logs?|records|system|logs|notes|(?:rental\s+|hire\s+|tenancy\s+|service\s+|licen[cs]e\s+)?(?:agreement|contract)|terms|booking|order)|(?:looking\s+at|checking|having\s+checked)\s+(?:your|ur|the)\s+(?:account|booking|order|records|history|file)(?=,?\s+(?:you|u)\s+(?:never|didn|did\s+not|haven|hadn|failed|forgot))|(?:our|the|my)\s+(?:records|system|logs|notes|account\s+history|history|data|audit\s+trail)\s+(?:clearly\s+)?(?:shows?|indicates?|confirms?|says?|states?|tells\s+(?:me|us))|(?:your|ur)\s+(?:booking|order|account|contract|reservation|application|form|account\s+history|rental\s+agreement|confirmation(?:\s+email)?)\s+(?:clearly\s+)?(?:shows?|states?|says?|confirms?|indicates?))`;
const EN_BLAME_ADJ = String.raw`(?:incorrect|wrong|invalid|missing|incomplete|inaccurate|mistyped|misspel(?:led|t)|unsigned|late|overdue|insufficient|illegible|unreadable|unpaid|duplicate|blurry|mismatched)`;
const enLooksLike = () => ['it looks like you'];
const enUsualStep = () => ['the usual step is to'];
const enTogetherLook = () => ["let's look at what happened together"];
const EN_IMPLICIT_BLAME: Pattern[] = [
  // "According to our records you opted out of paper bills", "the system shows you declined the cover".
  {
    re: new RegExp(String.raw`\b(?<hit>${EN_EVIDENCE_FRAME}(?:\s+that)?,?\s+(?:you|u|(?:your|ur)\s+(?:admin(?:istrator)?|manager|colleague|partner|husband|wife|son|daughter|kid|child|team|IT\s+team|office|company|account\s+holder|[\w-]+\s+(?:admin|manager|team))))\s+(?:(?:clearly|actually|originally|already|yourself|only|previously)\s+)?${EN_CUSTOMER_ACT}[^.!?;]*`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enLooksLike,
  },
  // "It was you who selected standard delivery."
  {
    re: /\b(?<hit>(?:it|that)\s+(?:was|were)\s+(?:actually\s+|in\s+fact\s+)?(?:you|u)\s+(?:who|that))\s+[a-z]+/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enLooksLike,
  },
  // Duties in the past: "you were supposed to return it to a marked bay", "you'd have needed to cancel earlier".
  {
    re: /\b(?<hit>(?:you|u)\s+(?:were|was)\s+(?:(?:clearly|actually|always|only|also)\s+)?(?:supposed|meant|required|expected|obliged|instructed|asked|told)\s+to|(?:you|u)(?:['’]d|\s+would)\s+(?:have|['’]ve|of)\s+(?:needed|had)\s+to)\s+(?!(?:receive|get|be|hear|have|see|hear|enjoy|relax)\b)[a-z]+\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enUsualStep,
  },
  {
    re: /\b(?<hit>(?:you|u)\s+needed\s+to)\s+(?!(?:receive|get|be|hear|have|see|know)\b)[a-z]+(?:\s+[^\s.!?;,]+){0,6}?\s+(?:before|by|within|prior\s+to|in\s+advance|beforehand|first)\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enUsualStep,
  },
  // A cause on the customer's details: "due to the incorrect postcode on your order", "because of your late payment".
  {
    re: new RegExp(String.raw`\b(?<conn>due\s+to|because\s+of|owing\s+to|caused\s+by|as\s+a\s+result\s+of|down\s+to)\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+)?${EN_BLAME_ADJ}\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|in|from|with|for|of|to)\s+(?:your|ur)\b|(?:your|ur)\s+(?:own\s+)?${EN_BLAME_ADJ}\b|(?:too\s+many|repeated|multiple|several)\s+(?:failed|incorrect|wrong|invalid|unsuccessful)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|in|from|with|by|for)\s+(?:your|ur)\b)[^.!?;,]*`),
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: (ctx) => [`${(ctx.groups.conn ?? 'due to').toLowerCase()} a mix-up with the details`],
  },
  // "The problem here is that you booked under another email", "the issue is your meter reading, which ...".
  {
    re: /\bthe\s+(?:only\s+|main\s+|real\s+)?(?:problem|issue|trouble|reason)(?:\s+here)?\s+(?:is|was)\s+(?:(?:simply|just|that)\s+){0,2}(?:you|u)\s+(?:(?:didn['’]?t|did\s+not|haven['’]?t|hadn['’]?t|never|forgot|failed|missed|ignored|chose|selected|picked|booked|entered|typed|used|gave|sent|put|ordered|cancell?ed|changed|signed\s+up|registered|paid|tried)\b)[^.!?;]*|\bthe\s+(?:only\s+|main\s+|real\s+)?(?:problem|issue|trouble|culprit)(?:\s+here)?\s+(?:is|was)\s+(?:simply\s+|just\s+)?(?:your|ur)\s+[\w-]+(?:\s+[\w-]+)?(?=\s*(?:,\s*(?:which|that)\b|[.!;]|$))[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enTogetherLook,
  },
  // "... and reset the PIN yourself", "you cancelled it yourself".
  {
    re: /\b(?:you|u)\s+(?:(?:already|actually|originally)\s+)?(?:[a-z]+ed|made|did|chose|took|gave|sent|put|set|paid|bought|wrote|reset|cut|shut|left)\b(?:\s+[^\s.!?;,]+){1,6}?\s+yourself(?=\s*(?:[.!;,]|$))/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: (ctx) => [ctx.match.replace(/\s+yourself$/i, '')],
  },
  // "That's down to the wrong plan being chosen", "it's all down to how you entered the date".
  {
    re: /\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|simply|just|purely)\s+)?down\s+to\s+(?:(?:your|ur)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:choice|decision|mistake|error|input|entry|selection|typo|oversight)|(?:how|what|when)\s+(?:you|u)\s+(?:[a-z]+ed|did|chose|put|set|gave|sent)|the\s+(?:wrong|incorrect|invalid|missing)\b)[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: enTogetherLook,
  },
  // "The mandate was cancelled on your side."
  {
    re: /\b(?:was|were|had\s+been|has\s+been|got)\s+(?:(?:accidentally|mistakenly|manually)\s+)?(?:cancell?ed|changed|entered|deleted|removed|stopped|declined|blocked|switched\s+off|turned\s+off|disabled|missed|altered|edited|typed|selected|chosen|rejected|revoked|paused|unsubscribed|opted\s+out|uninstalled|reset|unplugged|disconnected|wiped|logged\s+out|signed\s+out|downgraded|overwritten)\s+(?:\S+\s+){0,2}?(?:on|at|from)\s+(?:your|ur)\s+(?:side|end|part)\b/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: (ctx) => [ctx.match.replace(/(?<!\s)\s+(?:on|at|from)\s+(?:your|ur)\s+(?:side|end|part)$/i, '')],
  },
  // "Unfortunately your application didn't meet the requirements."
  {
    re: /\b(?<subj>the\s+[\w-]+\s+(?:you|u)\s+(?:submitted|sent|uploaded|provided|gave\s+us|supplied|filled\s+in|sent\s+in|attached)|(?:your|ur)\s+(?:[\w-]+\s+)?(?:application|claim|submission|request|documents?|documentation|photos?|pictures?|images?|item|return|entry|form|proof|evidence|appeal|ID|files?|upload|paperwork|listing|advert|video|content|post|design|essay|reading))\s+(?:(?:unfortunately|sadly|simply|just)\s+)?(?:didn['’]?t|did\s+not|failed\s+to)\s+(?:meet|satisfy|fulfil+|comply\s+with|pass|qualify|match)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: (ctx) => [`${ctx.groups.subj ?? 'your request'} couldn't be approved as it stands, and I'll help you with what's missing`],
  },
  // "You agreed to the 12-month minimum term when you signed."
  {
    re: /\b(?:you|u)\s+(?:(?:already|explicitly|clearly|also)\s+)?(?:(?:agreed|consented|signed\s+up)\s+to|accepted)\s+(?:the|our|a|this|these|that)\s+(?:[^\s.!?;,]+\s+){0,3}?(?:terms|term|conditions|contract|policy|minimum|agreement|fee|fees|charge|charges|T&Cs?|Ts\s*&\s*Cs|responsibility|excess|rules)\b[^.!?;]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['the plan comes with these terms'],
  },
  // A customer step done wrong, passive: "the booking was made for the wrong date", "it was entered incorrectly".
  {
    re: /\b(?:was|were|had\s+been|got)\s+(?:entered|typed|booked|made|selected|chosen|filled\s+(?:in|out)|submitted|input|keyed\s+in|registered|set\s+up|addressed|scanned|uploaded)\s+(?:[^\s.!?;,]+\s+){0,3}?(?:incorrectly|wrongly|wrong|(?:for|to|with|under|in|at|on)\s+the\s+wrong)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:by|from)\s+(?:us|our|me)\b|\bour\s+(?:end|side|system|team|staff|agent|colleague)`),
    rewrite: () => ['there was a mix-up with the details'],
  },
  // "That's exactly what you picked", "the tickets were for Saturday, which is what you booked".
  {
    re: /\b(?:which|that)(?:['’]?s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:you|u)\s+(?:picked|chose|selected|booked|ordered|asked\s+for|requested|entered|agreed\s+to|signed\s+up\s+for|paid\s+for|typed)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\bhere\b`),
    rewrite: () => ["which I'm happy to change for you"],
  },
  // "This wouldn't have happened if the bin had been left at the kerb."
  {
    re: /\b(?:this|that|it|none\s+of\s+(?:this|that))\s+(?:(?:wouldn['’]?t|would\s+not|would\s+never)\s+(?:have|['’]ve)\s+(?:happened|been\s+(?:a\s+problem|an\s+issue))|would\s+have\s+been\s+(?:fine|avoided)|(?<=none\s+of\s+(?:this|that)\s+)would\s+(?:have|['’]ve)\s+happened)\s+if\s+(?!(?:we|I|our|my)\b)[^.!?;]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error)|on\s+us)\b|\?/,
    rewrite: enTogetherLook,
  },
  // The detail the customer gave + a fault: "the card you used has since expired", "the email address you
  // registered with has a typo in it"; a cause in what they did: "a result of the settings you changed".
  {
    re: /\bthe\s+(?:[\w-]+\s+){0,2}?(?:you|u)\s+(?:provided|registered\s+with|gave(?:\s+us)?|used|entered|typed|selected|chose|changed|uploaded|submitted|supplied|put\s+in|booked\s+with|signed\s+up\s+with|sent(?:\s+us)?)\b[^.!?;]{0,40}?\b(?:has|had|have|contains?|contained|with|is|was|were|are)\s+(?:(?:since|already|now|got|a|an|actually|clearly)\s+){0,2}(?:typos?|expired|wrong|incorrect|invalid|out\s+of\s+date|outdated|misspel\w+|errors?|mistakes?|missing|incomplete|not\s+valid|not\s+correct)\b[^.!?;,]*|\b(?:result\s+of|because\s+of|due\s+to|caused\s+by|down\s+to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:you|u)\s+(?:changed|made|entered|installed|selected|chose|deleted|removed|turned\s+off|switched\s+off|disabled|set|used|downloaded|typed|skipped|ignored)\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:here['’]?s|link|saved|secure|safe)\b`),
    rewrite: () => ['there was a mix-up with the details'],
  },
  // "Your landlord hasn't signed the consent form, which is holding everything up", "your upload was in the
  // wrong format, which is why it was rejected": the customer's side not done + a consequence.
  {
    re: /\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+\s+(?:(?:hasn['’]?t|has\s+not|haven['’]?t|have\s+not|didn['’]?t|did\s+not|wasn['’]?t|weren['’]?t|doesn['’]?t|does\s+not|never)\s+(?:yet\s+)?(?:sign(?:ed)?|release[ds]?|sen[dt]|return(?:ed)?|pa(?:y|id)|approved?|authori[sz]ed?|confirm(?:ed)?|respond(?:ed)?|repl(?:y|ied)|provided?|complete[ds]?|submit(?:ted)?|match(?:ed)?|met|meet|include[ds]?|give|given|fill(?:ed)?|been\s+(?:signed|completed|submitted|paid|received|provided|secured|updated))|(?:was|were|is|are)\s+(?:(?:simply|just|unfortunately|all)\s+)?(?:in|on|at|for|to|under|with)\s+the\s+wrong)\b(?=[^.!?;]*\b(?:so\s+(?:we|I|the|our|it)\s+(?:can['’]?t|couldn['’]?t|cannot|could\s+not|weren['’]?t|wasn['’]?t|were\s+unable|was\s+unable|had\s+to)|which\s+(?:is|was)\s+(?:why|holding|stopping|blocking|delaying)|which\s+(?:means|meant)\s+(?:we|I|the|it|our)\s+(?:can['’]?t|couldn['’]?t|cannot|could\s+not|weren['’]?t|aren['’]?t|won['’]?t)|that['’]?s\s+why|is\s+why|holding\s+(?:\w+\s+)?up|hence|failed|rejected|declined|bounced)\b)[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ['something still needs sorting on the paperwork, and I can help with that'],
  },
  // Passive customer steps done wrong or skipped: "the wrong size was ordered", "the child seat wasn't requested
  // when the booking was made", "had the form been completed correctly, ...".
  {
    re: /\bthe\s+wrong\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|had\s+been|has\s+been|got)\s+(?:ordered|selected|chosen|booked|entered|picked|given|provided|used|uploaded|submitted|typed|added)\b[^.!?;,]*|\b(?:wasn['’]?t|weren['’]?t|was\s+not|were\s+not|hadn['’]?t\s+been|had\s+not\s+been)\s+(?:requested|selected|ticked|added|included|booked|ordered|mentioned|specified|declared|paid|signed|completed|submitted|provided|secured|put\s+out)\s+(?:when|at\s+the\s+time|at\s+booking|during|on\s+the\s+(?:form|booking|order)|at\s+checkout)\b[^.!?;,]*|^had\s+(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?\s+been\s+[a-z]+(?:\s+(?:in|out|up|off))?\s+(?:correctly|properly|in\s+time|on\s+time|earlier|fully|in\s+full)\b[^.!?;]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:by\s+(?:us|me|our)|our\s+(?:end|side|system|team|staff))\b`),
    rewrite: () => ['there was a mix-up with the details'],
  },
  // Defensive: "we can only go by the information you provided", "rather than the one on the invoice",
  // "we attended at the agreed time but nobody was home", "so our meter reader couldn't access the property".
  {
    re: /\bwe\s+can\s+only\s+(?:go\s+by|use|work\s+with|act\s+on|rely\s+on|process|go\s+off)\s+(?:the\s+)?(?:information|details|data|address|number|what)\s+(?:you|u)\s+(?:provided|gave(?:\s+us)?|entered|supplied|told\s+us|sent)\b[^.!?;,]*|\b(?:rather\s+than|instead\s+of)\s+the\s+(?:one|address|number|account|date|details?|reference)\s+(?:on|in|from|we\s+(?:sent|gave|provided|listed))\s+(?:the|your|our)\s+[\w-]+\b[^.!?;,]*|\b(?:but|however,?)\s+(?:nobody|no\s*one|no-one)\s+(?:was|were)\s+(?:home|in|there|available|around|present|at\s+home|answering)\b[^.!?;,]*|\b(?:but|however,?)\s+there\s+was\s+(?:nobody|no\s*one|no-one)\s+(?:home|in|there|to\s+(?:sign|answer|let|open|receive))\b[^.!?;,]*|\b(?:so|which\s+meant|meaning)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:couldn['’]?t|could\s+not|was\s+unable\s+to|were\s+unable\s+to|wasn['’]?t\s+able\s+to)\s+(?:access|get\s+in(?:to)?|enter|deliver|complete|finish|read|fit|install|reach|collect)\b[^.!?;,]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we['’]?ll|we\s+will|sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error)|let\s+me|if|whether)\b|\?/,
    rewrite: () => ["so we'll find a way that works for you"],
  },
  // Someone on the customer's side did it: "somebody in your household changed the controls", "your son made the
  // purchases", "the issue started when you installed that launcher".
  {
    re: /\b(?:some(?:one|body)|a\s+(?:member|person))\s+(?:(?:in|at|from|of)\s+your\s+(?:household|home|family|house|office|company|team|organi[sz]ation|flat|building)|with\s+access\s+to\s+your\s+[\w-]+)\s+(?:must\s+have\s+|has\s+|had\s+)?(?:[a-z]+ed|made|did|took|bought|set|put|gave|sent|spent|ran\s+up)\b[^.!?;,]*|\byour\s+(?:son|daughter|child|children|kids?|partner|husband|wife|flatmate|housemate|roommate|teenager|family\s+member|employee)\s+(?:must\s+have\s+|has\s+|had\s+)?(?:(?:made|ran\s+up)\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?(?:purchases?|payments?|charges?|changes?|orders?|transactions?)|(?:used|spent|changed|deleted|cancell?ed|reset|turned\s+off|switched\s+off|removed|downloaded|installed)\b)[^.!?;,]*|\b(?:the\s+)?(?:issue|problem|fault|trouble|error|crash(?:es|ing)?|it|this)\s+(?:only\s+)?(?:started|began|happened|appeared)\s+(?:right\s+)?(?:when|after|once|as\s+soon\s+as)\s+(?:you|u)\s+(?:[a-z]+ed|put|set|took|made|did|ran|got)\b[^.!?;,]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we['’]?ll|we\s+will|sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error|update|bug)|let\s+me|if|whether|no\s+one|nobody)\b|\?/,
    rewrite: () => ["let's look at what happened together"],
  },
  // Unapproved parts or people + consequence: "serviced by a non-approved engineer, which voids the warranty";
  // misuse as the rule: "this only happens when people ignore the low battery warning".
  {
    re: /\b(?:(?:an?|the|that|those|these)\s+)?(?:non-?approved|unapproved|unauthori[sz]ed|non-?authori[sz]ed|unofficial|uncertified|non-?certified|third-?party|unlicen[cs]ed|non-?genuine)\s+(?:[\w-]+\s+)?(?:engineer|installer|technician|mechanic|repairer|repair\s+shop|garage|charger|cable|parts?|launcher|app|software|mods?|accessor(?:y|ies)|ink|cartridges?|firmware)\b[^.!?;]{0,40}?\b(?:voids?|invalidates?|which\s+is\s+why|that['’]?s\s+why|hence|caused|causes|damaged|is\s+the\s+(?:reason|cause))\b[^.!?;,]*/,
    unless: new RegExp(EN_BROAD_BLAME_UNLESS.source + String.raw`|\b(?:not|doesn['’]?t|won['’]?t)\s+(?:void|invalidate|affect)`),
    rewrite: () => ['a part we need to check together'],
  },
  {
    re: /\b(?:only\s+)?(?:happens|occurs|breaks|fails)\s+(?:when|if)\s+(?:people|customers|users|owners|drivers|players|you|u)\s+(?:ignore|don['’]?t|do\s+not|skip|forget|misuse|overload|overfill|drop|mishandle)\b[^.!?;,]*/,
    unless: EN_BROAD_BLAME_UNLESS,
    rewrite: () => ["can happen in a few situations, and I'll help you check yours"],
  },
  // "Returned with stains, hence the cleaning fee"; "nothing we could have done".
  {
    re: /\b(?:left|returned|found|handed\s+back|brought\s+back)\b[^.!?;]{0,40}?\b(?:hence|which\s+is\s+why|so)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:charge|fee|fine|deduction|penalty|surcharge|excess)\b|\b(?:there['’]?s\s+|there\s+was\s+)?nothing\s+(?:more\s+|else\s+)?(?:we|I)\s+could\s+(?:have|['’]ve)\s+done\b[^.!?;]*/,
    unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ll|we\s+will|sorry|apologi[sz]e|apologies|refund(?:ed)?|waived?|if|whether)\b|\?/,
    rewrite: (ctx) => (/^(?:there|nothing)\b/i.test(ctx.match) ? ["let's look at what happened together"] : [`${ctx.match.replace(/,?\s*(?:hence|which\s+is\s+why|so)\s+\S.*$/i, '')}, which I'm happy to go through with you`]),
  },
];

export const blameYourSide: Rule = {
  id: 'blame-your-side',
  category: 'blame',
  guidance: 'dont-take-it-personally',
  description: 'Putting the problem on the customer’s side or on a third party',
  en: {
    patterns: [
      // "The issue is on your end", "the mistake was on your part", "it's a problem on your side, not ours".
      {
        re: /\b(?:(?:the\s+)?(?:problem|issue|fault|error|mistake|trouble|glitch|cause)\s+(?:is|was|lies|lay|must\s+be|has\s+to\s+be|is\s+definitely|is\s+clearly)|(?:it|this|that)(?:['’]?s|\s+is|\s+was)\s+(?:an?\s+)?(?:problem|issue|error|mistake|fault)|(?:it|this|that)(?:['’]?s|\s+is|\s+was))\s+(?:(?:clearly|definitely|obviously|entirely|totally|solely|purely|simply|just|all)\s+)?(?:on|at|from)\s+your\s+(?:end|side|part)\b(?:,?\s+not\s+(?:on\s+)?(?:ours|our\s+(?:end|side)|us))?/,
        unless: /\b(?:if|whether|might|may|could|check|see|not\s+on\s+your|isn['’]?t|wasn['’]?t|nothing)\b|\?/,
        rewrite: enCheck,
      },
      // "This is something on your side", "the error comes from your router settings".
      {
        re: new RegExp(String.raw`\b(?:(?:it|this|that)(?:['’]?s|\s+is)\s+(?:(?:definitely|clearly|obviously|just)\s+)?something\s+(?:on|at)\s+your\s+(?:end|side)|(?:the\s+)?(?:problem|issue|error|fault|trouble)\s+(?:comes|is\s+coming|stems|originates)\s+(?:(?:clearly|definitely|entirely)\s+)?from\s+your\s+${EN_OWNED}(?:\s+[\w-]+)?)\b`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      // "The fault lies with your bank", "the problem is with your device", "your ISP is the problem".
      {
        re: new RegExp(String.raw`\b(?:the\s+)?(?:problem|issue|fault|error|trouble|culprit|cause)\s+(?:is|was|lies|lay|must\s+be)\s+(?:(?:clearly|definitely|obviously|entirely|simply|just|solely)\s+)?(?:with|in)\s+your\s+${EN_OWNED}\b(?:,?\s+not\s+(?:with\s+)?(?:ours|our\s+[\w-]+|us))?(?=\s*(?:[.!;,)]|$|\s+(?:not|here|and|so)\b))`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      {
        re: new RegExp(String.raw`\byour\s+${EN_OWNED}(?:\s+(?:settings|setup|configuration|connection|software|firmware))?\s+(?:is|was|are|were)\s+(?:(?:clearly|definitely|obviously|simply|just)\s+)?(?:the\s+(?:problem|issue|culprit)|the\s+(?:reason|cause)\b[^.!?;,]*|to\s+blame|at\s+fault)\b|\byour\s+own\s+${EN_OWNED}\s+(?:blocked|deleted|caused|broke|stopped|filtered|rejected|removed)\b[^.!?;,]*`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      {
        re: new RegExp(String.raw`\b(?:the\s+)?(?:problem|issue|culprit)\s+(?:is|was)\s+(?:(?:clearly|definitely|obviously|simply|just)\s+)?your\s+${EN_OWNED}(?=\s*(?:[.!;,]|$|\s+(?:not|here)\b))`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      // "That's down to your internet connection", "it's a problem with your router, not our network".
      {
        re: new RegExp(String.raw`\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:clearly|definitely|obviously|all|entirely|simply|just)\s+)?(?:down\s+to|because\s+of|due\s+to|an?\s+(?:problem|issue)\s+with)\s+your\s+${EN_OWNED}(?:,?\s+not\s+(?:with\s+)?(?:ours|our\s+[\w-]+|us))?(?=\s*(?:[.!;,]|$|\s+(?:not|here)\b))`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      // "The problem is caused by your antivirus", "it's because of your firewall settings", "this happened because your browser is out of date".
      {
        re: new RegExp(String.raw`\b(?:(?:the\s+)?(?:problem|issue|error|fault|trouble|delay|outage|drop-?outs?)\s+(?:is|was|are|were)\s+(?:(?:clearly|definitely|obviously|simply|just)\s+)?(?:caused\s+by|due\s+to)|(?:it|this|that)(?:['’]?s|\s+is|\s+was)\s+(?:(?:clearly|definitely|obviously|simply|just)\s+)?(?:because\s+of|caused\s+by))\s+your\s+${EN_OWNED}\b`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      {
        re: new RegExp(String.raw`\b(?:because|since|as)\s+your\s+${EN_OWNED}\s+(?:is|are|was|were|isn['’]?t|aren['’]?t)\s+(?:(?:simply|just|clearly)\s+)?(?:not\s+)?(?:compatible|incompatible|out\s+of\s+date|outdated|too\s+old|unsupported|not\s+supported|set\s+up\s+(?:wrong(?:ly)?|incorrectly)|(?:set\s+up|configured)\s+(?:correctly|properly|right)|misconfigured|wrong|faulty|broken)\b`),
        unless: EN_HEDGE,
        rewrite: () => ['because of a setting we can check together'],
      },
      // "... because your phone runs an ancient iOS version".
      {
        re: new RegExp(String.raw`\b(?:because|since|as)\s+your\s+${EN_OWNED}\s+(?:runs|is\s+running|uses|is\s+using|has|is\s+on)\s+(?:an?\s+|the\s+)?(?:(?:really|very|super)\s+)?(?:ancient|old|outdated|obsolete|unsupported|prehistoric|dinosaur)\b[^.!?;,]*`),
        unless: EN_HEDGE,
        rewrite: () => ['because of a setting we can check together'],
      },
      // "Your router isn't set up correctly", "your settings are wrong".
      {
        re: new RegExp(String.raw`\byour\s+${EN_OWNED}(?:['’]s\s+[\w-]+)?\s+(?:(?:isn['’]?t|aren['’]?t|(?:is|are)\s+not)\s+(?:(?:simply|just|clearly|obviously)\s+)?(?:set\s+up|configured)\s+(?:correctly|properly|right)|(?:is|are)\s+(?:(?:simply|just|clearly|obviously|all)\s+)?(?:(?:set\s+up|configured)\s+(?:wrong(?:ly)?|incorrectly)|misconfigured|wrong|incorrect|(?:outdated|out\s+of\s+date|too\s+old)(?=\s*,?\s+(?:that['’]?s|which\s+is|this\s+is)\s+(?:the\s+(?:problem|issue)|why))))\b`),
        unless: /\b(?:if|whether|might|may|could|possibly|perhaps|maybe|likely|probably|seems?|looks?\s+like|appears?|I\s+think|let['’]?s|let\s+me|I['’]?ll|I\s+will|I\s+can|we\s+can|here['’]?s|here\s+is|together|check|no\s+longer)\b|\?/,
        rewrite: enCheck,
      },
      // "It's your phone's settings that are causing this."
      {
        re: new RegExp(String.raw`\bit['’]?s\s+your\s+${EN_OWNED}\s+(?:that|which)\s+(?:is|are|was|were)\s+(?:causing|creating|blocking)\b(?:\s+(?:this|it|the\s+(?:problem|issue)))?`),
        unless: EN_HEDGE,
        rewrite: enCheck,
      },
      // "Nothing is wrong on our side, it's your settings."
      {
        re: new RegExp(String.raw`\b(?:(?:there['’]?s|there\s+is)\s+nothing|nothing(?:['’]?s|\s+is)?)\s+wrong\s+(?:on\s+our\s+(?:end|side)|with\s+our\s+[\w-]+),?\s+(?:so\s+)?(?:it['’]?s|it\s+is|it\s+must\s+be|the\s+(?:problem|issue)\s+is)\s+(?:(?:clearly|definitely|obviously|just)\s+)?your\s+${EN_OWNED}`),
        rewrite: enCheck,
      },
      // "It works for everyone else", "it must be something you did".
      {
        re: /\b(?:it|this|that|everything|(?:the|our)\s+(?:app|site|website|system|service|network|software|page|update|platform))\s+works\s+(?:fine\s+|perfectly\s+|great\s+)?for\s+(?:everyone|everybody|all\s+(?:our\s+)?other\s+(?:customers|users|clients))(?:\s+else)?\b|\b(?:must|has\s+to)\s+be\s+something\s+(?:you(?:['’]?ve|\s+have)?\s+(?:did|done|changed)|on\s+your\s+(?:end|side))\b/,
        unless: /\b(?:let\s+me|let['’]?s|together|I['’]?ll|I\s+will|I['’]?m|I\s+am|odd|strange|unusual|weird|look(?:ing)?\s+into|investigat\w*|checking|specifically)\b/,
        unlessNext: /\b(?:let\s+me|I['’]?ll|I\s+will|I['’]?m\s+(?:looking|checking)|look(?:ing)?\s+into|investigat\w*)\b/,
        rewrite: enCheck,
      },
      // "user error", "operator error".
      {
        re: /\b(?:(?:this|that|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:just|simply|clearly|obviously|definitely)\s+)?(?:an?\s+)?|(?<!\bnot\s+(?:an?\s+)?))(?:user|operator|customer|human)\s+error\b/,
        unless: /\b(?:not|isn['’]?t|wasn['’]?t|no)\s+(?:an?\s+)?(?:user|operator|customer|human)\s+error\b|\b(?:if|whether)\b|\?/,
        rewrite: enCheck,
      },
      // "Your bank blocked it, take it up with them" / "... there's nothing we can do".
      {
        re: /\byour\s+(?<who>bank|card\s+issuer|provider|isp|carrier|airline|employer|network\s+provider)\s+(?:has\s+|have\s+)?(?:blocked|declined|rejected|refused|stopped|flagged|cancell?ed|returned|reversed|frozen|froze|held|bounced|refunded|charged\s+back|put\s+a\s+(?:hold|block|stop|freeze)\s+on)\b[^.!?]{0,60}?(?:(?:take|raise)\s+(?:it|that|this)\s+up\s+with\s+them|(?:(?:you['’]?ll\s+(?:have|need)\s+to|you\s+(?:have|need)\s+to|please)\s+)?(?:sort|clear|straighten|work|figure)\s+(?:it|that|this)\s+(?:out|up)\s+with\s+them|(?:you['’]?ll\s+(?:have|need)\s+to|you\s+(?:have|need)\s+to)\s+(?:contact|call|ask|speak\s+to|talk\s+to)\s+them|that['’]?s\s+(?:between\s+you\s+and\s+them|on\s+them|their\s+(?:problem|issue))|(?:there['’]?s|there\s+is)\s+nothing\s+we\s+can\s+do(?:\s+about\s+(?:it|that))?|not\s+(?:us|our\s+(?:problem|fault)))/,
        rewrite: (ctx) => [`your ${(ctx.groups.who ?? 'bank').toLowerCase()} stopped the payment, and I will help you get it through`],
      },
      // "It's your network that's dropping the calls, not ours", "the delay is down to your bank, not us".
      {
        re: new RegExp(String.raw`\byour\s+${EN_OWNED}\b[^.!?;]{0,60}?,?\s+not\s+(?:ours|us|we|our\s+(?:[\w-]+|fault|problem))(?=\s*(?:[.!;]|$))`),
        // "That's a question for your employer's HR team, not us" sends the customer elsewhere (passing-on), it blames nobody.
        unless: new RegExp(EN_HEDGE.source + String.raw`|\b(?:question|matter|query|one|request)\s+for\b`),
        rewrite: enCheck,
      },
      // "The courier lost it, not us", "that's the courier's problem, not ours".
      {
        re: /\b(?:the|your)\s+(?:courier|carrier|airline|bank|warehouse|manufacturer|supplier|post\s+office|postal\s+service|delivery\s+(?:company|driver|service)|shipping\s+company|driver|provider|isp|card\s+issuer|hotel|vendor|seller|partner)\b[^.!?,;]{0,50}?,?\s+not\s+(?:(?:by|with|from|on)\s+)?(?:us|ours|me|we|our\s+(?:fault|problem|side|end)|my\s+(?:fault|problem))\b(?=\s*(?:[.!;]|$))/,
        unless: /\?/,
        rewrite: enOwn,
      },
      // "So that's not on us", "it's not our fault": disowning the problem.
      {
        re: /\b(?:that|this|it)(?:(?:['’]?s|\s+is|\s+was)\s+(?:(?:really|honestly|simply|certainly|definitely)\s+)?not|\s+(?:isn['’]?t|wasn['’]?t|isnt|wasnt))\s+(?:really\s+|honestly\s+|simply\s+|certainly\s+|definitely\s+)?(?:on\s+us|our\s+(?:fault|mistake|doing|responsibility|problem))\b(?:\s*,?\s+(?:I['’]?m\s+afraid|sorry))?/,
        unless: /\b(?:(?<!n['’]?t\s)is\s+our\s+(?:fault|mistake)|(?:that|this|it)['’]?s\s+(?:really\s+|honestly\s+|simply\s+|certainly\s+|definitely\s+)?(?:on\s+us|our\s+(?:fault|mistake|doing|responsibility|problem))|I['’]?ll|I\s+will|I['’]?ve|I\s+have|let\s+me|anyway|still|but\s+(?:I|we)|if|whether|not\s+only)\b|\?/,
        rewrite: enOwn,
      },
      // "The courier is to blame for the damage."
      {
        re: /\b(?:the|your)\s+(?:courier|carrier|airline|bank|warehouse|manufacturer|supplier|post\s+office|postal\s+service|delivery\s+(?:company|driver|service)|shipping\s+company|driver|provider|isp|card\s+issuer|hotel|vendor|seller)\s+(?:is|are|was|were)\s+(?:(?:entirely|solely|fully|clearly)\s+)?(?:to\s+blame|at\s+fault|responsible)(?:\s+for\s+[^.!?;,]*)?/,
        unless: /\b(?:not|isn['’]?t|wasn['’]?t|if|whether)\b|\?/,
        rewrite: enOwn,
      },
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is)\s+(?:(?:really|entirely|all)\s+)?(?:the|your)\s+(?:courier|carrier|airline|bank|warehouse|manufacturer|supplier|post\s+office|delivery\s+company|shipping\s+company|provider|isp|card\s+issuer|hotel|vendor|seller)['’]?s?\s+(?:problem|issue|responsibility|business)\b(?:,?\s+not\s+(?:ours|us|mine))?/,
        rewrite: enOwn,
      },
      // "The missed delivery is on your side, I'm afraid", "the hold-up is on your end": a named failure put on the customer's side.
      {
        re: /\b(?:the|this|that)\s+(?<noun>(?:(?:missed|failed|late|returned|bounced|declined|cancell?ed|wrong|rejected)\s+[\w-]+|delay|hold-?up|mix-?up|confusion|misunderstanding|oversight|damage|non-?delivery|no-?show|problem|issue|fault|error|mistake|glitch))\s+(?:is|was|lies|lay)\s+(?:(?:clearly|definitely|obviously|entirely|honestly|really|simply|just|all|unfortunately)\s+)?on\s+your\s+(?:side|end|part)\b(?:,?\s+not\s+(?:on\s+)?(?:ours|our\s+(?:end|side)|us))?(?:,?\s+I['’]?m\s+afraid)?/,
        unless: /\b(?:if|whether|might|may|could|check|not\s+on\s+your|isn['’]?t|wasn['’]?t|nothing|sorry)\b|\?/,
        rewrite: (ctx) => [`let's look at the ${(ctx.groups.noun ?? 'problem').toLowerCase()} together`],
      },
      // "That's not an error on our end", "there's no mistake on our side": disowning before anyone asked.
      {
        re: /\b(?:(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+not|(?:that|this|it)\s+(?:isn['’]?t|wasn['’]?t|isnt|wasnt)|(?:there['’]?s|there\s+is|there\s+was)\s+no)\s+(?:an?\s+)?(?:error|mistake|fault|problem|issue|failure)\s+(?:on|at|from)\s+our\s+(?:end|side|part)\b/,
        unless: /\b(?:if|whether|but\s+(?:I|we|let)|I['’]?ll|I\s+will|let\s+me|sorry|it['’]?s\s+ours|on\s+your\s+(?:end|side|part))\b|\?/,
        rewrite: () => ['let me explain what happened'],
      },
      // "… isn't something we can be held responsible for", "we can't be held liable for …": disowning the outcome.
      {
        re: /\b(?:is|are|was|were)(?:n['’]?t|\s+not)\s+(?:really\s+|simply\s+)?something\s+(?:that\s+)?(?:we|I)(?:\s+can(?:\s+be)?|\s+could(?:\s+be)?|['’]?re|\s+are|\s+am|['’]m)\s+(?:(?:held|legally)\s+)?(?:take\s+)?(?:responsible|liable|accountable|responsibility|liability)(?:\s+for)?\b|\b(?:we|I)\s+(?:can['’]?t|cannot|can\s+not|won['’]?t)\s+be\s+held\s+(?:responsible|liable|accountable)\b(?:\s+for\s+[^.!?;,]*)?/,
        unless: /\b(?:if|whether|but|however|I['’]?ll|I\s+will|let\s+me|I['’]?ve|I\s+have|anyway|still)\b|\?/,
        rewrite: (ctx) => (/^(?:is|are|was|were)/i.test(ctx.match) ? ["is something I'd still like to help you with"] : ['let me see what we can do here']),
      },
      ...EN_BROAD_BLAME,
      ...EN_IMPLICIT_BLAME,
    ],
    message: 'This puts the problem on the customer’s side',
    explanation:
      '"It\'s on your end" or "that\'s your bank\'s problem" tells the customer they are on their own with it. Even when the cause is outside your company, help them find and fix it.',
    rewrite: enCheck,
  },
  de: {
    patterns: foldDe([
      // "Das Problem liegt bei Ihnen", "der Fehler liegt auf Ihrer Seite", "… muss bei Ihnen liegen".
      {
        re: /(?<![\p{L}])(?:(?:das|der|die)\s+)?(?:Problem|Fehler|Ursache|Versäumnis|Schuld|Störung|Fehlerquelle)\s+(?:liegt|lag|ist|war|muss|dürfte|wird)\s+(?:(?:also|wohl|eindeutig|ganz\s+klar|klar|offenbar|offensichtlich|definitiv|eher|leider|nun\s+mal|halt|eben|allein|einzig|daher|somit)\s+){0,2}(?:bei\s+(?:Ihnen|dir|euch)|auf\s+(?:Ihrer|deiner|eurer)\s+Seite)(?:\s+liegen)?(?:,?\s+nicht\s+bei\s+uns)?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|nicht\s+bei\s+(?:Ihnen|dir)|nicht\s+auf\s+(?:Ihrer|deiner))(?![\p{L}])|\?/u,
        rewrite: deCheck,
      },
      // "ein Fehler Ihrerseits", "Versäumnis deinerseits".
      {
        re: /(?<![\p{L}])(?:ein(?:en)?\s+)?(?:Fehler|Versäumnis|Versehen|Irrtum|Fehlbedienung)\s+(?:Ihrer|deiner)seits(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:kein(?:en)?|nicht)\s+(?:Fehler|Versäumnis|Versehen|Irrtum)|(?<![\p{L}])(?:falls|ob)(?![\p{L}])|\?/u,
        rewrite: () => ['ein Missverständnis'],
      },
      // "Das ist ein Bedienfehler", "Da liegt ein Anwenderfehler vor".
      {
        re: /(?<![\p{L}])(?:ein(?:en)?\s+)?(?:Bedien(?:ungs)?fehler|Anwenderfehler|Benutzerfehler|Nutzerfehler)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:kein(?:en)?|nicht|falls|ob)(?![\p{L}])|\?/u,
        rewrite: () => ['ein Missverständnis'],
      },
      // "Das liegt an Ihrem Router", "das Problem liegt an deinem WLAN" (unhedged, no help offered).
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:liegt|lag)\s+(?:(?:eindeutig|ganz\s+klar|klar|allein|einzig|nur|definitiv|offensichtlich|halt|eben|nun\s+mal|schlicht)\s+)?(?:an|bei)\s+(?:Ihre[mnr]?|deine[mnr]?)\s+${DE_OWNED}(?![\p{L}])(?=\s*(?:[.!;]|$|,\s*nicht))`, 'u'),
        unless: DE_HEDGE,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'hat eine Ursache, die wir gemeinsam finden' : 'hat eine Ursache, die wir gemeinsam finden'],
      },
      // "Der Fehler kommt von Ihren Router-Einstellungen."
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:das|der|die)\s+)?(?:Problem|Fehler|Störung|Ursache)\s+(?:kommt|stammt|rührt)\s+(?:(?:eindeutig|ganz\s+klar|klar|offensichtlich)\s+)?(?:von|aus|daher,\s+dass)\s+(?:Ihre[mnr]?|deine[mnr]?)\s+${DE_OWNED}[\p{L}-]*(?![\p{L}])`, 'u'),
        unless: DE_HEDGE,
        rewrite: deCheck,
      },
      // "Das liegt nicht an uns, sondern an Ihrem Provider."
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:liegt|lag)\s+nicht\s+an\s+(?:uns|unsere[mnr]?\s+[\p{L}-]+),?\s+sondern\s+(?:an\s+)?(?:Ihre[mnr]?|deine[mnr]?)\s+${DE_OWNED}(?![\p{L}])`, 'u'),
        rewrite: () => ['hat eine Ursache, die wir gemeinsam finden'],
      },
      // "Das Problem ist Ihr WLAN", "Schuld ist Ihre Bank", "Ihr Router ist das Problem".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:(?:das|der|die)\s+)?(?:Problem|Fehler|Übeltäter|Schuld|Ursache|Auslöser)\s+(?:ist|sind|war)\s+(?:(?:eindeutig|ganz\s+klar|einfach|halt|eben|allein)\s+)?(?:Ihr|dein)(?:e[rs]?)?\s+${DE_OWNED}|(?:Ihr|dein)(?:e[rs]?)?\s+${DE_OWNED}\s+(?:ist|sind|war)\s+(?:(?:eindeutig|ganz\s+klar|einfach|halt|eben|allein)\s+)?(?:das\s+Problem|schuld|der\s+Übeltäter)|(?:Ihr|dein)(?:e[rs]?)?\s+${DE_OWNED}\s+(?:ist|sind|war)\s+(?:(?:einfach|halt|eben|leider|schlicht|viel|wohl|eindeutig|nun\s+mal)\s+){0,2}zu\s+(?:alt|schwach|langsam|veraltet|klein)|(?:das|es)\s+ist\s+(?:(?:eindeutig|ganz\s+klar|einfach|halt|eben|leider)\s+)?ein\s+Problem\s+mit\s+(?:Ihre[mr]|deine[mr])\s+${DE_OWNED}(?=\s*[.!]?\s*$))(?![\p{L}])`, 'u'),
        unless: DE_HEDGE,
        rewrite: deCheck,
      },
      // "Das ist Sache Ihrer Bank", "Das ist ein Problem Ihres Providers".
      {
        re: /(?<![\p{L}])(?:das|es|dies)\s+ist\s+(?:(?:allein|ganz|eindeutig|nun\s+mal|halt|eben|leider)\s+)?(?:Sache|ein\s+Problem|das\s+Problem|Angelegenheit|die\s+Verantwortung)\s+(?:Ihrer|deiner|Ihres|deines)\s+[\p{L}-]+(?![\p{L}])/u,
        unless: /\?/,
        rewrite: deOwn,
      },
      // "Ihre Bank hat die Zahlung blockiert, das müssen Sie mit denen klären."
      {
        re: /(?<![\p{L}])(?:Ihre|deine)\s+(?:Bank|Hausbank|Kartenbank|Kreditkartenfirma|Provider|Anbieter|Airline|Fluggesellschaft|Arbeitgeber)\s+hat\s+(?:[\p{L}-]+\s+){0,3}?(?:blockiert|abgelehnt|gesperrt|storniert|zurückgebucht|gestoppt|zurückgewiesen|annulliert)[^.!?]{0,40}?(?:(?:müssen|musst)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,3}?(?:klären|regeln|fragen|kontaktieren|anrufen|wenden)|nicht\s+(?:wir|uns)|(?:können|kann)\s+(?:wir|ich)\s+nichts)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'deine Bank hat die Zahlung gestoppt, und ich helfe dir, das zu klären' : 'Ihre Bank hat die Zahlung gestoppt, und ich helfe Ihnen, das zu klären'],
      },
      // "Ihr Netz bricht ab, nicht unseres", "liegt bei Ihrer Bank, nicht bei uns".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:Ihr|Ihre|dein|deine)[mnrs]?\s+${DE_OWNED}(?![\p{L}])[^.!?;]{0,60}?(?:,?\s+nicht\s+(?:unser(?:e[srnm]?)?|wir|uns|bei\s+uns|an\s+uns)|,\s*(?:das\s+ist|ist)\s+nicht\s+unser(?:e)?\s+(?:Problem|Schuld|Fehler|Baustelle)|,\s*dafür\s+(?:sind|können)\s+wir\s+nicht(?:s|\s+verantwortlich))(?=\s*(?:[.!;]|$))`, 'u'),
        unless: DE_HEDGE,
        rewrite: deCheck,
      },
      // "Der Kurier hat das verloren, nicht wir", "Dafür ist der Paketdienst verantwortlich, nicht wir."
      {
        re: /(?<![\p{L}])(?:der|die|das|Ihre|deine|Ihr|dein)\s+(?:Kurier|Paketdienst|Zusteller|Spedition|Post|Bank|Airline|Fluggesellschaft|Hersteller|Lieferant|Lager|Provider|Anbieter|Hotel|Verkäufer|Partner|Fahrer|Versanddienstleister)(?![\p{L}])[^.!?,;]{1,50}?,\s*nicht\s+(?:wir|uns|ich|mir)(?=\s*(?:[.!;]|$))/u,
        unless: /\?/,
        rewrite: deOwn,
      },
      // "Bei allen anderen Kunden funktioniert es."
      {
        re: /(?<![\p{L}])bei\s+(?:allen\s+anderen|allen|anderen)\s+(?:Kunden|Kundinnen|Nutzern|Usern|Nutzer:innen)\s+(?:funktioniert|klappt|geht|läuft)\s+(?:es|das|alles)(?:\s+(?:einwandfrei|problemlos|ja|doch|auch))?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:seltsam|merkwürdig|ungewöhnlich|schaue|prüfe|ich\s+kümmere|komisch)(?![\p{L}])/u,
        rewrite: deCheck,
      },
      // "Das Problem liegt eindeutig bei Ihrem Router", "der Fehler liegt bei deinem WLAN"
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:das|der|die)\s+)?(?:Problem|Fehler|Ursache|Störung|Fehlerquelle)\s+(?:liegt|lag|ist|war)\s+(?:(?:also|wohl|eindeutig|ganz\s+klar|klar|offenbar|offensichtlich|definitiv|leider|nun\s+mal|halt|eben|allein|einzig)\s+){0,2}(?:bei|an)\s+(?:Ihre[mnr]?|deine[mnr]?)\s+${DE_OWNED}(?![\p{L}])(?:,?\s+nicht\s+bei\s+uns)?`, 'u'),
        unless: DE_HEDGE_OWNING,
        rewrite: deCheck,
      },
      // Broad: "Das ist Ihre Verantwortung, nicht unsere", "das fällt in deinen Verantwortungsbereich".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|dies|es)\s+(?:ist|war|liegt|f(?:ä|ae)llt)\s+(?:(?:allein|ganz|eindeutig|nun\s+mal|klar|voll\s+und\s+ganz)\s+)?(?:in\s+)?(?:Ihre[rnm]?|deine[rnm]?)\s+(?:eigene[rnm]?\s+)?(?:Verantwortung|Verantwortungsbereich|Pflicht|Verschulden))(?![\p{L}])/u,
        // "Es liegt in Ihrer Verantwortung, Ihr Passwort sicher aufzubewahren" is a duty (lecturing), not blame.
        unless: /(?<![\p{L}])(?:nicht\s+(?:Ihre|deine)|falls|wenn|ob)(?![\p{L}])|Verantwortung(?:sbereich)?\s*,[^.!?]*zu|\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'lass uns das gemeinsam klären' : 'lassen Sie uns das gemeinsam klären'],
      },
    ]),
    message: 'Das schiebt das Problem auf die Seite des Kunden',
    explanation:
      '„Das Problem liegt bei Ihnen“ oder „Das ist Sache Ihrer Bank“ lässt den Kunden mit dem Problem allein. Auch wenn die Ursache außerhalb liegt: Helfen Sie, sie zu finden und zu beheben.',
    rewrite: deCheck,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "The fee applies as standard, and I've waived it this once.",
      "Our logs show a login from your device at 9pm; if that wasn't you, I'll lock the account now.",
      "Your parcel was missing the charger, so I've sent one by express.",
      "The scan you sent is a little too dark to read, could you try another one when you get a chance?",
      "It was a good choice to keep the extended cover, as it pays for this.",
      "If you had told us sooner we might have caught it, but that's on us to make easier, and I've refunded the fee.",
      "The reason your refund is late is that our courier lost the parcel, and I'm sorry.",
      "Someone on your end may want to check the spam folder, if that helps.",
      "The screen was damaged in transit by our courier, so a replacement is on its way.",
      "Your form didn't include the page 2 signature, so I've filled that bit in with you on the phone.",
      "Your account is safe because you never clicked the link in that email.",
      "Nobody was in, which happens, so I've rebooked the delivery for Saturday.",
      "The reading looked too high, so I've asked for a fresh one and put the bill on hold.",
      "Looks like your parental controls got reset in our update, I've restored them.",
      "Your son's account is now linked to yours.",
      "Third-party chargers are fine to use and won't void the warranty.",
      "The van was returned with a dent, so the excess applies, but I've waived it this time.",
      "The card you used is saved securely for next time.",
      "Your bank hasn't confirmed the transfer yet, which is normal for international payments.",
      "The driver tried to deliver but nobody was home, so I've rebooked it for Saturday.",
      "The wrong size was sent by our warehouse, and a replacement is on its way.",
      "Your contract doesn't include roaming, so here's a cheap add-on if you need it.",
      "You agreed to be contacted by phone, so I'll ring you at 3.",
      "The parcel was sent to the wrong depot by us, and I've rerouted it.",
      "Here is the blue kettle, which is what you ordered.",
      "This wouldn't have happened if we had checked the stock first, sorry.",
      "Looking at your account, everything is set up correctly.",
      "According to our records your gas meter was read on 3 May, so the bill is based on that.",
      "The system shows you are eligible for the off-peak tariff.",
      "As per your request, I have moved the MOT to Thursday.",
      "You were supposed to get a confirmation text, and I can see it never went out, so I've resent it.",
      "You would need to bring photo ID on the day.",
      "The delay is due to a missing part at our depot.",
      "The reason is your safety.",
      "It's down to you which seat you pick.",
      "Your claim didn't meet the threshold at first, but I've had it reviewed and approved.",
      "Nothing went wrong on your side, the server crashed.",
      "Your refund was delayed because you sent it back late, but I've pushed it through.",
      "The order shipped on Monday because you chose standard delivery.",
      "The courier lost the parcel, and we should have spotted it sooner.",
      "Your installer said the valve was fine, and I've booked our engineer to double-check.",
      "If the reading you sent was wrong, just send a new photo.",
      "You didn't do anything wrong, the form you sent was fine.",
      "Our team will never ask for your password.",
      "Was the licence key you entered incorrect?",
      "We're on your side here.",
      "No action is needed on your end.",
      "That's not a mistake on your part, it's ours.",
      "If that's an error on our side, I'll refund it straight away.",
      "We take full responsibility for the delay.",
      "You won't be held responsible for the fraudulent charges.",
      "Your bank declined the payment, so I've sent you a new payment link.",
      'sorry, that was our fault and I have refunded you',
      'You are right, that is on us.',
      'That was our mistake, the new order is on its way.',
      'Your router is set up correctly, so the fault is in our exchange.',
      'The courier is not to blame, it was our warehouse.',
      "It's because of your loyalty that we want to make this right.",
      'Your phone might not be compatible with 5G yet.',
      'The error comes from your old app version, here is how to update it.',
      'The issue is on our side and we are fixing it.',
      "I've checked and nothing is wrong on your side.",
      'The problem might be with your router, let me walk you through a restart.',
      'This is not user error, it is a known bug.',
      'Could the issue be on your end? Let me check our logs first.',
      'Our courier lost the parcel, and I am sending a replacement today.',
      'The problem with your device is covered, I have booked a repair.',
      'It works for everyone else, which is odd, so let me look into your account.',
      "It works for everyone else, so I'm looking into your account specifically.",
      "That's on us, and I'm sorry.",
      "It's not our fault, but I'll sort it out for you anyway.",
      "That was our mistake, I've refunded it.",
      "The app works fine for everyone else on the latest version, so let's update yours together.",
      "Your router settings might be the reason, so let's check them together.",
      "It crashed because your phone runs an older iOS version, so I've sent you a two-step update guide.",
      "I've set it for the 9th because that's the date you asked for on the phone.",
      "If that's the size you picked by mistake, I can swap it today.",
      "The surgery sent us your referral this morning, so the claim is going through.",
      "Our engineers updated the app overnight, which is why you had to log in again.",
      "That's between you and me, but the sale starts on Friday.",
    ],
    invalid: [
      { text: "[[Your employer's administrator deactivated your account on Monday]].", rewrite: "Let's look at what happened together." },
      { text: "The heater failed [[despite our safety notes about covering it]].", rewrite: "The heater failed in a way we should look at together." },
      { text: "[[You left the freezer door open]], which the warranty doesn't cover.", rewrite: "Let's look at what happened together, which the warranty doesn't cover." },
      { text: "Sadly this [[is not a manufacturing defect]].", rewrite: "Sadly this may have another cause, so let's look at it together." },
      { text: "[[Your antivirus is stopping the installer]].", rewrite: "Something on the connection is getting in the way, and I'll help you check it." },
      { text: "The direct debit failed [[because there was not enough money in your account]].", rewrite: "The direct debit failed as the payment couldn't be taken, and I'll help you sort it out." },
      { text: "[[If you'd rung us before the cut-off we could have cancelled it]].", rewrite: "Let's look at what we can still do." },
      { text: "[[It was your own choice to skip the inspection]].", rewrite: "Let's look at what happened together." },
      { text: "The camera [[went missing during your rental]].", rewrite: "The camera went missing, and I'll help you sort it out." },
      { text: "[[The reason the visa letter is delayed is that you booked the appointment late]].", rewrite: "Let's look at what happened together." },
      { text: "[[Someone at your office reset the admin password]].", rewrite: "Let's look at what happened together." },
      { text: "The import stalled [[since your spreadsheet was missing the SKU column]].", rewrite: "The import stalled as a detail still needs sorting, and I can help with that." },
      { text: "The hinge was [[bent through rough handling]].", rewrite: "The hinge was damaged, and I'll look at the options with you." },
      { text: "[[The plumber your agent hired cracked the basin]].", rewrite: "Something went wrong along the way, and I'll help you sort it out." },
      { text: "The van came back empty [[because no one was home at the time]].", rewrite: "The van came back empty as the delivery could not be completed, and I'll help you rebook it." },
      { text: "[[Your office manager booked the large room, so the fee is correct]].", rewrite: "The charge is on the account, and I'm happy to go through it with you." },
      { text: "Sadly [[the gas reading you sent was roughly 300 units too high]].", rewrite: "Sadly something went wrong along the way, and I'll help you sort it out." },
      { text: "[[Someone in your office deleted the shared folder]].", rewrite: "Let's look at what happened together." },
      { text: "[[The crashes began when you added those mods]].", rewrite: "Let's look at what happened together." },
      { text: "The unit was fitted with [[an unofficial cable, which is why it burnt out]].", rewrite: "The unit was fitted with a part we need to check together." },
      { text: "This [[only happens when users skip the calibration step]].", rewrite: "This can happen in a few situations, and I'll help you check yours." },
      { text: "The flat was [[left with rubbish everywhere, hence the fee]].", rewrite: "The flat was left with rubbish everywhere, which I'm happy to go through with you." },
      { text: "Honestly, [[there was nothing more we could have done]].", rewrite: "Honestly, let's look at what happened together." },
      { text: "Sadly [[the IBAN you gave us has a typo in it]].", rewrite: "Sadly there was a mix-up with the details." },
      { text: "[[Your employer hasn't returned the reference form]], which is why the application stalled.", rewrite: "Something still needs sorting on the paperwork, and I can help with that, which is why the application stalled." },
      { text: "I'm afraid [[the wrong vehicle class was selected]].", rewrite: "I'm afraid there was a mix-up with the details." },
      { text: "[[Had the claim form been filled in properly, it would have gone through]].", rewrite: "There was a mix-up with the details." },
      { text: "The fitter arrived at 8, [[but nobody was in]].", rewrite: "The fitter arrived at 8, so we'll find a way that works for you." },
      { text: "[[You accepted the £250 excess when you collected the van]].", rewrite: "The plan comes with these terms." },
      { text: "The seat [[was booked on the wrong flight number]].", rewrite: "The seat there was a mix-up with the details." },
      { text: "The match was at 7pm, [[which is what you selected]].", rewrite: "The match was at 7pm, which I'm happy to change for you." },
      { text: "[[None of this would have happened if the gate code had been updated]].", rewrite: "Let's look at what happened together." },
      { text: "[[Checking your account, you]] never verified the new number.", rewrite: "It looks like you never verified the new number." },
      { text: "[[According to the audit trail you]] switched off two-factor login on Sunday.", rewrite: "It looks like you switched off two-factor login on Sunday." },
      { text: "[[It was you who]] picked the basic cover at the desk.", rewrite: "It looks like you picked the basic cover at the desk." },
      { text: "[[You were meant to]] leave the keys in the drop box.", rewrite: "The usual step is to leave the keys in the drop box." },
      { text: "Sadly [[you'd have needed to]] renew the permit by June.", rewrite: "Sadly the usual step is to renew the permit by June." },
      { text: "The licence lapsed [[owing to the unpaid invoice on your account]].", rewrite: "The licence lapsed owing to a mix-up with the details." },
      { text: "[[The issue here is that you registered with your old work email]].", rewrite: "Let's look at what happened together." },
      { text: "Yes, [[you cancelled the direct debit yourself]].", rewrite: "Yes, you cancelled the direct debit." },
      { text: "[[That's all down to how you filled in the form]].", rewrite: "Let's look at what happened together." },
      { text: "The reminders stopped because they [[were switched off on your end]].", rewrite: "The reminders stopped because they were switched off." },
      { text: "I'm afraid [[your planning application did not comply with the height limits]].", rewrite: "I'm afraid your planning application couldn't be approved as it stands, and I'll help you with what's missing." },
      { text: "[[Your locksmith changed the barrel without telling us]], hence the alarm.", rewrite: "Something I'll look into for you, hence the alarm." },
      { text: "Sadly the signature was [[missing on your part]].", rewrite: "Sadly the signature was missing, and I'll help you sort it out." },
      { text: "The appointment was missed [[as you arrived 25 minutes late]].", rewrite: "The appointment was missed and I'll help you sort it out." },
      { text: "[[That's on the council's waste team, not us]].", rewrite: "Something I'll look into for you." },
      { text: "The car was [[returned with a cracked windscreen by the renter]].", rewrite: "The car was returned with a cracked windscreen, and I'll help you sort it out." },
      { text: "[[Your GP's surgery sent the referral to the wrong clinic]].", rewrite: "Something went wrong along the way, and I'll help you sort it out." },
      { text: "Sadly [[the meter reading you sent in was wrong]], so the bill is an estimate.", rewrite: "Sadly something went wrong along the way, and I'll help you sort it out, so the bill is an estimate." },
      { text: "Honestly, [[the rental desk dropped the ball here]].", rewrite: "Honestly, something went wrong along the way, and I'll help you sort it out." },
      { text: "[[The mistake was made by your bank when it processed the transfer]].", rewrite: "Something went wrong along the way, and I'll help you sort it out." },
      { text: "Sorry, [[nothing we can do on our side]].", rewrite: "Sorry, I'll still do what I can to help." },
      { text: "[[You entered an invalid VAT number]], so the order was rejected.", rewrite: "There was a mix-up with the details, so the order was rejected." },
      { text: "The bin was skipped [[because your bin wasn't out by 7am]].", rewrite: "The bin was skipped as something got missed along the way." },
      { text: "[[Your bank put a stop on the transfer, so please sort that out with them]].", rewrite: "Your bank stopped the payment, and I will help you get it through." },
      { text: "[[The late payment is on your side, I'm afraid]].", rewrite: "Let's look at the late payment together." },
      { text: "[[That isn't a fault on our part]].", rewrite: "Let me explain what happened." },
      { text: "Lost property [[is not something we can be held responsible for]].", rewrite: "Lost property is something I'd still like to help you with." },
      { text: "[[We can't be held liable for damage from wrong storage]].", rewrite: "Let me see what we can do here." },
      { text: "[[Your card issuer froze the payment, you'll need to clear it up with them]].", rewrite: "Your card issuer stopped the payment, and I will help you get it through." },
      { text: "It crashed [[because your laptop runs an ancient browser]].", rewrite: "It crashed because of a setting we can check together." },
      { text: "[[Your router settings are the reason you have no signal]].", rewrite: "Let's find out together what is causing this." },
      { text: "[[Your own spam filter blocked our emails]].", rewrite: "Let's find out together what is causing this." },
      { text: "[[The website works fine for everyone else]].", rewrite: "Let's find out together what is causing this." },
      { text: "[[It's not our fault]] the courier was late.", rewrite: "I'll take care of it for you the courier was late." },
      { text: "Sorry, [[that's not on us]].", rewrite: "Sorry, I'll take care of it for you." },
      { text: '[[The problem is caused by your antivirus]].', rewrite: "Let's find out together what is causing this." },
      { text: 'Sadly it fails [[because your browser is out of date]].', rewrite: 'Sadly it fails because of a setting we can check together.' },
      { text: '[[Your router isn\'t set up correctly]].', rewrite: "Let's find out together what is causing this." },
      { text: '[[The courier is to blame for the damage]].', rewrite: "I'll take care of it for you." },
      { text: '[[The error comes from your router settings]].', rewrite: "Let's find out together what is causing this." },
      { text: '[[Your router keeps dropping the line, not our network]].', rewrite: "Let's find out together what is causing this." },
      { text: '[[The problem is on your end, not ours]].', rewrite: "Let's find out together what is causing this." },
      { text: 'Sorry, but [[the fault lies with your bank]].', rewrite: "Sorry, but let's find out together what is causing this." },
      { text: '[[Your ISP is the problem]] here.', rewrite: "Let's find out together what is causing this here." },
      { text: '[[This is clearly user error]], the app works.', rewrite: "Let's find out together what is causing this, the app works." },
      { text: "[[That's down to your wifi]].", rewrite: "Let's find out together what is causing this." },
      { text: '[[It works for everyone else]], so I cannot do much.', rewrite: "Let's find out together what is causing this, so I cannot do much." },
      { text: '[[Your card issuer declined the charge, take it up with them]].', rewrite: 'Your card issuer stopped the payment, and I will help you get it through.' },
      { text: '[[The airline cancelled the flight, not us]].', rewrite: "I'll take care of it for you." },
      { text: "Honestly, [[that's the courier's problem, not ours]].", rewrite: "Honestly, I'll take care of it for you." },
      { text: "The lesson is on Tuesday [[because that is the slot you ticked on the form]].", rewrite: "The lesson is on Tuesday as that's what the booking shows, and I'm happy to change it." },
      { text: "[[Head office raised the fees without warning us]], that's why your bill went up.", rewrite: "We changed something on our side, that's why your bill went up." },
      { text: "The insurer paid late and [[the garage sent us an outdated estimate]].", rewrite: "The insurer paid late and something went wrong along the way, and I'll help you sort it out." },
      { text: "Your renewal bounced because [[you paid using a card that had lapsed]].", rewrite: "Your renewal bounced because there was a mix-up with the details." },
      { text: "The parts keep arriving damaged, [[it's a total shambles over at the depot]].", rewrite: "The parts keep arriving damaged, there's been a mix-up." },
    ],
  },
  de: {
    valid: [
      'Das ist nicht Ihre Verantwortung, wir kümmern uns darum.',
      'Es liegt in Ihrer Verantwortung, Ihr Passwort sicher aufzubewahren.',
      "Ihr Router ist nicht zu alt, er unterstützt den Tarif.",
      "Ihr Handy ist zu alt für das Update? Dann zeige ich Ihnen eine Alternative.",
      'Der Fehler liegt bei uns, das tut mir leid.',
      'Das Problem lag nicht bei Ihnen, sondern an unserem Server.',
      'Das ist kein Bedienfehler, sondern ein bekannter Fehler.',
      'Das liegt vermutlich an Ihrem Router, ich zeige Ihnen gern, wie Sie ihn neu starten.',
      'Das liegt an Ihrem Tarif: Er enthält 10 GB.',
      'Die Entscheidung liegt bei Ihnen.',
      'Der Kurier hat das Paket verloren, ich schicke heute Ersatz.',
      'Bei allen anderen Kunden funktioniert es, das ist seltsam, ich schaue mir Ihr Konto an.',
      'Das Problem liegt vermutlich bei Ihrem Router, ich zeige Ihnen, wie Sie ihn neu starten.',
      'Das Problem liegt nicht bei Ihrem Router, sondern an unserer Leitung.',
      'Die Störung liegt bei Ihrem Mobilfunkanbieter, ich habe dort schon ein Ticket für Sie eröffnet.',
    ],
    invalid: [
      { text: 'Tut mir leid, aber [[das ist allein deine Verantwortung]].', rewrite: 'Tut mir leid, aber lass uns das gemeinsam klären.' },
      { text: "[[Ihr WLAN ist einfach zu schwach]].", rewrite: "Lassen Sie uns gemeinsam herausfinden, woran es liegt." },
      { text: "[[Ursache ist Ihr Virenscanner]].", rewrite: "Lassen Sie uns gemeinsam herausfinden, woran es liegt." },
      { text: "Das [[liegt an Ihrem veralteten Browser]].", rewrite: "Das hat eine Ursache, die wir gemeinsam finden." },
      { text: '[[Der Fehler kommt von Ihren Router-Einstellungen]].', rewrite: 'Lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
      { text: '[[Ihr Netz bricht ab, nicht unseres]].', rewrite: 'Lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
      { text: 'Bei uns läuft alles, [[das Problem muss bei Ihnen liegen]].', rewrite: 'Bei uns läuft alles, lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
      { text: 'Das war [[ein Fehler Ihrerseits]].', rewrite: 'Das war ein Missverständnis.' },
      { text: 'Hier liegt [[ein Bedienfehler]] vor.', rewrite: 'Hier liegt ein Missverständnis vor.' },
      { text: 'Das [[liegt an deinem WLAN]].', rewrite: 'Das hat eine Ursache, die wir gemeinsam finden.' },
      { text: 'Das [[liegt nicht an uns, sondern an Ihrem Provider]].', rewrite: 'Das hat eine Ursache, die wir gemeinsam finden.' },
      { text: '[[Das Problem ist Ihr Router]].', rewrite: 'Lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
      { text: '[[Das ist Sache Ihrer Bank]].', rewrite: 'Ich kümmere mich für Sie darum.' },
      { text: '[[Deine Bank hat die Abbuchung abgelehnt, das musst du mit denen klären]].', rewrite: 'Deine Bank hat die Zahlung gestoppt, und ich helfe dir, das zu klären.' },
      { text: '[[Der Paketdienst hat das Paket verloren, nicht wir]].', rewrite: 'Ich kümmere mich für Sie darum.' },
      { text: '[[Bei allen anderen Kunden funktioniert es]].', rewrite: 'Lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
      { text: '[[Der Fehler liegt eindeutig bei deinem WLAN]].', rewrite: 'Lass uns gemeinsam herausfinden, woran es liegt.' },
      { text: '[[Die Störung liegt bei Ihrem Mobilfunkanbieter, nicht bei uns]].', rewrite: 'Lassen Sie uns gemeinsam herausfinden, woran es liegt.' },
    ],
  },
};
