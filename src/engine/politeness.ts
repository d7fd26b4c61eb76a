// Impoliteness of a request (measured on the Stanford Politeness Corpus, scripts/eval/customer.ts).
//
// A transparent linear score over the politeness strategies described by Danescu-Niculescu-Mizil,
// Sudhof, Jurafsky, Leskovec and Potts, "A computational approach to politeness with application to
// social factors" (ACL 2013), Table 3, plus a positive / negative word list derived from the VADER
// lexicon (Hutto & Gilbert 2014, MIT; see sentiment-lexicon.ts) and a few strategies seen on the
// TUNING half of the corpus (scripts/eval/politeness-split.ts): the cues after the paper's list
// (yes/no questions, "why", "homework", talk about "your question", pointed words, quoting back ...)
// were found by reading tuning-half requests only. Each strategy is a named pattern below; how much
// it counts is in politeness-weights.ts, fitted by logistic regression on the tuning half
// (scripts/eval/fit-politeness.ts); the reporting half is only ever scored. English is what the
// corpus measures; German equivalents are kept where a strategy has one, so that a German customer
// message is read by the same strategies.
import { hostilityScore } from './customer';
import { POLITENESS_WEIGHTS } from './politeness-weights';
import { NEGATIVE_WORDS, POSITIVE_WORDS } from './sentiment-lexicon';

export { POLITENESS_WEIGHTS };

interface Feature {
  /** Strategy name, as in the paper where there is one; the key of its weight. */
  name: string;
  re: RegExp;
  /**
   * 'once': present anywhere in the text; 'start': begins some sentence; 'first': matches the
   * first sentence; 'count': every occurrence adds up, at most three times.
   */
  scope: 'once' | 'start' | 'first' | 'count';
}

