// Sending the customer to a third party or another channel instead of taking it on:
// "You need to contact your bank about that", "Please reach out to the airline directly",
// "that's something you need to sort out with your carrier", "that's a question for the courier",
// "try calling the hotline instead", "this falls outside our remit", "we're only the platform",
// "for anything else please call …"; "Rufen Sie bitte die Hotline an", "Damit müssen Sie zum
// Händler gehen", "Das ist Sache des Paketdienstes", "Fragen Sie am besten Ihren Netzbetreiber",
// "probieren Sie es beim Hersteller", "Ich bin nur für Bestellungen zuständig".
// Taking it on ("I've contacted the airline for you", "ich kläre das mit dem Lager und melde mich")
// and offering our own channel ("you can also call us") are not flagged.
import { startsClause } from '../engine/text';
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_THIRD = String.raw`(?:bank|card\s+issuer|credit\s+card\s+company|carrier|network\s+provider|provider|ISP|operator|insurer|insurance(?:\s+company|\s+provider)?|employer|IT(?:\s+department|\s+team)?|landlord|airline|hotel|manufacturer|retailer|seller|vendor|merchant|dealer(?:ship)?|store|shop|courier|post\s+office|postal\s+service|delivery\s+company|shipping\s+company|developer|publisher|app\s+store|authorit(?:y|ies)|council|police|lawyer|agency|travel\s+agent|tour\s+operator|(?:delivery\s+)?driver|partner(?:\s+company)?|(?:community\s+)?forum|(?:\w+\s+)?(?:department|dept|hotline|helpline|support\s+line|desk|team))`;
const EN_OWN = /\b(?:for\s+you|on\s+your\s+behalf|myself|I['’]?ve\s+(?:already\s+)?(?:contacted|called|emailed|asked|written|spoken)|I\s+have\s+(?:already\s+)?(?:contacted|called|emailed|asked|written|spoken)|I['’]?ll\s+(?:also\s+|still\s+)?(?:follow|update|keep|stay|get\s+back|check|chase|let\s+you\s+know|contact|call)|I\s+will\s+(?:also\s+|still\s+)?(?:follow|update|keep|stay|get\s+back|check|chase|let\s+you\s+know|contact|call)|if\s+you\s+(?:prefer|like|want|wish|'d\s+rather))\b|\?\s*$/;
const DE_THIRD = String.raw`(?:Hotline|Bank|Hausbank|Hersteller\p{L}*|Händler|Verkäufer\p{L}*|Netzbetreiber|Mobilfunkanbieter|Anbieter|Provider|Versicherung|Versicherer|Airline|Fluggesellschaft|Paketdienst|Zusteller|Spedition|Post|Vermieter\p{L}*|Arbeitgeber\p{L}*|Behörde|Amt|Polizei|Kundenservice|Kundendienst|Support|Abteilung|Fachabteilung|Buchhaltung|Vertrieb|Filiale|Werkstatt|Reisebüro|Veranstalter|Hotel|IT(?:-Abteilung)?|\p{L}+abteilung|\p{L}+-Team|\p{L}+team|\p{L}*(?:anbieter|betreiber|betrieb|amt|verwaltung|verbund|kasse|versicherung|praxis|station|zentrale|dienst|händler|haendler|hersteller|service|support|vermietung|stelle|werke|werken|administrator|admin|betreuer|betreuerin|leitung|schule|büro|buero|kanzlei|berater|beraterin|veranstalter|gesellschaft|zentrum|agentur|behörde|vermieter|arbeitgeber|geber|center|abteilung|firma|verband|genossenschaft|versicherung|kammer|gericht|polizei)|Publisher|Entwickler\p{L}*|Zahnarzt|Zahnärztin|Arzt|Ärztin|Stadt|Gemeinde|Labor|Steam|Sony|Microsoft|PayPal|DHL|Hermes|DPD|GLS|UPS)`;
const DE_OWN = /(?<![\p{L}])(?:für\s+(?:Sie|dich)|selbst\s+(?:nach|darum)|bleibe|melde\s+mich|halte\s+(?:Sie|dich)|kümmere\s+mich|habe\s+(?:bereits|schon)|wenn\s+(?:Sie|du)\s+(?:möchten|möchtest|wollen|willst|lieber)|gern(?:e)?\s+auch)(?![\p{L}])|\?\s*$/u;

const enRewrite = () => ["I'll take this up with them for you and get back to you", "I'll sort this out with them for you"];
/** German main clauses keep the verb second: "ich kläre …" at a clause start, "kläre ich …" after a leading word. */
/** The agent keeps the case ("ich habe sie informiert", "ich kläre das") — handing over with ownership is fine. */
const DE_KEEP = new RegExp(DE_OWN.source + String.raw`|(?<![\p{L}])(?:ich\s+(?:habe|hab|kläre|frage|rufe|bleibe|schicke|gebe\s+Bescheid)|informiert|geschildert|eingebunden|übergeben\s+und)(?![\p{L}])`, 'u');
const NOT_US = String.raw`(?!(?:uns|mir|mich|ich|wir)(?![\p{L}]))`;

const deRewrite = (ctx: MatchContext) => {
  const start = startsClause(ctx.before);
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  const youDat = ctx.register === 'informal' ? 'dir' : 'Ihnen';
  return start
    ? [`ich kläre das für ${you} und melde mich bei ${youDat}`, 'ich kümmere mich darum, dass das bei den Richtigen landet']
    : [`kläre ich das für ${you} und melde mich bei ${youDat}`, 'kümmere ich mich darum, dass das bei den Richtigen landet'];
};

export const redirectCustomer: Rule = {
  id: 'redirect-customer',
  category: 'passing-on',
  guidance: 'dont-pass-on',
  description: 'Sends the customer to a third party or another channel ("contact your bank", "Sache des Paketdienstes")',
  en: {
    patterns: [
      // "Please sort that out directly with the courier", "best ask in the store".
      { re: /\b(?<hit>(?:please\s+)?(?:sort|take|raise|settle|clear|discuss|check)\s+(?:that|this|it)\s+(?:out\s+|up\s+)?(?:directly\s+)?with\s+(?:the|your)\s+(?:courier|carrier|seller|bank|airline|manufacturer|landlord|insurer|provider|retailer|store|shop|marketplace))\b/i, unless: /\b(?:I['’]ll|I\s+will|I['’]ve|we['’]ll|we\s+will|let\s+me|for\s+you|together)\b|\?/i, rewrite: enRewrite },
      { re: /\b(?<hit>(?:it['’]?s\s+)?(?:best|better)\s+(?:to\s+)?ask\s+(?:in|at)\s+(?:the|your)\s+(?:store|shop|branch))\b/i, unless: /\b(?:I['’]ll|I\s+will|for\s+you)\b|\?/i, rewrite: enRewrite },
      {
        // "You need to contact your bank", "you'll have to call the airline", "you should ask your IT department"
        re: new RegExp(String.raw`\b(?<hit>(?:(?:you|u)(?:['’]?ll|\s+will|\s+would|['’]?d)?\s+(?:need|have|must|should|want|(?:had\s+)?better)|(?:your\s+best\s+bet|the\s+best\s+(?:thing|option|way)(?:\s+to\s+do)?|best)\s+(?:is|would\s+be|will\s+be)|(?:it['’]?s|it\s+is|it\s+would\s+be|it['’]?d\s+be)\s+best\s+(?:if\s+you|for\s+you\s+to|(?:that\s+)?you))\s+(?:to\s+)?(?:contact|call|phone|ring|e-?mail|ask|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|write\s+to|check\s+with|go\s+(?:in)?to|visit|pop\s+(?:in)?to|head\s+(?:over\s+)?to|drop\s+by)\s+(?:the|your)\s+(?:[\w'’]+\s+)?(?:` + EN_THIRD + String.raw`|branch))\b`),
        unless: new RegExp(EN_OWN.source + String.raw`|\bonly\s+(?:they|them)\b|\bif\s+you\s+(?:ever\s+|still\s+)?(?:need|have|want)\s+to\b|\bI(?:['’]?ve|\s+have)\s+(?:booked|made|arranged|reserved)\b`),
        rewrite: enRewrite,
      },
      {
        // "Please reach out to the airline directly", "please direct your complaint to the relevant authority",
        // "please get in touch with the dealer you bought it from"
        re: new RegExp(String.raw`\b(?<hit>(?:please\s+|kindly\s+)(?:contact|call|phone|ring|e-?mail|ask|check\s+with|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|write\s+to|direct\s+your\s+(?:complaint|query|question|enquiry|inquiry|request)\s+to|(?:raise|discuss|sort\s+out|settle)\s+(?:this|it|that|the\s+(?:issue|matter|problem))\s+with)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`)\b`),
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // Imperative at a clause start: "Contact the seller, ...", "..., ask the store where you bought it"
        re: new RegExp(String.raw`(?:^|[,;:–—-]\s*|\b(?:so|just|then)\s+)(?<hit>(?:contact|call|phone|ring|e-?mail|ask|message|speak\s+to|talk\s+to|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`)\b`),
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "That's something you need to sort out with your carrier", "you'll have to settle this with the hotel"
        re: /\b(?<hit>(?:(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is)\s+(?:something|a\s+thing|one)\s+)?(?:you|u)(?:['’]?ll|\s+will|['’]?d)?\s+(?:need|have|must|should)\s+to\s+(?:sort|settle|resolve|clear|discuss|clarify|raise|fix|work)\s+(?:(?:this|that|it)\s+)?(?:out\s+|up\s+)?with\s+(?!us\b|me\b|our\b)(?:the|your|them|their|[\w-]+['’]s)(?:\s+[\w-]+){0,2})/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "That's a question for the courier", "that's up to your bank", "that's on Amazon's side"
        re: /\b(?<hit>(?:that|this|it)(?:['’]?s|\s+is)\s+(?:really\s+|simply\s+|more\s+)?(?:(?:a\s+(?:question|matter|issue|problem|case)|one)\s+for\s+(?:the|your)\s+[\w-]+|up\s+to\s+(?:the|your)\s+[\w-]+|on\s+(?:the\s+)?[\w-]+['’]s?\s+(?:side|end)|(?:the\s+)?[\w-]+['’]s\s+(?:responsibility|problem|job|call))(?:\s*,?\s+not\s+(?:us|ours|mine|me))?)/,
        unless: /\b(?:up\s+to\s+(?:you|yourself)|on\s+(?:our|my)\s+(?:side|end)|on\s+us)\b|\b(?:I|we)['’]?(?:ve|ll|\s+have|\s+will)\s+(?:already\s+)?(?:contacted|asked|chase|ask|contact)\b/,
        rewrite: enRewrite,
      },
      {
        // "Try calling the hotline instead", "try your local store"
        re: new RegExp(String.raw`\b(?<hit>(?:try|maybe\s+try)\s+(?:calling|contacting|phoning|emailing|e-mailing|asking|ringing|reaching\s+out\s+to|messaging)?\s*(?:the|your)\s+(?:local\s+)?(?:\w+\s+)?` + EN_THIRD + String.raw`)\b`),
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Take it up with your insurer", "that's something you need to take up with the manufacturer"
        re: /\b(?<hit>(?:(?:you|u)(?:['’]?ll|\s+will|['’]?d)?\s+(?:need|have|must|should)\s+to\s+|please\s+|just\s+)?take\s+(?:(?:it|this|that|the\s+matter|the\s+issue|your\s+complaint)\s+)?up\s+with\s+(?!us\b|me\b|our\b)(?:the|your|them|their|[\w-]+['’]s)(?:\s+[\w-]+){0,2})/,
        unless: new RegExp(EN_OWN.source + String.raw`|\b(?:I|we)(?:['’]?ll|\s+will|['’]?ve|\s+have|\s+can)\s+(?:already\s+)?(?:take|taken)\b|\blet\s+me\b|\blet['’]?s\b`),
        rewrite: enRewrite,
      },
      {
        // "The courier is responsible for that, you'll have to ask them", "please contact them directly"
        re: /\b(?<hit>(?:please\s+|just\s+|(?:you|u)(?:['’]?ll|\s+will|['’]?d)?\s+(?:need|have|must|should)\s+to\s+)(?:(?:contact|call|phone|ring|e-?mail|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to|write\s+to|check\s+with)\s+them|ask\s+them(?!\s+(?:to|for|if|whether|about)\b))(?:\s+directly)?)\b/,
        unless: new RegExp(EN_OWN.source + String.raw`|\b(?:if|once|when)\b`),
        rewrite: enRewrite,
      },
      {
        // "Your network provider is the one to ask", "you'd be better off asking the store"
        re: new RegExp(String.raw`\b(?<hit>(?:the|your)\s+(?:[\w'’-]+\s+)?` + EN_THIRD + String.raw`\s+(?:is|are|would\s+be|will\s+be)\s+(?:the\s+(?:one|ones|people|place|right\s+(?:people|place|contact))\s+to\s+(?:ask|contact|call|talk\s+to|speak\s+to)|(?:who|the\s+(?:one|ones|people|person))\s+you\s+(?:want|need)|(?:much\s+)?better\s+placed\s+to\s+(?:help|answer|assist))|(?:you|u)(?:['’]?d|\s+would)\s+be\s+(?:much\s+)?better\s+off\s+(?:asking|contacting|calling|speaking\s+to|talking\s+to|going\s+to|checking\s+with)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`)\b`),
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "This channel is for sales only", "I don't deal with refunds, billing does", "it's between you and PayPal"
        re: /\b(?<hit>(?:this|our)\s+(?:channel|chat|account|page|inbox)\s+(?:is|['’]s)\s+(?:only\s+)?for\s+[\w-]+(?:\s+[\w-]+)?\s+(?:only|enquiries\s+only|questions\s+only)|I\s+(?:don['’]?t|do\s+not)\s+(?:deal\s+with|handle|cover|look\s+after|do)\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:\w+\s+){1,3}?(?:does|do|handles?|deals?\s+with\s+(?:it|that|those|them))|(?:it['’]?s|that['’]?s|this\s+is|it\s+is|that\s+is)\s+(?:really\s+|strictly\s+)?between\s+you\s+and\s+(?!us\b|me\b)(?:the\s+|your\s+)?[\w@-]+)\b/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Ring the number on the back of your card", "go back to the shop you bought it from"
        re: /(?:^|[,;:–—-]\s*|\b(?:please|just|so|then)\s+)(?<hit>(?:call|ring|phone|dial)\s+the\s+(?:number|hotline|helpline)\s+on\s+(?:the\s+back\s+of\s+)?your\s+(?:card|statement|bill|policy|letter|contract)|(?:go|head|take\s+it)\s+back\s+to\s+(?:the|your)\s+(?:\w+\s+)?(?:shop|store|retailer|seller|dealer|vendor|merchant)(?:\s+(?:you|where\s+you)\s+bought\s+it(?:\s+from)?)?)\b/,
        unless: new RegExp(EN_OWN.source + String.raw`|\b(?:can|could|option|either|activate|verify|confirm|unlock)\b`),
        rewrite: enRewrite,
      },
      {
        // "Someone else will have to help you with that", "not something I can help with"
        re: /\b(?<hit>(?:someone|somebody)\s+(?:else|from\s+(?:another|a\s+different|the\s+[\w-]+)\s+(?:team|department))\s+(?:will|would|['’]ll|['’]d)\s+(?:have|need)\s+to\s+(?:help|assist|deal\s+with|handle|look\s+at|look\s+into)(?:\s+(?:you|this|that|it))?(?:\s+with\s+(?:this|that|it))?|(?:(?:that['’]?s|that\s+is|it['’]?s|this\s+is)\s+)?not\s+something\s+I\s+can\s+(?:help|assist)(?:\s+you)?\s+with)\b/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Your question should go to our billing department", "please direct any complaints to head office",
        // "you need to file the claim with the carrier yourself", "I'd suggest contacting your bank directly".
        re: new RegExp(String.raw`\b(?<hit>(?:should|needs\s+to|has\s+to|will\s+(?:have|need)\s+to)\s+go\s+(?:to|through)\s+(?:our|the|your|ur)\s+(?:\w+\s+)?(?:department|dept|team|desk|hotline|office|` + EN_THIRD + String.raw`)|(?:please\s+|kindly\s+)?direct\s+(?:your|any|all)\s+(?:complaints?|quer(?:y|ies)|questions?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|concerns?)\s+to\s+(?:the\s+|our\s+|your\s+)?(?:\w+\s+)?(?:office|department|team|headquarters|HQ|` + EN_THIRD + String.raw`)|(?:you|u)(?:['’]?ll|\s+will)?\s+(?:need|have)\s+to\s+(?:file|submit|make|raise|open|lodge)\s+(?:a|the|your)\s+(?:claim|complaint|dispute|request|ticket|case)\s+(?:directly\s+)?(?:with|through|via)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`|(?:I['’]?d|I\s+would|we['’]?d|we\s+would)\s+(?:suggest|recommend|advise)\s+(?:contacting|calling|reaching\s+out\s+to|speaking\s+(?:to|with)|asking|getting\s+in\s+touch\s+with|checking\s+with)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`|(?:(?:you|u)(?:['’]?ll|\s+will)?\s+(?:need|have|must)\s+(?:to\s+)?|please\s+)go\s+through\s+(?:PayPal|Klarna|Afterpay|Stripe|Apple|Google|Amazon|eBay|Etsy|Visa|Mastercard|Amex|your\s+bank|the\s+marketplace|the\s+seller|the\s+app\s+store))\b`),
        unless: new RegExp(EN_OWN.source + String.raw`|\bonly\s+(?:they|them)\b`),
        rewrite: enRewrite,
      },
      {
        // "The hotel will have to sort that out with you", "can you contact the seller directly?", "call back and ask for the returns team".
        re: new RegExp(String.raw`\b(?<hit>(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`\s+(?:will|would)\s+(?:have|need)\s+to\s+(?:sort|settle|resolve|deal\s+with|handle|look\s+into|fix)\s+(?:that|this|it)(?:\s+out)?(?:\s+with\s+you)?|^(?:can|could|would)\s+you\s+(?:please\s+)?(?:contact|call|phone|ring|e-?mail|reach\s+out\s+to|get\s+in\s+touch\s+with|ask|speak\s+to|talk\s+to)\s+(?:the|your|ur)\s+(?:\w+\s+)?` + EN_THIRD + String.raw`\s+(?:directly|instead|yourself)|(?:please\s+)?(?:call|ring|phone)\s+(?:us\s+)?back\b[^.!?]{0,40}?\band\s+ask\s+for\s+(?:the|our|a)\s+[\w-]+(?:\s+[\w-]+)?)\b`),
        unless: /\b(?:for\s+you|on\s+your\s+behalf|I['’]?ve\s+(?:already\s+)?(?:contacted|called|asked)|I['’]?ll\s+(?:also\s+)?(?:follow|check|chase|call|stay))\b/,
        rewrite: enRewrite,
      },
      {
        // "That's something Visa handles, not us."
        re: /\b(?<hit>(?:that['’]?s|this\s+is|it['’]?s|that\s+is)\s+(?:something|one|a\s+thing)\s+(?:that\s+)?(?!(?:we|I|our|us|my)\b)[\w&-]+(?:\s+(?!(?:we|I)\b)[\w&-]+)?\s+(?:handles?|deals?\s+with|takes?\s+care\s+of|looks?\s+after|is\s+responsible\s+for|are\s+responsible\s+for)(?:\s*,?\s+not\s+(?:us|me))?)/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Reach out to Apple Support about your iCloud account", "contact Acme customer service directly".
        re: /(?:^|[,;:–—-]\s*|\b(?:so|just|then|please|kindly)\s+)(?<hit>(?:contact|call|phone|ring|e-?mail|message|reach\s+out\s+to|get\s+in\s+touch\s+with|speak\s+(?:to|with)|talk\s+to)\s+(?!(?:our|us|me|my|the|your|a|an|this|customer|tech(?:nical)?|any|support)\b)\p{L}[\w&'’-]*(?:\s+(?!(?:support|customer)\b)\p{L}[\w&'’-]*)?\s+(?:[Ss]upport|[Cc]ustomer\s+(?:[Ss]ervice|[Ss]upport|[Cc]are)|[Hh]elp\s*[Dd]esk)(?:\s+(?:team|directly))?)\b/u,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Our partner company deals with repairs, their number is on the website", "the manufacturer handles that".
        re: /\b(?<hit>(?:our\s+(?:partner|delivery\s+partner|service\s+partner|repair\s+partner)(?:\s+company)?|the\s+(?:manufacturer|courier|carrier|airline|hotel|seller|vendor|marketplace\s+seller)|an?\s+(?:third[-\s]party|external)\s+(?:company|partner|provider))\s+(?:deals\s+with|handles|takes\s+care\s+of|is\s+responsible\s+for|looks\s+after)\s+(?:that|this|those|these|it|all|[\w-]+(?:\s+[\w-]+)?)(?=\s*[,;:–—-]?\s*(?:their\s+(?:number|email|e-mail|website|site|hotline|phone|contact)|contact|call|please|you\s+(?:need|have|should|must|['’]ll\s+(?:need|have)))\b))/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "Please open a new ticket for this", "you'll need to submit a separate request"
        re: /(?:^|(?<=[,;:–—-]\s{0,3})|\b(?=(?:please|just|you)\b))(?<hit>(?:(?:please|just)\s+|you(?:['’]?ll|\s+will)?\s+(?:need|have)\s+to\s+)?(?:open|raise|submit|create|file|log|start)\s+(?:a\s+)?(?:new|separate|another|fresh)\s+(?:ticket|request|case|complaint|chat|conversation)(?:\s+for\s+(?:this|that|it))?)(?=\s*(?:[.!;]|$|\s+(?:through|via|on|in)\b))/,
        unless: EN_OWN,
        rewrite: enRewrite,
      },
      {
        // "This falls outside our remit", "that's outside of my scope"
        re: /\b(?<hit>(?:falls|is|['’]s|lies)\s+(?:completely\s+|totally\s+|well\s+)?outside\s+(?:of\s+)?(?:my|our)\s+(?:remit|scope|area|responsibility|responsibilities|jurisdiction|department|expertise|control))\b/,
        unless: EN_OWN,
        rewrite: () => ["is something I'll take to the right people for you", 'is something I will sort out for you with the right team'],
      },
      {
        // "We're only the platform", "I'm just the chat agent"
        re: /\b(?<hit>(?:we['’]?re|we\s+are|I['’]?m|I\s+am)\s+(?:only|just|merely)\s+(?:the|a|an)\s+(?:platform|marketplace|middleman|middle\s+man|reseller|retailer|distributor|seller|shop|store|booking\s+agent|travel\s+agent|agency|intermediary|broker|chat\s+(?:agent|support|team)|social\s+(?:media\s+)?team|front[-\s]?line|first[-\s]line(?:\s+support)?|booking\s+platform|agent))\b/,
        unless: EN_OWN,
        rewrite: () => ["I'll coordinate this for you", "I'll take care of the contact with them for you"],
      },
      {
        // "I'm not the person who handles this", "I'm not the right contact for that"
        re: /\b(?<hit>(?:I['’]?m|I\s+am)\s+(?:really\s+|just\s+)?not\s+the\s+(?:right\s+|correct\s+)?(?:person|one|contact|agent)\s+(?:who\s+(?:handles|deals\s+with|looks\s+after|can\s+help\s+with)|to\s+(?:ask|talk\s+to|contact)|for)(?:\s+(?:this|that|it|these|those))?)\b/,
        unless: EN_OWN,
        rewrite: () => ["I'll get this to the right person for you and stay on it"],
      },
      {
        // "I can only help with orders\", "we can only assist with bookings"
        re: /\b(?<hit>(?:I|we)\s+can\s+only\s+(?:help|assist|deal)\s+with\s+[\w-]+(?:\s+[\w-]+)?|(?:I|we)\s+only\s+(?:handle|deal\s+with|cover|look\s+after|support)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s*,\s*(?:for|please|ask|contact|call|try)\b))/,
        unless: EN_OWN,
        rewrite: () => ["I'll find the right person for this and get back to you"],
      },
      {
        // "For anything else, please call 0800 ..."
        re: /\b(?<hit>for\s+(?:anything|everything|all)\s+else\s*,?\s+(?:please\s+)?(?:call|contact|e-?mail|ring|reach\s+out\s+to|visit|go\s+to|use))(?!\s+(?:us|me)\b)/,
        unless: EN_OWN,
        rewrite: () => ['for anything else, just reply here and I will help, or'],
      },
      {
        // "Please raise a new ticket with the networks team"
        re: /\b(?<hit>(?:please\s+|you\s+can\s+)?(?:raise|open|submit|file|log|create)\s+(?:a\s+)?(?:new|separate|another)\s+(?:ticket|request|case|claim|complaint)\s+(?:with|for)\s+(?:(?:the|our|your)\s+[\w-]+(?:\s+(?:team|department|desk))?|(?:billing|sales|shipping|support|returns|accounts|IT|finance|claims|payments|tech(?:nical)?\s+support|customer\s+(?:service|care))\b))/,
        unless: EN_OWN,
        rewrite: () => ["I'll open the request with the right team for you"],
      },
    ],
    message: 'Sends the customer somewhere else',
    explanation:
      'Sending an upset customer to another company, team or number makes them start again and feel passed around. Take it on: contact them yourself, or hand over with a name and stay on it.',
    rewrite: enRewrite,
  },
  de: {
    patterns: foldDe([
      {
        // "Rufen Sie bitte die Hotline an", "Kontaktier am besten den Verkäufer", "Fragen Sie am besten Ihren Netzbetreiber"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:rufen\s+Sie|ruf|rufst\s+du|fragen\s+Sie|frag|fragst\s+du|kontaktieren\s+Sie|kontaktiere|kontaktier|kontaktierst\s+du|schreiben\s+Sie|schreib|schreibst\s+du)\s+(?:(?:bitte|am\s+besten|doch|einfach|direkt|mal|dafür|damit|deshalb|deswegen|da|dort|dann|dazu|hierfür|lieber|selbst|schon)\s+){0,4}(?:die|den|das|Ihre|Ihren|Ihr|deine|deinen|dein)\s+(?:\p{L}+\s+)?` + DE_THIRD + String.raw`(?:\s+an)?)(?![\p{L}])`, 'u'),
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Am besten rufen Sie im Laden an", "Sprechen Sie dazu bitte mit Ihrem Netzbetreiber", "Melden Sie sich bei der Hotline"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:rufen\s+Sie|ruf)\s+(?:(?:bitte|am\s+besten|doch|einfach|direkt|mal|dafür|dazu|deshalb)\s+){0,3}(?:im|in\s+der|beim|bei\s+(?:der|dem|Ihrer|Ihrem|deiner|deinem))\s+(?:\p{L}+\s+)?\p{L}+\s+an|(?:sprechen\s+Sie|sprich|reden\s+Sie|red)\s+(?:(?:bitte|am\s+besten|doch|einfach|direkt|mal|dafür|dazu|darüber|deshalb)\s+){0,3}mit\s+(?:Ihrem|Ihrer|deinem|deiner|dem|der)\s+(?:\p{L}+\s+)?` + DE_THIRD + String.raw`|(?:melden\s+Sie\s+sich|meld(?:e)?\s+dich)\s+(?:(?:bitte|am\s+besten|doch|einfach|direkt|mal|dafür|dazu|deshalb)\s+){0,3}(?:beim|bei\s+(?:der|dem|Ihrer|Ihrem|deiner|deinem))\s+(?:\p{L}+\s+)?` + DE_THIRD + String.raw`)(?![\p{L}])`, 'u'),
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Ich bin nicht die richtige Ansprechpartnerin dafür"
        re: /(?<![\p{L}])(?<hit>(?:ich\s+bin|wir\s+sind)\s+(?:leider\s+|hier\s+)?(?:nicht\s+(?:der\s+richtige\s+Ansprechpartner|die\s+richtige\s+Ansprechpartnerin|die\s+richtigen\s+Ansprechpartner|die\s+richtige\s+(?:Adresse|Stelle|Abteilung))|kein(?:e)?\s+(?:Ansprechpartner(?:in)?|Anlaufstelle))(?:\s+(?:dafür|hierfür|f(?:ü|ue)r\s+(?:das|dieses|so\s+etwas)(?:\s+\p{L}+)?))?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich bringe das für dich zur richtigen Person und bleibe dran' : 'ich bringe das für Sie zur richtigen Person und bleibe dran'],
      },
      {
        // "Damit müssen Sie zum Händler gehen\", "du musst dafür in die Filiale"
        re: /(?<![\p{L}])(?<hit>(?:(?:müssen|sollten)\s+Sie|musst\s+du|solltest\s+du)(?:\s+(?:damit|dafür|bitte|leider|direkt|selbst|schon|dann)){0,3}\s+(?:zum|zur|zu\s+Ihrem|zu\s+Ihrer|zu\s+deinem|zu\s+deiner|in\s+die|in\s+eine|in\s+Ihre|in\s+deine|ins)\s+\p{L}+(?:\s+(?:gehen|fahren|gehst|fährst))?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Das ist Sache des Paketdienstes", "Das liegt bei Ihrer Bank", "Das läuft über Amazon"
        re: /(?<![\p{L}])(?<hit>(?:das|dies)\s+(?:ist\s+(?:allein\s+|ganz\s+klar\s+|eine\s+)?(?:Sache|Angelegenheit)\s+(?:des|der|Ihres|Ihrer|deines|deiner|von)\s+\p{L}+|liegt\s+(?:allein\s+|ganz\s+)?(?:beim|bei\s+der|bei\s+Ihrer|bei\s+Ihrem|bei\s+deiner|bei\s+deinem)\s+\p{L}+|läuft\s+(?:komplett\s+|nur\s+)?über\s+(?:den|die|das|Ihre|Ihren|deine|deinen)?\s*\p{L}+)(?:\s*,?\s+nicht\s+(?:bei\s+uns|unsere|meine))?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Probieren Sie es beim Kundenservice des Herstellers", "versuch es mal bei deiner Bank"
        re: /(?<![\p{L}])(?<hit>(?:probieren\s+Sie\s+es|versuchen\s+Sie\s+es|probier(?:e)?\s+es|versuch(?:e)?\s+es)\s+(?:(?:mal|doch|vielleicht|bitte|einfach|am\s+besten|lieber)\s+){0,3}(?:beim|bei\s+(?:der|dem|den|Ihrer|Ihrem|deiner|deinem))\s+\p{L}+(?:\s+(?:des|der)\s+\p{L}+)?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "da musst du die fragen", "dann müssen Sie sich an die wenden" (pronoun for the third party)
        re: /(?<![\p{L}])(?<hit>(?:da|dann|deshalb)\s+(?:müssen\s+Sie|musst\s+du|sollten\s+Sie|solltest\s+du)\s+(?:bitte\s+|schon\s+|direkt\s+)?(?:die|den|diese|diesen|dort)\s+(?:fragen|anrufen|kontaktieren|anschreiben))(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Für alles andere rufen Sie bitte 0800 … an"
        re: /(?<![\p{L}])(?<hit>für\s+alles\s+(?:andere|weitere)\s*,?\s+(?:rufen\s+Sie|ruf|wenden\s+Sie\s+sich|wende\s+dich|kontaktieren\s+Sie|kontaktiere|schreiben\s+Sie|schreib))(?!\s+(?:bitte\s+|gern\s+|gerne\s+)?(?:uns|mich|mir)(?![\p{L}]))(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'für alles andere bin ich auch da, oder ruf' : 'für alles andere bin ich auch da, oder rufen Sie'],
      },
      {
        // "Bitte eröffnen Sie dafür ein neues Ticket beim Technik-Team"
        re: /(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:eröffnen|erstellen|öffnen|stellen)\s+Sie\s+(?:(?:dafür|hierfür|bitte|einfach)\s+){0,2}(?:ein\s+)?(?:neues|separates|eigenes|weiteres)\s+(?:Ticket|Anfrage|Antrag)(?:\s+(?:beim|bei\s+der|bei\s+dem|f(?:ü|ue)r\s+das|f(?:ü|ue)r\s+die)\s+[\p{L}-]+)?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Ich bin nur für Bestellungen zuständig", "Wir sind nur die Plattform"
        re: /(?<![\p{L}])(?<hit>(?:ich\s+bin|wir\s+sind)\s+(?:hier\s+)?(?:nur|lediglich|ausschließlich|bloß)\s+(?:f(?:ü|ue)r\s+\p{L}+(?:\s+\p{L}+)?\s+zuständig|(?:die|der|das|ein|eine)\s+(?:Plattform|Vermittler|Marktplatz|Zwischenhändler|Chat-?Support|Social-Media-Team|Vermittlungsplattform|Buchungsplattform)))(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich kümmere mich trotzdem darum und kläre das für dich' : 'ich kümmere mich trotzdem darum und kläre das für Sie'],
      },
      {
        // "Für Fragen zur Rechnung ist unsere Buchhaltung zuständig", "Da ist die Technik zuständig", "Zuständig ist hier die Schadenabteilung"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:(?:ist|sind)\s+(?:(?:hier|da|dafür|leider|ausschließlich|allein|nur)\s+){0,2}` + NOT_US + String.raw`(?:unsere?|unseren|die|der|das|Ihre?|deine?|ein(?:e)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:zuständig|verantwortlich)|^zuständig\s+(?:f(?:ü|ue)r\s+(?:[\p{L}\d-]+\s+){1,3}?)?(?:ist|sind)\s+(?:(?:hier|dafür|da|leider)\s+){0,2}` + NOT_US + String.raw`(?:unsere?|die|der|das|Ihre?|deine?)\s+[\p{L}-]+))(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_KEEP.source + String.raw`|(?<![\p{L}])(?:nicht|kein\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}(?:zuständig|verantwortlich)|\?`, 'u'),
        rewrite: deRewrite,
      },
      {
        // "Das müssen Sie mit dem Vermieter ausmachen", "Das klären Sie bitte direkt mit der Airline", "Bitte klären Sie das mit Ihrer Versicherung"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:(?:das|dies|dass)\s+(?:müssen|müssten|sollten)\s+Sie|(?:das|dies)\s+(?:musst|müsstest|solltest)\s+du|(?:das|dies)\s+(?:müsst|müsstet|solltet)\s+ihr)\s+(?:(?:bitte|direkt|selbst|am\s+besten|dann|leider|schon)\s+){0,2}(?:mit|bei)\s+` + NOT_US + String.raw`(?:[\p{L}-]+\s+){1,3}?(?:ausmachen|abklären|klären|regeln|besprechen|absprechen|aushandeln|klarmachen|abwickeln)|(?:(?:das|dies)\s+(?:klären|regeln|besprechen)\s+Sie|(?:bitte\s+)?(?:klären|regeln|besprechen)\s+Sie\s+(?:das|dies)|(?:bitte\s+)?(?:klär|kläre|regel|regle)\s+(?:das|dies))\s+(?:(?:bitte|direkt|selbst|am\s+besten|dann)\s+){0,2}mit\s+` + NOT_US + String.raw`(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_KEEP.source + String.raw`|\?`, 'u'),
        rewrite: deRewrite,
      },
      {
        // "Bitte nutzen Sie für Reklamationen unser Kontaktformular", "Bitte rufen Sie unsere Hotline an", "Nutzen Sie dafür bitte das Online-Formular"
        re: /(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:(?:nutzen|verwenden|benutzen)\s+Sie|nutz|nutze|verwende|benutz|benutze)\s+(?:(?:bitte|dafür|hierfür|dazu|f(?:ü|ue)r\s+(?:Ihre\s+|deine\s+)?[\p{L}-]+|einfach|direkt)\s+){0,3}(?:unser|unsere|unseren|das|die|den)\s+(?:[\p{L}-]+\s+)?(?:Kontaktformular|Formular|Online-Formular|Onlineformular|Hotline|Chat|Servicenummer|Kundenportal|Portal|Service-Portal|Self-Service|Hilfe-Center|Hilfecenter|Community|Rückrufservice)|(?:bitte\s+)?(?:rufen\s+Sie|ruf)\s+(?:(?:bitte|dafür|einfach|direkt|am\s+besten)\s+){0,2}(?:unsere|unseren|unser)\s+[\p{L}-]+(?:\s+(?:unter|auf)\s+[\d\s/+-]{4,20}?)?\s+an)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Für Kündigungen gibt es eine eigene Abteilung", "schreiben Sie bitte dorthin", "bitte dort nachfragen/melden"
        re: /(?<![\p{L}])(?<hit>gibt\s+es\s+(?:eine|ein|einen)\s+(?:eigene[nrs]?|separate[nrs]?|andere[nrs]?|extra|gesonderte[nrs]?)\s+(?:Abteilung|Team|Hotline|Ansprechpartner|Stelle|Formular|Adresse|Service)|(?:(?:schreiben|wenden|melden)\s+Sie\s+(?:sich\s+)?|(?:schreib|wende|meld|melde)\s+(?:dich\s+)?)(?:(?:bitte|am\s+besten|direkt)\s+){0,2}(?:dorthin|dort|da)(?:\s+hin)?(?=\s*[.!]?\s*$)|(?:bitte\s+)?(?:dort|da)\s+(?:direkt\s+)?(?:nachfragen|melden|anrufen|anfragen|reklamieren)(?=\s*[.!]?\s*$))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Das kann nur der Hersteller beantworten", "Das kann Ihnen nur Ihre Bank sagen", "Auskunft dazu erteilt Ihnen Ihr Stromanbieter"
        re: /(?<![\p{L}])(?<hit>(?:das|dies|diese\s+Frage|dazu|darauf)\s+(?:kann|können)\s+(?:Ihnen\s+|dir\s+)?(?:leider\s+)?(?:wirklich\s+)?nur\s+(?:der|die|das|Ihr|Ihre|dein|deine|unsere?)\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]+\s+)?(?:beantworten|sagen|klären|entscheiden|beurteilen|erklären|Auskunft\s+geben)|Auskunft\s+(?:dazu|darüber|hierzu)\s+(?:erteilt|gibt|geben|erteilen)\s+(?:Ihnen|dir)\s+(?:gern(?:e)?\s+)?(?:der|die|das|Ihr|Ihre|dein|deine)\s+[\p{L}-]+)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Fragen Sie da am besten direkt bei der Post nach", "Bitte erkundigen Sie sich bei Ihrem Händler", "Da musst du beim Paketshop nachfragen",
        // "Melden Sie sich damit bitte bei der Filiale vor Ort"
        re: /(?<![\p{L}])(?<hit>(?:(?:fragen|erkundigen)\s+Sie(?:\s+sich)?|frag|frage|erkundige\s+dich|erkundig\s+dich|melden\s+Sie\s+sich|meld\s+dich|melde\s+dich)\s+(?:(?:da|dort|dann|doch|mal|am\s+besten|bitte|einfach|direkt|vielleicht|selbst|dazu|dafür|damit)\s+){0,4}(?:beim|bei\s+(?:der|dem|den|Ihrer|Ihrem|Ihren|deiner|deinem|deinen))\s+[\p{L}-]+(?:\s+nach|\s+vor\s+Ort)?|(?:(?:müssen|sollten|müssten)\s+Sie(?:\s+sich)?|(?:musst|solltest|müsstest)\s+du(?:\s+dich)?)\s+(?:(?:da|dort|dann|doch|mal|am\s+besten|bitte|einfach|direkt|vielleicht|selbst|dazu|dafür|damit)\s+){0,4}(?:beim|bei\s+(?:der|dem|den|Ihrer|Ihrem|Ihren|deiner|deinem|deinen))\s+[\p{L}-]+\s+(?:nachfragen|anfragen|erkundigen|anrufen|fragen|reklamieren|melden))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Ich stelle Sie zur Buchhaltung durch"
        re: /(?<![\p{L}])(?<hit>(?:ich|wir)\s+(?:stelle|stell|stellen|verbinde|verbind|verbinden)\s+(?:Sie|dich)\s+(?:(?:jetzt|gleich|dann|mal|eben|kurz|schnell|mal\s+eben|mal\s+kurz)\s+){0,2}(?:zur|zum|an\s+die|an\s+den|in\s+die|ins|zu\s+(?:einer|einem|der|dem)\s+(?:anderen\s+|zuständigen\s+|richtigen\s+)?[\p{L}-]+)(?:\s+[\p{L}-]+)?\s+durch|(?:ich|wir)\s+(?:verbinde|verbind|verbinden)\s+(?:Sie|dich)\s+(?:(?:jetzt|gleich|dann|mal|eben|kurz|schnell|mal\s+eben|mal\s+kurz)\s+){0,2}mit\s+(?:der|dem|einer|einem|unserer|unserem)\s+(?:anderen\s+|zuständigen\s+|richtigen\s+)?[\p{L}-]+(?=\s*[.!]*\s*$))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // Handing on and letting go: "Ich gebe das an die Kollegen weiter, die melden sich dann irgendwann", "... weitergeleitet, mehr kann ich nicht tun"
        re: /(?<![\p{L}])(?<hit>(?:weiter|weitergeleitet|weitergegeben|übergeben)\s*,\s*(?:(?:die|sie)\s+(?:melden|kümmern)\s+sich\s+(?:dann\s+)?(?:irgendwann|schon|bei\s+Bedarf|wenn\s+sie\s+Zeit\s+haben)|mehr\s+kann\s+ich\s+(?:leider\s+)?(?:nicht|nichts)\s+(?:tun|machen)|(?:ab\s+)?(?:hier|jetzt)\s+(?:bin\s+ich\s+raus|übernehmen\s+die)))(?![\p{L}])/u,
        rewrite: (ctx) => [`${ctx.match.split(/(?<!\s)\s*,/)[0]} und bleibe selbst für ${ctx.register === 'informal' ? 'dich' : 'Sie'} dran`],
      },
      {
        // "Bitte eröffnen Sie einen Fall im Konfliktlösungszentrum", "Bitte richten Sie Ihre Anfrage an den Kundenservice des Veranstalters",
        // "Diese Frage sollten Sie Ihrem Steuerberater stellen"
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:eröffnen|erstellen|öffnen)\s+Sie\s+(?:bitte\s+)?(?:einen|ein|eine)\s+(?:Fall|Streitfall|Konfliktfall|Antrag|Reklamation)\s+(?:bei|im|beim|über|in)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:bitte\s+)?(?:(?:schicken|senden|richten|adressieren)\s+Sie|schick|richte)\s+(?:Ihre|deine|diese|die)\s+(?:Beschwerde|Anfrage|Reklamation|Frage|Fragen|Anliegen)\s+(?:(?:bitte|schriftlich|direkt|per\s+Post)\s+){0,2}an\s+` + NOT_US + String.raw`(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s*[.!,]?\s*$)|(?:diese|die|solche)\s+(?:Frage|Fragen)\s+(?:sollten|müssten|müssen|können)\s+Sie\s+(?:bitte\s+|besser\s+|lieber\s+)?(?:Ihrem|Ihrer|dem|der)\s+[\p{L}-]+\s+stellen)(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Hier bin ich die falsche Ansprechpartnerin", "Das fällt nicht in unseren Zuständigkeitsbereich"
        re: /(?<![\p{L}])(?<hit>(?:(?:ich\s+bin|bin\s+ich|wir\s+sind|sind\s+wir)\s+(?:(?:hier|da|leider|dafür)\s+){0,2}(?:die|der|das)\s+falsche(?:n)?\s+(?:Ansprechpartner(?:in)?|Adresse|Stelle|Abteilung)|(?:das|dies|es)\s+fällt\s+(?:leider\s+)?nicht\s+in\s+(?:unseren|meinen)\s+(?:Zuständigkeitsbereich|Bereich|Aufgabenbereich)|(?:liegt|ist)\s+(?:leider\s+)?(?:nicht\s+in\s+unserer|außerhalb\s+unserer)\s+Zuständigkeit))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        // "Das ist eine Frage für die Personalabteilung Ihres Arbeitgebers, nicht für uns", "Das ist ein Thema für deinen Vermieter"
        re: /(?<![\p{L}])(?<hit>(?:das|dies)\s+ist\s+(?:(?:eher|leider|ganz\s+klar|eindeutig|wohl)\s+)?(?:eine\s+Frage|eine\s+Sache|eine\s+Angelegenheit|ein\s+Thema|ein\s+Fall)\s+f(?:ü|ue)r\s+(?:(?:Ihre[nm]?|deine[nm]?|Ihr|dein)\s+[\p{L}-]+(?:\s+(?:Ihres|Ihrer|deines|deiner|des|der)\s+[\p{L}-]+)?(?:\s*,?\s+nicht\s+f(?:ü|ue)r\s+(?:uns|mich))?|(?:die|den|das)\s+[\p{L}-]+\s+(?:Ihres|Ihrer|deines|deiner)\s+[\p{L}-]+(?:\s*,?\s+nicht\s+f(?:ü|ue)r\s+(?:uns|mich))?|(?:die|den|das)\s+[\p{L}-]+(?:\s+(?:des|der)\s+[\p{L}-]+)?\s*,?\s+nicht\s+f(?:ü|ue)r\s+(?:uns|mich)))(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // Sent to the open internet: "Schau mal auf Reddit", "googeln Sie das am besten", "suchen Sie auf YouTube nach einer Anleitung"
        re: /(?<![\p{L}])(?<hit>(?:schau|schauen\s+Sie|guck|gucken\s+Sie|sieh|sehen\s+Sie|such|suche|suchen\s+Sie|frag|fragen\s+Sie)\s+(?:(?:mal|doch|einfach|vielleicht|am\s+besten|bitte|dafür|dazu)\s+){0,3}(?:auf|bei|in|im)\s+(?:Reddit|YouTube|Google|Stack\s*Overflow|Facebook|Twitter|TikTok|(?:einem|einschlägigen|den)\s+Foren?|Internet|Netz)|(?:googeln\s+Sie|googel|google)\s+(?:(?:das|es|danach)\s+)?(?:(?:mal|doch|einfach|am\s+besten|bitte)\s+){0,2}(?:selbst|selber)?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // Another channel: "probier mal den Chat auf der Hauptseite", "versuchen Sie es doch über das Kontaktformular"
        re: /(?<![\p{L}])(?<hit>(?:probier(?:e|en\s+Sie)?|versuch(?:e|en\s+Sie)?)\s+(?:(?:es|mal|doch|vielleicht|einfach|am\s+besten|lieber|über)\s+){1,4}(?:den|die|das|unseren|unsere|unser)\s+(?:Live-?Chat|Chat|Hotline|Kontaktformular|Formular|Support|Kundenservice|Forum|Community)(?:\s+(?:auf|bei|in|im|von)\s+(?:der|dem|den|unserer|unserem)\s+[\p{L}-]+)?)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Rufen Sie einfach die Nummer auf der Rückseite Ihrer Karte an"
        re: /(?<![\p{L}])(?<hit>(?:rufen\s+Sie|ruf)\s+(?:(?:bitte|einfach|am\s+besten|direkt|dafür|deshalb|dann)\s+){0,3}(?:die|diese)\s+(?:Nummer|Rufnummer|Telefonnummer|Hotline|Servicenummer|[\p{L}-]{3,30}(?<=hotline|nummer))\s+(?:[\p{L}\d-]+\s+){0,6}?an)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      {
        // "Gehen Sie damit bitte zum Händler", "geh damit am besten in die Filiale"
        re: /(?<![\p{L}])(?<hit>(?:gehen\s+Sie|geh|geht)\s+(?:(?:damit|bitte|am\s+besten|direkt|einfach|dafür)\s+){1,3}(?:zum|zur|zu\s+Ihrem|zu\s+Ihrer|zu\s+deinem|zu\s+deiner|in\s+die|in\s+Ihre|in\s+deine|ins)\s+[\p{L}-]+)(?![\p{L}])/u,
        unless: DE_OWN,
        rewrite: deRewrite,
      },
      // "Fragen Sie am besten in der Filiale", "erkundige dich im Laden".
      {
        re: /(?<![\p{L}])(?<hit>(?:fragen\s+Sie|frag|frage|erkundigen\s+Sie\s+sich|erkundige\s+dich)\s+(?:(?:da|dort|dann|doch|mal|am\s+besten|bitte|einfach|direkt|vielleicht|lieber|dazu|dafür)\s+){0,3}(?:in\s+(?:der|einer|Ihrer|deiner|einem|unserem)|im)\s+(?:[\p{L}-]+\s+)?(?:Filiale|Geschäft|Laden|Markt|Store|Shop|Werkstatt|Zentrale|Reisebüro|Servicecenter|Service-Center|Fachhandel|Baumarkt|Bürgeramt|Rathaus))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // "Schreiben Sie bitte eine Mail an service@…", "schick ne Mail an die Buchhaltung".
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:schreiben|schicken|senden)\s+Sie|schreib|schick|sende)\s+(?:(?:bitte|einfach|am\s+besten|direkt|dazu|dafür|deshalb|dann)\s+){0,3}(?:eine\s+|ne\s+)?(?:E-Mail|Mail|Email|Nachricht)\s+an\s+(?!(?:mich|uns|mir)(?![\p{L}]))[^\s,;!?]*[^\s,;!?.](?:\s+[\p{L}-]+)?)/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // "Da ist die Garantieabteilung Ihr Ansprechpartner", "dafür ist der Hersteller die richtige Adresse".
      {
        re: /(?<![\p{L}])(?<hit>(?:ist|sind)\s+(?:(?:da|dafür|hier|hierfür|dann|leider)\s+)?(?:die|der|das|Ihre?|deine?)\s+[\p{L}-]+\s+(?:(?:da|dafür|hier|dann)\s+)?(?:Ihr|Ihre|dein|deine|der|die)\s+(?:richtige[rn]?\s+|erste[rn]?\s+|zuständige[rn]?\s+)?(?:Ansprechpartner|Ansprechpartnerin|Ansprechpartner:in|Anlaufstelle|Adresse))(?![\p{L}])/u,
        unless: new RegExp(DE_KEEP.source + String.raw`|(?<![\p{L}])(?:nicht|kein\p{L}*)(?![\p{L}])`, 'u'),
        rewrite: deRewrite,
      },
      // "Schicken Sie es dann an die Zentrale", "senden Sie den Antrag an die Buchhaltung".
      {
        re: /(?<![\p{L}])(?<hit>(?:schicken|senden)\s+Sie\s+(?:es|das|ihn|sie|die\s+[\p{L}-]+|den\s+[\p{L}-]+|das\s+[\p{L}-]+)\s+(?:(?:bitte|dann|direkt|einfach|anschließend|am\s+besten)\s+){0,2}an\s+(?:die|den)\s+(?:[\p{L}-]+\s+)?(?:Zentrale|Abteilung|Fachabteilung|Buchhaltung|Rechtsabteilung|Hersteller|Händler|Verkäufer|Reklamationsabteilung|Versicherung|Poststelle|Hauptverwaltung|Vermieter|Hausverwaltung))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // "Dafür müssten Sie in eine unserer Filialen gehen."
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:müssen|müssten|sollten)\s+Sie|(?:musst|müsstest|solltest)\s+du)\s+(?:(?:damit|dafür|bitte|leider|direkt|selbst|schon|dann|persönlich)\s+){0,3}(?:in\s+(?:eine|einer|einen)\s+unserer|zu\s+(?:einer|einem)\s+unserer|in\s+(?:eine|die|den|das)|ins|zur|zum)\s+(?:[\p{L}-]+\s+)?(?:Filiale|Filialen|Geschäft|Geschäfte|Laden|Läden|Store|Stores|Shop|Shops|Servicecenter|Markt|Märkte|Partnerwerkstatt|Partnerwerkstätten|Werkstatt)\s+(?:gehen|kommen|fahren|vorbeikommen|vorbeigehen|bringen))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // "Das klärst du am besten direkt mit dem Verkäufer", "das regeln Sie bitte mit Ihrer Bank".
      {
        re: /(?<![\p{L}])(?<hit>(?:(?:das|dies)\s+(?:klären|regeln|besprechen)\s+Sie|(?:das|dies)\s+(?:klärst|regelst|besprichst)\s+du)\s+(?:(?:bitte|am\s+besten|direkt|dann|einfach|selbst|selber)\s+){0,3}mit\s+(?!(?:uns|mir)(?![\p{L}]))(?:dem|der|den|Ihrer|Ihrem|Ihren|deiner|deinem|deinen)\s+[\p{L}-]+)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Object first: "Die doppelte Abbuchung klären Sie bitte direkt mit Ihrer Bank", "Reklamationen richten Sie bitte an den Hersteller".
      {
        re: new RegExp(String.raw`(?<=\p{L}\s{1,3})(?<hit>(?:(?:klären|regeln|besprechen)\s+Sie|(?:klärst|regelst|besprichst)\s+du)\s+(?:(?:bitte|direkt|selbst|am\s+besten|dann|einfach|selber)\s+){0,3}(?<who>mit\s+` + NOT_US + String.raw`(?:dem|der|den|Ihrer|Ihrem|Ihren|deiner|deinem|deinen)\s+[\p{L}-]+))(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: (ctx) => [`kläre ich für ${ctx.register === 'informal' ? 'dich' : 'Sie'} ${ctx.groups.who ?? ''} und melde mich`.replace(/\s+/gu, ' ')],
      },
      {
        re: new RegExp(String.raw`(?<=\p{L}\s{1,3})(?<hit>(?:(?:richten|adressieren|schicken|senden)\s+Sie|(?:richtest|schickst)\s+du)\s+(?:(?:bitte|direkt|am\s+besten|dann|einfach|schriftlich)\s+){0,3}(?<who>an\s+` + NOT_US + String.raw`(?:den|die|das|Ihren|Ihre|Ihr|deinen|deine|dein)\s+[\p{L}-]+))(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: (ctx) => [`leite ich für ${ctx.register === 'informal' ? 'dich' : 'Sie'} ${ctx.groups.who ?? ''} weiter und bleibe dran`.replace(/\s+/gu, ' ')],
      },
      // "Dafür gibts die Hotline", "Für Rechnungsfragen gibt es die Buchhaltung".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:dafür|hierfür|für\s+(?:so\s+was|sowas|so\s+etwas|[\p{L}-]+))\s+gibt(?:['’]?s|\s+es)\s+(?:(?:doch|ja|extra|eigens|übrigens|bei\s+uns)\s+){0,2}(?:die|den|das|eine|einen|ein|unsere|unseren|unser)\s+(?:eigene[nrs]?\s+|extra\s+|separate[nrs]?\s+)?(?:` + DE_THIRD + String.raw`|Formular|Kontaktformular|Forum|Community|FAQ|Portal|Kundenportal))(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // "Technische Probleme gehören nicht in den Buchungschat", "das gehört nicht hierher".
      {
        re: /(?<![\p{L}])(?<hit>(?:gehört|gehören)\s+(?:(?:leider|aber|hier|eigentlich|so)\s+){0,2}nicht\s+(?:hierher|hier\s*hin|hier\s+rein|zu\s+uns|in\s+(?:den|die|das|diesen|diese|dieses|unseren|unsere|unser)\s+[\p{L}-]+))(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: (ctx) => [`nehme ich gern für ${ctx.register === 'informal' ? 'dich' : 'Sie'} auf`],
      },
      // Forum, community, FAQ: "Schau mal ins Forum", "fragen Sie am besten in der Community nach"; "da kann dir bestimmt jemand helfen".
      {
        re: /(?<![\p{L}])(?<hit>(?:schau|schauen\s+Sie|guck|gucken\s+Sie|sieh|sehen\s+Sie|such|suche|suchen\s+Sie|frag|fragen\s+Sie|stell|stellen\s+Sie|poste|posten\s+Sie)\s+(?:(?:mal|doch|einfach|vielleicht|am\s+besten|bitte|dafür|dazu|die\s+Frage|deine\s+Frage|Ihre\s+Frage|nach)\s+){0,3}(?:ins|im|in\s+(?:das|dem|unser|unserem|einem|die|der|unsere|unserer|den|unseren))\s+(?:[\p{L}-]+\s+)?(?:Forum|Foren|Community|Hilfe-?Center|Helpcenter|Help-Center|FAQs?|Wissensdatenbank|Hilfeseiten|Hilfebereich)(?:\s+nach)?)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:da|dort)\s+(?:kann|können)\s+(?:dir|Ihnen|euch)\s+(?:(?:bestimmt|sicher|sicherlich|auch|vielleicht|eher|garantiert)\s+){0,2}(?:jemand|einer|wer|die\s+Community|die\s+anderen|andere\s+[\p{L}]+)\s+(?:weiter)?helfen)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad (second round): an imperative to contact a third party, with up to five words in between:
      // "Wende dich mit der Photo-TAN bitte an deine Filiale", "Schreiben Sie dazu bitte direkt dem Kursanbieter".
      {
        re: new RegExp(String.raw`(?:^|(?<=^(?:bitte|dann|also|da|dazu|dafür|hierfür|hierzu)\s*,?\s*))(?:wende\s+dich|wendest\s+du\s+dich|wendet\s+euch|wenden\s+Sie\s+sich|meldest\s+du\s+dich|rufst\s+du|fragst\s+du|schreibst\s+du|gehst\s+du|melde\s+dich|meldet\s+euch|melden\s+Sie\s+sich|richte|richten\s+Sie|schreib(?:e|t)?|schreiben\s+Sie|schick(?:e|t)?|schicken\s+Sie|sende(?:t)?|senden\s+Sie|ruf(?:e|t)?|rufen\s+Sie|frag(?:e|t)?|fragen\s+Sie|kontaktiere|kontaktieren\s+Sie|geh(?:e|t)?|gehen\s+Sie)(?:\s+[^\s.!?,;]+){0,5}?\s+(?:(?:an|bei|beim|zum|zur)\s+)?(?:Ihre[mnrs]?|deine[mnrs]?|eure[mnrs]?|de[mnrs]|die|das|der|zust(?:ä|ae)ndige[nmr]?|jeweilige[nmr]?|(?<=(?:beim|zum|zur)\s))\s*` + NOT_US + String.raw`(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad, modal: "Den Sperrmülltermin musst du beim Abfallwirtschaftsbetrieb selbst buchen", "Das müssen Sie mit der Kasse klären".
      {
        re: new RegExp(String.raw`^(?:[^\s.!?,;]+\s+){0,4}?(?:musst\s+du|m(?:ü|ue)ssen\s+Sie|du\s+musst|Sie\s+m(?:ü|ue)ssen)(?:\s+[^\s.!?,;]+){0,4}?\s+(?:bei|beim|mit|an|bei\s+der|mit\s+der|mit\s+dem)\s+(?:(?:Ihre[mnrs]?|deine[mnrs]?|de[mnrs]|die|zust(?:ä|ae)ndige[nmr]?)\s+)?(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?:\s+[^\s.!?,;]+){0,3}?\s+\p{L}+(?:en|ern|eln)(?=\s*[.!,;]|\s*$)`, 'u'),
        unless: new RegExp(DE_KEEP.source + String.raw`|(?:musst|m(?:ü|ue)ssen)\s+(?:[^\s.!?,;]+\s+){0,2}?(?:nicht|nichts|kein\p{L}*|nie)(?![\p{L}])`, 'u'),
        rewrite: deRewrite,
      },
      // Broad: the decision handed to a third party: "Da sind wir raus, das entscheidet die Bank", "darüber entscheidet allein Ihre Kasse".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:(?:da|hier)\s+sind\s+wir\s+raus|(?:das|dies|dar(?:ü|ue)ber)\s+entscheid(?:et|en)\s+(?:(?:allein|alleine|nur|ausschlie(?:ß|ss)lich|letztlich)\s+)?(?:die|der|das|Ihre|deine|Ihr|dein)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`)(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad, infinitive imperative: "Bitte direkt an den Netzbetreiber wenden."
      {
        re: new RegExp(String.raw`^(?:bitte\s+)?(?:(?:direkt|gleich|selbst|daf(?:ü|ue)r|dazu|damit|hierf(?:ü|ue)r)\s+){0,2}(?:an|bei)\s+(?:den|die|das|de[mn]|Ihre[mnrs]?|deine[mnrs]?|zust(?:ä|ae)ndige[nmr]?)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`\s+(?:wenden|melden|richten)(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad: "Da kann Ihnen nur der Hersteller weiterhelfen", "Das ist Aufgabe Ihres Netzbetreibers", "Die Kollegen vom Vertrieb sind dafür zuständig".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:k(?:ö|oe)nnen|kann)\s+(?:Ihnen|dir|euch)\s+(?:(?:leider|da|hier|wirklich)\s+)?nur\s+(?:der|die|das|Ihr|Ihre|dein|deine)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`\s+(?:weiterhelfen|helfen|sagen|beantworten|Auskunft\s+geben)(?![\p{L}])|(?<![\p{L}])(?:ist|w(?:ä|ae)re)\s+(?:(?:allein|eindeutig|ganz\s+klar|nun\s+mal)\s+)?(?:Aufgabe|Sache|Angelegenheit|Job)\s+(?:Ihres|Ihrer|deines|deiner|des|der)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?:e?s)?(?![\p{L}])|(?<![\p{L}])(?:die\s+)?(?:Kolleg(?:en|innen|in|e)|Leute)\s+(?:vom|von\s+der|aus\s+der|aus\s+dem|im|in\s+der)\s+[\p{L}-]+\s+(?:sind|ist)\s+(?:(?:daf(?:ü|ue)r|hierf(?:ü|ue)r|da)\s+)?zust(?:ä|ae)ndig(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad: "Das fällt in die Zuständigkeit Ihrer Gemeinde", "liegt im Zuständigkeitsbereich des Vermieters".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:f(?:ä|ae)llt|liegt)\s+(?:(?:leider|eindeutig|ganz\s+klar|allein)\s+)?(?:in\s+die|in\s+den|im|in\s+der)\s+(?:Zust(?:ä|ae)ndigkeit|Zust(?:ä|ae)ndigkeitsbereich|Verantwortung|Verantwortungsbereich|Bereich)\s+(?:Ihrer|Ihres|deiner|deines|der|des)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?:e?s)?(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Round 3: "Das läuft alles über den Hersteller", "das geht ausschließlich über Ihre Hausverwaltung".
      {
        re: /(?<![\p{L}])(?<hit>(?:das|dies|alles|es)\s+(?:läuft|laeuft|geht|laufen)\s+(?:(?:alles|ausschließlich|nur|komplett|direkt|leider|immer|grundsätzlich)\s+){0,2}über\s+(?:den|die|das|Ihre[nm]?|deine[nm]?|Ihr|dein)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)/u,
        unless: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:kläre|klären|kümmere|kümmern|leite|leiten|frage|fragen|rufe|rufen|melde|melden|habe|haben)|(?:kläre|kümmere|leite|frage|rufe|melde)\s+ich)(?![\p{L}])|\?\s*$/u,
        rewrite: (ctx) => [(startsClause(ctx.before) ? 'ich kläre das' : 'kläre ich das') + (ctx.register === 'informal' ? ' gern für dich mit der zuständigen Stelle' : ' gern für Sie mit der zuständigen Stelle')],
      },
      // Round 3: "Am besten schreiben Sie direkt an das Fundbüro", "schreib dafür eine Mail an deine Bank".
      {
        re: /(?<![\p{L}])(?<hit>(?:schreiben\s+Sie|schreib|schreibe)\s+(?:(?:bitte|am\s+besten|direkt|einfach|doch|dafür|dazu|hierzu|deshalb|dann|eine\s+(?:kurze\s+)?(?:Mail|E-Mail|Nachricht))\s+){0,3}an\s+(?:den|die|das|Ihre[nm]?|deine[nm]?|Ihr|dein)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)/u,
        unless: /(?<![\p{L}])(?:(?:ich|wir)\s+(?:kläre|klären|kümmere|kümmern|leite|leiten|habe|haben)|uns|mich|mir)(?![\p{L}])|\?\s*$/u,
        rewrite: (ctx) => [(startsClause(ctx.before) ? 'ich kläre das' : 'kläre ich das') + (ctx.register === 'informal' ? ' gern für dich mit der zuständigen Stelle' : ' gern für Sie mit der zuständigen Stelle')],
      },
      // Broad (round 4): a task to be done AT a third party, imperative or modal: "Bitte melden Sie den Schaden bei Ihrer Versicherung",
      // "Den Antrag müssten Sie bei der Familienkasse stellen", "reich das bitte beim Bürgeramt ein".
      {
        re: new RegExp(String.raw`(?:^|,\s*)(?<hit>(?:bitte\s+)?(?:(?:melden|reichen|stellen|beantragen|reklamieren|kündigen|beanstanden)\s+Sie|meld|melde|reich|reiche|stell|stelle|beantrag|beantrage|reklamier|reklamiere|(?:[\p{L}-]+\s+){0,3}?(?:müssen|müssten|sollten|muessen|muessten)\s+Sie|(?:[\p{L}-]+\s+){0,3}?(?:musst|müsstest|solltest)\s+du)\s+(?:[^\s.!?,;:]+\s+){0,4}?(?:beim|bei\s+(?:der|dem|den|Ihrer|Ihrem|Ihren|deiner|deinem|deinen|Ihre|eurer|eurem))\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?![\p{L}])(?:\s+(?:[^\s.!?,;:]+\s+){0,2}?(?:stellen|einreichen|beantragen|melden|reklamieren|klären|anfragen|nachfragen|kündigen|anzeigen|geltend\s+machen|ein|an|nach))?)(?![\p{L}])`, 'u'),
        unless: new RegExp(DE_KEEP.source + String.raw`|(?<![\p{L}])(?:(?:bei|an)\s+(?:mir|uns)|falls|wenn|ob)(?![\p{L}])`, 'u'),
        rewrite: deRewrite,
      },
      // Broad (round 4): "… beantwortet Ihnen das Finanzamt, nicht wir", "Die Zugangsdaten bekommen Sie bei Ihrer IT-Abteilung, nicht bei uns".
      {
        re: new RegExp(String.raw`^(?<hit>[^,.!?\n]{0,80}?(?<![\p{L}])(?:beantwortet|beantworten|klärt|klären|bearbeitet|bearbeiten|entscheidet|entscheiden|regelt|regeln|erteilt|erteilen|hilft|helfen|bekommen\s+Sie|bekommst\s+du|erhalten\s+Sie|erhältst\s+du|zuständig|verantwortlich)(?![\p{L}])[^,.!?\n]{0,60}?(?<![\p{L}])` + DE_THIRD + String.raw`(?![\p{L}])[^,.!?\n]{0,30},\s*nicht\s+(?:wir|bei\s+uns|uns|ich|hier|von\s+uns))(?![\p{L}])`, 'u'),
        unless: /\?\s*$/u,
        rewrite: deRewrite,
      },
      // Broad (round 4): the third party must deal with it: "Darum muss sich Ihre Versicherung kümmern", "Das muss Ihr Arbeitgeber klären".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:darum|drum|da|dafür|das|dies|darüber)\s+(?:muss|müssen|müsste|müssten|sollte|sollten)\s+(?:sich\s+)?(?:Ihre?[nmrs]?|deine?[nmrs]?|die|der|das|den)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?![\p{L}])\s+(?:(?:schon|selbst|dann|bitte)\s+)?(?:kümmern|klären|regeln|entscheiden|prüfen|bearbeiten|übernehmen|beantworten))(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad (round 4), formal: "Anfragen dieser Art sind an die Zentrale Vergabestelle zu richten".
      {
        re: new RegExp(String.raw`(?:^|,\s*)(?<hit>[^.!?,;:\n]{0,60}?(?<![\p{L}])(?:ist|sind)\s+(?:(?:bitte|direkt|ausschließlich|grundsätzlich|schriftlich)\s+){0,2}an\s+(?:die|den|das|Ihre?[nmrs]?|deine?[nmrs]?)\s+(?:[\p{L}-]+\s+)?` + DE_THIRD + String.raw`(?![\p{L}])(?:\s+[^\s.!?,;]+){0,3}?\s+zu\s+(?:richten|stellen|senden|schicken|adressieren))(?![\p{L}])`, 'u'),
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
      // Broad (round 4): platforms without an article: "frag da mal bei PayPal nach", "melde dich bei Amazon".
      {
        re: /(?<![\p{L}])(?<hit>(?:frag|frage|fragen\s+Sie|fragt|meld\s+dich|melde\s+dich|melden\s+Sie\s+sich|meldet\s+euch|erkundige\s+dich|erkundigen\s+Sie\s+sich|wende\s+dich|wenden\s+Sie\s+sich|ruf|rufen\s+Sie)\s+(?:(?:da|dort|dann|doch|mal|am\s+besten|bitte|einfach|direkt|vielleicht|selbst|lieber)\s+){0,4}(?:bei|an)\s+(?:PayPal|Amazon|eBay|Ebay|DHL|Hermes|DPD|GLS|UPS|Klarna|Apple|Google|Microsoft|Sony|Steam|Nintendo|Telekom|Vodafone|O2|Netflix|Spotify|Zalando|Otto|Lieferando|Booking|Airbnb|Uber)(?:\s+(?:nach|an))?)(?![\p{L}])/u,
        unless: DE_KEEP,
        rewrite: deRewrite,
      },
    ]),
    message: 'Schickt den Kunden woandershin',
    explanation:
      'Wer einen verärgerten Kunden an eine andere Firma, Abteilung oder Nummer verweist, lässt ihn von vorn anfangen. Übernehmen Sie: klären Sie es selbst oder übergeben Sie mit Namen und bleiben Sie dran.',
    rewrite: deRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "I'll sort it out with the courier for you and get back to you today.",
      'Could you check it with your bank? Then I can rebook right away.',
      "It's best you keep the receipt until the refund arrives.",
      'You would have to pay nothing extra, I have waived the fee.',
      'Would you like me to call your bank for you?',
      "I'll take it up with the courier for you.",
      'Let me take this up with the billing team.',
      'Please ask them to leave it with a neighbour.',
      'Please call the number on your card to activate it, it only takes a minute.',
      "I've opened a new ticket for this and I'm on it.",
      "That's something I can help with!",
      "I've contacted the airline for you and will update you by noon.",
      'If you prefer, you can also call us on 0800 123 456.',
      'The courier will contact you to arrange the delivery slot.',
      "I'll ask our billing team and come back to you today.",
      'Try restarting the router and let me know if the light turns green.',
      "That's on us, and I've refunded the fee.",
      "It's up to you whether you keep the old plan.",
      "You'll need to visit a branch to sign, and I've booked you a slot on Friday.",
      "The manufacturer handles warranty repairs, and I've booked the pickup for you.",
      "Reach out to our Support team any time here in chat.",
      "Our partner handles deliveries, so you'll get a text from them on the day.",
      "Your question went to our billing team and I've asked them to reply by noon.",
      "Please direct any questions to me, I'm handling your case.",
      "That's something we handle in-house, so I've already booked it.",
      "You'll need to go through the app to change the PIN, here's how.",
      "We're just the retailer, but I've already contacted the manufacturer for you and will update you tomorrow.",
      "The hotel will sort that out with you at check-in, I've already told them.",
      "Can you contact the seller for the serial number? Then I can register the warranty for you.",
    ],
    invalid: [
      { text: 'The label is wrong, so [[please sort that out directly with the courier]].', rewrite: "The label is wrong, so I'll take this up with them for you and get back to you." },
      { text: "I can't see that order, [[best ask in the store]].", rewrite: "I can't see that order, I'll take this up with them for you and get back to you." },
      { text: "[[It's best you ring the airline]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[We're only the retailer]], sorry.", rewrite: "I'll coordinate this for you, sorry." },
      { text: "[[The manufacturer is who you want]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[You would have to ring your landlord]] about the boiler.", rewrite: "I'll take this up with them for you and get back to you about the boiler." },
      { text: "[[It's best if you speak to your employer's HR department]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[The airline will have to sort that out with you]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[The best thing to do is call your insurance company]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[That's something Visa handles, not us]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "For refunds [[you have to go through PayPal]].", rewrite: "For refunds I'll take this up with them for you and get back to you." },
      { text: "[[call ur bank]]", rewrite: "I'll take this up with them for you and get back to you" },
      { text: "[[That's one for your landlord]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[Please raise this with the hotel]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[Reach out to Samsung Support]] about the screen.", rewrite: "I'll take this up with them for you and get back to you about the screen." },
      { text: "[[The manufacturer handles repairs]], their number is on the box.", rewrite: "I'll take this up with them for you and get back to you, their number is on the box." },
      { text: "[[I'm just the social media team]], sorry.", rewrite: "I'll coordinate this for you, sorry." },
      { text: 'For a new card [[you need to pop into your local branch]].', rewrite: "For a new card I'll take this up with them for you and get back to you." },
      { text: 'That is a sales question, [[please raise a new request with sales]].', rewrite: "That is a sales question, I'll open the request with the right team for you." },
      { text: '[[You need to contact your bank]] about that.', rewrite: "I'll take this up with them for you and get back to you about that." },
      { text: '[[Take it up with your insurer]].', rewrite: "I'll take this up with them for you and get back to you." },
      { text: "The courier handles that, [[you'll have to ask them]].", rewrite: "The courier handles that, I'll take this up with them for you and get back to you." },
      { text: '[[Your network provider is the one to ask]].', rewrite: "I'll take this up with them for you and get back to you." },
      { text: "Sorry, [[it's between you and PayPal]].", rewrite: "Sorry, I'll take this up with them for you and get back to you." },
      { text: '[[Someone else will have to help you with that]].', rewrite: "I'll take this up with them for you and get back to you." },
      { text: "Sorry, [[you'll need to open a new ticket for this]].", rewrite: "Sorry, I'll take this up with them for you and get back to you." },
      { text: '[[Please reach out to the airline]] directly.', rewrite: "I'll take this up with them for you and get back to you directly." },
      { text: "[[That's something you need to sort out with your carrier]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: "[[That's a question for the courier, not us]].", rewrite: "I'll take this up with them for you and get back to you." },
      { text: '[[Try calling the hotline]] instead.', rewrite: "I'll take this up with them for you and get back to you instead." },
      { text: 'Sorry, [[we are only the platform]].', rewrite: "Sorry, I'll coordinate this for you." },
      { text: '[[Your best bet is to call the store]].', rewrite: "I'll take this up with them for you and get back to you." },
      { text: "Sorry, [[I'm not the person who handles this]].", rewrite: "Sorry, I'll get this to the right person for you and stay on it." },
      { text: 'This [[falls outside our remit]].', rewrite: "This is something I'll take to the right people for you." },
    ],
  },
  de: {
    valid: [
      'Melden Sie sich bitte bei mir, falls die Rechnung nicht ankommt.',
      'Das Finanzamt hat Ihren Bescheid bestätigt.',
      'Ihr Arbeitgeber bekommt die Bescheinigung direkt von uns.',
      'Ich rufe die Werkstatt gleich selbst an und kläre das für Sie.',
      'Die Zahlung läuft über PayPal und ist bereits bestätigt.',
      'Das läuft über den Hersteller, ich kläre das heute für Sie.',
      'Schreiben Sie uns gern an die bekannte Adresse.',
      'Das fällt in meinen Bereich, ich kümmere mich.',
      'Das ist Aufgabe des Netzbetreibers, ich habe ihn für Sie bereits informiert.',
      'Schick mir die Fotos einfach per Mail, ich leite sie an den Hersteller weiter.',
      'Darüber entscheidet die Kasse, ich reiche den Antrag heute für Sie ein und melde mich.',
      'Sie müssen sich nicht an Ihre Krankenkasse wenden, das erledigen wir.',
      'Wende dich jederzeit gern direkt an mich.',
      'Ich habe dem Kursanbieter geschrieben und melde mich, sobald er antwortet.',
      'Das kläre ich direkt mit dem Verkäufer.',
      'Das klären Sie bitte mit uns, wir sind zuständig.',
      'Das müsst ihr nicht mit dem Vermieter klären, das übernehme ich.',
      'Fragen Sie gern auch in der Filiale nach, ich habe die Kollegen dort schon informiert.',
      'Schreiben Sie mir einfach eine Mail an diese Adresse, ich bleibe dran.',
      'Ich bin Ihr Ansprechpartner und bleibe es auch.',
      'Schicken Sie es einfach an uns zurück, das Etikett liegt bei.',
      'Sie müssen nicht in die Filiale gehen, ich schicke Ihnen den Ersatz per Post.',
      "Für die Prüfung ist die Schadenabteilung zuständig; ich habe sie informiert und melde mich morgen.",
      "Dann müssen Sie beim Login nur das neue Passwort eingeben.",
      "Das müssen Sie nicht mit der Bank klären, das mache ich.",
      "Melden Sie sich gern bei mir, wenn das Paket morgen nicht da ist.",
      'Ich habe die Airline für Sie kontaktiert und melde mich bis Mittag.',
      'Wenn Sie möchten, können Sie uns auch unter 0800 123 456 anrufen.',
      'Der Paketdienst meldet sich bei Ihnen wegen des Liefertermins.',
      'Ich frage bei der Buchhaltung nach und melde mich heute.',
      'Das liegt bei uns, ich habe die Gebühr schon erstattet.',
      'Für alles andere schreiben Sie mir gern hier.',
      'Melden Sie sich gern bei mir, wenn der Techniker nicht kommt.',
      'Rufen Sie uns gern an, wenn das einfacher ist.',
      'Das ist eine Frage für unser Technikteam, ich habe sie schon weitergegeben und melde mich bei Ihnen.',
      'Dafür müssen Sie nicht in die Filiale gehen, das geht online.',
      'Auf YouTube haben wir ein Video dazu, hier ist der Link.',
      'Schauen Sie gern auf unserer Website nach.',
      'Rufen Sie uns gern unter der Nummer auf Ihrer Rechnung an.',
      'Das ist eine Frage für den Techniker, der morgen ohnehin zu Ihnen kommt.',
      'Gehen Sie gern zum Schalter, dort wartet Ihr Ersatzticket, das ich gebucht habe.',
      // Owning the hand-over, or offering the forum as an extra.
      'Die Rückbuchung kläre ich direkt mit Ihrer Bank und melde mich morgen bei Ihnen.',
      'Reklamationen leite ich selbst an den Hersteller weiter, Sie müssen nichts tun.',
      'Dafür gibt es eine Gutschrift von 10 Euro auf Ihr Konto.',
      'Im Forum habe ich eine Anleitung gefunden, den Link schicke ich Ihnen gleich.',
      'Das gehört nicht zu den bekannten Fehlern, deshalb schaue ich es mir selbst an.',
    ],
    invalid: [
      { text: '[[frag da mal bei PayPal nach]], dein Geld liegt dort', rewrite: 'Ich kläre das für dich und melde mich bei dir, dein Geld liegt dort' },
      { text: '[[Anfragen dieser Art sind an die Zentrale Vergabestelle zu richten]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Darum muss sich Ihre Versicherung kümmern]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Bitte melden Sie den Schaden bei Ihrer Hausratversicherung]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Den Antrag müssten Sie bei der Familienkasse stellen]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Fragen zur Steuerklasse beantwortet Ihnen das Finanzamt, nicht wir]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Wegen der Kaution [[rufst du am besten direkt die Hausverwaltung an]].', rewrite: 'Wegen der Kaution kläre ich das für dich und melde mich bei dir.' },
      { text: 'Leider, [[das läuft alles über die Hausverwaltung]].', rewrite: 'Leider, ich kläre das gern für Sie mit der zuständigen Stelle.' },
      { text: 'Dafür [[schreiben Sie bitte an das Bürgeramt]].', rewrite: 'Dafür kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: 'Da [[kann Ihnen nur die Krankenkasse weiterhelfen]].', rewrite: 'Da kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: '[[Schick deine Reklamation am besten an den Hersteller]].', rewrite: 'Ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Bitte direkt an den Stromanbieter wenden]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Schreib wegen der Rückzahlung bitte direkt deinem Stromanbieter]].', rewrite: 'Ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Den Termin müssen Sie beim Bürgeramt selbst vereinbaren]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Das klärst du am besten direkt mit dem Händler]].', rewrite: 'Ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Das müsst ihr mit dem Vermieter ausmachen]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Ruf bitte die Störungshotline an]], die helfen dir.', rewrite: 'Ich kläre das für dich und melde mich bei dir, die helfen dir.' },
      { text: 'Das kann ich dir nicht sagen, [[frag am besten im Laden]].', rewrite: 'Das kann ich dir nicht sagen, ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Schreib bitte eine Mail an kundenservice@beispiel.de]], dann wird dir geholfen.', rewrite: 'Ich kläre das für dich und melde mich bei dir, dann wird dir geholfen.' },
      { text: 'Für Garantiefälle [[ist der Hersteller Ihr erster Ansprechpartner]].', rewrite: 'Für Garantiefälle kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: '[[Senden Sie den Antrag bitte an die Buchhaltung]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Leider [[müssten Sie dafür zu einer unserer Partnerwerkstätten fahren]].', rewrite: 'Leider kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: "Für Fragen zur Rechnung [[ist unsere Buchhaltung zuständig]].", rewrite: "Für Fragen zur Rechnung kläre ich das für Sie und melde mich bei Ihnen." },
      { text: "[[Das musst du mit deinem Arbeitgeber abklären]].", rewrite: "Ich kläre das für dich und melde mich bei dir." },
      { text: "[[Bitte nutzen Sie für Reklamationen unser Kontaktformular]].", rewrite: "Ich kläre das für Sie und melde mich bei Ihnen." },
      { text: "[[Das kann Ihnen nur Ihre Bank sagen]].", rewrite: "Ich kläre das für Sie und melde mich bei Ihnen." },
      { text: "[[Erkundige dich am besten bei deinem Netzbetreiber]].", rewrite: "Ich kläre das für dich und melde mich bei dir." },
      { text: "Ich habe das an die Fachabteilung [[weitergeleitet, mehr kann ich nicht tun]].", rewrite: "Ich habe das an die Fachabteilung weitergeleitet und bleibe selbst für Sie dran." },
      { text: '[[Rufen Sie bitte die Hotline an]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Damit [[müssen Sie zum Händler gehen]].', rewrite: 'Damit kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: '[[Das ist Sache des Paketdienstes, nicht unsere]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Da kann ich nichts machen, [[probier es mal bei deiner Bank]].', rewrite: 'Da kann ich nichts machen, ich kläre das für dich und melde mich bei dir.' },
      { text: 'Am besten [[rufen Sie im Laden an]].', rewrite: 'Am besten kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: '[[Sprechen Sie dazu bitte mit Ihrem Netzbetreiber]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Ich bin nicht die richtige Ansprechpartnerin dafür]].', rewrite: 'Ich bringe das für Sie zur richtigen Person und bleibe dran.' },
      { text: '[[Ich bin nur für Bestellungen zuständig]].', rewrite: 'Ich kümmere mich trotzdem darum und kläre das für Sie.' },
      { text: 'Das kann ich nicht ändern, [[da musst du die fragen]].', rewrite: 'Das kann ich nicht ändern, ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Das ist ein Thema für deinen Vermieter, nicht für uns]].', rewrite: 'Ich kläre das für dich und melde mich bei dir.' },
      { text: 'Hm, [[googeln Sie das am besten selbst]].', rewrite: 'Hm, ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: '[[Such mal bei YouTube]], da findest du Anleitungen.', rewrite: 'Ich kläre das für dich und melde mich bei dir, da findest du Anleitungen.' },
      { text: 'Tut mir leid, [[versuchen Sie es doch über das Kontaktformular]].', rewrite: 'Tut mir leid, ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Für den Kredit [[müssen Sie in Ihre Filiale gehen]].', rewrite: 'Für den Kredit kläre ich das für Sie und melde mich bei Ihnen.' },
      { text: '[[Ruf einfach die Nummer auf der Rückseite deiner Karte an]].', rewrite: 'Ich kläre das für dich und melde mich bei dir.' },
      { text: '[[Gehen Sie damit bitte zum Händler]].', rewrite: 'Ich kläre das für Sie und melde mich bei Ihnen.' },
      // Object first, another channel "for that", "doesn't belong here", the forum.
      { text: 'Die Gutschrift [[klären Sie bitte direkt mit dem Händler]].', rewrite: 'Die Gutschrift kläre ich für Sie mit dem Händler und melde mich.' },
      { text: 'Beschwerden über das Essen [[richten Sie bitte schriftlich an die Hotelleitung]].', rewrite: 'Beschwerden über das Essen leite ich für Sie an die Hotelleitung weiter und bleibe dran.' },
      { text: 'Wir sind nur der Shop, [[für Garantiefragen gibt es den Hersteller]].', rewrite: 'Wir sind nur der Shop, ich kläre das für Sie und melde mich bei Ihnen.' },
      { text: 'Rechnungsfragen [[gehören nicht in den Technik-Chat]].', rewrite: 'Rechnungsfragen nehme ich gern für Sie auf.' },
      { text: 'Hi Tom, [[frag am besten mal im Forum nach]], dort bekommst du schnell Antwort.', rewrite: 'Hi Tom, ich kläre das für dich und melde mich bei dir, dort bekommst du schnell Antwort.' },
      { text: 'Probier die Community, [[da kann dir bestimmt jemand helfen]].', rewrite: 'Probier die Community, ich kläre das für dich und melde mich bei dir.' },
      { text: 'Moment, [[ich stelle Sie mal kurz zu einer anderen Abteilung durch]].', rewrite: 'Moment, ich kläre das für Sie und melde mich bei Ihnen.' },
    ],
  },
};
