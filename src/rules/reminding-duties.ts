// Lecturing the customer about their duties or about what they were already told:
// "you are responsible for checking ...", "you were supposed to return it", "it's clearly stated in
// our terms", "you agreed to the terms", "let me remind you that ...", "as per my last email",
// "everyone knows ..."; "Sie sind verpflichtet, ...", "Das steht doch in den AGB",
// "Das wurde Ihnen bereits mitgeteilt", "Ich weise Sie nochmals darauf hin", "Das weiß doch jeder".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enHelp = () => ['let me help you with this', "here's how we can sort it out"];
const enNote = () => ['just so you have it at hand,', 'to sum up,'];
const enRecap = () => ['to recap,', 'in short,'];
const deHelp = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass mich dir dabei helfen', 'ich zeige dir, wie wir das lösen']
    : ['lassen Sie mich Ihnen dabei helfen', 'ich zeige Ihnen, wie wir das lösen'];
const deRecap = () => ['kurz zusammengefasst:', 'zur Übersicht:'];
/** The character right after the span, to decide whether the rewrite needs its own comma. */
const nextChar = (ctx: MatchContext) => ctx.after.trimStart().charAt(0);
const enSoYouKnow = (ctx: MatchContext) => [nextChar(ctx) === ',' ? 'just so you know' : 'just so you know,'];

/** Words that make a "reminder" a reprimand rather than an appointment reminder. */
const EN_DUTY = String.raw`[^.!?]{0,80}?\b(?:must|have\s+to|need\s+to|binding|fees?|charges?|terms|T&Cs|policy|responsible|responsibility|agreed|not\s+(?:possible|allowed|permitted|refundable)|non-refundable|deadline|late|on\s+time|in\s+advance|required|obliged|rules|contract|conditions|posted|displayed|for\s+a\s+reason|incurs?|penalt(?:y|ies)|clearly)\b`;
const DE_DUTY = String.raw`[^.!?]{0,80}?(?<![\p{L}])(?:müssen|muss|verpflichtet|bindend|Frist|Fristen|Gebühr|Gebühren|AGB|Bedingungen|nicht\s+möglich|zugestimmt|verantwortlich|Verantwortung|pünktlich|rechtzeitig|abgelaufen|erstattungsfähig)(?![\p{L}])`;

