// Open exasperation and contempt aimed at the customer: "Seriously??", "Are you kidding me?",
// "Unbelievable.", "What part of X is so hard to understand?", "the dumbest complaint I've read",
// "stop wasting my time", "(not that you've shown much of it)", "this crap", "take it or leave it".
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enCalm = () => ['thanks for getting back to me', 'I see'];
const deCalm = (ctx: MatchContext) => (ctx.register === 'informal' ? ['danke für deine Nachricht', 'verstehe'] : ['danke für Ihre Nachricht', 'verstehe']);
const enWalk = () => ['let me walk you through it once more.', 'let me explain it another way.'];
const deWalk = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['ich erkläre es dir gern noch einmal anders.', 'lass uns das Schritt für Schritt durchgehen.'] : ['ich erkläre es Ihnen gern noch einmal anders.', 'lassen Sie uns das Schritt für Schritt durchgehen.'];

/** Exasperated openers that make up a whole sentence. */
const EN_EXASPERATED = /^(?:seriously|are\s+(?:you|u)\s+(?:kidding|joking|serious)(?:\s+me)?(?:\s+(?:right\s+now|rn))?|(?:you|u)(?:['’]?re|\s+are)\s+(?:kidding|joking)(?:\s+me)?|(?:oh\s+)?come\s+on|give\s+me\s+a\s+break|unbelievable|unreal|ridiculous|pathetic|typical|for\s+crying\s+out\s+loud|enough(?:\s+(?:already|now))?)\s*(?:[?!.]+|$)/;
const DE_EXASPERATED = /^(?:ernsthaft|im\s+ernst|echt\s+jetzt|jetzt\s+mal\s+im\s+ernst|also\s+wirklich|(?:wollen\s+Sie|willst\s+du)\s+mich\s+(?:veräppeln|verarschen|veralbern|auf\s+den\s+Arm\s+nehmen)|soll\s+das\s+ein\s+Witz\s+sein|ist\s+das\s+(?:Ihr|dein)\s+Ernst|unglaublich|unfassbar|lächerlich|typisch)\s*(?:[?!.]+|$)/u;

/**
 * Broad English hostility by cue classes: orders about the customer's behaviour ("deal with it", "get over it",
 * "stop wasting my time", "read the email before you complain"), contemptuous rhetorical questions ("are you
 * seriously asking", "do you even know", "what part of X don't you understand"), sweeping put-downs ("some
 * people just can't follow simple instructions", "people like you"), verdicts on the customer's words or manner
 * ("your complaint makes no sense", "your attitude isn't helping", "that's a ridiculous request"), taunts ("good
 * luck finding a cheaper one", "nice try", "not my problem") and threats tied to behaviour ("if you keep
 * shouting we'll remove you"). Silenced where the customer is quoted or the words are negated / self-directed.
 */
const enHelp = () => ['let me help you with this', "I'd like to sort this out with you"];
const EN_BROAD_HOSTILE: Pattern[] = [
  // Orders about the customer's behaviour.
  {
    re: /(?:^|(?<=[,;:–—]\s{0,2})|(?<=\b(?:just|so|then|honestly|seriously|look|well|ok|okay|now|maybe|perhaps|please)\s*,?\s+))(?:deal\s+with\s+it|get\s+over\s+it|live\s+with\s+it|suck\s+it\s+up|grow\s+up|get\s+a\s+grip|get\s+real|man\s+up|toughen\s+up|move\s+on|stop\s+(?:wasting\s+(?:my|our)\s+time|complaining|whining|moaning|crying|shouting|yelling|screaming|ranting|nagging|pestering|harassing|spamming|messaging\s+us|emailing\s+us|being\s+(?:so\s+)?(?:rude|difficult|dramatic|childish|ridiculous|unreasonable))|read\s+(?:the|my|our|your)\s+(?:[\w-]+\s+)?(?:e-?mail|message|reply|terms|instructions|FAQ|manual|invoice|page|policy|contract|letter|confirmation|booking)s?\s+(?:(?:properly|carefully|first)\s+)?(?:before\s+(?:you\s+)?(?:complain|moan|whine|rant|shout|kick\s+off|start\s+(?:complaining|shouting|ranting))\w*|next\s+time))\b[^.!?;,]*/,
    unless: /\b(?:don['’]?t|didn['’]?t|no\s+need|never)\s+(?:need\s+to\s+|have\s+to\s+)?(?:deal|read|stop)\b|["“”]/,
    rewrite: enHelp,
  },
  // Contemptuous rhetorical questions.
  {
    re: /\b(?:are\s+(?:you|u)\s+(?:seriously|honestly)\s+(?:asking|telling|saying|complaining|expecting|suggesting|claiming|writing|emailing|contacting)|(?:do|did|can|have)\s+(?:you|u)\s+even\s+(?:know|read|understand|listen|look|check|try|bother|care|think|open|see)|what\s+part\s+of\b[^.!?]{1,60}?\b(?:don['’]?t|do\s+not|didn['’]?t)\s+(?:you|u)\s+(?:understand|get)|how\s+(?:many\s+times|often)\s+(?:do|must|will)\s+(?:I|we)\s+(?:have\s+to\s+)?(?:tell|explain|say|repeat)|(?:can['’]?t|cannot)\s+(?:you|u)\s+read(?=\s*[?!.]|\s*$|\s+(?:properly|at\s+all|English)))\b[^.!?;]*/,
    unless: /\b(?:did\s+you\s+ever\s+(?:get|receive|hear)|have\s+you\s+ever\s+(?:used|tried\s+our|been))\b|["“”]/,
    rewrite: () => ['let me go through it again'],
  },
  // Sweeping put-downs: "some people just can't follow simple instructions", "people like you".
  {
    re: /\b(?:some\s+(?:people|customers|folks|users|players)\s+(?:(?:just|really|simply|clearly|honestly|still)\s+)?(?:can['’]?t|cannot|never|don['’]?t|won['’]?t|refuse\s+to|will\s+never|are\s+never)\s+(?:(?:even|be|bother\s+to)\s+)?(?:follow|read|understand|listen|learn|get|accept|pleased|happy|satisfied|grateful|manage|help\s+themselves)|(?:people|customers)\s+like\s+(?:you|u|yourself)|you\s+people|you\s+lot)\b[^.!?;]*/,
    unless: /\b(?:customers|people)\s+like\s+(?:you|u|yourself)\s+(?:are|who|make|keep|help)\s+(?:(?:the\s+)?(?:reason|why|what|us|great|valued|important|loyal)|[\w-]+\s+(?:us|better))|\bthanks?\b|["“”]/,
    rewrite: enHelp,
  },
  // Verdicts on the customer's words or manner: "your complaint makes no sense", "your attitude isn't helping",
  // "that's a ridiculous request".
  {
    re: /\byour\s+(?:(?:whole|entire|latest|last|constant|endless|repeated|many|countless|daily)\s+)?(?:complaints?|requests?|e-?mails?|messages?|calls?|arguments?|logic|attitude|tone|behaviou?r|demands?|questions?|claims?|reasoning|points?|rants?|reviews?|story|excuses?|threats?)\s+(?:(?:really|honestly|frankly|just|simply)\s+)?(?:makes?\s+(?:no|zero|little)\s+sense|(?:is|are|was|were)\s+(?:(?:frankly|honestly|just|simply|quite|totally|completely|getting|becoming)\s+)?(?:ridiculous|excessive|out\s+of\s+hand|annoying|too\s+much|tiresome|old|absurd|nonsense|pointless|unreasonable|silly|stupid|laughable|childish|rude|unacceptable|pathetic|a\s+joke|not\s+helping|not\s+helpful|getting\s+(?:old|tiresome|boring))|(?:isn['’]?t|aren['’]?t|doesn['’]?t|won['’]?t)\s+(?:helping|help|get\s+(?:you|u)\s+anywhere|change\s+anything))\b|\b(?:that['’]?s|this\s+is|what\s+an?|such\s+an?|it['’]?s)\s+(?:a\s+|an\s+)?(?:really\s+|pretty\s+|frankly\s+)?(?:ridiculous|absurd|silly|stupid|pointless|laughable|unreasonable|outrageous|childish|pathetic|dumb)\s+(?:request|question|complaint|demand|claim|idea|thing\s+to\s+(?:ask|say)|argument|email|message|review)\b/,
    unless: /\b(?:if\s+(?:this|it|that|mine|my\s+\w+)(?:['’]s|\s+is|\s+was|\s+sounds)|my\s+(?:own\s+)?(?:question|request|idea)|not\s+an?\s+(?:\w+\s+)?(?:silly|stupid|dumb|ridiculous)|no\s+such\s+thing\s+as\s+an?|never\s+an?\s+(?:silly|stupid|dumb))\b|\?|["“”]/,
    rewrite: () => ['thanks for explaining this', 'I see what you mean'],
  },
  // Taunts: "good luck finding a cheaper rental anywhere else", "good luck with that", "nice try", "not my problem".
  {
    re: /\bgood\s+luck\s+(?:finding|getting|trying|with\s+that)\b[^.!?;]*?(?:\b(?:anywhere|elsewhere|else|cheaper|better)\b[^.!?;,]*|(?<=with\s+that))|^(?:nice|good)\s+try\b|\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is|sounds\s+like)?\s*not\s+(?:really\s+)?(?:my|our)\s+(?:problem|concern|headache)\b(?=\s+(?:if|that|when)\b|\s*[,.!]|\s*$)/,
    unless: /\bgood\s+luck\s+with\s+that\s+(?:new|exam|test|move|trip|interview|project|tournament|game|race|match)|["“”]/,
    rewrite: () => ['let me see what I can do'],
  },
  // Threats tied to the customer's behaviour: "if you keep shouting at our receptionists we'll remove you".
  {
    re: /\bif\s+(?:you|u)\s+(?:keep|continue|carry\s+on|go\s+on)\s+(?:to\s+)?(?:\w+ing|\w+)\b[^.!?]{0,60}?\b(?:we|I)(?:['’]ll|\s+will|\s+shall|['’]d|\s+would|\s+are\s+going\s+to)\s+(?:(?:have\s+to|simply|just|be\s+forced\s+to)\s+)?(?:remove|ban|block|close|cancel|terminate|end|suspend|report|refuse|stop\s+(?:serving|helping|responding)|delete|bar|blacklist|call\s+the\s+police|take\s+(?:legal\s+)?action)\b[^.!?;]*/,
    unless: /["“”]/,
    rewrite: () => ["I want to help, and I'd ask that we keep this respectful"],
  },
  // Snark markers on an order: "try reading the confirmation email for once", "maybe try listening next time".
  {
    re: /\b(?:try|maybe\s+try|how\s+about)\s+(?:reading|listening|looking|checking|paying\s+attention|opening|scrolling)\b[^.!?;]*?\b(?:for\s+once|next\s+time|first|properly|this\s+time)\b[^.!?;,]*/,
    unless: /\b(?:I['’]?ll|I\s+will|let\s+me|together|if\s+(?:that|it)\s+helps)\b|["“”]/,
    rewrite: () => ['the details are in the confirmation email, and I can walk you through them'],
  },
  // Exasperation: "I've explained this three times already, I'm done", "we're done here", "I give up".
  {
    re: /\b(?:I['’]?ve|I\s+have|we['’]?ve|we\s+have)\s+(?:already\s+)?(?:explained|told\s+you|said|answered|gone\s+over)\s+(?:this|that|it)\s+(?:(?:\w+\s+){0,2}?(?:times|twice)|(?:already\s+)?(?:several|many|multiple|countless)\s+times)\b[^.!?;]*|\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:so\s+|completely\s+|totally\s+)?done(?:\s+here|\s+with\s+(?:this|you|the\s+conversation))?(?=\s*[.!]|\s*$)|\bthis\s+conversation\s+is\s+over\b|\bI\s+give\s+up(?=\s*[.!]|\s*$)/,
    unless: /\b(?:I['’]?m\s+sorry|sorry\s+(?:that|you|I)|apologi|let\s+me\s+(?:try|explain)|all\s+done|done\s+(?:for\s+you|now|it)|I['’]?ve\s+done)\b|["“”]/,
    rewrite: () => ['let me explain it another way'],
  },
  // Character verdicts: "you're being completely unreasonable", "you really don't get it", "is that so hard to understand".
  {
    re: /\b(?:you|u)(?:['’]re|\s+are|r)\s+(?:being\s+)?(?:(?:completely|totally|utterly|really|so|very|just|incredibly|absolutely|quite|a\s+bit)\s+)?(?:unreasonable|ridiculous|absurd|difficult|childish|hysterical|impossible|paranoid|delusional|entitled(?!\s+to\b)|irrational|obnoxious|insufferable|a\s+pain|a\s+nightmare|a\s+joke)\b|\b(?:you|u)\s+(?:really|just|still|clearly|simply|obviously)\s+(?:don['’]?t|do\s+not|can['’]?t)\s+(?:get|understand|grasp)\s+(?:it|this|that)\b|\b(?:is|was)\s+(?:that|it|this)\s+(?:really\s+)?(?:so|that|too)\s+(?:hard|difficult|complicated)\s+to\s+(?:understand|grasp|follow|read|get|do)\b|\bhow\s+hard\s+can\s+it\s+(?:really\s+)?be\b|\bwho\s+(?:raised|taught)\s+(?:you|u)\b|\b(?:learn|mind)\s+(?:some|your)\s+manners\b|\bkeep\s+(?:your|ur)\s+(?:[\w-]+\s+)?(?:threats|comments|opinions|attitude|tone|insults|sarcasm|complaints|remarks)\s+to\s+yourself\b/,
    unless: /\b(?:not\s+being|aren['’]?t\s+being|you['’]re\s+not|you\s+are\s+not|never|not\s+that\s+hard|isn['’]?t\s+(?:that\s+)?hard)\b|["“”]/,
    rewrite: () => ['I see this matters a lot to you', 'let me explain it another way'],
  },
  // More rhetorical put-downs: "do I look like a mind reader?", "are you always this difficult?", "you clearly didn't
  // bother to read a single word", "maybe think before you book".
  {
    re: /\bdo\s+I\s+look\s+like\s+(?:a|an|your)\s+[\w-]+(?:\s+[\w-]+)?|\bare\s+(?:you|u)\s+always\s+(?:this|so|that)\s+[\w-]+|\b(?:you|u)\s+(?:clearly\s+|obviously\s+|just\s+|never\s+)?(?:didn['’]?t|did\s+not|don['’]?t|do\s+not|never)\s+(?:even\s+)?bother(?:ed)?\s+(?:to\s+)?(?:read|look|check|listen|open|reading|looking|checking)\b[^.!?;,]*|\ba\s+single\s+word\s+(?:I|we)\s+(?:wrote|said|sent)\b|\b(?:maybe\s+|try\s+to\s+|please\s+)?think\s+(?:twice\s+)?before\s+(?:you|u)\s+(?:book|buy|order|complain|write|post|email|call|shout|send|click)\w*\b/,
    unless: /["“”]/,
    rewrite: () => ['let me help you with this', "I'd like to sort this out with you"],
  },
  // Giving up on the customer: "I don't know what else you want from me", "enough with the caps lock",
  // "if you can't be civil, don't bother writing in", "not sure why I even bother replying".
  {
    re: /\b(?:I\s+)?(?:don['’]?t|do\s+not)\s+know\s+what\s+(?:else\s+|more\s+)?(?:you|u)\s+(?:want|expect)\s+(?:from\s+(?:me|us)|(?:me|us)\s+to\s+(?:do|say))\b|^(?:ok(?:ay)?\s*,?\s+)?enough\s+(?:with|of)\s+(?:the|your|this|all\s+the)\b[^.!?;,]*|\bdon['’]?t\s+(?:even\s+)?bother\s+(?:writing|emailing|calling|contacting|replying|asking|coming\s+back|complaining)\b[^.!?;,]*|\bwhy\s+(?:I|we)\s+(?:even\s+)?bother\b[^.!?;,]*/,
    unless: /\b(?:I['’]?ll|I\s+will|let\s+me)\s+(?:find|check|look|sort|get)\b|["“”]/,
    rewrite: () => ['let me see what else I can do for you'],
  },
];

export const contempt: Rule = {
  id: 'contempt',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Open exasperation or contempt aimed at the customer',
  en: {
    message: 'This sounds exasperated or contemptuous',
    explanation: 'Eye-rolling remarks ("Seriously??", "what part of … is so hard") tell the customer they are a nuisance; they answer in kind and the conversation escalates.',
    rewrite: enCalm,
    patterns: [
      // Telling the customer to read before complaining, or that they didn't bother: "maybe try reading the email
      // before firing off complaints", "if you had bothered to check, you would know", "you couldn't be bothered to read it".
      {
        re: /\b(?:(?:maybe|perhaps|try|next\s+time)\s+(?:try\s+)?(?:reading|checking|looking\s+at|opening|scrolling\s+through|read|check)\b[^.!?;]{0,50}?\bbefore\s+(?:firing\s+off|complaining|sending|writing\s+in|emailing|e-mailing|shouting|ranting|moaning|kicking\s+off|getting\s+(?:angry|upset|shirty)|having\s+a\s+go)|if\s+(?:you|u)(?:['’]d|\s+had)?\s+(?:even\s+|just\s+|actually\s+)?bothered\s+to|(?:you|u)\s+(?:couldn['’]?t|could\s+not|didn['’]?t|did\s+not)\s+(?:even\s+)?(?:be\s+bothered|bother)\s+to)\b[^.!?;]*/,
        unless: /\bsorry\b|\?/,
        rewrite: () => ["let me walk you through it", "here's the short version"],
      },
      // Doubting the customer can read or understand: "is English not your first language or something?", "can you even read?".
      {
        re: /\b(?:is\s+english\s+not\s+your\s+(?:first|native)\s+language|is\s+english\s+(?:even\s+)?your\s+(?:first|native)\s+language\s+or\s+(?:something|what)|do\s+(?:you|u)\s+(?:even\s+)?(?:speak|understand|read)\s+english|can\s+(?:you|u)\s+(?:even|actually|not)\s+read(?=\s*[?!]|\s+(?:properly|english|at\s+all)\b)|can['’]?t\s+(?:you|u)\s+read(?=\s*[?!]|\s+(?:properly|english|at\s+all)\b)|(?:did|do)\s+(?:you|u)\s+(?:even|actually)\s+read)\b[^.!?;]*\?*/,
        unless: /\b(?:sorry|language\s+(?:line|support|options?)|translat\w*|interpreter|prefer(?:red)?|would\s+you\s+like)\b/,
        rewrite: () => ['let me put it another way', 'let me explain it differently'],
      },
      // "Are you being deliberately difficult?", "that's your problem, not mine", "sounds like a you problem", "I could not
      // care less about your review".
      {
        re: /\b(?:are\s+(?:you|u)|you['’]re|you\s+are)\s+(?:just\s+)?being\s+(?:deliberately|purposely|intentionally|wilfully|willfully)\s+(?:difficult|obtuse|awkward|unreasonable|dense|slow|stubborn)\b[^.!?;]*\?*|\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is|sounds\s+like)\s+(?:a\s+you\s+problem|your\s+(?:own\s+)?problem(?:\s*,?\s+not\s+(?:mine|ours))?)\b|\bI\s+(?:really\s+|honestly\s+|frankly\s+|genuinely\s+)?(?:couldn['’]?t|could\s+not)\s+care\s+less\b[^.!?;]*|\bI\s+(?:really\s+|honestly\s+|frankly\s+)?(?:don['’]?t|do\s+not)\s+care\s+(?:about\s+your|what\s+you|if\s+you|whether\s+you)\b[^.!?;]*/,
        unless: /\b(?:sorry|not\s+your\s+problem|isn['’]?t\s+your\s+problem)\b/,
        rewrite: () => ["I'd like to sort this out with you", "let me help with this"],
      },
      // Exasperated counting questions: "HOW many more times do you want it resent??", "how many times do you need
      // to be told?", "how often do you expect us to resend it?".
      {
        re: /\bhow\s+(?:many\s+(?:more\s+)?(?:times|e-?mails|messages|calls|tickets|complaints)|often)\s+(?:do|does|will|are|must|should|did|have)\s+(?:you|u|we|I)\s+(?:(?:really|honestly|actually|still)\s+)?(?:want|need|expect|intend|plan|planning|going\s+to\s+(?:ask|write|call|ring|phone|e-?mail|complain|message|chase|send|make|contact|keep)|have\s+to\s+(?:go\s+(?:through|over)|explain|tell|repeat|resend|send)|need\s+to\s+be\s+told)\b[^.!?]*\?*|\bhow\s+many\s+more\s+times\b(?=[^.!?]*(?:\?|$))[^.!?]*\?*/,
        unless: /\b(?:nights?|days?|weeks?|guests?|rooms?|would\s+you\s+like|reminders?|weekly|monthly|daily)\b/,
        rewrite: () => ["let me make sure this reaches you this time", "I'd like to get this sorted for good"],
      },
      // "Seriously??", "Are you kidding me?", "Unbelievable." as a sentence of its own.
      { re: EN_EXASPERATED, unless: /\b(?:great|good|amazing|awesome|news|congrat\w*|thank)/, rewrite: () => ['I understand.', 'I see.'] },
      { re: /\bgive\s+me\s+a\s+break\b/, unless: /\b(?:need|needs|take|took|taking|could\s+use|deserve)\b/ },
      // "Another stupid question", "the third pointless email today".
      { re: /\b(?:another|yet\s+another|the\s+(?:second|third|fourth|fifth|tenth|umpteenth|nth))\s+(?:stupid|dumb|ridiculous|pointless|silly|idiotic|crazy|useless)\s+(?:e-?mails?|messages?|questions?|complaints?|requests?|tickets?|calls?)\b[^.!?,;]*/, rewrite: () => ['thanks for your message'] },
      // "How hard is it to press a button?", "how difficult can it be?"
      {
        re: /\bhow\s+(?:hard|difficult|complicated|tricky)\s+(?:is\s+it|can\s+it\s+(?:possibly\s+)?be|could\s+it\s+be)(?:\s+to\b[^.!?]*)?\s*\?+/,
        // "How hard is it to install? Not hard at all: ..." answers a question, it mocks nobody.
        unlessNext: /^(?:not\s+(?:hard|difficult|very|at\s+all)|(?:it['’]?s\s+|it\s+is\s+)?(?:really\s+|very\s+|quite\s+|pretty\s+)?(?:easy|simple|quick|straightforward))\b/,
        rewrite: enWalk,
      },
      // "What exactly do you want from me?", "what more do you expect me to do?"
      { re: /\bwhat\s+(?:exactly|else|more|on\s+earth)\s+do\s+you\s+(?:want|expect)\s+(?:from\s+(?:me|us)|me\s+to\s+do|us\s+to\s+do)\b\s*\?*/, unless: /\b(?:help\s+me|so\s+I\s+can|let\s+me\s+know)\b/, rewrite: () => ['how can I help?', 'what would help you most?'] },
      // "You again?", "What now?" as a sentence of its own.
      { re: /^(?:oh\s*,?\s+)?(?:you|it['’]?s\s+you)\s+again\s*[?!.]+(?=\s*$)|^what\s+(?:now|is\s+it\s+(?:this\s+time|now))\s*\?+(?=\s*$)/, rewrite: () => ['Thanks for getting back to me.', 'How can I help?'] },
      // "Happy now???", "There, satisfied?", "Is that good enough for you?" as a sentence of its own.
      {
        re: /(?:^|(?<=[.!?…]\s{1,3}))(?:(?:so|there|well|ok(?:ay)?|right)\s*,?\s+)?(?:(?:are\s+(?:you|u)\s+)?(?:happy|satisfied|pleased|content)\s+now|(?<=\b(?:so|there|well|ok(?:ay)?|right)\s*,?\s+)(?:happy|satisfied)|is\s+(?:that|this)\s+good\s+enough\s+for\s+(?:you|u)(?:\s+now)?)\s*\?+(?=\s*$)/,
        rewrite: () => ['I hope this works for you.', 'Does this work for you?'],
      },
      {
        re: /\bwhat\s+part\s+of\b[^.!?]{1,60}?(?:\b(?:don['’]?t|do\s+not|didn['’]?t|did\s+not)\s+(?:you|u)\s+(?:understand|get)\b|\bis\s+(?:so\s+)?(?:hard|difficult|unclear|confusing)\b(?:\s+to\s+(?:understand|follow|get))?)\s*[?!.]*/,
        rewrite: enWalk,
      },
      { re: /\b(?:this|it)(?:['’]?s|\s+is)\s+getting\s+(?:ridiculous|absurd|silly|old|tiresome)\b/, rewrite: () => ["I'd like to get this sorted for you", 'let me get this resolved'] },
      // Contempt for the customer's message: "the dumbest complaint I've read all week".
      {
        re: /\bthe\s+(?:dumbest|stupidest|silliest|most\s+(?:ridiculous|absurd|pointless))\s+(?:complaint|question|request|excuse|email|e-mail|message|ticket|argument|idea|thing)s?\s+(?:(?:I|we)(?:['’]?ve|\s+have)?\s+(?:ever\s+)?(?:read|heard|seen|received|had|got(?:ten)?)|(?:ever|in\s+(?:years|ages)))(?:\s+(?:all\s+(?:week|day|month|year)|today|this\s+(?:week|month|year)|in\s+(?:my\s+life|years|ages|a\s+while)))?/,
        rewrite: () => ['a fair point', 'an important point'],
      },
      { re: /\b(?:stop|quit|don['’]?t|do\s+not)\s+wast(?:e|ing)\s+(?:my|our)\s+time\b/, rewrite: () => ['please bear with me', 'could you help me out'] },
      { re: /\byou(?:['’]?re|\s+are)\s+(?:just\s+|really\s+)?wasting\s+(?:my|our|everyone['’]?s|both\s+(?:of\s+)?our|both\s+our)\s+time\b|\byou(?:['’]?ve|\s+have)\s+(?:already\s+)?wasted\s+(?:enough\s+of\s+|so\s+much\s+of\s+)?(?:my|our|everyone['’]?s)\s+time\b/, rewrite: () => ["let's sort this out together"] },
      // A dig in brackets or after a dash: "(not that you've shown much of it)".
      { re: /\s*[(—–-]?\s*\bnot\s+that\s+(?:you|u)(?:['’]?ve|['’]?d|\s+(?:have|had|would|ever|even|really)){0,2}\s+(?:shown|had|been|bothered|read|listened|cared?|noticed|known?|understood|tried)\b[^.!?)]*\)?/, rewrite: () => [''] },
      {
        re: /\b(?:(?:I\s+)?(?:don['’]?t|do\s+not|haven['’]?t\s+got)\s+(?:have\s+)?time\s+for\s+)?(?:this|that|your|such)\s+(?:crap|shit|bullshit|bs|nonsense|garbage|rubbish|drama)\b/,
        rewrite: (ctx) => (/^(?:I|don|do|haven)/i.test(ctx.match) ? ['I want to get this resolved'] : ['this']),
      },
      { re: /\btake\s+it\s+or\s+leave\s+it\b/, rewrite: () => ['this is the best option I can offer right now'] },
      ...EN_BROAD_HOSTILE,
    ],
  },
  de: {
    message: 'Das klingt genervt oder herablassend',
    explanation: 'Augenrollende Bemerkungen („Ernsthaft??“, „was ist daran so schwer“) geben dem Kunden das Gefühl, lästig zu sein; er antwortet im selben Ton und das Gespräch eskaliert.',
    rewrite: deCalm,
    patterns: foldDe([
      { re: DE_EXASPERATED, unless: /(?:freu|toll|super|Glückwunsch|danke)/u, rewrite: () => ['Verstehe.', 'Ich verstehe.'] },
      {
        re: /(?<![\p{L}])was\s+(?:genau\s+|bitte\s+|denn\s+)?(?:ist|war)\s+an\s+[^.!?]{1,60}?\s+so\s+(?:schwer|schwierig|kompliziert|unklar)(?:\s+zu\s+(?:verstehen|begreifen))?\s*[?!.]*|(?<![\p{L}])was\s+(?:genau\s+)?(?:verstehen\s+Sie|verstehst\s+du)\s+an\s+[^.!?]{1,60}?\s+nicht\s*[?!.]*/u,
        rewrite: deWalk,
      },
      { re: /(?<![\p{L}])das\s+wird\s+(?:langsam|allmählich|jetzt|echt)\s+(?:l(?:ä|ae)cherlich|albern|absurd)(?![\p{L}])/u, rewrite: (ctx) => [ctx.register === 'informal' ? 'ich möchte das für dich klären' : 'ich möchte das für Sie klären'] },
      {
        re: /(?<![\p{L}])(?:die|der|das)\s+(?:dümmste|blödeste|bescheuertste|lächerlichste|absurdeste|albernste|Dümmste|Blödeste|Lächerlichste)[nrs]?(?:\s+[\p{L}-]+|(?=,\s+was\s+ich))(?:,\s+(?:die|den|das)\s+ich\s+(?:[\p{L}]+\s+){0,4}(?:gelesen|gehört|gesehen|bekommen|erlebt)\s+(?:habe|hab))?/u,
        rewrite: () => ['ein berechtigter Punkt', 'ein wichtiger Hinweis'],
      },
      {
        re: /(?<![\p{L}])(?:(?:hör|hören\s+Sie)\s+(?:endlich\s+|bitte\s+)?auf,?\s+(?:meine|unsere)\s+Zeit\s+zu\s+verschwenden|(?:Sie\s+verschwenden|du\s+verschwendest)\s+(?:hier\s+)?(?:meine|unsere)\s+Zeit|verschwenden\s+Sie\s+(?:bitte\s+)?nicht\s+(?:meine|unsere)\s+Zeit|verschwende\s+(?:bitte\s+)?nicht\s+(?:meine|unsere)\s+Zeit)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'bitte hab kurz Geduld' : 'bitte haben Sie kurz Geduld'],
      },
      { re: /\s*\(?(?<![\p{L}])(?:von\s+der|von\s+dem|wovon)\s+man\s+(?:(?:bisher|bis\s+jetzt|leider|allerdings|aber)\s+)?(?:nicht\s+viel|nichts|wenig|kaum\s+etwas)\s+(?:gemerkt|bemerkt|gesehen|mitbekommen|gespürt)\s+hat\)?/u, rewrite: () => [''] },
      {
        re: /(?<![\p{L}])(?:(?:ich\s+)?(?:hab|habe)\s+(?:echt\s+|wirklich\s+|so\s+)?keinen\s+Bock\s+(?:mehr\s+)?auf\s+|(?:ich\s+)?(?:hab|habe)\s+keine\s+Zeit\s+für\s+)?(?:diesen|den|so\s+einen|solchen|deinen|Ihren)\s+(?:Mist|Scheiß|Scheiss|Quatsch|Schwachsinn|Blödsinn|Kindergarten|Zirkus|Unsinn)(?![\p{L}])/u,
        rewrite: (ctx) => (/^(?:ich|hab)/i.test(ctx.match) ? [ctx.register === 'informal' ? 'ich möchte das für dich klären' : 'ich möchte das für Sie klären'] : ['das']),
      },
      { re: /(?<![\p{L}])(?:friss\s+oder\s+stirb|(?:nehmen\s+Sie\s+es|nimm\s+es)\s+oder\s+(?:lassen\s+Sie\s+es|lass\s+es))(?![\p{L}])/u, rewrite: () => ['das ist im Moment die beste Lösung, die ich anbieten kann'] },
      {
        // "Ihre Forderung ist ehrlich gesagt lachhaft", "deine Reklamation ist echt absurd"
        re: /(?<![\p{L}])(?:Ihre|deine|eure|diese|die|solche)\s+(?:Forderung|Forderungen|Anfrage|Beschwerde|Beschwerden|Reklamation|Idee|Erwartung|Erwartungen|Vorstellung|Vorstellungen|Bitte|Argumentation|Begründung|Behauptung)\s+(?:ist|sind|war|waren)\s+(?:(?:ehrlich\s+gesagt|mit\s+Verlaub|wirklich|einfach|schlicht|echt|geradezu|doch|ja|absolut|völlig|total|schon|nun\s+mal)\s+){0,2}(?:lachhaft|l(?:ä|ae)cherlich|absurd|albern|unversch(?:ä|ae)mt|dreist|frech|grotesk|realitätsfern|weltfremd|unverfroren|ein\s+Witz)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich verstehe deinen Wunsch' : 'ich verstehe Ihren Wunsch'],
      },
      {
        // "Das ist doch lachhaft." (about the customer's request; owning our own failure stays clean)
        re: /(?<![\p{L}])(?:das|es|dies)\s+ist\s+(?:(?:doch|ja|echt|wirklich|einfach|geradezu|ehrlich\s+gesagt|wohl|schon)\s+){1,2}(?:lachhaft|l(?:ä|ae)cherlich|absurd|grotesk|ein\s+Witz)(?![\p{L}])/u,
        unless: /,\s*dass(?![\p{L}])|(?<![\p{L}])(?:wir|uns|unser\p{L}*|leid|Entschuldigung|sorry)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich verstehe deinen Wunsch' : 'ich verstehe Ihren Wunsch'],
      },
      {
        // "…, und das wissen Sie auch."
        re: /\s*,?\s+und\s+das\s+(?:wissen\s+Sie|wei(?:ß|ss)t\s+du|wisst\s+ihr)(?:\s+(?:auch|genau|selbst|ganz\s+genau|sehr\s+wohl|eigentlich)){1,2}(?=\s*[.!]*\s*$)/u,
        rewrite: () => [''],
      },
      {
        // "Was ist daran so schwer zu verstehen?", "was ist denn dabei so kompliziert?"
        re: /(?<![\p{L}])was\s+(?:genau\s+|bitte\s+|denn\s+)?(?:ist|war)\s+(?:denn\s+|bitte\s+)?(?:daran|dabei|da\s+dran)\s+(?:denn\s+)?so\s+(?:schwer|schwierig|kompliziert|unklar)(?:\s+zu\s+(?:verstehen|begreifen|kapieren))?\s*\?*/u,
        rewrite: (ctx) => deWalk(ctx),
      },
      { re: /^(?:ernsthaft|im\s+ernst|echt)\s+jetzt\s*[?!]+/u, rewrite: () => ['Verstehe.', 'Ich verstehe.'] },
      {
        // "Das ist wirklich das Letzte, was ich heute brauche", "Verschonen Sie mich mit Ihren Drohungen"
        re: /(?<![\p{L}])(?:(?:das|dies)\s+ist\s+(?:(?:wirklich|echt|ja|genau)\s+)?das\s+(?:Letzte|Allerletzte),?\s+was\s+ich\s+(?:heute\s+|jetzt\s+|gerade\s+)?(?:brauche|gebrauchen\s+kann)|(?:verschonen\s+Sie|verschone)\s+mich\s+(?:bitte\s+)?(?:mit|von)\s+(?:Ihren|Ihrer|Ihrem|deinen|deiner|deinem|diesen|dieser|solchen)\s+[\p{L}-]+)(?![\p{L}])/u,
        rewrite: deCalm,
      },
      {
        // "Was wollen Sie denn noch von mir?", "Ich weiß nicht, was daran so kompliziert sein soll"
        re: /(?<![\p{L}])(?:was\s+(?:wollen\s+Sie|willst\s+du|wollt\s+ihr)\s+(?:denn\s+)?(?:noch|eigentlich|jetzt\s+noch)(?:\s+von\s+(?:mir|uns))?\s*\?+|(?:ich\s+weiß\s+nicht|keine\s+Ahnung)\s*,?\s+was\s+(?:daran|dabei|da)\s+so\s+(?:schwer|schwierig|kompliziert|unklar)\s+(?:sein\s+soll|ist))/u,
        rewrite: deCalm,
      },
      {
        // "Ich habe echt keine Lust mehr auf diese Diskussion", "Hören Sie endlich auf, uns mit Mails zu bombardieren"
        re: /(?<![\p{L}])(?:(?:ich\s+)?(?:habe|hab)\s+(?:echt\s+|wirklich\s+|so\s+|langsam\s+|ehrlich\s+gesagt\s+)?keine\s+(?:Lust|Nerven|Zeit)\s+(?:mehr\s+)?(?:auf|für)\s+(?:diese|die|solche|so\s+eine|diesen|den|Ihre|deine)\s+(?:Diskussion|Diskussionen|Debatte|Spielchen|Theater|Mails|Nachrichten|Zirkus|Beschwerden)|(?:hören\s+Sie|hör)\s+(?:(?:endlich|bitte|doch)\s+){1,2}auf\s*,?\s+(?:uns|mich)\s+(?:mit\s+[\p{L}-]+\s+)?(?:zu\s+)?(?:bombardieren|zuzuspammen|zu\s+spammen|zu\s+nerven|vollzuschreiben|zuzumüllen|zu\s+belästigen))(?![\p{L}])/u,
        rewrite: deCalm,
      },
      // "Ist das wirklich so schwer zu verstehen?", "Was ist daran bitte nicht zu verstehen?"
      {
        re: /(?<![\p{L}])(?:(?:ist|war)\s+(?:das|es|dies)\s+(?:(?:denn|wirklich|echt|ernsthaft|tatsächlich|bitte|jetzt|wirklich\s+noch)\s+){0,2}so\s+(?:schwer|schwierig|kompliziert)(?:\s+zu\s+(?:verstehen|begreifen|kapieren))?|was\s+(?:ist|gibt\s+es)\s+(?:(?:denn|bitte|eigentlich|jetzt)\s+){0,2}(?:daran|dabei|da\s+dran|hier|da)\s+(?:(?:denn|bitte|eigentlich|so|jetzt)\s+){0,2}nicht\s+zu\s+(?:verstehen|begreifen|kapieren))\s*[?!]+/u,
        rewrite: deWalk,
      },
      // Contemptuous nouns for the customer's complaint: "Ihr Gejammer hilft niemandem", "dein ständiges Gemecker".
      {
        re: /^[^.!?\n]{0,40}?(?<![\p{L}])(?:Gejammer|Gejammere|Rumgejammer|Gemecker|Gemeckere|Rumgemecker|Genörgel|Rumgenörgel|Gequengel|Rumgequengel|Geheule|Rumgeheule|Gezeter|Gezicke|Rumgezicke|Geflenne)(?![\p{L}])[^.!?;\n]*/u,
        rewrite: deCalm,
      },
      // "Mit Ihnen kann man ja nicht vernünftig reden."
      {
        re: /(?<![\p{L}])mit\s+(?:Ihnen|dir|euch)\s+kann\s+man\s+(?:(?:ja|echt|einfach|wirklich|halt|eben|offenbar|wohl|überhaupt|leider)\s+){0,2}(?:nicht|nie)\s+(?:(?:mehr|vernünftig|normal|sachlich|ruhig|in\s+Ruhe)\s+){1,2}(?:reden|sprechen|diskutieren|kommunizieren|schreiben)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deCalm,
      },
      // "Tja, Pech gehabt", "Pech für Sie".
      {
        re: /(?<![\p{L}])(?:(?:tja|na\s+ja|naja|dann\s+eben|dann\s+halt|tut\s+mir\s+leid)\s*,?\s+)?(?:Pech\s+gehabt|(?:Ihr|dein)\s+Pech|Pech\s+für\s+(?:Sie|dich))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein|wir|uns|ich\s+hatte|wir\s+hatten)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'das ist ärgerlich, und ich schaue, was ich für dich tun kann' : 'das ist ärgerlich, und ich schaue, was ich für Sie tun kann'],
      },
      // "Schon mal was von Lesen gehört?", "schon mal was von einer Anleitung gehört?"
      {
        re: /(?<![\p{L}])schon\s+(?:mal|einmal|jemals)\s+(?:was|etwas)\s+von\s+(?:(?:einer|einem|der|dem)\s+)?(?:Lesen|Anleitung|Anleitungen|Bedienungsanleitung|Bedienungsanleitungen|Gebrauchsanweisung|Gebrauchsanweisungen|Google|Rechtschreibung|Höflichkeit|Anstand|Geduld|Lesebrille|Lesebrillen|Kleingedrucktem|Suchmaschine|Suchmaschinen|Logik|FAQ)\s+gehört\s*[?!]*/u,
        rewrite: deWalk,
      },
      { re: /(?<![\p{L}])was\s+soll\s+(?:das|dieses|die|der)\s+(?:ständige|staendige|dauernde|ewige|andauernde)\s+[\p{L}-]+(?=\s*[?!.]*\s*$)\s*\?*/u, rewrite: deCalm },
      // "Wie oft denn noch?"
      { re: /^(?:und\s+|also\s+)?wie\s+oft\s+(?:denn\s+|eigentlich\s+)?noch\s*[?!]+/u, rewrite: deWalk },
      // "Das ist doch wohl nicht so schwer", "Sie gehen mir auf die Nerven".
      { re: /(?<![\p{L}])(?:das|es)\s+ist\s+(?:(?:doch|wohl|ja|echt|wirklich)\s+){1,2}nicht\s+so\s+(?:schwer|schwierig|kompliziert)(?=\s*[.!?]*\s*$)/u, rewrite: (ctx) => deWalk(ctx).map((x) => x.replace(/\.$/, '')) },
      { re: /(?<![\p{L}])(?:Sie\s+gehen|du\s+gehst|ihr\s+geht)\s+mir\s+(?:(?:echt|wirklich|langsam|total|gewaltig|so|allmählich)\s+){0,2}auf\s+die\s+Nerven(?![\p{L}])/u, unless: /\?/u, rewrite: deCalm },
      {
        // "Haben Sie meine Mail überhaupt aufgemacht, oder schimpfen Sie einfach drauflos?"
        re: /(?<![\p{L}])(?:haben\s+Sie|hast\s+du)\s+(?:(?:denn|eigentlich|ehrlich)\s+)?(?:meine|unsere|die)\s+(?:letzte\s+|vorige\s+)?(?:Mail|E-Mail|Nachricht|Antwort|Nachrichten|Mails|Erklärung)\s+(?:(?:überhaupt|eigentlich|mal|auch\s+nur|jemals|wirklich)\s+){1,2}(?:gelesen|aufgemacht|geöffnet|angeschaut|angesehen|angeguckt|durchgelesen)(?:\s*,?\s*oder\s+(?:schimpfen|meckern|schreiben|schreibst|pöbeln|motzen|wettern|poltern|schimpfst|meckerst)\s+(?:Sie|du)\s+(?:(?:einfach|nur|hier|mal\s+wieder)\s+){0,2}(?:drauflos|los|rum|herum))?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'darf ich dir meine letzte Nachricht kurz zusammenfassen' : 'darf ich Ihnen meine letzte Nachricht kurz zusammenfassen'],
      },
      {
        // Sarcastic congratulations: "Glückwunsch, Sie haben es geschafft, in einer Mail dreimal …", "Herzlichen Glückwunsch, du hast zum fünften Mal …".
        re: /(?<![\p{L}])(?:herzlichen\s+)?Glückwunsch\s*,\s*(?:Sie\s+haben|du\s+hast)\s+(?:es\s+(?:(?:tatsächlich|wirklich|mal\s+wieder|wieder)\s+)?geschafft\s*,\s+[^.!?]{0,40}?(?<![\p{L}])(?:dreimal|zweimal|viermal|fünfmal|x-mal|zigmal|zum\s+\p{L}+\s+Mal|schon\s+wieder|mal\s+wieder|in\s+(?:nur\s+)?(?:einer|einem)\s+(?:einzigen\s+)?(?:Mail|Nachricht|Woche|Tag|Satz|Stunde))|(?:(?:soeben|gerade|jetzt|eben|tatsächlich)\s+)?(?:zum\s+\p{L}+\s+Mal|dreimal|zweimal|x-mal|zigmal|schon\s+wieder|mal\s+wieder))(?![\p{L}])[^.!?]*/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'danke für deine Nachricht' : 'danke für Ihre Nachricht'],
      },
      {
        // Sneers about reading: "Wer lesen kann, ist klar im Vorteil", "Lesen bildet".
        re: /(?<![\p{L}])wer\s+lesen\s+kann\s*,?\s+ist\s+(?:klar\s+|deutlich\s+)?im\s+Vorteil|^lesen\s+(?:bildet|hilft)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich fasse es dir gern noch einmal zusammen' : 'ich fasse es Ihnen gern noch einmal zusammen'],
      },
      {
        // "Was wollen Sie denn noch?", "was willst du eigentlich noch von mir?"
        re: /(?<![\p{L}])was\s+(?:wollen\s+Sie|willst\s+du|wollt\s+ihr)\s+(?:(?:denn|eigentlich|jetzt|bitte)\s+){1,2}(?:noch|mehr)(?:\s+von\s+(?:uns|mir))?(?=\s*[?!.]*\s*$)/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'was kann ich noch für dich tun' : 'was kann ich noch für Sie tun'],
      },
      {
        // "Als Nächstes soll ich Ihnen wohl noch das Paket persönlich bringen", and a snide "…, oder was?".
        re: /(?<![\p{L}])(?:und\s+)?als\s+Nächstes\s+(?:soll|sollen|muss|darf)\s+(?:ich|wir)\s+(?:(?:Ihnen|dir|euch|wohl|dann|noch|auch|vermutlich|bestimmt)\s+){1,4}[^.!?,]*/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich schaue, was ich für dich tun kann' : 'ich schaue, was ich für Sie tun kann'],
      },
      { re: /,\s*oder\s+was\s*\?+(?=\s*$)/u, rewrite: () => ['?'] },
      {
        // "Ihr Ton ist echt unterirdisch", "ich habe keine Lust mehr, mit Ihnen zu diskutieren".
        re: /(?<![\p{L}])(?:(?:Ihr|dein|euer)\s+Ton\s+ist\s+(?:(?:echt|wirklich|absolut|einfach|völlig|total|ja)\s+){0,2}(?:unterirdisch|unter\s+aller\s+Sau|das\s+Letzte|peinlich|unverschämt)|(?:ich\s+)?(?:habe|hab)\s+(?:(?:echt|wirklich|ehrlich\s+gesagt|langsam)\s+)?keine\s+Lust\s+(?:mehr\s*)?,?\s*(?:mich\s+)?(?:mit\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}]+\s+){0,2}?(?:zu\s+)?(?:diskutieren|streiten|reden|herumzuschlagen|rumzuärgern)|auf\s+(?:diese|die|solche|Ihre|deine)\s+[\p{L}-]+))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich möchte das für dich klären' : 'ich möchte das für Sie klären'],
      },
      // Broad: a contemptuous exclamation opening the sentence: "Was für ein Schwachsinn.", "So ein Quatsch, …".
      {
        re: /^(?<hit>(?:was\s+f(?:ü|ue)r\s+(?:ein(?:en)?|'?n)|so\s+(?:ein(?:en)?|'?n)|welch\s+ein)\s+(?:(?:totaler|kompletter|absoluter|gro(?:ß|ss)er|riesiger)\s+)?(?:Schwachsinn|Quatsch|Bl(?:ö|oe)dsinn|Unsinn|Mist|K(?:ä|ae)se|Bullshit|Affentheater|Kindergarten|Zirkus|Theater|Unfug|Humbug|Schmarrn|Stuss))(?![\p{L}])/u,
        rewrite: deCalm,
      },
      // Broad: "Geh mir nicht auf die Nerven", "Sie gehen mir auf den Keks", "Sie rauben mir den letzten Nerv".
      {
        re: /(?<![\p{L}])(?<hit>(?:geh|gehen\s+Sie|gehst\s+du|Sie\s+gehen|du\s+gehst)\s+mir\s+(?:(?:echt|wirklich|langsam|gewaltig|total|nicht|so|mit\s+\S+\s+\S+)\s+){0,3}auf\s+(?:die\s+Nerven|den\s+Keks|den\s+Sack|den\s+Geist|den\s+Wecker|den\s+Senkel)|(?:Sie\s+rauben|du\s+raubst)\s+mir\s+(?:noch\s+)?den\s+(?:letzten\s+)?Nerv)(?![\p{L}])/u,
        rewrite: deCalm,
      },
      // Broad: indifference to the customer: "Mir ist echt egal, was Ihr Zahnarzt sagt", "Das ist uns herzlich wurscht".
      {
        re: /(?<![\p{L}])(?<hit>(?:mir|uns)\s+(?:ist|sind|war)\s+(?:(?:echt|doch|v(?:ö|oe)llig|total|herzlich|ziemlich|wirklich|ehrlich\s+gesagt|ganz|komplett|relativ)\s+){0,2}(?:egal|wurscht|wurst|schnuppe|Latte|schnurz)|(?:ist|sind|war)\s+(?:mir|uns)\s+(?:(?:echt|doch|v(?:ö|oe)llig|total|herzlich|ziemlich|wirklich|ehrlich\s+gesagt|ganz|komplett|relativ)\s+){0,2}(?:egal|wurscht|wurst|schnuppe|Latte|schnurz))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|keineswegs|ob|beides|welche\p{L}*|wann\s+(?:Sie|du)|wie\s+(?:Sie|du)\s+(?:lieber|zahlen|bezahlen))(?![\p{L}])|\?\s*$/u,
        rewrite: deCalm,
      },
      // A dismissive vocative tacked on: "Das ist doch nicht mein Problem, Mann.", "…, Meister!"
      {
        re: /(?<hit>,\s*(?:Mann|Alter|Meister|Freundchen|Digga|Dicker|Sch(?:ä|ae)tzchen|Kleiner|Junge|M(?:ä|ae)dchen|Herzchen))\s*(?=[.!?]*\s*$)/u,
        rewrite: () => [''],
      },
      // Broad: exasperated "boah, echt jetzt?", "Mann, im Ernst?" and "Ihre Beschwerde interessiert hier niemanden".
      {
        re: /^(?<hit>(?:boah?|oh\s+Mann|Mann|meine\s+G(?:ü|ue)te|Alter|ach\s+Gott)\s*[,!.]*\s*(?:echt\s+jetzt|ernsthaft|im\s+Ernst|wirklich\s+jetzt)\s*[?!]*)/u,
        rewrite: deCalm,
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:interessiert|juckt|k(?:ü|ue)mmert)\s+(?:hier\s+|uns\s+|mich\s+)?(?:(?:echt|wirklich|ehrlich\s+gesagt|leider)\s+)?(?:niemanden|keinen|keine\s+Sau|(?:mich|uns)\s+(?:echt\s+|wirklich\s+|ehrlich\s+gesagt\s+)?nicht))(?![\p{L}])/u,
        unless: /\?\s*$|(?<![\p{L}])(?:ob|falls|wenn)(?![\p{L}])/u,
        rewrite: deCalm,
      },
      // Broad: "Sparen Sie sich Ihre Drohungen", "Spar dir deine Kommentare" (not "Sparen Sie sich die Mühe/den Weg").
      {
        re: /(?<![\p{L}])(?<hit>(?:sparen\s+Sie\s+sich|spar(?:e|t)?\s+(?:dir|euch))\s+(?:(?:Ihre|deine|eure|die|den|diese[nrs]?|solche)\s+)?(?:Drohungen|Kommentare|Belehrungen|Ausreden|Spr(?:ü|ue)che|Vorw(?:ü|ue)rfe|Beleidigungen|Tiraden|Unterstellungen|Ton|Frechheiten))(?![\p{L}])/u,
        rewrite: deCalm,
      },
      // Broad: "Geht's noch?", "Haben Sie sie noch alle?", "Sind Sie noch bei Trost?"
      {
        re: /(?<![\p{L}])(?<hit>(?:geht(?:['’]?s|\s+es)\s+(?:eigentlich\s+|denn\s+)?noch|(?:haben\s+Sie|hast\s+du|habt\s+ihr)\s+(?:sie|die)\s+noch\s+alle|(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+noch\s+(?:ganz\s+)?bei\s+Trost|(?:sind\s+Sie|bist\s+du)\s+noch\s+ganz\s+dicht)\s*\?+)/u,
        rewrite: deCalm,
      },
      // Broad (round 4): waving off what the customer says: "Ihre Drohungen mit der Verbraucherzentrale können Sie sich sparen",
      // "Deine Kommentare kannst du dir schenken", "das beeindruckt hier niemanden".
      {
        re: /(?<![\p{L}])(?<hit>(?:Ihre|deine|eure|die|diese|solche|den|diesen|Ihren|deinen)\s+(?:[\p{L}-]+\s+)?(?:Drohung(?:en)?|Kommentar(?:e)?|Belehrung(?:en)?|Ausrede(?:n)?|Vorw(?:ü|ue)rfe|Beschimpfung(?:en)?|Bemerkung(?:en)?|Spr(?:ü|ue)che|Ironie|Sarkasmus|Unterstellung(?:en)?|Anschuldigung(?:en)?|Vortrag|Vorträge|Tiraden?|Ratschläge|Androhung(?:en)?|Ultimat(?:um|en))\s+(?:[^\s.!?,;]+\s+){0,5}?(?:können\s+Sie\s+sich|kannst\s+du\s+dir|könnt\s+ihr\s+euch)\s+(?:(?:hier|gleich|ruhig|also|getrost|echt|wirklich|auch)\s+){0,2}(?:sparen|schenken|stecken))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deCalm,
      },
      {
        re: /(?:^|,\s*)(?<hit>[^.!?,;\n]{0,60}?(?<![\p{L}])(?:beeindruckt|beeindrucken\s+Sie|beeindruckst\s+du)\s+(?:(?:hier|uns|bei\s+uns|übrigens|wirklich|echt|ganz\s+sicher|leider)\s+){0,2}(?:niemanden|keinen|niemand|uns\s+nicht|mich\s+nicht|hier\s+keinen))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deCalm,
      },
    ]),
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "That sounds like a tricky problem, so let me help.",
      "It's not your problem to fix, I'll handle it.",
      "Why can't you read the file as a string in that version?",
      "If English isn't your first language, we have a language line: would you prefer Polish?",
      "Can you read me the code on the back of the card?",
      "Thanks for bothering to write in, it really helps us.",
      "Try reading the guide on your phone before the visit, it has pictures of each step.",
      "How many times have you tried resetting the meter?",
      "How often do you want the statement emailed, monthly or quarterly?",
      'Do I have the right booking reference?',
      'You are entitled to a full refund under the guarantee.',
      "That's all done for you now, I've updated the address.",
      "It's not that hard to set up, and I'm happy to walk you through it.",
      "If you'd like, I can call you tomorrow.",
      'Please read the FAQ before contacting support, most questions are answered there.',
      'Good luck with the tournament this weekend!',
      'Sorry if this is a silly question, but which model do you have?',
      "You don't need to deal with it yourself, I've booked the engineer.",
      'Customers like you are the reason we do this.',
      'There is no such thing as a silly question.',
      'Seriously, thank you for your patience while we sorted this out.',
      'Are you able to send a screenshot of the error?',
      'I understand the steps were hard to follow, so here they are again in a shorter form.',
      'You wrote "this is unbelievable" and I agree, it should not have happened.',
      'Great news! Your refund went through today.',
      'Which part of the setup would you like me to explain again?',
      'You deserve a break after all this, so we have extended your trial by a month.',
      'Are you happy now with the new plan? If not, I can switch you back.',
      "I hope you're happy now with your new phone!",
      'How hard is it to install? Not hard at all, it takes two minutes.',
      'I know how hard it is to keep track of all these codes.',
      'Thank you, it is good to hear from you again!',
      "What exactly do you need from me to finish the application?",
      "That's enough detail, thank you, I can process it now.",
      "Another quick question for you: which colour would you like?",
    ],
    invalid: [
      { text: "Honestly, [[that's your problem, not ours]].", rewrite: "Honestly, I'd like to sort this out with you." },
      { text: "[[Are you being deliberately awkward?]]", rewrite: "I'd like to sort this out with you" },
      { text: "Honestly, [[can you not read?]]", rewrite: "Honestly, let me put it another way" },
      { text: "[[Perhaps check your spam folder before having a go at us]].", rewrite: "Let me walk you through it." },
      { text: "[[If you'd actually bothered to read the letter, you'd know]].", rewrite: "Let me walk you through it." },
      { text: "[[How many more calls are you going to make about one missing sock?]]", rewrite: "Let me make sure this reaches you this time" },
      { text: "Honestly, [[how often do you need us to resend the code?]]", rewrite: "Honestly, let me make sure this reaches you this time" },
      { text: "Sorry, but [[you're wasting both of our time]] here.", rewrite: "Sorry, but let's sort this out together here." },
      { text: '[[Do I look like a mind reader]]?', rewrite: 'Let me help you with this?' },
      { text: "[[I've explained this three times already, I'm done]].", rewrite: "Let me explain it another way." },
      { text: 'Honestly, [[you\'re being completely unreasonable]].', rewrite: 'Honestly, I see this matters a lot to you.' },
      { text: 'Honestly, [[some people just can\'t follow simple instructions]].', rewrite: "Honestly, let me help you with this." },
      { text: '[[Are you seriously asking this for the third time]]?', rewrite: 'Let me go through it again?' },
      { text: 'Frankly, [[your complaint makes no sense]].', rewrite: 'Frankly, thanks for explaining this.' },
      { text: '[[Good luck finding a cheaper rental anywhere else]].', rewrite: 'Let me see what I can do.' },
      { text: '[[If you keep shouting at our receptionists we\'ll remove you from the practice]].', rewrite: "I want to help, and I'd ask that we keep this respectful." },
      { text: '[[Get over it]], it\'s a parking ticket.', rewrite: "Let me help you with this, it's a parking ticket." },
      { text: "Great, [[another pointless complaint about the app]].", rewrite: "Great, thanks for your message." },
      { text: "[[You have wasted so much of my time]].", rewrite: "Let's sort this out together." },
      { text: "[[Enough already!]]", rewrite: "I understand." },
      { text: "Look, [[what more do you expect me to do?]]", rewrite: "Look, how can I help?" },
      { text: '[[How difficult can it be?]] The button is on the left.', rewrite: 'Let me walk you through it once more. The button is on the left.' },
      { text: 'Oh. [[You again?]]', rewrite: 'Oh. Thanks for getting back to me.' },
      { text: 'Fine, I changed the address. [[Satisfied now?]]', rewrite: 'Fine, I changed the address. I hope this works for you.' },
      { text: 'There you go, full refund. [[Is that good enough for you?]]', rewrite: 'There you go, full refund. I hope this works for you.' },
      { text: '[[Are you kidding me?]] I sent the code an hour ago.', rewrite: 'I understand. I sent the code an hour ago.' },
      { text: 'The parcel is on its way. [[Unbelievable.]]', rewrite: 'The parcel is on its way. I understand.' },
      { text: '[[What part of "log out and back in" don\'t you understand?]]', rewrite: 'Let me walk you through it once more.' },
      { text: 'Frankly, that is [[the silliest request I have ever received]].', rewrite: 'Frankly, that is a fair point.' },
      { text: '[[Quit wasting our time]] and check the tracking link.', rewrite: 'Please bear with me and check the tracking link.' },
      { text: 'We value your loyalty[[ - not that you have ever cared]].', rewrite: 'We value your loyalty.' },
      { text: "Honestly, [[I don't have time for this nonsense]].", rewrite: 'Honestly, I want to get this resolved.' },
      { text: "That's the final price, [[take it or leave it]].", rewrite: "That's the final price, this is the best option I can offer right now." },
    ],
  },
  de: {
    valid: [
      'Sie können sich die Versandkosten sparen, wenn Sie im Laden abholen.',
      'Die Mühe können Sie sich sparen, ich habe das schon erledigt.',
      'Geht es Ihnen wieder besser?',
      'Sparen Sie sich den Weg in die Filiale, das geht online.',
      'Interessiert Sie auch unser neuer Tarif?',
      'Herr Mann, Ihr Paket ist unterwegs.',
      'Das ist mir nicht egal, ich kümmere mich sofort.',
      'Mir ist egal, ob Sie per Mail oder Telefon antworten.',
      'Sie haben völlig recht, das war Quatsch von uns.',
      'Ich gehe der Sache auf den Grund.',
      'Das ist gar nicht so schwer, ich zeige es Ihnen.',
      'Ich verstehe, dass Ihnen das auf die Nerven geht.',
      'Wie oft ist das schon passiert? Dann prüfe ich die Leitung.',
      'Ist es sehr schwierig, das Formular zu finden? Dann schicke ich Ihnen den Link.',
      'Was ist daran für Sie nicht klar? Ich erkläre es gern.',
      'Wir hatten Pech mit dem Wetter, deshalb kam der Flug später.',
      'Das war kein Pech, sondern unser Fehler.',
      'Haben Sie schon mal was von unserem Bonusprogramm gehört? Damit sparen Sie 10 %.',
      'Das ist wohl ein Missverständnis, ich kläre das.',
      'Ernsthaft, vielen Dank für Ihre Geduld, während wir das gelöst haben.',
      'Ist das Ihr erster Auftrag bei uns? Dann erkläre ich kurz den Ablauf.',
      'Welcher Schritt der Einrichtung ist unklar? Ich erkläre ihn gern noch einmal.',
      'Sie schreiben „das ist unglaublich“, und da haben Sie recht.',
      'Unglaublich schnell: Ihr Paket ist schon heute angekommen, das freut mich!',
      'Das ist keine dumme Frage, im Gegenteil.',
      'Das ist absurd, dass Sie so lange warten mussten, das tut mir leid.',
      'Die Rechnung war lächerlich hoch, das stimmt, ich habe sie korrigiert.',
      'Sie haben Anspruch auf Erstattung, und das wissen Sie auch aus unserer Mail.',
      'Was ist daran für Sie am wichtigsten?',
      'Das Letzte, was ich möchte, ist, dass Sie noch einmal warten müssen.',
      'Was wollen Sie als Nächstes tun, stornieren oder umbuchen?',
      'Ich habe heute keine Zeit mehr für einen Rückruf, aber morgen um 9 Uhr rufe ich an.',
      'Was soll das ständige Piepen bedeuten? Das ist der Akku-Warnton.',
      // Real questions and real congratulations.
      'Haben Sie meine Mail von gestern erhalten? Dort steht der Link.',
      'Herzlichen Glückwunsch zum Geburtstag, anbei Ihr Gutschein!',
      'Glückwunsch, Sie haben den Hauptpreis gewonnen!',
      'Lesen Sie gern in Ruhe nach, ich bin für Fragen da.',
      'Was wollen Sie als Nächstes bestellen? Ich reserviere es gern.',
      'Ihr Ton ist völlig in Ordnung, danke für die Geduld.',
    ],
    invalid: [
      { text: '[[Ihre Drohungen mit dem Anwalt können Sie sich sparen]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: 'Ihre Bewertung ist Ihr gutes Recht, [[aber damit beeindrucken Sie hier niemanden]].', rewrite: 'Ihre Bewertung ist Ihr gutes Recht, danke für Ihre Nachricht.' },
      { text: '[[Sparen Sie sich Ihre Belehrungen]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: 'Das ist doch nicht meine Baustelle[[, Meister]].', rewrite: 'Das ist doch nicht meine Baustelle.' },
      { text: '[[Mir ist ehrlich gesagt egal]], was der Vermieter sagt.', rewrite: 'Danke für Ihre Nachricht, was der Vermieter sagt.' },
      { text: '[[Was für ein Blödsinn]], der Vertrag läuft noch.', rewrite: 'Danke für Ihre Nachricht, der Vertrag läuft noch.' },
      { text: 'Bitte, [[Sie gehen mir echt auf den Keks]].', rewrite: 'Bitte, danke für Ihre Nachricht.' },
      { text: 'Ehrlich, [[das ist doch wohl nicht so schwer]].', rewrite: 'Ehrlich, ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Sie gehen mir langsam auf die Nerven]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: '[[Wie oft denn noch?]] Die Frist ist vorbei.', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders. Die Frist ist vorbei.' },
      { text: '[[Ist es denn wirklich so schwierig?]] Der Knopf ist oben rechts.', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders. Der Knopf ist oben rechts.' },
      { text: 'Ehrlich, [[was gibt es da nicht zu verstehen?]]', rewrite: 'Ehrlich, ich erkläre es Ihnen gern noch einmal anders.' },
      { text: '[[Dein ständiges Gemecker bringt uns nicht weiter]].', rewrite: 'Danke für deine Nachricht.' },
      { text: '[[Mit dir kann man echt nicht normal reden]].', rewrite: 'Danke für deine Nachricht.' },
      { text: '[[Tja, Pech für dich]].', rewrite: 'Das ist ärgerlich, und ich schaue, was ich für dich tun kann.' },
      { text: '[[Schon mal was von einer Bedienungsanleitung gehört?]]', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: 'Ehrlich, [[das ist doch wohl lächerlich]].', rewrite: 'Ehrlich, ich verstehe Ihren Wunsch.' },
      { text: '[[Echt jetzt?]] Ich habe den Code vor einer Stunde geschickt.', rewrite: 'Verstehe. Ich habe den Code vor einer Stunde geschickt.' },
      { text: '[[Was verstehst du an „ab- und wieder anmelden“ nicht?]]', rewrite: 'Ich erkläre es dir gern noch einmal anders.' },
      { text: 'Ehrlich gesagt ist das [[der albernste Einwand, den ich heute gehört habe]].', rewrite: 'Ehrlich gesagt ist das ein berechtigter Punkt.' },
      { text: '[[Sie verschwenden hier meine Zeit]], schauen Sie in die Sendungsverfolgung.', rewrite: 'Bitte haben Sie kurz Geduld, schauen Sie in die Sendungsverfolgung.' },
      { text: 'Danke für Ihr Verständnis[[ (wovon man leider wenig gemerkt hat)]].', rewrite: 'Danke für Ihr Verständnis.' },
      { text: '[[Ich habe keine Zeit für diesen Quatsch]], die Gutschrift ist raus.', rewrite: 'Ich möchte das für Sie klären, die Gutschrift ist raus.' },
      { text: 'Das ist der Endpreis, [[friss oder stirb]].', rewrite: 'Das ist der Endpreis, das ist im Moment die beste Lösung, die ich anbieten kann.' },
      { text: '[[Deine Reklamation ist echt ein Witz]].', rewrite: 'Ich verstehe deinen Wunsch.' },
      { text: 'Ehrlich, [[das ist doch lachhaft]].', rewrite: 'Ehrlich, ich verstehe Ihren Wunsch.' },
      { text: 'Der Tarif gilt zwölf Monate[[, und das weißt du auch ganz genau]].', rewrite: 'Der Tarif gilt zwölf Monate.' },
      { text: 'Ehrlich, [[deine Forderung ist echt laecherlich]].', rewrite: 'Ehrlich, ich verstehe deinen Wunsch.' },
      { text: '[[Was ist daran so schwer zu verstehen?]]', rewrite: 'Ich erkläre es Ihnen gern noch einmal anders.' },
      { text: 'Ehrlich, [[verschonen Sie mich mit Ihren Drohungen]].', rewrite: 'Ehrlich, danke für Ihre Nachricht.' },
      { text: '[[Das ist wirklich das Letzte, was ich heute brauche]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: '[[Was wollen Sie denn noch von mir?]]', rewrite: 'Danke für Ihre Nachricht' },
      { text: 'Ehrlich, [[ich habe keine Lust mehr auf diese Diskussion]].', rewrite: 'Ehrlich, danke für Ihre Nachricht.' },
      { text: '[[Hör endlich auf, uns mit Mails zu bombardieren]], du bekommst heute Antwort.', rewrite: 'Danke für deine Nachricht, du bekommst heute Antwort.' },
      { text: 'Ey, [[was soll das ständige Nachfragen?]]', rewrite: 'Ey, danke für Ihre Nachricht' },
      { text: '[[Hast du meine letzte Nachricht überhaupt gelesen, oder meckerst du einfach los]]?', rewrite: 'Darf ich dir meine letzte Nachricht kurz zusammenfassen?' },
      { text: '[[Herzlichen Glückwunsch, Sie haben zum dritten Mal dasselbe Formular geschickt]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: '[[Wer lesen kann, ist klar im Vorteil]].', rewrite: 'Ich fasse es Ihnen gern noch einmal zusammen.' },
      { text: '[[Was willst du eigentlich noch]]?', rewrite: 'Was kann ich noch für dich tun?' },
      { text: 'Soll ich Ihnen das Geld auch noch bar vorbeibringen[[, oder was?]]', rewrite: 'Soll ich Ihnen das Geld auch noch bar vorbeibringen?' },
      { text: 'Ja klar, [[und als Nächstes sollen wir dir wohl noch den Umzug bezahlen]]?', rewrite: 'Ja klar, ich schaue, was ich für dich tun kann?' },
      { text: '[[Dein Ton ist echt unterirdisch]].', rewrite: 'Ich möchte das für dich klären.' },
      { text: '[[Ich habe keine Lust mehr, mit Ihnen zu diskutieren]].', rewrite: 'Ich möchte das für Sie klären.' },
    ],
  },
};
