// Apologies that hand the fault back to the customer: "sorry for any confusion on your part",
// "sorry you misunderstood the terms", "sorry if my reply came across as rude", "we regret that
// you are disappointed", "sorry if you've been inconvenienced"; "Entschuldigung für etwaige
// Missverständnisse Ihrerseits", "falls meine Antwort unhöflich rüberkam", "falls Ihnen
// Unannehmlichkeiten entstanden sein sollten", "wir bedauern, dass Sie das so wahrgenommen haben".
// Owning apologies ("sorry for the confusion, my email had the wrong date", "es tut mir leid, dass
// ich mich unklar ausgedrückt habe") are not flagged.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_LEAD = String.raw`\b(?:sorry|apologi[sz]e|apologies|apology|regret)`;
const DE_LEAD = String.raw`(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldige\s+mich|entschuldigen\s+(?:wir\s+)?uns|entschuldigen\s+Sie|bedauern|bedaure|bedauere|schade)`;
const du = (ctx: MatchContext) => ctx.register === 'informal';

export const deflectingApology: Rule = {
  id: 'deflecting-apology',
  category: 'insincere-apology',
  guidance: 'sincere-apology',
  description: 'An apology that puts the fault on the customer ("confusion on your part", "sorry you misunderstood")',
  en: {
    patterns: [
      {
        // "sorry for any confusion on your part", "we regret any dissatisfaction you may have experienced"
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>(?<for>for\s+)?any\s+(?<noun>confusion|misunderstandings?|frustration|dissatisfaction|upset|disappointment|distress|offen[cs]e|inconvenience)\s+(?:(?:caused\s+|experienced\s+)?on\s+your\s+(?:part|end|side)|(?:that\s+)?(?:you|u)\s+(?:may|might)\s+have\s+(?:felt|had|experienced|suffered|taken|perceived)))\b`),
        rewrite: (ctx) => {
          const noun = (ctx.groups.noun ?? 'confusion').toLowerCase().replace(/s$/, '');
          const lead = ctx.groups.for ? 'for ' : '';
          return [`${lead}the ${noun} we caused`, `${lead}the trouble we caused`];
        },
      },
      {
        // "I'm sorry you misunderstood the terms", "sorry that you were confused by our email"
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>(?:that\s+)?(?:you|u)\s+(?:misunderstood|misread|misinterpreted|were\s+confused\s+(?:by|about)|got\s+confused\s+(?:by|about)|didn['’]?t\s+understand|did\s+not\s+understand))\b`),
        rewrite: () => ["that we weren't clear about", 'that we explained badly'],
      },
      {
        // "sorry if my reply came across as rude", "apologies if that came off the wrong way"
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:this|that|it|I|my\s+\w+|our\s+\w+|the\s+\w+)\s+(?:came|come|comes|has\s+come)\s+(?:across|off|over)\s+(?:as\s+)?(?:\w+\s+){0,2}?(?:rude|harsh|dismissive|unfriendly|abrupt|curt|cold|blunt|condescending|badly|wrong|the\s+wrong\s+way|wrongly|unhelpful)|if\s+(?:this|that|it|I|my\s+\w+|our\s+\w+)\s+(?:sounded|seemed|was\s+perceived\s+as)\s+(?:a\s+bit\s+|too\s+|very\s+|so\s+)?(?:rude|harsh|dismissive|unfriendly|abrupt|curt|cold|blunt|condescending|unhelpful))\b`),
        rewrite: () => ['that my last reply was so badly worded', 'for the tone of my last reply'],
      },
      {
        // "I'm sorry if you didn't read the terms", "sorry if you missed the email"
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:you|u)\s+(?:(?:didn['’]?t|did\s+not|haven['’]?t|have\s+not|failed\s+to)\s+(?:read|see|notice|check|understand|follow)|missed|overlooked)(?:\s+(?:the|our|my|this|that|it|your)(?:\s+[\w'’-]+){0,2})?)`),
        // "Sorry if you didn't see my last email, I've resent it" owns the miss.
        unless: /\b(?:my|our)\s+(?:last\s+|previous\s+|first\s+)?(?:e-?mail|message|reply|letter|note)\b|\bI['’]?ve\s+(?:re)?sent\b|\bresen[dt]\b/,
        rewrite: () => ["that this wasn't made clearer", "that we didn't make this clearer"],
      },
      {
        // "We regret that you are disappointed (with our decision)\"
        re: /\b(?<hit>regret\s+(?:that\s+)?(?:you|u)(?:['’]?re|\s+are|\s+were|\s+have\s+been|\s+feel|\s+felt)\s+(?:so\s+|a\s+bit\s+|very\s+|quite\s+)?(?:disappointed|unhappy|dissatisfied|upset|frustrated|annoyed|not\s+happy|not\s+satisfied|unsatisfied)(?:\s+(?:with|by|about)\s+(?:our|the|this|my)(?:\s+\w+){1,2})?)\b/,
        rewrite: () => ["are sorry we've let you down", 'are sorry we disappointed you'],
      },
      {
        // "sorry if you've been inconvenienced in any way", "apologies if you were not satisfied with our service"
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:you|u)(?:['’]?ve|\s+have)?\s+(?:been|were|felt)\s+(?:in\s+any\s+way\s+)?(?:inconvenienced|let\s+down|not\s+(?:happy|satisfied)|unhappy|dissatisfied|disappointed)(?:\s+(?:in\s+any\s+way|by\s+this|with\s+(?:our|the)\s+\w+))?)\b`),
        rewrite: () => ["that we've let you down", 'that we caused you this trouble'],
      },
      // "I'm sorry if our cancellation process seemed confusing to you", "apologies if the form looked complicated".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?<what>(?:our|my|the|this|that)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:seemed|seems|appeared|appears|looked|looks|sounded|sounds|felt|came\s+across\s+as|was|were)\s+(?:a\s+bit\s+|a\s+little\s+|very\s+|so\s+|too\s+|rather\s+)?(?<adj>confusing|unclear|complicated|complex|difficult|frustrating|unpleasant|annoying|misleading|unfriendly|unhelpful|rude|harsh|cold|abrupt|curt|dismissive)(?:\s+(?:to|for)\s+(?:you|u))?)\b`),
        rewrite: (ctx) => [`that ${(ctx.groups.what ?? 'this').replace(/^(?:this|that)\b/i, 'the')} was ${(ctx.groups.adj ?? 'confusing').toLowerCase()}`, 'that we made this harder than it should be'],
      },
      // "Sorry if you found my colleague's tone unpleasant", "apologies if you found the steps confusing".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:you|u)\s+(?:found|find|thought|considered)\s+(?<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:a\s+bit\s+|a\s+little\s+|very\s+|so\s+|too\s+|rather\s+)?(?:unpleasant|rude|confusing|unclear|unhelpful|harsh|abrupt|curt|dismissive|cold|unfriendly|offensive|difficult|complicated|frustrating|annoying|misleading|disappointing|inappropriate|patronising|patronizing|condescending))\b`),
        rewrite: (ctx) => [`about ${ctx.groups.what ?? 'this'}`, 'that this went wrong'],
      },
      // "We apologise for any confusion our email may have caused."
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>for\s+any\s+(?<noun>confusion|frustration|trouble|upset|distress|misunderstanding|disappointment|stress|worry)\s+(?:(?:this|that|it|our\s+[\w-]+|my\s+[\w-]+|the\s+[\w-]+)\s+)?(?:may|might|could)\s+have\s+caused(?:\s+you)?)\b`),
        rewrite: (ctx) => [`for the ${(ctx.groups.noun ?? 'confusion').toLowerCase()} we caused`, 'for the trouble we caused'],
      },
      // "Apologies if our answer wasn't satisfactory", "sorry if my reply wasn't helpful"; "sorry if you've had a negative experience".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:(?:that|this|it|(?:my|our|the)\s+[\w-]+)\s+(?:wasn['’]?t|was\s+not|isn['’]?t|is\s+not|didn['’]?t\s+seem|doesn['’]?t\s+seem)\s+(?:very\s+|entirely\s+|fully\s+)?(?:satisfactory|helpful|useful|acceptable|to\s+your\s+(?:liking|satisfaction))|(?:you|u)(?:['’]?ve|\s+have)?\s+(?:had|experienced)\s+(?:a|an|any)\s+(?:negative|bad|poor|unpleasant|disappointing|less\s+than\s+(?:perfect|ideal))\s+experience))\b`),
        rewrite: () => ["that we didn't get this right", 'that we let you down'],
      },
      // "Sorry you were inconvenienced", "sorry for the mix-up on your side".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>(?:that\s+)?(?:you|u)\s+(?:were|have\s+been|['’]ve\s+been|felt)\s+(?:in\s+any\s+way\s+|at\s+all\s+)?inconvenienced(?:\s+in\s+any\s+way)?|for\s+(?:the|this|that)\s+(?:confusion|mix-?up|misunderstanding|error|mistake)\s+on\s+your\s+(?:part|side|end))\b`),
        rewrite: (ctx) => (/^for/i.test(ctx.match) ? ['for the mix-up'] : ['for the trouble we caused you']),
      },
      // "My apologies if you expected something different", "sorry if you were expecting more".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:you|u)\s+(?:expected|were\s+expecting|had\s+expected|assumed|hoped\s+for|were\s+hoping\s+for|anticipated)\b(?:\s+(?:(?:something|anything)(?:\s+(?:different|else|more|better|faster|quicker))?|more|otherwise|differently|(?:a|an|the)\s+(?:different\s+|faster\s+|full\s+|bigger\s+)?[\w-]+)))`),
        unless: /\b(?:I['’]?ll|I\s+will|I['’]?ve|I\s+have|let\s+me)\b/,
        rewrite: () => ["that this wasn't what you expected", "that this isn't what you hoped for"],
      },
      // "Sorry if that wasn't clear enough for you", "apologies if it seemed that way", "sorry if my colleague wasn't helpful", "sorry if anything went wrong".
      {
        re: new RegExp(EN_LEAD + String.raw`\s+(?<hit>if\s+(?:(?:that|this|it|my\s+\w+|our\s+\w+)\s+(?:wasn['’]?t|was\s+not|isn['’]?t|is\s+not)\s+(?:clear|helpful|good|detailed|simple)\s+enough(?:\s+for\s+you)?|(?:it|this|that)\s+(?:seemed|seems|looked|looks|sounded|sounds|came\s+across|felt)\s+(?:that\s+way|like\s+that|so|(?:as\s+)?(?:a\s+bit\s+|very\s+|so\s+)?(?:unfair|harsh|rude|unhelpful|dismissive)(?:\s+to\s+you)?)|(?:anything|something)\s+(?:went|has\s+gone|was)\s+wrong|(?:my|our|the)\s+(?:colleague|agent|team|rep|representative|staff|driver|courier|advisor|adviser)\s+(?:wasn['’]?t|was\s+not|was|seemed|came\s+across\s+as)\s+(?:very\s+|a\s+bit\s+|too\s+)?(?:helpful|rude|unhelpful|unfriendly|abrupt|dismissive|short\s+with\s+you))\b)`),
        rewrite: () => ['that this went wrong'],
      },
      // "I'm sorry you didn't read the email", "we regret that you chose to cancel", "sorry that you decided to leave a bad review".
      {
        re: new RegExp(String.raw`\b(?:sorry|regret)\s+(?<hit>(?:that\s+)?(?:you|u)\s+(?:(?:didn['’]?t|did\s+not|haven['’]?t|have\s+not|failed\s+to)\s+(?:read|see|notice|check|follow|understand)|(?:(?:have\s+|['’]ve\s+)?(?:chosen|decided)|chose|decided|felt\s+the\s+need|felt\s+it\s+necessary|opted)\s+to)(?:\s+[\w'’-]+){0,4})`),
        unless: /\b(?:my|our)\s+(?:last\s+|previous\s+|first\s+)?(?:e-?mail|message|reply|letter|note)\b|\bI['’]?ve\s+(?:re)?sent\b|\bresen[dt]\b|\bour\s+(?:mistake|fault)\b|\bbecause\s+(?:of\s+)?(?:we|our)\b|\b(?:and|so)\s+I\b|\bunderstand\b/,
        rewrite: () => ['about how this went'],
      },
      // "We're sorry that you were unhappy with our service", "I'm sorry you're not happy, that's just how it works".
      {
        re: /\b(?:sorry|apologi[sz]e)\s+(?:to\s+(?:hear|learn|see)\s+)?(?<hit>(?:that\s+)?(?:you|u)(?:['’]?re|\s+are|\s+were|\s+have\s+been|\s+weren['’]?t|\s+aren['’]?t)\s+(?:so\s+|a\s+bit\s+|very\s+|fully\s+|entirely\s+)?(?:happy(?<=n['’]?t\s+(?:fully\s+|entirely\s+)?happy)|satisfied(?<=n['’]?t\s+(?:fully\s+|entirely\s+)?satisfied)|unhappy|dissatisfied|not\s+(?:happy|satisfied)|unsatisfied|disappointed(?=\s+(?:with|by|about|in)\s+(?:our|the|this|my)\b))(?:\s+(?:with|by|about)\s+(?:our|the|this|my)(?:\s+[\w'’-]+){1,2})?)(?=\s*(?:[.!]|$|,\s*(?:but|that['’]?s|this\s+is|however)\b))/,
        rewrite: () => ['that we let you down'],
      },
      // "Sorry not sorry", "ok, sorry, whatever", "I said sorry already", "sorry, I don't know what else to tell you".
      {
        re: /\b(?<hit>sorry\s*,?\s+not\s+sorry|sorry\s+for\s+whatever\s+(?:happened|went\s+wrong|the\s+(?:problem|issue)\s+(?:is|was))|sorry\s*,?\s+(?:ok(?:ay)?\s*,?\s+)?whatever(?=\s*(?:[.!,…]|$))|I\s+(?:already\s+said\s+sorry|said\s+sorry\s+already|(?:have\s+|['’]ve\s+)?already\s+apologi[sz]ed|apologi[sz]ed\s+already)|sorry\s*,?\s+(?:but\s+)?I\s+(?:don['’]?t|do\s+not)\s+know\s+what\s+(?:else\s+)?(?:to\s+(?:tell|say\s+to)\s+you|you\s+(?:want|expect)(?:\s+(?:me\s+to\s+(?:say|do)|from\s+me))?))\b/,
        unless: /\bfor\s+(?:the|this|that)\s+(?:delay|mistake|error)\b|\band\s+I\b/,
        rewrite: () => ['I am sorry, and I want to put this right'],
      },
      // "That was never anyone's intention", "it was never our intention to upset you": intent offered instead of an apology for the effect.
      {
        re: /\b(?:that|this|it)\s+(?:was|is|were)\s+never\s+(?:(?:anyone|anybody)['’]?s\s+intention|(?:our|my|the)\s+intention\s+to\s+(?:upset|offend|hurt|annoy|confuse|mislead|frustrate|inconvenience|disappoint|make\s+you\s+feel\s+[\w-]+)(?:\s+you)?)\b/,
        unless: /\?/,
        rewrite: () => ["I'm sorry we got this wrong"],
      },
    ],
    message: 'This apology puts the fault on the customer',
    explanation:
      '"On your part", "you misunderstood" or "if it came across" turn the apology into a correction of the customer. Own what went wrong on your side.',
    rewrite: () => ['for the confusion we caused'],
  },
  de: {
    patterns: foldDe([
      {
        // "Wir entschuldigen uns für etwaige Missverständnisse Ihrerseits"
        re: /(?<![\p{L}])(?<hit>(?:etwaige|eventuelle|mögliche|jegliche|die|alle)\s+(?:Missverständnisse|Missverständnis|Verwirrung|Unklarheiten|Irritationen|Unzufriedenheit|Frustration|Unannehmlichkeiten)\s+(?:Ihrerseits|deinerseits|eurerseits|auf\s+(?:Ihrer|deiner|eurer)\s+Seite))(?![\p{L}])/u,
        rewrite: () => ['die Verwirrung, die wir verursacht haben', 'das Durcheinander, das wir verursacht haben'],
      },
      {
        // "Entschuldigung, falls meine Antwort unhöflich rüberkam", "sorry, wenn das falsch rübergekommen ist"
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:das|dies|es|ich|meine\s+\p{L}+|mein\s+\p{L}+|unsere\s+\p{L}+|unser\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:rüberkam|rüberkommt|rübergekommen\s+(?:ist|sein\s+sollte)|herüberkam|herübergekommen\s+(?:ist|sein\s+sollte)|gewirkt\s+(?:hat|haben\s+sollte)|wirkte|klang|geklungen\s+hat))(?![\p{L}])`, 'u'),
        rewrite: () => ['dass meine letzte Antwort so unglücklich formuliert war'],
      },
      {
        // "Es tut uns leid, falls Ihnen Unannehmlichkeiten entstanden sein sollten"
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:Ihnen|dir|euch)\s+(?:dadurch\s+|hierdurch\s+)?(?:\p{L}+\s+)?(?:Unannehmlichkeiten|Nachteile|Umstände|Probleme|Kosten)\s+entstanden\s+(?:sein\s+sollten|sind))(?![\p{L}])`, 'u'),
        rewrite: (ctx) => [du(ctx) ? 'dass wir dir Umstände gemacht haben' : 'dass wir Ihnen Umstände gemacht haben'],
      },
      {
        // "Wir bedauern, falls Sie mit unserem Service nicht zufrieden waren"
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,4}?(?:nicht\s+zufrieden|unzufrieden|enttäuscht|verärgert|nicht\s+glücklich)\s+(?:waren|warst|sind|bist|gewesen\s+sein\s+sollten?|sein\s+sollten?|sein\s+solltest))(?![\p{L}])`, 'u'),
        rewrite: (ctx) => [du(ctx) ? 'dass wir dich enttäuscht haben' : 'dass wir Sie enttäuscht haben'],
      },
      {
        // "Wir bedauern, dass Sie unseren Service so wahrgenommen haben", "Schade, dass Sie das so empfinden",
        // "Es tut uns leid, dass Sie das so sehen"
        re: /(?<![\p{L}])(?:bedauern|bedaure|schade|uns\s+(?:sehr\s+)?leid)\s*,?\s+(?<hit>dass\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?so\s+(?:sehen|siehst|empfinden|empfindest|wahrnehmen|wahrnimmst|(?:wahrgenommen|empfunden|gesehen|erlebt|aufgefasst|verstanden)\s+(?:haben|hast)))(?![\p{L}])/u,
        rewrite: (ctx) => [du(ctx) ? 'dass wir dich enttäuscht haben' : 'dass wir Sie enttäuscht haben'],
      },
      {
        // "Es tut mir leid, falls Sie die Bedingungen nicht gelesen haben"
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>(?:falls|wenn|dass)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?(?:nicht\s+(?:gelesen|gesehen|bemerkt|geprüft|beachtet|erhalten)|übersehen)\s+(?:haben|hast))(?![\p{L}])`, 'u'),
        rewrite: () => ['dass wir das nicht klarer kommuniziert haben'],
      },
      {
        // "Es tut mir leid, dass Sie die Bedingungen falsch verstanden haben\"
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>dass\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?(?:falsch\s+verstanden|missverstanden|nicht\s+(?:richtig\s+)?verstanden|anders\s+verstanden|anders\s+aufgefasst|falsch\s+aufgefasst|übersehen)\s+(?:haben|hast))(?![\p{L}])`, 'u'),
        rewrite: (ctx) => [du(ctx) ? 'dass wir uns nicht klar genug ausgedrückt haben' : 'dass wir uns nicht klar genug ausgedrückt haben'],
      },
      // "Wir entschuldigen uns für etwaige Missverständnisse", "für eventuelle Verwirrung bitten wir um Entschuldigung".
      {
        re: /(?<![\p{L}])(?<hit>(?:etwaige|eventuelle|mögliche|jegliche)\s+(?:Missverständnisse|Verwirrung|Unklarheiten|Irritationen))(?![\p{L}])(?:(?<=(?:entschuldigen\s+(?:wir\s+)?uns|entschuldige\s+(?:ich\s+)?mich|Entschuldigung|sorry|bedauern|bedaure)\s+(?:(?:vielmals|sehr|hiermit)\s+)?(?:für\s+)?\p{L}+\s+\p{L}+)|(?=\s+(?:bitten|möchten)\s+wir))/u,
        rewrite: () => ['die Verwirrung, die wir verursacht haben'],
      },
      // "Es tut uns leid, dass unsere Antwort nicht Ihren Erwartungen entspricht."
      {
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>dass\s+(?:[\p{L}-]+\s+){0,3}?nicht\s+(?:ganz\s+|so\s+)?(?:Ihren|deinen)\s+(?:Erwartungen|Vorstellungen)\s+(?:entspricht|entsprach|entsprochen\s+hat|entsprechen|entsprachen|entsprochen\s+haben|gerecht\s+(?:wird|wurde|geworden\s+ist)))(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:ich\s+(?:schicke|habe|hab|erstatte|tausche|kümmere)|unser\s+Fehler|mein\s+Fehler|zu\s+Recht|beschädigt|defekt|kaputt)(?![\p{L}])/u,
        rewrite: (ctx) => [du(ctx) ? 'dass wir dich enttäuscht haben' : 'dass wir Sie enttäuscht haben'],
      },
      // Broad: regret that the customer sees it differently / was not convinced: "Es tut mir leid, dass du das anders siehst",
      // "Schade, dass Sie unser Angebot nicht überzeugt hat".
      {
        re: new RegExp(DE_LEAD + String.raw`\s*,?\s+(?<hit>dass\s+(?:(?:Sie|du)\s+(?:(?:das|es|die\s+Sache|das\s+Ganze|unsere\s+Entscheidung|meine\s+Antwort)\s+)?(?:anders|so|nicht\s+so)\s+(?:sehen|siehst|empfinden|empfindest|wahrnehmen|wahrnimmst|beurteilen|beurteilst|bewerten|bewertest|auffassen|auffasst)|(?:Sie|dich)\s+(?:[^\s,.;:!?]+\s+){0,4}?nicht\s+(?:(?:ganz|so\s+recht|wirklich)\s+)?(?:(?:ü|ue)berzeugt|begeistert|abgeholt)\s+(?:hat|haben|hatte)))(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:weil\s+wir|unser\s+Fehler|ich\s+(?:habe|schicke|kümmere|erstatte|buche))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'dass wir dich nicht überzeugen konnten' : 'dass wir Sie nicht überzeugen konnten'],
      },
    ]),
    message: 'Diese Entschuldigung schiebt die Schuld dem Kunden zu',
    explanation:
      '„Ihrerseits", „falls es so rüberkam" oder „dass Sie das so sehen" machen aus der Entschuldigung eine Korrektur des Kunden. Übernehmen Sie, was auf Ihrer Seite schiefging.',
    rewrite: () => ['dass wir Sie enttäuscht haben'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It was never our intention to charge for returns, so I've refunded the fee.",
      "I'm sorry that you decided to leave, and I understand why.",
      "I'm sorry you didn't receive the email, I've resent it.",
      "I'm sorry that you were unhappy with our service, and I'd like to fix that.",
      "Sorry if my last email wasn't clear enough, here is a better explanation.",
      "I already apologised for the delay and I'll keep you updated daily.",
      'Sorry for the confusion, the email I sent you had the wrong date.',
      "I'm sorry I wasn't clearer in my first reply.",
      'If you misunderstood anything in my last email, just ask and I will explain it again.',
      "I'm sorry we let you down, that's on us, and I've refunded the fee.",
      'We regret that we could not deliver on time and have refunded the shipping.',
      'Sorry to hear the parcel arrived damaged, a replacement is on its way.',
      "Sorry if you didn't see my last email, I've resent it just now.",
      'Apologies if you get this email twice, our system sent the first one without the attachment.',
      "I'm sorry the form was confusing, I've simplified it for you.",
      "Sorry if you were expecting a call, I'll ring you at 3pm.",
      "Sorry you were disappointed with the hotel, I've refunded one night.",
      "Sorry for the confusion in my last email, the correct date is the 4th.",
      "Sorry for the trouble whatever the cause, I've refunded the fee.",
      "Sorry you were kept waiting, I've sorted it now.",
      "Sorry for the mix-up on our side, the correct item ships today.",
      "We're sorry you've decided to leave, and I've processed the cancellation as requested.",
    ],
    invalid: [
      { text: "[[It was never our intention to upset you]].", rewrite: "I'm sorry we got this wrong." },
      { text: "We're sorry [[you were inconvenienced]].", rewrite: "We're sorry for the trouble we caused you." },
      { text: "Sorry [[for the mix-up on your end]].", rewrite: "Sorry for the mix-up." },
      { text: "[[Sorry for whatever happened]].", rewrite: "I am sorry, and I want to put this right." },
      { text: "We apologise [[for any frustration this may have caused]].", rewrite: "We apologise for the frustration we caused." },
      { text: "Sorry [[if my reply wasn't helpful]].", rewrite: "Sorry that we didn't get this right." },
      { text: "I apologise [[if you have had a bad experience]].", rewrite: "I apologise that we didn't get this right." },
      { text: "We're sorry [[you were disappointed with our service]].", rewrite: "We're sorry that we let you down." },
      { text: 'We apologise [[if the checkout looked complicated]].', rewrite: 'We apologise that the checkout was complicated.' },
      { text: 'Sorry [[if you considered the driver rude]].', rewrite: 'Sorry about the driver.' },
      { text: 'Apologies [[if you were hoping for a full refund]].', rewrite: "Apologies that this wasn't what you expected." },
      { text: "Sorry [[if that wasn't clear enough for you]].", rewrite: 'Sorry that this went wrong.' },
      { text: "I'm sorry [[you didn't read the email]].", rewrite: "I'm sorry about how this went." },
      { text: "I'm sorry [[that you decided to leave a bad review]].", rewrite: "I'm sorry about how this went." },
      { text: "We're sorry [[that you were unhappy with our service]].", rewrite: "We're sorry that we let you down." },
      { text: 'Ok, [[sorry, whatever]].', rewrite: 'Ok, I am sorry, and I want to put this right.' },
      { text: "I'm sorry [[for any confusion on your part]].", rewrite: "I'm sorry for the confusion we caused." },
      { text: 'We regret [[any frustration you may have felt]].', rewrite: 'We regret the frustration we caused.' },
      { text: "I'm sorry [[you misunderstood]] the terms.", rewrite: "I'm sorry that we weren't clear about the terms." },
      { text: 'Apologies [[if that came off the wrong way]].', rewrite: 'Apologies that my last reply was so badly worded.' },
      { text: 'We [[regret that you are disappointed with our decision]].', rewrite: "We are sorry we've let you down." },
      { text: "I'm sorry [[if you didn't read the terms]].", rewrite: "I'm sorry that this wasn't made clearer." },
      { text: 'Apologies [[for any upset caused on your end]].', rewrite: 'Apologies for the upset we caused.' },
      { text: "sorry [[if you've been inconvenienced in any way]]", rewrite: "sorry that we've let you down" },
    ],
  },
  de: {
    valid: [
      'Es tut mir leid, dass wir Sie nicht überzeugen konnten, ich habe Ihnen ein neues Angebot geschickt.',
      'Wir entschuldigen uns für das Missverständnis in unserer letzten Mail.',
      'Es tut mir leid, dass die Jacke nicht Ihren Erwartungen entspricht, sie war beschädigt, ich schicke sofort Ersatz.',
      'Entschuldigung für die Verwirrung, in meiner Mail stand das falsche Datum.',
      'Es tut mir leid, dass ich mich unklar ausgedrückt habe.',
      'Es tut mir wirklich leid, dass Sie drei Wochen warten mussten.',
      'Falls etwas unklar geblieben ist, erkläre ich es gern noch einmal.',
      'Wir bedauern sehr, dass wir den Termin nicht halten konnten.',
      'Schade, dass es mit dem Termin nicht geklappt hat, ich schlage Ihnen zwei neue vor.',
    ],
    invalid: [
      { text: 'Es tut mir leid, [[dass du das anders siehst]].', rewrite: 'Es tut mir leid, dass wir dich nicht überzeugen konnten.' },
      { text: 'Es tut uns leid, [[dass Sie das anders aufgefasst haben]].', rewrite: 'Es tut uns leid, dass wir uns nicht klar genug ausgedrückt haben.' },
      { text: 'Ich entschuldige mich für [[eventuelle Unklarheiten]].', rewrite: 'Ich entschuldige mich für die Verwirrung, die wir verursacht haben.' },
      { text: 'Wir bedauern, [[dass das Ergebnis nicht Ihren Erwartungen entsprochen hat]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: 'Wir entschuldigen uns für [[etwaige Missverständnisse Ihrerseits]].', rewrite: 'Wir entschuldigen uns für die Verwirrung, die wir verursacht haben.' },
      { text: 'Entschuldigung, [[falls meine Antwort unhöflich rüberkam]].', rewrite: 'Entschuldigung, dass meine letzte Antwort so unglücklich formuliert war.' },
      { text: 'Es tut uns leid, [[falls Ihnen Unannehmlichkeiten entstanden sein sollten]].', rewrite: 'Es tut uns leid, dass wir Ihnen Umstände gemacht haben.' },
      { text: 'Wir bedauern, [[falls Sie mit unserem Service nicht zufrieden waren]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: 'Es tut mir leid, [[falls Sie die Mail nicht gelesen haben]].', rewrite: 'Es tut mir leid, dass wir das nicht klarer kommuniziert haben.' },
      { text: 'Schade, [[dass du das so siehst]].', rewrite: 'Schade, dass wir dich enttäuscht haben.' },
      { text: 'Es tut mir leid, [[dass Sie die Bedingungen falsch verstanden haben]].', rewrite: 'Es tut mir leid, dass wir uns nicht klar genug ausgedrückt haben.' },
    ],
  },
};