export const remindingDuties: Rule = {
  id: 'reminding-duties',
  category: 'lecturing',
  guidance: 'no-lectures',
  description: 'Lecturing the customer about their duties or what they were already told',
  en: {
    patterns: [
      // "I'd like to point out that ...", "I must stress that ...".
      {
        re: /\bI(?:['’]d|\s+would)\s+(?:just\s+)?like\s+to\s+(?:point\s+out|stress|emphasi[sz]e|make\s+(?:it\s+)?clear)\s+that\b|\bI\s+(?:must|have\s+to|need\s+to)\s+(?:point\s+out|stress|emphasi[sz]e)\s+(?:again\s+)?that\b/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|loyal|credit|free|good\s+news|entitled|eligible)\b|\?/,
        rewrite: () => ['just so you have it,'],
      },
      // "This was all explained at the time of sale", "this was made clear when you booked".
      {
        re: /\b(?:this|it|that|everything|all\s+of\s+this)\s+(?:was|were)\s+(?:all\s+|clearly\s+|fully\s+|very\s+|quite\s+|perfectly\s+|crystal\s+)*(?:explained|made\s+(?:very\s+|quite\s+|perfectly\s+|crystal\s+|abundantly\s+)?clear|pointed\s+out|covered|stated|disclosed|communicated|set\s+out)\s+(?:to\s+(?:you|u)\s+)?(?:at\s+the\s+(?:time|point)|when\s+(?:you|u)|during\s+(?:the\s+)?(?:sale|booking|sign-?up|handover|checkout|call)|before\s+(?:you|u)|in\s+writing|at\s+(?:booking|checkout|sign-?up|handover|collection))\b[^.!?;]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|apologi[sz]e|should\s+have|wasn['’]?t|not|if|whether)\b|\?/,
        rewrite: () => ["here's a quick summary of what was agreed"],
      },
      // "The information is all there if you take the time to look."
      {
        re: /\bif\s+(?:you|u)\s+(?:(?:just|actually|only|simply)\s+)?(?:take|took|had\s+taken)\s+the\s+time\s+to\s+(?:look|read|check)\b[^.!?;]*|\b(?:all|right)\s+there\s+if\s+(?:you|u)\s+(?:(?:just|actually|bother\s+to)\s+)?(?:look|read|check)\b[^.!?;]*/,
        rewrite: (ctx) => [/^(?:all|right)\b/i.test(ctx.match) ? "all listed, and I'm happy to point you to it" : "and I'm happy to point you to it"],
      },
      // "We expect customers to check their orders on arrival", "we cannot be expected to know ...".
      {
        re: /\bwe\s+(?:would\s+)?expect\s+(?:all\s+)?(?:customers|you|guests|members|users|passengers|clients|tenants|hirers|drivers|residents|parents|patients)\s+to\s+(?:check|read|know|understand|keep|follow|inspect|review|be\s+aware|report|tell)\b[^.!?;]*|\bwe\s+(?:can(?:no|['’])?t|cannot|can\s+not)\s+be\s+expected\s+to\b[^.!?;]*/,
        unless: /\b(?:not|if|whether)\s+(?:to\s+)?(?:check|read|know)\b|\?/,
        rewrite: enHelp,
      },
      // "As a reminder, cancellations must be made 24 hours in advance."
      {
        re: new RegExp(String.raw`\b(?<hit>as\s+a\s+(?:(?:friendly|gentle|quick|final)\s+)?reminder\s*,)(?=${EN_DUTY})`),
        unless: /\b(?:appointment|booking\s+is|is\s+(?:at|on)|I['’]?ll|I\s+will)\b|\?/,
        rewrite: () => ['just so you have it,'],
      },
      // "... section 7 of your agreement, which you signed", "covered in detail in clause 4".
      {
        re: /(?<=\b(?:agreement|contract|terms|T&Cs|conditions|policy|waiver|paperwork|declaration)\b[^.!?;]{0,12}?),?\s+which\s+(?:you|u)\s+(?:signed|agreed\s+to|accepted|ticked|acknowledged|read|initialled)\b|\bcovered\s+(?:in\s+(?:full\s+|detail\s+)?)?in\s+(?:section|clause|paragraph|point)\s+\d+\b[^.!?;]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|gives?\s+you|entitles?|free|covered\s+for\s+you)\b|\?/,
        rewrite: (ctx) => (/^,?\s*which\b/i.test(ctx.match) ? [', which I can go through with you'] : ['set out in the agreement, and I can go through it with you']),
      },
      // Broad pointers at the fine print followed by a duty: "As stated in the welcome pack, the heating must be left on".
      {
        re: new RegExp(String.raw`\b(?<hit>as\s+(?:(?:clearly|already)\s+)?(?:stated|specified|set\s+out|laid\s+out|written|indicated|stipulated|printed)\s+(?:in|on)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:terms|T&Cs|conditions|contract|agreement|policy|FAQs?|confirmation|handbook|manual|guide|instructions|e-?mail|letter|website|site|ticket|invoice|leaflet|rules|pack|page|small\s+print|booking))(?=${EN_DUTY})`),
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ll|we\s+will|sorry)\b|\?/,
        rewrite: () => ['as described in our information'],
      },
      // "It says right there on the ticket", "it's there in black and white".
      {
        re: /\b(?:it|this|that)\s+(?:says|states|is\s+(?:written|printed|stated|shown))\s+(?:right\s+there|right|in\s+black\s+and\s+white|in\s+(?:big\s+)?(?:bold|capitals|red|big\s+letters))\s+(?:on|in|at)\s+(?:the|your|our)\s+[\w-]+[^.!?;]*|\b(?:it|this|that)(?:['’]?s|\s+is|\s+was)\s+(?:all\s+)?(?:(?:right\s+)?there\s+)?in\s+black\s+and\s+white\b[^.!?;]*/,
        unless: /\?/,
        rewrite: () => ['the details are on the ticket, and I can go through them with you'],
      },
      // "So it shouldn't come as a surprise", "it's hard to miss".
      {
        re: /\b(?:(?:so|which\s+means)\s+)?(?:it|this|that)\s+(?:shouldn['’]?t|should\s+not|really\s+shouldn['’]?t)\s+(?:have\s+)?(?:come\s+as|be|been)\s+(?:a|any)\s+surprise\b|\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is)\s+(?:pretty\s+|really\s+|quite\s+)?(?:hard|difficult|impossible)\s+to\s+miss\b/,
        unless: /\?/,
        rewrite: () => ['I can see how it was easy to miss'],
      },
      // Defensive "we did notify all customers", "all residents were informed in advance".
      {
        re: /\bwe\s+did\s+(?:(?:actually|already|in\s+fact|clearly)\s+)?(?:notify|inform|e-?mail|write\s+to|warn|tell|advise|announce|publish|post|communicate|send|remind|text|mail|call|flag|publici[sz]e|display|put\s+up|let\s+(?:you|everyone|all\s+[\w-]+)\s+know)\b[^.!?;]*|\b(?:all\s+(?:our\s+)?(?:customers|members|users|tenants|residents|guests|passengers|account\s+holders|subscribers|patients|parents)|every\s+(?:customer|member|user|tenant|resident|guest|passenger|subscriber|patient|parent)|everyone)\s+(?:were|was|has\s+been|have\s+been)\s+(?:(?:all|clearly|duly|properly|already|also|personally)\s+)?(?:notified|informed|told|advised|warned|e-?mailed|written\s+to|made\s+aware|sent\s+(?:an?\s+)?(?:e-?mail|letter|notice|reminder))\b[^.!?;]*/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|sorry|apologi[sz]e|but\s+(?:it|the|your|that|this)|didn['’]?t\s+reach|missed\s+you)\b|\?/,
        rewrite: () => ['we sent a notice about this, and I can resend it if it helps'],
      },
      // "It's important that you read the instructions", "it's essential for you to check ...".
      {
        re: /\bit(?:['’]?s|\s+is|\s+was)\s+(?:(?:very|really|extremely|super|so)\s+)?(?:important|essential|vital|crucial|imperative)\s+(?:that\s+(?:you|u)|for\s+(?:you|u)\s+to)\s+(?:always\s+)?(?:read|check|follow|keep|understand|familiari[sz]e|make\s+sure|ensure|pay\s+attention|double-check|review|note|remember)\b[^.!?;]*/,
        unless: /\b(?:I['’]?ll|I\s+will|let\s+me|here['’]?s|here\s+is|happy\s+to)\b|\?/,
        rewrite: enHelp,
      },
      // "That's just common sense", "that's standard practice".
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is)\s+(?:just\s+|only\s+|simply\s+|pretty\s+|basic\s+|all\s+)?(?:common\s+sense|standard\s+practice|basic\s+(?:knowledge|stuff|practice|common\s+sense)|general\s+knowledge|common\s+knowledge)\b(?=\s*(?:[.!,;]|$))/,
        unless: /\b(?:not|isn['’]?t)\b|\?/,
        rewrite: () => ['that is how it usually works'],
      },
      // "I'd recommend reading the FAQ, it answers most questions", "I suggest checking the terms before booking".
      {
        re: /\bI(?:['’]?d|\s+would)?\s+(?:strongly\s+)?(?:recommend|suggest|advise)\s+(?:(?:that\s+)?you\s+)?(?:reading|read|checking|check|reviewing|review|looking\s+at|familiari[sz]ing\s+yourself\s+with)\s+(?:through\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:terms|T&Cs|conditions|FAQs?|manual|guide|instructions|policy|small\s+print|help\s+(?:centre|center|pages?)|contract)\b(?=[^.!?;]{0,60}\b(?:before|first|in\s+future|next\s+time|carefully|properly|it\s+(?:answers|covers|explains)|most\s+questions)\b)[^.!?;]*/,
        unless: /\b(?:I['’]?ll|I\s+will|I['’]?ve|I['’]?m\s+here|I\s+am\s+here|happy|stuck|here['’]?s|link|section)\b|\?/,
        rewrite: () => ["here's the short version of what the terms say"],
      },
      // Pointing at where it was written: "it's all in our FAQ", "as you can see from our email".
      { re: /\b(?:it['’]?s|its|this\s+is|that['’]?s|thats|everything\s+is)\s+(?:all\s+)?(?:clearly\s+)?(?:in|on|explained\s+in|stated\s+in|listed\s+in|described\s+in|written\s+in)\s+(?:our|the)\s+(?:FAQs?|terms|T&Cs|help\s+(?:centre|center|pages?)|manual|product\s+page|confirmation(?:\s+e-?mail)?|receipt|ticket|invoice|label|booking\s+confirmation|website|site|app|sign|signs|noticeboard|leaflet|contract)\b(?:,?\s+by\s+the\s+way)?(?=\s*[.!,;]|\s*$)/i, unless: /\b(?:here['’]?s|link|I['’]ve\s+(?:copied|pasted|linked)|below)\b|\?/i, rewrite: enHelp },
      { re: /\bas\s+you\s+(?:can|could|will|would)\s+(?:see|read|tell)\s+(?:from|in)\s+(?:our|my|the)\s+(?:e-?mail|message|letter|terms|FAQs?|confirmation)(?:\s+(?:of|from|dated)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?|(?:last\s+)?[A-Za-z]+day))?\b/i, rewrite: () => ['to recap briefly'] },
      // "You obviously missed the part where it says no refunds", "you skipped the bit that explains the fee".
      {
        re: /\byou\s+(?:(?:obviously|clearly|must\s+have|probably|just|conveniently)\s+)?(?:missed|skipped|ignored|overlooked|didn['’]?t\s+read)\s+the\s+(?:part|bit|line|section|paragraph|sentence)\s+(?:where|that|which)\b[^.!?;,]*/,
        unless: /\b(?:may|might|maybe|perhaps|easy\s+to|understandable|no\s+worries|don['’]?t\s+worry|if)\b|\?/,
        rewrite: enHelp,
      },
      // "You are responsible for checking ...", "it is the customer's responsibility", "that's your job".
      {
        re: /\byou(?:['’]?re|\s+are|\s+were)\s+(?:(?:solely|fully|entirely|personally|always|ultimately)\s+)?responsible\s+for\s+(?:checking|keeping|making|ensuring|reading|providing|entering|returning|updating|cancell?ing|backing|verifying|knowing|securing|protecting|paying|reviewing)\b[^.!?;,]*|\b(?:it\s+is|it['’]?s|this\s+is|that\s+is)\s+(?:(?:entirely|solely|always|ultimately)\s+)?the\s+(?:[\w-]+\s+)?(?:customer|account\s+holder|cardholder|card\s+holder|buyer|passenger|user|guest|member|traveller|traveler|tenant|owner|hirer|renter|driver|holder|policyholder|resident|purchaser|patient|parent|client|subscriber|player|borrower|occupant)['’]?s\s+(?:own\s+)?(?:responsibility|duty|job|obligation)\b|\b(?:that|this)(?:['’]?s|\s+is)\s+(?:(?:entirely|solely|really)\s+)?your\s+(?:own\s+)?(?:responsibility|job|duty)(?=\s*(?:[.!;,]|$))/,
        unless: /\b(?:not|no\s+longer|never|if|whether)\b|\?/,
        rewrite: (ctx) => (/^(?:it|this|that)\b/i.test(ctx.match) && /^to\b/i.test(ctx.after.trimStart()) ? ['it helps'] : enHelp()),
      },
      // "You were supposed to return the device", "customers are expected to read the terms".
      {
        re: /\byou(?:['’]?re|\s+are|\s+were)\s+(?:(?:always|actually|clearly|obviously)\s+)?(?:supposed|expected|meant)\s+to\s+(?!(?:receive|get|have|hear|be\s+(?:contacted|called|refunded|notified|informed|sent)|see)\b)[\w-]+[^.!?;,]*|\b(?:customers|users|passengers|guests|buyers|members|account\s+holders|cardholders|travell?ers)\s+(?:are\s+(?:(?:always|clearly)\s+)?(?:expected|required|obliged|supposed|responsible)\s+(?:to|for)|(?:must|should|need\s+to|have\s+to)(?:\s+always)?)\s+(?:read|check|know|familiari[sz]e|understand|keep|make\s+sure|ensure|review|be\s+aware|reading|checking|knowing|keeping)\b[^.!?;,]*/,
        unless: /\b(?:if|whether|not)\b|\?/,
        rewrite: enHelp,
      },
      // Duties of a role, stated as the rule: "patients are expected to cancel 24 hours in advance", "tenants are
      // supposed to report leaks straight away" (any verb; "customers are required to read" is covered above).
      {
        re: /\b(?:patients|tenants|residents|drivers|renters|hirers|parents|students|players|clients|visitors|subscribers|owners|customers|users|passengers|guests|members|travell?ers|leaseholders|policyholders|account\s+holders|cardholders)\s+(?:are|were)\s+(?:always\s+|clearly\s+|all\s+)?(?:expected|supposed|obliged)\s+to\s+[a-z]+\b[^.!?;,]*/,
        unless: /\b(?:if|whether|not|never)\b|\?/,
        rewrite: enHelp,
      },
      // The document the customer was given: "this is covered in the onboarding guide you were sent in March",
      // "it's all explained in the welcome pack you received".
      {
        re: /\b(?:this|that|it|which|everything|all\s+of\s+this)(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+(?:all\s+|clearly\s+|fully\s+|already\s+)?(?:covered|explained|described|detailed|set\s+out|outlined|mentioned|included|stated|listed|spelled\s+out|spelt\s+out)\s+in\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:guide|e-?mail|letter|contract|agreement|terms|manual|handbook|pack|leaflet|booklet|confirmation|documentation|docs|FAQs?|policy|paperwork|instructions|brochure|invoice|receipt)\s+(?:that\s+)?(?:you|u)\s+(?:were\s+(?:sent|given|e-?mailed|handed)|received|got|signed|agreed\s+to|accepted|downloaded|were\s+asked\s+to\s+read)\b[^.!?;,]*/,
        unless: /\b(?:but|however|sorry|I['’]?ve|I\s+have|I['’]?ll|I\s+will|if)\b|\?/,
        rewrite: () => ["I'm happy to go through it with you"],
      },
      // Rules for everyone, the customer included: "the rules apply to everyone, including you", "just so we're
      // clear, ...", "all of this is on our website if you take a moment to look".
      {
        re: /\b(?:the\s+|our\s+|these\s+|those\s+)?(?:rules?|polic(?:y|ies)|terms|fees?|charges?|deadlines?|conditions)\s+(?:apply|applies)\s+(?:equally\s+)?to\s+(?:everyone|everybody|all\s+(?:our\s+)?(?:customers|guests|users|tenants|patients|members|passengers|drivers))(?:\s*,?\s+including\s+(?:you|yourself))?\b|^(?:just\s+)?so\s+(?:we['’]?re|we\s+are)\s+(?:(?:absolutely|perfectly|completely)\s+)?(?:clear|on\s+the\s+same\s+page)\b|\bif\s+(?:you|u)\s+(?:just\s+|only\s+|would\s+)?(?:take|took|spend|spent|bother\s+to\s+take)\s+(?:a\s+(?:moment|minute|second|few\s+(?:minutes|seconds))|the\s+time|two\s+minutes|five\s+minutes)\s+to\s+(?:look|read|check|scroll|have\s+a\s+look)\b/,
        unless: /\b(?:sorry|I['’]?ve|I\s+have|I['’]?ll\s+(?:waive|refund|make\s+an\s+exception))\b|\?/,
        rewrite: (ctx) => [/^(?:just\s+)?so\s+we/i.test(ctx.match) ? 'to sum up' : /^if\b/i.test(ctx.match) ? "and I'm happy to point you to it" : 'the same rules apply across all bookings'],
      },
      // "As per section 4.2 of the MSA, notice must be given in writing", "under clause 9 of your lease, pets must be registered".
      {
        re: new RegExp(String.raw`\b(?:as\s+per|per|under|in\s+line\s+with)\s+(?:section|clause|paragraph|point|article|schedule)\s+[\w.()-]+(?:\s+of\s+(?:the|your|our)\s+[\w&-]+(?:\s+[\w&-]+)?)?\s*,?${EN_DUTY}[^.!?;]*`),
        unless: /\b(?:but|however|I['’]?ve|I\s+have|I['’]?ll|I\s+will|still\s+(?:well\s+)?within|good\s+news)\b|\?/,
        rewrite: () => ["our terms say this, and I'm happy to go through them with you"],
      },
      // "The information is readily available on our site", "it's freely available in the app".
      {
        re: /\b(?:is|are|was|were|['’]s)\s+(?:all\s+)?(?:readily|freely|easily|clearly|publicly|always)\s+(?:available|accessible|visible|findable|to\s+be\s+found)\s+(?:on|in|at|via|through)\s+(?:our|the|your)\b[^.!?;,]*/,
        unless: /\b(?:but|however|I['’]?ve|I\s+have|I['’]?ll|I\s+will|here|below|link|attached)\b|\?/,
        rewrite: () => ["is on our site too, and I'm happy to send it to you"],
      },
      // "You were advised at the time of booking that the fare is non-refundable."
      {
        re: /\byou\s+were\s+(?:told|informed|advised|notified|warned|made\s+aware)\s+(?:at\s+the\s+time\s+of|when\s+you|during|before|on\s+(?:booking|purchase|collection|check-?in|sign-?up)|at\s+(?:booking|purchase|collection|check-?in|sign-?up))\b[^.!?;]*/,
        unless: /\b(?:but|however|sorry|wrongly|incorrectly|I['’]?ve|I\s+have|if)\b|\?/,
        rewrite: () => ["we mentioned this when you booked, and I'm happy to go through it again"],
      },
      // Pointing at where the customer should have read it: "..., which is clearly stated in the text message",
      // "which was plainly marked on the signs", "it's very clearly displayed on the ticket".
      {
        re: /\b(?<subj>which|it|this|that)(?:['’]?s|\s+is|\s+was|\s+has\s+been|\s+are|\s+were)\s+(?:(?:all|very|quite|really|always)\s+)?(?:clearly|explicitly|plainly|prominently|visibly|obviously)\s+(?:stated|written|printed|marked|shown|displayed|explained|mentioned|listed|signposted|spel(?:led|t)\s+out|set\s+out|labell?ed|highlighted|indicated|outlined|posted)\s+(?<where>(?:on|in|at)\s+(?:our|the|your|each|every|all)\b[^.!?,;]*)/,
        unless: /\b(?:but|however|although|though|sorry|I['’]?ve|I\s+have|I['’]?ll|I\s+will|if|whether)\b|\?/,
        rewrite: (ctx) => [/^which/i.test(ctx.match) ? `which you'll also find ${ctx.groups.where ?? 'in our terms'}` : `you'll also find this ${ctx.groups.where ?? 'in our terms'}`],
      },
      // The customer's reading duty as house rule: "which we do ask all customers to read carefully", "we expect all
      // tenants to read the house rules", "as we remind all passengers, ...".
      {
        re: /\b(?<which>which\s+|as\s+)?we\s+(?:do\s+|always\s+|specifically\s+|clearly\s+|explicitly\s+|kindly\s+)?(?:ask|expect|require|remind|tell|instruct)\s+(?:all\s+(?:of\s+)?(?:our\s+)?|every\s+|our\s+|each\s+)?(?:customers?|guests?|users?|passengers?|members?|tenants?|residents?|patients?|clients?|drivers?|renters?|hirers?|buyers?|parents?|travell?ers?|visitors?|everyone|everybody|people)\b(?:\s+to\s+(?:(?:always|carefully|please|kindly|properly)\s+)?(?:read|check(?!\s+(?:out|in)\b)|review|double-?check|look\s+at|note|familiari[sz]e|go\s+through|make\s+sure|keep\s+an\s+eye)\b|(?=\s*,))[^.!?;]*/,
        unless: /\b(?:if|whether|but|however|I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b|\?/,
        rewrite: (ctx) => [ctx.groups.which ? "which I'm happy to go through with you" : "I'm happy to go through the details with you"],
      },
      // Presuming agreement before a refusal or rule: "I'm sure you understand that we can't just ...", "you'll
      // appreciate that we can't make exceptions", "as I'm sure you're aware, the deadline was Friday".
      {
        re: /\b(?:(?:I['’]?m|I\s+am|Im)\s+sure\s+(?:you|u)(?:['’]ll|\s+will|\s+can|\s+would|\s+must)?|surely\s+(?:you|u)(?:\s+can)?|I\s+trust\s+(?:you|u)(?:\s+can|\s+will)?|(?:you|u)(?:['’]ll|\s+will|\s+must|\s+can\s+surely|\s+surely))\s+(?:understand|appreciate|realise|realize|see|agree|accept)(?:\s+(?:that|why))?(?=[^.!?]{0,80}?\b(?:can['’]?t|cannot|can\s+not|cant|won['’]?t|not|no|rules?|polic(?:y|ies)|standard|have\s+to|has\s+to|must|deadline|fee|everyone|exceptions?|apply|applies|cancell?ations?|charged?|kept|retained|non-refundable|terms|conditions)\b)|\bas\s+(?:(?:I['’]?m|I\s+am|Im)\s+sure\s+(?:you['’]?re|you\s+are|you\s+know|u\s+know)(?:\s+(?:aware|already\s+aware))?|(?:you['’]?re|you\s+are)\s+(?:surely|no\s+doubt|doubtless|undoubtedly|probably|well)\s+aware|you\s+(?:surely|no\s+doubt|must|should|will)\s+(?:already\s+)?know)\b/,
        unless: /\?/,
        rewrite: (ctx) => [/^as\b/i.test(ctx.match) ? (/^\s*,/.test(ctx.after ?? '') ? 'just so you have it' : 'just so you have it,') : 'to be upfront with you,'],
      },
      // "It clearly says on the website", "it's clearly stated in our terms".
      {
        re: /\b(?:it|this|that)(?:['’]?s|\s+is|\s+was)?\s+(?:(?:very|quite|all)\s+)?(?:clearly|explicitly|plainly|all|literally)\s+(?:says|said|stated|written|explained|mentioned|shown|listed|spell?ed\s+out|spelt\s+out|there)\s+(?<where>(?:on|in)\s+(?:our|the|your)\b[^.!?,;]*?)(?=\s+that\b|\s*[.!?,;]|\s*$)/,
        unless: /\b(?:but|however|although|though|sorry|I['’]?ve|I\s+have)\b|\?/,
        rewrite: (ctx) => [`${ctx.groups.where ?? 'in our terms'} it says`],
      },
      // "the terms you agreed to", "you accepted the terms when you signed up".
      {
        re: /\b(?:terms|T&Cs|T\s*&\s*Cs|conditions|policy|contract|agreement)\s+(?:that\s+)?you\s+(?:(?:already|clearly|willingly|explicitly)\s+)?(?:agreed\s+to|accepted|signed|consented\s+to)\b|\byou\s+(?:(?:already|clearly|explicitly|willingly)\s+)?(?:agreed\s+to|accepted|signed|consented\s+to)\s+(?:(?:our|the|these|those)\s+)(?:terms|T&Cs|conditions|policy|policies|contract|agreement)\b[^.!?;,]*/,
        unless: /\b(?:thanks?|thank\s+you|great|now|successfully|live|active|if|whether)\b|\?/,
        rewrite: enHelp,
      },
      // "You should really read the terms before you book", "it is up to you to check", "reading the FAQ would have saved you ...".
      {
        re: /\byou\s+(?:(?:really|always|honestly)\s+)?(?:should|must|need\s+to|have\s+to|ought\s+to)\s+(?:(?:really|always|first|actually)\s+)?(?:read|check|review|look\s+at)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:terms|T&Cs|conditions|instructions|manual|FAQs?|e-?mail|confirmation|description|size\s+(?:chart|guide)|details|product\s+page|small\s+print|fine\s+print|dates|listing|rules|policy)\b[^.!?;]{0,30}?\bbefore\b[^.!?;,]*|\byou\s+(?:need|have|must)\s+(?:to\s+)?make\s+sure\b[^.!?;]{0,60}?\bbefore\s+(?:ordering|booking|buying|purchasing|paying|you\s+(?:order|book|buy|pay|submit))\b|\b(?:it['’]?s|it\s+is)\s+(?:entirely\s+|solely\s+|really\s+)?up\s+to\s+you\s+to\s+(?:check|make\s+sure|ensure|read|keep|verify|know|remember)\b[^.!?;,]*|\bwould\s+have\s+saved\s+you\b[^.!?;,]*|\b(?:this|that|it)\s+(?:was|has\s+been)\s+(?:all\s+|already\s+)?(?:clearly\s+|fully\s+)?(?:explained|described)\s+(?:clearly\s+|in\s+(?:great\s+)?detail\s+|in\s+full\s+)in\s+(?:the|our|my)\s+[\w-]+(?:\s+you\s+(?:received|got|signed))?|\b(?:the\s+)?(?:rules|terms|policy|T&Cs|conditions|contract)\s+(?:is|are)\s+(?:(?:very|quite|perfectly|crystal)\s+)?(?:clear|unambiguous)\s+(?:on|about)\s+(?:this|that|it)\b/,
        unless: /\b(?:sorry|apologi[sz]e|we\s+should|I\s+should|if|whether|on\s+your\s+side|in\s+your\s+favou?r|but)\b|\?/,
        rewrite: enHelp,
      },
      // "You should always keep a backup", "please pay more attention next time".
      {
        re: /\byou\s+(?:should|must|need\s+to|have\s+to)\s+(?:really\s+)?always\s+(?:keep|make\s+(?:a\s+)?(?:backup|copy|note)|back\s+up|check|read|save|double-check|remember)\b[^.!?;,]*|\b(?:please\s+)?pay\s+(?:more|closer|better)\s+attention\b(?:\s+(?:next\s+time|in\s+future|to\s+[\w-]+(?:\s+[\w-]+)?))?/,
        unless: /\b(?:we|I)\s+(?:should|will|need)\b|\b(?:we|I)['’]?ll\b|\?/,
        rewrite: enHelp,
      },
      // "Please familiarise yourself with our policies."
      {
        re: /\b(?:please\s+)?familiari[sz]e\s+yourself\s+with\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:policies|policy|terms|rules|guidelines|conditions|T&Cs)\b/,
        rewrite: enHelp,
      },
      // "Let me remind you that late payments incur a fee."
      {
        re: new RegExp(String.raw`\b(?:let\s+me|I(?:\s+(?:would|must|have\s+to|need\s+to|want\s+to)|['’]d)(?:\s+like\s+to)?|may\s+I|can\s+I|we(?:\s+(?:would|must)|['’]d)(?:\s+like\s+to)?)\s+(?:just\s+)?remind\s+you\s+(?:again\s+|once\s+more\s+)?that\b(?=${EN_DUTY})`),
        rewrite: () => ['just so you know,'],
      },
      // "Let me remind you, again, that ...", "I must remind you once more": the repetition is the reprimand.
      {
        re: /\b(?:let\s+me|I(?:\s+(?:would|must|have\s+to|need\s+to|want\s+to)|['’]d)(?:\s+like\s+to)?|may\s+I|can\s+I|we(?:\s+(?:would|must)|['’]d)(?:\s+like\s+to)?)\s+(?:just\s+)?remind\s+you\s*,?\s*(?:again|once\s+(?:more|again)|one\s+more\s+time|yet\s+again)\b(?:\s*,)?(?:\s+that\b)?/,
        unless: /\?/,
        rewrite: (ctx) => (/that$/i.test(ctx.match) ? ['just so you know,'] : ['just so you know']),
      },
      // "Reading them first would have saved us both a lot of time", "a quick look at our help center would have answered this".
      {
        re: /\b(?:(?:a\s+)?(?:quick\s+|short\s+|simple\s+|brief\s+)?(?:look|glance|read|search|check)\s+(?:at|of|in|through|on)\s+[^.!?;,]{1,40}?|(?:reading|checking|looking\s+at|following|searching|googling)\b[^.!?;,]{0,40}?)\s+would\s+have\s+(?:saved|answered|told|shown|solved|avoided|prevented|spared|cleared\s+up)\b[^.!?;,]*/,
        unless: /\b(?:sorry|apologi[sz]e|my\s+(?:mistake|bad|fault)|our\s+(?:mistake|fault)|I\s+should|we\s+should|(?:told|shown|saved)\s+(?:me|us)(?!\s+both)|on\s+(?:my|our)\s+(?:part|side))\b|\?/,
        rewrite: () => ["I'm happy to walk you through it"],
      },
      // "Please read our policy before making a purchase", "do your research next time", "the information was right there on the booking page".
      {
        re: /\b(?:please\s+)?(?:read|check|review)\s+(?:our|the)\s+(?:policy|policies|terms(?:\s+and\s+conditions)?|T&Cs|conditions|FAQs?|product\s+(?:page|description)|description|size\s+(?:chart|guide))\s+(?:carefully\s+|properly\s+)?before\s+(?:making|placing|ordering|booking|buying|purchasing|paying|you\s+(?:order|book|buy|pay|purchase))\b[^.!?;,]*|\bdo\s+(?:your|some)\s+(?:own\s+)?(?:research|homework)\b(?:\s+(?:next\s+time|first|in\s+future))?|\b(?:was|is|were|are)\s+(?:right|all|clearly)\s+there\s+(?:on|in)\s+(?:the|your|our)\s+[\w-]+(?:\s+[\w-]+)?/,
        unless: /\b(?:sorry|apologi[sz]e|I['’]?ve|I\s+have|we\s+should)\b|\?/,
        rewrite: () => ['let me help you with this'],
      },
      // "I'd recommend reading emails properly before replying", "it's standard practice to keep your receipt".
      {
        re: /\b(?:I['’]?d|I\s+would|we['’]?d|we\s+would)\s+(?:recommend|suggest|advise)\s+(?:reading|checking|looking\s+at)\b[^.!?;,]{0,50}?\b(?:properly|carefully|fully|before\s+(?:replying|contacting|writing|ordering|booking|complaining|calling))\b[^.!?;,]*|\b(?:it['’]?s|it\s+is)\s+(?:just\s+)?(?:standard|normal|common|basic)\s+(?:practice|procedure|sense|knowledge)\s+to\b[^.!?;,]*/,
        unless: /\b(?:sorry|I['’]?ve|I\s+have|we['’]?ve|I['’]?m\s+here|happy\s+to\s+help|if\s+you\s+get\s+stuck)\b|\?/,
        rewrite: () => ['let me help you with this'],
      },
      // "That's clearly explained in section 4 of the contract", "please take the time to read our FAQ",
      // "that's why we recommend reading the terms", "all of this was in the welcome email".
      {
        re: /\b(?:(?:(?:it|this|that)(?:['’]?s|\s+is|\s+was)|you['’]?ll\s+find\s+(?:it|that|this))\s+)?(?:clearly|explicitly|plainly)\s+(?:explained|stated|written|set\s+out|laid\s+out|described|mentioned)\s+in\s+(?:section|clause|point|paragraph|(?:the|our|your)\s+(?:contract|terms|T&Cs|policy|manual|FAQs?|agreement|welcome\s+pack))\b[^.!?;,]*|\b(?:please\s+)?take\s+(?:the|some)\s+time\s+to\s+(?:read|check|look\s+at|go\s+through)\s+(?:our|the)\s+[\w-]+(?:\s+[\w-]+)?|\bthat['’]?s\s+(?:exactly\s+)?why\s+(?:we|I)\s+(?:always\s+)?(?:recommend|advise|suggest|tell\s+(?:people|customers|everyone)\s+to|ask\s+(?:people|customers|everyone)\s+to)\s+(?:reading|checking|keeping|double-checking|reviewing|backing\s+up|saving|read|check|keep|double-check|review|back\s+up)\b[^.!?;,]*|\b(?:all\s+of\s+(?:this|that)|all\s+this|all\s+that|everything)\s+(?:was|were)\s+(?:already\s+|clearly\s+)?(?:in|on)\s+(?:the|your|our)\s+(?:welcome|confirmation|booking|order|first|original|previous)\s+(?:e-?mail|letter|pack|message|documents?|page)\b/,
        unless: /\b(?:sorry|apologi[sz]e|I['’]?ve|I\s+have|we\s+should|happy\s+to)\b|\?/,
        rewrite: () => ['let me help you with this'],
      },
      // "It's all in the user manual, which you received with the product."
      {
        re: /\b(?:it['’]?s|it\s+is|this\s+is|that['’]?s|everything\s+is)\s+all\s+(?:in|on)\s+(?:the|your|our)\s+(?:user\s+)?(?:manual|guide|instructions|FAQs?|terms|contract|e-?mail|documentation|paperwork|welcome\s+pack)\b(?=[^.!?]{0,40}\b(?:you|u)\s+(?:already\s+)?(?:received|got|signed|agreed\s+to|accepted|were\s+given))[^.!?;]*/,
        unless: /\b(?:sorry|I['’]?ve|I\s+have)\b|\?/,
        rewrite: () => ['let me help you with this'],
      },
      // "For your information, the terms say 14 days."
      { re: /(?:^|(?<=^(?:well|look|ok(?:ay)?|so)\s*,?\s*))for\s+your\s+(?:information|info)\s*[,:]/, unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|attached|enclosed|here\s+(?:is|are)|below)\b/, rewrite: () => ['just so you know,'] },
      // "You were informed of this at checkout", "you were told about it in the confirmation email".
      {
        re: /\byou\s+were\s+(?:told|informed|advised|notified|warned|made\s+aware)\s+(?:of|about)\s+(?:this|that|it|the\s+[\w-]+)\b(?:\s+(?:at|during|before|when|on|in|by)\s+[^.!?;,]*)?/,
        unless: /\b(?:sorry|apologi[sz]e|wrong(?:ly)?|incorrect(?:ly)?|should\s+have\s+been|weren['’]?t|were\s+not|never|I['’]?ve|I\s+have|resent|if|whether)\b|\?/,
        rewrite: () => ['to recap, here are the details'],
      },
      // "This was explained to you on the phone", "the fee is clearly written on the product page".
      {
        re: /\b(?:(?:this|that|it)\s+(?:was|has\s+been)\s+(?:already\s+|clearly\s+|previously\s+|all\s+)?(?:explained|mentioned|made\s+clear|pointed\s+out)\s+to\s+you\b|(?:this|that|the)\s+(?:information|info|detail|details|fee|price|deadline|policy|rule|date|condition|conditions|limit|charge)\s+(?:is|was|are|were)\s+(?:very\s+|quite\s+|all\s+)?(?:clearly|explicitly|plainly)\s+(?:written|stated|shown|displayed|listed|explained|mentioned|marked|printed)\s+(?:on|in)\b)[^.!?;,]*/,
        unless: /\b(?:sorry|apologi[sz]e|wrong(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|should\s+not|shouldn['’]?t|never|not)\b|\?/,
        rewrite: () => ['to recap, here are the details'],
      },
      // "As per my last email", "please re-read my previous reply", "I've explained this several times".
      {
        re: /\b(?:as\s+per|per|see|(?:please\s+)?(?:re-?read|read|refer(?:\s+back)?\s+to|go\s+back\s+to|check))\s+my\s+(?:previous|last|earlier|prior|first)\s+(?:e-?mails?|messages?|repl(?:y|ies)|responses?|tweets?|DMs?|notes?|comments?)\b/,
        unless: /\?/,
        rewrite: (ctx) => (/^(?:as\s+per|per)\b/i.test(ctx.match) ? ['to recap'] : ['here is a short summary']),
      },
      {
        re: /\b(?:I|we)(?:['’]?ve|\s+have)\s+(?:already\s+)?(?:explained|said|told\s+you|mentioned|answered|addressed|covered|responded\s+to)\s+(?:this|that|it|your\s+question)(?:\s+question)?\s+(?:(?:several|many|multiple|numerous|a\s+few|countless|two|three|four|five|six|ten|\d+)\s+times|(?:twice|repeatedly|more\s+than\s+once))\b(?:\s+(?:now|already))?/,
        rewrite: () => ['let me put it another way'],
      },
      // "You were already told that ...", "as you were advised on the phone".
      {
        re: /\b(?:as\s+you\s+were\s+(?:already\s+|previously\s+|clearly\s+)?(?:told|informed|advised|notified)\b[^,.!?;]{0,40}|you\s+were\s+(?:already|clearly|previously|explicitly|repeatedly|definitely)\s+(?:told|informed|advised|notified|warned)\b(?:\s+(?:that|about|of)\b)?)/,
        unless: /\b(?:sorry|apologi[sz]e|wrong|incorrect(?:ly)?|mistaken(?:ly)?|by\s+mistake|should\s+not|shouldn['’]?t)\b/,
        rewrite: (ctx) => (/\b(?:about|of)$/i.test(ctx.match) ? ['to recap, here are the details on'] : ['to recap,'].map((r) => (/^as\b/i.test(ctx.match) ? 'to recap' : r))),
      },
      // "Again, the refund takes 5 days." / "Once again, we cannot ..." (not thanks or apologies).
      {
        re: /^(?:(?:once\s+)?again|to\s+repeat|I\s+repeat|one\s+more\s+time|I['’]?ll\s+say\s+(?:it|this)\s+(?:again|one\s+more\s+time|once\s+more)|let\s+me\s+(?:say|repeat)\s+(?:it|this|that)\s+(?:again|once\s+more|one\s+more\s+time|one\s+last\s+time))\s*[,:]/,
        unless: /\b(?:sorry|apolog\w*|thanks?|thank\s+you|welcome|congrat\w*|happy|glad|pleasure)\b/,
        rewrite: () => ['to recap,'],
      },
      // "Everyone knows ...", "surely you know ...", "obviously you need to ...", "lesson learned".
      {
        re: /\bas\s+(?:everyone|everybody)\s+knows\b|\b(?:everyone|everybody)\s+knows(?:\s+that)?(?=\s+(?:you|u|how|to|what|where|passwords?)\b)|\bsurely\s+you\s+(?:know|realise|realize|understand|are\s+aware)(?:\s+that)?\b|\bobviously(?=,?\s+you\s+(?:need|have|must|should)\b)|\bas\s+you\s+(?:should|ought\s+to|must)\s+(?:know|be\s+aware)\b|\b(?:just\s+)?so\s+you\s+know\s+for\s+(?:next\s+time|the\s+future|future\s+reference)\b/,
        unless: /\?/,
        rewrite: enSoYouKnow,
      },
      {
        re: /\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is)\s+(?:just\s+)?common\s+(?:knowledge|sense)\b|\blesson\s+learn(?:ed|t)\b|\blet\s+(?:this|that)\s+be\s+a\s+lesson\b|\b(?:hopefully|so)\s+you['’]?ll\s+(?:remember|know)\s+(?:(?:that|this)\s+)?(?:next\s+time|for\s+next\s+time|in\s+future|for\s+the\s+future)\b/,
        unless: /\?/,
        rewrite: () => ['I hope this helps'],
      },
      // "As stated in our FAQ, …", "like it says in bold on the ticket, …": pointing at the small print the customer should have read.
      {
        re: /^(?:(?:well|so|again|but)\s*,?\s+)?(?:(?:like|as)\s+it\s+(?:(?:clearly|explicitly|plainly)\s+)?(?:says|said|states|stated)|(?:as|like)\s+(?:is\s+|was\s+)?(?:(?:clearly|explicitly|plainly)\s+)?(?:stated|written|shown|outlined|described|specified|indicated|set\s+out|printed|displayed))\s+(?:(?:in\s+(?:bold|big\s+letters|capitals|capital\s+letters|large\s+print|black\s+and\s+white|writing)|clearly|right|very\s+clearly)\s+)?(?:in|on|under|at)\s+(?:(?:the|our)\s+(?:[\w&-]+\s+){0,2}?(?:FAQs?|terms|T&Cs|T\s*&\s*Cs|conditions|website|site|page|ticket|receipt|confirmation|e-?mail|contract|policy|rules|description|listing|label|packaging|box|sign|app|manual|instructions|guide|agreement|booking|small\s+print|fine\s+print)|your\s+(?:ticket|receipt|contract|booking\s+confirmation|agreement))\b/,
        unless: /\b(?:you\s+can|you['’]?re\s+(?:entitled|eligible|covered)|free|good\s+news|happy|I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ll|we\s+will|sorry|apologi[sz]e|our\s+(?:mistake|fault|error))\b|\?/,
        rewrite: () => ['just so you know'],
      },
      // "The rules are posted at the entrance for a reason", "the sign is there for a reason".
      {
        re: /\b(?:the\s+|our\s+|these\s+|those\s+)?(?:[\w-]{1,40}\s+)?(?:rules|terms|policy|policies|signs?|warnings?|instructions|guidelines|limits?|deadlines?|notices?|labels?|conditions)\s+(?:is|are|was|were|exist|exists)\b[^.!?;,]{0,40}?\bfor\s+a\s+reason\b|\b(?:the|our|these|those)\s+(?:[\w-]{1,40}\s+)?[\w-]+\s+(?:is|are)\s+(?:clearly\s+)?(?:posted|displayed|written|printed|shown|listed|there|on|at|in)\b[^.!?;,]{0,40}?\bfor\s+a\s+reason\b/,
        unless: /\?/,
        rewrite: () => ['these are there to keep things fair for everyone'],
      },
      // "Maybe read the small print before booking next time", "next time, check the dates before paying".
      {
        re: /^(?:(?:so|well|ok(?:ay)?)\s*,?\s+)?(?:maybe|perhaps|next\s+time|in\s+future|in\s+the\s+future)\s*,?\s+(?:try\s+)?(?:reading|read|check(?:ing)?|look(?:ing)?\s+at)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:terms|T&Cs|conditions|instructions|manual|FAQs?|description|size\s+(?:chart|guide)|details|product\s+page|small\s+print|fine\s+print|dates|listing|rules|policy)\b[^.!?;]{0,30}?\bbefore\b[^.!?;,]*/,
        unless: /\b(?:sorry|we\s+should|I\s+should|if|whether)\b|\?/,
        rewrite: () => ["it's worth checking the details first, and I'm happy to help with that"],
      },
    ],
    message: 'This lectures the customer',
    explanation:
      'Reminding the customer of their duties, the terms or what they were told before sounds like a reprimand and puts them on the defensive. Help with the situation as it is.',
    rewrite: enHelp,
  },
  de: {
    patterns: foldDe([
      // "Sie sind verpflichtet, ... zurückzusenden", "Als Kunde sind Sie selbst dafür zuständig, ... zu prüfen".
      {
        re: /(?<![\p{L}])(?<hit>(?:als\s+Kund(?:e|in)\s+)?(?:Sie\s+sind|du\s+bist|sind\s+Sie|bist\s+du)\s+(?:(?:selbst|selber|allein|ganz\s+allein|als\s+Kunde|als\s+Kundin|hier|nun\s+mal|eben|halt)\s+){0,2}(?:dafür\s+)?(?:verantwortlich|verpflichtet|zuständig)\s*,)(?=\s+(?:[\p{L}\d-]+\s+){0,6}?(?:zu\s+\p{L}+|\p{L}+zu\p{L}{2,})(?![\p{L}]))/u,
        unless: /(?:verantwortlich|verpflichtet|zuständig),\s+nichts|(?<![\p{L}])dürfen(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'bitte denk daran,' : 'bitte denken Sie daran,'],
      },
      // "dass es in Ihrer Verantwortung liegt", "Das ist Ihre Pflicht".
      {
        re: /(?<![\p{L}])(?:in\s+(?:Ihrer|deiner)\s+(?:eigenen\s+)?Verantwortung\s+(?:liegt|lag)|(?:das|es|dies)\s+ist\s+(?:(?:allein|ganz|nun\s+mal|halt|eben)\s+)?(?:Ihre|deine)\s+(?:eigene\s+)?(?:Verantwortung|Pflicht|Aufgabe))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*|falls|ob)(?![\p{L}])|\?/u,
        rewrite: (ctx) => (/^in\s/iu.test(ctx.match) ? ['sinnvoll ist'] : deHelp(ctx)),
      },
      // "Das steht doch in der Anleitung", "Das steht klar und deutlich in den AGB".
      {
        re: /(?<![\p{L}])steht\s+(?:(?:alles|doch|übrigens|auch|klar|deutlich|klar\s+und\s+deutlich|eindeutig|ausdrücklich|ja|extra|schwarz\s+auf\s+weiß|explizit|genau)\s+){1,3}(?<where>(?:in|auf|im)\s+(?:den|der|dem|unseren?|unserer|unserem|Ihrem|Ihren|Ihrer|deinem|deiner)\s+[\p{L}-]+)/u,
        unless: /(?<![\p{L}])(?:aber|allerdings|jedoch|trotzdem|ich\s+habe|(?:schicke|sende|zeige|verlinke)\s+ich|ich\s+(?:schicke|sende|zeige|verlinke)|gern|gerne)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [`steht ${ctx.groups.where ?? 'in den AGB'}, und ich erkläre es ${ctx.register === 'informal' ? 'dir' : 'Ihnen'} gern`],
      },
      // "Sie haben den AGB zugestimmt", "die AGB, denen Sie zugestimmt haben".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+haben|du\s+hast)\s+(?:(?:doch|ja|damals|selbst|ausdrücklich|bei\s+der\s+\p{L}+|beim\s+\p{L}+)\s+){0,3}(?:den|die|unseren|unsere[nr]?)\s+(?:AGB|Geschäftsbedingungen|Bedingungen|Nutzungsbedingungen|Vertragsbedingungen|Richtlinien|Vertrag)\s+(?:[\p{L}]+\s+){0,3}?(?:zugestimmt|akzeptiert|unterschrieben)|(?:AGB|Bedingungen|Geschäftsbedingungen|Vertrag),?\s+(?:denen|die|den)\s+(?:Sie|du)\s+(?:[\p{L}]+\s+){0,2}?(?:zugestimmt|akzeptiert|unterschrieben)\s+(?:haben|hast))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:danke|vielen\s+Dank|erfolgreich|jetzt|nun|falls|ob)(?![\p{L}])|\?/u,
        rewrite: deHelp,
      },
      // "Bitte machen Sie sich mit unseren Richtlinien vertraut."
      {
        re: /(?<![\p{L}])(?:machen\s+Sie\s+sich|mach\s+dich)\s+(?:(?:bitte|doch|erst\s+mal|zunächst|künftig)\s+)?(?:[\p{L}-]+\s+){0,2}?mit\s+(?:den|unseren|der|unserer)\s+(?:AGB|Richtlinien|Bedingungen|Regeln|Nutzungsbedingungen|Vorschriften|Geschäftsbedingungen|Regelungen)\s+vertraut(?![\p{L}])/u,
        rewrite: deHelp,
      },
      // "Ich möchte Sie daran erinnern, dass Zahlungen pünktlich erfolgen müssen", "Ich weise Sie nochmals darauf hin".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:ich|wir)\s+(?:m(?:ö|oe)chte|m(?:ö|oe)chten|darf|d(?:ü|ue)rfen|muss|m(?:ü|ue)ssen)\s+(?:Sie|dich)\s+(?:(?:nochmals|noch\s+einmal|erneut|ausdrücklich|bitte)\s+)?daran\s+erinnern,\s+dass(?=${DE_DUTY})|(?:ich|wir)\s+(?:weise|weisen)\s+(?:Sie|dich)\s+(?:(?:hiermit\s+)?(?:nochmals|noch\s+einmal|erneut|ausdrücklich|wiederholt)\s+){1,2}darauf\s+hin,\s+dass)(?![\p{L}])`, 'u'),
        rewrite: () => ['gut zu wissen ist, dass'],
      },
      // "Das wurde Ihnen bereits mitgeteilt", "Wie Ihnen bereits mitgeteilt wurde", "Das haben wir Ihnen schon mehrfach erklärt".
      {
        re: /(?<![\p{L}])(?:(?:das|es|dies)\s+wurde\s+(?:Ihnen|dir)\s+(?:(?:doch|bereits|schon|mehrfach|mehrmals|ja|ausführlich|deutlich)\s+){1,3}|wie\s+(?:Ihnen|dir)\s+(?:(?:bereits|schon|mehrfach|ja|doch)\s+){1,2}|das\s+(?:habe\s+ich|haben\s+wir)\s+(?:Ihnen|dir)\s+(?:(?:doch|ja|bereits|schon|mehrfach|mehrmals|zweimal|x-mal|ausführlich|oft\s+genug|gestern|vorhin|letzte\s+Woche|am\s+Telefon)\s+){1,3})(?:mitgeteilt|gesagt|erklärt|erläutert|geschrieben|beantwortet)(?:\s+(?:wurde|worden))?(?![\p{L}])/u,
        rewrite: (ctx) => (/^wie\s/iu.test(ctx.match) ? ['kurz zusammengefasst'] : ['ich fasse es gern noch einmal zusammen']),
      },
      // "Nochmals: ...", "Ich wiederhole mich ungern", "Lesen Sie bitte meine letzte Nachricht noch einmal".
      {
        re: /^(?:nochmals|noch\s+einmal|nochmal|noch\s+mal|ich\s+wiederhole)\s*:|(?<![\p{L}])ich\s+wiederhole\s+mich(?:\s+(?:nur\s+)?(?:ungern|nicht\s+gern|nur\s+ungern))?(?![\p{L}])|(?<![\p{L}])(?:lesen\s+Sie|lies)\s+(?:(?:bitte|doch|einfach|nochmal|noch\s+einmal|nochmals)\s+){0,2}(?:meine|unsere)\s+(?:letzte|vorige|vorherige|erste|vorletzte)\s+(?:Mail|E-Mail|Nachricht|Antwort)(?:\s+(?:noch\s+einmal|nochmal|nochmals|genau))?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:danke|Dank|Entschuldigung|tut\s+mir\s+leid)(?![\p{L}])/u,
        rewrite: (ctx) => (/:$/.test(ctx.match) ? deRecap() : ['ich fasse es gern noch einmal zusammen']),
      },
      // "Das sollte eigentlich bekannt sein", "Das weiß doch jeder" ("Wer lesen kann, ist klar im Vorteil" is a sneer: contempt).
      {
        re: /(?<![\p{L}])(?:(?:das|es)\s+sollte\s+(?:(?:doch|eigentlich|ja|allgemein|hinlänglich|inzwischen)\s+){1,2}bekannt\s+sein|(?:das|es)\s+weiß\s+(?:(?:doch|eigentlich|ja|wirklich)\s+){1,2}jede[rs]?|das\s+(?:wussten\s+Sie|wusstest\s+du)(?:\s+(?:doch|ja|bereits|schon|eigentlich)){0,2}(?=\s*(?:[.!]|$))|(?:merken\s+Sie\s+sich|merk\s+dir)\s+(?:das|es|dies)(?:\s+(?:bitte|doch|einfach|für\s+die\s+Zukunft|fürs\s+nächste\s+Mal|für\s+das\s+nächste\s+Mal|beim\s+nächsten\s+Mal)){0,2}|(?:das|jetzt|dann)\s+(?:wissen\s+Sie|weißt\s+du)\s+(?:(?:ja|jetzt|dann|wenigstens|zumindest)\s+){0,2}(?:für\s+die\s+Zukunft|fürs\s+nächste\s+Mal|für\s+das\s+nächste\s+Mal)|Lehrgeld\s+(?:bezahlt|gezahlt)|aus\s+Fehlern\s+lernt\s+man)(?![\p{L}])/u,
        unless: /\?/,
        rewrite: deHelp,
      },
      // "Sie sollten wirklich die AGB lesen, bevor Sie buchen", "Sie müssen schon selbst darauf achten", "Das wurde in der Mail ausführlich erklärt",
      // "Die Regeln sind da eindeutig", "Ein Blick in die FAQ hätte Ihnen viel Ärger erspart".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+sollten|du\s+solltest|Sie\s+m(?:ü|ue)ssen|du\s+musst)\s+(?:(?:wirklich|schon|halt|eben|immer|erst|zuerst|vorher)\s+){0,2}(?:die|den|das|unsere)\s+(?:AGB|Anleitung|FAQ|Bedingungen|Beschreibung|Mail|E-Mail|Größentabelle|Hinweise|Produktbeschreibung)\s+(?:[\p{L}]+\s+)?(?:lesen|durchlesen|prüfen|beachten|anschauen|ansehen),?\s+bevor(?:\s+(?:Sie|du)\s+[\p{L}]+)?|(?:Sie\s+m(?:ü|ue)ssen|du\s+musst)\s+(?:schon|halt|eben|nun\s+mal)\s+(?:(?:selbst|selber)\s+)?(?:darauf\s+achten|aufpassen|(?:selbst\s+)?prüfen|kontrollieren)|(?:das|dies|es)\s+wurde\s+(?:(?:doch|bereits|schon)\s+)?(?:in|im)\s+(?:der|dem|unserer|unserem|meiner|meinem|den)\s+[\p{L}-]+\s+(?:(?:doch|bereits|schon|ausführlich|klar|deutlich|eindeutig|genau)\s+){1,2}(?:erklärt|beschrieben|erläutert|mitgeteilt)|(?:(?:die|der|unsere|unser)\s+)?(?:Regeln|AGB|Bedingungen|Vorgaben|Richtlinien|Vertrag)\s+(?:sind|ist)\s+(?:(?:da|hier|in\s+diesem\s+Punkt)\s+)?(?:(?:ganz|sehr|völlig)\s+)?(?:eindeutig|klar|unmissverständlich)|hätte\s+(?:Ihnen|dir)\s+(?:[\p{L}]+\s+){0,3}?erspart)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:Entschuldigung|tut\s+mir\s+leid|wir\s+hätten|ich\s+hätte|falls|ob|auf\s+(?:Ihrer|deiner)\s+Seite|zu\s+(?:Ihren|deinen)\s+Gunsten|aber)(?![\p{L}])|\?/u,
        rewrite: deHelp,
      },
      // "Wie ich in meiner letzten Antwort geschrieben habe", "Ich sage es noch einmal:", "Sie sollten immer ein Backup haben", "Passen Sie nächstes Mal besser auf".
      {
        re: /(?<![\p{L}])(?:wie\s+(?:ich|wir)\s+(?:(?:Ihnen|dir)\s+)?(?:(?:bereits|schon|doch)\s+)?in\s+(?:meiner|unserer)\s+(?:letzten|vorigen|vorherigen|ersten)\s+(?:Mail|E-Mail|Nachricht|Antwort)\s+(?:geschrieben|erwähnt|erklärt|gesagt|mitgeteilt)(?:\s+(?:habe|haben))?|^ich\s+sage\s+es\s+(?:Ihnen\s+|dir\s+)?(?:noch\s+einmal|nochmal|nochmals|ein\s+letztes\s+Mal)\s*[:,]|(?:Sie\s+sollten|du\s+solltest)\s+(?:(?:wirklich|grundsätzlich)\s+)?immer\s+(?:[\p{L}-]+\s+){0,4}?(?:machen|anlegen|sichern|prüfen|lesen|aufbewahren|speichern|kontrollieren)|(?:passen\s+Sie|pass)\s+(?:(?:nächstes\s+Mal|beim\s+nächsten\s+Mal|künftig|bitte|doch|einfach|in\s+Zukunft)\s+){0,3}(?:besser|genauer|mehr)\s+auf)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:danke|Entschuldigung|tut\s+mir\s+leid)(?![\p{L}])|\?/u,
        rewrite: (ctx) => (/^wie\s/iu.test(ctx.match) ? ['kurz zusammengefasst'] : /:$/.test(ctx.match) ? deRecap() : deHelp(ctx)),
      },
      // "Du musst halt vorher die Anleitung lesen."
      {
        re: /(?<![\p{L}])(?:Sie\s+m(?:ü|ue)ssen|du\s+musst)\s+(?:(?:halt|eben|schon|nun\s+mal|doch)\s+){1,2}(?:(?:vorher|zuerst|erst|auch|mal)\s+)?(?:die|den|das|unsere)\s+(?:Anleitung|AGB|FAQ|Bedingungen|Bedienungsanleitung|Hinweise|Mail|E-Mail|Beschreibung|Nachricht)\s+(?:[\p{L}]+\s+)?(?:lesen|beachten|durchlesen)(?![\p{L}])/u,
        rewrite: deHelp,
      },
      {
        // "Das können Sie alles in unseren AGB nachlesen", "Die Antwort finden Sie übrigens ganz einfach in unserer Hilfe"
        re: /(?<![\p{L}])(?:(?:können\s+Sie|kannst\s+du)\s+(?:(?:alles|übrigens|auch|ja|doch|selbst|einfach|ganz\s+einfach)\s+){1,3}|(?:finden\s+Sie|findest\s+du)\s+(?:(?:alles|übrigens|auch|ja|doch|selbst|ganz\s+einfach|einfach)\s+){1,3})(?<where>(?:in|auf|im)\s+(?:den|der|dem|unseren?|unserer|unserem)\s+(?:FAQs?|AGB|Anleitung|Bedienungsanleitung|Hilfe\p{L}*|Vertrag|Vertragsunterlagen|Geschäftsbedingungen|Nutzungsbedingungen|Produktbeschreibung|Dokumentation|Handbuch))(?:\s+(?:nachlesen|nachschauen|nachsehen|finden|lesen))?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:gern|gerne|Link|hier|aber|ich\s+(?:erkläre|schicke|habe))(?![\p{L}])|\?/u,
        rewrite: (ctx) => [`steht ${ctx.groups.where ?? 'in den AGB'}, und ich erkläre es ${ctx.register === 'informal' ? 'dir' : 'Ihnen'} gern`],
      },
      {
        // "Als Kontoinhaber tragen Sie die Verantwortung für Ihre PIN"
        re: /(?<![\p{L}])(?:tragen\s+Sie|trägst\s+du|Sie\s+tragen|du\s+trägst)\s+(?:(?:allein|selbst|selber|nun\s+mal|die\s+volle|die\s+alleinige)\s+){0,2}(?:die\s+)?Verantwortung(?:\s+(?:für|dafür))?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*|falls|ob)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'bitte denk daran, gut aufzupassen auf' : 'bitte denken Sie daran, gut aufzupassen auf'],
      },
      {
        // "Ich muss Sie nochmals darauf hinweisen, dass …", "muss ich dich erneut daran erinnern, dass …"
        re: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:muss|m(?:ü|ue)ssen|m(?:ö|oe)chte|m(?:ö|oe)chten|darf|d(?:ü|ue)rfen)|(?:muss|m(?:ü|ue)ssen|m(?:ö|oe)chte|m(?:ö|oe)chten|darf|d(?:ü|ue)rfen)\s+(?:ich|wir))\s+(?:Sie|dich|euch)\s+(?:(?:hiermit|leider|aber|jetzt)\s+)?(?:(?:nochmals|noch\s+einmal|nochmal|erneut|ausdrücklich|wiederholt|abermals)\s+){1,2}(?:darauf\s+hinweisen|daran\s+erinnern|darauf\s+aufmerksam\s+machen)\s*,\s*dass(?![\p{L}])/u,
        rewrite: (ctx) => (/^(?:ich|wir)\s/iu.test(ctx.match) ? ['gut zu wissen ist, dass'] : ['ist wichtig, dass']),
      },
      {
        // "Bitte lesen Sie meine Antwort noch einmal genau durch", "lies meine Mail nochmal richtig"
        re: /(?<![\p{L}])(?:(?:bitte\s+)?lesen\s+Sie|lies)\s+(?:(?:bitte|doch|einfach)\s+){0,2}(?:meine|unsere)\s+(?:Antwort|Mail|E-Mail|Nachricht|Erklärung|Erklaerung|Nachrichten|Mails)\s+(?:(?:bitte|doch|einfach)\s+)?(?:(?:noch\s+einmal|nochmal|nochmals|genau|richtig|aufmerksam|sorgfältig|gründlich)\s+){1,2}(?:durch)?/u,
        unless: /(?<![\p{L}])(?:Entschuldigung|tut\s+mir\s+leid|Korrektur|korrigiert)(?![\p{L}])/u,
        rewrite: () => ['ich fasse es gern noch einmal zusammen'],
      },
      {
        // "Bitte beachten Sie unsere Allgemeinen Geschäftsbedingungen." (as the whole answer)
        re: /(?<![\p{L}])(?:bitte\s+)?beachten\s+Sie\s+(?:(?:bitte|hierzu|dazu|diesbezüglich|auch|künftig)\s+){0,2}(?:unsere|die)\s+(?:Allgemeinen\s+Geschäftsbedingungen|AGB|Nutzungsbedingungen|Vertragsbedingungen|Richtlinien|Bedingungen)(?=\s*[.!]*\s*$)/u,
        rewrite: deHelp,
      },
      // Broad: a reminder opener followed by a rule or duty ("Zur Erinnerung: Sperrmüll muss vier Wochen vorher angemeldet werden").
      {
        re: /^(?<hit>(?:nur\s+|nochmal\s+|noch\s+einmal\s+|kurz\s+)?(?:zur\s+Erinnerung|zur\s+Info|zur\s+Kenntnis|f(?:ü|ue)rs\s+Protokoll|zur\s+Klarstellung|damit\s+(?:das|es)\s+klar\s+ist|um\s+(?:das|es)\s+(?:noch\s*(?:ein)?mal\s+)?klarzustellen|(?:lassen\s+Sie\s+mich|lass\s+mich)\s+(?:das|es|eins|eines)\s+(?:(?:noch\s*(?:ein)?mal|nochmals|ganz|kurz)\s+){0,2}klarstellen|um\s+es\s+(?:ganz\s+)?(?:deutlich|klar)\s+zu\s+sagen))\s*[:–-]\s*(?=[^.!?]*?(?<![\p{L}])(?:muss|m(?:ü|ue)ssen|musst|darf|d(?:ü|ue)rfen|gilt|steht|stand|nur|erst|vorher|rechtzeitig|selbst|selber|sp(?:ä|ae)testens|nicht|kein\p{L}*|zu\s+\p{L}+en|Sie|du)(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['damit alles klappt'],
      },
      // Broad: "Ich darf Sie daran erinnern, dass Sie …", "Darf ich dich daran erinnern, dass die AGB …".
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:ich|wir)\s+(?:darf|d(?:ü|ue)rfen|m(?:ö|oe)chte|m(?:ö|oe)chten|muss|m(?:ü|ue)ssen)\s+(?:Sie|dich|euch)|darf\s+ich\s+(?:Sie|dich|euch)|(?:ich|wir)\s+erinnere?n?\s+(?:Sie|dich|euch))\s+(?:(?:noch\s+einmal|nochmal|nochmals|gern|gerne|kurz|freundlich|ausdr(?:ü|ue)cklich)\s+)?(?:daran(?:\s+erinnern)?|darauf\s+(?:hinweisen|aufmerksam\s+machen))\s*,?\s*dass)(?=(?:\s+[^\s.!?]+){0,8}?\s+(?:Sie|du|man|AGB|Vertrag|Regeln?|Bedingungen|Frist|verpflichtet|zugestimmt|akzeptiert|unterschrieben|Hausordnung)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:können|kannst|könnt|kostenlos|gratis|kostenfrei|m(?:ö|oe)chten?\s+(?:Sie|dich|euch)\s+(?:\p{L}+\s+){0,2}darauf)(?![\p{L}])/u,
        rewrite: () => ['der Hintergrund ist, dass'],
      },
      // Broad: "Das sollte man eigentlich wissen", "das weiß man doch", "das muss jeder wissen".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|sowas|so\s+etwas|so\s+was)\s+(?:sollte|m(?:ü|ue)sste|muss|weiß|weiss|kennt)\s+(?:man|jeder|jede|doch\s+jeder|eigentlich\s+jeder)(?:\s+(?:doch|eigentlich|schon|eben|halt|ja|wirklich))*(?:\s+(?:wissen|kennen|beachten)|(?=\s*[.!,;]|\s*$)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht|kein\p{L}*|niemand)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Round 3b: "Das wurde Ihnen bei Vertragsabschluss ausführlich erklärt" (told before, with a place or time in between).
      {
        re: /(?<![\p{L}])(?<hit>(?:das|es|dies|alles)\s+(?:wurde|ist)\s+(?:Ihnen|dir|euch)\s+(?:[^\s.!?,]+\s+){0,4}?(?:ausf(?:ü|ue)hrlich|deutlich|klar|genau|bereits|schon|mehrfach|ausdr(?:ü|ue)cklich)\s+(?:erkl(?:ä|ae)rt|mitgeteilt|gesagt|erl(?:ä|ae)utert|dargelegt)(?:\s+worden)?)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falsch|nicht|leider\s+nicht|nie|wohl\s+nicht)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['ich fasse es gern noch einmal zusammen'],
      },
      // Round 3b: "Bitte informieren Sie sich künftig vorab …".
      {
        re: /(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:informieren\s+Sie\s+sich|informier(?:e)?\s+dich)\s+(?:(?:bitte|künftig|zukünftig|in\s+Zukunft|nächstes\s+Mal|beim\s+nächsten\s+Mal|das\s+nächste\s+Mal)\s+){1,2}(?:vorab|vorher|rechtzeitig|selbst|selber|selbstständig))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'gern schicke ich dir künftig vorab eine Info' : 'gern schicke ich Ihnen künftig vorab eine Info'],
      },
      // Round 3b: "Es steht doch groß auf der Startseite", "das steht ja auf jeder Rechnung".
      {
        re: /(?<![\p{L}])(?<hit>(?:es|das|alles)\s+steht\s+(?:(?:doch|ja|übrigens|auch)\s+){0,2}(?:groß|gross|fett|unübersehbar|gut\s+sichtbar|ganz\s+oben)\s+(?:auf|in|unter|im)\s+(?:der|dem|den|unserer|unserem|unseren|jeder|jedem)\s+[\p{L}-]+)/u,
        unless: /\?\s*$|(?<![\p{L}])(?:ich\s+(?:schicke|sende|habe)|leicht\s+zu\s+übersehen)(?![\p{L}])/u,
        rewrite: () => ['Sie finden es auch auf der Seite'],
      },
      // Round 3b: "Auch für Sie gelten die gleichen Regeln", "man kann schon etwas Eigeninitiative erwarten", "Wer lesen kann, ist klar im Vorteil".
      {
        re: /(?<![\p{L}])(?<hit>auch\s+f(?:ü|ue)r\s+(?:Sie|dich|euch)\s+gelten\s+(?:die\s+)?(?:gleichen|selben|dieselben|unsere)\s+(?:Regeln|Bedingungen|AGB|Fristen|Vorschriften)(?:\s+wie\s+f(?:ü|ue)r\s+alle(?:\s+anderen)?)?|(?:kann|darf)\s+man\s+(?:(?:doch|schon|wohl|ja|wirklich)\s+){1,2}(?:erwarten|verlangen))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [/^auch/iu.test(ctx.match) ? 'kurz zum Hintergrund: Die Regeln sind für alle gleich' : /^wer/iu.test(ctx.match) ? 'die Details stehen auch schriftlich bereit' : 'hilft'],
      },
      // Round 3, inversion: "Eigentlich sollte bekannt sein, dass …", "Doch müsste Ihnen klar sein, dass …".
      {
        re: /^(?<hit>(?:eigentlich|doch|ja|allgemein)\s+(?:sollte|m(?:ü|ue)sste|d(?:ü|ue)rfte)\s+(?:(?:Ihnen|dir|euch|doch|eigentlich|ja|allgemein|hinl(?:ä|ae)nglich|inzwischen|jedem|l(?:ä|ae)ngst)\s+){0,2}(?:bekannt|klar|bewusst)\s+sein\s*,\s*dass)(?![\p{L}])/u,
        rewrite: () => ['gut zu wissen ist, dass'],
      },
      // Broad: "Grundsätzlich gilt: …" + a duty of the customer.
      {
        re: /^(?<hit>(?:grunds(?:ä|ae)tzlich|generell|allgemein|prinzipiell|hier|bei\s+uns)\s+gilt(?:\s+(?:bei\s+uns|hier|immer|f(?:ü|ue)r\s+alle))?|es\s+gilt\s+(?:grunds(?:ä|ae)tzlich|generell|immer))\s*:\s*(?=[^.!?]*?(?<![\p{L}])(?:wer|muss|m(?:ü|ue)ssen|musst|Sie|du|man|nur|kein\p{L}*|nicht)(?![\p{L}]))/u,
        unless: /\?\s*$/u,
        rewrite: () => ['kurz zum Hintergrund'],
      },
      // Broad: "Wie in den AGB nachzulesen ist, …", "wie in unseren Mietbedingungen beschrieben, …".
      {
        re: /^(?<hit>wie\s+(?:Sie\s+|du\s+)?(?:in|aus)\s+(?<doc>(?:den|der|dem|unseren|unserer|unserem|Ihrem|Ihren|deinem|deinen)\s+(?:[\p{L}-]+\s+)?(?:AGB|FAQ|\p{L}*[Bb]edingungen|\p{L}*[Vv]ertrag|Vertragsunterlagen|Hausordnung|\p{L}*[Aa]nleitung|Richtlinien|Regeln|Satzung|Kleingedruckten|Datenschutzerkl(?:ä|ae)rung|Merkblatt|Hilfe(?:seite|bereich)?))\s+(?:[\p{L}-]+\s+){0,2}?(?:nachzulesen|nachlesen|nachlesen\s+k(?:ö|oe)nnen|lesen\s+k(?:ö|oe)nnen|zu\s+lesen|steht|stand|beschrieben|angegeben|erw(?:ä|ae)hnt|vermerkt|festgehalten|geregelt|ersichtlich|entnehmen\s+k(?:ö|oe)nnen|ausgef(?:ü|ue)hrt)(?:\s+(?:ist|wird|sind|steht|k(?:ö|oe)nnen|kannst))?\s*,\s*)/u,
        rewrite: (ctx) => ['laut ' + (ctx.groups.doc ?? 'den Bedingungen') + ' '],
      },
      // Broad: habits prescribed to the customer: "Du solltest dir angewöhnen, …", "Gewöhnen Sie sich bitte an, …".
      {
        re: /(?<![\p{L}])(?<hit>(?:Sie\s+sollten\s+sich|du\s+solltest\s+dir|ihr\s+solltet\s+euch)\s+(?:(?:wirklich|besser|vielleicht|mal|dringend|künftig|kuenftig)\s+){0,2}angew(?:ö|oe)hnen|(?:gew(?:ö|oe)hnen\s+Sie\s+sich|gew(?:ö|oe)hn(?:e)?\s+dir)\s+(?:(?:bitte|doch|mal|besser|künftig|kuenftig)\s+){0,2}an)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ein Tipp, falls er dir hilft:' : 'ein Tipp, falls er Ihnen hilft:'],
      },
      // Broad: moralising "man" with a particle: "Das kann man doch nicht einfach ignorieren", "So etwas muss man eben vorher prüfen".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|so\s+etwas|sowas|so\s+was|dies)\s+(?:kann|darf|muss|sollte|m(?:ü|ue)sste)\s+man\s+(?:doch|eben|halt|ja|schon)(?:\s+(?:nicht|einfach|auch|wirklich|vorher|rechtzeitig|selbst|selber|wissen|mal))*\s+\p{L}+(?:en|ern|eln))(?=\s*[.!]|\s*$)/u,
        unless: /\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Broad: "Bitte merken Sie sich: …", "Merk dir: …", "Nochmal für dich: …", "Noch einmal zum Mitschreiben: …".
      {
        re: /^(?<hit>(?:bitte\s+)?(?:merken\s+Sie\s+sich|merk(?:e|t)?\s+(?:dir|euch))(?:\s+(?:bitte|doch|mal|endlich|einfach|f(?:ü|ue)rs\s+n(?:ä|ae)chste\s+Mal|f(?:ü|ue)r\s+die\s+Zukunft))*|(?:nochmal|noch\s+mal|noch\s+einmal|ein\s+letztes\s+Mal)\s+(?:f(?:ü|ue)r\s+(?:Sie|dich|euch)|zum\s+Mitschreiben|ganz\s+langsam|zur\s+Erinnerung|in\s+aller\s+Deutlichkeit))\s*(?=:)/u,
        rewrite: () => ['kurz zusammengefasst'],
      },
      // Broad: "Man sollte schon wissen, was man bucht", "Das muss man halt wissen".
      {
        re: /^(?<hit>man\s+(?:sollte|muss|m(?:ü|ue)sste)\s+(?:(?:schon|eben|halt|doch|ja|eigentlich|vorher)\s+){1,3}(?:wissen|lesen|pr(?:ü|ue)fen|beachten|kennen))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Broad: "…, bevor Sie sich beschweren", "bevor du meckerst".
      {
        re: /(?<hit>,?\s*bevor\s+(?:Sie|du|ihr)\s+(?:(?:sich|dich|euch|uns|mir|hier|gleich|wieder|das\s+n(?:ä|ae)chste\s+Mal)\s+){0,2}(?:beschweren|beschwerst|meckern|meckerst|reklamieren|reklamierst|aufregen|aufregst|herumschimpfen|schimpfen|schimpfst))(?=\s*[.!]|\s*$)/u,
        rewrite: () => [''],
      },
      // Broad: "Das hätte dir eigentlich klar sein müssen", "das hätte Ihnen auffallen müssen".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|es|dies)\s+h(?:ä|ae)tte\s+(?:Ihnen|dir|euch)\s+(?:(?:eigentlich|doch|schon|ja|auch|sp(?:ä|ae)testens\s+\p{L}+)\s+){0,2}(?:klar|bewusst|bekannt)\s+sein\s+m(?:ü|ue)ssen|(?:das|es|dies)\s+h(?:ä|ae)tte\s+(?:Ihnen|dir|euch)\s+(?:(?:eigentlich|doch|schon|ja|auch)\s+){0,2}(?:auffallen|einleuchten)\s+m(?:ü|ue)ssen)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Broad: "Das sollte doch eigentlich selbstverständlich sein" (modal only: "Das ist doch selbstverständlich" is friendly).
      {
        re: /(?<![\p{L}])(?<hit>(?:das|dies|so\s+etwas|sowas)\s+(?:sollte|m(?:ü|ue)sste|d(?:ü|ue)rfte)\s+(?:(?:doch|eigentlich|ja|wohl|schon|jedem|jedermann)\s+){1,3}(?:selbstverst(?:ä|ae)ndlich|klar|logisch|offensichtlich|bekannt)(?:\s+sein)?)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:dass\s+(?:wir|ich)|gern|gerne|helfen)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['das ist leicht zu übersehen'],
      },
      // Broad: general advice as a rule: "Grundsätzlich sollte man Belege aufheben", "Eigentlich muss man das wissen".
      {
        re: /^(?<hit>(?:grunds(?:ä|ae)tzlich|generell|eigentlich|normalerweise|prinzipiell)\s+(?:sollte|muss|m(?:ü|ue)sste)\s+man)(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: () => ['ein Tipp für später: Am besten sollte man'],
      },
    ]),
    message: 'Das belehrt den Kunden',
    explanation:
      'Den Kunden an seine Pflichten, die AGB oder frühere Auskünfte zu erinnern, klingt nach Rüge und drängt ihn in die Verteidigung. Helfen Sie in der jetzigen Lage.',
    rewrite: deHelp,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You were wrongly told at booking that the fare is refundable, so I've refunded it.",
      "The timetable is readily available on our site, and I've pasted it below.",
      "Under clause 9 of your lease you're covered for this, so I've booked the repair.",
      "Tenants are not expected to pay for the repair, so I've cancelled the invoice.",
      "It's all explained in the welcome pack, but I've summarised the key points below for you.",
      "If you take a moment to confirm your address, I'll send the card straight away.",
      "I'm sure you'll enjoy the upgraded room, it has a sea view.",
      "The new timetable is clearly shown in the app, which I've linked below.",
      "We ask all visitors to sign in at reception, so just give your name at the desk.",
      "I'd like to point out that you're entitled to a free repair, so I've booked it.",
      "As a reminder, your appointment is at 9am on Tuesday.",
      "This wasn't explained at the time of sale, and I'm sorry about that.",
      "We ask guests to check out by 11, but I've arranged a late checkout for you.",
      "Section 7 of your agreement actually gives you a free repair.",
      "As stated in your confirmation, check-in opens at 3pm and I've added a late arrival note.",
      "It's important to us that you feel safe at the pool.",
      "We did notify customers in January, but the email clearly didn't reach you, sorry about that.",
      "The deposit isn't the tenant's responsibility in this case, so we'll cover it.",
      "That's not common knowledge, so thanks for asking.",
      "I'd recommend reading the FAQ section I've linked, it has pictures.",
      "The parking times are on the sign at the entrance, and your ticket covers the whole day.",
      "As promised, here's your voucher.",
      "As it turns out, the parcel was at the depot.",
      "As stated on our website, you can return it for free within 30 days.",
      "Let me remind you tomorrow morning by text.",
      "We closed early for a reason we should have told you about: a power cut.",
      "It's all in our FAQ too, here's the link so you have it: example.com/faq",
      'As you can see on the photo you sent, the seal is intact, so we will replace it.',
      'You may have missed the part where it says the fee is waived, so good news: there is nothing to pay.',
      'You were meant to get a callback yesterday, I am sorry that did not happen.',
      'I skipped the part where I explain the fee, sorry: it is 5 pounds.',
      "We'll pay closer attention to the packaging from now on.",
      'You should always have access to your account, so I have unlocked it.',
      'The rules are clear on this, and they are on your side: you get a full refund.',
      'You are not responsible for the fee, we will cover it.',
      'You should have received a confirmation by now.',
      'You were supposed to receive a call from us yesterday, and I am sorry.',
      'It says on the website that shipping takes a week, but I have upgraded yours.',
      'Let me remind you of your appointment on Friday at 10.',
      'Thanks, you accepted the new terms, so the upgrade is live.',
      'Again, I am really sorry about the delay.',
      'You were told the wrong date by mistake, I am sorry.',
      "A quick look at your file would have told me that, I'm sorry.",
      'Can I remind you again of your appointment tomorrow?',
      "Reading your message again, I'd have saved you a trip if I'd called earlier.",
      "This was never explained to you properly, and I'm sorry.",
      "For your information, I've attached the invoice.",
      "You were told about the delay, and I'm sorry that it got worse.",
      "You were informed of this at checkout, weren't you? Let me double-check.",
      "The tracking link is right there in the email I sent, and I've pasted it below too.",
      "I'd recommend reading the quick-start guide first, it's only two pages, and I'm here if you get stuck.",
      "It's standard for the first bill to be a bit higher, because it includes the setup month.",
      "Everything is in the confirmation email I just sent, and I've pasted the key dates below.",
      "That's why we recommend the annual plan to frequent travellers: it saves 20%.",
      "It's all in the email I just sent, and I've pasted the key dates below too.",
    ],
    invalid: [
      { text: "[[You were informed at check-in that the pool closes at 8]].", rewrite: "We mentioned this when you booked, and I'm happy to go through it again." },
      { text: "The menu [[is freely available on the app]].", rewrite: "The menu is on our site too, and I'm happy to send it to you." },
      { text: "[[Under clause 9 of your lease, pets must be registered with the office]].", rewrite: "Our terms say this, and I'm happy to go through them with you." },
      { text: "[[We did text everyone about the road closure]].", rewrite: "We sent a notice about this, and I can resend it if it helps." },
      { text: "[[Renters are expected to return the van with a full tank]].", rewrite: "Let me help you with this." },
      { text: "Honestly, [[it's all covered in the staff handbook you were given]].", rewrite: "Honestly, I'm happy to go through it with you." },
      { text: "[[Just so we're clear]], the gym closes at 10.", rewrite: "To sum up, the gym closes at 10." },
      { text: "[[I must point out that]] the voucher expired in May.", rewrite: "Just so you have it, the voucher expired in May." },
      { text: "The bin day changed in April, [[which was prominently printed on the council calendar]].", rewrite: "The bin day changed in April, which you'll also find on the council calendar." },
      { text: "The dress code is in the invite, [[which we expect all guests to read]].", rewrite: "The dress code is in the invite, which I'm happy to go through with you." },
      { text: "[[I trust you can appreciate that]] the deposit is kept for cancellations.", rewrite: "To be upfront with you, the deposit is kept for cancellations." },
      { text: "[[As you're no doubt aware]], the hire ended on Sunday.", rewrite: "Just so you have it, the hire ended on Sunday." },
      { text: "[[Everything was clearly set out when you signed up]].", rewrite: "Here's a quick summary of what was agreed." },
      { text: "The opening times are [[all there if you look]].", rewrite: "The opening times are all listed, and I'm happy to point you to it." },
      { text: "[[We expect tenants to report damp straight away]].", rewrite: "Let me help you with this." },
      { text: "[[As a friendly reminder,]] late returns incur a fee.", rewrite: "Just so you have it, late returns incur a fee." },
      { text: "It is in the hire contract[[, which you signed]].", rewrite: "It is in the hire contract, which I can go through with you." },
      { text: "[[As set out in the hire agreement]], late returns incur a daily fee.", rewrite: "As described in our information, late returns incur a daily fee." },
      { text: "[[It says right there on the voucher that it expires in March]].", rewrite: "The details are on the ticket, and I can go through them with you." },
      { text: "The rates went up in April, [[so it shouldn't have come as a surprise]].", rewrite: "The rates went up in April, I can see how it was easy to miss." },
      { text: "[[All residents were informed by letter two weeks ahead]].", rewrite: "We sent a notice about this, and I can resend it if it helps." },
      { text: "[[It's vital that you follow the aftercare sheet]].", rewrite: "Let me help you with this." },
      { text: "[[It is the hirer's responsibility]] to check the tyres.", rewrite: "It helps to check the tyres." },
      { text: "Backing up your save files? [[That's just common sense]].", rewrite: "Backing up your save files? That is how it usually works." },
      { text: "[[I'd strongly suggest reviewing our cancellation policy before booking again]].", rewrite: "Here's the short version of what the terms say." },
      { text: "[[The parking times are on the sign for a reason]].", rewrite: "These are there to keep things fair for everyone." },
      { text: "[[As clearly stated on our website]], orders ship within 5 days.", rewrite: "Just so you know, orders ship within 5 days." },
      { text: "[[Like it says on the receipt]], sale items are final.", rewrite: "Just so you know, sale items are final." },
      { text: "[[The deadlines are there for a reason]].", rewrite: "These are there to keep things fair for everyone." },
      { text: "[[I'd like to remind you that]] the contract runs for 12 months.", rewrite: "Just so you know, the contract runs for 12 months." },
      { text: "[[Next time, check the size chart before ordering]].", rewrite: "It's worth checking the details first, and I'm happy to help with that." },
      { text: "[[It's all in our FAQ, by the way]].", rewrite: 'Let me help you with this.' },
      { text: '[[As you can see from our email of 3 May]], the deadline has passed.', rewrite: 'To recap briefly, the deadline has passed.' },
      { text: "[[you clearly skipped the bit that explains the deposit]]", rewrite: 'Let me help you with this' },
      { text: "[[You were meant to register the warranty within a month]].", rewrite: 'Let me help you with this.' },
      { text: "[[I've already answered this three times]].", rewrite: "Let me put it another way." },
      { text: "[[It's all in the user manual, which you received with the product]].", rewrite: "Let me help you with this." },
      { text: "[[It is clearly explained in section 4 of the contract]].", rewrite: "Let me help you with this." },
      { text: "[[Please take the time to read our FAQ]].", rewrite: "Let me help you with this." },
      { text: "[[All of this was in the welcome email]].", rewrite: "Let me help you with this." },
      { text: "[[We've told you this several times now]].", rewrite: "Let me put it another way." },
      { text: "[[I'd suggest checking your emails properly before replying]].", rewrite: "Let me help you with this." },
      { text: "[[It's common sense to keep the receipt]].", rewrite: "Let me help you with this." },
      { text: "[[Please check the size chart before ordering]].", rewrite: "Let me help you with this." },
      { text: "Maybe [[do some research first]].", rewrite: "Maybe let me help you with this." },
      { text: "[[For your information,]] the terms say 14 days.", rewrite: "Just so you know, the terms say 14 days." },
      { text: "[[You were notified about the change by email in May]].", rewrite: "To recap, here are the details." },
      { text: "[[That was already made clear to you in March]].", rewrite: "To recap, here are the details." },
      { text: "[[The deadline is clearly printed on your ticket]].", rewrite: "To recap, here are the details." },
      { text: '[[I must remind you yet again that]] the fee applies.', rewrite: 'Just so you know, the fee applies.' },
      { text: '[[A short search in our FAQ would have solved this]].', rewrite: "I'm happy to walk you through it." },
      { text: 'Honestly, [[checking the label would have spared everyone the trouble]].', rewrite: "Honestly, I'm happy to walk you through it." },
      { text: '[[Please pay more attention next time]].', rewrite: 'Let me help you with this.' },
      { text: "[[I'll say it again:]] the offer has ended.", rewrite: 'To recap, the offer has ended.' },
      { text: '[[It is up to you to check your spam folder]].', rewrite: 'Let me help you with this.' },
      { text: '[[The rules are very clear on this]].', rewrite: 'Let me help you with this.' },
      { text: '[[You are responsible for keeping your PIN safe]].', rewrite: 'Let me help you with this.' },
      { text: '[[You were supposed to cancel 24 hours in advance]].', rewrite: 'Let me help you with this.' },
      { text: '[[It clearly says on our website]] that delivery takes a week.', rewrite: 'On our website it says that delivery takes a week.' },
      { text: 'Sorry, but [[you agreed to the terms when you booked]].', rewrite: 'Sorry, but let me help you with this.' },
      { text: '[[I would like to remind you that]] the contract is binding.', rewrite: 'Just so you know, the contract is binding.' },
      { text: 'Please note that [[it is the customer\'s responsibility]] to check the size.', rewrite: 'Please note that it helps to check the size.' },
      { text: '[[Please re-read my previous reply]].', rewrite: 'Here is a short summary.' },
      { text: '[[As you were advised on the phone]], the contract runs 24 months.', rewrite: 'To recap, the contract runs 24 months.' },
      { text: '[[Lesson learned]], I guess.', rewrite: 'I hope this helps, I guess.' },
      { text: '[[As per my last email]], we need your ID.', rewrite: 'To recap, we need your ID.' },
      { text: '[[You were already told that]] the fare is non-refundable.', rewrite: 'To recap, the fare is non-refundable.' },
      { text: '[[Again,]] the refund takes five days.', rewrite: 'To recap, the refund takes five days.' },
      { text: '[[Everyone knows]] you need to restart the router.', rewrite: 'Just so you know, you need to restart the router.' },
      { text: '[[Obviously]], you need to charge it first.', rewrite: 'Just so you know, you need to charge it first.' },
    ],
  },
  de: {
    valid: [
      'Das wurde Ihnen bei Vertragsabschluss leider falsch erklärt, das tut mir leid.',
      'Die Öffnungszeiten stehen auf der Startseite, ich schicke Ihnen den Link.',
      'Für die Zukunft habe ich Ihre Telefonnummer hinterlegt.',
      'Ich möchte Sie darauf hinweisen, dass Sie das Gerät kostenlos zurückschicken können.',
      'Zur Klarstellung: Ich habe die Erstattung bereits veranlasst.',
      'Eigentlich sollte die Karte bei dir sein, ich frage bei der Post nach.',
      'Grundsätzlich können Sie die Belege auch digital einreichen.',
      'Das ist doch selbstverständlich, dass wir Ihnen helfen!',
      'Melden Sie sich gern, bevor Sie den Vertrag kündigen, vielleicht finden wir eine Lösung.',
      'Merken Sie sich den Termin gern vor, ich schicke eine Erinnerung.',
      'Man sollte meinen, das klappt sofort, deshalb habe ich nachgehakt.',
      'Gewöhnen Sie sich ruhig Zeit, die Unterlagen in Ruhe zu lesen.',
      'Das kann man doch gut verstehen.',
      'Zur Erinnerung schicke ich Ihnen den Termin noch einmal per Mail.',
      'Zur Info: Ihr Paket ist heute rausgegangen.',
      'Das muss man nicht wissen, dafür sind wir da.',
      'Ich darf Ihnen mitteilen, dass die Kasse zugestimmt hat.',
      'Grundsätzlich gilt bei uns: Kundenzufriedenheit zuerst.',
      'Wie in der Mail angekündigt, kommt der Techniker morgen.',
      "Das steht auch in den FAQ, aber ich erkläre es gern kurz: Sie tippen auf Einstellungen.",
      "Sie tragen keine Verantwortung für den Ausfall.",
      "Das habe ich Ihnen gerade per SMS geschickt.",
      'Sie sollten immer Zugriff auf Ihr Konto haben, deshalb habe ich es entsperrt.',
      'Sie sind nicht verpflichtet, das Gerät zurückzusenden.',
      'Es liegt in unserer Verantwortung, das richtig zu machen.',
      'In den AGB stehen 14 Tage, aber ich mache für Sie eine Ausnahme.',
      'Ich möchte Sie daran erinnern, dass Ihr Termin am Freitag ist.',
      'Vielen Dank, Sie haben den neuen Bedingungen zugestimmt, der Tarif ist jetzt aktiv.',
      'Nochmals vielen Dank für Ihre Geduld.',
      'Das steht auf Seite 3 der Anleitung, ich schicke Ihnen den Link.',
      'Machen Sie sich in Ruhe mit der neuen App vertraut.',
      'Ich möchte Sie darauf hinweisen, dass Ihr Vertrag verlängert wurde, falls Sie das nicht möchten, genügt eine kurze Nachricht.',
      'Lesen Sie meine Antwort gern in Ruhe durch und melden Sie sich bei Fragen.',
      'Bitte beachten Sie die Hinweise zur Rücksendung im Anhang, dann geht alles schnell.',
      'Das steht auch in Ihrem Kundenkonto, den Link schicke ich Ihnen gern.',
    ],
    invalid: [
      { text: '[[Das wurde dir beim Einzug ausführlich erklärt]].', rewrite: 'Ich fasse es gern noch einmal zusammen.' },
      { text: '[[Bitte informieren Sie sich künftig vorab]] über die Fristen.', rewrite: 'Gern schicke ich Ihnen künftig vorab eine Info über die Fristen.' },
      { text: '[[Es steht doch groß auf der Startseite]].', rewrite: 'Sie finden es auch auf der Seite.' },
      { text: '[[Auch für dich gelten die gleichen Regeln wie für alle]].', rewrite: 'Kurz zum Hintergrund: Die Regeln sind für alle gleich.' },
      { text: 'Etwas Geduld [[kann man schon erwarten]].', rewrite: 'Etwas Geduld hilft.' },
      { text: '[[Ich muss Sie darauf hinweisen, dass]] die Hausordnung das Grillen verbietet.', rewrite: 'Der Hintergrund ist, dass die Hausordnung das Grillen verbietet.' },
      { text: '[[Zur Klarstellung]]: Die Kaution wird erst nach der Abnahme fällig.', rewrite: 'Damit alles klappt: Die Kaution wird erst nach der Abnahme fällig.' },
      { text: '[[Eigentlich müsste dir klar sein, dass]] Tickets nicht übertragbar sind.', rewrite: 'Gut zu wissen ist, dass Tickets nicht übertragbar sind.' },
      { text: '[[Generell gilt bei uns]]: Wer zu spät kommt, verliert den Termin.', rewrite: 'Kurz zum Hintergrund: Wer zu spät kommt, verliert den Termin.' },
      { text: '[[Das sollte doch selbstverständlich sein]].', rewrite: 'Das ist leicht zu übersehen.' },
      { text: 'Schauen Sie bitte in die FAQ[[, bevor Sie sich beschweren]].', rewrite: 'Schauen Sie bitte in die FAQ.' },
      { text: '[[Das hätte Ihnen eigentlich klar sein müssen]].', rewrite: 'Das ist leicht zu übersehen.' },
      { text: '[[Merk dir bitte]]: Die Tickets sind personengebunden.', rewrite: 'Kurz zusammengefasst: Die Tickets sind personengebunden.' },
      { text: '[[Man muss eben prüfen]], was man unterschreibt.', rewrite: 'Das ist leicht zu übersehen, was man unterschreibt.' },
      { text: '[[So etwas muss man eben vorher prüfen]].', rewrite: 'Das ist leicht zu übersehen.' },
      { text: '[[Zur Erinnerung]]: Die Kaution wird erst nach der Abnahme ausgezahlt.', rewrite: 'Damit alles klappt: Die Kaution wird erst nach der Abnahme ausgezahlt.' },
      { text: '[[Darf ich Sie daran erinnern, dass]] der Vertrag eine Mindestlaufzeit hat.', rewrite: 'Der Hintergrund ist, dass der Vertrag eine Mindestlaufzeit hat.' },
      { text: '[[Das weiß man doch]], wenn man ein Auto mietet.', rewrite: 'Das ist leicht zu übersehen, wenn man ein Auto mietet.' },
      { text: '[[Generell gilt]]: Wer die Frist verpasst, zahlt die volle Gebühr.', rewrite: 'Kurz zum Hintergrund: Wer die Frist verpasst, zahlt die volle Gebühr.' },
      { text: '[[Wie in den Tarifbedingungen beschrieben, ]]fallen im Ausland Gebühren an.', rewrite: 'Laut den Tarifbedingungen fallen im Ausland Gebühren an.' },
      { text: "Das [[können Sie alles in unseren AGB nachlesen]].", rewrite: "Das steht in unseren AGB, und ich erkläre es Ihnen gern." },
      { text: "[[Das habe ich Ihnen bereits gestern erklärt]].", rewrite: "Ich fasse es gern noch einmal zusammen." },
      { text: '[[Passen Sie nächstes Mal bitte besser auf]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Wie ich in meiner letzten Antwort geschrieben habe]], erstatten wir keinen Versand.', rewrite: 'Kurz zusammengefasst, erstatten wir keinen Versand.' },
      { text: '[[Die Regeln sind da eindeutig]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Sie sollten wirklich die AGB lesen, bevor Sie buchen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Sie sind verpflichtet,]] die Ware innerhalb von 14 Tagen zurückzusenden.', rewrite: 'Bitte denken Sie daran, die Ware innerhalb von 14 Tagen zurückzusenden.' },
      { text: '[[Als Kunde sind Sie selbst dafür zuständig,]] die Größe zu prüfen.', rewrite: 'Bitte denken Sie daran, die Größe zu prüfen.' },
      { text: 'Bitte beachten Sie, dass es [[in Ihrer Verantwortung liegt]], die Adresse zu prüfen.', rewrite: 'Bitte beachten Sie, dass es sinnvoll ist, die Adresse zu prüfen.' },
      { text: '[[Das ist deine Verantwortung]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: 'Das [[steht doch in der Anleitung]].', rewrite: 'Das steht in der Anleitung, und ich erkläre es Ihnen gern.' },
      { text: '[[Sie haben den AGB zugestimmt]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Ich weise Sie nochmals darauf hin, dass]] die Frist abgelaufen ist.', rewrite: 'Gut zu wissen ist, dass die Frist abgelaufen ist.' },
      { text: '[[Das wurde Ihnen bereits mitgeteilt]].', rewrite: 'Ich fasse es gern noch einmal zusammen.' },
      { text: '[[Ich wiederhole mich ungern]], aber der Vertrag läuft 24 Monate.', rewrite: 'Ich fasse es gern noch einmal zusammen, aber der Vertrag läuft 24 Monate.' },
      { text: '[[Nochmals:]] Die Erstattung dauert fünf Tage.', rewrite: 'Kurz zusammengefasst: Die Erstattung dauert fünf Tage.' },
      { text: '[[Das weiß doch jeder]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
      { text: '[[Du musst halt vorher die Anleitung lesen]].', rewrite: 'Lass mich dir dabei helfen.' },
      { text: '[[Ich muss dich erneut daran erinnern, dass]] die Kaution erst nach der Abnahme frei wird.', rewrite: 'Gut zu wissen ist, dass die Kaution erst nach der Abnahme frei wird.' },
      { text: 'Dazu [[muss ich Sie noch einmal darauf hinweisen, dass]] Bargeld nicht versichert ist.', rewrite: 'Dazu ist wichtig, dass Bargeld nicht versichert ist.' },
      { text: '[[Lies meine Mail nochmal genau durch]], da steht alles.', rewrite: 'Ich fasse es gern noch einmal zusammen, da steht alles.' },
      { text: '[[Bitte beachten Sie unsere Allgemeinen Geschäftsbedingungen]].', rewrite: 'Lassen Sie mich Ihnen dabei helfen.' },
    ],
  },
};
