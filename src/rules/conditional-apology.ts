// "Sorry if you feel ...", "I'm sorry you feel that way", "falls Sie sich ... fühlen":
// apologising for the customer's reaction instead of for what went wrong.
import type { MatchContext, Pattern, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_FEEL_OBJECT = String.raw`(?:we|I|our|the|this|it|you|your|nobody|no\s+one|someone|they|there|my)`;

const deSorry = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['es tut mir leid, dass das so ärgerlich für dich war', 'es tut mir leid, was da schiefgelaufen ist']
    : ['es tut mir leid, dass das so ärgerlich für Sie war', 'es tut mir leid, was da schiefgelaufen ist'];

const DE_COND_PRED = String.raw`(?:geärgert|verärgert|aufgeregt|gekränkt|verletzt|verwirrt|irritiert|missverständlich|unklar|unglücklich|ungeschickt|unhöflich|unfreundlich|schroff|harsch|barsch|falsch\s+angekommen|anders\s+verstanden|nicht\s+nachvollziehbar|(?:nicht\s+)?(?:Ihren|deinen)\s+(?:Vorstellungen|Erwartungen)|(?:Ihre|deine)\s+Erwartungen\s+nicht|Unklarheiten|Missverständnissen|ungerecht\s+behandelt|schlecht\s+behandelt|unfair\s+behandelt|nicht\s+ernst\s+genommen|im\s+Stich\s+gelassen|übergangen|(?:falsch|komisch|blöd|arrogant|herablassend|patzig|unpassend|frech)\s+(?:rübergekommen|ruebergekommen|angekommen)|auf\s+den\s+Schlips\s+getreten|zu\s+nahe\s+getreten|Unannehmlichkeiten|Umstände|Nachteile)`;

/**
 * Broad English insincere apologies by cue classes: an APOLOGY word, then within a few words "if" + an
 * offence/feeling cue ("sorry if the desk staff came across as rude", "we regret if our service did not meet
 * your expectations"); an APOLOGY for the customer's mood ("apologies that you were upset", "sorry ur mad");
 * or an APOLOGY + but/however + a justification ("sorry, but the window was announced a month ago").
 * Silenced by ownership ("that's on us", "I've", "let me"), questions and the polite "sorry if this is a repeat question".
 */
const EN_APOLOGY = String.raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret)`;
const EN_OFFENCE_CUE = String.raw`(?:feel|feels|felt|feeling|upset|upsetting|offen[cd]\w*|rude|rudely|unclear|confus\w*|misunderst\w*|misinterpret\w*|misled|(?:came|come|comes|coming)\s+(?:across|off|over)|(?:sounded|seemed|appeared|looked)\s+(?:that\s+way|like\s+that|so|unfair|dismissive|rude|harsh|cold|unfriendly|condescending|patroni[sz]ing)|inconvenienc\w*|disappoint\w*|frustrat\w*|annoy\w*|hurt|impression|expectations?|unhelpful|harsh|blunt|curt|dismissive|abrupt|cold|unfriendly|let\s+(?:you|u)\s+down|(?:didn['’]?t|did\s+not|doesn['’]?t|does\s+not)\s+(?:meet|live\s+up)|not\s+(?:clear|helpful|satisfied|happy)|unhappy|dissatisf\w*|bothered|in\s+any\s+way|the\s+wrong\s+way|wrong\s+idea|anything\s+(?:I|we)\s+(?:said|wrote|did)|taken\s+aback|put\s+out|short\s+with\s+(?:you|u)|gave\s+(?:you|u)\s+(?:a\s+)?(?:fright|scare|shock|headache|the\s+wrong\s+idea)|scared|alarm(?:ed|ing)|frighten(?:ed|ing)|startled|shocked|(?:clear|simple|detailed|plain)\s+enough\s+for\s+(?:you|u)|sharp\s+with\s+(?:you|u)|snappy|brusque|impatient|difficult(?:y|ies)|affected|experienced|(?:was|were)\s+(?:mistaken|misread))`;
const EN_MOOD = String.raw`(?:upset|mad|angry|cross|annoyed|unhappy|disappointed|offended|frustrated|irritated|dissatisfied|displeased|bothered|not\s+happy|not\s+satisfied|unsatisfied|put\s+out|miffed|pissed(?:\s+off)?|fed\s+up)`;
const EN_JUSTIFY = String.raw`(?:(?:decision|fine|charge|fee|penalty|ruling|policy|answer|outcome)\s+(?:has\s+been\s+made|was\s+made|is\s+final|stands|remains|will\s+stand)|(?:is|are)\s+final|we\s+stand\s+by|binding|non-negotiable|no\s+exceptions|announced|stated|explained|mentioned|informed|notified|told|warned|advertised|published|clearly|policy|policies|terms|conditions|T&Cs?|rules?|procedures?|agreed|accepted|followed|correct(?:ly)?|accurate|nothing\s+(?:wrong|unusual)|as\s+(?:stated|mentioned|per|explained|advertised|agreed)|everyone|everybody|all\s+(?:our\s+)?customers|other\s+customers|that['’]?s\s+(?:how|just|simply|the\s+(?:price|rule|way|policy|deal|fee|process))|how\s+(?:it|this|things)\s+(?:works|work|goes)|out\s+of\s+our\s+(?:hands|control)|beyond\s+our\s+control|(?:was|were|is|are)\s+(?:down|closed|unavailable)\s+for\s+everyone|we\s+(?:did|followed|sent|told|informed|warned|were\s+clear)|you\s+(?:agreed|accepted|were\s+told|were\s+informed|signed|chose|should\s+have))`;
const EN_BROAD_APOLOGY_UNLESS = /\b(?:that['’]?s\s+on\s+(?:us|me)|shouldn['’]?t\s+have|to\s+clarify|to\s+be\s+clear|the\s+correct|should\s+not\s+have|(?:we|I)\s+got\s+(?:this|it|that)\s+wrong|(?:un)?acceptable|not\s+ok(?:ay)?|(?:our|my)\s+(?:fault|mistake|bad|error)|we\s+should(?:\s+have|['’]ve)|I\s+should(?:\s+have|['’]ve)|I['’]?ve|I\s+have|I['’]?ll|I\s+will|let\s+me|I\s+can(?!['’]?t|not)|we\s+can(?!['’]?t|not)|we['’]?ve|we['’]?ll|here['’]?s|good\s+news|a\s+(?:repeat|silly|stupid|dumb|basic|daft|quick)\s+question|if\s+(?:you(?:['’]ve|\s+have)\s+already|I(?:['’]ve|\s+have)?\s+(?:misunderstood|misread|missed|got\s+(?:it|this|that)\s+wrong)|this\s+(?:is|was)\s+(?:a\s+)?(?:repeat|duplicate|already))|to\s+(?:hear|learn|see|read)\s+(?:that\s+)?(?:you|u)|(?:I|we)\s+(?:still\s+)?(?:do\s+not|don['’]?t|dont|can['’]?t|cannot)\s+(?:quite\s+|really\s+|fully\s+)?(?:understand|see|follow|find|know|get|remember))\b|(?:unclear|confusing|not\s+clear)\s*[:–—]|\?/;
const EN_BROAD_APOLOGY: Pattern[] = [
  // The condition first, the apology last: "If this has caused you any frustration, I apologise", "should this have
  // caused you any upset, we apologise", "if my last message came across as rude, apologies", "if u were inconvenienced, sorry".
  {
    re: new RegExp(String.raw`^(?:(?:and|but|so|also|again)\s*,?\s+)?(?<hit>(?:if|should|in\s+case)\s+(?:\S+\s+){0,8}?${EN_OFFENCE_CUE}\b[^.!?;]*?,?\s*(?:(?:then\s+)?(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:(?:truly|sincerely|very|so|really|do)\s+)?(?:apologi[sz]e|sorry)|(?:(?:my|our)\s+)?(?:sincere\s+|deepest\s+)?apologies|sorry)(?:\s+(?:for\s+(?:that|this|it)|about\s+(?:that|this|it)))?)(?=\s*[.!…]*\s*$)`),
    unless: EN_BROAD_APOLOGY_UNLESS,
    rewrite: () => ["I'm sorry for the trouble this caused you", "I'm sorry we let you down"],
  },
  // APOLOGY + "if" + an offence or feeling cue: "sorry if my last reply offended you", "I apologize if you were inconvenienced in any way".
  {
    re: new RegExp(String.raw`${EN_APOLOGY}(?:\s+(?:very|so|truly|sincerely|deeply|really|again|though))?\s+(?<hit>(?:if|in\s+case|should\s+(?:you|u|this|that|it|anything)|to\s+(?:whatever|any|the)\s+extent(?:\s+that)?|insofar\s+as|where)\s+(?:\S+\s+){0,7}?${EN_OFFENCE_CUE}\b[^.!?;,]*)`),
    unless: EN_BROAD_APOLOGY_UNLESS,
    rewrite: (ctx) => [ctx.match.replace(/^(?:if|in\s+case|should|to\s+(?:whatever|any|the)\s+extent(?:\s+that)?|insofar\s+as|where)\b/i, 'that')],
  },
  // APOLOGY for the customer's mood: "apologies that you were upset by the email", "sorry ur mad".
  {
    re: new RegExp(String.raw`${EN_APOLOGY}\s+(?<hit>(?:that\s+)?(?:(?:you|u)(?:['’]?re|\s+are|\s+were|\s+got|\s+seem|\s+seemed|\s+feel|\s+felt|['’]ve\s+been|\s+have\s+been|\s+r)?|ur|youre)\s+(?:so\s+|very\s+|a\s+bit\s+|a\s+little\s+|that\s+|this\s+|quite\s+|rather\s+)?${EN_MOOD}\b(?:\s+(?:by|with|about|at|over)\s+(?:the|our|my|this|that|your|it)(?:\s+[\w'’-]+){0,2})?)`),
    unless: EN_BROAD_APOLOGY_UNLESS,
    rewrite: () => ['that we let you down'],
  },
  // APOLOGY + but/however + a justification: "sorry, but the maintenance window was announced a month ago",
  // "I'm sorry you were disappointed, but that's the price we quoted", "apologies, but we followed the booking terms".
  {
    re: new RegExp(String.raw`${EN_APOLOGY}\b(?:\s+[^\s.!?;]+){0,8}?\s*,?\s+(?<hit>but|however|although|though|that\s+said|nevertheless|nonetheless)\b,?(?:\s+[^\s.!?;]+){0,8}?\s+${EN_JUSTIFY}\b`),
    // A feelings or conditional apology before the "but" is flagged by its own pattern: one finding per sentence.
    unless: new RegExp(EN_BROAD_APOLOGY_UNLESS.source + String.raw`|\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:if|that\s+(?:you|u)|you|u|ur|(?:that\s+)?(?:this|that|it)\s+(?:has\s+been|is|was)\s+(?:so\s+|really\s+|very\s+)?(?:frustrating|annoying|upsetting|stressful|difficult|hard))\b`),
    rewrite: () => ['and let me explain what happened:'],
  },
  // APOLOGY for the customer's opinion: "I'm sorry you didn't like the way the driver spoke to you", "sry u feel that way".
  {
    re: new RegExp(String.raw`${EN_APOLOGY}\s+(?<hit>(?:that\s+)?(?:you|u)\s+(?:(?:didn['’]?t|did\s+not|don['’]?t|do\s+not)\s+(?:like|enjoy|appreciate|agree\s+with|care\s+for)|disliked|disagree(?:d)?\s+with|took\s+(?:\S+\s+){1,3}?(?:the\s+wrong\s+way|badly|personally|amiss)|(?:see|view|regard|consider|find|found)\s+(?:\S+\s+){1,3}?(?:as\s+)?(?:unfair|unreasonable|excessive|too\s+(?:high|expensive|much)|expensive|confusing|rude|difficult|complicated|harsh|unacceptable|unhelpful)|object(?:ed)?\s+to|took\s+(?:issue|offen[cs]e)|(?:feel|felt|see\s+it|think|thought)\s+(?:that\s+way|like\s+that|so\b))[^.!?;,]*)`),
    unless: EN_BROAD_APOLOGY_UNLESS,
    rewrite: () => ['that this let you down'],
  },
  // APOLOGY for a "perceived" problem or for feelings the customer "may" have: "sorry for any perceived delay",
  // "we regret any frustration you may feel".
  {
    re: new RegExp(String.raw`${EN_APOLOGY}\s+(?:for\s+)?(?<hit>(?:any|the|this|that)\s+(?:perceived|alleged|apparent|supposed)\s+[\w-]+|(?:any|the)\s+offen[cs]e\s+(?:taken|caused|you\s+(?:took|may\s+have\s+taken))|any\s+[\w-]+\s+(?:that\s+)?(?:you|u)\s+(?:believe|feel|think|say|claim|consider|perceive)\b[^.!?;,]*|any\s+(?:[\w-]+\s+){1,2}?(?:that\s+)?(?:you|u)\s+(?:may|might|could)\s+(?:feel|have\s+felt|have\s+experienced|experience|have\s+had|perceive|have\s+perceived))`),
    unless: EN_BROAD_APOLOGY_UNLESS,
    rewrite: () => ['the trouble this caused'],
  },
];

export const conditionalApology: Rule = {
  id: 'conditional-apology',
  category: 'insincere-apology',
  guidance: 'sincere-apology',
  description: 'An apology for the customer\'s feelings or made conditional ("sorry if you feel")',
  en: {
    patterns: [
      // "If you're upset, I apologise": the apology depends on the customer's feelings.
      { re: /\bif\s+you(?:['’]re|\s+are|\s+were|\s+feel|['’]ve\s+been)\s+(?:at\s+all\s+)?(?:upset|unhappy|offended|annoyed|disappointed|frustrated|inconvenienced)\s*,?\s+(?:I|we)\s+(?:apologi[sz]e|am\s+sorry|['’]m\s+sorry|are\s+sorry|['’]re\s+sorry)\b/i, rewrite: () => ["I'm sorry for the trouble this has caused"] },
      {
        // "sorry if you feel (that) we let you down" → "sorry that we let you down"
        re: new RegExp(String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:(?:you|u)\s+(?:feel|felt|think|thought|got\s+the\s+impression)|it\s+(?:seemed|seems|felt|looked|sounded))(?:\s+(?:that|like)(?=\s+\p{L})|(?=\s+` + EN_FEEL_OBJECT + String.raw`\b)))`),
        rewrite: () => ['that'],
      },
      {
        // "sorry if you feel frustrated", "apologize if you were offended/upset"
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:(?:(?:you|u)\s+(?:feel|felt|were|are|have\s+been|got)(?:\s+(?:so|a\s+bit|at\s+all|in\s+any\s+way))?\s+(?:offended|upset|hurt|frustrated|annoyed|disappointed|mistreated|misunderstood|ignored|treated\s+unfairly|let\s+down|unheard|neglected|brushed\s+off|fobbed\s+off|dismissed|rushed|patroni[sz]ed|talked\s+down\s+to))|(?:this|that|it|we|I|my\s+[\w-]+|our\s+[\w-]+)\s+(?:has\s+|have\s+)?(?:upset|offended|hurt|annoyed|frustrated)\s+you))(?![\p{L}])/u,
        rewrite: () => ['for the trouble this has caused you', 'that we let you down'],
      },
      {
        // "I'm sorry you feel that way", "sorry that you see it like that"
        re: /\b(?:sorry|apologies|regret)\s+(?:that\s+)?(?:you|u)\s+(?:feel|felt|see\s+it|see\s+things|think|(?:perceive|perceived|view|viewed|experienced?)\s+(?:it|this|that|things|our\s+\w+|the\s+\w+))\s+(?:that\s+way|like\s+that|this\s+way|so|that(?=\s*[.!…]*\s*$))\b/,
        rewrite: () => ['sorry this has been so frustrating', 'sorry we let you down'],
      },
      {
        // "We're sorry if there was any confusion on your part", "apologies if this caused any confusion"
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:there\s+(?:was|were|has\s+been|have\s+been)|(?:this|that|it|(?:our|my|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:caused|has\s+caused|created|may\s+have\s+caused|might\s+have\s+caused))\s+(?:you\s+)?(?:any|some)\s+(?<noun>confusion|misunderstandings?|frustration|inconvenience|trouble|upset|distress)(?:\s+on\s+your\s+(?:part|side|end))?)(?![\p{L}])/u,
        rewrite: (ctx) => (/^(?:confusion|misunderstanding)/i.test(ctx.groups.noun ?? 'confusion') ? ['for the confusion', 'that we were not clear'] : ['for the trouble this caused you', 'that we let you down']),
      },
      {
        // "Sorry if my answer wasn't what you wanted to hear"
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:this|that|it|my\s+\w+|the\s+\w+|our\s+\w+)\s+(?:is|was|wasn['’]?t|isn['’]?t|is\s+not|was\s+not)\s+(?:not\s+)?(?:what\s+you\s+(?:wanted|hoped|expected|were\s+hoping)(?:\s+(?:to\s+hear|for))?|the\s+answer\s+you\s+(?:wanted|hoped\s+for|expected)))(?![\p{L}])/u,
        rewrite: () => ["that I don't have better news", "that this isn't the answer you hoped for"],
      },
      {
        // "Apologies if you misunderstood the offer": the misunderstanding handed to the customer.
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:you|u)\s+(?:misunderstood|misread|misinterpreted|were\s+confused|got\s+confused|didn['’]?t\s+understand)(?:\s+[\w'’-]+){0,4})/,
        rewrite: () => ["that we didn't explain this clearly", 'that our wording was unclear'],
      },
      {
        // "If we upset you, we apologise", "if you were offended, I'm sorry".
        re: /^(?<hit>if\s+(?:(?:we|I|this|that|it|my\s+[\w-]+|our\s+[\w-]+)\s+(?:have\s+|has\s+)?(?:upset|offended|hurt|annoyed|inconvenienced|disappointed|confused|frustrated)\s+you|you\s+(?:were|felt|have\s+been)\s+(?:upset|offended|hurt|annoyed|inconvenienced|disappointed|confused|frustrated))(?:\s+in\s+any\s+way)?\s*,\s*(?:then\s+)?(?:we|I)\s+(?:(?:sincerely|truly|do)\s+)?(?:apologi[sz]e|(?:are|am|['’]re|['’]m)\s+(?:very\s+|so\s+|truly\s+)?sorry))/,
        rewrite: () => ["I'm sorry we let you down", "I'm sorry for the trouble this caused you"],
      },
      {
        // "Sorry if any offence was taken", "apologies if you took offence".
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if\s+(?:any\s+)?offen[cs]e\s+(?:was|has\s+been)\s+(?:taken|caused)|if\s+(?:you|u)\s+took\s+(?:any\s+)?offen[cs]e(?:\s+at\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})?)/,
        rewrite: () => ['for how I came across', 'for my wording'],
      },
      {
        // "Sorry if that's frustrating, but …"
        re: /\b(?:sorry|apologi[sz]e|apologies)\s+(?<hit>if)\s+(?=(?:this|that|it)(?:['’]?s|\s+is|\s+was|\s+has\s+been)\s+(?:so\s+|a\s+bit\s+|very\s+)?(?:frustrating|annoying|upsetting|disappointing|inconvenient|confusing)\b)/,
        rewrite: () => ['that'],
      },
      ...EN_BROAD_APOLOGY,
    ],
    message: 'This apologises for the customer\'s feelings, not for the problem',
    explanation:
      '"Sorry if you feel …" sounds as if the problem were only in the customer\'s head. Apologise without conditions for what actually went wrong.',
    rewrite: () => ['that'],
  },
  de: {
    patterns: foldDe([
      {
        // "Es tut mir leid, falls Sie sich ungerecht behandelt fühlen" → "..., dass Sie ..."
        re: /(?<![\p{L}])(?:leid|Entschuldigung|entschuldigen\s+(?:Sie|Sie\s+bitte)|Verzeihung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|bedaure|bedauern)\s*,?\s+(?<hit>falls|wenn|sofern)\s+(?=(?:Sie|du)\s+(?:sich|dich)\s+(?:\p{L}+\s+){0,4}?(?:fühlen|fühlst|gefühlt|geärgert|angegriffen|gekränkt|beleidigt|verletzt)(?![\p{L}]))/u,
        rewrite: () => ['dass'],
      },
      {
        // "Entschuldigung, wenn Sie das so empfinden", "tut mir leid, dass Sie das so sehen"
        re: /(?<hit>(?:(?:es\s+)?tut\s+mir\s+leid|Entschuldigung|entschuldigen\s+Sie(?:\s+bitte)?|sorry)\s*,?\s+(?:falls|wenn|dass)\s+(?:Sie|du)\s+(?:das|es)\s+so\s+(?:empfinden|empfindest|sehen|siehst|wahrnehmen|wahrnimmst|verstanden\s+haben|verstanden\s+hast))(?![\p{L}])/u,
        rewrite: deSorry,
      },
      {
        // "Es tut mir leid, falls das bei Ihnen falsch angekommen ist / Sie gekränkt hat"
        re: /\b(?:leid|Entschuldigung|sorry)\s*,?\s+(?<hit>falls|wenn)\s+(?=(?:das|es|ich|wir)\s+(?:\p{L}+\s+){0,3}?(?:falsch\s+angekommen|gekränkt|verärgert|beleidigt|verletzt)(?![\p{L}]))/u,
        rewrite: () => ['dass'],
      },
      {
        // "Tut mir leid, falls das für Sie ärgerlich war", "Sorry, falls das frustrierend ist, aber …"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns)\s*,?\s+(?<hit>falls|wenn|sofern)\s+(?=(?:das|dies|es)\s+(?:f(?:ü|ue)r\s+(?:Sie|dich|euch)\s+)?(?:so\s+|etwas\s+|sehr\s+|ziemlich\s+)?(?:ärgerlich|frustrierend|unangenehm|enttäuschend|nervig|verwirrend|unverständlich)\s+(?:war|ist|gewesen\s+ist|sein\s+sollte)(?![\p{L}]))/u,
        rewrite: () => ['dass'],
      },
      {
        // "Es tut uns leid, wenn es auf Ihrer Seite zu Missverständnissen gekommen ist"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+es\s+(?:[^\s,.;:!?]+\s+){0,4}?zu\s+(?:Missverständnissen|einem\s+Missverständnis|Verwirrung|Unklarheiten)\s+(?:gekommen\s+(?:ist|sein\s+sollte)|kam))(?![\p{L}])/u,
        rewrite: () => ['dass wir uns unklar ausgedrückt haben', 'dass wir das nicht klar erklärt haben'],
      },
      {
        // "Sorry, wenn meine Antwort nicht das war, was du hören wolltest"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:das|dies|es|meine\s+Antwort|unsere\s+Antwort)\s+nicht\s+(?:ganz\s+)?(?:das\s+(?:war|ist)|die\s+Antwort\s+(?:war|ist))\s*,?\s+(?:was|die)\s+(?:Sie|du)\s+(?:sich\s+|dir\s+)?(?:hören|lesen|erwartet|erhofft|gewünscht)(?:\s+(?:wollten|wolltest|haben|hast|hatten|hattest))?)(?![\p{L}])/u,
        rewrite: (ctx) => [`dass ich keine besseren Nachrichten für ${ctx.register === 'informal' ? 'dich' : 'Sie'} habe`],
      },
      {
        // "Entschuldigung, falls Sie das Angebot falsch verstanden haben"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){0,3}?(?:falsch\s+verstanden|missverstanden|nicht\s+richtig\s+verstanden)\s+(?:haben|hast))(?![\p{L}])/u,
        rewrite: () => ['dass wir das nicht klar erklärt haben', 'dass wir uns unklar ausgedrückt haben'],
      },
      {
        // "Es tut mir leid, falls ich mich unklar ausgedrückt haben sollte", "Wir entschuldigen uns, sollten Sie sich ungerecht behandelt fühlen",
        // "Wir bedauern, falls unsere Antwort Sie verärgert hat"
        re: new RegExp(String.raw`(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|entschuldigen\s+Sie|bedauern|bedaure|bedauere)\s*,?\s+(?<hit>falls|wenn|sofern|sollten|solltest|sollte)\s+(?=(?:[^\s,.;:!?]+\s+){0,5}?` + DE_COND_PRED + String.raw`(?![\p{L}]))`, 'u'),
        // "Entschuldigung, falls meine Mail unklar war: Der Termin ist Freitag." corrects at once and stays clean.
        unless: /(?:unklar|missverständlich|ungenau|verwirrend)(?:\s+[^\s,.;:!?]+){0,3}\s*:\s*\S/u,
        rewrite: () => ['dass'],
      },
      {
        // Inverted: "Falls Sie sich durch meine Antwort angegriffen gefühlt haben, tut mir das leid", "Sollten Sie sich geärgert haben, bitten wir um Entschuldigung"
        re: new RegExp(String.raw`^(?<hit>falls|wenn|sofern)\s+(?=(?:[^\s,.;:!?]+\s+){0,6}?(?:` + DE_COND_PRED + String.raw`|angegriffen|beleidigt|gefühlt|benachteiligt|fühlen|fühlst)(?:\s+[^\s,.;:!?]+){0,3}\s*,\s*(?:sorry|Entschuldigung|pardon|(?:so\s+)?tut\s+(?:(?:mir|uns)\s+(?:das|es)|(?:das|es)\s+(?:mir|uns))\s+(?:sehr\s+|wirklich\s+)?leid|(?:so\s+)?(?:bitten|möchten)\s+wir\s+(?:Sie\s+|dich\s+)?(?:vielmals\s+)?(?:um\s+Entschuldigung|um\s+Verzeihung)|entschuldige\s+ich\s+mich|entschuldigen\s+wir\s+uns|bedauern\s+wir\s+das|bedaure\s+ich\s+das))`, 'iu'),
        rewrite: (ctx) => [/^[A-ZÄÖÜ]/.test(ctx.match) ? 'Dass' : 'dass'],
      },
      {
        // Inverted with "sollte": "Sollte der Kursleiter unfreundlich rübergekommen sein, tut uns das leid",
        // "Sollten Ihnen Unannehmlichkeiten entstanden sein, bitten wir dies zu entschuldigen".
        re: new RegExp(String.raw`^(?<hit>(?:sollte|sollten|solltest)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:` + DE_COND_PRED + String.raw`|angegriffen|beleidigt|gefühlt)(?:\s+[^\s,.;:!?]+){0,3}\s*,\s*(?:sorry|Entschuldigung|(?:so\s+)?tut\s+(?:(?:mir|uns)\s+(?:das|es)|(?:das|es)\s+(?:mir|uns))\s+(?:sehr\s+|wirklich\s+)?leid|(?:so\s+)?(?:bitten|möchten)\s+wir\s+(?:Sie\s+|dich\s+)?(?:vielmals\s+)?(?:um\s+Entschuldigung|um\s+Verzeihung|(?:dies|das)\s+(?:vielmals\s+)?zu\s+entschuldigen)|entschuldige\s+ich\s+mich|entschuldigen\s+wir\s+uns|bedauern\s+wir\s+das|bedaure\s+ich\s+das))(?![\p{L}])`, 'iu'),
        unless: /zu\s+(?:Missverständnissen|einem\s+Missverständnis|Verwirrung|Unklarheiten|Irritationen)\s+gekommen/iu,
        rewrite: (ctx) => {
          const we = /(?<![\p{L}])(?:uns|wir)(?![\p{L}])/iu.test(ctx.match) ? 'uns' : 'mir';
          return [`es tut ${we} leid, dass das passiert ist`, `es tut ${we} leid, was da schiefgelaufen ist`];
        },
      },
      {
        // How the customer took it: "Es tut mir leid, wenn Sie unseren Service so wahrgenommen haben", "sorry, falls du den Preis als unfair empfindest".
        re: /(?<![\p{L}])(?:leid|Entschuldigung|entschuldigen\s+Sie|sorry|Verzeihung|bedauern|bedaure|bedauere)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){1,4}?(?:so|als\s+(?:[^\s,.;:!?]+\s+){0,1}[^\s,.;:!?]+)\s+(?:empfunden|wahrgenommen|erlebt|aufgefasst|verstanden)\s+(?:haben|hast)|(?:falls|wenn|sofern)\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){1,4}?(?:so|als\s+(?:[^\s,.;:!?]+\s+){0,1}[^\s,.;:!?]+)\s+(?:empfinden|empfindest|wahrnehmen|wahrnimmst|erleben|erlebst|auffassen|auffasst))(?![\p{L}])/u,
        rewrite: () => ['dass wir das nicht besser gemacht haben'],
      },
      {
        // How it seemed to the customer: "Es tut mir leid, falls Ihnen der Ablauf kompliziert vorkam",
        // "Sorry, falls Sie den Ton unfreundlich fanden", "Entschuldigen Sie, falls Sie etwas anderes erwartet haben"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|entschuldigen\s+Sie|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|bedauern|bedaure|bedauere)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:(?:Ihnen|dir|euch)\s+(?:[^\s,.;:!?]+\s+){1,5}?(?:vorkam|vorkommt|vorgekommen\s+(?:ist|sein\s+sollte)|erschien|erscheint|erschienen\s+(?:ist|sein\s+sollte))|(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){0,4}?(?<!nicht\s)(?!(?:richtig|wirklich|endlich|fertig|pünktlich|rechtzeitig|sofort|gleich)(?![\p{L}]))(?:unangenehm|unh(?:ö|oe)flich|unfreundlich|verwirrend|kompliziert|unklar|unversch(?:ä|ae)mt|zu\s+\p{L}+|\p{L}+(?:lich|ig|end|bar|sam|haft))\s+(?:fanden|fandest|finden|findest|gefunden\s+(?:haben|hast))|(?:Sie|du)\s+(?:(?:sich|dir)\s+)?(?:etwas\s+anderes|was\s+anderes|anderes|etwas\s+mehr|mehr)\s+(?:erwartet|vorgestellt|erhofft)\s+(?:haben|hast|hatten|hattest)))(?![\p{L}])/u,
        rewrite: () => ['dass wir das nicht besser gemacht haben'],
      },
      {
        // "sorry, wenn das nicht klar genug war für dich", "Entschuldigung, falls meine Erklärung nicht verständlich war"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|entschuldigen\s+Sie)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:das|dies|es|meine\s+\p{L}+|mein\s+\p{L}+|unsere\s+\p{L}+|unser\s+\p{L}+)\s+(?:(?:f(?:ü|ue)r\s+(?:Sie|dich|euch)|so)\s+)?nicht\s+(?:ganz\s+|so\s+)?(?:klar|verständlich|deutlich|eindeutig|nachvollziehbar)(?:\s+genug)?\s+(?:war|ist|gewesen\s+ist|rüberkam)(?:\s+f(?:ü|ue)r\s+(?:Sie|dich|euch))?)(?![\p{L}])/u,
        // Corrected at once ("…, falls das nicht klar war: Der Termin ist Freitag.") stays clean.
        unless: /(?:klar|verständlich|deutlich|eindeutig)(?:\s+genug)?\s+(?:war|ist)\s*:\s*\S/u,
        rewrite: () => ['dass ich das nicht klarer erklärt habe'],
      },
      {
        // "Sorry, falls das nervt, aber …", "Entschuldigung, wenn Sie das ärgert"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldigen\s+Sie)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:(?:das|dies|es)\s+(?:(?:Sie|dich|euch)\s+)?|(?:Sie|dich|euch)\s+(?:das|dies|es)\s+)(?:(?:etwas|ein\s+bisschen|gerade|jetzt)\s+)?(?:nervt|ärgert|aergert|frustriert|aufregt|verärgert))(?![\p{L}])/u,
        rewrite: () => ['dass das so mühsam ist'],
      },
      {
        // "Sorry, falls das für dich blöd gelaufen ist", "Entschuldigung, falls es Missverständnisse gab",
        // "Wir entschuldigen uns, sollte der Eindruck entstanden sein, dass …"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|entschuldigen\s+Sie|bedauern|bedaure)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:das|es)\s+(?:f(?:ü|ue)r\s+(?:Sie|dich|euch)\s+)?(?:blöd|bloed|dumm|doof|unglücklich|ungünstig|schlecht|nicht\s+(?:gut|optimal|ideal|rund))\s+(?:gelaufen|rübergekommen)\s+(?:ist|sein\s+sollte)|(?:falls|wenn|sofern)\s+es\s+(?:(?:dabei|da|hier|bei\s+(?:Ihnen|dir))\s+)?(?:Missverständnisse|Unklarheiten|Verwirrung|Irritationen)\s+(?:gab|gegeben\s+hat|gegeben\s+haben\s+sollte)|(?:falls|wenn|sofern|sollte)\s+(?:bei\s+(?:Ihnen|dir)\s+)?(?:der|ein)\s+(?:falsche\s+|falscher\s+)?Eindruck\s+entstanden\s+(?:sein|ist))(?![\p{L}])/u,
        rewrite: () => ['dass wir das nicht besser gemacht haben'],
      },
      {
        // "Es tut mir leid, wenn das bei Ihnen so angekommen ist"
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|entschuldigen\s+Sie|bedauern|bedaure)\s*,?\s+(?<hit>(?:falls|wenn|sofern)\s+(?:das|dies|es)\s+(?:bei\s+(?:Ihnen|dir|euch)\s+)?so\s+(?:angekommen|rübergekommen|ruebergekommen|herübergekommen)\s+(?:ist|sein\s+sollte))(?![\p{L}])/u,
        rewrite: () => ['dass ich mich missverständlich ausgedrückt habe'],
      },
      // "Sollte es zu Verwirrung gekommen sein, bitten wir um Entschuldigung" → "Für die Verwirrung bitten wir um Entschuldigung".
      {
        re: /^(?<hit>(?:sollte|sollten|falls|wenn)\s+es\s+(?:(?:hier|dabei|da|dadurch|bei\s+(?:Ihnen|dir))\s+)?zu\s+(?<what>Missverständnissen|einem\s+Missverständnis|Verwirrung|Unklarheiten|Irritationen)\s+gekommen\s+(?:sein|ist)\s*,\s*)(?=(?:so\s+)?(?:bitten|möchten)\s+wir|(?:so\s+)?(?:entschuldigen\s+wir|entschuldige\s+ich))/u,
        rewrite: (ctx) => {
          const what = (ctx.groups.what ?? '').toLowerCase();
          const noun = what.startsWith('missverständnissen') ? 'die Missverständnisse' : what.includes('missverständnis') ? 'das Missverständnis' : what === 'verwirrung' ? 'die Verwirrung' : what === 'irritationen' ? 'die Irritationen' : 'die Unklarheiten';
          return [`für ${noun} `];
        },
      },
      {
        // "Entschuldigen Sie, falls meine Antwort zu knapp war", "sorry, wenn das etwas zu direkt klang".
        re: /(?<![\p{L}])(?:leid|Entschuldigung|entschuldigen\s+Sie|sorry|Verzeihung|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns)\s*,?\s+(?<hit>falls|wenn|sofern)\s+(?=(?:das|dies|es|meine\s+\p{L}+|mein\s+\p{L}+|unsere\s+\p{L}+|unser\s+\p{L}+|ich)\s+(?:(?:etwas|ein\s+bisschen|vielleicht|wohl)\s+)?zu\s+(?:knapp|kurz|direkt|hart|streng|forsch|schroff|harsch|technisch|kompliziert|unfreundlich|kurz\s+angebunden)\s+(?:war|ist|gewesen\s+ist|rüberkam|klang|wirkte|gewesen\s+bin|war)(?![\p{L}]))/u,
        rewrite: () => ['dass'],
      },
      // Broad, inverted: "Leid tut es mir, wenn du dich geärgert hast", "Leid tut uns das, falls Sie sich ungerecht behandelt fühlen".
      {
        re: new RegExp(String.raw`^leid\s+tut\s+(?:es|das)\s+(?:mir|uns)(?:\s+(?:sehr|wirklich|echt|schon|ja))?\s*,?\s+(?<hit>falls|wenn|sofern)\s+(?=(?:[^\s,.;:!?]+\s+){0,5}?(?:` + DE_COND_PRED + String.raw`|angegriffen|beleidigt|gefühlt|benachteiligt|fühlen|fühlst|ungerecht))`, 'u'),
        rewrite: () => ['dass'],
      },
      // Broad (round 4): ANY apology made conditional ("leid, wenn …", "sorry falls …", "bedauern, sofern …"): in all dev sets every
      // such line was insincere. A benign condition ("wenn Sie möchten", "falls Sie noch Fragen haben") is not an apology's condition.
      {
        re: /(?<![\p{L}])(?:leid|Entschuldigung|entschuldigen\s+Sie(?:\s+bitte)?|Verzeihung|sorry|entschuldige\s+mich|entschuldige(?:\s+bitte)?|entschuldigen\s+(?:wir\s+)?uns|bedaure|bedauere|bedauern(?:\s+es)?)\s*,?\s+(?<hit>falls|wenn|sofern)\s+(?!(?:Sie|du|ihr)\s+(?:noch\s+|weitere\s+|gern\s+|gerne\s+)?(?:möchten|möchtest|wollen|willst|magst|mögen|Fragen|Lust|Zeit|mögt)(?![\p{L}])|ich\s+(?:kurz\s+|mal\s+)?(?:störe|stören|unterbreche)(?![\p{L}]))/u,
        // A possible, factual mishap we explain ourselves ("falls Sie diese Mail doppelt bekommen, unser System …") is no hedge.
        // Nor is one followed by the fix ("…: Der richtige Termin ist Freitag", "hier ist sie noch einmal", "ich prüfe es gleich").
        unless: /(?<![\p{L}])(?:doppelt|mehrfach|zweimal|erhalten|bekommen|finden|findest|kommt|kommen|ankommt|ankommen|warten|stört|stören|unser\s+System|unser\s+Fehler|mein\s+Fehler|hier\s+(?:ist|sind)|anbei|ich\s+(?:prüfe|schicke|kläre|habe|hab|kümmere))(?![\p{L}])|:\s*\S/u,
        rewrite: () => ['dass'],
      },
      // Broad (round 4), condition first: "Falls unser Fahrer unfreundlich war, möchte ich mich dafür entschuldigen".
      {
        re: /^(?<hit>falls|wenn|sofern)\s+(?=[^.!?\n]{3,100}?,\s*(?:(?:so|dann)\s+)?(?:(?:bitte\s+ich|bitten\s+wir)\s+(?:(?:Sie|dich|euch)\s+)?(?:(?:vielmals|aufrichtig|herzlich|sehr)\s+)?(?:um\s+Entschuldigung|um\s+Verzeihung)|(?:möchte\s+ich\s+mich|möchten\s+wir\s+uns)\s+(?:(?:dafür|vielmals|aufrichtig|in\s+aller\s+Form)\s+){0,2}entschuldigen|entschuldige\s+ich\s+mich|entschuldigen\s+wir\s+uns|tut\s+(?:es|das)\s+(?:mir|uns)\s+leid|tut\s+(?:mir|uns)\s+(?:das|es)\s+leid|sorry|Entschuldigung|bedauern\s+wir\s+das|bedaure\s+ich\s+das)(?![\p{L}]))/u,
        rewrite: (ctx) => [/^[A-ZÄÖÜ]/.test(ctx.match) ? 'Dass' : 'dass'],
      },
      {
        re: /^(?<hit>(?:sollte|sollten|solltest)\s+[^.!?\n]{3,100}?\s+(?:sein|haben|gewesen\s+sein|worden\s+sein)\s*,\s*(?:(?:so|dann)\s+)?(?:(?:bitte\s+ich|bitten\s+wir)\s+(?:(?:Sie|dich|euch)\s+)?(?:(?:vielmals|aufrichtig|herzlich|sehr)\s+)?(?:um\s+Entschuldigung|um\s+Verzeihung|(?:dies|das)\s+(?:vielmals\s+)?zu\s+entschuldigen)|(?:möchte\s+ich\s+mich|möchten\s+wir\s+uns)\s+(?:(?:dafür|vielmals|aufrichtig|in\s+aller\s+Form)\s+){0,2}entschuldigen|entschuldige\s+ich\s+mich|entschuldigen\s+wir\s+uns|tut\s+(?:es|das)\s+(?:mir|uns)\s+leid|tut\s+(?:mir|uns)\s+(?:das|es)\s+leid|bedauern\s+wir\s+(?:das|dies)))(?![\p{L}])/u,
        rewrite: () => ['es tut uns leid, dass das nicht so gelaufen ist, wie es sollte'],
      },
      // Broad (round 4): sorry for the customer's own emotion: "Es tut mir leid, dass Sie sich über die Mahnung so aufgeregt haben".
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+)?leid|Entschuldigung|sorry|(?:ich\s+|wir\s+)?(?:bedaure|bedauere|bedauern)(?:\s+es)?)\s*,?\s+dass\s+(?:Sie\s+sich|du\s+dich|ihr\s+euch)\s+(?:[^\s.!?,;]+\s+){0,5}?(?:so\s+|derart\s+|dermaßen\s+|sehr\s+)?(?:aufgeregt|geärgert|echauffiert|empört|gestresst|provoziert|angegriffen|beleidigt|gekränkt|aufgeregt|erzürnt)\s+(?:haben|hast|habt|hatten|hattest|fühlen|fühlst))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:(?:unser|unsere|unseren|unserem|mein|meinen|meinem)\s+(?:Fehler|Versehen|Panne|Schuld|Irrtum)|wegen\s+uns|über\s+(?:uns|mich)|ärgern\s+mussten|ärgern\s+musstest|ich\s+habe|wir\s+haben)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'es tut mir leid, dass das so ärgerlich für dich war' : 'es tut mir leid, dass das so ärgerlich für Sie war'],
      },
      // Broad (round 4), chat: "sorry wenns dich stört", "tut mir leid, falls's nervt".
      {
        re: /(?<![\p{L}])(?:leid|Entschuldigung|sorry|sry|Verzeihung)\s*,?\s+(?<hit>(?:wenn|falls)['’]?s)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:doppelt|mehrfach|hier\s+(?:ist|sind)|anbei|ich\s+(?:prüfe|schicke|kläre|habe|hab|kümmere))(?![\p{L}])|:\s*\S/u,
        rewrite: () => ['dass es'],
      },
    ]),
    message: 'Das entschuldigt das Gefühl des Kunden, nicht das Problem',
    explanation:
      '„Falls Sie sich … fühlen“ klingt, als läge das Problem nur in der Wahrnehmung des Kunden. Entschuldigen Sie sich ohne Bedingung für das, was tatsächlich schiefgelaufen ist.',
    rewrite: () => ['dass'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "If the courier misses the slot again, I'm sorry in advance, and I'll rebook it myself.",
      "If this has caused you any frustration, I apologise, and I've added a credit to your account.",
      "I'm sorry the nurse was short with you, I've passed this to the ward manager.",
      "Sorry, I meant Tuesday, not Thursday.",
      "Sorry if this is a repeat question, but which room was it?",
      "I'm sorry, but I have good news: the part arrived.",
      "Sorry for the delay, but your refund has been processed.",
      "I'm sorry to hear you're upset about the delay, I've moved your slot forward.",
      "I'm really sorry you're upset, this shouldn't have happened.",
      "Sorry, but could you send me the booking reference?",
      "If you're upset about the delay, I understand, and I've booked the earliest slot.",
      'Sorry if it seemed slow earlier, our site was down and it is back now.',
      "I'm sorry that your parcel arrived damaged.",
      "I'm sorry we let you down with this order.",
      "Sorry if I missed anything, just let me know and I'll add it.",
      "Sorry for the confusion in my last email, the correct date is Friday.",
      "Sorry if my last email was unclear: the correct date is Friday.",
      'We apologize for the delayed response.',
      'If you feel the fee was charged in error, reply here and I will refund it.',
      "If we upset you, we're really sorry, and I've refunded the order as an apology.",
      "Apologies if my reply was a bit short earlier, here's the full answer.",
      "I'm sorry the delay caused you so much trouble, I've refunded the delivery fee.",
      "Sorry, I think that was our mistake, I've fixed it.",
      'Apologies, you were right and we got it wrong.',
    ],
    invalid: [
      { text: "[[Should the new layout have confused you, our apologies]].", rewrite: "I'm sorry for the trouble this caused you." },
      { text: "[[If you found my tone a bit curt, sorry about that]].", rewrite: "I'm sorry for the trouble this caused you." },
      { text: "Apologies for [[any offence taken]].", rewrite: "Apologies for the trouble this caused." },
      { text: "We apologise for [[any distress you believe was caused]].", rewrite: "We apologise for the trouble this caused." },
      { text: "We apologise [[should you have experienced any difficulties with the portal]].", rewrite: "We apologise that you have experienced any difficulties with the portal." },
      { text: "I'm sorry [[you didn't like the way the driver spoke to you]].", rewrite: "I'm sorry that this let you down." },
      { text: "Sorry for [[any perceived delay]] with your permit.", rewrite: "Sorry for the trouble this caused with your permit." },
      { text: "I'm sorry [[if the rental desk staff came across as rude]].", rewrite: "I'm sorry that the rental desk staff came across as rude." },
      { text: "We regret [[if our service did not meet your expectations]].", rewrite: "We regret that our service did not meet your expectations." },
      { text: "Apologies [[that you were upset by the email]].", rewrite: "Apologies that we let you down." },
      { text: "Sorry, [[but]] the maintenance window was announced a month ago.", rewrite: "Sorry, and let me explain what happened: the maintenance window was announced a month ago." },
      { text: "[[If you're upset, I apologise]].", rewrite: "I'm sorry for the trouble this has caused." },
      { text: "Sorry [[if it felt like]] nobody cared.", rewrite: "Sorry that nobody cared." },
      { text: "[[Apologies that you see it that way]].", rewrite: "Sorry this has been so frustrating." },
      { text: "We're sorry [[if the delay has caused any inconvenience]].", rewrite: "We're sorry for the trouble this caused you." },
      { text: "Apologies [[if our previous reply caused any confusion]].", rewrite: "Apologies for the confusion." },
      { text: "[[If we offended you, we apologise]].", rewrite: "I'm sorry we let you down." },
      { text: "Sorry [[if any offence was taken]].", rewrite: "Sorry for how I came across." },
      { text: "We're [[sorry you perceive our service that way]].", rewrite: "We're sorry this has been so frustrating." },
      { text: "I'm sorry [[if you feel that]] we let you down.", rewrite: "I'm sorry that we let you down." },
      { text: 'We apologize [[if you were offended]].', rewrite: 'We apologize for the trouble this has caused you.' },
      { text: "I'm [[sorry you feel that way]], but the fee stands.", rewrite: "I'm sorry this has been so frustrating, but the fee stands." },
      { text: 'Sorry [[if you felt ignored]].', rewrite: 'Sorry for the trouble this has caused you.' },
      { text: 'Our apologies [[if you felt brushed off]].', rewrite: 'Our apologies for the trouble this has caused you.' },
      { text: 'well we are [[sorry you think that]].', rewrite: 'well we are sorry this has been so frustrating.' },
      { text: 'im sorry [[if you feel like]] nobody listened', rewrite: 'im sorry that nobody listened' },
      { text: 'Sorry [[if there has been some misunderstanding on your side]].', rewrite: 'Sorry for the confusion.' },
      { text: "Apologies [[if the refund isn't what you were hoping for]].", rewrite: "Apologies that I don't have better news." },
      { text: 'We apologise [[if you misread our delivery terms]].', rewrite: "We apologise that we didn't explain this clearly." },
      { text: "Sorry [[if]] this is annoying, but the fee stays.", rewrite: 'Sorry that this is annoying, but the fee stays.' },
    ],
  },
  de: {
    valid: [
      'Entschuldigung, falls Sie diese Mail doppelt bekommen, unser System hat sie zweimal verschickt.',
      'Sorry, wenn ich kurz störe: Ihr Paket ist da.',
      'Es tut mir leid, dass Sie sich über unseren Fehler ärgern mussten, ich habe die Gebühr erstattet.',
      'Falls Sie noch Fragen haben, melden Sie sich gern.',
      'Leid tut es mir, dass du dich geärgert hast.',
      'Entschuldige bitte, dass ich mich erst jetzt melde.',
      'Sollte es zu Verzögerungen kommen, melde ich mich sofort bei Ihnen.',
      "Wenn du dich über den Techniker geärgert hast, sag mir bitte, wann er da war.",
      "Sollten Sie sich ungerecht behandelt fühlen, können Sie sich an unsere Schlichtungsstelle wenden.",
      "Es tut mir leid, falls das Paket heute nicht mehr kommt; ich prüfe es gleich beim Paketdienst.",
      'Es tut mir leid, dass Ihre Bestellung zu spät kam.',
      'Entschuldigen Sie bitte die lange Wartezeit.',
      'Es tut mir leid, wenn Sie so lange warten mussten.',
      'Falls Sie sich über unsere Gebühren informieren möchten, finden Sie alles im Kundenkonto.',
      'Es tut mir leid, dass du so viel Ärger damit hattest.',
      'Entschuldigung, falls meine letzte Mail unklar war: Der richtige Termin ist Freitag.',
      'Es tut mir leid, dass das so ärgerlich für Sie war.',
      'Entschuldigen Sie, falls Sie diese Mail doppelt bekommen, unser System hat sie zweimal verschickt.',
      'Entschuldigung, falls Sie die Mail nicht finden: Hier ist der Link.',
      'Sorry, falls das nicht klar war: Die Lieferung kommt am Freitag.',
      'Sorry, falls ich störe, ich habe noch eine Frage zu deiner Adresse.',
      'Es tut mir leid, falls Sie etwas doppelt bezahlt haben, ich prüfe das sofort.',
      'Sorry, falls das doppelt ankommt, unser System hatte gestern Aussetzer.',
      'Falls es Missverständnisse gab, kläre ich sie gern am Telefon.',
      'Entschuldigung, falls Sie die Rechnung im Postfach nicht richtig finden, hier ist sie noch einmal.',
      'Entschuldigung, wenn es stört, aber ich brauche noch Ihre Unterschrift.',
      'Wenn das bei Ihnen so angekommen ist, dass Sie zahlen müssen: Nein, die Reparatur ist kostenlos.',
      // Conditions that are not apologies, and owning apologies.
      'Sollte die Lieferung morgen nicht ankommen, melden Sie sich bitte, dann schicke ich sofort Ersatz.',
      'Es tut mir leid, dass wir Ihre Erwartungen nicht erfüllt haben, das war unser Fehler.',
      'Wenn Sie das Gerät als defekt einschicken, erstatten wir den vollen Preis.',
      'Falls die Antwort zu knapp war, frag gern nach, ich erkläre es ausführlicher.',
    ],
    invalid: [
      { text: 'sorry [[wenns]] dich stört', rewrite: 'sorry dass es dich stört' },
      { text: 'Tut mir leid, [[wenn]] das Formular für Sie zu umständlich war.', rewrite: 'Tut mir leid, dass das Formular für Sie zu umständlich war.' },
      { text: '[[Falls]] unser Fahrer unfreundlich war, möchte ich mich dafür entschuldigen.', rewrite: 'Dass unser Fahrer unfreundlich war, möchte ich mich dafür entschuldigen.' },
      { text: '[[Sollte die Wartezeit für Sie zu lang gewesen sein, bitten wir um Entschuldigung]].', rewrite: 'Es tut uns leid, dass das nicht so gelaufen ist, wie es sollte.' },
      { text: '[[Es tut mir leid, dass du dich über die Gebühr so aufgeregt hast]].', rewrite: 'Es tut mir leid, dass das so ärgerlich für dich war.' },
      { text: 'Leid tut es mir, [[wenn]] du dich geärgert hast.', rewrite: 'Leid tut es mir, dass du dich geärgert hast.' },
      { text: 'Entschuldige bitte, [[wenn]] du dich über die Wartezeit geärgert hast.', rewrite: 'Entschuldige bitte, dass du dich über die Wartezeit geärgert hast.' },
      { text: '[[Sollte es hier zu Missverständnissen gekommen sein, ]]entschuldigen wir uns.', rewrite: 'Für die Missverständnisse entschuldigen wir uns.' },
      { text: "Es tut mir leid, [[falls]] ich mich unklar ausgedrückt habe.", rewrite: "Es tut mir leid, dass ich mich unklar ausgedrückt habe." },
      { text: "Wir entschuldigen uns, [[sollten]] Sie sich ungerecht behandelt fühlen.", rewrite: "Wir entschuldigen uns, dass Sie sich ungerecht behandelt fühlen." },
      { text: "[[Falls]] Sie sich durch meine Antwort angegriffen gefühlt haben, tut mir das leid.", rewrite: "Dass Sie sich durch meine Antwort angegriffen gefühlt haben, tut mir das leid." },
      { text: 'Es tut mir leid, [[falls]] Sie sich ungerecht behandelt fühlen.', rewrite: 'Es tut mir leid, dass Sie sich ungerecht behandelt fühlen.' },
      { text: '[[Entschuldigung, wenn Sie das so empfinden]].', rewrite: 'Es tut mir leid, dass das so ärgerlich für Sie war.' },
      { text: '[[Es tut mir leid, dass Sie das so sehen]], aber die Gebühr bleibt.', rewrite: 'Es tut mir leid, dass das so ärgerlich für Sie war, aber die Gebühr bleibt.' },
      { text: 'Sorry, [[wenn]] du dich über uns geärgert hast.', rewrite: 'Sorry, dass du dich über uns geärgert hast.' },
      { text: 'Es tut mir leid, [[falls]] das bei Ihnen falsch angekommen ist.', rewrite: 'Es tut mir leid, dass das bei Ihnen falsch angekommen ist.' },
      { text: 'Wir entschuldigen uns, [[falls]] das für Sie verwirrend war.', rewrite: 'Wir entschuldigen uns, dass das für Sie verwirrend war.' },
      { text: 'Sorry, [[wenn es da zu einem Missverständnis gekommen ist]].', rewrite: 'Sorry, dass wir uns unklar ausgedrückt haben.' },
      { text: 'Tut mir leid, [[falls das nicht die Antwort ist, die Sie sich erhofft haben]].', rewrite: 'Tut mir leid, dass ich keine besseren Nachrichten für Sie habe.' },
      { text: 'Entschuldigung, [[wenn du die Bedingungen missverstanden hast]].', rewrite: 'Entschuldigung, dass wir das nicht klar erklärt haben.' },
      { text: 'Tut mir leid, [[falls dir die Preiserhöhung zu hoch vorkam]].', rewrite: 'Tut mir leid, dass wir das nicht besser gemacht haben.' },
      { text: 'Entschuldigung, [[wenn Sie die Antwort zu knapp fanden]].', rewrite: 'Entschuldigung, dass wir das nicht besser gemacht haben.' },
      { text: 'Wir bedauern, [[falls Sie sich mehr erhofft haben]].', rewrite: 'Wir bedauern, dass wir das nicht besser gemacht haben.' },
      { text: 'Sorry, [[falls meine Erklärung nicht verständlich genug war]].', rewrite: 'Sorry, dass ich das nicht klarer erklärt habe.' },
      { text: 'Entschuldigung, [[falls Sie das ärgert]], aber die Frist ist vorbei.', rewrite: 'Entschuldigung, dass das so mühsam ist, aber die Frist ist vorbei.' },
      { text: 'Sorry, [[falls das für dich blöd gelaufen ist]].', rewrite: 'Sorry, dass wir das nicht besser gemacht haben.' },
      { text: 'Entschuldigung, [[falls es da Missverständnisse gab]].', rewrite: 'Entschuldigung, dass wir das nicht besser gemacht haben.' },
      { text: 'Wir entschuldigen uns, [[sollte der Eindruck entstanden sein]], dass wir nicht helfen wollen.', rewrite: 'Wir entschuldigen uns, dass wir das nicht besser gemacht haben, dass wir nicht helfen wollen.' },
      { text: 'Es tut mir leid, [[wenn das bei Ihnen so angekommen ist]].', rewrite: 'Es tut mir leid, dass ich mich missverständlich ausgedrückt habe.' },
      // "Sollte …, tut uns das leid", and how the customer took it.
      { text: '[[Sollte unser Fahrer patzig rübergekommen sein, tut uns das leid]].', rewrite: 'Es tut uns leid, dass das passiert ist.' },
      { text: '[[Sollten Ihnen Nachteile entstanden sein, bitten wir dies zu entschuldigen]].', rewrite: 'Es tut uns leid, dass das passiert ist.' },
      { text: 'Tut mir leid, [[wenn du unsere Beratung so erlebt hast]].', rewrite: 'Tut mir leid, dass wir das nicht besser gemacht haben.' },
      { text: 'Sorry, [[wenn]] das etwas zu direkt klang.', rewrite: 'Sorry, dass das etwas zu direkt klang.' },
      { text: '[[Falls]] du dich benachteiligt fühlst, tut mir das leid.', rewrite: 'Dass du dich benachteiligt fühlst, tut mir das leid.' },
    ],
  },
};
