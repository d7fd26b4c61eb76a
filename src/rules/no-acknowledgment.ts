// A reply to an upset customer that never acknowledges or restates their concern.
// Whole-reply rule: needs the customer's mood (ReplyContext.customer); silent without it.
import { capitalizeFirst } from '../engine/text';
import { fastRegExp } from '../engine/regex';
import { GREETING_PREFIX, looksComplete, replyParts } from '../engine/reply-parts';
import type { MatchContext, ReplyDetector, Rule, RuleExampleSet } from '../engine/types';

/** Acknowledging the feeling, apologising, agreeing or restating what the customer wrote, in either language. */
const EN_ACK = /\b(?:I|we)\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+){0,2}(?:understand|get\s+(?:it|that|why|how)|hear\s+you|see\s+(?:why|how|that|where)|know\s+how|appreciate\s+(?:how|that|your\s+(?:frustration|patience|concern)))|\b(?:sorry|apologi[sz]e|apologies|regret)\b|\byou['’]?re\s+(?:absolutely\s+|completely\s+|totally\s+)?right\b|\byou\s+are\s+(?:absolutely\s+|completely\s+|totally\s+)?right\b|\b(?:that|this|it)\s+(?:must\s+(?:be|have\s+been)|sounds|is\s+(?:really\s+|very\s+|so\s+)?(?:frustrating|annoying|disappointing))\b|\b(?:frustrating|frustration|annoying|disappointing|inconvenien(?:ce|t)|understandabl[ey]|I\s+can\s+imagine|not\s+the\s+(?:\w+\s+){0,2}experience|appreciate\s+you\s+\w+ing|fair\s+point)\b|\byou\s+(?:wrote|mentioned|said|told\s+us|explained)\b|\b(?:oh\s+no|yikes|we\s+hear\s+you|(?:not|isn['’]?t)\s+what\s+we\s+(?:like|want)\s+to\s+(?:hear|see)|make\s+(?:this|it|things)\s+right)\b|\b(?:(?:completely|totally|absolutely|entirely)\s+(?:fair|justified|understandable|valid)|(?:your|the)\s+(?:frustration|anger|complaint)\s+is\s+(?:\w+\s+)?(?:fair|justified|understandable|valid))\b|\bthank(?:s|\s+you)\s+for\s+(?:letting\s+us\s+know|bringing|flagging|pointing|raising|reporting|your\s+patience|explaining)\b|\bwhat\s+a\s+(?:nightmare|mess|pain|hassle|headache|disaster|shame|(?:terrible|awful|horrible|rotten|frustrating|stressful)\s+\w+)\b|\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:really\s+|so\s+|just\s+|truly\s+|absolutely\s+|completely\s+)?(?:awful|terrible|horrible|unacceptable|a\s+nightmare|a\s+mess|(?:far|way)\s+too\s+long|on\s+us)\b|\b(?:is|are|was|were|that['’]?s|it['’]?s)\s+(?:really\s+|simply\s+|just\s+|absolutely\s+)?(?:not\s+(?:ok(?:ay)?|acceptable|good\s+enough|fair|right)|unacceptable)\b|\b(?:every|a|the)\s+right\s+to\s+be\s+(?:upset|angry|frustrated|annoyed|furious|disappointed|cross|mad)\b|\byou(?:['’]?re|\s+are)\s+right\s+to\s+be\b|\bshould(?:\s+never|n['’]?t|\s+not)\s+have\s+happened\b|\b(?:our|my)\s+(?:mistake|fault|bad|error)\b|\bI(?:['’]?d|\s+would)\s+be\s+(?:upset|annoyed|angry|frustrated|furious|livid|fuming)\s+too\b|\b(?:oh\s+dear|ugh|no\s+wonder\s+you)\b/iu;
const DE_ACK = /(?<![\p{L}])(?:ich\s+(?:kann\s+)?(?:(?:sehr|gut|absolut|vollkommen|völlig|total)\s+){0,2}(?:verstehe|verstehen|nachvollziehen)|(?:ich|wir)\s+(?:kann|können)\s+(?:[\p{L}]+\s+){0,3}(?:verstehen|nachvollziehen)|verstehe\s+(?:ich|Ihren|deinen|Ihre|deine)|nachvollziehbar|verständlich|ärgerlich|frustrierend|enttäuschend|tut\s+(?:mir|uns)\s+(?:(?:sehr|wirklich|aufrichtig|ehrlich|echt)\s+)?leid|(?:es\s+)?tut\s+mir|entschuldig\p{L}*|Entschuldigung|bedauer(?!lich)\p{L}*(?!,?\s+(?:Ihnen|dir|euch)\s+mitteilen)|(?:Sie\s+haben|du\s+hast|da\s+haben\s+Sie|da\s+hast\s+du)\s+(?:völlig\s+|absolut\s+|vollkommen\s+|natürlich\s+)?recht|Sie\s+schreiben|du\s+schreibst|wie\s+Sie\s+(?:schreiben|sagen|erwähnen)|Sie\s+(?:haben\s+)?(?:geschrieben|erwähnt|erwähnen)|wenn\s+ich\s+Sie\s+richtig\s+verstehe|ich\s+kann\s+mir\s+(?:gut\s+)?vorstellen|danke,?\s+dass\s+(?:Sie|du)\s+(?:so\s+)?(?:geduldig|Geduld|(?:uns|mich)\s+(?:darauf\s+)?(?:hingewiesen|aufmerksam\s+gemacht|Bescheid\s+gegeben|informiert)|(?:das|dies)\s+(?:gemeldet|angesprochen|ansprechen|melden))|(?:danke|vielen\s+Dank)\s+für\s+(?:Ihre|deine|eure)\s+(?:Geduld|Nachsicht|Offenheit|ehrliche)|(?:Ihren|deinen|Ihr|dein|euren|euer)\s+Ärger|(?:völlig|absolut|vollkommen|durchaus|total)\s+berechtigt|berechtigte\s+(?:Beschwerde|Kritik|Frage)|Ihre\s+Enttäuschung|deine\s+Enttäuschung|Unannehmlichkeit\p{L}*|oh\s+nein|oje|wieder\s+gutmachen|wiedergutmachen|oh\s+je|au\s*weia|(?:das|dies|so\s+etwas|sowas)\s+(?:ist|war)\s+(?:(?:wirklich|natürlich|absolut|echt|einfach|so|auch)\s+){0,2}(?:nicht\s+in\s+Ordnung|nicht\s+akzeptabel|inakzeptabel|nicht\s+okay|nicht\s+ok)|(?:das|so\s+etwas|sowas)\s+(?:darf|sollte)\s+(?:\p{L}+\s+){0,2}nicht\s+(?:passieren|vorkommen)|(?:hätte|haette|hätten|haetten)\s+(?:\p{L}+\s+){0,4}nicht\s+(?:passieren|vorkommen|dauern|sein)\s+(?:dürfen|duerfen)|(?:das|es)\s+(?:klingt|hört\s+sich)\s+(?:(?:wirklich|echt|sehr|ja|total|absolut)\s+){0,2}(?:furchtbar|schlimm|nervig|anstrengend|unangenehm|übel|stressig|belastend|mies|ätzend|heftig|zermürbend)|(?:ist|sind)\s+(?:(?:bei\s+uns|uns|da|hier|leider|wirklich|echt|ganz\s+klar|einiges|etwas|was|vieles|so\s+einiges)\s+){1,4}(?:schiefgelaufen|schiefgegangen|schief\s+gelaufen|schief\s+gegangen|falsch\s+gelaufen|durcheinandergeraten)|(?:unser|mein)\s+Fehler|auf\s+unsere\s+Kappe|(?:wir|ich)\s+(?:hätten|hätte|haetten|haette)\s+(?:\p{L}+\s+){0,5}(?:müssen|muessen|sollen))(?![\p{L}])/iu;

/**
 * Enough of a reply to judge: a short answer to an angry customer ("Please send us your order
 * number.") is exactly the reply that needs an acknowledgment, so one finished sentence is
 * enough; a fragment of a few words, or one still being typed, is not judged.
 */
function finished(parts: ReturnType<typeof replyParts>): boolean {
  if (looksComplete(parts)) return true;
  if (parts.body.length === 0 || parts.words < 5) return false;
  const last = parts.body[parts.body.length - 1]!.text;
  return parts.signedOff || /[.!?…)\]]$|\p{Extended_Pictographic}$/u.test(last) || parts.words >= 8;
}