/** The strategies. Their sign and size are in POLITENESS_WEIGHTS (positive = less polite). */
export const POLITENESS_FEATURES: Feature[] = [
  // ---- polite strategies (negative weight)
  // Gratitude: "I really appreciate that you've done them."
  { name: 'gratitude', scope: 'once', re: /\b(?:thanks|thank you|thank u|thx|many thanks|cheers|appreciate[ds]?|grateful|danke|vielen dank|dankeschön)\b/i },
  // Deference: praise of the addressee's work before the request. "Nice work so far on your rewrite."
  { name: 'deference', scope: 'start', re: /^\s*(?:great|good|nice|excellent|awesome|interesting|cool|wow|impressive|well done|good (?:job|work|point|question|idea)|great (?:job|work|point|question|idea|answer))\b/i },
  // Greeting: "Hey, I just tried to ..."
  { name: 'greeting', scope: 'start', re: /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|moin|servus)\b/i },
  // Apologizing: "Sorry to bother you ..."
  { name: 'apologizing', scope: 'once', re: /\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon|my bad|my mistake|i was wrong|entschuldig\w*|verzeihung|sorry)\b/i },
  // Please in the middle of a request softens it ("Could you please ..."); at the very start it is
  // a bare directive ("Please fix the tags") and the paper finds it slightly impolite.
  { name: 'please', scope: 'once', re: /(?:[\p{L},]\s*)\b(?:please|pls|plz)\b|(?<![\p{L}])(?:bitte)(?![\p{L}])/iu },
  { name: 'please start', scope: 'start', re: /^\s*(?:please|pls|plz)\b/i },
  // Counterfactual modal: "Could you / would you ..."; the most polite form of request.
  { name: 'counterfactual modal', scope: 'once', re: /\b(?:could|would) (?:you|u|someone|somebody|anyone|we)\b|(?<![\p{L}])(?:würden|könnten|würdest|könntest|wären|hätten) (?:sie|du)(?![\p{L}])/iu },
  // Indicative modal: "Can you / will you ..."; polite, less so.
  { name: 'indicative modal', scope: 'once', re: /\b(?:can|will) (?:you|u|someone|somebody|anyone|we)\b|(?<![\p{L}])(?:können|kannst|werden) (?:sie|du)(?![\p{L}])/iu },
  // Subjunctive and indirect requests: "I was wondering if ...", "would it be possible ...".
  { name: 'indirect request', scope: 'once', re: /\b(?:i was wondering|i'm wondering|i am wondering|wondering (?:if|whether)|i wonder (?:if|whether)|would it be possible|is it possible|would you mind|do you mind|if you (?:don't|do not) mind|if possible|if you (?:can|could|have (?:a moment|time|the time))|when you (?:get|have) (?:a |the )?(?:chance|moment|time)|any chance|would (?:be|appreciate)|would love|i'd (?:like|love|appreciate|be grateful)|i would (?:like|love|appreciate|be grateful))\b/i },
  // Indirect (btw): "By the way, where did you find ...?"
  { name: 'by the way', scope: 'once', re: /\b(?:by the way|btw|incidentally)\b/i },
  // Hedges: "I suggest we start with ...", "maybe", "I think"; a claim offered, not imposed.
  { name: 'hedges', scope: 'once', re: /\b(?:i think|i believe|i guess|i suppose|i suspect|i assume|i feel|i suggest|suggest(?:ion|ed)?|it seems|seems|seem|appears? to|perhaps|maybe|possibly|probably|presumably|might|somewhat|a bit|a little|kind of|sort of|not sure|unsure|i'm not sure|if i understand|as far as i (?:know|can tell)|in my (?:opinion|experience)|ich glaube|ich denke|vielleicht|eventuell|möglicherweise|scheint)\b/iu },
  // 1st person start: "I have just put the article ..."; the speaker explains before asking.
  // 1st person plural: "Could we find a less complex name ...?"; shared effort.
  { name: '1st person plural', scope: 'once', re: /\b(?:we|our|us|let's|let us)\b/i },
  // 1st person: "It is my view that ..."
  { name: '1st person', scope: 'once', re: /\b(?:i|i'm|i've|i'd|my|me|mine|myself)\b/i },
  // Asking for help or input rather than demanding a result.
  { name: 'asking for input', scope: 'once', re: /\b(?:help|any (?:ideas|suggestions|thoughts|advice|hints?|pointers|tips)|ideas?|advice|thoughts|feedback|recommend\w*|let me know)\b/i },
  // Friendly emoticons.
  // Yes/no questions about the addressee's situation ("Are you using ...?", "Is there a ...?")
  // ask for facts without presuming the answer; "Do you really ...?" is a challenge, below.
  { name: 'yes-no question', scope: 'start', re: /^\s*(?:are|is|does|do|did|have|has|was|were) (?:you|there|it|the|this|that|your)\b(?! (?:really|even|actually|seriously|honestly))(?!n't)/i },
  { name: 'is there', scope: 'once', re: /\b(?:is there|are there|is it possible)\b/i },
  // Offering an example or trying to follow the addressee's work: "for example", "have you tried", "are you looking for".
  { name: 'for example', scope: 'once', re: /\b(?:for example|for instance|e\.g\.|such as)\b/i },
  { name: 'following up', scope: 'once', re: /\b(?:looking for|are you (?:trying|using|looking)|have you tried|did you try|what happens)\b/i },
  // Working through the situation together: "when you run it ...", "if I ...", "do you have any ...", "ok".
  { name: 'situation', scope: 'once', re: /\b(?:when you|when i|if i)\b/i },
  { name: 'have any', scope: 'once', re: /\b(?:have any|do you have|got any)\b/i },
  { name: 'ok', scope: 'once', re: /\b(?:ok|okay)\b/i },
  // Agreement and approval of the addressee's work: "that's fine", "looks good", "I agree", "it works".
  { name: 'agreement', scope: 'once', re: /\b(?:fine|agree[ds]?|correct|works|working|looks? (?:good|fine|right|great)|makes sense|sounds? (?:good|great|right|reasonable)|good|great|nice|better|approach|thought)\b/i },
  { name: 'smiley', scope: 'once', re: /(?::|;|=)-?[)D\]]|\(:|\^\^|[😀😃😄😊🙂😉👍🙏]/u },

  // ---- impolite strategies (positive weight)
  // A request that opens with "Why ...?" demands a justification before anything else.
  { name: 'why first', scope: 'first', re: /^\s*(?:why|how come)\b/i },
  // Accusing the writer of not doing their own work: "Is this homework?"
  { name: 'homework', scope: 'once', re: /\bhomework\b/i },
  // Criticising the post rather than answering it: "your question", "too many questions".
  { name: 'about the question', scope: 'once', re: /\b(?:your|the|this|a) question\b|\bquestions\b/i },
  // Asking what the writer means or wants, or what the point is: "What exactly do you want?"
  { name: 'you mean', scope: 'once', re: /\b(?:you mean|what exactly|what's the point|what is the point|purpose)\b/i },
  // Pointed adverbs and pronouns: "already", "instead", "nothing", "do it yourself", "even".
  { name: 'pointed words', scope: 'count', re: /\b(?:already|instead|nothing|yourself|even)\b/gi },
  // Negative questions aimed at the addressee and "really/just": "Don't you ...?", "not just", "you really".
  { name: "don't you", scope: 'once', re: /\b(?:don't|didn't|doesn't|can't|won't|aren't|isn't) you\b|\bnot just\b|\byou really\b/i },
  // Emphasis with asterisks (*is*) and the addressee's words quoted back ("hangs"?): insisting, needling.
  { name: 'emphasis', scope: 'once', re: /(?:^|\s)\*{1,2}[^*\s][^*]{0,60}\*{1,2}(?=[\s.,;:!?)]|$)/ },
  { name: 'quoting back', scope: 'once', re: /"[^"\n]{1,60}"|(?:^|\s)'[^'\n]{2,40}'(?=[\s.,;:!?)]|$)/ },
  // Arguing about what was said and what the point is: "you said", "I'm saying", "what's the point".
  { name: 'point', scope: 'once', re: /\b(?:the point|no point|pointless|my point|your point|point is)\b/i },
  { name: 'saying', scope: 'once', re: /\b(?:saying|said)\b/i },
  // Bare directives to hand something over: "tell us", "show me".
  { name: 'tell us', scope: 'once', re: /\b(?:tell|show|give) (?:us|me)\b/i },
  // Direct question: "What is your native language?" A bare wh-question at a sentence start.
  { name: 'direct question', scope: 'start', re: /^\s*(?:what|why|who|how)\b(?![^?]*\b(?:could|would|can) (?:i|we)\b)|^\s*(?:was (?:ist|sind|soll|sollen|meinen|meinst|wollen|willst|machen|machst|haben|hast|heißt|genau)|warum|wieso|weshalb|wer|wie)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:könnte|würde|kann) (?:ich|wir)(?![\p{L}]))/iu },
  // Asking for a specific fact rather than for a justification: "Which version ...?", "Where do you ...?", "What OS ...?"
  { name: 'factual question', scope: 'start', re: /^\s*(?:which|where|when|what (?:version|kind|sort|type|os|operating system|language|browser|compiler|error|output|framework|database|platform|distribution|hardware))\b|^\s*(?:welche[rsnm]?|wo|wann|welche version)(?![\p{L}])/iu },
  // Offering alternatives: "Do you mean A or B?"; the writer has tried to understand.
  { name: 'alternative question', scope: 'once', re: /\bor\b[^.?!\n]{0,80}\?|(?<![\p{L}])oder(?![\p{L}])[^.?!\n]{0,80}\?/iu },
  // "Why ..." anywhere asks for a justification: the most face-threatening question.
  { name: 'why', scope: 'count', re: /\bwhy\b|(?<![\p{L}])(?:warum|wieso|weshalb)(?![\p{L}])/giu },
  // Direct start: "So can you retrieve it or not?"
  { name: 'direct start', scope: 'start', re: /^\s*(?:so|then|and|but|or|well|now|ok so|also)\b[, ]/i },
  // 2nd person start: "You've reverted yourself ..."; the sentence is about what the addressee did.
  { name: '2nd person start', scope: 'start', re: /^\s*(?:(?:you|your|you're|you've|you'd|you'll|u|ur|yours)\b|(?:du|dein|deine|ihr|euer|eure|sie haben|sie sind|sie hätten|sie müssen|sie sollten|sie wollen)(?![\p{L}]))/iu },
  // Curt fragment: a question of one to three words with no request around it ("For what?",
  // "What error?", "Really?"); the bald, on-record end of Brown and Levinson's scale.
  { name: 'curt fragment', scope: 'start', re: /^\s*(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+\s*\?+\s*$/u },
  // Factuality: "In fact you did link ..."; insisting on how things are.
  { name: 'factuality', scope: 'count', re: /\b(?:actually|really|in fact|obviously|clearly|of course|certainly|surely|definitely|indeed|the (?:point|reality|truth|fact|problem) is|simply|just|even|exactly|at all|at least)\b|(?<![\p{L}])(?:doch|überhaupt|eigentlich|tatsächlich|offensichtlich|sogar|wirklich|einfach mal)(?![\p{L}])/giu },
  // Criticising how the addressee put things: "it's not clear what you mean", "makes no sense".
  { name: 'criticising the message', scope: 'once', re: /\b(?:(?:is|it's|its|isn't|is not|not) (?:very |entirely |really )?(?:clear|obvious) (?:what|why|how|to me)|unclear|(?:doesn't|does not|don't|do not) make (?:any )?sense|makes no sense|no idea what you|what (?:exactly )?(?:do|did) you mean|what are you (?:trying to|talking)|i (?:don't|do not|can't|cannot) (?:see|understand|get|follow) (?:why|how|what|the point|your))\b/i },
  // Challenging questions: "Do you really need ...?", "Is it that hard ...?", "Why not ...?"
  { name: 'challenge', scope: 'once', re: /\b(?:do|did|does|are|is|have|were) you (?:really|even|actually|honestly|seriously|still|ever)\b|\bis (?:it|that|this) (?:that|so|really) (?:hard|difficult)\b|\bwhy (?:not|don't|didn't|would|wouldn't|on earth|the hell|in the world)\b/i },
  // Negative question: "Don't you mean ...?", "Isn't that enough?"; presumes the addressee is wrong.
  { name: 'negative question', scope: 'start', re: /^\s*(?:isn't|aren't|wasn't|don't|doesn't|didn't|shouldn't|wouldn't|can't|won't|haven't|hasn't|isnt|dont|doesnt|didnt|shouldnt|wouldnt|cant|wont)\b/i },
  // Bare imperative at a sentence start: "Post the code.", "Read the docs."; bald on record.
  { name: 'imperative start', scope: 'start', re: /^\s*(?:(?:please|pls|plz),?\s+)?(?:post|give|show|tell|read|check|try|use|look|add|remove|stop|fix|change|make|explain|provide|answer|edit|include|search|google|learn|go|put|send|write|clarify|define|update|describe|ask|get|leave|delete|revert|undo|don't|do not|never)\b(?!-)/i },
  // Tag question that presumes the answer: "..., right?", "..., isn't it?"
  { name: 'presumptive tag', scope: 'once', re: /,?\s(?:right|isn't it|aren't you|don't you|correct|no|yes)\s*\?/i },
  // Stated incomprehension: "I don't understand ...", "still confused".
  { name: 'incomprehension', scope: 'once', re: /\b(?:i (?:don't|do not|can't|cannot|still don't|really don't|absolutely don't) (?:understand|get it|follow)|(?:still|totally|completely) (?:confused|lost)|makes? no sense|not sure what you(?:'re| are)? (?:mean|asking|want|trying|up to))\b/i },
  // Negation: contradicting, refusing, finding fault.
  { name: 'negation', scope: 'count', re: /\b(?:no|not|never|nothing|nobody|none|nowhere|neither|nor|don't|doesn't|didn't|won't|can't|cannot|isn't|aren't|wasn't|weren't|haven't|hasn't|shouldn't|wouldn't|couldn't|dont|doesnt|didnt|cant|isnt|wont)\b|(?<![\p{L}])(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals|nichts|niemand)(?![\p{L}])/giu },
  // Obligation aimed at the addressee: "you should", "you need to", "stop ...".
  { name: 'obligation', scope: 'once', re: /\b(?:you (?:should|must|need to|have to|ought to|better)|stop|don't (?:do|add|change|remove|revert|delete|touch|make))\b|(?<![\p{L}])(?:gefälligst|sie müssen|sie sollten|du musst|du solltest|ihr müsst|ihr solltet|hören sie auf|hört auf)(?![\p{L}])/iu },
  // Several questions in a row read as an interrogation.
  { name: 'question barrage', scope: 'once', re: /\?[^?]+\?/ },
  // Emphatic punctuation.
  { name: 'emphatic punctuation', scope: 'once', re: /\?!|!\?|!!|\?\?/ },
  // Shouted words (4+ capitals that are not an acronym are caught by hostilityScore's loudness too).
  { name: 'capitals', scope: 'once', re: /\b[A-Z]{4,}\b/ },
  // Rhetorical challenges: "Really?", "Seriously?", "are you kidding", "come on".
  { name: 'rhetorical challenge', scope: 'once', re: /(?:^|[.!?]\s*)(?:really|seriously|since when|huh|what)\s*\?|\b(?:come on|are you (?:serious|kidding|joking)|what on earth|for god's sake|for heaven's sake|you do realize|do you (?:even|really) (?:know|understand|realize)|did you (?:even|actually|ever) (?:read|try|look|check|search))\b/i },
  // Sarcasm and condescension markers.
  { name: 'condescension', scope: 'once', re: /\b(?:no offen[cs]e|with all due respect|don't take this the wrong way|duh|meh|ugh|sigh|yeah right|good luck with that|whatever|obviously|trivial|any idiot|anyone can|it's not (?:that )?hard|it's not rocket science|learn to|try reading|read the (?:manual|docs|documentation|faq))\b/i },

  // ---- strategies of the paper not covered above, and generic ones of comment threads
  // 2nd person: "your code", "you" anywhere; the request is about the addressee.
  { name: '2nd person', scope: 'count', re: /\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b|(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|ihnen|euch|euer|eure)(?![\p{L}])/giu },
  // 1st person start: "I have just put the article ..."; the writer explains their own part first.
  { name: '1st person start', scope: 'start', re: /^\s*(?:i|i'm|i've|i'd|i'll|my|mine|myself)\b|^\s*(?:ich|mein|meine|meiner|meinem|meinen)(?![\p{L}])/iu },
  // The paper's hedge words not in 'hedges' above: "usually", "rather", "likely", "to my knowledge".
  { name: 'hedge words', scope: 'count', re: /\b(?:almost|apparently|approximately|assum\w+|doubt\w*|essentially|generally|likely|mainly|may|mostly|often|ought|plausibl[ey]|quite|rather|relatively|roughly|should|sometimes|suppos\w+|tends? to|typically|usually|to my knowledge)\b|(?<![\p{L}])(?:wahrscheinlich|vermutlich|eher|etwas|ungefähr|meistens|normalerweise|sollte)(?![\p{L}])/giu },
  // Questions: each question mark asks something of the addressee.
  { name: 'questions', scope: 'count', re: /\?+/g },
  // Asking what the problem is, or for the writer's own effort: "What's your problem?", "What have you tried?"
  { name: 'what problem', scope: 'once', re: /\bwhat(?:'s| is| exactly is) (?:the|your) (?:actual |real |exact )?(?:problem|question|issue|point)\b|\bwhat (?:have|did) you (?:tried|try|done|do) (?:so far|yet|already)?|\b(?:show|post) (?:us )?(?:your|some|any) (?:code|effort|attempt|work)\b|(?<![\p{L}])(?:was (?:ist|genau ist) (?:das|dein|ihr) (?:problem|frage)|was hast du (?:bisher |schon )?(?:versucht|probiert))(?![\p{L}])/iu },
  // Talk about the site's moderation: votes, closing, duplicates; the request argues about the post.
  { name: 'moderation', scope: 'once', re: /\b(?:(?:down|up|close|delete)[- ]?vot\w*|vote[ds]? to (?:close|delete)|votes?|duplicate|off[- ]topic|flag(?:ged|ging)?|moderat\w+|closed|closing|reputation|rep)\b/i },
  // Exclamation marks and interjections: "Wow!", "Oh, ...", "Hmm", "lol".
  { name: 'exclamation', scope: 'once', re: /!/ },
  { name: 'interjection', scope: 'start', re: /^\s*(?:wow|oh|ah|hmm+|um+|er+m*|huh|lol|ha|haha|meh|ugh|well|jeez|geez|sheesh|ach|naja|tja|äh|ähm)\b/iu },
  // Trailing off: "so ...", "anyway..."
  { name: 'ellipsis', scope: 'once', re: /\.\.\.|…/ },
  // Bare lower-case start of the whole text: written in a hurry.
  { name: 'lower-case start', scope: 'first', re: /^[a-z]/ },
  // Contrast: "Thanks, but ...", "however"; the request turns against what came before.
  { name: 'contrast', scope: 'once', re: /\b(?:but|however|though|although)\b|(?<![\p{L}])(?:aber|jedoch|allerdings|trotzdem)(?![\p{L}])/iu },
  // Asking for more explanation or detail: more work for the addressee. "Can you clarify?", "be more specific".
  { name: 'more detail', scope: 'once', re: /\b(?:explain\w*|clarif\w+|elaborate|be more specific|more (?:details?|info\w*|context|specific))\b|(?<![\p{L}])(?:erklär\p{L}*|genauer|mehr (?:details|informationen|infos))(?![\p{L}])/iu },
  // Curiosity offered as the reason for asking: "just curious", "out of curiosity", "I'm curious".
  { name: 'curious', scope: 'once', re: /\b(?:curious|curiosity|wondering|wonder)\b|(?<![\p{L}])(?:neugierig|interessehalber|aus neugier)(?![\p{L}])/iu },
  // Welcoming a newcomer: "Welcome to Drupal Answers".
  { name: 'welcome', scope: 'once', re: /\bwelcome\b|(?<![\p{L}])willkommen(?![\p{L}])/iu },
];

/** Remove what is not the writer's own wording: links, code, quoted material, placeholders. */
function proseOf(text: string): string {
  return text
    .replace(/\[([^\]]{0,200})\]\([^)\s]{0,300}\)/g, '$1') // markdown link: keep the label
    .replace(/`[^`]{0,300}`/g, ' code ') // inline code
    .replace(/https?:\/\/\S+|www\.\S+|<url>/gi, ' link ')
    .replace(/@\w[\w.-]*:?/g, ' ') // @mentions
    .replace(/[’`]/g, "'");
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Negative words that, in a help request, name the fault being reported rather than judge the
 * addressee ("I get an error", "the app crashes", "same problem"). They do not count as negative.
 */
const FAULT_WORDS = new Set(
  ('problem problems error errors trouble troubles difficult difficulty crash crashes crashed crashing broken ' +
    'fail fails failed failing failure failures bug bugs worry worried block blocked blocking blocks dump dumped ' +
    'kill killed killing kills dead death lose lost losing loss negative restricted denied rejected missing ' +
    'stuck panic abort aborted aborts severe pain').split(' '),
);

/** Counts positive and negative sentiment words (VADER-derived lists), each capped. */
function sentimentCounts(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  const seen = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (POSITIVE_WORDS.has(w)) positive += 1;
    else if (NEGATIVE_WORDS.has(w) && !FAULT_WORDS.has(w)) negative += 1;
  }
  return { positive: Math.min(3, positive), negative: Math.min(3, negative) };
}

/** Measures of the whole text that are not a single pattern. */
function measures(text: string, prose: string, sentences: string[]): Record<string, number> {
  const { positive, negative } = sentimentCounts(prose);
  const wordCount = prose.match(/\S+/g)?.length ?? 0;
  return {
    // Positive and negative lexicon (paper: positive words polite, negative words impolite).
    positiveWord: positive,
    negativeWord: negative,
    // Insults, contempt words and shouting from the customer-side lexicon, in the text's own
    // language (a German customer's "unfähig" counts; English texts get the English lists).
    hostility: hostilityScore(prose),
    // Effort: a request that explains itself reads as more polite than a bare one. Grows with the
    // logarithm of the word count (5 words: 0, 10: 1 step, 20: 2 steps ...), capped.
    lengthStep: Math.min(3, Math.max(0, Math.log2(Math.max(1, wordCount) / 5))),
    sentences: Math.min(5, sentences.length),
    // The request itself, usually the last sentence: a bare one of a few words is curt.
    lastSentenceStep: Math.min(3, Math.max(0, Math.log2(Math.max(1, sentences[sentences.length - 1]?.match(/\S+/g)?.length ?? 0) / 3))),
    longStep: Math.max(0, Math.min(3, Math.log2(Math.max(1, wordCount) / 40))),
  };
}

/** Every strategy's value for `text`, by name (pattern strategies first, then the measures). */
export function politenessFeatureValues(text: string): Array<[string, number]> {
  const prose = proseOf(text);
  const sentences = sentencesOf(prose);
  const out: Array<[string, number]> = [];
  for (const f of POLITENESS_FEATURES) {
    let v = 0;
    if (f.scope === 'start') v = sentences.some((s) => f.re.test(s)) ? 1 : 0;
    else if (f.scope === 'first') v = f.re.test(sentences[0] ?? '') ? 1 : 0;
    else if (f.scope === 'count') v = Math.min(3, prose.match(f.re)?.length ?? 0);
    else v = f.re.test(prose) ? 1 : 0;
    out.push([f.name, v]);
  }
  for (const [name, v] of Object.entries(measures(text, prose, sentences))) out.push([name, v]);
  return out;
}

/** Higher = less polite. Around 0 between a curt and a courteous request, negative for a polite one. */
export function impolitenessScore(text: string): number {
  const weights: Readonly<Record<string, number>> = POLITENESS_WEIGHTS;
  let score = weights.bias ?? 0;
  for (const [name, v] of politenessFeatureValues(text)) if (v) score += (weights[name] ?? 0) * v;
  return score;
}
