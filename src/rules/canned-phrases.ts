// Form-letter lines that read like an autoresponder: "your concern has been noted", "we value your
// feedback", "this is an automated response", "we appreciate your patience and understanding",
// "in all future correspondence", "we strive to provide the best possible service", "Dear Valued
// Customer"; "Ihr Anliegen wurde zur Kenntnis genommen", "Wir schätzen Ihr Feedback", "automatisch
// generierte Nachricht", "Wir danken Ihnen für Ihre Geduld und Ihr Verständnis", "bei jeder weiteren
// Korrespondenz", "Wir sind stets bemüht, …", "Sehr geehrte Kundin, sehr geehrter Kunde".
// A plain "thanks for your patience" or "danke für deine Geduld" is human and NOT flagged
// (many real agent replies use it); the markers are the stacked formulas and the passive voice.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const sie = (ctx: MatchContext, formal: string, informal: string) => (ctx.register === 'informal' ? informal : formal);

export const cannedPhrases: Rule = {
  id: 'canned-phrases',
  category: 'robotic',
  guidance: 'not-a-robot',
  description: 'Autoresponder formulas: "your concern has been noted", "we value your feedback", "do not reply to this email"',
  en: {
    patterns: [
      {
        // "Your concern has been noted", "your complaint has been logged and forwarded to the relevant department"
        re: /\b(?<hit>(?:your\s+(?:concern|complaint|request|feedback|inquiry|enquiry|query|case|issue|matter|comments?|message|e-?mail|suggestions?|correspondence)|the\s+contents\s+of\s+which)\s+(?:has|have)\s+been\s+(?:duly\s+|successfully\s+)?(?:noted|received|logged|registered|recorded|acknowledged|documented)(?:\s+and\s+(?:has\s+been\s+|will\s+be\s+)?(?:forwarded|passed\s+on|escalated|sent)\s+to\s+the\s+(?:relevant|appropriate|responsible|concerned)\s+(?:department|team|party|parties))?)\b/,
        rewrite: () => ["I've read your message and I'm on it", "thanks for telling me, I'm looking into it"],
      },
      {
        // "We have duly noted your feedback", "We acknowledge receipt of your email"
        re: /\b(?<hit>we\s+(?:have\s+)?(?:duly\s+)?(?:noted|acknowledged|registered|received)\s+your\s+(?:concern|complaint|feedback|comments?|inquiry|enquiry|remarks?|correspondence)(?:\s+and\s+(?:it\s+)?will\s+be\s+(?:actioned|dealt\s+with|processed)(?:\s+accordingly)?)?|we\s+(?:hereby\s+)?acknowledge\s+(?:the\s+)?receipt\s+of\s+your\s+(?:e-?mail|message|letter|request|inquiry|enquiry|complaint))\b/,
        rewrite: () => ["I've read your message", 'thanks for your message'],
      },
      {
        // "We value your feedback (and will use it to improve our services)", "we welcome your comments"
        re: /\b(?<hit>we\s+(?:truly\s+|really\s+|greatly\s+|always\s+|very\s+much\s+)?(?:value|welcome|appreciate)\s+(?:your|all|customer)\s+(?:valuable\s+|honest\s+)?(?:feedback|comments|input|suggestions)(?:\s+and\s+(?:will|we['’]?ll)\s+use\s+(?:it|them|this)\s+to\s+(?:further\s+|continually\s+|continuously\s+)?improve\s+our\s+(?:services?|products?|offering|customer\s+experience))?)\b/,
        // "We appreciate your feedback about the new app" reads as human (real replies); only the
        // stock tail ("... and will use it to improve our services") makes "appreciate" canned.
        unless: /\bwe\s+(?:\w+\s+)?appreciate\s+your\s+(?:\w+\s+)?(?:feedback|comments|input|suggestions)\b(?!\s+and\s+(?:will|we['’]?ll)\s+use)/,
        rewrite: () => ['thanks for telling us this', 'thank you for taking the time to tell us'],
      },
      {
        // "Your feedback is greatly appreciated", "thank you for your valuable feedback"
        re: /\b(?<hit>your\s+(?:valuable\s+)?(?:feedback|comments|input)\s+(?:is|are)\s+(?:greatly\s+|much\s+|very\s+much\s+|always\s+|highly\s+)?(?:appreciated|valued)|thank\s+you\s+for\s+your\s+valuable\s+(?:feedback|comments|input|time))\b/,
        rewrite: () => ['thanks for telling us this', 'thank you for taking the time to tell us'],
      },
      {
        // "This is an automated response", "this message was generated automatically"
        re: /\b(?<hit>this\s+(?:is\s+an?\s+(?:automated|automatic|auto-generated|automatically\s+generated|system-generated|computer-generated)\s+(?:response|reply|message|e-?mail|notification)|(?:message|e-?mail|reply|response)\s+(?:was|has\s+been|is)\s+(?:automatically\s+generated|generated\s+automatically|sent\s+automatically)))\b/,
        rewrite: () => ['this reply comes from me personally', 'this is a personal reply from our team'],
      },
      {
        // "Please do not reply to this email", "this mailbox is not monitored"
        re: /\b(?<hit>(?:please\s+)?(?:do\s+not|don['’]?t|dont)\s+reply\s+(?:to\s+)?this\s+(?:e-?mail|message|address|mail)|this\s+(?:mailbox|inbox|e-?mail\s+address|address)\s+is\s+(?:not\s+monitored|unmonitored|not\s+checked))\b/,
        rewrite: () => ['you can reply to this email if you need anything', 'just reply here if anything is still open'],
      },
      {
        // "We appreciate your patience and understanding (in this matter)", "thank you for your
        // patience and cooperation", "your patience is greatly appreciated", "we thank you for your patience"
        re: /\b(?<hit>(?:(?:we|I)\s+(?:really\s+|greatly\s+|sincerely\s+|truly\s+)?(?:appreciate|thank\s+you\s+for)|thank\s+you\s+(?:so\s+much\s+|very\s+much\s+)?for|thanks\s+for)\s+your\s+(?:continued\s+|kind\s+|ongoing\s+)?(?:patience\s+(?:and|&)\s+(?:understanding|cooperation|co-operation)|understanding\s+(?:and|&)\s+(?:patience|cooperation|co-operation)|(?:patience|cooperation|co-operation)\s+in\s+this\s+matter)|your\s+(?:patience|understanding|cooperation)\s+(?:is|has\s+been)\s+(?:greatly|much|very\s+much|highly|most)\s+appreciated|we\s+thank\s+you\s+(?:for\s+your\s+(?:continued\s+|kind\s+)?(?:patience|understanding|cooperation|co-operation)|in\s+advance\s+for\s+your\s+(?:patience|understanding|cooperation))(?!\s+(?:and|&)\s+understanding\s+in\s+this\s+matter))\b/,
        rewrite: () => ['thanks for bearing with me', 'thank you for waiting while I sort this out'],
      },
      {
        // "Please quote this reference number in all future correspondence"
        re: /\b(?<hit>in\s+(?:all|any)\s+(?:(?:future|further|subsequent)\s+(?:correspondence|communications?|contact|e-?mails|enquiries|inquiries)|correspondence))\b/,
        rewrite: () => ['when you write to us again', 'if you get in touch again'],
      },
      {
        // "We strive to provide the best possible service", "we are committed to providing excellent customer service"
        re: /\b(?<hit>(?:we\s+(?:always\s+|constantly\s+|continually\s+|continuously\s+)?(?:strive|aim|endeavou?r|are\s+(?:always\s+)?(?:committed|dedicated)|pride\s+ourselves)|our\s+(?:whole\s+)?(?:team|company|staff|people)\s+(?:is|are)\s+(?:always\s+)?(?:committed|dedicated))\s+(?:to|on)\s+(?:provid(?:e|ing)|deliver(?:ing)?|offer(?:ing)?|giv(?:e|ing)|ensur(?:e|ing))\s+(?:you\s+with\s+|our\s+customers\s+with\s+|all\s+our\s+customers\s+)?(?:the\s+(?:very\s+)?(?:best|highest)|an?\s+(?:excellent|exceptional|outstanding|first-class|high|great)|excellent|exceptional|outstanding|first-class|high|top|quality)(?:\s+(?:possible|quality|level\s+of|standard\s+of|customer|of)){0,3}?\s+(?:service|experience|support|care)|customer\s+satisfaction\s+is\s+(?:always\s+)?our\s+(?:top\s+|highest\s+|number\s+one\s+|first\s+)?priority)\b/,
        rewrite: () => ['I want to get this right for you', "I'd like to sort this out properly for you"],
      },
      {
        // "escalated to the relevant department", "will be actioned accordingly"
        re: /\b(?:escalate[ds]?|forward(?:ed)?|refer(?:red)?|pass(?:ed)?(?:\s+(?:it\s+|this\s+)?on)?|sen[dt])\s+(?:(?:this|it|your\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:on\s+)?to\s+(?<hit>the\s+(?:relevant|appropriate|responsible|concerned|competent)\s+(?:department|team|party|parties|authorities))\b|\b(?<hit2>(?:will\s+be|has\s+been|is\s+being)\s+actioned(?:\s+accordingly)?)\b/,
        rewrite: (ctx) => (/actioned/i.test(ctx.match) ? ['will be handled by me personally', 'is in my hands now'] : ['our specialist team', 'my colleagues in the right team']),
      },
      {
        // "Please allow up to 28 days for a response", "being handled with the utmost priority".
        re: /\b(?<hit>please\s+allow\s+(?:up\s+to\s+|at\s+least\s+)?(?:\d+|a\s+few|several|two|three|five|ten|fourteen|twenty-?eight)\s+(?:working\s+|business\s+|calendar\s+)?(?:days|hours|weeks)\s+for\s+(?:a\s+|our\s+)?(?:response|reply|processing|us\s+to\s+(?:respond|reply))|with\s+(?:the\s+)?utmost\s+(?:priority|urgency|care|importance|seriousness|attention|discretion))\b/,
        rewrite: (ctx) => [/^please/i.test(ctx.match) ? "I'll get back to you as soon as I have an answer" : 'as a priority'],
      },
      {
        // Service-level boilerplate: "We aim to respond to all enquiries within 10 working days".
        re: /\b(?<hit>we\s+(?:aim|endeavou?r|strive|try|seek)\s+to\s+(?:respond|reply|answer|deal\s+with|process|acknowledge|resolve)\s+(?:to\s+)?(?:all|any|every)\s+(?:[\w-]+\s+)?(?:enquiries|inquiries|queries|complaints|correspondence|e-?mails|messages|requests|tickets|cases)\s+within\b[^.!?;]*)/,
        rewrite: () => ["I'll get back to you on this myself"],
      },
      {
        // Sorry about an "experience" that is never named: "We are sorry to hear about your experience", "sorry to
        // learn of your recent experience at our branch", "we regret to hear about your experience".
        re: /\b(?<hit>(?:(?:we|I)(?:['’]re|['’]m|\s+are|\s+am|\s+were|\s+was)\s+(?:(?:very|so|truly|really|deeply|sincerely)\s+)?(?:sorry|sad|saddened|disappointed)|(?:we|I)\s+(?:(?:truly|deeply|sincerely)\s+)?regret|(?:so\s+|very\s+)?sorry)\s+to\s+(?:hear|learn|read)\s+(?:about|of)\s+your\s+(?:recent\s+|negative\s+|poor\s+|unfortunate\s+|bad\s+|disappointing\s+|unpleasant\s+)?experiences?(?:\s+(?:with|at|in)\s+(?:our|the|us)(?:\s+[\w-]+){0,2})?)(?=\s*(?:[.!]|$))/,
        rewrite: () => ["I'm sorry about what happened", "I'm sorry this went wrong for you"],
      },
      {
        // "We hope this email finds you well", "please find below", "kindly revert", "further to your recent enquiry", "we will endeavour to".
        re: /\b(?<hit>(?:I|we)\s+(?:hope|trust)\s+(?:this|that\s+this|the)\s+(?:e-?mail|message|letter|note)\s+finds\s+you\s+well|please\s+find\s+(?:herewith|below)|(?:kindly|please)\s+revert(?:\s+back)?|further\s+to\s+your\s+(?:recent\s+|previous\s+|last\s+|kind\s+)?(?:enquiry|inquiry|e-?mail|letter|message|correspondence|call|request|complaint)|we\s+(?:will|shall)\s+endeavou?r\s+to|in\s+a\s+timely\s+(?:manner|fashion))\b/,
        rewrite: (ctx) => (/finds/i.test(ctx.match) ? ['thanks for getting in touch'] : /find/i.test(ctx.match) ? ["here's"] : /revert/i.test(ctx.match) ? ['please reply'] : /^further/i.test(ctx.match) ? ['thanks for your message'] : /endeavou?r/i.test(ctx.match) ? ["we'll do our best to"] : ['quickly']),
      },
      {
        // "We appreciate your patience during this time", "we will look into the matter".
        re: /\b(?<hit>(?:we|I)\s+(?:(?:really|truly|greatly|sincerely)\s+)?appreciate\s+your\s+(?:continued\s+|kind\s+)?(?:patience|understanding|cooperation|co-operation)\s+(?:during\s+this\s+(?:time|period|difficult\s+time)|at\s+this\s+time)|(?:we|I)\s+(?:will|shall)\s+look\s+into\s+(?:the|this)\s+matter|the\s+matter\s+(?:is|will\s+be)\s+(?:being\s+)?(?:looked\s+into|investigated|reviewed))\b/,
        rewrite: (ctx) => (/patience|understanding|cooperation/i.test(ctx.match) ? ['thanks for bearing with us'] : ["I'm looking into this now"]),
      },
      {
        // "We have taken note of your comments", "your feedback will be shared with the relevant stakeholders", "we will use your feedback to improve",
        // "this matter has now been closed", "we thank you for bringing this matter to our attention", "in due course", "we wish to apologise",
        // "your valued feedback", "we hope this resolves your query", "should you have any further questions, please do not hesitate".
        re: /\b(?<hit>we\s+have\s+(?:duly\s+)?taken\s+(?:due\s+|careful\s+)?note\s+of\s+your\s+[\w-]+|(?:shared|passed(?:\s+on)?|forwarded)\s+(?:it\s+)?(?:with|to)\s+the\s+(?:relevant|appropriate|responsible)\s+(?:stakeholders|parties|team|department)(?:\s+for\s+(?:review|consideration|their\s+attention))?|(?:will|shall)\s+use\s+(?:your|this|the)\s+(?:valuable\s+)?feedback\s+to\s+(?:further\s+|continue\s+to\s+)?improve(?:\s+our\s+(?:services?|products?|offering|customer\s+experience))?|(?:this|the)\s+matter\s+(?:has\s+(?:now\s+)?been|is\s+now)\s+(?:closed|concluded)|we\s+thank\s+you\s+for\s+(?:bringing\s+this(?:\s+matter)?\s+to\s+our\s+attention|your\s+(?:e-?mail|letter|correspondence|enquiry|inquiry|message))|bringing\s+this\s+matter\s+to\s+our\s+attention|in\s+due\s+course|we\s+wish\s+to\s+(?:apologi[sz]e|inform|advise|confirm|thank|acknowledge)|your\s+valued\s+(?:feedback|comments|input|custom|business|enquiry|inquiry)|we\s+hope\s+this\s+(?:resolves|answers|addresses)\s+your\s+(?:query|enquiry|inquiry|concern)|should\s+you\s+have\s+any\s+(?:further|additional)\s+(?:questions|queries|concerns)\s*,?\s+(?:please\s+)?do\s+not\s+hesitate|do\s+not\s+hesitate\s+to\s+(?:contact|call)\s+us\s+should\s+you|our\s+records\s+indicate)\b/,
        rewrite: (ctx) => {
          const m = ctx.match.toLowerCase();
          if (m.startsWith('we have')) return ["I've read your message"];
          if (/stakeholders|parties|team|department/.test(m) && !/hesitate/.test(m)) return ['passed to my colleagues, and I will follow up'];
          if (m.includes('use')) return ['will take this on board'];
          if (m.includes('matter has') || m.includes('matter is')) return ['this is sorted now'];
          if (m.includes('due course')) return ['as quickly as we can', 'as soon as we can'];
          if (m.startsWith('we wish to')) return [ctx.match.replace(/^we\s+wish\s+to\s+/iu, 'we ')];
          if (m.startsWith('your valued')) return ['your feedback'];
          if (m.startsWith('we hope')) return ['I hope this helps'];
          if (m.includes('hesitate')) return ['if you have any more questions, just reply'];
          if (m.startsWith('our records')) return ['I can see'];
          return ['thanks for letting us know'];
        },
      },
      {
        // "for quality and training purposes", "will respond accordingly", "unable to comment on individual cases", "it has been noted".
        re: /\b(?<hit>for\s+(?:quality|training|monitoring)(?:\s+(?:and|&)\s+(?:training|quality|monitoring))?\s+purposes|(?:respond|act|proceed|deal\s+with\s+(?:it|this)|be\s+(?:dealt\s+with|handled|actioned))\s+accordingly|(?:unable|not\s+able)\s+to\s+comment\s+on\s+individual\s+(?:cases|accounts|customers|matters)|(?:it|this)\s+has\s+been\s+(?:duly\s+)?(?:noted|logged|recorded|registered)(?!\s+(?:with|under|as|on|in|for|by|and\s+(?:booked|scheduled|assigned|fixed|passed\s+to\s+[A-Z])))\b)\b/,
        rewrite: (ctx) => {
          const m = ctx.match.toLowerCase();
          if (m.includes('purposes')) return ['so we can keep improving'];
          if (m.includes('accordingly')) return [m.startsWith('be') ? 'be handled by me personally' : 'get back to you personally'];
          if (m.includes('comment')) return ['able to share everything here, but I can check your case personally'];
          return ["I've passed it on"];
        },
      },
      {
        // "We trust this clarifies the matter", "hope the above clarifies the matter".
        re: /\b(?<hit>we\s+trust\s+(?:that\s+)?(?:this|the\s+above|our\s+(?:reply|response|explanation))\s+(?:clarifies|answers|resolves|addresses|explains)(?:\s+(?:the|this|your)\s+(?:matter|query|question|concern|issue|situation))?|(?:(?:we|I)\s+)?hope\s+(?:that\s+)?(?:this|the\s+above)\s+clarifies\s+the\s+matter)\b/,
        rewrite: () => ['I hope this helps', 'I hope that answers your question'],
      },
      {
        // "Thank you for choosing SkyLink.", "We look forward to serving you again."
        re: /(?<hit>^thank\s+you\s+for\s+choosing\s+(?:us|[\p{Lu}][\w&'’-]*(?:\.[\w-]+)?(?:\s+[\p{Lu}][\w&'’-]*){0,2})(?=\s*[.!]*\s*$)|\bwe\s+look\s+forward\s+to\s+(?:serving|assisting|being\s+of\s+service\s+to)\s+you(?:\s+(?:again|in\s+the\s+(?:near\s+)?future|soon))?)/u,
        rewrite: (ctx) => (/^thank/i.test(ctx.match) ? ['thanks for being with us'] : ['hope to see you again soon']),
      },
      {
        // "We take all complaints very seriously", "we will revert shortly", "should you require any further assistance".
        re: /\b(?<hit>we\s+take\s+(?:all|every|your|such|these)\s+(?:[\w-]+\s+){0,2}?(?:complaints?|feedback|concerns?|matters?|reports?|issues?|cases?)\s+(?:very\s+|extremely\s+|really\s+|most\s+)?seriously|(?:will|shall)\s+revert\s+(?:back\s+)?(?:to\s+you\s+)?(?:shortly|soon|asap|at\s+the\s+earliest|within\s+[\w-]+\s+[\w-]+)|should\s+you\s+(?:require|need)\s+any\s+(?:further|additional)\s+(?:assistance|information|help))\b/,
        rewrite: (ctx) => (/^we\s+take/i.test(ctx.match) ? ['I take this seriously'] : /revert/i.test(ctx.match) ? ['will get back to you soon'] : ['if you need anything else']),
      },
      {
        // "Customer satisfaction is at the heart of everything we do."
        re: /\b(?<hit>(?:customer\s+satisfaction|(?:our\s+)?customers|you|service|quality)\s+(?:is|are)\s+at\s+the\s+(?:very\s+)?(?:heart|core|centre|center)\s+of\s+(?:everything|all|what)\s+(?:that\s+)?we\s+do)\b/,
        rewrite: () => ['I want to get this right for you', "I'd like to sort this out properly for you"],
      },
      {
        // "Thank you for being a valued customer\"
        re: /\b(?<hit>for\s+being\s+(?:a|such\s+a|one\s+of\s+our)\s+(?:valued|loyal|esteemed)\s+(?:customers?|clients?|members?))\b/,
        rewrite: () => ['for being with us', 'for sticking with us'],
      },
      {
        // "Dear Valued Customer," "Dear Sir or Madam," "Dear Customer,"
        re: /^(?<hit>dear\s+(?:valued\s+|esteemed\s+|loyal\s+)?(?:customer|client|member|guest|user|passenger|sir\s+or\s+madam|sir\s*\/\s*madam))(?=\s*[,:!]?\s*$|\s*[,:]\s)/,
        rewrite: () => ['Hello', 'Hi there'],
      },
      {
        // "will be processed in the order it was received", "dealt with in due course"
        re: /\b(?:be|being)\s+(?:dealt\s+with|processed|handled|answered|reviewed|responded\s+to|addressed)\s+(?<hit>in\s+(?:the\s+)?order\s+(?:(?:in\s+which\s+)?(?:it|they)\s+(?:was|were)\s+received|of\s+(?:receipt|arrival))|in\s+due\s+course|in\s+a\s+timely\s+(?:manner|fashion))\b/,
        rewrite: () => ['as quickly as we can', 'as soon as we can'],
      },
      {
        // "We are currently experiencing a high volume of requests"
        re: /\b(?<hit>we\s+are\s+(?:currently\s+)?experiencing\s+(?:an?\s+)?(?:unusually\s+|exceptionally\s+|extremely\s+|very\s+)?(?:high|higher\s+than\s+(?:usual|normal)|large|heavy)\s+(?:volumes?|numbers?|amount)(?:\s+of\s+(?:calls|requests|enquiries|inquiries|contacts|e-?mails|tickets|messages))?)\b/,
        rewrite: () => ["we're busier than usual right now", "it's very busy here right now"],
      },
      {
        // "We regret any inconvenience caused", "we regret to inform you that"
        re: /\b(?<hit>we\s+(?:sincerely\s+|deeply\s+|greatly\s+)?regret\s+(?:any|the)\s+inconvenience(?:\s+(?:this\s+(?:may\s+have\s+|has\s+)?)?caused(?:\s+to\s+you)?)?|we\s+regret\s+to\s+(?:inform|advise|tell)\s+you)\b/,
        rewrite: (ctx) => (/inform|advise|tell/i.test(ctx.match) ? ["I'm sorry to say", 'unfortunately'] : ["we're sorry for the trouble this has caused", "I'm sorry for the hassle"]),
      },
    ],
    message: 'Sounds like an autoresponder',
    explanation:
      'Form-letter formulas tell an upset customer that nobody really read their message. Say it the way you would to a person: what you read, what you are doing.',
    rewrite: () => ["I've read your message and I'm on it"],
  },
  de: {
    patterns: foldDe([
      {
        // "Ihr Anliegen wurde zur Kenntnis genommen", "Ihre Anfrage wurde erfasst und wird in der Reihenfolge des Eingangs bearbeitet"
        re: /(?<![\p{L}])(?<hit>(?:(?:Ihr|dein)\s+(?:Anliegen|Feedback|Hinweis|Schreiben|Fall|Ticket|Vorgang)|(?:Ihre|deine)\s+(?:Anfrage|Beschwerde|Reklamation|Nachricht|E-Mail|Mail|Meldung|Anregung|Anregungen|Hinweise|Anmerkungen|Kritik|Korrespondenz)|diese[rs]?)\s+(?:wurde|wurden|ist|sind)\s+(?:(?:von\s+uns|bei\s+uns|hiermit|soeben|bereits|erfolgreich)\s+){0,2}(?:zur\s+Kenntnis\s+genommen|erfasst|aufgenommen|registriert|vermerkt|protokolliert|dokumentiert|eingegangen)(?:\s+(?:und|worden\s+und)\s+(?:wird|werden)\s+(?:schnellstmöglich|schnellstens|so\s+schnell\s+wie\s+möglich|zeitnah|baldmöglichst|umgehend|in\s+Kürze|entsprechend|in\s+der\s+Reihenfolge\s+(?:des|ihres)\s+Eingangs)\s+bearbeitet)?)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich habe Ihre Nachricht gelesen und kümmere mich darum', 'ich habe deine Nachricht gelesen und kümmere mich darum'), sie(ctx, 'danke für Ihre Nachricht, ich schaue mir das an', 'danke für deine Nachricht, ich schaue mir das an')],
      },
      {
        // "Wir haben Ihre Beschwerde zur Kenntnis genommen"
        re: /(?<![\p{L}])(?:haben|habe)\s+(?:\p{L}+\s+){1,3}?(?<hit>zur\s+Kenntnis\s+genommen)(?![\p{L}])/u,
        rewrite: () => ['gelesen', 'aufmerksam gelesen'],
      },
      {
        // "Wir bestätigen (hiermit) den Eingang Ihrer Nachricht"
        re: /(?<![\p{L}])(?<hit>wir\s+bestätigen\s+(?:Ihnen\s+)?(?:hiermit\s+)?den\s+Eingang\s+(?:Ihrer|deiner)\s+(?:Nachricht|E-Mail|Mail|Anfrage|Reklamation|Beschwerde|Mitteilung|Schreibens))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke für Ihre Nachricht', 'danke für deine Nachricht')],
      },
      {
        // "Wir schätzen Ihr Feedback (und werden es nutzen, um unseren Service zu verbessern)"
        re: /(?<![\p{L}])(?<hit>wir\s+(?:schätzen|begr(?:ü|ue)(?:ß|ss)en)\s+(?:Ihr|dein|Ihre|deine|euer|eure)\s+(?:wertvoll\p{L}*\s+|ehrlich\p{L}*\s+)?(?:Feedback|Rückmeldung|Rückmeldungen|Anregungen|Anregung|Meinung|Hinweise|Kritik)(?:\s+(?:sehr|außerordentlich))?(?:\s+und\s+werden\s+(?:es|sie|diese[ns]?)\s+(?:nutzen|verwenden)\s*,?\s+um\s+unser(?:en|e)?\s+(?:Service|Kundenservice|Angebot|Produkte?|Leistungen)\s+(?:stetig\s+|weiter\s+|kontinuierlich\s+|ständig\s+)?zu\s+verbessern)?)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke, dass Sie uns das schreiben', 'danke, dass du uns das schreibst'), sie(ctx, 'danke, dass Sie sich die Zeit dafür nehmen', 'danke, dass du dir die Zeit dafür nimmst')],
      },
      {
        // "Vielen Dank für Ihr wertvolles Feedback"
        re: /(?<![\p{L}])(?:für|über)\s+(?:Ihr|dein|Ihre|deine|euer|eure)\s+(?<hit>wertvoll\p{L}*\s+(?:Feedback|Rückmeldung|Rückmeldungen|Anregungen|Hinweise|Hinweis))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.match.replace(/^wertvoll\p{L}*\s+/u, '')],
      },
      {
        // "Ihr Feedback hilft uns, unseren Service stetig zu verbessern"
        re: /(?<![\p{L}])(?<hit>(?:hilft|helfen)\s+uns(?:\s+dabei)?\s*,?\s+unser(?:en|e)?\s+(?:Service|Kundenservice|Angebot|Produkte?|Leistungen)\s+(?:stetig\s+|weiter\s+|kontinuierlich\s+|ständig\s+|noch\s+)?(?:zu\s+verbessern|besser\s+zu\s+machen))(?![\p{L}])/u,
        rewrite: () => ['ist für uns wirklich hilfreich', 'hilft uns weiter'],
      },
      {
        // "an die zuständige Fachabteilung weitergeleitet"
        re: /(?<![\p{L}])an\s+(?<hit>die\s+zuständige\s+(?:Fach)?abteilung|die\s+zuständigen\s+Stellen|die\s+zuständige\s+Stelle)\s+(?:weitergeleitet|weitergegeben|übergeben)(?![\p{L}])/u,
        rewrite: () => ['unser Fachteam', 'meine Kollegen im Fachteam'],
      },
      {
        // "Dies ist eine automatisch generierte Nachricht\", "Diese E-Mail wurde automatisch erstellt"
        re: /(?<![\p{L}])(?<hit>(?:automatisch|maschinell|systemseitig)\s+(?:generierte|erstellte|erzeugte|versandte|versendete|verschickte)\s+(?:Nachricht|E-Mail|Mail|Antwort|Benachrichtigung|Eingangsbestätigung))(?![\p{L}])/u,
        rewrite: () => ['persönliche Nachricht von mir', 'persönliche Antwort von unserem Team'],
      },
      {
        re: /(?<![\p{L}])(?:Nachricht|E-Mail|Mail|Antwort)\s+wurde\s+(?<hit>automatisch\s+(?:generiert|erstellt|erzeugt|versandt|versendet|verschickt))(?![\p{L}])/u,
        rewrite: () => ['von mir persönlich geschrieben', 'persönlich verfasst'],
      },
      {
        // "Bitte antworten Sie nicht auf diese E-Mail", "Antworte nicht auf diese Nachricht"
        re: /(?<![\p{L}])(?<hit>(?:bitte\s+)?(?:antworten\s+Sie|antworte)\s+(?:bitte\s+)?nicht)\s+(?=auf\s+diese\s+(?:E-Mail|Mail|Nachricht|Adresse)(?![\p{L}]))/u,
        rewrite: (ctx) => [sie(ctx, 'antworten Sie gern direkt', 'antworte gern direkt')],
      },
      {
        // "Wir danken Ihnen für Ihre Geduld und Ihr Verständnis", "Vielen Dank für Ihre Geduld und Ihr Verständnis",
        // "Wir bedanken uns für Ihr Verständnis"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+(?:danken\s+(?:Ihnen|dir|euch)|bedanken\s+uns(?:\s+bei\s+(?:Ihnen|dir|euch))?)|(?:vielen\s+|herzlichen\s+|besten\s+)?(?:Dank|danke))\s+(?:vielmals\s+|herzlich\s+)?f(?:ü|ue)r\s+(?:Ihre|deine|eure)\s+(?:Geduld\s+und\s+(?:Ihr\s+|dein\s+|euer\s+)?(?:Verst(?:ä|ae)ndnis|Mitarbeit|Kooperation)|Geduld\s+in\s+dieser\s+Angelegenheit)|(?:Ihr|dein)\s+Verst(?:ä|ae)ndnis\s+und\s+(?:Ihre\s+|deine\s+)?(?:Geduld|Mitarbeit)|wir\s+(?:danken(?:\s+(?:Ihnen|dir|euch))?|bedanken\s+uns(?:\s+bei\s+(?:Ihnen|dir|euch))?)\s+(?:vielmals\s+|herzlich\s+)?(?:im\s+Voraus\s+)?f(?:ü|ue)r\s+(?:Ihr|dein|euer)\s+Verst(?:ä|ae)ndnis|(?:Ihre|deine)\s+Geduld\s+wird\s+(?:sehr\s+)?geschätzt)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke, dass Sie so geduldig sind', 'danke, dass du so geduldig bist'), sie(ctx, 'danke, dass Sie mir Zeit geben', 'danke, dass du mir Zeit gibst')],
      },
      {
        // "Bitte geben Sie diese bei jeder weiteren Korrespondenz an"
        re: /(?<![\p{L}])(?<hit>bei\s+(?:jeder|jeglicher|aller|allen)\s+(?:weiteren\s+|künftigen\s+|zukünftigen\s+|späteren\s+)?(?:Korrespondenz|Rückfragen?|Anfragen?|Kommunikation|Schriftverkehr|Schreiben|Kontaktaufnahmen?|Nachrichten?|E-Mails?)(?:\s+(?<verb>an|mit|bereit))?)(?![\p{L}])/u,
        rewrite: (ctx) => {
          const lead = ctx.groups.verb ? `${ctx.groups.verb}, ` : '';
          return [lead + sie(ctx, 'wenn Sie uns wieder schreiben', 'wenn du uns wieder schreibst'), lead + sie(ctx, 'wenn Sie sich wieder melden', 'wenn du dich wieder meldest')];
        },
      },
      {
        // "Wir sind stets bemüht, Ihnen den bestmöglichen Service zu bieten", "Unser Ziel ist es, Ihnen einen erstklassigen Service zu bieten"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+sind\s+(?:stets|immer|ständig|jederzeit|täglich)\s+(?:bemüht|bestrebt)|unser\s+(?:Ziel|Anspruch|Bestreben)\s+ist\s+es)\s*,?\s+(?:Ihnen\s+|dir\s+|unseren\s+Kunden\s+)?(?:den|einen|die|eine|das|ein)\s+(?:bestmöglichen|bestmögliche|bestmögliches|besten|beste|erstklassigen|erstklassige|hervorragenden|hervorragende|optimalen|optimale|exzellenten|exzellente|höchstmöglichen|höchstmögliche)\s+(?:Service|Kundenservice|Kundendienst|Qualität|Erfahrung|Einkaufserlebnis|Kundenerlebnis|Betreuung)(?:\s+zu\s+(?:bieten|liefern|gew(?:ä|ae)hrleisten|erm(?:ö|oe)glichen|garantieren))?|(?:die\s+)?Kundenzufriedenheit\s+(?:steht\s+bei\s+uns\s+an\s+erster\s+Stelle|hat\s+(?:bei\s+uns\s+)?(?:oberste|höchste)\s+Priorität))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich möchte das für Sie in Ordnung bringen', 'ich möchte das für dich in Ordnung bringen')],
      },
      {
        // "Vielen Dank, dass Sie unser geschätzter Kunde sind"
        re: /(?<![\p{L}])(?<hit>dass\s+(?:Sie|du)\s+(?:unser|unsere|ein|eine)\s+geschätzte[r]?\s+(?:Kunde|Kundin)\s+(?:sind|bist)|als\s+(?:unser(?:e|en)?\s+)?geschätzte[rn]?\s+(?:Kunde|Kundin|Kunden))(?![\p{L}])/u,
        rewrite: (ctx) => (/^als/i.test(ctx.match) ? ['als Kunde'] : [sie(ctx, 'dass Sie bei uns sind', 'dass du bei uns bist')]),
      },
      {
        // "Sehr geehrte Kundin, sehr geehrter Kunde," "Sehr geehrte Damen und Herren," "Lieber Kunde,"
        re: /^(?<hit>sehr\s+geehrte\s+Kundin\s*,\s*sehr\s+geehrter\s+Kunde|sehr\s+geehrter\s+Kunde\s*,\s*sehr\s+geehrte\s+Kundin|sehr\s+geehrte[r]?\s+(?:Kundin|Kunde)|sehr\s+geehrte\s+Damen\s+und\s+Herren|(?:liebe|lieber)\s+(?:Kundin|Kunde)(?:\s*,\s*(?:liebe|lieber)\s+(?:Kundin|Kunde))?|(?:liebe|sehr\s+geehrte)\s+Kund(?:innen\s+und\s+Kunden|schaft))(?=\s*[,:!]?\s*$|\s*,\s+\p{L})/u,
        rewrite: () => ['Guten Tag', 'Hallo'],
      },
      {
        // "(Bitte beachten Sie, dass) Ihre Anfrage in der Reihenfolge des Eingangs bearbeitet wird"
        re: /(?<![\p{L}])(?<hit>in\s+der\s+Reihenfolge\s+(?:des|ihres)\s+Eingangs)(?![\p{L}])/u,
        rewrite: () => ['so schnell wie möglich', 'schnellstmöglich'],
      },
      {
        re: /(?<![\p{L}])(?<hit>bitte\s+beachten\s+Sie\s*,?\s*dass)\s+(?=(?:Ihre|Ihr)\s+(?:Anfrage|Anliegen|Reklamation|Beschwerde|Fall|Vorgang|Antrag|Nachricht|Ticket)\s+(?:\p{L}+\s+){0,3}?(?:bearbeitet|geprüft|weitergeleitet)\s+(?:wird|werden|wurde)(?![\p{L}]))/u,
        rewrite: () => ['ich wollte Ihnen kurz sagen, dass', 'kurz zum Stand: Wir arbeiten daran, und'],
      },
      {
        // "Ihre Anfrage befindet sich (derzeit) in Bearbeitung", "Ihr Schadensfall befindet sich in Prüfung"
        re: /(?<![\p{L}])(?<hit>(?:Ihr|dein|Ihre|deine)\s+(?:Anliegen|Anfrage|Vorgang|Fall|Antrag|Reklamation|Beschwerde|Ticket|Schadensfall|Schadenfall|Auftrag|Rückerstattungsantrag|Erstattungsantrag)\s+befinde[nt]\s+sich\s+(?:(?:aktuell|derzeit|momentan|noch|bereits|gerade)\s+){0,2}in\s+(?:der\s+)?(?:Bearbeitung|Prüfung|Klärung))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich arbeite gerade an Ihrem Anliegen', 'ich arbeite gerade an deinem Anliegen')],
      },
      {
        // "(Wir haben Ihre Anfrage erhalten und) werden diese schnellstmöglich bearbeiten"
        re: /(?<![\p{L}])(?<hit>werden\s+(?:diese|sie|diesen|ihn|dieses|Ihr\s+Anliegen|Ihre\s+Anfrage|dein\s+Anliegen|deine\s+Anfrage)\s+(?:schnellstmöglich|zeitnah|baldmöglichst|umgehend|in\s+Kürze|so\s+schnell\s+wie\s+möglich|schnellstens)\s+bearbeiten)(?![\p{L}])/u,
        rewrite: () => ['kümmern uns jetzt darum', 'schauen uns das jetzt an'],
      },
      {
        // "Ihr Anliegen wird von der zuständigen Fachabteilung geprüft"
        re: /(?<![\p{L}])von\s+(?<hit>der\s+(?:zuständigen|entsprechenden)\s+(?:Fachabteilung|Abteilung|Sachbearbeitung|Stelle))\s+(?:(?:\p{L}+\s+){0,2}?)(?:geprüft|bearbeitet|geklärt|begutachtet)(?![\p{L}])/u,
        rewrite: () => ['unserem Fachteam', 'meinen Kollegen im Fachteam'],
      },
      {
        // "an die entsprechende Fachabteilung übergeben"
        re: /(?<![\p{L}])an\s+(?<hit>die\s+entsprechende\s+(?:Fachabteilung|Abteilung|Stelle)|die\s+entsprechenden\s+Stellen)\s+(?:weitergeleitet|weitergegeben|übergeben|übermittelt)(?![\p{L}])/u,
        rewrite: () => ['unser Fachteam', 'meine Kollegen im Fachteam'],
      },
      {
        // "Bezugnehmend auf Ihre E-Mail vom 4. Mai", "Bezug nehmend auf Ihr Schreiben"
        re: /(?<![\p{L}])(?<hit>(?:bezugnehmend|Bezug\s+nehmend|unter\s+Bezugnahme)\s+auf)\s+(?=(?:Ihr|Ihre|Ihren|dein|deine|deinen|das|die|den|unser|unsere|unseren)\s+(?:\p{L}+\s+)?(?:Schreiben|E-Mail|Mail|Nachricht|Anfrage|Anruf|Telefonat|Brief|Reklamation|Beschwerde|Gespräch|Antrag)(?![\p{L}]))/u,
        rewrite: () => ['mit Blick auf', 'zu Ihrer Frage, also'],
      },
      {
        // "In obiger Angelegenheit nehmen wir wie folgt Stellung"
        re: /(?<![\p{L}])(?<hit>in\s+(?:obiger|oben\s+genannter|obengenannter|vorbezeichneter|vorgenannter|dieser|der\s+oben\s+genannten|o\.\s?g\.)\s+Angelegenheit)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'zu Ihrer Frage', 'zu deiner Frage')],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:nehmen|möchten)\s+wir\s+(?:hiermit\s+|gerne\s+|gern\s+)?(?:dazu\s+|hierzu\s+)?wie\s+folgt\s+Stellung(?:\s+nehmen)?)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'antworten wir Ihnen gern', 'antworten wir dir gern')],
      },
      {
        // "Wir nehmen Ihre Beschwerde sehr ernst"
        re: /(?<![\p{L}])(?<hit>wir\s+nehmen\s+(?:Ihr|Ihre|dein|deine|euer|eure)\s+(?:Beschwerde|Anliegen|Kritik|Feedback|Hinweis|Hinweise|Rückmeldung|Sorgen|Bedenken|Reklamation)\s+(?:(?:sehr|äußerst|außerordentlich|selbstverständlich|natürlich)\s+)?ernst)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich kümmere mich persönlich um Ihr Anliegen', 'ich kümmere mich persönlich um dein Anliegen')],
      },
      {
        // "Wir hoffen, Ihnen mit diesen Informationen weitergeholfen zu haben"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+hoffen|ich\s+hoffe)\s*,?\s+(?:Ihnen|dir|euch)\s+(?:(?:hiermit|damit|mit\s+(?:diesen|dieser|diesem|unserer|unseren|meiner|meinen)\s+\p{L}+)\s+)?(?:weiter(?:ge)?holfen|geholfen|gedient|behilflich\s+gewesen)\s+zu\s+(?:haben|sein))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich hoffe, das hilft Ihnen weiter', 'ich hoffe, das hilft dir weiter')],
      },
      {
        // "Wir werden uns schnellstmöglich mit Ihnen in Verbindung setzen"
        re: /(?<![\p{L}])(?<hit>(?:schnellstmöglich|zeitnah|baldmöglichst|umgehend|schnellstens)\s+mit\s+(?:Ihnen|dir|euch)\s+in\s+Verbindung\s+(?:setzen|treten))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'so schnell wie möglich bei Ihnen melden', 'so schnell wie möglich bei dir melden')],
      },
      {
        // "Wir bitten Sie, von weiteren Nachfragen abzusehen"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+bitten|ich\s+bitte)\s+(?:(?:Sie|dich)\s*)?(?:(?:daher|deshalb|höflich)\s*)?,?\s*von\s+(?:weiteren\s+)?(?:Nachfragen|Anfragen|Rückfragen|Nachrichten|E-Mails|Anrufen|Erinnerungen)\s+abzusehen)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich melde mich bei Ihnen, sobald ich Neues weiß', 'ich melde mich bei dir, sobald ich Neues weiß')],
      },
      {
        // "Aufgrund des hohen Anfrageaufkommens kann es zu Verzögerungen kommen"
        re: /(?<![\p{L}])(?<hit>aufgrund\s+(?:des|eines)\s+(?:aktuell\s+|derzeit\s+|momentan\s+)?(?:sehr\s+)?(?:hohen|erhöhten|außergewöhnlich\s+hohen)\s+(?:Anfrageaufkommens|Aufkommens|Anfragevolumens|Kundenaufkommens|Anrufaufkommens|Ticketaufkommens))(?![\p{L}])/u,
        rewrite: () => ['da wir gerade sehr viele Anfragen haben,'],
      },
      {
        // "Ihr Feedback wurde zu Qualitäts- und Schulungszwecken gespeichert", "zur Qualitätssicherung aufgezeichnet"
        re: /(?<![\p{L}])(?<hit>zu\s+(?:Qualitäts(?:sicherungs)?-?\s+und\s+Schulungszwecken|Schulungs-?\s+und\s+Qualitäts(?:sicherungs)?zwecken|Qualitäts(?:sicherungs)?zwecken|Schulungszwecken|internen\s+Qualitätszwecken)|zur\s+(?:internen\s+)?Qualitätssicherung)(?=\s+(?:\p{L}+\s+)?(?:gespeichert|aufgezeichnet|erfasst|ausgewertet|dokumentiert|archiviert|weitergeleitet)(?![\p{L}]))/u,
        rewrite: () => ['für unser Team'],
      },
      {
        // "Wir haben uns verpflichtet, Ihnen ein herausragendes Kundenerlebnis zu bieten", "Wir setzen alles daran, Ihnen einen erstklassigen Service zu bieten"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+haben\s+uns\s+(?:dazu\s+)?verpflichtet|wir\s+sind\s+(?:dazu\s+)?verpflichtet|wir\s+setzen\s+alles\s+daran|wir\s+arbeiten\s+(?:täglich|jeden\s+Tag|ständig|stetig)\s+daran|es\s+ist\s+unser\s+(?:Ziel|Anspruch|Bestreben))\s*,?\s+(?:(?:Ihnen|dir|euch|unseren\s+Kunden|jedem\s+Kunden)\s+)?(?:stets\s+|immer\s+|jederzeit\s+)?(?:den|einen|die|eine|das|ein)\s+(?:herausragende[nrs]?|außergewöhnliche[nrs]?|erstklassige[nrs]?|exzellente[nrs]?|ausgezeichnete[nrs]?|bestmögliche[nrs]?|hervorragende[nrs]?|optimale[nrs]?|einzigartige[nrs]?|unvergessliche[nrs]?|reibungslose[nrs]?|erstklassige[nrs]?)\s+(?:Service|Kundenservice|Kundendienst|Qualität|Erfahrung|Einkaufserlebnis|Kundenerlebnis|Erlebnis|Betreuung|Serviceerlebnis|Reiseerlebnis)\s+zu\s+(?:bieten|liefern|gew(?:ä|ae)hrleisten|erm(?:ö|oe)glichen|garantieren|bereiten))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich möchte das für Sie in Ordnung bringen', 'ich möchte das für dich in Ordnung bringen')],
      },
      {
        // "Kundenzufriedenheit steht bei uns im Mittelpunkt (all unseres Handelns)", "Bei uns steht der Kunde im Mittelpunkt"
        re: /(?<![\p{L}])(?<hit>(?:(?:die\s+)?Kundenzufriedenheit|(?:der|unsere?)\s+Kunden?|(?:Ihre|deine)\s+Zufriedenheit)\s+(?:steht|stehen)\s+(?:bei\s+uns\s+|für\s+uns\s+|immer\s+|stets\s+){0,2}im\s+Mittelpunkt(?:\s+(?:all\s+)?unseres\s+(?:Handelns|Tuns|Denkens))?|bei\s+uns\s+(?:steht|stehen)\s+(?:immer\s+|stets\s+)?(?:der\s+Kunde|die\s+Kunden|die\s+Kundenzufriedenheit|Ihre\s+Zufriedenheit)\s+im\s+Mittelpunkt)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: (ctx) => [sie(ctx, 'ich möchte das für Sie in Ordnung bringen', 'ich möchte das für dich in Ordnung bringen')],
      },
      {
        // "Wir danken Ihnen, dass Sie sich die Zeit genommen haben, uns zu kontaktieren"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+danken\s+(?:Ihnen|dir|euch)|(?:vielen\s+|herzlichen\s+)?(?:Dank|danke))\s*,?\s+dass\s+(?:Sie\s+sich|du\s+dir|ihr\s+euch)\s+(?:die\s+)?Zeit\s+genommen\s+(?:haben|hast|habt)\s*,?\s+(?:uns|unseren\s+Kundenservice|unser\s+Team)\s+(?:zu\s+kontaktieren|zu\s+schreiben|zu\s+kontaktieren|zu\s+informieren|zu\s+erreichen))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke für Ihre Nachricht', 'danke für deine Nachricht')],
      },
      {
        // "Vielen Dank, dass Sie sich für SkyLink entschieden haben", "Wir freuen uns darauf, Sie bald wieder begrüßen zu dürfen"
        re: /(?<![\p{L}])(?<hit>(?:(?:[Vv]ielen|[Hh]erzlichen|[Bb]esten)\s+)?(?:Dank|[Dd]anke)\s*,?\s+dass\s+(?:Sie\s+sich|du\s+dich|ihr\s+euch)\s+für\s+(?:uns|unser(?:e[nm]?)?\s+[\p{L}\d-]+|\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)?)\s+entschieden\s+(?:haben|hast|habt))(?=\s*[.!]*\s*$)/u,
        // Only as a sentence of its own ("…, hier ist dein Willkommensrabatt" is personal). Case-sensitive: "für SkyLink" (a name) but not "für die Express-Option".
        caseSensitive: true,
        rewrite: (ctx) => [sie(ctx, 'schön, dass Sie bei uns sind', 'schön, dass du bei uns bist')],
      },
      {
        re: /(?<![\p{L}])(?<hit>(?:wir\s+freuen\s+uns|freuen\s+wir\s+uns)\s*,?\s*(?:(?:schon\s+)?darauf\s*,?\s*)?(?:Sie|dich|euch)\s+(?:(?:bald|schon\s+bald|auch\s+künftig|in\s+Zukunft)\s+)?(?:wieder|erneut)\s+(?:als\s+(?:Kunden|Kundin|Gast|Gäste)\s+)?(?:bei\s+uns\s+|an\s+Bord\s+)?(?:begr(?:ü|ue)(?:ß|ss)en|bedienen|willkommen\s+heißen)\s+zu\s+dürfen)(?![\p{L}])/u,
        rewrite: () => ['bis bald'],
      },
      {
        // "Ihr Ticket wird zu gegebener Zeit bearbeitet", "Dieses Ticket wurde automatisch zugewiesen"
        re: /(?<![\p{L}])(?<hit>zu\s+gegebener\s+Zeit)(?![\p{L}])/u,
        rewrite: () => ['so bald wie möglich'],
      },
      {
        re: /(?<![\p{L}])(?:Ticket|Anfrage|Vorgang|Anliegen|Fall|Nachricht|Reklamation|Beschwerde)\s+(?:wurde|wird)\s+(?<hit>automatisch\s+(?:zugewiesen|zugeordnet|weitergeleitet|einem\s+(?:Mitarbeiter|Bearbeiter|Agenten)\s+zugewiesen))(?![\p{L}])/u,
        rewrite: () => ['an meine Kollegin weitergegeben'],
      },
      {
        // "Ihr Anliegen wird von uns schnellstmöglich bearbeitet", "Ihre Anfrage wird zeitnah geprüft"
        re: /(?<![\p{L}])(?:(?:Ihr|dein)\s+(?:Anliegen|Fall|Vorgang|Ticket|Antrag)|(?:Ihre|deine)\s+(?:Anfrage|Beschwerde|Reklamation|Nachricht|Angelegenheit|Meldung))\s+(?:wird|werden)\s+(?:von\s+uns\s+|bei\s+uns\s+)?(?:(?:schnellstmöglich|zeitnah|baldmöglichst|umgehend|in\s+K(?:ü|ue)rze|schnellstens|so\s+schnell\s+wie\s+möglich|selbstverständlich)\s+){1,2}(?:bearbeitet|geprüft|beantwortet|erledigt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+(?:melde|kümmere|rufe|schreibe)|bis\s+(?:morgen|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich kümmere mich um Ihr Anliegen', 'ich kümmere mich um dein Anliegen')],
      },
      {
        // "Wir haben Ihre Nachricht erhalten und werden uns in Kürze bei Ihnen melden"
        re: /(?<![\p{L}])(?<hit>wir\s+haben\s+(?:Ihre|deine)\s+(?:Nachricht|Anfrage|E-Mail|Mail|Beschwerde|Reklamation)\s+erhalten\s+und\s+werden\s+(?:uns\s+)?(?:in\s+K(?:ü|ue)rze|schnellstmöglich|zeitnah|baldmöglichst|umgehend|so\s+schnell\s+wie\s+möglich)\s+(?:bei\s+(?:Ihnen|dir)\s+)?(?:melden|darum\s+kümmern|bearbeiten|beantworten))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke für Ihre Nachricht, ich kümmere mich jetzt darum', 'danke für deine Nachricht, ich kümmere mich jetzt darum')],
      },
      {
        // "Vielen Dank für Ihr Interesse an unseren Produkten"
        re: /(?<![\p{L}])(?:für|und)\s+(?<hit>(?:Ihr|dein)\s+Interesse\s+an\s+(?:unseren|unserem|unserer)\s+(?:Produkten|Produkt|Unternehmen|Leistungen|Angebot|Angeboten|Dienstleistungen|Service|Haus))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'Ihre Nachricht', 'deine Nachricht')],
      },
      {
        // "Die Angelegenheit wird intern geprüft", "Ihr Fall wird derzeit intern geklärt"
        re: /(?<![\p{L}])(?:wird|werden|wurde)\s+(?:(?:derzeit|aktuell|momentan|gerade|nun)\s+)?(?<hit>intern\s+(?:geprüft|bearbeitet|geklärt|weitergeleitet|geprueft))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+(?:melde|kümmere|rufe|schreibe|habe)|bis\s+(?:morgen|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'von meinem Team geprüft', 'von meinem Team geprüft')],
      },
      {
        // "Im Rahmen unserer Qualitätssicherung …"
        re: /(?<![\p{L}])(?<hit>im\s+Rahmen\s+unserer\s+(?:internen\s+)?(?:Qualit(?:ä|ae)tssicherung|Qualit(?:ä|ae)tskontrolle|Standardprozesse|Standardabl(?:ä|ae)ufe))(?![\p{L}])/u,
        rewrite: () => ['bei einer Kontrolle'],
      },
      {
        // "Wir sind stets bemüht, unseren Service zu verbessern", "Wir setzen alles daran, Ihre Erwartungen zu übertreffen"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+sind\s+(?:stets|immer|ständig|jederzeit|permanent|fortlaufend)\s+(?:bemüht|bestrebt)|wir\s+setzen\s+alles\s+daran)\s*,\s*(?:[\p{L}-]+\s+){0,4}?(?:(?:Ihre|deine|die)\s+Erwartungen\s+(?:zu\s+)?(?:übertreffen|uebertreffen|erfüllen|erfuellen)|(?:unseren|unser)\s+(?:Service|Kundenservice|Angebot)\s+(?:(?:stetig|ständig|weiter|kontinuierlich)\s+)?zu\s+(?:verbessern|optimieren)))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich möchte das für Sie in Ordnung bringen', 'ich möchte das für dich in Ordnung bringen')],
      },
      {
        // "Wir bedanken uns für Ihre Kontaktaufnahme"
        re: /(?<![\p{L}])(?<hit>(?:wir\s+bedanken\s+uns|wir\s+danken\s+(?:Ihnen|dir)|(?:vielen|herzlichen|besten)\s+Dank|danke)\s+(?:(?:recht\s+)?herzlich\s+)?für\s+(?:Ihre|deine)\s+Kontaktaufnahme)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'danke für Ihre Nachricht', 'danke für deine Nachricht')],
      },
      {
        // "Wir arbeiten mit Hochdruck an einer Lösung", "Ihr Ticket wurde erfolgreich angelegt"
        re: /(?<![\p{L}])(?<hit>wir\s+arbeiten\s+(?:bereits\s+|derzeit\s+|aktuell\s+|weiterhin\s+)?mit\s+(?:Hochdruck|Hochtouren)\s+(?:an\s+(?:einer|der)\s+(?:Lösung|Behebung|Klärung)|daran)|(?:Ihr|dein)\s+(?:Ticket|Anliegen|Fall|Vorgang|Supportfall)\s+wurde\s+erfolgreich\s+(?:angelegt|erstellt|erfasst|übermittelt|registriert|aufgenommen))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ich\s+(?:melde|kümmere|rufe|schreibe|habe)|bis\s+(?:morgen|heute|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|\d))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich kümmere mich um Ihr Anliegen', 'ich kümmere mich um dein Anliegen')],
      },
      {
        // "Wir danken Ihnen für Ihr Vertrauen in unser Unternehmen"
        re: /(?<![\p{L}])für\s+(?<hit>(?:Ihr|dein)\s+Vertrauen\s+in\s+(?:unser|unsere)\s+(?:Unternehmen|Haus|Marke|Produkte|Service|Team))(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'Ihre Nachricht', 'deine Nachricht')],
      },
      {
        // "Ihre Anfrage wurde unter der Vorgangsnummer 12345 erfasst"
        re: /(?<![\p{L}])(?<hit>(?:wurde|wird|ist)\s+unter\s+der\s+(?:Vorgangs|Ticket|Referenz|Bearbeitungs|Kunden)?nummer\s+[\w#-]+\s+(?:erfasst|registriert|angelegt|gespeichert|aufgenommen))(?![\p{L}])/u,
        rewrite: () => ['ist bei mir angekommen, und ich kümmere mich darum'],
      },
      {
        // "Wir hoffen, dass wir Ihnen weiterhelfen konnten"
        re: /(?<![\p{L}])(?<hit>wir\s+hoffen\s*,?\s+dass\s+wir\s+(?:Ihnen|dir|euch)\s+(?:hiermit\s+|damit\s+)?(?:weiterhelfen|helfen|behilflich\s+sein)\s+konnten)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich hoffe, das hilft Ihnen weiter', 'ich hoffe, das hilft dir weiter')],
      },
      {
        // "wir werden es an die entsprechende Abteilung weiterleiten"
        re: /(?<![\p{L}])an\s+(?<hit>die\s+(?:zuständige|entsprechende)\s+(?:Fachabteilung|Abteilung|Stelle))\s+(?:weiterleiten|weitergeben|übergeben|übermitteln)(?![\p{L}])/u,
        rewrite: () => ['unser Fachteam', 'meine Kollegen im Fachteam'],
      },
      {
        // "Ihr Feedback hilft uns, besser zu werden"
        re: /(?<![\p{L}])(?<hit>(?:hilft|helfen)\s+uns(?:\s+dabei)?\s*,?\s+(?:noch\s+|immer\s+|jeden\s+Tag\s+|stetig\s+)?besser\s+zu\s+werden)(?![\p{L}])/u,
        rewrite: () => ['ist für uns wirklich hilfreich', 'hilft uns weiter'],
      },
      {
        // "Ihr Ticket #44102 wurde aktualisiert." "Status: in Bearbeitung."
        re: /^(?<hit>(?:(?:Ihr|dein)\s+(?:Ticket|Vorgang|Fall|Serviceauftrag)(?:\s+(?:#|Nr\.?)\s*\d[\d-]*|\s+\d[\d-]*)?\s+(?:wurde|ist)\s+(?:soeben\s+|erfolgreich\s+)?(?:aktualisiert|geändert|erstellt|angelegt|eröffnet|bearbeitet|geschlossen|gelöst|weitergeleitet|zugewiesen|eskaliert)|Status\s*:\s*(?:in\s+Bearbeitung|offen|neu|wartend|in\s+Prüfung|gelöst|erledigt|geschlossen)))(?=\s*[.!]?\s*$)/u,
        rewrite: (ctx) => [sie(ctx, 'ich arbeite gerade an Ihrem Anliegen', 'ich arbeite gerade an deinem Anliegen')],
      },
      // Broad (round 4): corporate thanks for loyalty/trust: "Wir danken Ihnen für das entgegengebrachte Vertrauen", "wir bedanken uns für Ihre langjährige Treue".
      {
        re: /(?<![\p{L}])(?<hit>wir\s+(?:danken\s+(?:Ihnen|dir|euch)?|bedanken\s+uns(?:\s+bei\s+(?:Ihnen|dir|euch))?)\s*(?:(?:recht\s+)?herzlich\s+|vielmals\s+|sehr\s+|ganz\s+herzlich\s+)?f(?:ü|ue)r\s+(?:Ihr|Ihre|dein|deine|euer|eure|das|die)\s+(?:(?:uns\s+)?(?:entgegengebrachte|langjährige|bisherige|große|anhaltende|treue|geschätzte)[nrs]?\s+){0,2}(?:Vertrauen|Treue|Kundentreue|Loyalität|Interesse|Verbundenheit))(?![\p{L}])(?!\s+in\s+unser)/u,
        rewrite: (ctx) => [sie(ctx, 'schön, dass Sie bei uns sind', 'schön, dass du bei uns bist')],
      },
      // Broad (round 4): the availability formula stacked with fillers: "stehen wir Ihnen selbstverständlich jederzeit gerne zur Verfügung".
      {
        re: /(?<![\p{L}])(?<hit>(?:stehen|steht|stehe)\s+(?:(?:wir|ich|Ihnen|dir|euch|unser\s+[\p{L}-]+|unsere\s+[\p{L}-]+)\s+){1,2}(?:(?:selbstverständlich|jederzeit|gerne|gern|natürlich|weiterhin|stets|immer)\s+){2,4}zur\s+Verfügung)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'helfe ich Ihnen gern weiter', 'helfe ich dir gern weiter')],
      },
      // Broad (round 4): chancery formulas: "Wir bitten um Kenntnisnahme", "In Erwartung Ihrer geschätzten Rückmeldung verbleiben wir …".
      {
        re: /(?<![\p{L}])(?<hit>(?:wir\s+bitten|ich\s+bitte|mit\s+der\s+Bitte)\s+(?:(?:Sie\s+)?(?:höflich\s+|freundlich\s+)?)?um\s+(?:Ihre\s+|deine\s+)?(?:Kenntnisnahme|Beachtung)|in\s+Erwartung\s+(?:Ihrer|deiner)\s+(?:geschätzten\s+|baldigen\s+)?(?:Rückmeldung|Antwort|Nachricht|Rückantwort)|(?:verbleiben|verbleibe)\s+(?:wir|ich)\s+mit\s+(?:freundlichen|besten|herzlichen)\s+Grüßen)(?![\p{L}])/u,
        rewrite: (ctx) => [sie(ctx, 'ich freue mich auf Ihre Antwort', 'ich freue mich auf deine Antwort')],
      },
    ]),
    message: 'Klingt nach Textbaustein',
    explanation:
      'Formbrief-Formeln zeigen einem verärgerten Kunden, dass niemand seine Nachricht wirklich gelesen hat. Sagen Sie es wie zu einem Menschen: was Sie gelesen haben und was Sie jetzt tun.',
    rewrite: () => ['ich habe Ihre Nachricht gelesen und kümmere mich darum'],
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Please find attached the repair quote we discussed on the phone.",
      "It has been logged under reference PT-4410 and the repair crew is booked for Monday.",
      "I'm sorry to hear the courier left your parcel in the rain.",
      "Dear Ms Brook, your renewal is due on Friday.",
      "Thanks so much for waiting, it's sorted now!",
      'Hi Lukas, thanks for your patience while I looked into this.',
      "I appreciate your patience, the replacement ships today.",
      "Thanks for your feedback about the checkout, I've passed it to Anna who owns that page and she will reply by Friday.",
      "I've noted your new address on the account.",
      'Dear Ms Weber,',
      'We appreciate your feedback about the new app, Eric, and I have shared it with the design team.',
      'Just reply to this email with a photo of the label.',
      'The reference number is printed on your invoice.',
      'Your refund has been processed and should reach your account in 3-5 days.',
      "Thank you for choosing the faster plan, it's active now.",
      'I hope this helps, and the new invoice is attached.',
      'We look forward to your visit on Friday, the table is booked.',
      'We look forward to welcoming you onboard soon!',
      "We take your security very seriously, so I've locked the card.",
      "Should you have any other questions, just reply here.",
      "Further to our call, I've refunded the second charge.",
      "We hope you had a lovely stay.",
      "Thank you for your patience while I checked with the warehouse.",
      "I've looked into the matter and the charge was our mistake; it's refunded.",
      "I've taken note of your new address and updated the account.",
      "We used your feedback to add a dark mode last month, thank you!",
      "Our records show the parcel was delivered at 10:02, so I've opened a trace with the courier.",
      "I hope this answers your question.",
      "We record nothing without your consent, and this chat is private.",
    ],
    invalid: [
      { text: "[[Please allow up to 10 working days for a response]].", rewrite: "I'll get back to you as soon as I have an answer." },
      { text: "[[We endeavour to resolve all complaints within eight weeks]].", rewrite: "I'll get back to you on this myself." },
      { text: "[[We were sorry to learn of your recent experience with our store]].", rewrite: "I'm sorry about what happened." },
      { text: "[[Dear valued member]], your renewal is due.", rewrite: "Hello, your renewal is due." },
      { text: "[[We thank you for your cooperation]].", rewrite: "Thanks for bearing with me." },
      { text: "Your call may be recorded [[for quality and training purposes]].", rewrite: "Your call may be recorded so we can keep improving." },
      { text: "A senior colleague will [[respond accordingly]].", rewrite: "A senior colleague will get back to you personally." },
      { text: "Thank you for your feedback, [[it has been noted]].", rewrite: "Thank you for your feedback, I've passed it on." },
      { text: "[[We have taken note of your comments]].", rewrite: "I've read your message." },
      { text: "Your feedback will be [[shared with the relevant stakeholders]].", rewrite: "Your feedback will be passed to my colleagues, and I will follow up." },
      { text: "[[This matter has now been closed]].", rewrite: "This is sorted now." },
      { text: "An agent will contact you [[in due course]].", rewrite: "An agent will contact you as quickly as we can." },
      { text: "[[We wish to apologise]] for the delay.", rewrite: "We apologise for the delay." },
      { text: "We appreciate [[your valued feedback]].", rewrite: "We appreciate your feedback." },
      { text: "[[We hope this resolves your query]].", rewrite: "I hope this helps." },
      { text: "[[Our records indicate]] that the payment was received.", rewrite: "I can see that the payment was received." },
      { text: "[[We appreciate your patience during this time]].", rewrite: "Thanks for bearing with us." },
      { text: "[[We will look into the matter]].", rewrite: "I'm looking into this now." },
      { text: "[[Our team is committed to providing the best possible service]].", rewrite: "I want to get this right for you." },
      { text: "[[We will endeavour to]] reply soon.", rewrite: "We'll do our best to reply soon." },
      { text: "[[We hope this email finds you well]].", rewrite: "Thanks for getting in touch." },
      { text: "[[Please find below]] the invoice.", rewrite: "Here's the invoice." },
      { text: "[[We take all such complaints very seriously]].", rewrite: "I take this seriously." },
      { text: "We have your request and [[will revert shortly]].", rewrite: "We have your request and will get back to you soon." },
      { text: "[[Should you require any further assistance]], call us.", rewrite: "If you need anything else, call us." },
      { text: "Please quote this number [[in all correspondence]].", rewrite: "Please quote this number when you write to us again." },
      { text: 'Thank you for writing in. [[We trust the above answers your query]].', rewrite: 'Thank you for writing in. I hope this helps.' },
      { text: '[[Thank you for choosing Northwind Energy]].', rewrite: 'Thanks for being with us.' },
      { text: 'Your refund is done. [[We look forward to assisting you in the future]].', rewrite: 'Your refund is done. Hope to see you again soon.' },
      { text: '[[Quality is at the core of all we do]].', rewrite: 'I want to get this right for you.' },
      { text: '[[Your complaint has been logged and forwarded to the relevant department]].', rewrite: "I've read your message and I'm on it." },
      { text: '[[We value your feedback and will use it to improve our services]].', rewrite: 'Thanks for telling us this.' },
      { text: '[[This is an automated response]].', rewrite: 'This reply comes from me personally.' },
      { text: '[[Please do not reply to this email]].', rewrite: 'You can reply to this email if you need anything.' },
      { text: '[[Thank you for your patience and understanding]].', rewrite: 'Thanks for bearing with me.' },
      { text: 'Please include your case ID [[in any further communication]].', rewrite: 'Please include your case ID when you write to us again.' },
      { text: '[[We are committed to providing excellent customer service]].', rewrite: 'I want to get this right for you.' },
      { text: '[[Dear Customer]],', rewrite: 'Hello,' },
      { text: 'Your case has been escalated to [[the relevant department]].', rewrite: 'Your case has been escalated to our specialist team.' },
      { text: 'Your enquiry will be dealt with [[in due course]].', rewrite: 'Your enquiry will be dealt with as quickly as we can.' },
      { text: '[[We regret any inconvenience caused]] and thank you.', rewrite: "We're sorry for the trouble this has caused and thank you." },
      { text: 'ok and [[your patience is greatly appreciated]]', rewrite: 'ok and thanks for bearing with me' },
    ],
  },
  de: {
    valid: [
      'Bei weiteren Fragen stehen wir Ihnen gern zur Verfügung.',
      'Die Unterlagen stehen Ihnen ab sofort im Kundenportal zur Verfügung.',
      'Danke, dass du uns so lange treu bist, Jana, das freut mich wirklich.',
      "Ich nehme das ernst und habe die Sperre aufgehoben.",
      "Wir haben Ihre Anfrage erhalten und ich habe die Buchung sofort storniert.",
      "Wir bitten Sie, das Gerät bis Freitag zurückzuschicken, das Etikett hängt an.",
      "Ich hoffe, die neue Karte kommt morgen an.",
      'Danke für deine Geduld, während ich nachgesehen habe.',
      'Ich habe mir Ihre neue Adresse notiert.',
      'Antworten Sie einfach auf diese E-Mail, wenn noch etwas offen ist.',
      'Die Vorgangsnummer steht oben auf Ihrer Rechnung.',
      'Danke für Ihr Feedback zur App, ich habe es an Anna weitergegeben, sie meldet sich bis Freitag.',
      'Ihre Zahlung ist bei uns eingegangen, die Bestellung geht heute raus.',
      'Sehr geehrte Frau Weber,',
      'Bitte beachten Sie, dass der Laden samstags um 14 Uhr schließt.',
      'Danke, dass Sie sich für die Express-Option entschieden haben, das Paket kommt morgen.',
      'Vielen Dank, dass du dich für uns entschieden hast, hier ist dein Willkommensrabatt.',
      'Wir freuen uns, dass du wieder da bist.',
      'Danke, dass du dir die Zeit genommen hast, die Fotos zu schicken.',
      'Ich habe das Gespräch mit Ihrer Zustimmung gespeichert, damit Sie es nachlesen können.',
      'Bei mir steht heute nur Ihr Fall auf dem Plan.',
      'Ihre Anfrage wird schnellstmöglich bearbeitet, ich melde mich spätestens morgen bei Ihnen.',
      'Ihr Fall wird intern geprüft, ich habe ihn als dringend markiert und melde mich am Freitag.',
      'Danke für dein Interesse an dem Kurs, die Anmeldung ist offen.',
      'Wir sind stets erreichbar, auch am Wochenende.',
      'Die Technik arbeitet mit Hochdruck an der Störung, ich melde mich um 15 Uhr mit dem Stand.',
      'Ihre Bestellung wurde erfolgreich storniert.',
      'Ich hoffe, ich konnte dir helfen, und wünsche dir einen schönen Abend.',
      'Ihre Vorgangsnummer lautet 12345, damit finden Sie alles in der App.',
      // Status told by a person, a personal salutation, a payment that went through.
      'Ihr Passwort wurde erfolgreich zurückgesetzt, Sie können sich jetzt anmelden.',
      'Ich habe Ihr Ticket gerade aktualisiert und die Fotos angehängt, die Sie geschickt haben.',
      'Sehr geehrte Frau Kunde, vielen Dank für Ihre Nachricht.',
      'Der Status Ihrer Bestellung: sie ist heute rausgegangen.',
    ],
    invalid: [
      { text: '[[Wir bedanken uns für Ihre langjährige Treue]].', rewrite: 'Schön, dass Sie bei uns sind.' },
      { text: 'Bei Fragen [[stehen wir Ihnen jederzeit gerne zur Verfügung]].', rewrite: 'Bei Fragen helfe ich Ihnen gern weiter.' },
      { text: '[[Wir bitten um Kenntnisnahme]].', rewrite: 'Ich freue mich auf Ihre Antwort.' },
      { text: "[[Ihre Anfrage befindet sich derzeit in Bearbeitung]].", rewrite: "Ich arbeite gerade an Ihrem Anliegen." },
      { text: "Ihr Schaden wird von [[der zuständigen Fachabteilung]] geprüft.", rewrite: "Ihr Schaden wird von unserem Fachteam geprüft." },
      { text: "[[Bezugnehmend auf]] Ihre E-Mail vom 4. Mai: Die Kündigung ist bestätigt.", rewrite: "Mit Blick auf Ihre E-Mail vom 4. Mai: Die Kündigung ist bestätigt." },
      { text: "[[Wir nehmen deine Kritik sehr ernst]].", rewrite: "Ich kümmere mich persönlich um dein Anliegen." },
      { text: "[[Wir hoffen, Ihnen mit diesen Informationen weitergeholfen zu haben]].", rewrite: "Ich hoffe, das hilft Ihnen weiter." },
      { text: "Wir werden uns [[umgehend mit Ihnen in Verbindung setzen]].", rewrite: "Wir werden uns so schnell wie möglich bei Ihnen melden." },
      { text: "[[Wir bitten Sie, von weiteren Nachfragen abzusehen]].", rewrite: "Ich melde mich bei Ihnen, sobald ich Neues weiß." },
      { text: '[[Ihre Beschwerde wurde zur Kenntnis genommen]].', rewrite: 'Ich habe Ihre Nachricht gelesen und kümmere mich darum.' },
      { text: 'Wir haben Ihre Reklamation [[zur Kenntnis genommen]].', rewrite: 'Wir haben Ihre Reklamation gelesen.' },
      { text: '[[Wir schätzen dein Feedback sehr]].', rewrite: 'Danke, dass du uns das schreibst.' },
      { text: 'Dies ist eine [[automatisch erstellte Nachricht]].', rewrite: 'Dies ist eine persönliche Nachricht von mir.' },
      { text: '[[Bitte antworten Sie nicht]] auf diese E-Mail.', rewrite: 'Antworten Sie gern direkt auf diese E-Mail.' },
      { text: '[[Vielen Dank für Ihre Geduld und Ihr Verständnis]].', rewrite: 'Danke, dass Sie so geduldig sind.' },
      { text: 'Bitte halten Sie Ihre Kundennummer [[bei allen Rückfragen bereit]].', rewrite: 'Bitte halten Sie Ihre Kundennummer bereit, wenn Sie uns wieder schreiben.' },
      { text: '[[Unser Ziel ist es, Ihnen einen erstklassigen Service zu bieten]].', rewrite: 'Ich möchte das für Sie in Ordnung bringen.' },
      { text: '[[Liebe Kundin, lieber Kunde]],', rewrite: 'Guten Tag,' },
      { text: 'Ihr Fall wurde an [[die zuständige Fachabteilung]] weitergeleitet.', rewrite: 'Ihr Fall wurde an unser Fachteam weitergeleitet.' },
      { text: '[[Aufgrund des hohen Anfrageaufkommens]] kann es zu Verzögerungen kommen.', rewrite: 'Da wir gerade sehr viele Anfragen haben, kann es zu Verzögerungen kommen.' },
      { text: 'Vielen Dank für Ihr [[wertvolles Feedback]].', rewrite: 'Vielen Dank für Ihr Feedback.' },
      { text: 'Der Chat wird [[zur Qualitätssicherung]] aufgezeichnet.', rewrite: 'Der Chat wird für unser Team aufgezeichnet.' },
      { text: '[[Wir setzen alles daran, Ihnen einen erstklassigen Service zu bieten]].', rewrite: 'Ich möchte das für Sie in Ordnung bringen.' },
      { text: '[[Bei uns steht der Kunde im Mittelpunkt]].', rewrite: 'Ich möchte das für Sie in Ordnung bringen.' },
      { text: '[[Herzlichen Dank, dass du dir die Zeit genommen hast, uns zu schreiben]].', rewrite: 'Danke für deine Nachricht.' },
      { text: '[[Danke, dass Sie sich für Nordbahn entschieden haben]].', rewrite: 'Schön, dass Sie bei uns sind.' },
      { text: '[[Wir freuen uns, Sie bald wieder an Bord begrüßen zu dürfen]].', rewrite: 'Bis bald.' },
      { text: 'Ihre Anfrage wird [[zu gegebener Zeit]] beantwortet.', rewrite: 'Ihre Anfrage wird so bald wie möglich beantwortet.' },
      { text: 'Ihr Ticket wurde [[automatisch zugewiesen]].', rewrite: 'Ihr Ticket wurde an meine Kollegin weitergegeben.' },
      { text: '[[Deine Reklamation wird zeitnah bearbeitet]].', rewrite: 'Ich kümmere mich um dein Anliegen.' },
      { text: '[[Wir haben Ihre Anfrage erhalten und werden uns umgehend bei Ihnen melden]].', rewrite: 'Danke für Ihre Nachricht, ich kümmere mich jetzt darum.' },
      { text: 'Vielen Dank für [[Ihr Interesse an unserem Unternehmen]].', rewrite: 'Vielen Dank für Ihre Nachricht.' },
      { text: 'Ihre Angelegenheit wird derzeit [[intern geprüft]].', rewrite: 'Ihre Angelegenheit wird derzeit von meinem Team geprüft.' },
      { text: '[[Im Rahmen unserer Qualitätssicherung]] wurde Ihr Vertrag geprüft.', rewrite: 'Bei einer Kontrolle wurde Ihr Vertrag geprüft.' },
      { text: '[[Wir sind stets bemüht, Ihre Erwartungen zu übertreffen]].', rewrite: 'Ich möchte das für Sie in Ordnung bringen.' },
      { text: '[[Wir bedanken uns für Ihre Kontaktaufnahme]].', rewrite: 'Danke für Ihre Nachricht.' },
      { text: '[[Wir arbeiten mit Hochdruck an einer Lösung]].', rewrite: 'Ich kümmere mich um Ihr Anliegen.' },
      { text: '[[Dein Ticket wurde erfolgreich angelegt]].', rewrite: 'Ich kümmere mich um dein Anliegen.' },
      { text: 'Wir danken Ihnen für [[Ihr Vertrauen in unser Unternehmen]].', rewrite: 'Wir danken Ihnen für Ihre Nachricht.' },
      { text: 'Ihre Anfrage [[wurde unter der Vorgangsnummer 4711 erfasst]].', rewrite: 'Ihre Anfrage ist bei mir angekommen, und ich kümmere mich darum.' },
      { text: '[[Wir hoffen, dass wir Ihnen weiterhelfen konnten]].', rewrite: 'Ich hoffe, das hilft Ihnen weiter.' },
      { text: 'Wir werden Ihr Feedback an [[die entsprechende Abteilung]] weiterleiten.', rewrite: 'Wir werden Ihr Feedback an unser Fachteam weiterleiten.' },
      { text: 'Ihr Feedback [[hilft uns, besser zu werden]].', rewrite: 'Ihr Feedback ist für uns wirklich hilfreich.' },
      // Ticket-system wording and a generic salutation in front of the text.
      { text: 'Danke für Ihre Mail. [[Ihr Anliegen wurde erfolgreich registriert und wird zeitnah bearbeitet]].', rewrite: 'Danke für Ihre Mail. Ich habe Ihre Nachricht gelesen und kümmere mich darum.' },
      { text: '[[Ihr Vorgang Nr. 5521 wurde aktualisiert]].', rewrite: 'Ich arbeite gerade an Ihrem Anliegen.' },
      { text: '[[Status: offen]]', rewrite: 'Ich arbeite gerade an Ihrem Anliegen' },
      { text: '[[Lieber Kunde]], danke für deine Geduld.', rewrite: 'Guten Tag, danke für deine Geduld.' },
    ],
  },
};
