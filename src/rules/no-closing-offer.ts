// A finished reply that never asks whether there is anything else the agent can do.
// Whole-reply rule: looks at the reply as a whole, marks its last sentence before the sign-off.
import { fastRegExp } from '../engine/regex';
import { GREETING_PREFIX, looksComplete, looksFramed, replyParts } from '../engine/reply-parts';
import type { MatchContext, ReplyDetector, Rule, RuleExampleSet } from '../engine/types';

/** Offers of further help, in either language, anywhere in the reply. */
const EN_OFFER = /\b(?:anything\s+else|something\s+else|(?:any|other|more|further|additional)\s+(?:other\s+|more\s+|further\s+|additional\s+)?questions|let\s+(?:me|us)\s+know|keep\s+(?:me|us)\s+(?:posted|updated|in\s+the\s+loop)|feel\s+free\s+to|(?:do\s+not|don['’]?t|dont)\s+hesitate|if\s+(?:you\s+)?(?:still\s+)?(?:need|have)\s+(?:anything|any|more|further|other|help)|if\s+there(?:['’]?s|\s+is)\s+(?:anything|something)|(?:reach|get|come)\s+(?:back\s+)?(?:out|back|in\s+touch)(?:\s+to\s+us|\s+with\s+us)?(?:\s+again|\s+anytime|\s+any\s+time)?\s+if|get\s+back\s+to\s+(?:us|me)|(?:tweet|write|message|dm)\s+(?:back|us\s+again)|is\s+there\s+(?:anything|something)|if\s+I\s+can\s+(?:help|do|assist)|(?:we['’]?re|I['’]?m|we\s+are|I\s+am)\s+(?:always\s+|right\s+)?here\b|here\s+(?:to\s+help|if\s+you\s+need|for\s+you)|(?:always\s+)?happy\s+to\s+help\s+(?:further|with\s+anything|if|anytime)|always\s+happy\s+to\s+help|(?:hear|hearing)\s+(?:back\s+)?from\s+you|(?:look|looking|keep|keeping)\s+(?:out|an\s+eye\s+out)\s+for\s+your|just\s+(?:reply|let\s+(?:me|us)\s+know)|give\s+(?:me|us)\s+a\s+(?:shout|call|ring|buzz)|drop\s+(?:me|us)\s+a\s+(?:line|message|note)|(?:just\s+)?shout\s+if|if\s+there(?:['’]?s|\s+is)\s+more|you\s+know\s+where\s+to\s+find\s+(?:me|us)|(?:reach\s+out|get\s+in\s+touch|write\s+(?:back|in|to\s+(?:me|us))|message\s+(?:me|us)|contact\s+(?:me|us))\s+(?:again\s+)?(?:any\s*time|whenever|at\s+any\s+time)|(?:just\s+)?a\s+(?:message|call|DM|click|reply)\s+away|ping\s+(?:me|us)|ask\s+away|don['’]?t\s+be\s+a\s+stranger|(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:if|whether|how)|you\s+know\s+where\s+(?:we\s+are|I\s+am|I['’]m|to\s+reach\s+(?:us|me))|(?:only|just)\s+an?\s+(?:e-?mail|phone\s+call|chat|text)\s+away|you\s+can\s+(?:call|reach|ring|e-?mail|contact|phone)\s+(?:me|us)\b|happy\s+to\s+(?:walk\s+you|talk\s+(?:it|this)|go\s+through|hop\s+on\s+a\s+call)|reply\s+(?:here|to\s+(?:this|my)\s+(?:message|e-?mail|thread|tweet|DM))|(?:I['’]?m|we['’]?re|I\s+am|we\s+are)\s+(?:still\s+)?around|(?:just\s+)?say\s+the\s+word|(?:if|should|whenever|in\s+case|any\s+time)\b[^.!?\n]{0,80}?\b(?:(?:happy|glad|pleased)\s+to\s+(?:help|assist|sort|arrange|do|change|send|set)|just\s+(?:say\s+so|ask|(?:message|text|e-?mail|call|ring|phone|dm|DM|ping|tell|write\s+to|contact|reply\s+to)\s+(?:me|us)))|(?:happy|glad|pleased)\s+to\s+(?:help|assist)\b[^.!?\n]{0,40}?\b(?:if|whenever|should\s+you|any\s*time)|(?:you['’]re|you\s+are|youre)\s+(?:(?:always|more\s+than|very|most)\s+)?welcome\s+to\s+(?:contact|call|ring|phone|e-?mail|message|write|reply|get\s+(?:back|in\s+touch)|reach\s+out|ask|drop\s+(?:in|by)|pop\s+in)|if\s+(?:you['’]?d|you\s+would)\s+(?:like|prefer|rather)\b[^.!?\n]{0,80}?\b(?:I|we)\s+(?:can|could|['’]ll|will|['’]d\s+be\s+happy)\b|(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:also\s+|always\s+|more\s+than\s+)?(?:happy|glad)\s+to\s+(?:check|look\s+(?:at|into)|help\s+with|go\s+over|explain|arrange)\s+(?:anything|any\s+other|whatever|something)\b)\b/iu;
const DE_OFFER = /(?<![\p{L}])(?:sonst\s+(?:noch\s+)?(?:etwas|was|irgendwie|helfen|tun)|noch\s+(?:etwas|was)\s+(?:tun|helfen|für)|(?:weitere[n]?|noch|andere[n]?|offene[n]?)\s+Fragen|Fragen\s+(?:haben|hast|habt|gibt)|meld(?:en|e|et)?\s+(?:Sie\s+sich|dich|euch)\s+(?:gerne|gern|jederzeit|einfach|ruhig)|zöger(?:n|e)?\s+(?:Sie\s+)?nicht|(?:stehe|stehen)\s+(?:ich\s+|wir\s+)?(?:Ihnen|dir|euch)\s+(?:(?:gerne|gern|jederzeit|weiterhin|natürlich)\s+)*zur\s+Verfügung|wenden\s+Sie\s+sich\s+(?:gerne|gern|jederzeit|einfach)|(?:falls|wenn)\s+(?:Sie|du|ihr)\s+(?:noch\s+)?(?:etwas|was|Hilfe|Unterstützung|weitere|Fragen)|kann\s+ich\s+(?:Ihnen|dir|euch)\s+(?:noch|sonst|weiter)(?!\s+(?:nicht|kein\p{L}*|nichts)(?![\p{L}]))|weiter\s*helfen(?<!(?:nicht|kein\p{L}{0,3}|nichts)\s{1,3}(?:\p{L}{1,30}\s{1,3})?weiter\s*helfen)|(?:sag|sagt|sagen\s+Sie|gib|gebt|geben\s+Sie)\s+(?:mir\s+|uns\s+)?(?:(?:gern|gerne|einfach|kurz|ruhig|bitte)\s+)*Bescheid|(?:schreiben|antworten|melden)\s+Sie\s+(?:mir\s+|uns\s+|sich\s+)?(?:gern|gerne|einfach|jederzeit|ruhig|wieder|bitte|direkt)|(?:schreib|antworte|meld)\s+(?:mir\s+|uns\s+|dich\s+)?(?:gern|gerne|einfach|jederzeit|ruhig|wieder)|einfach\s+(?:melden|antworten|schreiben|anrufen|Bescheid\s+geben)|auf\s+diese\s+(?:E-?Mail|Mail|Nachricht)\s+antworten|(?:helfe|helfen)\s+(?:ich\s+|wir\s+)?(?:Ihnen\s+|dir\s+|euch\s+)?(?:gern|gerne)|(?:gern|gerne)\s+helfe(?:n)?\s+(?:ich|wir)|(?:meld(?:e|et)?\s+dich|melden\s+Sie\s+sich|meldet\s+euch)\s*,?\s+(?:wenn|falls|sobald|bei)|(?:kommen\s+Sie|komm|kommt)\s+(?:(?:gern|gerne|jederzeit|einfach)\s+)+(?:wieder\s+)?auf\s+(?:mich|uns)\s+zu|(?:Sie\s+erreichen|du\s+erreichst|erreichen\s+Sie)\s+(?:mich|uns)|(?:halten\s+Sie|halte|haltet)\s+(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}auf\s+dem\s+Laufenden|freue(?:n)?\s+(?:mich|uns)\s*,?\s+von\s+(?:Ihnen|dir|euch)\s+zu\s+hören|(?:bei|für)\s+(?:weitere\s+|eventuelle\s+|offene\s+)?(?:Rückfragen|Fragen|Unklarheiten|Problemen|Anliegen)(?![^.!?\n]{0,80}(?:zuständig|wenden\s+Sie\s+sich|wende\s+dich))|(?:bin|sind)\s+(?:ich\s+|wir\s+)?(?:[\p{L}]+\s+){0,3}(?:für\s+(?:Sie|dich|euch)\s+da|erreichbar)|helfe(?:n)?\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}]+\s+){0,3}weiter|freue(?:n)?\s+(?:mich|uns)\s+auf\s+(?:Ihre|deine|eure)\s+(?:Rückmeldung|Antwort|Nachricht)|(?:lass|lasst|lassen\s+Sie)\s+(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}wissen|(?:wenn|falls)\s+(?:Sie\s+(?:möchten|wollen|mögen)|du\s+(?:magst|möchtest|willst))|(?:ruf|ruft|rufen\s+Sie)\s+(?:mich|uns)\s+(?:[\p{L}]+\s+){0,3}an|(?:schreib|schreibt|schreiben\s+Sie)\s+(?:mir|uns)|(?:meld(?:e|et)?\s+dich|melden\s+Sie\s+sich|meldet\s+euch)\s+(?:[\p{L}]+\s+){0,2}bei\s+(?:mir|uns)|kontaktier(?:e|t|en\s+Sie)?\s+(?:mich|uns)|(?:sag|sagt|sagen\s+Sie|gib|gebt|geben\s+Sie)\s+(?:mir|uns)(?:\s+(?:gern|gerne|einfach|kurz|ruhig|bitte))*\s*,?\s+(?:ob|wann|welche[rsnm]?|was|wie|wo|falls|wenn|ein\s+(?:kurzes\s+)?Zeichen)|(?:wissen\s+Sie|weißt\s+du|weisst\s+du|Sie\s+wissen|du\s+weißt|du\s+weisst|ihr\s+wisst)(?:\s+(?:ja\s+jetzt|ja|jetzt))?\s*,?\s+wo\s+(?:Sie|du|ihr)\s+(?:mich|uns)\s+(?:finden|findest|findet|erreichen|erreichst|erreicht)|(?:Ihnen|dir|euch)\s+(?:auch\s+)?(?:künftig|kuenftig|weiterhin|wieder|jederzeit|gerne?|in\s+Zukunft)\s+(?:helfen|weiterhelfen|behilflich\s+sein)\s+(?:kann|darf|können|dürfen|koennen|duerfen))(?![\p{L}])/iu;

/**
 * The reply asks something of the customer (a question, a request, steps to try): the conversation
 * goes on, so this is not yet the end where one offers more. Checked on the body without links.
 */
const ASKS_CUSTOMER = /\?|\b(?:please(?!\s+(?:(?:remember|make\s+sure|be\s+sure)\s+to\s+)?(?:bring|arrive|wear|allow|note|keep|carry|park|be\s+(?:aware|ready|there|on\s+time)|have\s+(?:your|the|it)\b[^.!?\n]{0,30}?\bready)\b)|pls|plz|kindly|could\s+you|can\s+you|would\s+you|(?:send|shoot|DM|dm|message|tell|show)\s+(?:us|me)|share|try|follow\s+(?:the|these)|go\s+ahead|make\s+sure|we(?:['’]?d|\s+would)?\s+(?:suggest|recommend)|I(?:['’]?d|\s+would)?\s+(?:suggest|recommend))\b|(?<![\p{L}])(?:bitte(?!\s+(?:entschuldig\p{L}*|um\s+(?:Entschuldigung|Verständnis|Nachsicht)|(?:haben\s+Sie|hab|habt)\s+(?:noch\s+)?(?:etwas\s+|ein\s+wenig\s+)?(?:Verständnis|Geduld|Nachsicht)|(?:bringen\s+Sie|bring|beachten\s+Sie|beachte|denken\s+Sie|denk|halten\s+Sie|halte|planen\s+Sie|plane))(?![\p{L}]))|könnten\s+Sie|können\s+Sie|kannst\s+du|könntest\s+du|(?:senden|schicken|teilen|nennen|geben|probieren|versuchen|prüfen|klicken|starten)\s+Sie|(?:schick|sende|teil|probier|versuch|prüf|klick|starte)\s+(?:uns|mir|bitte|mal|doch|einfach|es|das))(?![\p{L}])/iu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Both a greeting and a sign-off around a short body ("Hi! Your seat is now 14A. Enjoy the flight."): a finished message, too. */
const framedBothSides = (parts: ReturnType<typeof replyParts>): boolean => parts.greeted && parts.signedOff && parts.body.length >= 1 && parts.words >= 6;

const detectReply: ReplyDetector = (reply) => detectWith(reply, false);
const detectReplyEn: ReplyDetector = (reply) => detectWith(reply, true);

/** German sign-off typed on the same line as the last sentence ("… liegt jetzt bei 42,10 €. lg ray"). */
const DE_INLINE_SIGN_OFF = /(?<=[.!])\s+(?:lg|vg|mfg|bg|gruß|grüße|(?:viele|liebe|beste|schöne)\s+grüße|ciao|tschüss|bis\s+(?:dann|bald))(?:\s*[,!-]?\s*\p{L}[\p{L}'’-]*)?\s*[.!]*$/iu;
/** A closing wish as the last sentence ("Guten Flug!", "Viel Spaß damit!"): said after the business is done, like a sign-off. */
const DE_WISH = /^(?:gute[n]?\s+(?:Flug|Reise|Fahrt|Heimreise|Besserung|Appetit|Rutsch)|viel\s+(?:Spaß|Spass|Freude|Erfolg|Vergnügen)|alles\s+Gute|(?:frohe|schöne)\s+(?:Feiertage|Ostern|Weihnachten|Ferien)|(?:schönen|schöne)\s+(?:Urlaub|Reise|Aufenthalt|Woche)|bis\s+(?:bald|dann|zum\s+nächsten\s+Mal))(?![\p{L}])(?:\s+(?:damit|dabei|noch|und\s+\p{L}+|mit\s+\p{L}+(?:\s+\p{L}+)?|(?:beim|bei\s+(?:der|dem|den)|im|in\s+(?:der|dem|den)|am|auf\s+(?:der|dem)|nach|zum|zur|mit\s+(?:der|dem|den|Ihrem|Ihrer|deinem|deiner))\s+[\p{L}-]+)){0,2}\s*[!.]*\s*\p{Extended_Pictographic}*$/iu;
/** A company or department line under the sign-off ("Stadtwerke Kiel – Kundenservice", "Netz GmbH | Kundenbetreuung"). */
const COMPANY_LINE = /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+[–—|\/-]\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}$/u;
/** A German signature under the sign-off: "Maja vom Spieler-Support", "Tom aus dem Kundenservice", "Jan Petersen, CloudWerk". */
const DE_SIGNATURE_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{L}.&'’-]+){0,3}|\s+(?:vom|von\s+der|von\s+den|aus\s+dem|aus\s+der|aus\s+den|im)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})$/u;
/** A one-line chat reply that reports a finished job ("jo, ist erledigt, …", "ok, schon erledigt, …"). */
const DE_DONE_OPENER = /^(?:\p{L}{1,8}\s*[,!]\s*)?(?:(?:ist|schon|alles|hab(?:e)?\s+ich|wurde|so)\s+)?(?:erledigt|gemacht)(?![\p{L}])/iu;

/** The German reply's parts with a closing wish or a company line after the sign-off counted as sign-off. */
function germanParts(reply: Parameters<ReplyDetector>[0]): ReturnType<typeof replyParts> {
  const sentences = reply.sentences.slice();
  let extra = false;
  const lastOwnLine = () => {
    const s = sentences[sentences.length - 1]!;
    const after = reply.text.slice(s.start + s.text.length).replace(/^[ \t]+/, '');
    const before = reply.text.slice(0, s.start).replace(/[ \t]+$/, '');
    return (after === '' || after.startsWith('\n')) && before.endsWith('\n');
  };
  if (sentences.length > 1 && (COMPANY_LINE.test(sentences[sentences.length - 1]!.text) || DE_SIGNATURE_LINE.test(sentences[sentences.length - 1]!.text)) && lastOwnLine()) { sentences.pop(); extra = true; }
  const parts = replyParts({ text: reply.text, sentences });
  const last = parts.body[parts.body.length - 1];
  if (parts.body.length > 1 && last && last.text.split(/\s+/).length <= 6 && DE_WISH.test(last.text)) {
    const body = parts.body.slice(0, -1);
    const words = body.reduce((n, s) => n + s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
    return { body, signedOff: true, greeted: parts.greeted, words };
  }
  return extra ? { ...parts, signedOff: true } : parts;
}

/** A sign-off typed on the same line as the last sentence ("... is now $42.10. cheers, Ray"), which the sentence splitter keeps in that sentence. */
const EN_INLINE_SIGN_OFF = /(?<=[.!])\s+(?:[Cc]heers|[Tt]hanks|[Tt]hx|[Bb]est|[Rr]egards|[Kk]ind\s+regards|[Bb]est\s+regards|[Tt]ake\s+care|[Bb]ye)(?:\s*[,!-]?\s*[\p{Lu}][\p{L}'’-]*)?\s*[.!]*$/u;

/** Tested on the whole reply at every check: `\\b` as fast word edges (regex.ts), about 8× faster here. */
const EN_OFFER_FAST = fastRegExp(EN_OFFER);

function detectWith(reply: Parameters<ReplyDetector>[0], english: boolean): ReturnType<ReplyDetector> {
  // The reply's own language first: the other one's phrases usually have to read all of it to fail.
  if (english ? EN_OFFER_FAST.test(reply.text) || DE_OFFER.test(reply.text) : DE_OFFER.test(reply.text) || EN_OFFER_FAST.test(reply.text)) return [];
  const parts = english ? replyParts(reply) : germanParts(reply);
  if (parts.body.length === 0) return [];
  const inline = (english ? EN_INLINE_SIGN_OFF : DE_INLINE_SIGN_OFF).exec(parts.body[parts.body.length - 1]!.text);
  const greetedInline = parts.body.length > 0 ? (GREETING_PREFIX.exec(parts.body[0]!.text)?.[0].length ?? 0) : 0;
  const doneLine = !english && parts.body.length === 1 && parts.words >= 10 && DE_DONE_OPENER.test(parts.body[0]!.text.slice(greetedInline)) && /[.!…]$|\p{Extended_Pictographic}$/u.test(parts.body[0]!.text);
  const framed = doneLine || framedBothSides(parts) || (inline !== null && (parts.greeted || greetedInline > 0 || parts.body.length >= 2) && parts.words >= 6);
  if (!looksComplete(parts) && !looksFramed(parts) && !framed) return [];
  const body = parts.body.map((s) => s.text).join(' ').replace(URL, ' ');
  if (ASKS_CUSTOMER.test(body)) return [];
  // "1/2": the first tweet of a thread, the rest follows.
  if (/^(?:@\w+\s+)*\d\/\d\b/u.test(parts.body[0]!.text)) return [];
  const last = parts.body[parts.body.length - 1]!;
  // The sentence splitter may cut inside a link ("...?hl=en Hope this helps."): start at a word.
  let start = last.start;
  while (start > 0 && !/\s/u.test(reply.text.charAt(start - 1))) start -= 1;
  // "hi, the voucher is back ... thanks, Jo": the greeting stays outside the marked sentence.
  if (inline && parts.body.length === 1 && greetedInline > 0 && greetedInline < last.text.length) start = last.start + greetedInline;
  return [{ start, end: last.start + (inline ? inline.index : last.text.length) }];
}

const withStop = (sentence: string) => (/[.!?…]$/u.test(sentence) ? sentence : `${sentence}.`);

export const noClosingOffer: Rule = {
  id: 'no-closing-offer',
  category: 'no-closing-offer',
  guidance: 'leave-a-good-feeling',
  description: 'A finished reply that does not ask whether there is anything else',
  en: {
    detectReply: detectReplyEn,
    message: 'Ask whether there is anything else you can do',
    explanation:
      'Ending with an offer of further help leaves the customer with a good feeling and an open door, instead of the sense of being processed and closed.',
    rewrite: (ctx: MatchContext) => [
      `${withStop(ctx.match)} Is there anything else I can do for you?`,
      `${withStop(ctx.match)} Let me know if there is anything else I can help with.`,
    ],
  },
  de: {
    detectReply,
    message: 'Fragen Sie, ob Sie sonst noch etwas tun können',
    explanation:
      'Ein Angebot weiterer Hilfe am Ende gibt dem Kunden ein gutes Gefühl und eine offene Tür, statt des Eindrucks, abgefertigt worden zu sein.',
    rewrite: (ctx: MatchContext) =>
      ctx.register === 'informal'
        ? [`${withStop(ctx.match)} Kann ich sonst noch etwas für dich tun?`, `${withStop(ctx.match)} Melde dich gerne, wenn du noch Fragen hast.`]
        : [`${withStop(ctx.match)} Kann ich sonst noch etwas für Sie tun?`, `${withStop(ctx.match)} Melden Sie sich gerne, wenn Sie noch Fragen haben.`],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Hi Sam,\nI've moved your booking to Friday at 10am.\nIf the link expires, just message me and I'll send another.\nBest,\nLee",
      "Hello Ms Park,\nYour invoice is attached and the VAT number is on it now.\nShould you need a copy in German, just say the word.\nKind regards,\nTom",
      "Hello,\nThe engineer is booked for Tuesday between 8 and 12.\nIf anything comes up before then, I'm happy to help.\nBest regards,\nAnna",
      "Dear Ms Hale,\nyour allotment plot is registered until next April.\nYou're welcome to get in touch if your plans change.\nKind regards,\nParks Office",
      "Hi Ravi,\nthe wardrobe doors come off, so it fits through 60cm.\nIf you'd prefer, send me a photo of the hallway and I can check it for you.\nBest,\nMia",
      // Offers further help (in the middle or at the end).
      "Hi Tom,\nI have refunded the second charge, it will show on your statement within five days. Is there anything else I can help with?\nBest regards,\nAnna",
      "Hi Tom,\nI have refunded the second charge. Let me know if there's anything else, I'm happy to help.\nBest regards,\nAnna",
      'The refund is on its way and should reach your account within five working days. If you have any other questions, feel free to reach out.',
      // Too short to be finished: a half-typed draft is not nagged.
      'Hi Tom,\nI have refunded the',
      'Thanks, the refund is on its way.',
      // The reply asks the customer for something: the conversation is not over yet.
      'I am sorry the parcel has not arrived yet. Could you send us your order number so we can trace it with the courier?',
      "I'm so sorry about the double charge on your card. Please DM us the email address on your account and we'll sort it out.",
      'Hi Sam,\nI have refunded the second charge, it will show on your statement within five working days. Send us a DM with any additional questions.',
      "Hi Tom,\nI've switched your plan to the yearly billing and the discount is applied from today. Sag Bescheid, falls etwas fehlt.\nCheers,\nAnna",
      // Other ways to leave the door open: "reply here if …", "tell me if not", "I'm around".
      'Hi Priya,\nyour new router is configured and the line test came back clean. If the drop-outs return, reply here and I will look at it straight away.\nBest,\nJon',
      'Hi Lee,\nthe duplicate charge is reversed and the credit shows on your next statement. If anything else crops up, we are only an email away.\nBest,\nJon',
      "Hi Sam,\nthe voucher is on your account now and works on the next order. Hope that does it, tell me if not.\nCheers,\nLou",
      "Hi Ana,\nyour booking is moved to the 14th and the confirmation is in your inbox. I'm around until 6 today if anything looks off.\nBest,\nKim",
      'Hi! Done. Thanks!',
      'Hi Ana, the refund is on its way, anything else? cheers, Ray',
      "Hi Jo,\nyour refund of $30 is on its way and should arrive within five days. If there's more I can do, you know where to find me.\nBest,\nSam",
      "Hi Jo,\nyour new SIM is active and your number moved over this morning. Reach out any time.\nBest,\nSam",
      "Hi Jo,\nthe replacement ships today by express and arrives tomorrow. We're only a message away.\nBest,\nSam",
    ],
    invalid: [
      // A signature with an initial ("T. Weber") is one line, not two sentences.
      { text: 'Dear Mr Patel,\n[[your refund of £49.90 was issued today and should reach your account in 3-5 working days.]]\nKind regards,\nT. Weber', rewrite: 'Dear Mr Patel,\nYour refund of £49.90 was issued today and should reach your account in 3-5 working days. Is there anything else I can do for you?\nKind regards,\nT. Weber' },
      { text: "Hi Noor,\nyour eye test is booked for Monday at 11. [[Please bring your current glasses.]]\nThanks,\nOptics Team", rewrite: "Hi Noor,\nyour eye test is booked for Monday at 11. Please bring your current glasses. Is there anything else I can do for you?\nThanks,\nOptics Team" },
      { text: "hey! [[ur order shipped today, tracking: 1Z999.]] thx", rewrite: "hey! Ur order shipped today, tracking: 1Z999. Is there anything else I can do for you? thx" },
      { text: 'Hello Priya,\n[[your new SIM ships today by courier.]]\nTake care', rewrite: 'Hello Priya,\nYour new SIM ships today by courier. Is there anything else I can do for you?\nTake care' },
      { text: 'hi, [[the voucher is back in your account and valid until May.]] thanks, Jo', rewrite: 'hi, the voucher is back in your account and valid until May. Is there anything else I can do for you? thanks, Jo' },
      {
        text: "Hi Carlos,\n[[I've switched your plan to yearly billing and the discount applies from today.]]\nCheers,\nDana",
        rewrite: "Hi Carlos,\nI've switched your plan to yearly billing and the discount applies from today. Is there anything else I can do for you?\nCheers,\nDana",
      },
      {
        text: 'Hi Tom,\nI have refunded the second charge today. [[It will show on your statement within five working days.]]\nBest regards,\nAnna',
        rewrite: 'Hi Tom,\nI have refunded the second charge today. It will show on your statement within five working days. Is there anything else I can do for you?\nBest regards,\nAnna',
      },
      {
        text: 'Thanks for waiting. [[Your replacement router was shipped this morning and should arrive on Thursday.]]\n\nKind regards\nThe Acme Support Team',
        rewrite: 'Thanks for waiting. Your replacement router was shipped this morning and should arrive on Thursday. Is there anything else I can do for you?\n\nKind regards\nThe Acme Support Team',
      },
      {
        text: 'I have checked your account. [[The upgrade is active now and all your files have been moved across]]\nCheers\nSam',
        rewrite: 'I have checked your account. The upgrade is active now and all your files have been moved across. Is there anything else I can do for you?\nCheers\nSam',
      },
    ],
  },
  de: {
    valid: [
      'Hey Lu,\nalles erledigt, dein Account ist wieder frei. Du weißt ja, wo du mich findest!\nCiao\nMarc',
      'Hallo Frau Wenz,\ndie Kaution ist überwiesen. Ich freue mich, wenn ich Ihnen auch künftig helfen kann.\nHerzliche Grüße\nOle',
      'Hallo Frau Kern,\nIhr Ausweis liegt bereit. Bitte schicken Sie uns noch ein Foto.\nMit freundlichen Grüßen\nTom aus dem Bürgerservice',
      'Hallo Frau Meier,\nich habe die doppelte Abbuchung storniert, das Geld ist in fünf Werktagen wieder auf Ihrem Konto. Kann ich sonst noch etwas für Sie tun?\nViele Grüße\nAnna',
      'Die Erstattung ist veranlasst und sollte in den nächsten Tagen auf Ihrem Konto sein. Melden Sie sich gerne, wenn Sie noch Fragen haben.',
      'Ich habe das Passwort zurückgesetzt und dir den Link per Mail geschickt. Bei weiteren Fragen stehe ich dir gerne zur Verfügung.',
      'Hallo Herr Schulz,\nich habe die',
      'Das Paket ist unterwegs.',
      'Es tut mir leid, dass die Lieferung so lange dauert. Könnten Sie mir bitte Ihre Bestellnummer schicken, damit ich nachsehen kann?',
      'Hallo Frau Berg,\nich habe die Rechnung korrigiert und Ihnen die neue Fassung per Mail geschickt. Sagen Sie Bescheid, falls noch etwas nicht stimmt.\nViele Grüße\nAnna',
      // Other ways to leave the door open: reachable for questions, "schreib mir einfach", "wir helfen weiter", looking forward to an answer.
      'Hallo Herr Roth,\nder Zugang ist wieder freigeschaltet und das neue Passwort gilt ab sofort. Bei Rückfragen bin ich unter dieser Nummer erreichbar.\nViele Grüße\nAnna',
      'Hi Lena,\ndeine Rücksendung ist angekommen und das Geld ist schon angewiesen. Schreib mir einfach, falls es in drei Tagen noch nicht da ist.\nLG Tom',
      'Guten Tag Frau Koch,\ndie Rechnung ist korrigiert und liegt jetzt in Ihrem Kundenkonto. Wir helfen Ihnen jederzeit gerne weiter.\nMit freundlichen Grüßen\nIhr Support-Team',
      'Hallo Herr Yilmaz,\nder neue Montagetermin ist am Dienstag um 10 Uhr eingetragen und der Techniker bringt das Ersatzteil mit. Ich freue mich auf Ihre Rückmeldung.\nViele Grüße\nAnna',
      'Hallo Frau Weber,\ndie Gutschrift ist gebucht und erscheint auf der nächsten Rechnung. Sie erreichen mich direkt unter der Durchwahl 214.\nViele Grüße\nAnna',
      'Hi Max,\ndein Zugang ist wieder aktiv und das neue Passwort gilt ab sofort. Melde dich, wenn es irgendwo hakt.\nLG Tom',
      // Call me / write me / tell me which: the door stays open without "Fragen" or "helfen".
      'Guten Tag Herr Krause,\ndie Einrichtung ist in der Anleitung unten Schritt für Schritt beschrieben. Sollte es nicht klappen, rufen Sie mich einfach direkt an.\nViele Grüße\nLea',
      'Hi Mo, der Zugang geht wieder, es lag an unserem Server. Falls noch was spinnt, schreib mir.',
      'Hallo Ida, deine Fotos sind in der Cloud gesichert. Geht beim Umzug aufs neue Handy was schief, melde dich direkt bei mir!',
      'Guten Tag Frau Haas,\nder Beitrag wird immer zum Monatsersten eingezogen. Passt Ihnen ein anderer Termin besser, sagen Sie mir einfach, welcher.\nFreundliche Grüße\nTim',
      // A closing wish after a reply that offers help is still fine.
      'Hallo Frau Beck,\nIhr Sitzplatz ist jetzt 3C am Gang. Wenn Sie noch etwas brauchen, bin ich für Sie da. Gute Reise!',
    ],
    invalid: [
      {
        text: 'Sehr geehrte Frau Brandt,\n[[Ihre Rückerstattung über 49,90 € wurde heute angewiesen und sollte in 3–5 Werktagen auf Ihrem Konto sein.]]\nMit freundlichen Grüßen\nT. Weber',
        rewrite: 'Sehr geehrte Frau Brandt,\nIhre Rückerstattung über 49,90 € wurde heute angewiesen und sollte in 3–5 Werktagen auf Ihrem Konto sein. Kann ich sonst noch etwas für Sie tun?\nMit freundlichen Grüßen\nT. Weber',
      },
      // Round 4: a signature "Name vom Team" / "Name, Firma", a closing wish with "beim …", an instruction for later ("Bitte bringen Sie … mit").
      {
        text: 'Guten Tag Herr Roth,\nder Mietvertrag liegt Ihnen jetzt unterschrieben als PDF vor. [[Er gilt ab dem ersten Januar.]]\nBeste Grüße\nJana Wolf, Hausverwaltung Nord',
        rewrite: 'Guten Tag Herr Roth,\nder Mietvertrag liegt Ihnen jetzt unterschrieben als PDF vor. Er gilt ab dem ersten Januar. Kann ich sonst noch etwas für Sie tun?\nBeste Grüße\nJana Wolf, Hausverwaltung Nord',
      },
      {
        text: 'Hi Sam,\n[[Deine Skins sind wieder da, du findest sie im Inventar unter Sammlung.]]\nViel Spaß beim Spielen\nTom vom Support-Team',
        rewrite: 'Hi Sam,\nDeine Skins sind wieder da, du findest sie im Inventar unter Sammlung. Kann ich sonst noch etwas für dich tun?\nViel Spaß beim Spielen\nTom vom Support-Team',
      },
      {
        text: 'Sehr geehrte Frau Kern,\nIhr Reisepass liegt zur Abholung bereit. [[Bitte bringen Sie den alten Pass zur Abholung mit.]]\nMit freundlichen Grüßen\nBürgeramt Süd',
        rewrite: 'Sehr geehrte Frau Kern,\nIhr Reisepass liegt zur Abholung bereit. Bitte bringen Sie den alten Pass zur Abholung mit. Kann ich sonst noch etwas für Sie tun?\nMit freundlichen Grüßen\nBürgeramt Süd',
      },
      // A polite apology, "bitte haben Sie Geduld" or "kann ich noch nicht sagen" is not a closing offer.
      {
        text: 'Hallo Jonas,\nbitte entschuldige die späte Antwort. [[Dein Ticket ist jetzt wieder freigeschaltet.]]\nLG Mia',
        rewrite: 'Hallo Jonas,\nbitte entschuldige die späte Antwort. Dein Ticket ist jetzt wieder freigeschaltet. Kann ich sonst noch etwas für dich tun?\nLG Mia',
      },
      {
        text: 'Guten Tag Frau Kaya,\nwann der Techniker kommt, kann ich Ihnen noch nicht sagen. [[Der Auftrag ist angelegt.]]\nMit freundlichen Grüßen\nIhr Serviceteam',
        rewrite: 'Guten Tag Frau Kaya,\nwann der Techniker kommt, kann ich Ihnen noch nicht sagen. Der Auftrag ist angelegt. Kann ich sonst noch etwas für Sie tun?\nMit freundlichen Grüßen\nIhr Serviceteam',
      },
      // A closing wish, an inline "vg"/"lg" or a company line under the greeting still end a finished reply.
      {
        text: 'Hallo Frau Beck,\n[[Ihr Mietwagen steht ab 9 Uhr am Schalter 4 bereit.]] Gute Fahrt!',
        rewrite: 'Hallo Frau Beck,\nIhr Mietwagen steht ab 9 Uhr am Schalter 4 bereit. Kann ich sonst noch etwas für Sie tun? Gute Fahrt!',
      },
      {
        text: 'hey, alles klar! [[dein abo ist bis ende juni pausiert.]] vg mia',
        rewrite: 'hey, alles klar! Dein abo ist bis ende juni pausiert. Kann ich sonst noch etwas für dich tun? vg mia',
      },
      {
        text: 'Sehr geehrte Frau Albers,\nIhre Kündigung ist zum 30.06. bestätigt. [[Die letzte Abbuchung erfolgt am 1. Juni.]]\nMit freundlichen Grüßen\nStadtwerke Kiel – Kundenservice',
        rewrite: 'Sehr geehrte Frau Albers,\nIhre Kündigung ist zum 30.06. bestätigt. Die letzte Abbuchung erfolgt am 1. Juni. Kann ich sonst noch etwas für Sie tun?\nMit freundlichen Grüßen\nStadtwerke Kiel – Kundenservice',
      },
      {
        text: '[[ok, schon erledigt, deine neue Adresse ist hinterlegt und die nächste Lieferung geht dorthin.]]',
        rewrite: 'Ok, schon erledigt, deine neue Adresse ist hinterlegt und die nächste Lieferung geht dorthin. Kann ich sonst noch etwas für dich tun?',
      },
      {
        text: 'Hallo Jan,\n[[ich habe dein Abo wie gewünscht auf jährliche Zahlung umgestellt, der Rabatt gilt ab heute.]]\nLG Tom',
        rewrite: 'Hallo Jan,\nIch habe dein Abo wie gewünscht auf jährliche Zahlung umgestellt, der Rabatt gilt ab heute. Kann ich sonst noch etwas für dich tun?\nLG Tom',
      },
      {
        text: 'Hallo Frau Meier,\nich habe die doppelte Abbuchung storniert. [[Das Geld ist in fünf Werktagen wieder auf Ihrem Konto.]]\nViele Grüße\nAnna',
        rewrite: 'Hallo Frau Meier,\nich habe die doppelte Abbuchung storniert. Das Geld ist in fünf Werktagen wieder auf Ihrem Konto. Kann ich sonst noch etwas für Sie tun?\nViele Grüße\nAnna',
      },
      {
        text: 'Hallo Jan,\ndanke für deine Geduld. [[Dein neues Passwort ist aktiv und du kannst dich ab sofort wieder anmelden.]]\nLG Tom',
        rewrite: 'Hallo Jan,\ndanke für deine Geduld. Dein neues Passwort ist aktiv und du kannst dich ab sofort wieder anmelden. Kann ich sonst noch etwas für dich tun?\nLG Tom',
      },
      {
        text: 'Vielen Dank für Ihre Nachricht. [[Ihr Ersatzgerät wurde heute verschickt und kommt voraussichtlich am Donnerstag bei Ihnen an.]]\n\nMit freundlichen Grüßen\nIhr Support-Team',
        rewrite: 'Vielen Dank für Ihre Nachricht. Ihr Ersatzgerät wurde heute verschickt und kommt voraussichtlich am Donnerstag bei Ihnen an. Kann ich sonst noch etwas für Sie tun?\n\nMit freundlichen Grüßen\nIhr Support-Team',
      },
    ],
  },
};
