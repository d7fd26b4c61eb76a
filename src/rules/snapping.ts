// Snapping at the customer: "I don't care", "whatever", "watch your tone", "shut up", "leave me
// alone", "stop bothering us", "yeah right", "*sigh*", "I don't get paid enough for this";
// "Das ist mir egal", "Mäßigen Sie Ihren Ton", "Lassen Sie mich in Ruhe", "Schön für Sie.", "*seufz*".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enHear = () => ['I hear you', 'I understand'];
const enHelp = () => ["I'm here to help", 'let me see what I can do'];
const enBoundary = () => ["I want to help, and I'd ask that we keep this respectful", "I'm happy to help if we keep this respectful"];
const deHear = (ctx: MatchContext) =>
  ctx.register === 'informal' ? ['ich verstehe dich', 'ich höre dir zu'] : ['ich verstehe Sie', 'ich höre Ihnen zu'];
/** "Lass mich in Ruhe", "Halt den Mund", "Hör auf ..." are "du" forms whatever the rest of the reply says. */
const duForm = (ctx: MatchContext): MatchContext =>
  /^(?:lass|halt|hör|mach|schrei|brüll|motz|mäßige|zügle|achte|verschwinde)\s/iu.test(ctx.match) ? { ...ctx, register: 'informal' } : ctx;
const deHelp = (c: MatchContext) => {
  const ctx = duForm(c);
  return ctx.register === 'informal'
    ? ['ich helfe dir gern', 'ich schaue, was ich für dich tun kann']
    : ['ich helfe Ihnen gern', 'ich schaue, was ich für Sie tun kann'];
};
const deBoundary = (ctx: MatchContext) =>
  duForm(ctx).register === 'informal'
    ? ['ich helfe dir gern, wenn wir respektvoll bleiben']
    : ['ich helfe Ihnen gern, wenn wir respektvoll bleiben'];