/** Upset: anger 2 (angry) or 3 (furious) in analyzeCustomer's scale. */
const UPSET = 2;

/** Tested on the whole reply at every check: `\\b` as fast word edges (regex.ts), about 8× faster here. */
const EN_ACK_FAST = fastRegExp(EN_ACK);

const detectReply: ReplyDetector = (reply) => {
  if (!reply.customer || reply.customer.anger < UPSET) return [];
  if (EN_ACK_FAST.test(reply.text) || DE_ACK.test(reply.text)) return [];
  const parts = replyParts(reply);
  if (!finished(parts)) return [];
  // The first sentence that says something: "Oh!", "Okay." or a bare "@handle" carry no content.
  const first = parts.body.find((s) => s.text.replace(GREETING_PREFIX, '').split(/\s+/).length >= 4) ?? parts.body[0]!;
  // "Hi Anna, the refund ..." — the acknowledgment goes after the greeting, in front of the first real sentence.
  const greeting = GREETING_PREFIX.exec(first.text)?.[0].length ?? 0;
  if (greeting >= first.text.length) return [];
  return [{ start: first.start + greeting, end: first.start + first.text.length }];
};

export const noAcknowledgment: Rule = {
  id: 'no-acknowledgment',
  category: 'no-acknowledgment',
  guidance: 'listen-restate',
  description: 'A reply to an upset customer that never acknowledges or restates the concern',
  en: {
    detectReply,
    message: 'Acknowledge what the customer is upset about first',
    explanation:
      'An upset customer first needs to feel heard. Say that you understand, or restate the problem in your own words, before you explain or solve.',
    rewrite: (ctx: MatchContext) => [
      `I understand why this is frustrating. ${capitalizeFirst(ctx.match)}`,
      `I'm sorry this has caused you so much trouble. ${capitalizeFirst(ctx.match)}`,
    ],
  },
  de: {
    detectReply,
    message: 'Gehen Sie zuerst auf den Ärger des Kunden ein',
    explanation:
      'Ein verärgerter Kunde muss sich zuerst gehört fühlen. Sagen Sie, dass Sie ihn verstehen, oder geben Sie das Problem in eigenen Worten wieder, bevor Sie erklären oder lösen.',
    // Lower-case: after "Hallo Jan, " the sentence goes on; the engine capitalises at a sentence start.
    rewrite: (ctx: MatchContext) =>
      ctx.register === 'informal'
        ? [`ich kann gut verstehen, dass du verärgert bist. ${capitalizeFirst(ctx.match)}`, `es tut mir leid, dass dir das so viel Ärger macht. ${capitalizeFirst(ctx.match)}`]
        : [`ich kann gut verstehen, dass Sie verärgert sind. ${capitalizeFirst(ctx.match)}`, `es tut mir leid, dass Ihnen das so viel Ärger macht. ${capitalizeFirst(ctx.match)}`],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    customer: 'This is the THIRD time I am writing to you!!! You charged me twice and nobody answers. Absolutely useless service, I want my money back NOW.',
    valid: [
      'Hi Tom,\nI understand how frustrating this is. I have refunded the second charge, it will show on your statement within five working days.\nBest regards,\nAnna',
      "I'm really sorry you had to write three times. I have refunded the second charge today and it will show on your statement within five days.",
      'You wrote that you were charged twice, and you are right: the second charge was our mistake. It has been refunded today.',
      'Thank you for your patience with us. The second charge has been refunded and will reach your account within five working days.',
      // Too short to judge: a draft is not nagged.
      'Hi Tom,\nthe refund',
      'Your frustration is completely justified, the second charge was our mistake and it is refunded.',
      'Hi Tom, checking that now',
      "What a nightmare, three messages and still charged twice. I've refunded the second charge today.",
      "You have every right to be angry about this. The second charge is refunded and shows within five days.",
      "That should never have happened, and the second charge is refunded today.",
      "Being charged twice is not okay. I've refunded the second payment just now.",
    ],
    invalid: [
      // A one-line answer is finished too: exactly the reply that needs the acknowledgment.
      {
        text: 'Hello, [[please send us a screenshot of your bank statement.]]',
        rewrite: 'Hello, I understand why this is frustrating. Please send us a screenshot of your bank statement.',
      },
      {
        text: 'Hi Tom,\n[[I have refunded the second charge today.]] It will show on your statement within five working days.\nBest regards,\nAnna',
        rewrite: 'Hi Tom,\nI understand why this is frustrating. I have refunded the second charge today. It will show on your statement within five working days.\nBest regards,\nAnna',
      },
      {
        text: 'Hi Tom, [[the second charge has been refunded.]] The money will be back on your card within five working days.',
        rewrite: 'Hi Tom, I understand why this is frustrating. The second charge has been refunded. The money will be back on your card within five working days.',
      },
      {
        text: '[[Our records show one payment on the 3rd and one on the 4th.]] The second one has now been refunded to your card.',
        rewrite: 'I understand why this is frustrating. Our records show one payment on the 3rd and one on the 4th. The second one has now been refunded to your card.',
      },
    ],
  },
  de: {
    customer: 'Ich schreibe Ihnen jetzt zum DRITTEN Mal!!! Sie haben doppelt abgebucht und keiner antwortet. Unverschämt, ich will sofort mein Geld zurück.',
    valid: [
      'Hallo Frau Roth,\nda ist bei uns einiges schiefgelaufen, dass sich niemand gemeldet hat. Die Erstattung ist heute rausgegangen.\nViele Grüße\nSara',
      'Hallo Frau Roth,\noh je, zweimal abgebucht – das klingt wirklich nervig. Die Erstattung ist heute rausgegangen.\nViele Grüße\nSara',
      'Hallo Frau Roth,\nzweimal abgebucht und keine Antwort von uns, das ist wirklich nicht in Ordnung. Die Erstattung ist heute rausgegangen.\nViele Grüße\nSara',
      'Danke für Ihre Geduld mit uns. Die zweite Abbuchung ist storniert und in fünf Werktagen wieder auf Ihrem Konto.',
      'Wir bedauern den Fehler sehr. Die zweite Abbuchung ist storniert.',
      'Hallo Frau Meier,\nich verstehe Ihren Ärger vollkommen. Die doppelte Abbuchung habe ich storniert, das Geld ist in fünf Werktagen wieder auf Ihrem Konto.\nViele Grüße\nAnna',
      'Es tut mir wirklich leid, dass Sie dreimal schreiben mussten. Die doppelte Abbuchung ist storniert und das Geld ist in fünf Werktagen zurück.',
      'Sie schreiben, dass zweimal abgebucht wurde, und da haben Sie recht. Die zweite Abbuchung haben wir heute zurücküberwiesen.',
      'Das ist wirklich ärgerlich, und ich kümmere mich sofort darum. Die zweite Abbuchung ist storniert und in fünf Werktagen wieder auf Ihrem Konto.',
      'Hallo Frau Meier,\ndie Abbuchung',
      'Ihr Ärger ist absolut berechtigt, die zweite Abbuchung war unser Fehler und ist storniert.',
      'Hallo Frau Meier, ich schaue gleich',
    ],
    invalid: [
      {
        text: '[[Danke für Ihre Nachricht.]] Die zweite Abbuchung wurde heute storniert.',
        rewrite: 'Ich kann gut verstehen, dass Sie verärgert sind. Danke für Ihre Nachricht. Die zweite Abbuchung wurde heute storniert.',
      },
      {
        text: '[[Bedauerlicherweise dauert die Rückbuchung bis zu fünf Werktage.]] Sie müssen nichts weiter tun.',
        rewrite: 'Ich kann gut verstehen, dass Sie verärgert sind. Bedauerlicherweise dauert die Rückbuchung bis zu fünf Werktage. Sie müssen nichts weiter tun.',
      },
      {
        text: 'Hallo, [[bitte schicken Sie uns einen Screenshot Ihres Kontoauszugs.]]',
        rewrite: 'Hallo, ich kann gut verstehen, dass Sie verärgert sind. Bitte schicken Sie uns einen Screenshot Ihres Kontoauszugs.',
      },
      {
        text: 'Hallo Frau Meier,\n[[ich habe die zweite Abbuchung heute storniert.]] Das Geld ist in fünf Werktagen wieder auf Ihrem Konto.\nViele Grüße\nAnna',
        rewrite: 'Hallo Frau Meier,\nIch kann gut verstehen, dass Sie verärgert sind. Ich habe die zweite Abbuchung heute storniert. Das Geld ist in fünf Werktagen wieder auf Ihrem Konto.\nViele Grüße\nAnna',
      },
      {
        text: 'Hallo Jan, [[die zweite Abbuchung ist storniert.]] Das Geld ist in fünf Werktagen wieder auf deinem Konto, du musst nichts weiter tun.',
        rewrite: 'Hallo Jan, ich kann gut verstehen, dass du verärgert bist. Die zweite Abbuchung ist storniert. Das Geld ist in fünf Werktagen wieder auf deinem Konto, du musst nichts weiter tun.',
      },
      {
        text: '[[Laut unseren Unterlagen wurde derselbe Betrag zweimal abgebucht.]] Die zweite Zahlung haben wir heute auf Ihre Karte zurücküberwiesen.',
        rewrite: 'Ich kann gut verstehen, dass Sie verärgert sind. Laut unseren Unterlagen wurde derselbe Betrag zweimal abgebucht. Die zweite Zahlung haben wir heute auf Ihre Karte zurücküberwiesen.',
      },
    ],
  },
};