export const snapping: Rule = {
  id: 'snapping',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Snapping at the customer: not caring, brushing off, telling them off',
  en: {
    patterns: [
      {
        re: /\b(?:slowly|properly|carefully)\s+this\s+time\b|\bI['’]?m\s+not\s+here\s+to\s+be\s+(?:shouted|yelled|sworn|screamed|snapped)\s+at\b|\bI\s+am\s+not\s+here\s+to\s+be\s+(?:shouted|yelled|sworn|screamed|snapped)\s+at\b/,
        unless: /\b(?:we['’]?ll|I['’]?ll|I\s+will|we\s+will)\s+(?:do|check|go)\b|\?/,
        rewrite: enBoundary,
      },
      // Broad cue classes (round 5): tone policing, "that's frankly ridiculous", rhetorical
      // "do you honestly think we'd ...", "your constant complaining", "wasting both our time".
      {
        re: /\byour\s+(?:tone|attitude|language|behaviou?r|manner)\s+(?:is|was|has\s+been)\s+(?:(?:frankly|simply|totally|completely|quite|very|really|just)\s+)?(?:not\s+acceptable|unacceptable|uncalled\s+for|inappropriate|out\s+of\s+line|rude|not\s+appropriate|not\s+ok(?:ay)?|not\s+on)\b[^.!?;]*|\bI\s+(?:won['’]?t|will\s+not|am\s+not\s+going\s+to|['’]m\s+not\s+going\s+to|refuse\s+to)\s+(?:respond|reply)\s+to\s+(?:it|that|this|messages\s+like\s+(?:this|that)|(?:that|this)\s+kind\s+of\s+(?:message|language|tone)|your\s+(?:tone|attitude|rudeness|insults))\b|\bI\s+(?:don['’]?t|do\s+not)\s+appreciate\s+(?:being\s+(?:spoken|talked|written)\s+to|your\s+(?:tone|attitude|language)|the\s+(?:tone|attitude))\b[^.!?;]*/,
        unless: /\?/,
        rewrite: enBoundary,
      },
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is)\s+(?:(?:frankly|just|simply|quite|totally|utterly|completely|absolutely|honestly)\s+)+(?:ridiculous|absurd|nonsense|laughable|preposterous|ludicrous)\b[^.!?;]*/,
        unless: /\b(?:understand|agree|know|sorry|must\s+be|feel|fair|I\s+get\s+(?:it|that|why)|you['’]?re\s+right|our|we)\b|\?/,
        rewrite: () => ["I understand why this is frustrating"],
      },
      {
        re: /^(?:do|did|would)\s+(?:you|u)\s+(?:honestly|seriously|genuinely|really\s+(?:think|believe)\s+(?=(?:that\s+)?(?:we|I|anyone|anybody)\b))\s*(?:think|believe|expect|imagine|suppose)?\s*(?:that\s+)?(?:we|I|anyone|anybody|someone|they|our\s+[\w-]+)(?:['’]d|\s+would|\s+want(?:ed)?|\s+enjoy|\s+like|\s+do|\s+did|\s+could)\b[^.!?;]*/,
        rewrite: () => ["I understand why it looks that way"],
      },
      {
        re: /\byour\s+(?:constant|endless|repeated|continuous|continual|non-?stop|incessant|persistent|daily|never-?ending)\s+(?:complaining|complaints|moaning|whining|e-?mails|messages|calls|demands|threats|nagging|chasing|questions|badgering)\b[^.!?;]*/,
        unless: /\b(?:thank|thanks|appreciate|sorry)\b|\?/,
        rewrite: () => ['I know you have had to chase us about this'],
      },
      // "I don't care", "I couldn't care less", "see if I care", "who cares", "whatever".
      {
        re: /\bI\s+(?:(?:really|honestly|frankly|just|simply)\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:really\s+|even\s+)?care(?=\s*(?:[.!,;…]|$|\s+(?:about\s+(?:your|that|this|it|the)|what\s+you|if\s+you|whether\s+you|how\s+you|anymore|any\s+more)\b))|\bI\s+(?:couldn['’]?t|could\s+not|could)\s+care\s+less\b|\bsee\s+if\s+I\s+care\b|(?:^|(?<=[,;:]\s{0,2}))who\s+cares\b\s*\?*|^(?:(?:fine|ok(?:ay)?|yeah|sure|well)\s*,?\s+)?whatever(?=\s*(?:[.!,…]|$))/,
        unless: /\bI\s+(?:don['’]?t|do\s+not)\s+care\s+(?:who|which|how\s+long|what\s+it\s+takes)\b/,
        rewrite: enHelp,
      },
      // "Do what you want", "go ahead and cancel then", "nobody is forcing you to stay".
      {
        re: /\bdo\s+what(?:ever)?\s+you\s+(?:want|like|please)(?=\s*(?:[.!…]|$))|\bgo\s+ahead\s+and\s+(?:cancel|leave|complain|report\s+(?:us|me)|sue\s+us|switch|go\s+elsewhere|write\s+(?:a|your)\s+(?:bad\s+)?review)\b[^.!?,;]*?\bthen\b|\b(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:forcing|forces|forced|making|made)\s+you\s+(?:to\s+)?(?:stay|use|buy|shop|order|keep|book|choose|pick|sign|select|take|be\s+(?:a\s+)?(?:customer|here))\b[^.!?,;]*/,
        unless: /\b(?:feel\s+free|you\s+can|old\s+(?:device|phone|router))\b/,
        rewrite: enHelp,
      },
      // "I'm not going to argue with you", "I have better things to do", "grow up", "get a grip", "learn to read".
      {
        re: /\bI(?:['’]?m|\s+am)\s+not\s+(?:going\s+to\s+)?(?:argu(?:e|ing)|debat(?:e|ing))\s+(?:with\s+you|about\s+(?:this|it))\b|\bI\s+(?:won['’]?t|will\s+not|refuse\s+to)\s+(?:argue|debate)\s+(?:with\s+you|about\s+(?:this|it))\b|\bI(?:['’]?ve|\s+have)\s+(?:got\s+)?better\s+things\s+to\s+do\b|\bdo\s+you\s+(?:even|actually)\s+know\s+how\s+to\b[^.!?]*\?*|(?:^|(?<=[,;:]\s{0,2}))(?:learn\s+(?:to|how\s+to)\s+read|get\s+a\s+grip|get\s+a\s+life|get\s+real|give\s+it\s+a\s+rest|grow\s+up|man\s+up|get\s+over\s+yourself)(?=\s*(?:[.!,;]|$|\s+(?:please|already|for\s+once)\b))|\b(?:stop|quit)\s+(?:acting|behaving)\s+like\s+(?:a|an)\s+(?:child|baby|kid|toddler|brat|idiot|five[-\s]year[-\s]old)\b|\bnot\s+my\s+circus\b(?:,?\s+not\s+my\s+monkeys)?/,
        rewrite: enHelp,
      },
      // "Wow. Just wow."
      { re: /^(?:just\s+wow|wow,?\s+just\s+wow)\s*[.!]*$/, rewrite: enHear },
      // "Spare me the drama", "I'm losing my patience with you", "my patience is wearing thin".
      {
        re: /\bspare\s+me\s+(?:the|your)\s+(?:drama|sob\s+story|lecture|excuses|theatrics|attitude|tantrum|speech)\b|\bI(?:['’]?m|\s+am)\s+(?:(?:really|slowly|quickly|fast|seriously)\s+)?(?:losing|running\s+out\s+of)\s+(?:my\s+)?patience\b(?:\s+(?:with\s+you|here))?|\bmy\s+patience\s+is\s+(?:wearing\s+thin|running\s+out|(?:almost\s+)?gone)\b/,
        rewrite: enHear,
      },
      // "I really can't be bothered with this", "nobody cares about your life story".
      {
        re: /\bI\s+(?:really\s+|honestly\s+|just\s+)?(?:can['’]?t|cannot|cant)\s+be\s+(?:bothered|arsed)\b[^.!?,;]*|\b(?:nobody|no\s+one|no-one)\s+(?:really\s+|here\s+)?cares(?=\s*(?:[.!,;]|$|\s+(?:about\s+(?:your|that|this|it|how|what)|what\s+you|how\s+you)\b))[^.!?,;]*/,
        unless: /\b(?:more\s+than|as\s+much\s+as)\b|\?/,
        rewrite: enHelp,
      },
      // "I give up with you", "just stop emailing us", "maybe try being polite for once", "we're sick of your complaints".
      {
        re: /(?<!\b(?:won['’]?t|will\s+not|never|not|don['’]?t|didn['’]?t)\s+)\bI\s+(?:(?:honestly|just|officially|simply)\s+)?give\s+up(?:\s+(?:with|on)\s+(?:you|this))?(?=\s*(?:[.!,;]|$))|^(?:just\s+|please\s+|pls\s+)?stop\s+(?:emailing|calling|messaging|writing\s+to|texting|contacting|ringing|tweeting\s+at)\s+(?:us|me)(?=\s*[.!]*$)|\b(?:maybe\s+)?try\s+being\s+(?:polite|nice|civil|respectful|reasonable|kind)\b(?:\s+for\s+(?:once|a\s+change))?|\b(?:I['’]?m|I\s+am|we['’]re|we\s+are|(?:my\s+colleagues|my\s+team|the\s+team|everyone\s+here)\s+(?:and\s+I\s+)?are)\s+(?:so\s+|really\s+|getting\s+)?(?:sick|tired)\s+(?:and\s+tired\s+)?of\s+(?:your|you|these|this)\b[^.!?,;]*/,
        unless: /\b(?:we['’]re\s+(?:sick|tired)\s+of\s+(?:this\s+)?(?:bug|outage|issue|problem|delay)|no\s+need)\b|\?/,
        rewrite: enHelp,
      },
      // "I don't have all day", "I haven't got all day".
      { re: /\bI\s+(?:(?:really\s+)?(?:don['’]?t|do\s+not|dont)\s+have|haven['’]?t\s+got|havent\s+got)\s+all\s+day\b/, rewrite: enHear },
      // "I've had enough of this", "can you stop sending the same message?"
      {
        re: /\bI(?:['’]?ve|\s+have)\s+(?:just\s+about\s+|really\s+)?had\s+enough(?:\s+of\s+(?:this|you|your|these|the\s+same)\b[^.!?,;]*)?(?=\s*(?:[.!,;]|$))|\b(?:please\s+)?stop\s+(?:sending|posting|writing)\s+(?:(?:us|me)\s+)?(?:the\s+same|so\s+many|all\s+these|these)\s+(?:messages?|e-?mails?|tweets?|complaints?|tickets?)\b/,
        unless: /\b(?:no\s+need|don['’]?t\s+need|won['’]?t\s+need|can\s+stop|you\s+can)\b(?!\s+(?:please\s+)?stop)|\bhad\s+enough\s+(?:time|information|info|details)\b/,
        rewrite: enHear,
      },
      // "Watch your tone", "don't take that tone with me", "don't shout at me", "how dare you".
      {
        re: /\b(?:watch|mind)\s+your\s+(?:tone|language|mouth|manners)\b|\bdon['’]?t\s+(?:take|use)\s+(?:that|this)\s+tone\s+with\s+me\b|\b(?:don['’]?t|do\s+not|stop)\s+(?:shout|yell|scream|snap)(?:ing)?\s+at\s+me\b|\bdon['’]?t\s+you\s+dare\b|\bhow\s+dare\s+you\b/,
        rewrite: enBoundary,
      },
      // "Shut up", "get lost", "leave me alone", "stop bothering us", "stop emailing us every five minutes".
      {
        re: /\bshut\s+(?:up\b(?!\s+shop)|your\s+(?:mouth|trap)\b|it(?=\s*(?:[.!,;]|$)))|(?:^|(?<=[,;:]\s{0,2}))(?:just\s+|please\s+|now\s+)?(?:get\s+lost|go\s+away|piss\s+off|bugger\s+off|buzz\s+off|get\s+out\s+of\s+my\s+face|leave\s+(?:me|us)\s+alone)\b|\bstop\s+(?:bothering|pestering|harassing|spamming|hassling|nagging|badgering)\s+(?:us|me|our\s+(?:team|staff|agents))\b|\bstop\s+(?:emailing|calling|messaging|writing\s+to|texting|tweeting\s+at|DMing|ringing)\s+(?:us|me)\s+(?:every|all\s+the\s+time|constantly|so\s+(?:much|often)|over\s+and\s+over|again)\b[^.!?,;]*/,
        unless: /\b(?:can|no\s+need|don['’]?t\s+need|won['’]?t\s+need)\b/,
        rewrite: enHelp,
      },
      // "I don't get paid enough for this", "not this again", "*sigh*", "ugh".
      {
        re: /\bI(?:\s+(?:don['’]?t|do\s+not)\s+get|['’]?m\s+not|\s+am\s+not)\s+paid\s+(?:enough\s+)?(?:for|to\s+(?:deal\s+with|listen\s+to|put\s+up\s+with|read|take))\s+(?:this|that|you)\b|\*(?:sigh|sighs|eye\s*roll|rolls\s+eyes|facepalm|groan|groans|head\s*desk)\*|^(?:ugh+|urgh+|sigh|groan|oh\s+(?:god|boy|man|brother))\b[,.!…]*(?:\s+not\s+(?:this|you)\s+again)?|\bnot\s+(?:this|you)\s+again\b|🙄/u,
        unless: /\b(?:oh\s+boy,?\s+(?:what\s+a\s+)?(?:great|nice|lovely))\b/,
        rewrite: enHear,
      },
      // Mocking one-liners: "Yeah right.", "Sure you did.", "If you say so.", "Nice try.", "Oh please.", "Duh.", "Are you done?".
      {
        re: /^(?:(?:oh\s+)?yeah,?\s+right|sure\s+(?:you|u)\s+(?:did|do|were|have|are|will)|(?:(?:well|ok(?:ay)?|fine|sure|right)\s*,?\s+)?(?:if\s+you\s+say\s+so|whatever\s+you\s+(?:say|want|like|think))|nice\s+try|oh,?\s+please|duh|are\s+(?:you|u)\s+(?:done|finished)(?:\s+(?:now|yet|ranting|complaining|yelling|shouting))?\s*\?)\s*[.!?…]*$|^(?:lol|lmao|rofl|haha)\b,?\s+(?=(?:no(?!\s+(?:worries|problem|probs?|stress|harm|biggie|big\s+deal|rush|need|pressure)\b)|nope|that['’]?s\s+not|you|it['’]?s\s+not|good\s+luck)\b)/,
        rewrite: enHear,
      },
      // "I don't have time for this", "I'm done with this conversation", "don't bother contacting us again", "learn to read the instructions".
      {
        re: /\bI\s+(?:really\s+|honestly\s+|just\s+)?(?:don['’]?t|do\s+not)\s+have\s+time\s+for\s+(?:this|that|you|these\s+games|games|nonsense)(?=\s*(?:[.!,;…]|$))|\bI(?:['’]?m|\s+am)\s+(?:so\s+|just\s+|officially\s+)?done\s+(?:with\s+(?:you|this\s+(?:conversation|chat|discussion|nonsense))|talking\s+to\s+you|arguing(?:\s+with\s+you)?|explaining(?:\s+(?:this|myself|it))?(?:\s+to\s+you)?|repeating\s+myself|here(?=\s*[.!…]*$))|\bdon['’]?t\s+bother\s+(?:(?:contacting|calling|emailing|writing\s+to|messaging|complaining\s+to)\s+(?:us|me)(?:\s+again)?|replying|complaining|coming\s+back)\b|(?:^|(?<=[,;:]\s{0,2}))learn\s+(?:to|how\s+to)\s+read(?:\s+(?:the|our|my|your)(?:\s+[\w-]+){1,2})?/,
        unless: /\b(?:don['’]?t\s+bother\s+(?:replying|complaining)\s+if|no\s+need)\b/,
        rewrite: enHear,
      },
      // "I'm not going to repeat myself", "don't talk to me like that", "stop complaining", "take your business somewhere else then".
      {
        re: /\bI(?:['’]?m|\s+am)\s+not\s+(?:going\s+to|gonna)\s+(?:keep\s+(?:on\s+)?)?repeat(?:ing)?\s+myself\b|\bI\s+(?:won['’]?t|will\s+not|refuse\s+to|can['’]?t)\s+(?:keep\s+(?:on\s+)?)?repeat(?:ing)?\s+myself\b|\bdon['’]?t\s+(?:talk|speak|write)\s+to\s+me\s+(?:like\s+(?:that|this)|in\s+that\s+tone|that\s+way)\b|(?:^|(?<=[,;:]\s{0,2})|\b(?:just|so|please|now)\s+)stop\s+(?:complaining|moaning|whinging|griping|ranting)\b|(?:^|(?<=[,;:]\s{0,2}))(?:just\s+|then\s+)?take\s+your\s+(?:business|money|custom)\s+(?:elsewhere|somewhere\s+else)\b(?:\s+then)?/,
        rewrite: enHear,
      },
      // "I won't tolerate your attitude\", "some customers are unbelievable", "feel free to take your business elsewhere".
      {
        re: /\b(?:I|we)\s+(?:won['’]?t|wont|will\s+not|refuse\s+to|do\s+not|don['’]?t|dont)\s+(?:tolerate|put\s+up\s+with|stand\s+for|accept)\s+(?:(?:your|this|that|such|any)\s+)?(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:attitude|behaviou?r|tone|rudeness|nonsense|language|abuse|abusive\s+(?:language|behaviou?r|messages)|swearing|insults)\b|\b(?:there['’]?s|there\s+is|it['’]?s|it\s+is)\s+no\s+(?:point|use)\s+(?:in\s+)?(?:complaining|moaning|whinging|arguing|shouting|kicking\s+off|getting\s+(?:angry|upset|worked\s+up))\b(?:\s+(?:about\s+(?:it|this|that)|to\s+(?:me|us)))?|\b(?:I|we)\s+(?:will\s+not|won['’]?t|wont|refuse\s+to|do\s+not|don['’]?t)\s+(?:need\s+to\s+)?be\s+(?:spoken|talked|written)\s+to\s+(?:like\s+(?:that|this)|in\s+(?:that|this|such\s+a)\s+(?:way|manner|tone))|\b(?:some|you)\s+(?:customers|people)\s+(?:are|really\s+are)\s+(?:(?:just|really|truly|simply)\s+)?(?:unbelievable|impossible|something\s+else|the\s+worst|ridiculous|a\s+joke|too\s+much)\b|\bif\s+(?:you|u)\s+(?:don['’]?t|dont|do\s+not)\s+like\s+(?:it|this|that|our\s+[\w-]+|the\s+[\w-]+)\s*,?\s+(?:(?:then\s+)?(?:you\s+(?:can|could)|feel\s+free\s+to|just)\s+)?(?:go\s+(?:elsewhere|somewhere\s+else)|shop\s+(?:elsewhere|somewhere\s+else)|take\s+your\s+(?:business|money|custom)\s+(?:elsewhere|somewhere\s+else)|tough|too\s+bad)\b|\b(?:feel\s+free\s+to|you['’]?re\s+welcome\s+to|you\s+can\s+always)\s+(?:take\s+your\s+(?:business|money|custom)\s+elsewhere|go\s+(?:elsewhere|to\s+(?:a|another|our)\s+(?:competitor|provider)))\b/,
        rewrite: enHear,
      },
      // "You can shout at me as much as you like, …", "complain all you want, the fee stays": the anger waved off.
      {
        re: /\b(?:shout|yell|scream|complain|moan|rant|swear|whinge|whine|cry|kick\s+off|get\s+angry)(?:\s+(?:at|to)\s+(?:me|us))?\s+(?:all\s+(?:you\s+(?:like|want|wish)|day(?:\s+long)?)|as\s+(?:much|loud(?:ly)?|long|often)\s+as\s+you\s+(?:like|want|wish|please))\b[^.!?]*/,
        unless: /\?/,
        rewrite: () => ["I understand you're frustrated, and I want to find a way forward"],
      },
    ],
    message: 'This snaps at the customer',
    explanation:
      'Brushing the customer off ("I don\'t care", "whatever") or telling them off ("watch your tone") escalates the conflict. Stay calm; if you need a boundary, set it politely and keep offering help.',
    rewrite: enHear,
  },
  de: {
    patterns: foldDe([
      // "Wow. Einfach nur wow."
      { re: /^(?:einfach\s+nur\s+wow|wow,?\s+einfach\s+nur\s+wow)\s*[.!]*$/u, rewrite: deHear },
      // "Das ist mir egal", "Ist mir doch egal", "interessiert mich nicht".
      {
        re: /(?<![\p{L}])(?:(?:das\s+)?ist\s+)?mir\s+(?:(?:doch|echt|völlig|total|ehrlich\s+gesagt|herzlich|ziemlich|so\s+was\s+von|eigentlich|ehrlich|vollkommen)\s+){0,2}(?:egal|wurscht|wurst|schnuppe|gleichgültig|schnurz)(?=\s*(?:[.!…]|$|,\s*(?:was|ob)\s+(?:Sie|du)|,\s*(?:ehrlich|sorry)))|(?<![\p{L}])(?:das|es)\s+interessiert\s+mich\s+(?:(?:ehrlich\s+gesagt|echt|wirklich|überhaupt|herzlich|nicht\s+die\s+Bohne)\s+)?(?:nicht|wenig|kaum)(?=\s*(?:[.!…]|$))/u,
        rewrite: deHelp,
      },
      // "Machen Sie doch, was Sie wollen", "Niemand zwingt Sie, bei uns zu bleiben".
      {
        re: /(?<![\p{L}])(?:(?:machen\s+Sie|mach)\s+(?:(?:doch|halt|eben|einfach|meinetwegen)\s*,?\s+){1,2}was\s+(?:Sie|du)\s+(?:wollen|willst)|(?:niemand|keiner)\s+zwingt\s+(?:Sie|dich)(?:,?\s+[^.!?]{0,40}?zu\s+\p{L}+)?|dann\s+(?:kündigen|gehen|wechseln|beschweren)\s+Sie\s+(?:sich\s+)?(?:doch|halt|eben)(?:\s+(?:einfach|woanders))?)(?![\p{L}])/u,
        rewrite: deHelp,
      },
      // "Nicht in diesem Ton", "Mäßigen Sie Ihren Ton", "Schreien Sie mich nicht an".
      {
        re: /(?<![\p{L}])(?:^nicht\s+in\s+diesem\s+Ton(?:\s+mit\s+mir)?|(?:mäßigen\s+Sie|mäßige|zügeln\s+Sie|zügle)\s+(?:(?:bitte|sofort|mal|gefälligst)\s+)?(?:Ihren|deinen)\s+Ton|(?:achten\s+Sie|achte)\s+(?:(?:mal|bitte|gefälligst)\s+)?auf\s+(?:Ihren|deinen)\s+Ton|(?:schreien|brüllen|motzen|blaffen)\s+Sie\s+mich\s+(?:(?:bitte|gefälligst)\s+)?nicht\s+an|(?:schrei|brüll|motz)e?\s+mich\s+(?:(?:bitte|gefälligst)\s+)?nicht\s+an|wie\s+(?:reden|sprechen)\s+Sie\s+(?:eigentlich\s+|denn\s+)?mit\s+mir|was\s+fällt\s+(?:Ihnen|dir)\s+ein)(?![\p{L}])/u,
        rewrite: deBoundary,
      },
      // "Halten Sie den Mund", "Lassen Sie mich in Ruhe", "Hören Sie auf, uns zu nerven", "Verschwinden Sie".
      {
        re: /(?<![\p{L}])(?:(?:halten\s+Sie|halt)\s+(?:(?:doch|endlich|mal|einfach)\s+){0,2}(?:den\s+Mund|die\s+Klappe|die\s+Schnauze)|(?:lassen\s+Sie|lass)\s+(?:mich|uns)\s+(?:(?:doch|endlich|bitte|einfach)\s+){0,2}in\s+Ruhe|(?:hören\s+Sie|hör)\s+(?:(?:endlich|bitte|doch)\s+)?auf,?\s+(?:uns|mich)\s+(?:(?:ständig|dauernd|andauernd)\s+)?(?:zu\s+(?:nerven|belästigen|bombardieren)|zuzuspammen|vollzuspammen)|nerven\s+Sie\s+(?:uns|mich)\s+nicht|verschwinden\s+Sie|^verschwinde(?=\s*[.!]|$))(?![\p{L}])/u,
        rewrite: deHelp,
      },
      // "Ich diskutiere nicht mit Ihnen", "Ich habe Besseres zu tun", "Reißen Sie sich zusammen", "Werden Sie erwachsen".
      {
        re: /(?<![\p{L}])(?:ich\s+(?:diskutiere|streite)\s+(?:(?:doch|hier|jetzt|das|darüber|dieses\s+Thema|mich)\s+){0,2}nicht\s+(?:(?:mit\s+(?:Ihnen|dir)|weiter)(?:\s+(?:herum|rum))?)|ich\s+(?:werde|möchte)\s+(?:mich\s+)?nicht\s+(?:mit\s+(?:Ihnen|dir)\s+)?(?:diskutieren|streiten)|ich\s+habe\s+(?:(?:auch|echt|wirklich|noch)\s+)?(?:Besseres|Wichtigeres)\s+zu\s+tun|(?:können\s+Sie|kannst\s+du)\s+(?:überhaupt|eigentlich)\s+(?:mit\s+(?:einem|dem)\s+[\p{L}]+\s+umgehen|lesen|(?:ein|einen|eine)\s+[\p{L}]+\s+bedienen)|(?:lernen\s+Sie|lern)\s+(?:(?:erst\s+mal|mal|endlich)\s+)?(?:lesen|zu\s+lesen)|(?:reißen\s+Sie\s+sich|reiß\s+dich)\s+(?:(?:mal|gefälligst|bitte|endlich)\s+){0,2}zusammen|(?:werden\s+Sie|werd)\s+(?:(?:mal|endlich|doch)\s+){0,2}erwachsen|(?:benehmen\s+Sie\s+sich|benimm\s+dich)\s+(?:(?:doch|mal|bitte)\s+)?(?:nicht\s+wie\s+ein\s+(?:Kind|Kleinkind|Baby)|wie\s+ein\s+Erwachsener)|nicht\s+mein\s+Zirkus(?:,?\s+nicht\s+meine\s+Affen)?)(?![\p{L}])\s*\?*/u,
        rewrite: deHelp,
      },
      // "Dafür werde ich nicht bezahlt", "*seufz*", "Seufz.", "Oh Mann.".
      {
        re: /(?<![\p{L}])(?:dafür\s+werde\s+ich\s+(?:echt\s+)?nicht\s+(?:genug\s+)?bezahlt|ich\s+werde\s+(?:echt\s+)?nicht\s+(?:genug\s+)?dafür\s+bezahlt)(?![\p{L}])|\*(?:seufz|augenroll|augenrollen|kopfschüttel|facepalm|stöhn|grummel)\*|^(?:seufz|ächz|stöhn|oh\s+Mann|boah)(?![\p{L}])\s*[.!…]+|🙄/u,
        rewrite: deHear,
      },
      // "Schön für Sie.", "Sind Sie jetzt fertig?", "Wer's glaubt.", "Ja, ja.", "Sonst noch Wünsche?", "Sonst noch was??"
      // (a bare "Sonst noch was?" is how many agents close a friendly chat: not flagged).
      {
        re: /^(?:schön\s+für\s+(?:Sie|dich)|(?:sind\s+Sie|bist\s+du)\s+(?:jetzt|endlich|dann)\s+fertig\s*\?|wer['’]?s\s+glaubt(?:,?\s+wird\s+selig)?|ja,?\s+ja|jaja|sonst\s+noch\s+(?:was|etwas|Wünsche)\s*\?{2,}|sonst\s+noch\s+Wünsche\s*\?|das\s+glauben\s+Sie\s+(?:doch\s+)?selbst\s+nicht|das\s+glaubst\s+du\s+(?:doch\s+)?selbst\s+nicht)\s*[.!?…]*$/u,
        rewrite: deHear,
      },
      // "Dann kaufen Sie halt woanders", "Wenn Ihnen das nicht passt, kündigen Sie doch", "bestell doch einfach woanders".
      {
        re: /(?<![\p{L}])(?:dann\s+)?(?:(?:kaufen|bestellen|buchen|gehen|wechseln|shoppen)\s+Sie|(?:kauf|bestell|buch|geh|shopp)e?|wechsle|wechsel)\s+(?:(?:doch|halt|eben|einfach|gerne?|ruhig|dann|nächstes\s+Mal)\s+){1,3}(?:woanders|wo\s+anders|anderswo|bei\s+der\s+Konkurrenz|zur\s+Konkurrenz)(?![\p{L}])|(?<![\p{L}])wenn\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}-]+\s+){1,3}?nicht\s+(?:passt|gefällt|schmeckt)\s*,\s*(?:dann\s+)?(?:(?:kündigen|gehen|beschweren)\s+Sie(?:\s+sich)?|kündige|kündig|geh|beschwer\s+dich)\s+(?:doch|halt|eben)(?:\s+(?:einfach|gleich|ruhig))?(?:\s+(?:woanders|anderswo|wo\s+anders|zur\s+Konkurrenz))?(?=\s*(?:[.!;]|$))/u,
        unless: /\?/u,
        rewrite: deHelp,
      },
      // Broad: "Wenn Ihnen das nicht passt, suchen Sie sich halt einen anderen Anbieter", "such dir doch was anderes".
      {
        re: /(?<![\p{L}])(?<hit>(?:suchen\s+Sie\s+sich|such(?:e|t)?\s+(?:dir|euch)|gehen\s+Sie|geh|wechseln\s+Sie|wechsel|wechsle|bestellen\s+Sie|bestell|buchen\s+Sie|buch)\s+(?:(?:doch|halt|eben|einfach|ruhig|gern|gerne)\s+){1,3}(?:(?:sich|dir|euch)\s+)?(?:einen\s+anderen|eine\s+andere|ein\s+anderes|was\s+anderes|etwas\s+anderes|woanders(?:\s+hin)?|zur\s+Konkurrenz|zu\s+einem\s+anderen|zu\s+einer\s+anderen)(?:\s+[\p{L}-]+)?)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deHelp,
      },
      // Broad: "Jetzt reicht es mir aber wirklich!", "Mir reicht's.", "Es reicht jetzt."
      {
        re: /^(?<hit>(?:(?:also|so|ok(?:ay)?|nein|nee)\s*,?\s*)?(?:(?:jetzt|nun|langsam|mir)\s+reicht(?:['’]?s|\s+es)|(?:es|das)\s+reicht(?=\s+(?:jetzt|mir|aber|wirklich|echt|endg(?:ü|ue)ltig)|\s*[.!]))(?:\s+(?:mir|aber|wirklich|echt|langsam|endg(?:ü|ue)ltig|jetzt|dann|auch|mal))*)(?=\s*[.!]|\s*$)/u,
        rewrite: deHear,
      },
      // Broad: "Ich lasse mich von Ihnen nicht anschreien", "wir lassen uns nicht beleidigen".
      {
        re: /(?<![\p{L}])(?<hit>(?:ich\s+lass(?:e)?\s+mich|wir\s+lassen\s+uns)\s+(?:(?:von\s+(?:Ihnen|dir|euch)|hier|so|doch|sicher|bestimmt|auch)\s+){0,3}nicht\s+(?:(?:l(?:ä|ae)nger|mehr|weiter|so)\s+)?(?:anschreien|anbr(?:ü|ue)llen|beleidigen|anp(?:ö|oe)beln|anmaulen|anmachen|beschimpfen|so\s+behandeln|f(?:ü|ue)r\s+dumm\s+verkaufen|vorf(?:ü|ue)hren|ver(?:ä|ae)ppeln|verarschen))(?![\p{L}])/u,
        rewrite: deBoundary,
      },
      // Broad: "Ich hab keinen Bock mehr auf diese Diskussion", "null Bock", "keinen Nerv mehr für so was".
      {
        re: /(?<![\p{L}])(?<hit>(?:ich\s+)?(?:hab(?:e)?|habe\s+ich|hab\s+ich)?\s*(?:keinen|null|kein)\s+(?:Bock|Nerv)\s+(?:mehr\s+)?(?:auf|f(?:ü|ue)r)\s+(?:diese|die|so\s+eine|so\s+was|so\s+etwas|Ihre|deine|eure|das|den)(?:\s+[\p{L}-]+)?)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deHear,
      },
      // Broad: "Bleiben Sie doch einfach weg, wenn es Ihnen nicht passt."
      {
        re: /(?<![\p{L}])(?<hit>(?:bleiben\s+Sie|bleib|bleibt)\s+(?:(?:doch|einfach|halt|eben|dann|lieber|gleich)\s+){1,3}weg(?![\p{L}])(?:\s*,\s*(?:wenn|falls)[^.!?]*)?)/u,
        rewrite: deHelp,
      },
      // Round 3: sarcastic ability question ("Lesen können Sie aber schon, oder?", "Zuhören kannst du schon, oder?").
      {
        re: /^(?:lesen|zuh(?:ö|oe)ren|rechnen|verstehen)\s+(?:können\s+Sie|kannst\s+du|könnt\s+ihr)(?:\s+(?:aber|doch|schon|ja|hoffentlich|noch)){1,3}[,\s]*(?:oder|gell|ne|nicht|nich|nicht\s+wahr)?\s*\?+/u,
        rewrite: deHelp,
      },
      // Round 3: "Dann machen Sie es doch selbst", "mach's halt selber".
      {
        re: /(?<![\p{L}])(?:dann\s+)?(?:machen\s+Sie|mach|macht)\s+(?:es|das|['’]?s)\s+(?:(?:doch|halt|eben|gefälligst|einfach|bitte)\s+){1,2}(?:selbst|selber)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deHelp,
      },
      // Round 3: the customer's messages as a nuisance ("Ihre Mails nerven langsam", "du nervst", "Ihre Anrufe gehen mir auf die Nerven").
      {
        re: /(?<![\p{L}])(?:(?:Ihre|deine|eure)\s+(?:ständigen\s+|dauernden\s+|vielen\s+)?(?:Mails|E-Mails|Nachrichten|Anrufe|Beschwerden|Fragen|Kommentare|Tickets)\s+(?:(?:langsam|echt|wirklich|allmählich|gewaltig|ziemlich)\s+)?(?:nerven|gehen\s+(?:mir|uns)\s+(?:langsam\s+)?auf\s+die\s+Nerven)|(?:Sie\s+nerven|du\s+nervst|ihr\s+nervt)(?!\s+(?:\p{L}+\s+)?(?:nicht|niemanden|kein\p{L}*)(?![\p{L}])))(?:\s+(?:langsam|allmählich|echt|wirklich|gewaltig))?(?![\p{L}])/u,
        unless: /\?\s*$|(?<![\p{L}])(?:nicht|kein\p{L}*)\s+(?:nerven|nervst)|(?:Sie|du)\s+nerven?s?t?\s+(?:nicht|niemanden)(?![\p{L}])/u,
        rewrite: deHear,
      },
      // Round 3: "Mit Ihnen zu diskutieren bringt eh nichts", "mit dir zu reden hat keinen Sinn".
      {
        re: /(?<![\p{L}])mit\s+(?:Ihnen|dir|euch)\s+(?:zu\s+)?(?:diskutieren|reden|sprechen|verhandeln)\s+(?:bringt|hat|ist)\s+(?:(?:eh|ja|doch|echt|wirklich|sowieso|einfach|offenbar|leider)\s+){0,2}(?:nichts|keinen\s+Sinn|zwecklos|sinnlos)(?![\p{L}])/u,
        rewrite: deHelp,
      },
      // Broad (round 4): refusing the conversation: "Ich habe keine Lust, mit Ihnen zu diskutieren", "hab echt keine Nerven für solche Spielchen".
      {
        re: /(?<![\p{L}])(?<hit>(?:ich\s+habe|ich\s+hab|hab\s+ich|habe\s+ich)\s+(?:(?:echt|wirklich|ehrlich\s+gesagt|langsam|absolut|gerade)\s+){0,2}keine\s+(?:Lust|Nerven|Geduld)(?:\s+mehr)?\s*,?\s*(?:mit\s+(?:Ihnen|dir|euch)\s+(?:darüber\s+)?(?:zu\s+)?(?:diskutieren|streiten|rumzustreiten|rumzudiskutieren)|(?:auf|für)\s+(?:diese|solche|Ihre|deine|eure|so\s+eine|diese\s+ganze)\s+(?:Diskussion(?:en)?|Spielchen|Streiterei(?:en)?|Beschwerden|Mails|Nachrichten|Vorwürfe|Diskutiererei)|(?:darauf|dafür|auf\s+sowas|für\s+sowas)))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deHear,
      },
    ]),
    message: 'Das fährt den Kunden an',
    explanation:
      'Wer den Kunden abblitzen lässt („ist mir egal“) oder zurechtweist („Mäßigen Sie Ihren Ton“), heizt den Konflikt an. Bleiben Sie ruhig; eine Grenze lässt sich auch höflich setzen, mit einem Hilfsangebot.',
    rewrite: deHear,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "We'll do it properly this time, with a senior engineer.",
      "I understand the wait is frankly ridiculous, and I'm sorry.",
      "Your tone is completely understandable after three missed visits.",
      "Do you think we could try the 3pm slot instead?",
      "Thanks for your constant patience while we fixed this.",
      "I won't reply to the old thread, I'll keep everything here.",
      "I'm not paid until Friday, so I can't check payroll questions before then.",
      "haha no worries, I've reset it for you.",
      "You can call us as often as you like, the line is free.",
      "Take as long as you like to decide.",
      'There is no point in you paying twice, so I have cancelled the second charge.',
      'You have every right to complain and I will pass this on.',
      'We will not be spoken over by the hold music any more, the line is fixed.',
      'You will be spoken to by a senior agent tomorrow, I have booked it.',
      "I don't have time for this today, so my colleague Sam will call you tomorrow morning.",
      "I'm done with the refund, it's on its way.",
      "Don't bother printing the label, I've emailed you a QR code.",
      'Whatever you decide, I will make it work.',
      "If you don't like the new layout, you can switch back in Settings.",
      'If you do not like it, we will take it back and refund you in full.',
      'We will not tolerate any delay on our side, so I have escalated it.',
      'Get a grip case for your phone with 20% off.',
      "I don't care who was at fault: I'll fix it now.",
      "Whatever you need, I'm here.",
      'If you say so, I will cancel it right away.',
      'Shut down the laptop and restart it.',
      'Shut it down and restart it.',
      'I will leave you alone to test it and check in tomorrow.',
      'Are you done with the setup? Great!',
      'You can stop calling us, the refund is on its way.',
      'I care about getting this right for you.',
      'Nobody is forcing you to upgrade, your current plan stays as it is.',
      "I'll repeat the steps below so you have them in one place.",
      "I've had enough information to process your claim, thank you.",
      "You can stop sending the documents now, we've got everything.",
      "I don't have all the details yet, so I've asked the warehouse.",
      "Thank you for your patience with me today.",
      "Please spare me a minute to check the serial number.",
      "I can be bothered any time, that's what I'm here for!",
      "No one cares more about your data than we do, so it's encrypted end to end.",
      "Nobody cares whether you pay by card or PayPal, both work.",
      "I won't give up until this is fixed for you.",
      "You can stop emailing the old address, we've moved you to the new one.",
      "We're sick of this bug too, and the fix ships tomorrow.",
    ],
    invalid: [
      { text: "Read the steps again, [[slowly this time]].", rewrite: "Read the steps again, I want to help, and I'd ask that we keep this respectful." },
      { text: "[[I'm not here to be yelled at]].", rewrite: "I want to help, and I'd ask that we keep this respectful." },
      { text: "[[Your attitude is frankly out of line]].", rewrite: "I want to help, and I'd ask that we keep this respectful." },
      { text: "[[That's just utterly absurd]].", rewrite: "I understand why this is frustrating." },
      { text: "[[Do you seriously believe we'd lose your file on purpose]]?", rewrite: "I understand why it looks that way?" },
      { text: "[[Your endless emails about the parking permit won't speed things up]].", rewrite: "I know you have had to chase us about this." },
      { text: "[[I'm not paid enough to deal with this]].", rewrite: "I hear you." },
      { text: "Honestly, [[I don't get paid enough to put up with this]].", rewrite: "Honestly, I hear you." },
      { text: "[[Yell at me all you want, the fare stays the same]].", rewrite: "I understand you're frustrated, and I want to find a way forward." },
      { text: "[[There is no use getting angry about it]].", rewrite: "I hear you." },
      { text: "[[We will not be spoken to like that]].", rewrite: "I hear you." },
      { text: "sorry but [[I dont tolerate abusive language]]", rewrite: "sorry but I hear you" },
      { text: "Honestly, [[I give up with you]].", rewrite: "Honestly, I'm here to help." },
      { text: "[[We will not tolerate this kind of language]].", rewrite: "I hear you." },
      { text: "well [[if u dont like it go elsewhere]]", rewrite: "well I hear you" },
      { text: "[[If you don't like our prices, shop somewhere else]].", rewrite: "I hear you." },
      { text: "[[We are sick and tired of your complaints]].", rewrite: "I'm here to help." },
      { text: "[[Just stop emailing us]].", rewrite: "I'm here to help." },
      { text: "Honestly, [[I can't be bothered with this today]].", rewrite: "Honestly, I'm here to help." },
      { text: "[[Nobody cares about your life story]].", rewrite: "I'm here to help." },
      { text: "[[Spare me the sob story]].", rewrite: "I hear you." },
      { text: "[[I am running out of patience]].", rewrite: "I hear you." },
      { text: "[[Get a life]].", rewrite: "I'm here to help." },
      { text: "[[I dont have all day]].", rewrite: "I hear you." },
      { text: "[[I'm done explaining]].", rewrite: "I hear you." },
      { text: "[[I've had enough of this]].", rewrite: "I hear you." },
      { text: "[[Please stop sending the same messages]].", rewrite: "I hear you." },
      { text: "[[I can't keep repeating myself]].", rewrite: 'I hear you.' },
      { text: '[[Nobody forced you to book the cheapest fare]].', rewrite: "I'm here to help." },
      { text: "[[Don't talk to me like that]].", rewrite: 'I hear you.' },
      { text: "[[I'm not going to repeat myself]].", rewrite: 'I hear you.' },
      { text: "Honestly, [[I don't have time for this]].", rewrite: 'Honestly, I hear you.' },
      { text: "[[I'm done with this conversation]].", rewrite: 'I hear you.' },
      { text: "[[Don't bother contacting us again]].", rewrite: 'I hear you.' },
      { text: '[[Feel free to take your business elsewhere]].', rewrite: 'I hear you.' },
      { text: '[[Fine, whatever you say.]]', rewrite: 'I hear you' },
      { text: '[[I have better things to do]].', rewrite: "I'm here to help." },
      { text: 'Honestly, [[I don\'t care]].', rewrite: "Honestly, I'm here to help." },
      { text: '[[Fine, whatever]], I will check.', rewrite: "I'm here to help, I will check." },
      { text: '[[Nobody is forcing you to stay with us]].', rewrite: "I'm here to help." },
      { text: '[[Watch your tone]].', rewrite: "I want to help, and I'd ask that we keep this respectful." },
      { text: '[[Stop bothering us]].', rewrite: "I'm here to help." },
      { text: '[[I don\'t get paid enough for this]].', rewrite: 'I hear you.' },
      { text: '[[Yeah right.]]', rewrite: 'I hear you' },
      { text: '[[Are you done?]]', rewrite: 'I hear you' },
    ],
  },
  de: {
    valid: [
      'Ich habe keine Zeit mehr für einen Rückruf heute, ich melde mich morgen früh.',
      'Hallo Pia, ich habe das Paket an die Filiale umgeleitet. Sonst noch was?',
      'Lesen können Sie die Anleitung auch in der App.',
      'Sie nerven überhaupt nicht, fragen Sie ruhig.',
      'Mit Ihnen zu sprechen hat mir sehr geholfen.',
      'Bleiben Sie gern dran, ich bin gleich wieder da.',
      'Wir haben keinen Bedarf mehr für die Fotos, danke.',
      'Es reicht, wenn Sie mir die Rechnungsnummer schicken.',
      'Wechseln Sie gern in den günstigeren Tarif, ich stelle das für Sie um.',
      'Ich lasse mich gern vom Gegenteil überzeugen.',
      'Wenn Ihnen das Modell nicht gefällt, gehen Sie doch einfach in den Einstellungen auf Standard zurück.',
      'Wenn Ihnen der Tarif nicht passt, wechseln Sie gern in den Basistarif, ich helfe dabei.',
      'Sie müssen nicht woanders kaufen, wir liefern nach.',
      'Gehen Sie doch einfach in die Einstellungen und tippen Sie auf Sync.',
      'Ich diskutiere das gern mit unserem Team und melde mich.',
      'Das ist mir wichtig, und ich kümmere mich darum.',
      'Mir ist egal, wer schuld war: Ich löse das jetzt.',
      'Ich lasse Sie in Ruhe testen und melde mich morgen.',
      'Sind Sie mit der Einrichtung fertig? Super!',
      'Schön für Sie, dass es geklappt hat!',
      'Halten Sie die Taste zehn Sekunden gedrückt.',
      'Sonst noch etwas, bei dem ich helfen kann?',
    ],
    invalid: [
      { text: 'Ehrlich, [[ich habe keine Lust, mit Ihnen zu diskutieren]].', rewrite: 'Ehrlich, ich verstehe Sie.' },
      { text: '[[Zuhören kannst du aber schon, oder?]]', rewrite: 'Ich helfe dir gern' },
      { text: 'Wenn Sie alles besser wissen, [[dann machen Sie es doch selbst]].', rewrite: 'Wenn Sie alles besser wissen, ich helfe Ihnen gern.' },
      { text: '[[Deine Nachrichten nerven allmählich]].', rewrite: 'Ich verstehe dich.' },
      { text: '[[Mit Ihnen zu reden bringt eh nichts]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: '[[Bleiben Sie doch einfach weg, wenn es Ihnen nicht passt]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: 'Ehrlich, [[ich hab keinen Bock mehr auf diese Diskussion]].', rewrite: 'Ehrlich, ich verstehe Sie.' },
      { text: 'Wenn es dir nicht passt, [[such dir halt einen anderen Anbieter]].', rewrite: 'Wenn es dir nicht passt, ich helfe dir gern.' },
      { text: '[[Jetzt reicht es mir aber]]!', rewrite: 'Ich verstehe Sie!' },
      { text: '[[Ich lasse mich von Ihnen nicht beschimpfen]].', rewrite: 'Ich helfe Ihnen gern, wenn wir respektvoll bleiben.' },
      { text: '[[Dann kauf halt woanders]], wenn du unzufrieden bist.', rewrite: 'Ich helfe dir gern, wenn du unzufrieden bist.' },
      { text: '[[Wenn Ihnen unser Service nicht gefällt, gehen Sie doch]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: 'Ganz ehrlich, [[ich diskutiere darüber nicht weiter]].', rewrite: 'Ganz ehrlich, ich helfe Ihnen gern.' },
      { text: '[[Reißen Sie sich zusammen]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: '[[Das ist mir egal]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: '[[Machen Sie doch, was Sie wollen]].', rewrite: 'Ich helfe Ihnen gern.' },
      { text: '[[Mäßigen Sie Ihren Ton]].', rewrite: 'Ich helfe Ihnen gern, wenn wir respektvoll bleiben.' },
      { text: '[[Lass mich in Ruhe]].', rewrite: 'Ich helfe dir gern.' },
      { text: '[[Dafür werde ich nicht bezahlt]].', rewrite: 'Ich verstehe Sie.' },
      { text: '[[Schön für Sie.]]', rewrite: 'Ich verstehe Sie' },
      { text: '[[Sind Sie jetzt fertig?]]', rewrite: 'Ich verstehe Sie' },
    ],
  },
};
