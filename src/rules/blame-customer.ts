// Blaming the customer: "that's your fault", "you did it wrong", "Das ist Ihre Schuld",
// "Sie haben das falsch gemacht". ("You should have ..." is lecturing, see should-have.)
import { startsClause } from '../engine/text';
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enTogether = () => ["let's sort this out together", 'let me help you fix this'];
const enSteps = () => ["let's go through the steps together", 'let me walk you through it'];
const deTogether = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass uns das gemeinsam lösen', 'ich helfe dir gern, das zu beheben']
    : ['lassen Sie uns das gemeinsam lösen', 'ich helfe Ihnen gern, das zu beheben'];
const deSteps = (ctx: MatchContext) =>
  ctx.register === 'informal'
    ? ['lass uns die Schritte gemeinsam durchgehen', 'ich zeige dir gern, wie es geht']
    : ['lassen Sie uns die Schritte gemeinsam durchgehen', 'ich zeige Ihnen gern, wie es geht'];

/** "If you did it wrong, ..." / "don't worry" is not an accusation. */
const EN_SOFT = /\b(?:if|in\s+case|whether|even\s+if|don['’]?t\s+worry|no\s+worries|not\s+that)\b/;
const DE_SOFT = /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|nicht\s+dass)(?![\p{L}])/u;

// Broad German cue classes (second round): the customer as the agent of a fault, in V2, inversion and
// fronted-participle order. A participle by shape (ge…t/en, be-/ver-/er-/über-/zer-/ent-…t, …iert).
const DE_PART = String.raw`(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|über|ueber|zer|ent|miss)\p{L}{2,}t|\p{L}{3,}iert)`;
const DE_FAULT_ADV = String.raw`(?:nicht|nie|niemals|falsch|falsche[nmrs]?|(?<=(?:offenbar|wohl|anscheinend|scheinbar|vermutlich|offensichtlich)\s+(?:\S+\s+){0,2})(?:alte[nmrs]?|veraltete[nmrs]?|abgelaufene[nmrs]?)|verkehrt|versehentlich|aus\s+Versehen|zu\s+sp(?:ä|ae)t|unvollst(?:ä|ae)ndig)`;
// Status, receipt and hedges are no accusation: "noch nicht bezahlt", "nicht erhalten", "nicht angegeben, ob …".
const DE_FAULT_NOT = /(?<![\p{L}])(?:noch\s+nicht|bisher\s+nicht|bislang\s+nicht|nicht\s+(?:\p{L}+\s+)?(?:falsch|verkehrt|zu\s+sp(?:ä|ae)t|verpasst|versäumt|versaeumt|vergessen|übersehen|uebersehen)|nichts|nicht\s+nur|nicht\s+(?:erhalten|bekommen|empfangen|gesehen|gefunden|erreicht|gewusst|gebraucht|benötigt|gemusst|verdient)|falls|wenn|ob|keine\s+Sorge|kein\s+Problem|sondern|zum\s+Glück|richtig\s+gemacht|gut\s+gemacht|welche\p{L}*|wann|wohin|danke|vielen\s+Dank)(?![\p{L}])|(?:für|fuer|dafür|dafuer)\s+(?:[^\s.!?,]+\s+){0,4}?(?:haben\s+Sie|hast\s+du)\s+nicht\s+bezahlt|\?\s*$/u;
const DE_DATA = String.raw`(?:Angaben|Daten|Adresse|Anschrift|IBAN|Kontonummer|Bankverbindung|Bankdaten|Zahlungsdaten|Kartennummer|Karten(?:daten|nummer)|Unterlagen|Dokumente|Nachweise|Belege|Eingabe|Eingaben|Postleitzahl|PLZ|Nummer|Kundennummer|Mailadresse|E-Mail-Adresse|E-Mail|Telefonnummer|Handynummer|Passwort|Zugangsdaten|Lieferadresse|Rechnungsadresse|Fotos|Bilder|Antrag|Formular|Z(?:ä|ae)hlerst(?:ä|ae)nde|Z(?:ä|ae)hlerstand|Ablesung|Angabe|PIN|TAN|Kennwort|Kontodaten|(?:Ü|Ue)berweisung|Verwendungszweck|Nachweis|Unterschrift|Meldung)`;

export const blameCustomer: Rule = {
  id: 'blame-customer',
  category: 'blame',
  guidance: 'dont-take-it-personally',
  description: 'Telling the customer the problem is their own fault',
  en: {
    patterns: [
      // The problem happened because of something the customer did: "this happened because you cancelled the update".
      { re: /\b(?:this|that|it)\s+(?:happened|occurred|failed|stopped\s+working|went\s+wrong|came\s+back|was\s+(?:declined|rejected|blocked|returned))\s+because\s+you\s+(?:\w+ed|did|made|sent|chose|took|put|set|left|broke|forgot)\b[^.!?;]*/i, unless: /\b(?:not\s+because|sorry|our\s+(?:fault|mistake)|if|whether)\b|\?/i, rewrite: enTogether },
      // Counterfactual: "if you had entered the right number, this wouldn't have happened".
      { re: /\bif\s+you(?:['’]d|\s+had)\s+(?:\w+\s+){1,8}?(?:this|that|it)\s+(?:would\s+not|wouldn['’]?t|wouldnt)\s+have\s+happened\b/i, rewrite: enSteps },
      // "You missed the email with the code", "caused by incorrect use" ("you should have checked/read …" is lecturing, see should-have).
      { re: /\b(?:(?:it\s+)?(?:looks|seems)\s+like\s+)?you\s+(?:(?:simply|must\s+have|probably|just)\s+)?(?:missed|overlooked|ignored|skipped)\s+(?:the|our|my)\s+(?:e-?mail|message|letter|notice|reminder|notification|text|warning)s?\b[^.!?;,]*/i, unless: /\b(?:in\s+case|if|whether|sorry|understandable)\b|\?/i, rewrite: () => ['the email may not have reached you'] },
      { re: /\b(?:caused\s+by|due\s+to|(?:the\s+)?result\s+of)\s+(?:incorrect|improper|wrong|careless|rough)\s+(?:use|usage|handling|installation|operation|storage)\b/i, rewrite: () => ['something we can look at together'] },
      // "… because you entered the wrong address", "because you didn't update the app".
      {
        re: /(?:\s*,\s*|\s+|^)(?:because|['’]?cause|coz|cos|bc|since|as)\s+(?:you|u)(?:\s+|(?=['’](?:re|ve)\b))(?:(?:didn['’]?t|didnt|did\s+not|never|forgot\s+to|failed\s+to|neglected\s+to|ignored|missed|exceeded|went\s+over|skipped|overlooked|misunderstood|misread|let\s+(?:your|the)|weren['’]?t|were\s+not|(?:are|were|['’]re)\s+(?:still\s+)?(?:using|on)\s+(?:an?\s+)?(?:old|older|outdated|unsupported)|(?:(?:are|were|['’]re|have\s+been|['’]ve\s+been)\s+(?:still\s+)?using|used)\s+(?:an?\s+|the\s+|some\s+)?(?:cheap|cheaper|knock-?off|fake|counterfeit|non-?original|third-?party|unofficial|incompatible|unapproved|pirated|cracked)|made\s+(?:a\s+)?(?:typo|mistake|error)|reported\s+[^.!?;]{0,30}?\btoo\s+late)\b[^.!?;]*|(?:entered|typed|chose|selected|picked|booked|ordered|used|gave|provided|supplied|clicked|put|filled\s+in|sent|installed|set|uploaded|registered|tried|tapped|dialled|dialed|scanned|wrote)\b[^.!?;]{0,60}?\b(?:wrong(?:ly)?|incorrect(?:ly)?|instead\s+of|outdated|old|incomplete|invalid|expired|misspell?ed|misspelt|typos?|mistakes?|spelling\s+(?:mistake|error))\b[^.!?;]*)/,
        unless: /\bnot\s+because\b|\b(?:if|whether|don['’]?t\s+worry|no\s+worries)\b|\b(?:safe|secure|protected|unaffected|fine|okay|ok)\s+(?:because|since|as)\b/,
        rewrite: () => [", and I'll help you sort it out", ", so let's fix it together"],
      },
      // "You booked the wrong date", "you entered a wrong address".
      {
        re: /\b(?:you|u)\s+(?:(?:simply|clearly|obviously|accidentally|probably|just|must\s+have|must['’]?ve)\s+)?(?:booked|entered|chose|selected|picked|ordered|typed|used|gave\s+us|sent(?:\s+us)?|put\s+in|added|bought|signed\s+up\s+for|subscribed\s+to|registered\s+for|clicked(?:\s+on)?|tapped(?:\s+on)?|pressed|hit|dialled|dialed|scanned|uploaded|installed|downloaded|provided|paid\s+(?:into|to)|put|wrote|gave|quoted|used)\s+(?:(?:the|a|an|your)\s+)?wrong\s+(?<noun>[\w-]+)/,
        unless: /\b(?:if|in\s+case|whether|no\s+(?:problem|worries)|don['’]?t\s+worry|happens|easy\s+mistake|may\s+have|might\s+have|looks\s+like|seems|I['’]?ve\s+(?:changed|fixed|corrected|updated)|I\s+have\s+(?:changed|fixed|corrected|updated))\b/,
        rewrite: (ctx) => [`there was a mix-up with the ${ctx.groups.noun ?? 'details'}`],
      },
      // "You must have deleted the file yourself".
      {
        re: /\b(?:you|u)\s+must(?:\s+have|['’]?ve|\s+of)\s+(?:(?:accidentally|somehow)\s+)?(?:deleted|removed|changed|cancell?ed|entered|typed|clicked|unsubscribed|reset|turned\s+off|disabled|lost|broken|forgotten|ignored|overwritten)\b[^.!?,;]*/,
        unless: /\b(?:if|no\s+worries|don['’]?t\s+worry|happens)\b/,
        rewrite: () => ['it looks like something went wrong'],
      },
      // "caused by your own router settings, not by our service".
      {
        re: /\b(?:caused\s+by|due\s+to|because\s+of|comes\s+from|coming\s+from|lies\s+with)\s+your\s+(?:own\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+(?:\s+[\w-]+)?(?=,?\s+not\s+(?:by\s+|with\s+|from\s+|on\s+)?(?:our|us|we)\b))(?:,?\s+not\s+(?:by\s+|with\s+|from\s+|on\s+)?(?:our|us|we)\b(?:\s+[\w-]+)?)?/,
        rewrite: () => ['linked to a setting we can fix together'],
      },
      // "It's your bank that blocked the payment."
      {
        re: /\bit['’]?s\s+(?<who>your\s+(?:bank|card\s+issuer|provider|ISP|router|device|phone|network|employer|settings))\s+(?:that|who)\s+(?<verb>[a-z]+ed)\b/,
        rewrite: (ctx) => [`it looks like ${ctx.groups.who ?? 'your bank'} ${ctx.groups.verb ?? 'stopped'}`],
      },
      // "You didn't read the terms", "you forgot to activate the SIM", "you never paid the invoice".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|apparently|evidently|also)\s+)?(?:didn['’]?t|didnt|did\s+not|never|forgot\s+to|failed\s+to|neglected\s+to)\s+(?:(?:bother\s+to|even|properly|actually)\s+)?(?:read|follow|check|update|activate|confirm|pay|submit|verify|register|save|back\s+up|tell|inform|notify|cancel|renew|install|restart|reply\s+to|respond\s+to|accept|sign|complete|return|provide|include|select|tick|enable|opt\s+in|top\s+up|charge|lock|report|attach|upload|click|set\s+up)\b[^.!?;,]*/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|no\s+problem|looks\s+like|seems|appears|may|might|maybe|perhaps|possibly|happens|easy\s+to\s+miss|understandable|totally\s+fine|I['’]?ve\s+(?:resent|sent|fixed|corrected|done)|I\s+have\s+(?:resent|sent|fixed|corrected|done)|didn['’]?t\s+need|didn['’]?t\s+have\s+to)\b|\?/,
        rewrite: enSteps,
      },
      // "You clearly forgot to switch off auto-renewal", "you failed to tell us you had moved": any verb after "forgot to".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|apparently|evidently|also)\s+)?(?:forgot|failed|neglected)\s+to\s+(?:(?:even|actually|properly)\s+)?[a-z]+\b[^.!?;,]*/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|no\s+problem|looks\s+like|seems|appears|may|might|maybe|perhaps|possibly|happens|easy\s+to|understandable|totally\s+fine|I['’]?ve|I\s+have)\b|\?/,
        rewrite: enSteps,
      },
      // "You didn't give us the right account number", "you didn't enter a valid postcode".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just)\s+)?(?:didn['’]?t|didnt|did\s+not|never)\s+(?:give(?:\s+us)?|send(?:\s+us)?|enter|type|put\s+in|use|choose|select|fill\s+in|quote)\s+(?:us\s+)?(?:the|a|an|your)\s+(?:right|correct|valid|full|complete|proper)\b[^.!?;,]*/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|no\s+problem|looks\s+like|seems|may|might|I['’]?ve|I\s+have)\b|\?/,
        rewrite: enSteps,
      },
      // "You never activated your card", "u never paid the invoice".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|apparently)\s+)?never\s+(?:even\s+)?(?:read|followed|checked|updated|activated|confirmed|paid|submitted|verified|registered|saved|told|informed|notified|cancell?ed|renewed|installed|replied|responded|accepted|signed|completed|returned|provided|selected|enabled|opted\s+in|topped\s+up|reported|attached|uploaded|clicked|set\s+up)\b[^.!?;,]*/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|no\s+problem|looks\s+like|seems|appears|may|might|maybe|perhaps|happens|needed\s+to|had\s+to)\b|\b(?:safe|secure|protected|unaffected|fine|okay|ok)\s+(?:because|since|as)\b|\?/,
        rewrite: enSteps,
      },
      // "You ignored our reminders".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|apparently)\s+)?(?:have\s+)?(?:ignored|disregarded|overlooked|skipped)\s+(?:our|the|my|all|every|both|those|these)\s+(?:[\w-]+\s+){0,2}?(?:reminders?|emails?|e-mails?|messages?|warnings?|notices?|letters?|instructions?|notifications?|texts?|steps?|terms|guide|advice)\b/,
        unless: EN_SOFT,
        rewrite: enSteps,
      },
      // "You cancelled the order yourself", "you changed the settings yourself".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|apparently)\s+)?(?:cancell?ed|changed|deleted|removed|disabled|turned\s+off|switched\s+off|unsubscribed|reset|booked|ordered|chose|picked|selected|requested|opted|agreed|approved|authori[sz]ed|signed|accepted|clicked|tapped|pressed|hit|confirmed|ticked|unticked|entered|typed|set|activated|renewed|upgraded|downgraded|bought|installed)\s+(?:(?:on\s+)?["“'‘]?[\w'’-]+["”'’]?\s+){0,4}?(?:yourself|on\s+your\s+own)\b/,
        unless: /\b(?:if|in\s+case|whether|no\s+worries|no\s+problem|(?:you|u)\s+(?:can|could))\b|\?/,
        rewrite: enTogether,
      },
      // "You left it too late", "you waited too long to report it": the timing blamed on the customer.
      {
        re: /\b(?:you|u)\s+(?:(?:simply|just|clearly|obviously|unfortunately)\s+)?(?:left\s+(?:it|this|that|the\s+[\w-]+)|waited|took)\s+(?:far\s+|way\s+|much\s+|a\s+bit\s+|a\s+little\s+)?too\s+(?:late|long)\b[^.!?;,]*/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\b(?:sorry|apologi[sz]e|apologies|our\s+fault|on\s+us|because\s+(?:we|our|of\s+us))\b|\?`),
        rewrite: enTogether,
      },
      // "That's a you problem", "sounds like a you issue".
      {
        re: /\b(?:that['’]?s|thats|that\s+is|it['’]?s|it\s+is|sounds\s+like)\s+(?:(?:really|just|definitely|more\s+of)\s+)?a\s+(?:you|u)\s+(?:problem|issue|thing)\b/,
        unless: /\bnot\s+a\s+(?:you|u)\s+(?:problem|issue)\b|\?/,
        rewrite: enTogether,
      },
      // "That's what happens when you don't read the instructions", "you are the one who chose ...".
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|thats)\s+what\s+happens\s+(?:when|if)\s+(?:you|u)\b[^.!?;,]*|\byou(?:['’]?re|\s+are|\s+were)\s+the\s+one\s+who\b[^.!?;,]*/,
        rewrite: enTogether,
      },
      // "Your order bounced because the address you gave us was incomplete", "the wrong IBAN you provided".
      {
        re: /\b(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?(?:you|u)\s+(?:gave(?:\s+us)?|provided|entered|typed|chose|selected|supplied|sent(?:\s+us)?|used|put\s+in|registered\s+with)\s+(?:was|is|were|are)\s+(?:(?:simply|clearly|just|unfortunately)\s+)?(?:wrong|incorrect|incomplete|invalid|outdated|out\s+of\s+date|expired|not\s+valid|not\s+correct|missing\s+[\w-]+)\b|\bthe\s+(?:wrong|incorrect|incomplete|invalid|outdated)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?(?:you|u)\s+(?:gave(?:\s+us)?|provided|entered|typed|supplied|sent(?:\s+us)?|used|chose|selected|put\s+in)\b/,
        unless: /\b(?:if|in\s+case|whether|no\s+worries|no\s+problem|don['’]?t\s+worry|happens|I['’]?ve|I\s+have|I\s+(?:changed|fixed|corrected|updated)|may|might|looks\s+like|seems)\b|\?/,
        rewrite: () => ['there was a mix-up with the details'],
      },
      // "The problem is that you didn't register the device", "the reason it failed is that you skipped step 3".
      {
        re: /\b(?:the\s+)?(?:problem|issue|trouble|reason(?:\s+[\w'’-]+){0,4}?)\s+(?:is|was)\s+(?:simply\s+|just\s+)?that\s+(?:you|u)\s+(?:(?:simply|just|clearly)\s+)?(?:didn['’]?t|didnt|did\s+not|never|forgot|failed|neglected|skipped|missed|ignored|overlooked|misunderstood|misread|mistyped|misspell?ed|(?:typed|entered|put|chose|selected|used|booked|ordered)\b[^.!?;]{0,40}?\b(?:wrong(?:ly)?|incorrect(?:ly)?))\b[^.!?;,]*/,
        unless: EN_SOFT,
        rewrite: enTogether,
      },
      // "You let your subscription expire", "you let the direct debit bounce".
      {
        re: /\b(?:you|u)\s+(?:(?:simply|just|clearly|obviously)\s+)?let\s+(?:your|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:expire|lapse|bounce|run\s+out|run\s+over|go\s+(?:unpaid|overdue))\b/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|can|could|may|might)\b|\?/,
        rewrite: enTogether,
      },
      // "You missed the payment deadline", "you went over your data limit, that's why you were charged".
      {
        re: /\b(?:you|u)\s+(?:(?:simply|just|clearly|obviously|unfortunately)\s+)?(?:missed|exceeded|went\s+over|overlooked|ignored)\s+(?:the|your|our)\s+(?:[\w-]+\s+)?(?:deadline|cut-?off|delivery\s+window|time\s+slot|window|payment\s+date|due\s+date|limit|allowance|cap|cancellation\s+fee|fee|fine\s+print|small\s+print|warning|reminders?)\b/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|no\s+problem|looks\s+like|seems|may|might|I['’]?ve|I\s+have|I['’]?ll|I\s+will|waived?|happens|understandable)\b|\?/,
        rewrite: enTogether,
      },
      // "We sent you three reminders which you ignored."
      {
        re: /\b(?:reminders?|e-?mails?|messages?|warnings?|notices?|letters?|notifications?|texts?)\s+(?:which|that)\s+(?:you|u)\s+(?:(?:simply|just|clearly)\s+)?(?:ignored|never\s+(?:read|opened|answered)|didn['’]?t\s+(?:read|open|answer|respond\s+to))\b/,
        unless: EN_SOFT,
        rewrite: () => ['reminders that may have been missed'],
      },
      // "That's down to you not updating the app."
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|simply|just)\s+)?down\s+to\s+(?:you|u)\s+(?:not|never|forgetting|missing|ignoring|skipping|failing|choosing|picking|entering|typing|using)\b[^.!?;,]*/,
        unless: EN_SOFT,
        rewrite: enTogether,
      },
      // "That's on you", "this one is on you".
      {
        re: /\b(?:that|this(?:\s+one)?|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|really)\s+)?on\s+(?:you|u)\b(?!\s+(?:to|now|whether|if)\b)/,
        unless: /\bnot\s+on\s+you\b|\?/,
        rewrite: enTogether,
      },
      // "You accepted the terms when you signed up, so this charge is valid."
      {
        re: /\b(?:you|u)\s+(?:(?:already|clearly)\s+)?(?:accepted|agreed\s+to|signed|ticked)\s+(?:the|our|these|those)\s+(?:[\w&-]+\s+)?(?:terms|T&Cs|T&C|conditions|policy|contract|agreement|box)\b[^.!?;]{0,50}?,?\s+so\b/,
        unless: EN_SOFT,
        rewrite: () => ['the terms include this'],
      },
      // "You typed your email address wrong", "you booked it for the wrong month".
      {
        re: /\b(?:you|u)\s+(?:(?:simply|clearly|obviously|just|probably)\s+)?(?:typed|entered|spelled|spelt|wrote|put\s+in|filled\s+in|set|configured|booked|ordered|scheduled|registered)\s+(?:(?:the|your|ur)(?:\s+[\w-]+){1,3}?\s+(?:wrong(?:ly)?|incorrectly)\b|(?:it|this|that|them)\s+(?:(?:for|to|on|at|with|in|into|under)\s+(?:the|a)\s+wrong\s+[\w-]+|wrong(?:ly)?\b|incorrectly\b))/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\b(?:may|might|no\s+problem|happens|I['’]?ve|I\s+have|corrected|fixed)\b|\?`),
        rewrite: () => ['there was a mix-up with the details'],
      },
      // "You clicked 'confirm' on the wrong date", "you paid into the wrong account".
      {
        re: /\b(?:you|u)\s+(?:(?:simply|clearly|obviously|just|probably|accidentally)\s+)?(?:booked|selected|chose|picked|clicked|tapped|pressed|entered|typed|ordered|sent|paid|set|scheduled|registered|signed\s+up|transferred|uploaded|logged\s+in)\b[^.!?;,]{0,30}?\b(?:for|to|on|at|with|in|into|under|from)\s+(?:the|a)\s+wrong\s+[\w-]+/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\b(?:may|might|no\s+problem|happens|I['’]?ve|I\s+have|corrected|fixed|easy\s+mistake)\b|\?`),
        rewrite: () => ['there was a mix-up with the details'],
      },
      // "The fault lies entirely with you", "the responsibility rests with you".
      {
        re: /\b(?:the\s+)?(?:fault|blame|mistake|error)\s+(?:lies|lay|rests|is|was)\s+(?:(?:entirely|solely|squarely|clearly|fully|completely|all)\s+)?(?:with|on)\s+(?:you|yourself)\b/,
        unless: /\b(?:not|isn['’]?t|wasn['’]?t|if|whether)\b|\?/,
        rewrite: enTogether,
      },
      // "You broke the seal, so the warranty is void", "you opened the unit, which voids the cover".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|apparently)\s+)?(?:broke|opened|removed|damaged|tampered\s+with|modified|dropped|got\s+(?:it|the\s+[\w-]+)\s+wet|rooted|jailbroke|unscrewed)\b[^.!?;]{0,40}?,?\s+(?:so|which\s+(?:means|is\s+why))\s+(?:the|your)\s+(?:warranty|guarantee|cover|coverage|insurance)\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:void|invalid|voided|cancell?ed|no\s+longer\s+valid)\b/,
        unless: EN_SOFT,
        rewrite: () => ["the warranty doesn't cover this, but let me see what we can do"],
      },
      // "Your fault for not reading the email", "your own mistake for booking the cheap fare".
      {
        re: /\b(?:your|ur)\s+(?:own\s+)?(?:fault|mistake|problem|lookout)\s+for\s+(?:not\s+|never\s+)?[a-z]+ing\b[^.!?;,]*/,
        unless: /\b(?:not\s+(?:your|ur)\s+(?:own\s+)?fault|no\s+fault|if|whether)\b|\?/,
        rewrite: enTogether,
      },
      // "This is the result of your own carelessness", "your negligence caused this".
      {
        re: /\b(?:(?:the\s+)?(?:result|consequence|product)\s+of\s+your\s+(?:own\s+)?(?:carelessness|negligence|mistake|error|actions?|choices?|decision|oversight|impatience|failure\s+to\s+\w+)|your\s+(?:own\s+)?(?:carelessness|negligence|recklessness))\b/,
        unless: /\b(?:not|isn['’]?t|wasn['’]?t|no|if|whether)\b|\?/,
        rewrite: (ctx) => (/^(?:(?:the|a)\s+)?(?:result|consequence|product)/i.test(ctx.match) ? ['something we can fix together'] : ['a mix-up']),
      },
      // "This is a result of you not renewing in time", "the consequence of you ignoring the reminders".
      {
        re: /\b(?:(?:the|a)\s+)?(?:direct\s+)?(?:result|consequence)\s+of\s+(?:you|u)\s+(?:not|never|failing|forgetting|missing|ignoring|skipping)\b[^.!?;,]*/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\?`),
        rewrite: () => ['something we can fix together'],
      },
      // "Well, you did order the XL", "you confirmed the booking, so it's final".
      {
        re: /\b(?:you|u)\s+did\s+(?:order|book|choose|select|pick|buy|sign\s+up\s+for|agree\s+to|accept|click|tick|confirm|opt\s+(?:in|for))\b[^.!?;,]*|\b(?:you|u)\s+(?:(?:already|yourself)\s+)?(?:confirmed|approved|authori[sz]ed|agreed\s+to|accepted|signed\s+off\s+on|clicked\s+confirm\s+on)\b[^.!?;]{0,40}?,?\s+so\s+(?:it['’]?s|it\s+is|that['’]?s|this\s+is|the\s+[\w-]+\s+is)\s+(?:final|binding|non-?refundable|valid|your\s+responsibility)\b/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\?`),
        rewrite: enTogether,
      },
      // "If anyone is to blame here, it's you", "the one to blame is you".
      {
        re: /\b(?:if\s+(?:anyone|anybody)\s+is\s+to\s+blame(?:\s+here)?\s*,?\s+it['’]?s\s+(?:you|yourself)|the\s+(?:one|person)\s+(?:to\s+blame|at\s+fault|responsible)(?:\s+here)?\s+is\s+(?:you|yourself))\b/,
        rewrite: enTogether,
      },
      // "The delay is entirely down to you sending the forms late", "that happened because of you skipping step 2".
      {
        re: /(?:(?<=\b(?:delay(?:ed)?|problem|issue|error|fail(?:ed|ure)?|declined|late|blocked|charged?|fee|rejected|bounced|mix-up|confusion|lost|missing|cancell?ed|suspended|locked)\b[^.!?]{0,80})|(?=[^.!?]{0,80}\b(?:late|wrong|incorrect(?:ly)?|too\s+late|in\s+time)\b))\b(?:down\s+to|because\s+of|thanks\s+to|due\s+to)\s+(?:you|u)(?:\s+(?:not|never))?\s+(?!being\s+(?:so\s+)?(?:patient|kind|quick|helpful))[a-z]+ing\b[^.!?;,]*/,
        unless: new RegExp(EN_SOFT.source + String.raw`|\b(?:thank|thanks|glad|great|appreciate|quick|fast|kind|helpful|patient)\w*\b|\?`),
        rewrite: () => ['something that we can fix together'],
      },
      // "That's what you get for buying the cheapest plan."
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|thats)\s+what\s+you\s+get\s+(?:for|when|if)\b[^.!?;,]*/,
        rewrite: enTogether,
      },
      // "You mistyped your password", "you misread the offer".
      {
        re: /\b(?:you|u)\s+(?:(?:clearly|obviously|simply|just|probably|must\s+have|must['’]?ve)\s+)?(?:mistyped|misspell?ed|misspelt|misread|misentered|misconfigured|mixed\s+up|misunderstood|misinterpreted|misheard)\b(?:\s+(?:the|your|it|this|that)(?:\s+[\w-]+)?)?/,
        unless: EN_SOFT,
        rewrite: enTogether,
      },
      {
        re: /(?<!\b(?:if|whether|when|in\s+case|unless)\s+)\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|completely|totally|really|clearly|obviously|simply|just|only)\s+){0,2}(?:your|ur)\s+(?:own\s+)?(?:fault|mistake|error|doing|problem)\b(?=\s*(?:[.!,;:)—–-]|$|\s+(?:and|but|so|not|now|that|if|for|because|here|the|your|you)\b))/,
        rewrite: enTogether,
      },
      { re: /\b(?:the\s+)?(?:fault|mistake|error)\s+(?:is|was)\s+(?:all\s+|entirely\s+|clearly\s+|obviously\s+)?yours\b/, rewrite: enTogether },
      // "You chose the non-refundable fare", "you selected standard shipping, so that's why it took a week".
      {
        re: /\b(?:you|u)\s+(?:(?:yourself|clearly|knowingly|deliberately|obviously)\s+)?(?:chose|booked|bought|picked|selected|opted\s+for|signed\s+up\s+for|went\s+for)\s+(?:the|a|an)\s+(?:non-?refundable|cheapest|cheaper|basic|budget|lowest|no-frills|non-?flexible|non-?changeable)\b[^.!?;,]*|\b(?:you|u)\s+(?:(?:clearly|obviously|simply|yourself)\s+)?(?:selected|chose|picked|booked|ordered|entered|set|changed|turned\s+off|disabled|opted\s+out|declined|skipped|deleted|cancell?ed|unsubscribed|exceeded|went\s+over|missed|used\s+up|ran\s+out\s+of)\b[^.!?;]{0,60}?,?\s*(?:so\s+)?(?:that['’]?s|which\s+is|this\s+is)\s+why\b(?=[^.!?]{0,50}\b(?:not|no|didn['’]?t|can['’]?t|won['’]?t|failed|took|late|delayed|blocked|expired|lost|declined|rejected|missing|charged)\b)/,
        unless: /\b(?:if|in\s+case|whether|don['’]?t\s+worry|no\s+worries|but|however|I['’]?ve|I\s+have|anyway)\b/,
        rewrite: enTogether,
      },
      // "that's not something we caused", "nothing to do with us".
      { re: /\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is|this\s+is)\s+(?:not\s+something\s+(?:we|I)\s+(?:caused|did|control|can\s+control)|nothing\s+to\s+do\s+with\s+(?:us|me|our\s+(?:service|network|system|app|site|side)))\b/, unless: /\?/, rewrite: enTogether },
      // "The problem is between the keyboard and the chair."
      { re: /\bbetween\s+(?:the\s+)?(?:keyboard|screen)\s+and\s+(?:the\s+)?chair\b|\blayer\s+8\s+(?:problem|issue|error)\b|\bID-?10-?T\b/, rewrite: enSteps },
      { re: /\byou(?:['’]?re|\s+are)\s+(?:the\s+one\s+)?to\s+blame\b|\byou\s+(?:only\s+)?have\s+(?:only\s+)?yourself\s+to\s+blame\b/, rewrite: enTogether },
      {
        re: /\byou\s+(?:clearly\s+|obviously\s+|must\s+have\s+|probably\s+)?(?:caused|broke|broken|messed\s+up|screwed\s+up)\s+(?:this|it|that|the\s+(?:problem|issue|device|phone|account|setup|order))\b/,
        unless: EN_SOFT,
        rewrite: enTogether,
      },
      {
        re: /\byou\s+(?:clearly\s+|obviously\s+|must\s+have\s+|probably\s+)?(?:did|done|set|installed|entered|used)\s+(?:it|this|that|something|everything)(?:\s+up)?\s+(?:wrong|wrongly|incorrectly)\b/,
        unless: EN_SOFT,
        rewrite: enSteps,
      },
      { re: /\b(?:this|that|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:just|simply|clearly|a)\s+){0,2}user\s+error\b|\bPEBCAK\b|\bPEBKAC\b/, rewrite: enSteps },
      // The reason is what the customer supplied: "because the card number you entered isn't valid", "the postcode you put on the order does not exist".
      {
        re: /\b(?:the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that\s+)?(?:you|u)\s+(?:gave(?:\s+us)?|provided|entered|typed(?:\s+in)?|chose|selected|supplied|sent(?:\s+us)?|used|put(?:\s+in)?|registered(?:\s+with)?|signed\s+up\s+with|filled\s+in|wrote(?:\s+down)?|added|uploaded|scanned)(?:\s+(?:at|on|in|during|for|when|with)\s+(?:the\s+|your\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not)\s+(?:exist|match(?:\s+(?:any|our|the)\s+[\w-]+)?)|(?:isn['’]?t|is\s+not|wasn['’]?t|was\s+not|aren['’]?t|are\s+not)\s+(?:valid|correct|right|complete|recogni[sz]ed|registered|in\s+use)|(?:is|was|are|were)\s+(?:(?:simply|clearly|just|unfortunately|actually)\s+)?(?:wrong|incorrect|invalid|incomplete|misspel(?:led|t)|out\s+of\s+date|outdated|expired|for\s+(?:a|the)\s+wrong\s+[\w-]+)|(?:has|had)\s+(?:already\s+)?(?:expired|lapsed)|(?:has|had|contains|contained)\s+(?:a\s+|an\s+)?(?:typo|typos|mistake|error|missing\s+[\w-]+|spelling\s+(?:mistake|error))s?)\b/,
        unless: /\b(?:if|in\s+case|whether|no\s+worries|no\s+problem|don['’]?t\s+worry|happens|I['’]?ve|I\s+have|I\s+(?:changed|fixed|corrected|updated)|may|might|looks\s+like|seems|sorry|our\s+(?:side|end|fault|mistake|system)|on\s+us)\b|\?/,
        rewrite: () => ['there was a mix-up with the details'],
      },
      // The moment the customer did something is named as where it went wrong: "the mix-up happened when you changed the address", "the damage occurred while the laptop was in your care".
      {
        re: /\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:mistake|error|mix-?up|problem|issue|fault|confusion|typo|damage|dent|scratch(?:es)?|crack|break(?:age)?)\s+(?:must\s+have\s+|probably\s+|clearly\s+)?(?:happened|occurred|was\s+(?:made|caused|done)|were\s+(?:made|caused|done)|crept\s+in|came\s+in|arose|started|appeared)\s+(?:when|while|as|after|because)\s+(?:you|u)\s+(?!(?:were|are)\s+(?:away|on\s+hold|waiting)\b)[^.!?;,]*|\b(?:the|this|that|these|those|any)\s+(?:[\w-]+\s+){0,2}?(?:(?:must|might|may|could)\s+have\s+|probably\s+|clearly\s+)?(?:happened|occurred|was\s+(?:caused|done|made)|were\s+(?:caused|done|made)|appeared|cracked|broke|got\s+(?:damaged|scratched|broken|dented|wet))\s+(?:while|when|after)\s+(?:it|they|(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|were)\s+(?:(?:still|already)\s+)?(?:in\s+your\s+(?:possession|care|hands|custody|keeping)|with\s+you)\b|\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:damage|dents?|scratch(?:es)?|cracks?|stains?|marks?|tears?|rips?|holes?|chips?|leaks?|fault|problem|issue)\s+(?:happened|occurred|appeared|was\s+(?:caused|done)|were\s+(?:caused|done))\s+after\s+(?:you|u)\s+(?:collected|received|picked\s+up|took\s+(?:delivery|over)|(?:took|brought|carried|got)\s+(?:it|them|the\s+[\w-]+)\s+home|signed\s+for|unpacked|opened|installed|used|started\s+using)\b[^.!?;,]*/,
        unless: /\b(?:if|whether|we|our|us|sorry|apologi[sz]e|apologies)\b|\?/,
        rewrite: () => ["let's look together at how this happened"],
      },
      // Counterfactuals that pin it on the customer or their family: "if you hadn't switched off the alerts, you would have seen …", "had you read the confirmation, none of this would have happened".
      {
        re: /\b(?:if\s+(?:you|u|your\s+[\w-]+)(?:['’]d|\s+had|\s+hadn['’]?t|\s+had\s+not|['’]d\s+not)|had(?:n['’]?t)?\s+(?:you|u))\s+(?:[\w'’-]+[\s,]+){1,12}?(?:(?:this|that|it|there|we|you|none\s+of\s+(?:this|that|it)|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:would\s+not|wouldn['’]?t|wouldnt|would\s+never|would\s+(?:have\s+)?been\s+(?:no|fine|ok|okay)|would\s+be\s+no|(?<=you\s+)would\s+have\s+(?:seen|noticed|received|got|gotten|had|avoided))|(?:there|it)['’]d\s+(?:be\s+no|have\s+been\s+no)|none\s+of\s+(?:this|that|it)\s+would)\b[^.!?;]*/,
        // "If you had read the guide …" is lecturing (should-have).
        unless: /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake)|thank|thanks|glad|if\s+we|we\s+should|(?:you\s+(?:had|['’]d)|had\s+you)\s+(?:read|looked\s+at|checked|followed|consulted))\b|\?/,
        rewrite: enSteps,
      },
      // "…, so the new price is what you agreed to": the customer's own choice thrown back.
      {
        re: /,?\s+so\s+(?:the|that|this|your|it)(?:\s+[\w-]+){0,2}?\s+(?:is|was|are|were)\s+(?:exactly\s+|just\s+|simply\s+)?what\s+(?:you|u)\s+(?:agreed\s+to|signed\s+up\s+for|chose|ordered|paid\s+for|accepted|asked\s+for|booked|picked|selected)\b/,
        unless: /\b(?:if|whether|no\s+worries|but|however|I['’]?ve|I\s+have|I['’]?ll|I\s+will)\b|\?/,
        rewrite: () => [', and I can walk you through the price if it helps'],
      },
    ],
    message: 'This blames the customer',
    explanation:
      'Even when the customer made a mistake, pointing it out as their fault puts them on the defensive. Focus on fixing it together.',
    rewrite: enTogether,
  },
  de: {
    patterns: foldDe([
      // "…, weil Sie die falsche Adresse eingegeben haben", "weil du die App nicht aktualisiert hast".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,6}?(?:nicht|nie|keine[nm]?|falsche?[nmrs]?|unvollständige?[nmrs]?|ungültige?[nmrs]?|veraltete?[nmrs]?|alte[nmrs]?|abgelaufene?[nmrs]?|vergessen|versäumt|verpasst|übersehen|ignoriert|versehentlich|im\s+falschen|zu\s+sp(?:ä|ae)t|versp(?:ä|ae)tet|verkehrt(?:\s*herum)?|mit\s+(?:einem|nem|einer)\s+\p{L}*(?:fehler|dreher)|(?:einen|nen)\s+\p{L}*(?:Tippfehler|Zahlendreher|Buchstabendreher|Schreibfehler|dreher))\s+(?:[\p{L}-]+\s+){0,4}?(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht\s+weil|nicht\s+(?:deshalb|deswegen|daran|darum|nur|etwa),?\s+weil|sondern|keine\s+Sorge|kein\s+Problem|falls|ob|noch\s+nicht|nicht\s+(?:erhalten|bekommen|gesehen|gefunden)|sicher|geschützt|nicht\s+zu\s+spät|zum\s+Glück|glücklicherweise|(?:alles\s+)?richtig\s+gemacht|gut\s+gemacht)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // "Das Durcheinander kommt daher, dass du im falschen Shop bestellt hast."
      {
        re: /(?<![\p{L}])(?:(?:kommt|kam|liegt|lag)\s+daher|(?:liegt|lag)\s+daran|(?:ist|war|sind|waren)\s+(?:(?:allein|ausschließlich|einzig|darauf|leider)\s+){0,2}(?:darauf\s+)?zurückzuführen|(?:resultiert|resultierte|rührt|rührte|ergibt\s+sich|ergab\s+sich)\s+daraus|hat\s+(?:seine|ihre)\s+Ursache\s+darin),\s+dass\s+(?:Sie|du)\s+[^.!?]{1,80}?\s(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'lässt sich zum Glück lösen, und ich helfe dir gern dabei' : 'lässt sich zum Glück lösen, und ich helfe Ihnen gern dabei'],
      },
      // "Sie haben das falsche Datum gebucht", "du hast doch selbst den falschen Tarif gewählt".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|scheinbar|wahrscheinlich|vermutlich|tatsächlich|nachweislich|laut\s+(?:System|Protokoll|unseren\s+Unterlagen|unseren\s+Daten|Sendungsverfolgung))\s+(?:haben\s+Sie|hast\s+du))\s+(?:(?:doch|leider|wohl|offenbar|offensichtlich|selbst|selber|einfach|schlicht|ja|da|hier|uns|mir|bei\s+der\s+[\p{L}-]+|beim\s+[\p{L}-]+)\s+){0,3}(?:die|das|den|einen|eine|ein|auf\s+(?:den|die|das)|im|in\s+(?:den|die|das))\s+(?:falsche|alte|veraltete|ungültige|abgelaufene)[nmrs]?\s+[\p{L}-]+\s+(?:gebucht|eingegeben|gewählt|ausgewählt|bestellt|angegeben|verwendet|benutzt|eingetragen|gekauft|abgeschlossen|geklickt|angeklickt|gegeben|genannt|mitgeteilt|übermittelt|angekreuzt|markiert|getippt|gedrückt|hochgeladen|installiert|überwiesen|gesendet|geschickt|verschickt|gescannt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|kein\s+Problem|passiert|korrigiert|geändert)(?![\p{L}])/u,
        rewrite: () => ['da ist etwas durcheinandergeraten'],
      },
      // "Du musst die Datei selbst gelöscht haben."
      {
        re: /(?<![\p{L}])(?:Sie\s+müssen|du\s+musst)\s+(?:[\p{L}-]+\s+){0,4}?(?:selbst|selber|versehentlich|aus\s+Versehen|falsch)\s+(?:eingegeben|eingetippt|gelöscht|geändert|gekündigt|storniert|entfernt|abgemeldet|deaktiviert|zurückgesetzt|verloren|vergessen)\s+(?:haben|hast)(?![\p{L}])/u,
        rewrite: () => ['vermutlich ist da etwas schiefgelaufen'],
      },
      // "Der Fehler liegt an Ihren eigenen Router-Einstellungen, nicht an unserem Dienst."
      {
        re: /(?<![\p{L}])(?:liegt|lag)\s+(?:(?:ganz\s+klar|eindeutig|allein|einzig|nur)\s+)?an\s+(?:Ihre[mnr]?|deine[mnr]?)\s+(?:eigenen?\s+[\p{L}-]+(?:,\s+nicht\s+an\s+(?:uns|unsere[mnr]?\s+[\p{L}-]+))?|[\p{L}-]+,\s+nicht\s+an\s+(?:uns|unsere[mnr]?\s+[\p{L}-]+))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'hängt mit einer Einstellung zusammen, die wir gemeinsam ändern können' : 'hängt mit einer Einstellung zusammen, die wir gemeinsam ändern können'],
      },
      // "Sie haben die Anleitung nicht gelesen", "Leider hast du die Rechnung nicht bezahlt".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?<=(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|scheinbar|aber)\s)(?:haben\s+Sie|hast\s+du))\s+(?:[\p{L}-]+\s+){0,4}?(?:nicht|nie|niemals|keine[nmrs]?)\s+(?:(?:rechtzeitig|richtig|korrekt|vollständig|genau|gründlich|aufmerksam|sorgfältig|mal|fristgerecht|pünktlich|ordnungsgemäß|ausreichend|vorher)\s+)?(?:gelesen|verstanden|kapiert|begriffen|hingeschaut|hingesehen|reingeschaut|nachgelesen|aufgepasst|zugeh(?:ö|oe)rt|gesetzt|angehakt|ausgewählt|eingegeben|eingetragen|angegeben|gesendet|geschickt|beigelegt|angemeldet|angeschaut|angesehen|nachgeschaut|durchgelesen|geöffnet|beantwortet|bezahlt|beachtet|befolgt|bestätigt|aktiviert|aktualisiert|überwiesen|eingereicht|gemeldet|geprüft|ausgefüllt|gespeichert|gekündigt|zurückgeschickt|geantwortet|reagiert|informiert|mitgeteilt|gemacht|beantragt|freigeschaltet|registriert|hinterlegt|abgeschlossen|installiert|durchgeführt|verlängert|aufgeladen|angeklickt|akzeptiert|unterschrieben|beigefügt|hochgeladen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:noch\s+nicht|bisher|bislang|keine\s+Sorge|kein\s+Problem|falls|wenn|ob|nicht\s+falsch|nichts\s+falsch|nicht\s+(?:tun|machen)\s+müssen)(?![\p{L}])|\?/u,
        rewrite: deSteps,
      },
      // "Sie haben vergessen, die SIM zu aktivieren", "du hast unsere Mails ignoriert".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?<=(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|aber)\s)(?:haben\s+Sie|hast\s+du))\s+(?:(?:leider|wohl|offenbar|offensichtlich|einfach|halt|eben|schlicht|ja|doch)\s+){0,2}(?:(?:vergessen|versäumt|verpasst|verschlafen),?\s+(?:[\p{L}-]+\s+){0,6}?(?:zu\s+\p{L}+|\p{L}{2,}zu\p{L}{2,})|(?:(?:unsere|meine|die|alle|sämtliche|mehrere|zwei|drei|das|den|unser|unseren)\s+)(?:[\p{L}-]+\s+)?(?:Erinnerungen|Zahlungserinnerungen|Mahnungen|E-Mails|Mails|Nachrichten|Hinweise|Hinweis|Warnungen|Warnung|Briefe|SMS|Benachrichtigungen|Anrufe|Schreiben|Update|Aufforderung|Updatehinweis)\s+(?:[\p{L}-]+\s+)?(?:ignoriert|übersehen|missachtet|überlesen))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|passiert|macht\s+nichts)(?![\p{L}])|\?/u,
        rewrite: deSteps,
      },
      // "Sie haben die Bestellung selbst storniert", "das hast du selbst verursacht".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+haben|du\s+hast|(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|scheinbar|tatsächlich|nachweislich|laut\s+(?:System|Protokoll|unseren\s+Unterlagen|unseren\s+Daten|Sendungsverfolgung))\s+(?:haben\s+Sie|hast\s+du))\s+(?:[\p{L}-]+\s+){0,4}?|das\s+(?:haben\s+Sie|hast\s+du)\s+(?:(?:doch|wohl|ja)\s+)?)(?:selbst|selber|eigenhändig)\s+(?:[\p{L}-]+\s+)?(?:zugestimmt|eingewilligt|unterschrieben|akzeptiert|eingegeben|angegeben|eingestellt|aktiviert|weitergegeben|storniert|geändert|gelöscht|gekündigt|deaktiviert|abgemeldet|ausgewählt|gewählt|gebucht|bestellt|entfernt|zurückgesetzt|abgeschaltet|ausgeschaltet|verursacht|verschuldet|ausgelöst|bestätigt|freigegeben|abgeschlossen|beantragt|gekauft|abgeschickt|verlängert|abgesagt|angemeldet|abonniert)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|können|kannst)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Sie haben nun mal den nicht erstattungsfähigen Tarif gebucht", "Du hast Standardversand gewählt, deshalb ...".
      {
        re: /(?<![\p{L}])(?:(?:Sie\s+haben|du\s+hast)\s+(?:(?:doch|nun\s+mal|halt|eben|ja|selbst|selber|bewusst)\s+){0,2}(?:den|die|das|einen|eine|ein)\s+(?:nicht\s+erstattungsfähige[nr]?|nicht\s+stornierbare[nr]?|günstigste[nr]?|billigste[nr]?|Spar|Basis|Billig)[\p{L}-]*\s+(?:[\p{L}-]+\s+)?(?:gebucht|gewählt|gekauft|bestellt|abgeschlossen)|(?:Sie\s+haben|du\s+hast)\s+(?:[\p{L}-]+\s+){1,4}?(?:gewählt|gebucht|bestellt|ausgewählt|eingegeben|eingestellt|deaktiviert|geändert|gelöscht|storniert|abgelehnt|abbestellt),?\s+(?:deshalb|deswegen|daher|darum)(?=[^.!?]{0,50}(?<![\p{L}])(?:nicht|kein\p{L}*|gedauert|gesperrt|abgelehnt|verfallen|verloren|Verspätung|spät|berechnet)(?![\p{L}])))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Das haben nicht wir verursacht", "Das hat nichts mit uns zu tun", "Das Problem sitzt vor dem Bildschirm".
      {
        re: /(?<![\p{L}])(?:(?:das|es)\s+(?:haben|hat)\s+nicht\s+wir\s+(?:verursacht|verschuldet|verbockt)|(?:das|es)\s+hat\s+nichts\s+mit\s+uns\s+zu\s+tun|(?:(?:das|der)\s+)?(?:Problem|Fehler)\s+sitzt\s+(?:(?:meistens|wohl|hier|eher)\s+)?vor\s+dem\s+(?:Bildschirm|Computer|Rechner|PC|Gerät|Monitor))(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deTogether,
      },
      // "Sie haben sich offensichtlich vertippt".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben\s+sich|du\s+hast\s+dich)\s+(?:(?:wohl|offenbar|offensichtlich|einfach|halt|da|leider|eindeutig)\s+){0,2}(?:vertippt|verschrieben|verklickt|verwählt|vertan|verlesen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|passiert|macht\s+nichts|korrigiert|geändert)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      {
        re: /(?<![\p{L}])(?:das|dies|es)\s+(?:ist|war)\s+(?:(?:ganz|allein|alleine|wohl|eindeutig|nun\s+mal|halt|eben|doch|schon|ja|einzig\s+und\s+allein)\s+){0,3}(?:Ihre|deine)\s+(?:eigene\s+)?Schuld(?![\p{L}])/u,
        rewrite: deTogether,
      },
      {
        re: /(?<![\p{L}])(?:das|dies|es)\s+(?:ist|war)\s+(?:(?:ganz|wohl|eindeutig|nun\s+mal|halt|eben|doch|schon|ja|echt|wirklich|einfach)\s+){0,2}(?:Ihr|dein)\s+(?:eigener\s+)?(?:Fehler|Problem)(?![\p{L}])/u,
        rewrite: deTogether,
      },
      {
        re: /(?<![\p{L}])(?:(?:da(?:ran)?\s+)?(?:sind\s+Sie|bist\s+du)|Sie\s+sind|du\s+bist)\s+(?:(?:ganz|allein|alleine|wohl|doch|schon|halt|eben|nun\s+mal|ja)\s+){0,2}(?:selbst\s+|selber\s+)?(?:schuld|verantwortlich\s+dafür|(?<=(?:selbst|selber)\s)verantwortlich)(?![\p{L}])/u,
        unless: /\?/,
        rewrite: deTogether,
      },
      { re: /^selb(?:st|er)\s+schuld(?![\p{L}])/u, rewrite: deTogether },
      { re: /(?<![\p{L}])das\s+(?:haben\s+Sie|hast\s+du)\s+(?:sich|dir)\s+(?:selbst|selber)\s+zuzuschreiben(?![\p{L}])/u, rewrite: deTogether },
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast)\s+(?:(?:das|es|da|hier|etwas|was|leider|wohl|einfach|offensichtlich|eindeutig|dabei|schon\s+wieder|wieder)\s+){0,3}falsch\s+gemacht(?![\p{L}])/u,
        unless: DE_SOFT,
        rewrite: deSteps,
      },
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast)\s+(?:(?:das|es|den\s+Fehler|das\s+Problem|das\s+Gerät|wohl|selbst|offensichtlich|eindeutig)\s+){1,2}(?:verursacht|verschuldet|kaputt\s*gemacht|verbockt|vermasselt)(?![\p{L}])/u,
        unless: DE_SOFT,
        rewrite: deTogether,
      },
      // "Offenbar haben Sie die Zugangsdaten an Dritte weitergegeben", "Sie haben Ihr Passwort weitergegeben"
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|scheinbar|tatsächlich|nachweislich|laut\s+(?:System|Protokoll|unseren\s+Unterlagen|unseren\s+Daten|Sendungsverfolgung))\s+(?:haben\s+Sie|hast\s+du))\s+(?:(?:wohl|offenbar|offensichtlich|leider|da|selbst)\s+){0,2}(?:Ihre|deine|Ihr|dein|die|das|den)\s+(?:Zugangsdaten|Passwort|PIN|TAN|Login-Daten|Logindaten|Kartendaten|Karte|Daten)\s+(?:an\s+(?:Dritte|andere|jemand\s+anderen)\s+)?(?:weitergegeben|weitergeleitet|verraten|herausgegeben|geteilt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|falls|wenn|ob|nicht\s+weitergegeben)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // Fronted cause: "Da du die Rechnung nicht rechtzeitig bezahlt hast, wurde ...", "Weil Sie die Frist versäumt haben, ..."
      {
        re: /^(?<hit>(?:da|weil|nachdem)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,6}?(?:nicht|nie|keine[nm]?|falsche?[nmrs]?|unvollständige?[nmrs]?|ungültige?[nmrs]?|vergessen|versäumt|verpasst|übersehen|ignoriert|versehentlich|selbst|selber|geöffnet|aufgeschraubt|gerootet|modifiziert)\s+(?:[\p{L}-]+\s+){0,4}?(?:haben|hast|hatten|hattest))(?=\s*,)/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|macht\s+nichts|ich\s+(?:habe|hab|kümmere|schicke|sende|buche)|erstatte|priorisiert|noch\s+nicht|nicht\s+zu\s+sp(?:ä|ae)t|nicht\s+(?:\p{L}+\s+)?(?:erhalten|bekommen|gesehen|gefunden))(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'da etwas nicht geklappt hat' : 'da etwas nicht geklappt hat'],
      },
      // "Das Problem ist durch Ihre falsche Bedienung entstanden", "unsachgemäße Handhabung Ihrerseits"
      {
        re: /(?<![\p{L}])(?<hit>(?:durch\s+(?:(?:Ihre|deine|eine|Ihren|deinen|einen)\s+)?|eine\s+|einen\s+)?(?:falsche|unsachgemäße|fehlerhafte|unsachgemässe|unsachgemäßen|unvorsichtige|nicht\s+bestimmungsgemäße|unsachgemäße[nr]|unsachgemässe[nr]|falsche[nr]|fehlerhafte[nr]|unvorsichtige[nr]|nicht\s+bestimmungsgemäße[nr]|sorglose[nr]?|nachlässige[nr]?)\s+(?:Bedienung|Handhabung|Nutzung|Verwendung|Installation|Eingabe|Lagerung|Behandlung|Benutzung|Gebrauch|Umgang|Einbau|Anschluss)(?:\s+(?:Ihrerseits|deinerseits))?)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine|nicht|kein|falls|ob)\s+(?:\p{L}+\s+)?(?:falsche|unsachgemäße|fehlerhafte)|(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|passiert|nicht\s+durch)(?![\p{L}])|\?/u,
        rewrite: () => ['bei der Nutzung'],
      },
      // "Da haben Sie wohl etwas verwechselt", "Du hast da was durcheinandergebracht"
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?:leider|offenbar|offensichtlich|wohl|da|das|hier|dann|anscheinend|scheinbar|tatsächlich|nachweislich|laut\s+(?:System|Protokoll|unseren\s+Unterlagen|unseren\s+Daten|Sendungsverfolgung))\s+(?:haben\s+Sie|hast\s+du))\s+(?:(?:da|wohl|offenbar|offensichtlich|leider|einfach|etwas|was|das|es|hier|dabei|schon\s+wieder|wieder)\s+){0,3}(?:die\s+\p{L}+\s+|den\s+\p{L}+\s+|das\s+\p{L}+\s+)?(?:verwechselt|durcheinandergebracht|durcheinander\s+gebracht|missverstanden|falsch\s+verstanden|überlesen|falsch\s+gelesen|nicht\s+richtig\s+gelesen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|passiert|macht\s+nichts|verständlich|nicht\s+falsch|nichts\s+falsch|nichts\s+verwechselt|nicht\s+verwechselt)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // Missing/wrong data in the customer's order: "weil die Hausnummer in Ihrer Bestellung fehlte", "weil Ihre Angaben unvollständig waren",
      // "weil die Unterlagen unvollständig waren, die Sie geschickt haben"
      {
        re: /\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:(?:die|der|das)\s+[\p{L}-]+\s+(?:in|auf|bei)\s+(?:Ihrer|deiner|Ihrem|deinem|Ihren|deinen)\s+[\p{L}-]+\s+(?:fehlte|fehlten|nicht\s+stimmte|falsch\s+war)|(?:Ihre|deine)\s+(?:Angaben|Unterlagen|Daten|Adresse|Dokumente|Bankdaten|IBAN|Kartendaten|Nachweise)\s+(?:[\p{L}-]+\s+){0,2}?(?:unvollständig|falsch|fehlerhaft|ungültig|veraltet|abgelaufen|nicht\s+korrekt|nicht\s+lesbar|unleserlich)\s+(?:war|waren)|(?:die|der|das)\s+[\p{L}-]+\s+(?:unvollständig|falsch|fehlerhaft|ungültig|unleserlich)\s+(?:war|waren)\s*,\s*(?:die|den|das)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,2}?(?:geschickt|eingereicht|hochgeladen|angegeben|eingegeben|ausgefüllt)\s+(?:haben|hast))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|passiert\s+schnell|ich\s+(?:habe|hab)|korrigiert|ergänzt|falls|ob)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // Broad (round 4): the wrong thing fronted, the customer as its author:
      // "Den falschen Zählerstand haben Sie uns selbst gemeldet", "Die alte Adresse hast du im Formular angegeben".
      {
        re: /^(?:den|die|das|einen|eine|ein)\s+(?:falsche|alte|veraltete|ungültige|abgelaufene|fehlerhafte|unvollständige)[nmrs]?\s+[\p{L}-]+\s+(?:haben\s+Sie|hast\s+du|habt\s+ihr)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:gebucht|eingegeben|gewählt|ausgewählt|ausgesucht|bestellt|angegeben|verwendet|benutzt|eingetragen|gekauft|abgeschlossen|angeklickt|genannt|mitgeteilt|gemeldet|übermittelt|angekreuzt|getippt|hochgeladen|überwiesen|geschickt|geschrieben|ausgefüllt|unterschrieben|eingereicht)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|kein\s+Problem|passiert|korrigiert|geändert|von\s+uns|bekommen|erhalten)(?![\p{L}])|\?/u,
        rewrite: () => ['da ist etwas durcheinandergeraten'],
      },
      // Broad (round 4): "Das liegt nicht an uns", "das liegt sicher nicht bei uns als Reisebüro".
      {
        re: /(?<![\p{L}])(?:das|dies|es|der\s+Fehler|das\s+Problem|die\s+Verzögerung)\s+(?:liegt|lag)\s+(?:(?:aber|doch|ja|wirklich|definitiv|sicher|ganz\s+sicher|bestimmt|eindeutig|auf\s+jeden\s+Fall|jedenfalls|nun\s+mal|halt|eben)\s+){0,2}nicht\s+(?:an|bei)\s+uns(?:\s+als\s+[\p{L}-]+)?(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:sondern\s+(?:an|bei)\s+uns|ob|falls)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich kümmere mich trotzdem für dich darum' : 'ich kümmere mich trotzdem für Sie darum'],
      },
      // "Dafür sind wir nicht verantwortlich", "Damit haben wir nichts zu tun"
      {
        re: /(?<![\p{L}])(?:dafür\s+sind\s+wir\s+nicht\s+(?:verantwortlich|haftbar)|(?:damit\s+haben\s+wir|wir\s+haben\s+damit)\s+nichts\s+zu\s+tun)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'ich kümmere mich trotzdem für dich darum' : 'ich kümmere mich trotzdem für Sie darum'],
      },
      // Chose one thing instead of another, in a sentence about what failed:
      // "Die Jacke passt nicht, weil du M statt L bestellt hast", "weil Sie Standard- anstelle von Expressversand gewählt haben".
      {
        re: /\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:Sie|du)(?<=(?:falsch\p{L}*|nicht|kein\p{L}*|fehlgeschlagen|abgelehnt|gescheitert|zurück\p{L}*|gesperrt|storniert|verweigert|passt|passte)(?![\p{L}])[^.!?\n]{0,80}(?:weil|da)\s+(?:Sie|du))\s+(?:[\p{L}\d-]+\s+){0,3}?(?:statt|anstatt|anstelle\s+von|anstelle)\s+(?:[\p{L}\d-]+\s+){1,4}?(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht\s+(?:deshalb|deswegen|daran|darum|nur|etwa),?\s+weil|sondern|keine\s+Sorge|kein\s+Problem|falls|ob|wie\s+gewünscht)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // Cheap or third-party gear: "…, weil Sie ein billiges No-Name-Ladegerät benutzen", "weil du kein Originalkabel verwendest".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])weil\s+(?:Sie|du)\s+(?:(?:immer\s+noch|noch|einfach|halt|eben|ja|offenbar|wohl|offensichtlich)\s+)?(?:(?:ein(?:e[nm]?)?|das|die|den|irgendein(?:e[nm]?)?|so\s+ein(?:e[nm]?)?)\s+(?:[\p{L}-]+\s+)?(?:billig|No-?Name|Fremd|Nachbau|gefälscht|Plagiat|uralt|veraltet)[\p{L}-]*|kein(?:e[nm]?)?\s+Original[\p{L}-]*)\s+(?:[\p{L}-]+\s+)?(?:benutzen|benutzt|verwenden|verwendest|nutzen|nutzt|einsetzen|einsetzt|(?:benutzt|verwendet|genutzt|eingesetzt|angeschlossen|gekauft)\s+(?:haben|hast))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|ob|vielleicht|eventuell)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // "Das geht auf Ihre Kappe", "das hast du dir selbst eingebrockt".
      {
        re: /(?<![\p{L}])(?:(?:das|dies|es)\s+geht\s+(?:(?:ganz|allein|voll|leider|wohl|dann|also|klar|nun\s+mal|halt|eben)\s+){0,2}auf\s+(?:Ihre|deine|eure)\s+(?:eigene\s+)?Kappe|(?:das|es)\s+(?:haben\s+Sie\s+sich|hast\s+du\s+dir)\s+(?:(?:wohl|leider|halt|eben|doch|ja)\s+){0,2}(?:selbst|selber)\s+eingebrockt)(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: deTogether,
      },
      // "Ihr Problem ist hausgemacht", "das ist selbst verschuldet"
      {
        re: /(?<![\p{L}])(?:das|dies|es|(?:Ihr|dein|das)\s+(?:Problem|Ärger|Schaden)|(?:die|der)\s+(?:Sperre|Mahnung|Gebühr|Schaden|Fehler))\s+(?:ist|war)\s+(?:(?:leider|wohl|halt|eben|ganz\s+klar|eindeutig|schlicht|nun\s+mal|ja)\s+){0,2}(?:hausgemacht|selbst\s*verschuldet|eigenverschuldet|selbst\s+eingebrockt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:unser\p{L}*|wir|bei\s+uns|unsererseits|mein\p{L}*)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Tja, selbst schuld."
      { re: /(?<=^(?:tja|na\s*ja|also|sorry|ehrlich\s+gesagt|hm+|nun)\s*,?\s*)selb(?:st|er)\s+schuld(?![\p{L}])/u, rewrite: deTogether },
      // "Sie haben die Frist verpasst", "du hast die Rückgabefrist überschritten"
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?<=(?:leider|offenbar|offensichtlich|wohl|da|dann|aber)\s)(?:haben\s+Sie|hast\s+du))\s+(?:(?:leider|wohl|offenbar|einfach|halt|eben|schlicht|ja|doch)\s+){0,2}(?:die|eine|Ihre|deine|den|Ihren|deinen)\s+(?:[\p{L}-]+\s+)?(?:Frist|[\p{L}]+frist|Deadline|Stichtag|Termin|Zahlungstermin|Abgabetermin)\s+(?:(?:leider|einfach|um\s+\p{L}+\s+\p{L}+)\s+)?(?:verpasst|versäumt|versaeumt|überschritten|ueberschritten|verstreichen\s+lassen|nicht\s+eingehalten)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|macht\s+nichts|ich\s+(?:habe|hab|kümmere|verlängere)|verlängert|trotzdem|falls|wenn|ob|nicht\s+(?:verpasst|versäumt|überschritten))(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Das haben Sie jetzt davon."
      { re: /(?<![\p{L}])(?:das|dies)\s+(?:haben\s+Sie|hast\s+du|habt\s+ihr)\s+(?:(?:jetzt|nun|halt|eben|dann)\s+){1,2}davon(?![\p{L}])/u, unless: /\?/u, rewrite: deTogether },
      // "da hast du wohl was falsch gemacht", "Sie haben etwas falsch eingestellt"
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?<=(?:da|dann|wohl|leider|offenbar|tja)\s)(?:haben\s+Sie|hast\s+du))\s+(?:(?:wohl|da|leider|offenbar|offensichtlich|halt|eben|einfach|irgendwo)\s+){0,2}(?:was|etwas|irgendwas|irgendetwas)\s+(?:(?:wohl|da|leider|halt)\s+)?falsch\s+(?:gemacht|eingestellt|eingegeben|verstanden|bedient|angeklickt|ausgefüllt)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|kein\s+Problem|macht\s+nichts|passiert)(?![\p{L}])|\?/u,
        rewrite: deSteps,
      },
      // "Das Problem ist, dass Sie das Update nicht installiert haben", "Der Grund ist, dass du die Mail nie bestätigt hast"
      {
        re: /(?<![\p{L}])(?:das|der|die)\s+(?:Problem|Grund|Fehler|Ursache)\s+(?:ist|war|liegt\s+darin)\s*,?\s+(?:(?:einfach|schlicht|leider|halt|eben|wohl|ganz\s+einfach)\s*,?\s+)?dass\s+(?:Sie|du)\s+[^.!?\n]{0,80}?(?<![\p{L}])(?:nicht|nie|keine[nmrs]?|falsch\p{L}*|vergessen|versäumt|übersehen|ignoriert|zu\s+spät)\s+(?:[\p{L}-]+\s+){0,3}?(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:noch\s+(?:nicht|kein\p{L}*)|nicht\s+(?:\p{L}+\s+)?(?:erhalten|bekommen|gesehen|gefunden|informiert)|kein\p{L}*\s+\p{L}+\s+(?:erhalten|bekommen)|falls|ob|keine\s+Sorge|kein\s+Problem|nicht\s+(?:deshalb|deswegen|daran))(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // Counterfactual reproach: "Hätten Sie die IBAN richtig eingetragen, wäre das nicht passiert",
      // "Wenn du die Anleitung gelesen hättest, wüsstest du das".
      {
        re: /(?<![\p{L}])(?:(?:hätten|haetten)\s+Sie|(?:hättest|haettest)\s+du)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|über|zer|ent)\p{L}{2,}t|\p{L}{3,}iert)\s*,\s*(?:dann\s+)?(?:wäre|waere|wären|würde|wuerde|würden|hätte|hätten|wüssten|wüsstest|könnten|könntest|müssten|müsstest|gäbe|gaebe|gäbs|bräuchten|bräuchtest|läge|lägen|käme|kämen|ginge|gingen)(?![\p{L}])[^.!?;]*|(?<![\p{L}])wenn\s+(?:Sie|du)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|über|zer|ent)\p{L}{2,}t|\p{L}{3,}iert)\s+(?:hätten|hättest|haetten|haettest)\s*,\s*(?:dann\s+)?(?:wäre|waere|wären|würde|wuerde|würden|hätte|hätten|wüssten|wüsstest|könnten|könntest|müssten|müsstest|gäbe|gaebe|gäbs|bräuchten|bräuchtest|läge|lägen|käme|kämen|ginge|gingen)(?![\p{L}])[^.!?;]*/u,
        // Reading and knowing ("hättest du die Anleitung gelesen, wüsstest du …") is lecturing, see should-have.
        unless: /(?<![\p{L}])(?:wir|ich|uns|gern|gerne|lieber|danke|dank|zum\s+Glück|glücklicherweise|gut,?\s+dass|toll|prima|gelesen|durchgelesen|nachgelesen|informiert|wüssten|wüsstest|gewusst)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Sie haben den Vertrag ja selbst verlängert", "Den Termin hast du doch selber abgesagt".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|haben\s+Sie|hast\s+du)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:ja|doch)\s+(?:auch\s+)?(?:selbst|selber)\s+(?:(?:so|extra|bewusst|die|den|das|eine?[nm]?|Ihre?[nmrs]?|deine?[nmrs]?)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?!(?:gesehen|gemerkt|geschrieben|gesagt|erwähnt|festgestellt|bemerkt|erlebt|beschrieben|erfahren|gelesen|mitbekommen)(?![\p{L}]))(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|über|zer|ent)\p{L}{2,}t|\p{L}{3,}iert)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|wie\s+gewünscht|danke|prima|super|toll)(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // Damage or breakage the customer caused: "…, weil du die Maschine überladen hast", "weil Sie das Update abgebrochen haben".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:Sie|du)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:abgebrochen|unterbrochen|überladen|überlastet|überhitzt|überbrückt|(?:liegen|fallen|stehen|offen|draußen)\s*gelassen|geöffnet|aufgeschraubt|aufgebrochen|manipuliert|vertauscht|verwechselt|verdreht|vertippt|gerootet|gejailbreakt|beschädigt|zerkratzt|verbogen|überschrieben|ausgesteckt|ausgestöpselt|abgezogen|verstellt|nass\s+gemacht|fallen\s+lassen|falsch\s+\p{L}+|ohne\s+\p{L}+\s+\p{L}+|zu\s+heiß\s+gewaschen|heiß\s+gewaschen|getrocknet|getragen)\s+(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht\s+weil|nicht\s+(?:deshalb|deswegen|daran|darum|nur|etwa),?\s+weil|sondern|keine\s+Sorge|kein\s+Problem|falls|ob|wie\s+gewünscht|danke|zum\s+Glück|sicher|geschützt)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // "Offenbar haben Sie die Mail mit dem Code übersehen", "du hast die Warnung im Display ignoriert".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?<=(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|scheinbar|aber|Protokoll|System|Verlauf|Unterlagen)\s)(?:haben\s+Sie|hast\s+du))\s+(?:(?:beim|bei\s+der|im|in\s+der)\s+[\p{L}-]+\s+)?(?:(?:die|den|das|unsere?[nmrs]?|meine?[nmrs]?|alle|beide)\s+)(?:(?!(?:nicht|nie|niemals|keine?[nmrs]?)\s)[\p{L}\d-]+\s+){1,5}?(?:übersehen|ignoriert|überlesen|missachtet|nicht\s+beachtet|weggeklickt|vergessen|versäumt|verpasst|verbummelt|verschlafen)(?![\p{L}])(?!\s+(?:zu|haben|hast)(?![\p{L}]))/u,
        unless: /(?<![\p{L}])(?:nichts|keine\s+Sorge|kein\s+Problem|falls|wenn|ob|passiert|macht\s+nichts|verständlich|leicht)(?![\p{L}])|\?/u,
        rewrite: deSteps,
      },
      // Action + consequence: "Sie haben das Gerät geöffnet, damit ist die Garantie erloschen",
      // "du hast den Gutschein schon eingelöst, deshalb gibt es keinen neuen".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|(?:leider|offenbar|offensichtlich|wohl|anscheinend|wahrscheinlich|vermutlich|scheinbar)\s+(?:haben\s+Sie|hast\s+du))\s+(?:[\p{L}\d-]+\s+){1,8}?(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|über|zer|ent)\p{L}{2,}t|\p{L}{3,}iert)\s*,\s*(?:damit|deshalb|deswegen|daher|darum|somit|also)(?=[^.!?]{0,50}(?<![\p{L}])(?:nicht|nichts|kein\p{L}*|zurück\p{L}*|fehl|Mahn\p{L}*|\p{L}*[Gg]ebühr\p{L}*|Sperr\p{L}*|gesperrt|Verzug\p{L}*|Aufpreis|Zuschlag|erloschen|erlischt|verfallen|verfällt|entfällt|abgelehnt|gesperrt|ungültig|hinfällig)(?![\p{L}]))(?![\p{L}])[^.!?;]*/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|wie\s+gewünscht|nichts\s+(?:mehr\s+)?(?:tun|zahlen|machen|zu\s+tun)|keine\s+(?:Kosten|Gebühr|Gebühren|weiteren)|aufgehoben|erledigt|vollständig|freigeschaltet|entsperrt|gutgeschrieben|erstattet|aktiv|kein\p{L}*\s+(?:[\p{L}-]+\s+)?(?:Mahnung|Mahngebühr|Gebühr|Gebühren|Kosten|Sperre|Zinsen|Nachzahlung|Strafe|Säumniszuschlag|Verzugszinsen))(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // "Das kommt davon, wenn man die AGB nicht liest."
      {
        re: /(?<![\p{L}])(?:(?:das|so\s+was|sowas|so\s+etwas)\s+kommt\s+(?:(?:halt|eben|nun\s+mal|dann|eben\s+nun\s+mal)\s+)?davon|(?:das|so\s+was|sowas|so\s+etwas)\s+passiert\s+(?:halt|eben|nun\s+mal|dann)(?:\s+(?:halt|eben|nun\s+mal))?)\s*,?\s*wenn\s+(?:man|Sie|du)(?![\p{L}])[^.!?;]*/u,
        rewrite: deTogether,
      },
      // "Du hast dich offenbar mit einer falschen E-Mail-Adresse registriert", "Sie haben mit der falschen Karte bezahlt".
      {
        re: /(?<![\p{L}])(?:Sie\s+haben(?:\s+sich)?|du\s+hast(?:\s+dich)?|(?<=(?:leider|offenbar|offensichtlich|wohl|da|hier|dann|anscheinend|Protokoll|System)\s)(?:haben\s+Sie(?:\s+sich)?|hast\s+du(?:\s+dich)?))\s+(?:(?:offenbar|wohl|leider|da|hier|offensichtlich|einfach|anscheinend|versehentlich)\s+){0,2}(?:mit|unter|bei|über|auf|in|an)\s+(?:einer|einem|einen|der|dem|den|die|das)\s+falschen\s+[\p{L}-]+\s+(?:registriert|angemeldet|eingeloggt|bestellt|bezahlt|gebucht|eingecheckt|gekauft|überwiesen|gesendet|geschickt|abgeschlossen)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|wenn|ob|keine\s+Sorge|kein\s+Problem|passiert|korrigiert|geändert)(?![\p{L}])|\?/u,
        rewrite: () => ['da ist etwas durcheinandergeraten'],
      },
      // A slip the customer made, passive or hedged, with its consequence: "bei Ihrer Überweisung wurde der Verwendungszweck vergessen, darum …".
      {
        re: /(?<![\p{L}])(?:(?:bei|in|auf)\s+(?:Ihrer|Ihrem|Ihren|deiner|deinem|deinen)\s+[\p{L}-]+\s+(?:wurde|wurden|ist|sind)|(?:wurde|wurden)\s+(?:(?:leider|wohl|offenbar|anscheinend)\s+)?(?:bei|in|auf)\s+(?:Ihrer|Ihrem|Ihren|deiner|deinem|deinen)\s+[\p{L}-]+)\s+(?:(?:leider|wohl|offenbar|offensichtlich|anscheinend|vermutlich|wahrscheinlich)\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:vergessen|weggelassen|vertauscht|verwechselt|übersehen|(?:falsch|nicht|unvollständig|(?:falsche|alte|veraltete|ungültige)[nmrs]?\s+[\p{L}-]+)\s+(?:angegeben|eingegeben|eingetragen|ausgefüllt|gewählt|ausgewählt|angehakt|gesetzt|hinterlegt))(?![\p{L}])(?=\s*,?\s*(?:worden\s*,?\s*)?(?:darum|daher|deshalb|deswegen|weshalb|wodurch|sodass|so\s+dass|und\s+(?:deshalb|daher|darum)))/u,
        unless: /(?<![\p{L}])(?:ich\s+(?:habe|hab|kümmere|korrigiere|trage)|(?:habe|hab)\s+ich|wir\s+haben|von\s+uns|bei\s+uns|uns\s+(?:ist|sind)|unser(?:\s+Fehler|e\s+Schuld|em\s+System|erseits)|tut\s+(?:mir|uns)\s+leid|entschuldig\p{L}*|keine\s+Sorge|kein\s+Problem|falls|ob|passiert\s+schnell|korrigiert|nachgetragen)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [startsClause(ctx.before) ? 'uns hat eine Angabe gefehlt' : 'hat uns eine Angabe gefehlt'],
      },
      // Insinuating the customer did it: "…, wenn man die Anleitung nicht befolgt, so wie es bei Ihnen offenbar der Fall war".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])(?:so\s+)?wie\s+(?:es\s+|das\s+)?(?:bei\s+(?:Ihnen|dir|euch))\s+(?:(?:offenbar|offensichtlich|wohl|anscheinend|scheinbar|vermutlich|ja|auch|leider)\s+){0,2}(?:der\s+Fall\s+(?:war|ist|gewesen\s+ist)|passiert\s+(?:ist|sein\s+dürfte))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:zum\s+Glück|glücklicherweise|nicht\s+der\s+Fall|falls|ob)(?![\p{L}])|\?/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? '. Schauen wir uns gemeinsam an, was bei dir passiert ist' : '. Schauen wir uns gemeinsam an, was bei Ihnen passiert ist'],
      },
      // Ruling out a product fault by pointing at what happened on the customer's side: "ein Produktfehler ist das also nicht".
      {
        re: /(?<![\p{L}])(?:(?:ein\s+)?(?:Produkt|Material|Herstellungs|Herstell|Fabrikations|Verarbeitungs|Konstruktions)(?:fehler|mangel)|(?:ein\s+)?(?:Garantie|Gewährleistungs|Reklamations)fall|(?:ein\s+)?Mangel)\s+(?:ist|war|liegt)\s+(?:das|dies|hier|damit)\s+(?:(?:also|somit|daher|folglich|demnach|damit|natürlich|eindeutig|jedenfalls)\s+){1,2}(?:nicht|kein\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:das|dies|es)\s+ist\s+(?:(?:also|somit|daher|folglich|demnach|damit)\s+)(?:(?:eindeutig|natürlich|ganz\s+klar|leider)\s+)?kein(?:e)?\s+(?:Produkt|Material|Herstellungs|Fabrikations|Verarbeitungs)(?:fehler|mangel)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:aber|jedoch|trotzdem|dennoch|Kulanz|gern|gerne|sondern|falls|ob)(?![\p{L}])|\?/u,
        rewrite: () => ['schauen wir gemeinsam, was wir tun können'],
      },
      // "Das liegt daran, dass du das Passwort dreimal falsch eingegeben hast."
      {
        re: /(?<![\p{L}])(?:das|es|dies)\s+(?:liegt|lag)\s+(?:(?:einfach|schlicht|halt|eben|wohl|ganz\s+einfach|leider)\s+)?daran\s*,\s+dass\s+(?:Sie|du)\s+[^.!?\n]{0,80}?(?<![\p{L}])(?:nicht|nie|keine[nmrs]?|falsch\p{L}*|vergessen|versäumt|übersehen|ignoriert|zu\s+spät|vertauscht|verwechselt|abgebrochen)\s+(?:[\p{L}-]+\s+){0,3}?(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:noch\s+(?:nicht|kein\p{L}*)|nicht\s+(?:\p{L}+\s+)?(?:erhalten|bekommen|gesehen|gefunden|informiert)|falls|ob|keine\s+Sorge|kein\s+Problem|nicht\s+(?:deshalb|deswegen|daran))(?![\p{L}])|\?/u,
        rewrite: deTogether,
      },
      // Passive with the customer as agent: "Offenbar wurde von Ihnen die falsche Größe bestellt".
      {
        re: /(?<![\p{L}])(?:wurde|wurden|ist|sind)\s+(?:(?:leider|offenbar|wohl|offensichtlich|anscheinend|hier|da)\s+)?von\s+(?:Ihnen|dir|euch)\s+(?:(?:leider|offenbar|wohl|selbst|selber|versehentlich)\s+)?(?:(?:(?:die|der|das|den|eine|ein|einen)\s+)?(?:falsche|alte|veraltete|ungültige|abgelaufene)[nmrs]?\s+[\p{L}-]+\s+(?:bestellt|gebucht|angegeben|eingegeben|gewählt|ausgewählt|eingetragen|verwendet|überwiesen)|(?:[\p{L}\d-]+\s+){0,3}?(?:falsch|nicht|zu\s+spät)\s+(?:angegeben|eingegeben|eingetragen|ausgefüllt|bezahlt|gekündigt|überwiesen|bestätigt|aktiviert|zurückgeschickt)|(?:[\p{L}\d-]+\s+){0,3}?(?:vergessen|übersehen|ignoriert|verwechselt|vertauscht))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|falls|wenn|ob|passiert|korrigiert|geändert|danke)(?![\p{L}])|\?/u,
        rewrite: () => ['ist etwas durcheinandergeraten'],
      },
      // Broad: "(Sie haben | du hast | haben Sie | hast du) … (nicht | falsch | versehentlich …) … <Partizip>" in any
      // word order ("Den Schaden haben Sie bei der Übergabe nicht gemeldet", "Du hast beim Kauf das falsche Datum gewählt").
      {
        // Case-sensitive: "Sie haben" (you), not "sie haben" (they).
        re: new RegExp(String.raw`(?<hit>(?:^(?:[^\s.!?,]+\s+){0,6}?)?(?<![\p{L}])(?:Sie\s+haben|[Dd]u\s+hast|[Hh]aben\s+Sie|[Hh]ast\s+du)\s+(?:[^\s.!?,;]+\s+){0,6}?` + DE_FAULT_ADV + String.raw`\s+(?:[^\s.!?,;]+\s+){0,2}?` + DE_PART + String.raw`)(?![\p{L}])`, 'u'),
        caseSensitive: true,
        unless: DE_FAULT_NOT,
        rewrite: deTogether,
      },
      // Broad, fronted participle: "Falsch angegeben haben Sie die Postleitzahl", "Nicht bezahlt hast du die zweite Rate".
      {
        re: new RegExp(String.raw`^(?<hit>(?:(?:falsch|nicht|verkehrt|versehentlich)\s+(?:[^\s.!?]+\s+)?` + DE_PART + String.raw`|vergessen|vers(?:ä|ae)umt|(?:ü|ue)bersehen|verpasst|ignoriert|unterlassen|verschwiegen)\s+(?:haben\s+Sie|hast\s+du)(?:\s+[^\s.!?,]+){0,3}?)(?=\s*(?:[,.!;]|$))`, 'u'),
        unless: DE_FAULT_NOT,
        rewrite: deTogether,
      },
      // Broad: the customer's data as faulty: "Ihre Angaben waren leider unvollständig", "die von dir angegebene IBAN ist falsch".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:Ihre?[nmrs]?|deine?[nmrs]?|die\s+von\s+(?:Ihnen|dir)\s+(?:angegebenen?|eingegebenen?|hinterlegten?|genannten?|eingereichten?|hochgeladenen?))\s+(?:[\p{L}-]+\s+)?` + DE_DATA + String.raw`(?:\s+(?:im|in\s+der|in\s+dem|auf\s+dem|auf\s+der|beim|bei\s+der|vom|von\s+der|zur|zum)\s+[\p{L}-]+)?\s+(?:war|waren|ist|sind)\s+(?:(?:leider|wohl|offenbar|offensichtlich|einfach|schlicht|halt|eben|schon|eindeutig)\s+){0,2}(?:falsch(?:\s+(?:abgelesen|angegeben|eingegeben|eingetragen|ausgef(?:ü|ue)llt|(?:ü|ue)bermittelt|gemeldet|hinterlegt|ausgew(?:ä|ae)hlt))?|fehlerhaft|unvollst(?:ä|ae)ndig|ung(?:ü|ue)ltig|veraltet|unleserlich|abgelaufen|nicht\s+(?:korrekt|vollst(?:ä|ae)ndig|richtig|lesbar|g(?:ü|ue)ltig|aktuell)))(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:falls|wenn|ob|sollten?|keine\s+Sorge|nicht\s+Ihre\s+Schuld)(?![\p{L}])|\?\s*$/u,
        rewrite: deTogether,
      },
      // Broad Nebensatz: "…, weil du Cheats benutzt hast", "…, da Sie es selbst aktiviert haben".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:Sie|du)\s+(?:[\p{L}-]+\s+){0,5}?(?:selbst|selber|eigenm(?:ä|ae)chtig|unerlaubt\p{L}*|verbotene?[nmrs]?|Cheats?|Hacks?|Bots?|Drittsoftware|Drittanbieter\p{L}*|Mods?|Skripte?|Makros?|VPN|mehrfach|mehrmals|zu\s+oft|zu\s+viele?)\s+(?:[\p{L}-]+\s+){0,3}?(?:aktiviert|gebucht|bestellt|gelöscht|geloescht|gekündigt|gekuendigt|eingestellt|geändert|geaendert|ausgewählt|ausgewaehlt|gewählt|gewaehlt|deaktiviert|abgeschaltet|ausgeschaltet|storniert|benutzt|verwendet|genutzt|installiert|eingesetzt|eingegeben|versucht|abgebrochen|zurückgesetzt|zurueckgesetzt)\s+(?:haben|hast|hatten|hattest)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nicht\s+weil|sondern|keine\s+Sorge|kein\s+Problem|falls|ob|zum\s+Glück|richtig\s+gemacht|gut\s+gemacht|danke|vielen\s+Dank)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // Broad Konjunktiv: "Wenn du die AGB gelesen hättest, wüsstest du das", "Hätten Sie früher angerufen, …".
      {
        caseSensitive: true,
        re: new RegExp(String.raw`^(?<hit>(?:[Ww]enn|[Ff]alls)\s+(?:Sie|du)\s+(?:[^\s.!?,]+\s+){0,6}?` + DE_PART + String.raw`\s+(?:hätten|haetten|hättest|haettest)\s*,\s*(?:dann\s+)?(?:wäre|waere|wären|waeren|hätte|haette|hätten|haetten|würde|wuerde|würden|wuerden|wüssten|wuessten|wüsstest|wuesstest|könnten|koennten|könntest|koenntest|müssten|muessten|bräuchten|braeuchten|gäbe|gaebe)[^.!?]*)`, 'u'),
        unless: /(?<![\p{L}])(?:wir|ich)\s+(?:[\p{L}]+\s+){0,3}?(?:hätten|hätte|haetten|haette)(?![\p{L}])|\?\s*$/u,
        rewrite: deTogether,
      },
      // Broad, passive: "Bei Ihnen wurde die Rechnung offenbar übersehen", "Von dir wurde die Frist nicht eingehalten".
      {
        re: /^(?<hit>(?:bei|von)\s+(?:Ihnen|dir|euch)\s+(?:wurde|wurden|ist|sind)\s+(?:[^\s.!?,;]+\s+){0,4}?(?:(?:ü|ue)bersehen|vergessen|vers(?:ä|ae)umt|verpasst|ignoriert|falsch\s+\p{L}+|nicht\s+(?:rechtzeitig\s+|richtig\s+)?(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent)\p{L}{2,}t|\p{L}{3,}iert)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:nichts|falls|wenn|ob|noch\s+nicht|nicht\s+(?:erhalten|bekommen|angekommen|zugestellt|geliefert|gebucht|berechnet|abgebucht))(?![\p{L}])|\?\s*$/u,
        rewrite: deTogether,
      },
      // Broad, sentence-initial Nebensatz: "Weil Sie den Code zu spät eingegeben haben, ist er abgelaufen".
      {
        caseSensitive: true,
        re: new RegExp(String.raw`^(?<hit>(?:[Ww]eil|[Dd]a|[Nn]achdem)\s+(?:Sie|du)\s+(?:[^\s.!?,;]+\s+){0,6}?` + DE_FAULT_ADV + String.raw`\s+(?:[^\s.!?,;]+\s+){0,2}?` + DE_PART + String.raw`\s+(?:haben|hast|hatten|hattest))(?=\s*,)`, 'u'),
        unless: DE_FAULT_NOT,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'lass uns das gemeinsam lösen:' : 'lassen Sie uns das gemeinsam lösen:'],
      },
      // Broad: "…, weil Ihr Konto nicht gedeckt war", "da deine Karte abgelaufen ist".
      {
        re: /(?<=[^\s,])\s*,?\s*(?<![\p{L}])(?:weil|da)\s+(?:Ihr|Ihre|dein|deine)\s+(?:[\p{L}-]+\s+)?(?:Konto|Karte|Kreditkarte|Ausweis|Dokument|Vertrag|Akku|Passwort|Abo|Guthaben|Limit|Zahlungsmittel)\s+(?:(?:leider|offenbar|wohl)\s+)?(?:nicht\s+(?:ausreichend\s+)?(?:gedeckt|aktiviert|freigeschaltet|verifiziert|bestätigt|aktuell|gültig)|abgelaufen|gesperrt|ungültig|leer|überzogen|ueberzogen|erschöpft|ausgeschöpft)\s+(?:war|ist|waren|sind)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:falls|ob|keine\s+Sorge|bei\s+uns|unser\p{L}*)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? ', und ich helfe dir gern, das zu lösen' : ', und ich helfe Ihnen gern, das zu lösen'],
      },
      // Round 3: records or the system as evidence against the customer ("Laut unseren Unterlagen haben Sie den Tarif selbst
      // gewechselt", "Unser System zeigt, dass du die Zahlung abgebrochen hast", "Aus den Daten geht hervor, dass Sie …").
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:(?:laut|gemäß|gemaess|nach)\s+(?:unseren|unserer|unserem|den|der|dem)\s+(?:Unterlagen|Daten|Aufzeichnungen|System|Systemdaten|Protokollen|Protokoll|Logs|Akten|Informationen)|(?:unser|das)\s+System\s+(?:zeigt|sagt|meldet)|(?:aus|in)\s+(?:unseren|den)\s+(?:Unterlagen|Daten|Logs|Protokollen)\s+(?:geht\s+hervor|sehe\s+ich|sehen\s+wir|ist\s+ersichtlich)|im\s+System\s+(?:sehe\s+ich|sehen\s+wir|steht))\s*,?\s+(?:(?:dass|haben|hast|hat)\s+)?(?:[^\s.!?,]+\s+){0,2}?(?:Sie|du)\s+(?:[^\s.!?,]+\s+){0,5}?(?:(?:selbst|selber|eigenh(?:ä|ae)ndig|ausdr(?:ü|ue)cklich)\s+(?:[^\s.!?,]+\s+){0,2}?` + DE_PART + String.raw`|abgebrochen|abgelehnt|widerrufen|vers(?:ä|ae)umt|verpasst|(?:ü|ue)bersehen|vergessen|ignoriert|(?:nicht|nie)\s+(?:[^\s.!?,]+\s+)?(?:best(?:ä|ae)tigt|bezahlt|abgeschlossen|aktiviert|angegeben|hochgeladen|unterschrieben|eingereicht|abgeholt|beantwortet|ge(?:ö|oe)ffnet|gelesen|reagiert))(?:\s+(?:haben|hast|hat|hatten|hattest))?)(?![\p{L}])`, 'u'),
        unless: DE_FAULT_NOT,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'lass uns gemeinsam schauen, was passiert ist' : 'lassen Sie uns gemeinsam schauen, was passiert ist'],
      },
      // Round 3: a cause pinned on the customer's faulty input ("ist auf Ihre unvollständigen Angaben zurückzuführen",
      // "wegen deiner falschen Eingabe", "durch Ihre fehlerhafte Anmeldung").
      {
        re: /(?<![\p{L}])(?<hit>(?:auf|durch|wegen|aufgrund|infolge|an)\s+(?:Ihre|deine|eure)[rnms]?\s+(?:[\p{L}-]+\s+)?(?:unvollst(?:ä|ae)ndig|fehlerhaft|falsch|fehlend|unleserlich|ungenau|unsachgem(?:ä|ae)(?:ß|ss)|unzureichend|mangelhaft|verkehrt|versp(?:ä|ae)tet|ungültig)\p{L}*\s+(?:\p{L}*(?:Angaben|Daten|Adresse|Anschrift|IBAN|Kontonummer|Bankverbindung|Unterlagen|Dokumente|Nachweise|Eingabe|Eingaben|Postleitzahl|Nummer|Passwort|Bedienung|Nutzung|Handhabung|Anwendung|Installation|Einrichtung|Montage|Zahlung|Überweisung|Ueberweisung|Anmeldung|Registrierung|Einstellung|Einstellungen|Kündigung|Buchung|Bestellung|Auswahl|Lagerung|Pflege|Reinigung|Verpackung|Rücksendung|Ruecksendung|Antrag|Formular|Ablesung|Information|Informationen|Mitteilung|Meldung))(?:\s+zur(?:ü|ue)ckzuf(?:ü|ue)hren)?)(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:keine\s+Sorge|kein\s+Problem|nicht\s+(?:auf|durch|wegen|an)\s+(?:Ihr|dein|eur)|falls|wenn|ob)(?![\p{L}])|\?\s*$/u,
        rewrite: (c) => [`${c.match.split(/\s+/)[0]} ${/^(?:auf|durch)$/iu.test(c.match.split(/\s+/)[0]!) ? 'eine kleine Unstimmigkeit' : 'einer kleinen Unstimmigkeit'}${/zur(?:ü|ue)ckzuf(?:ü|ue)hren$/u.test(c.match) ? ' zurückzuführen' : ''}`],
      },
      // Round 3: "die fehlerhafte IBAN, die Sie angegeben haben": a faulty thing the customer supplied, in a relative clause.
      {
        re: /(?<![\p{L}])(?<hit>(?:unvollst(?:ä|ae)ndig|fehlerhaft|falsch|ungültig|veraltet|unleserlich)\p{L}*\s+[\p{L}-]+\s*,\s+(?:die|den|das|der)\s+(?:Sie|du)\s+(?:[^\s.!?,]+\s+){0,3}?(?:angegeben|eingegeben|eingetragen|gew(?:ä|ae)hlt|ausgew(?:ä|ae)hlt|hinterlegt|genannt|(?:ü|ue)bermittelt|geschickt|hochgeladen|ausgef(?:ü|ue)llt|gebucht|bestellt)(?:\s+(?:haben|hast|hatten|hattest))?)(?![\p{L}])/u,
        unless: DE_SOFT,
        rewrite: () => ['Angabe, die wir gemeinsam prüfen'],
      },
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:von\s+(?:Ihnen|dir|euch)|Ihrerseits|deinerseits)\s+(?:falsch|fehlerhaft|unvollst(?:ä|ae)ndig|unsachgem(?:ä|ae)(?:ß|ss)|verkehrt|versehentlich|zu\s+sp(?:ä|ae)t|nicht\s+richtig|nicht\s+korrekt)\s+(?<part>` + DE_PART + String.raw`))(?![\p{L}])`, 'u'),
        unless: DE_FAULT_NOT,
        rewrite: (c) => [`nicht wie vorgesehen ${c.groups.part ?? ''}`.trim()],
      },
      // Round 3: passive with the customer as agent ("wurde das Gerät von Ihnen falsch angeschlossen", "weil dein Passwort zu
      // oft falsch eingegeben wurde").
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<hit>(?:weil|da)\s+(?:Ihr|dein|euer)e?[rnms]?\s+[\p{L}-]+\s+(?:[^\s.!?,]+\s+){0,3}?(?:falsch|fehlerhaft|nicht\s+korrekt|nicht\s+richtig|unvollst(?:ä|ae)ndig)\s+(?:eingegeben|angegeben|eingetragen|ausgef(?:ü|ue)llt|hinterlegt|eingestellt|angeschlossen|verwendet|bedient)\s+(?:wurde|wurden|worden\s+ist|ist))(?![\p{L}])`, 'u'),
        unless: DE_FAULT_NOT,
        rewrite: () => ['da etwas nicht geklappt hat'],
      },
    ]),
    message: 'Das gibt dem Kunden die Schuld',
    explanation:
      'Selbst wenn der Kunde einen Fehler gemacht hat: Schuldzuweisungen drängen ihn in die Verteidigung. Konzentrieren Sie sich darauf, das Problem gemeinsam zu lösen.',
    rewrite: deTogether,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "You can untick the box yourself under Settings.",
      "The problem appeared after we pushed the update, so I've rolled it back.",
      "I've corrected the street name you typed, so the parcel goes out today.",
      "The address you gave us is correct, the courier simply missed the turning.",
      "If the card number you entered doesn't work, let me know and I'll check it.",
      "The mistake happened when we moved your account to the new system, and I'm sorry.",
      "The damage happened while the parcel was in our care, so we'll replace it.",
      "If you hadn't told us, we wouldn't have found the bug, so thank you!",
      "If you'd like, I can move the appointment to Friday.",
      "You can change the plan yourself in the app.",
      // Near-misses: our own fault, a question, a reason that is not the customer.
      'This happened because our system timed out, not because of anything you did.',
      'In case you missed the email with the code, I have sent it again.',
      'We should have checked the parcel before it left the warehouse.',
      'If you had any trouble with the code, let me know.',
      "I'm sorry you waited too long for a reply from us.",
      'You waited too long because our phone line was down, that is on us.',
      'Did you leave it too late to claim? No problem, I can still help.',
      "That's not a you problem at all, it's ours.",
      'Is that a you problem or an us problem? Let me check the logs.',
      'You typed it correctly, the error was ours.',
      'The delay is due to us running out of stock, sorry.',
      'This is a result of you being upgraded to the new plan, so the price went down.',
      "It's not your fault the voucher ran out, I've issued a new one.",
      'The refund was quick due to you sending the receipt straight away, thank you.',
      'If you typed the address wrong, no problem, I can fix it.',
      'The issue is that you were charged twice, and I have refunded it.',
      'This one is on us.',
      "It looks like you missed the deadline, but I've extended it for you.",
      "I've corrected the wrong postcode you entered.",
      'You can let your subscription expire if you no longer need it.',
      'As you requested, I have cancelled the order.',
      "You selected express shipping, so that's why it arrived so fast.",
      "You chose the non-refundable fare, but I've got you a voucher anyway.",
      'Your order shipped today because you chose express delivery.',
      'It looks like you may have entered the wrong postcode, no worries, I have corrected it.',
      'This is not because you did anything wrong: our payment page had an outage.',
      'You must have received our confirmation email by now.',
      "It's not your fault, the link in our email was broken.",
      'That was our mistake, and I am sorry.',
      'If you entered it wrong, you can change it in the settings.',
      "Don't worry, you did nothing wrong.",
      'Your problem is our priority.',
      "If that's your problem, here is the fix.",
      'This is your error message: "disk full".',
      "It looks like you didn't confirm the email yet, so I've resent the link.",
      "If you didn't receive the invoice, I can send it again.",
      "You didn't need to do anything else.",
      'You can cancel the order yourself in the app.',
      'No worries if you mistyped it, I fixed the address.',
      'Did you forget to activate the SIM?',
      'Your account is safe because you never entered your password on that site.',
      "Don't worry if you forgot to add the voucher code, I've applied it.",
      "It looks like you forgot to confirm the email, so I've resent it.",
      'The speaker works best because you are using the original charger.',
      "Your order arrived early because of you choosing express.",
      "We found the bug thanks to you sending the screenshot.",
      "You paid into the wrong account, no problem, I've moved it.",
      "The fault lies with our payment partner, and I've made sure you're refunded.",
      "You opened the box, so the warranty starts today.",
      "If u typed ur email wrong, no problem, I can fix it.",
      "It's not your fault for trusting the app, the bug was ours.",
      "Your careful notes made this easy, thank you.",
      "You did order the XL? Then I'll swap it for the L right away.",
      "You confirmed the booking, so I've sent the tickets.",
    ],
    invalid: [
      { text: "[[The chip must have happened while the mug was in your hands]].", rewrite: "Let's look together at how this happened." },
      { text: "[[You unticked the box yourself]].", rewrite: "Let's sort this out together." },
      { text: "[[The tear appeared after you brought the jacket home]].", rewrite: "Let's look together at how this happened." },
      { text: "Your order was cancelled because [[the card number you entered has expired]].", rewrite: "Your order was cancelled because there was a mix-up with the details." },
      { text: "The letter came back as [[the flat number you put on the form does not exist]].", rewrite: "The letter came back as there was a mix-up with the details." },
      { text: "[[The mix-up started when you changed the delivery date]].", rewrite: "Let's look together at how this happened." },
      { text: "[[The scratch appeared after you picked up the bike]].", rewrite: "Let's look together at how this happened." },
      { text: "[[The crack happened while the screen was in your care]].", rewrite: "Let's look together at how this happened." },
      { text: "[[If you hadn't turned off the updates, we wouldn't be dealing with this]].", rewrite: "Let's go through the steps together." },
      { text: "[[If your daughter hadn't changed the PIN, there'd be no lock on the card]].", rewrite: "Let's go through the steps together." },
      { text: "[[You pressed 'upgrade' yourself]].", rewrite: "Let's sort this out together." },
      { text: "You picked the annual plan[[, so the total is what you agreed to]].", rewrite: "You picked the annual plan, and I can walk you through the price if it helps." },
      { text: '[[This happened because you cancelled the update halfway through]].', rewrite: "Let's sort this out together." },
      { text: '[[If you had typed the right IBAN this would not have happened]].', rewrite: "Let's go through the steps together." },
      { text: 'Hi Jo, [[it looks like you missed the email with the activation code]].', rewrite: 'Hi Jo, the email may not have reached you.' },
      { text: 'The crack was [[caused by improper handling]].', rewrite: 'The crack was something we can look at together.' },
      { text: "Well [[you took too long to send the photos]].", rewrite: "Well let's sort this out together." },
      { text: "[[u left the claim too late]], im afraid", rewrite: "Let's sort this out together, im afraid" },
      { text: "sorry but [[thats a you problem]]", rewrite: "sorry but let's sort this out together" },
      { text: "Well, [[you did choose the basic plan]].", rewrite: "Well, let's sort this out together." },
      { text: 'the hold up is [[due to you posting the forms late]]', rewrite: 'the hold up is something that we can fix together' },
      { text: 'the suspension is [[a result of you not renewing the licence]]', rewrite: 'the suspension is something we can fix together' },
      { text: "[[Its your fault]] the voucher ran out.", rewrite: "Let's sort this out together the voucher ran out." },
      { text: "[[You accepted the quote, so it's binding]].", rewrite: "Let's sort this out together." },
      { text: "This is [[the result of your own carelessness]].", rewrite: "This is something we can fix together." },
      { text: "Honestly, [[your negligence]] caused this.", rewrite: "Honestly, a mix-up caused this." },
      { text: "[[Your own fault for skipping the verification]].", rewrite: "Let's sort this out together." },
      { text: "[[thats ur fault]] not ours", rewrite: "Let's sort this out together not ours" },
      { text: "[[u must of deleted it]].", rewrite: "It looks like something went wrong." },
      { text: "[[The blame rests squarely with you]].", rewrite: "Let's sort this out together." },
      { text: "[[You dropped the phone, so the warranty is void]].", rewrite: "The warranty doesn't cover this, but let me see what we can do." },
      { text: "[[You transferred the money to the wrong IBAN]].", rewrite: "There was a mix-up with the details." },
      { text: "Sorry, but [[the one to blame here is you]].", rewrite: "Sorry, but let's sort this out together." },
      { text: "The card was blocked [[because of you entering the PIN wrong three times]].", rewrite: "The card was blocked something that we can fix together." },
      { text: "Well, [[that's what you get for skipping the update]].", rewrite: "Well, let's sort this out together." },
      { text: 'The upload failed[[ because you filled in the form with a spelling mistake]].', rewrite: "The upload failed, and I'll help you sort it out." },
      { text: 'The speaker crackles[[ because you are using an unofficial charger]].', rewrite: "The speaker crackles, and I'll help you sort it out." },
      { text: '[[You simply forgot to switch on roaming]].', rewrite: "Let's go through the steps together." },
      { text: '[[You typed your email address wrong]].', rewrite: 'There was a mix-up with the details.' },
      { text: '[[You booked it for the wrong month]].', rewrite: 'There was a mix-up with the details.' },
      { text: "The parcel came back[[ as you weren't home to sign for it]].", rewrite: "The parcel came back, and I'll help you sort it out." },
      { text: '[[The IBAN you provided was invalid]], so the refund bounced.', rewrite: 'There was a mix-up with the details, so the refund bounced.' },
      { text: '[[The problem is that you skipped the verification step]].', rewrite: "Let's sort this out together." },
      { text: '[[You let your policy lapse]].', rewrite: "Let's sort this out together." },
      { text: 'Well, [[you missed the payment deadline]].', rewrite: "Well, let's sort this out together." },
      { text: "[[That's on you]], I'm afraid.", rewrite: "Let's sort this out together, I'm afraid." },
      { text: "[[You didn't give us the correct account number]].", rewrite: "Let's go through the steps together." },
      { text: 'Well, [[you chose the non-refundable fare]].', rewrite: "Well, let's sort this out together." },
      { text: "[[That's nothing to do with us]].", rewrite: "Let's sort this out together." },
      { text: 'The refund failed[[ because you gave us an outdated IBAN]].', rewrite: "The refund failed, and I'll help you sort it out." },
      { text: '[[You selected the wrong size]], so the shoes do not fit.', rewrite: 'There was a mix-up with the size, so the shoes do not fit.' },
      { text: '[[You must have cancelled the subscription yourself]], we never do that.', rewrite: 'It looks like something went wrong, we never do that.' },
      { text: 'The drop-outs are [[coming from your own Wi-Fi extender]].', rewrite: 'The drop-outs are linked to a setting we can fix together.' },
      { text: '[[It\'s your provider that blocked]] the port.', rewrite: 'It looks like your provider blocked the port.' },
      { text: "Sorry, but [[that's your fault]].", rewrite: "Sorry, but let's sort this out together." },
      { text: '[[This is entirely your own mistake]].', rewrite: "Let's sort this out together." },
      { text: 'Well, [[you did it wrong]].', rewrite: "Well, let's go through the steps together." },
      { text: '[[You clearly set it up incorrectly]].', rewrite: "Let's go through the steps together." },
      { text: 'Honestly, [[you caused this]].', rewrite: "Honestly, let's sort this out together." },
      { text: '[[You only have yourself to blame]].', rewrite: "Let's sort this out together." },
      { text: 'The transfer bounced[[ cause u provided an expired card]].', rewrite: "The transfer bounced, and I'll help you sort it out." },
      { text: '[[You clearly didn\'t follow the setup guide]].', rewrite: "Let's go through the steps together." },
      { text: 'Well, [[you forgot to top up your balance]].', rewrite: "Well, let's go through the steps together." },
      { text: '[[You never renewed the policy]], so it lapsed.', rewrite: "Let's go through the steps together, so it lapsed." },
      { text: '[[You ignored all our payment reminders]].', rewrite: "Let's go through the steps together." },
      { text: '[[You deleted the backup yourself]].', rewrite: "Let's sort this out together." },
      { text: "[[That's what happens when you skip the update]].", rewrite: "Let's sort this out together." },
      { text: '[[You probably tapped the wrong option]].', rewrite: 'There was a mix-up with the option.' },
      { text: '[[You misspelled the email]].', rewrite: "Let's sort this out together." },
    ],
  },
  de: {
    valid: [
      'Die falsche Rechnung haben Sie von uns bekommen, das tut mir leid.',
      'Das liegt nicht an Ihnen, sondern an unserem System.',
      'Ich prüfe, ob das an uns liegt.',
      'Laut unseren Unterlagen ist Ihre Zahlung am 3. eingegangen, danke.',
      'Laut unseren Unterlagen haben Sie die Bestellung am Montag storniert, die Erstattung ist unterwegs.',
      'Ich habe wegen Ihrer falschen Lieferung sofort Ersatz geschickt.',
      'Unser System zeigt, dass du alles richtig eingegeben hast; der Fehler lag bei uns.',
      'Die Zahlung ging durch, weil Ihr Konto gedeckt war.',
      'Weil Sie nicht zu Hause waren, habe ich einen neuen Termin gebucht.',
      'Da Sie die Kündigung fristgerecht eingereicht haben, endet der Vertrag am 31.',
      'Bei Ihnen wurde nichts falsch gemacht, der Fehler lag im System.',
      'Von Ihnen wurde die Zahlung noch nicht abgebucht.',
      'Ihre Rechnung war leider fehlerhaft, ich habe sie korrigiert.',
      'Sie haben die Kaution noch nicht überwiesen? Kein Problem, ich schicke Ihnen die Kontodaten.',
      'Sie haben nichts falsch gemacht, der Fehler lag bei uns.',
      'Du hast die Mail mit dem Code nicht erhalten, deshalb schicke ich sie dir noch mal.',
      'Wir haben sie nicht verschickt, weil das Lager leer war.',
      'Falls Ihre Angaben unvollständig sind, ergänze ich sie gern.',
      'Für so eine Wartezeit haben Sie nicht bezahlt, das verstehe ich.',
      'Wenn wir das früher gewusst hätten, wäre das nicht passiert.',
      'Sie haben recht, die Buchung wurde bei uns versehentlich doppelt ausgelöst.',
      'Du kannst das Abo selber abschließen, hier ist der Link.',
      'Du hast die Rechnung bezahlt, deshalb ist keine Mahnung mehr fällig.',
      'Sie haben die Zahlung veranlasst, damit ist die Sperre aufgehoben und es fallen keine Gebühren mehr an.',
      'Sie haben ja selbst die Fotos geschickt, danke dafür.',
      'Das Ticket gilt nicht, weil der Zug ausgefallen ist; ich erstatte es.',
      'Du hast nichts vergessen, die Unterlagen sind vollständig.',
      'Das passiert leider, wenn der Akku sehr kalt wird.',
      'Das Problem ist hausgemacht, unser letztes Update war fehlerhaft.',
      "Da Sie die Rechnung noch nicht erhalten haben, schicke ich sie Ihnen erneut.",
      "Keine Sorge, eine falsche Eingabe ist schnell passiert.",
      "Sie haben nichts verwechselt, wir haben zwei Rechnungen geschickt.",
      "Das Paket kam zurück, weil in der Adresse die Hausnummer fehlte – das passiert schnell, ich korrigiere es.",
      "Da du nicht zu Hause warst, hat der Bote das Paket beim Nachbarn abgegeben.",
      'Sie haben Express gewählt, deshalb kommt das Paket morgen.',
      'Das klingt frustrierend, gerade weil du den Router schon zweimal zurückgesetzt hast.',
      'Das ist nicht passiert, weil Sie etwas falsch gemacht haben, sondern wegen einer Störung.',
      'Falls Sie das falsche Datum gebucht haben, ändere ich es gern.',
      'Das liegt an Ihrem Tarif: Er enthält 10 GB Datenvolumen.',
      'Das ist nicht Ihre Schuld.',
      'Das war unser Fehler, das tut mir leid.',
      'Sie haben nichts falsch gemacht.',
      'Falls Sie etwas falsch gemacht haben, können wir es gemeinsam korrigieren.',
      'Ihr Problem hat für uns Vorrang.',
      'Sie haben die Rechnung noch nicht bezahlt, hier ist der Link.',
      'Haben Sie die Anleitung nicht bekommen?',
      'Sie können die Bestellung selbst in der App stornieren.',
      'Sie haben sich vertippt? Kein Problem, ich korrigiere das.',
      'Falls du vergessen hast, die SIM zu aktivieren, hier ist die Anleitung.',
      'Du musst nichts weiter tun.',
      'Ihr Konto ist sicher, weil Sie den Link nicht angeklickt haben.',
      'Ihr Paket kommt schon morgen, weil du Express statt Standard gewählt hast.',
      'Da Sie die Rechnung nicht zu spät bezahlt haben, fällt keine Mahngebühr an.',
      'Das geht auf meine Kappe, das tut mir leid.',
      'Falls du ein Fremdkabel benutzt, probier bitte einmal das Originalkabel.',
      'Sie haben den Schaden nicht zu spät gemeldet, die Frist läuft noch.',
      'Das ist nicht selbst verschuldet, die Störung lag bei uns.',
      'Das haben Sie richtig verstanden, der Tarif gilt ab Mai.',
      'Sie haben die Frist nicht verpasst, der Antrag ist rechtzeitig eingegangen.',
      'Falls du die Frist verpasst hast, verlängere ich sie dir einmalig.',
      'Das Problem ist gelöst, weil du statt Chrome jetzt Firefox genutzt hast.',
      'Was haben Sie jetzt davon? Eine Gutschrift über 20 Euro.',
      'Du hast nichts falsch gemacht, das lag an unserem Server.',
      'Falls du was falsch eingestellt hast, zeige ich dir gern, wo der Schalter ist.',
      'Der Grund ist, dass Sie die Rechnung noch nicht bekommen haben, ich schicke sie jetzt.',
      'Das Problem ist, dass Sie zweimal belastet wurden, und das korrigiere ich sofort.',
      'Sie haben das nicht falsch verstanden, die Mail war missverständlich.',
      'Hätten wir die Adresse geprüft, wäre das nicht passiert, das tut mir leid.',
      'Hätten Sie gern eine Gutschrift oder lieber einen Ersatz?',
      'Hätten Sie uns nicht informiert, hätten wir den Fehler nie gefunden, danke dafür.',
      'Sie haben ja selbst gesehen, dass der Karton beschädigt war.',
      'Der Akku ist aufgebläht, weil die Zelle fehlerhaft war, nicht weil Sie etwas falsch gemacht haben.',
      'Sie haben den Hinweis übersehen? Kein Problem, hier ist er noch einmal.',
      'Sie haben das Formular ausgefüllt, damit ist alles erledigt.',
      'Du hast die Rechnung bezahlt, damit ist die Sperre aufgehoben und du musst nichts mehr tun.',
      'Das kommt davon, dass unser Server ausgefallen ist.',
      'Der Schaden ist nicht durch unsachgemäßen Gebrauch entstanden, sondern ab Werk.',
      // Owning the slip, ruling out a fault with an alternative, or the reason lies with us.
      'Bei Ihrer Überweisung wurde der Verwendungszweck vergessen, deshalb habe ich die Zahlung von Hand zugeordnet.',
      'Ein Produktfehler ist das also nicht, aber ich schicke Ihnen aus Kulanz trotzdem einen Ersatz.',
      'Das liegt daran, dass wir die Adresse falsch übernommen haben, nicht an Ihnen.',
      'Sie haben die alte Adresse gelöscht und die neue hinterlegt, danke dafür!',
      'Weil Sie uns die Fotos so schnell geschickt haben, konnten wir den Schaden sofort anerkennen.',
      'Die Bestellung wurde von Ihnen bereits bezahlt, danke!',
    ],
    invalid: [
      { text: '[[Die alte Adresse hast du im Formular angegeben]].', rewrite: 'Da ist etwas durcheinandergeraten.' },
      { text: 'Ihr Koffer kam zu spät an, [[das liegt aber nicht an uns]].', rewrite: 'Ihr Koffer kam zu spät an, ich kümmere mich trotzdem für Sie darum.' },
      { text: '[[Unser System zeigt, dass du die Zahlung abgebrochen hast]].', rewrite: 'Lass uns gemeinsam schauen, was passiert ist.' },
      { text: 'Die Rücksendung kam nicht an, was [[auf Ihre fehlerhafte Verpackung zurückzuführen]] ist.', rewrite: 'Die Rücksendung kam nicht an, was auf eine kleine Unstimmigkeit zurückzuführen ist.' },
      { text: 'Schuld ist die [[falsche Postleitzahl, die Sie eingetragen haben]].', rewrite: 'Schuld ist die Angabe, die wir gemeinsam prüfen.' },
      { text: 'Das Kabel wurde [[von Ihnen falsch eingesteckt]].', rewrite: 'Das Kabel wurde nicht wie vorgesehen eingesteckt.' },
      { text: 'Die Abbuchung scheiterte[[, weil dein Konto nicht gedeckt war]].', rewrite: 'Die Abbuchung scheiterte, und ich helfe dir gern, das zu lösen.' },
      { text: '[[Bei dir wurde die Kündigungsfrist leider übersehen]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Die Zählernummer hast du bei der Anmeldung nicht eingetragen]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Falsch ausgefüllt haben Sie den Antrag]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Die Zahlung ging zurück, [[die von Ihnen angegebene IBAN ist ungültig]].', rewrite: 'Die Zahlung ging zurück, lassen Sie uns das gemeinsam lösen.' },
      { text: 'Der Account wurde gesperrt[[, weil du Bots eingesetzt hast]].', rewrite: 'Der Account wurde gesperrt, und ich helfe dir gern, das zu lösen.' },
      { text: '[[Wenn Sie den Zählerstand gemeldet hätten, wäre die Nachzahlung niedriger]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Du hast vergessen, beim Bezahlen den Gutschein im Warenkorb einzulösen]].', rewrite: 'Lass uns die Schritte gemeinsam durchgehen.' },
      { text: 'Die Zahlung kam nicht an[[, weil du einen Tippfehler in der Kartennummer hattest]].', rewrite: 'Die Zahlung kam nicht an, und ich helfe dir gern, das zu lösen.' },
      { text: '[[Sie haben den Kredit selbst beantragt]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Du hast dich wohl unter der falschen Nummer angemeldet]].', rewrite: 'Da ist etwas durcheinandergeraten.' },
      { text: 'Der Gutschein gilt nicht[[, weil Sie ihn nicht aktiviert haben]].', rewrite: 'Der Gutschein gilt nicht, und ich helfe Ihnen gern, das zu lösen.' },
      { text: '[[Du hast doch selbst den Tarif ohne Versicherung gebucht]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Sie haben bei der Anmeldung die Hausnummer vergessen]].', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Das passiert eben, wenn man Warnungen wegklickt]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: "[[Da du die Rechnung nicht rechtzeitig bezahlt hast]], wurde der Anschluss gesperrt.", rewrite: "Da etwas nicht geklappt hat, wurde der Anschluss gesperrt." },
      { text: "Die Überweisung kam nicht an[[, da Sie eine falsche IBAN angegeben haben]].", rewrite: "Die Überweisung kam nicht an, und ich helfe Ihnen gern, das zu lösen." },
      { text: "Das Problem ist [[durch Ihre falsche Bedienung]] entstanden.", rewrite: "Das Problem ist bei der Nutzung entstanden." },
      { text: "[[Da haben Sie wohl etwas verwechselt]].", rewrite: "Lassen Sie uns das gemeinsam lösen." },
      { text: "[[Laut System haben Sie die Bestellung selbst storniert]].", rewrite: "Lassen Sie uns das gemeinsam lösen." },
      { text: "Der Antrag wurde abgelehnt[[, weil Ihre Unterlagen unvollständig waren]].", rewrite: "Der Antrag wurde abgelehnt, und ich helfe Ihnen gern, das zu lösen." },
      { text: "Die Airline hat gestrichen, [[dafür sind wir nicht verantwortlich]].", rewrite: "Die Airline hat gestrichen, ich kümmere mich trotzdem für Sie darum." },
      { text: '[[Sie haben nun mal den nicht erstattungsfähigen Tarif gebucht]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Das Problem sitzt vor dem Bildschirm]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Die Zahlung ist gescheitert[[, weil du die Karte nicht freigeschaltet hast]].', rewrite: 'Die Zahlung ist gescheitert, und ich helfe dir gern, das zu lösen.' },
      { text: 'Der Fehler [[kommt daher, dass Sie eine alte Version installiert haben]].', rewrite: 'Der Fehler lässt sich zum Glück lösen, und ich helfe Ihnen gern dabei.' },
      { text: '[[Du hast einfach die falsche Größe bestellt]], deshalb passt die Jacke nicht.', rewrite: 'Da ist etwas durcheinandergeraten, deshalb passt die Jacke nicht.' },
      { text: '[[Sie müssen das Konto versehentlich gekündigt haben]], wir löschen nichts.', rewrite: 'Vermutlich ist da etwas schiefgelaufen, wir löschen nichts.' },
      { text: 'Das Problem [[liegt an Ihrem eigenen WLAN]].', rewrite: 'Das Problem hängt mit einer Einstellung zusammen, die wir gemeinsam ändern können.' },
      { text: '[[Das ist Ihre Schuld]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Sie haben das falsch gemacht]].', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen.' },
      { text: 'Tja, [[da bist du selbst schuld]].', rewrite: 'Tja, lass uns das gemeinsam lösen.' },
      { text: '[[Das ist ganz allein deine Schuld]], sorry.', rewrite: 'Lass uns das gemeinsam lösen, sorry.' },
      { text: 'Ehrlich gesagt, [[Sie haben das Problem selbst verursacht]].', rewrite: 'Ehrlich gesagt, lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Du hast leider den Vertrag nicht rechtzeitig verlängert]].', rewrite: 'Lass uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Sie haben die Rechnung nie bezahlt]], daher die Sperre.', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen, daher die Sperre.' },
      { text: '[[Du hast vergessen, das Guthaben aufzuladen]].', rewrite: 'Lass uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Sie haben leider alle unsere Mahnungen ignoriert]].', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Das hast du selbst gelöscht]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Sie haben sich offenbar vertippt]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Sie haben wohl auf den falschen Link geklickt]].', rewrite: 'Da ist etwas durcheinandergeraten.' },
      { text: 'Die Lieferung ging zurück[[, weil du eine unvollständige Adresse angegeben hast]].', rewrite: 'Die Lieferung ging zurück, und ich helfe dir gern, das zu lösen.' },
      { text: 'Die Anmeldung hat nicht geklappt[[, weil du das Passwort mit einem Tippfehler eingegeben hast]].', rewrite: 'Die Anmeldung hat nicht geklappt, und ich helfe dir gern, das zu lösen.' },
      { text: 'Die Frist ist abgelaufen[[, weil Sie den Antrag zu spaet eingereicht haben]].', rewrite: 'Die Frist ist abgelaufen, und ich helfe Ihnen gern, das zu lösen.' },
      { text: 'Die Jacke passt nicht[[, weil du M statt L bestellt hast]].', rewrite: 'Die Jacke passt nicht, und ich helfe dir gern, das zu lösen.' },
      { text: 'Der Akku wird heiß[[, weil Sie ein billiges Fremdnetzteil verwenden]].', rewrite: 'Der Akku wird heiß, und ich helfe Ihnen gern, das zu lösen.' },
      { text: 'Tja, [[das geht ganz auf deine Kappe]].', rewrite: 'Tja, lass uns das gemeinsam lösen.' },
      { text: '[[Ihr Problem ist leider hausgemacht]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Tja, [[selbst schuld]].', rewrite: 'Tja, lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Das haben Sie falsch verstanden]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Tja, da [[hast du wohl nicht richtig hingeschaut]].', rewrite: 'Tja, da lass uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Du hast die Rückgabefrist leider überschritten]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: 'Tja, [[das hast du jetzt davon]].', rewrite: 'Tja, lass uns das gemeinsam lösen.' },
      { text: 'Tja, da [[hast du wohl was falsch gemacht]].', rewrite: 'Tja, da lass uns die Schritte gemeinsam durchgehen.' },
      { text: 'Sorry, aber [[das ist echt dein Problem]].', rewrite: 'Sorry, aber lass uns das gemeinsam lösen.' },
      { text: '[[Der Grund ist, dass du die Mail nie bestätigt hast]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Sie haben uns die falsche Adresse gegeben]].', rewrite: 'Da ist etwas durcheinandergeraten.' },
      { text: '[[Sie haben offenbar nicht verstanden]], wie der Tarif funktioniert.', rewrite: 'Lassen Sie uns die Schritte gemeinsam durchgehen, wie der Tarif funktioniert.' },
      { text: '[[Hättest du das Formular vollständig ausgefüllt, wäre der Antrag längst durch]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: 'Tja, [[wenn Sie die Frist beachtet hätten, müssten Sie jetzt nichts nachzahlen]].', rewrite: 'Tja, lassen Sie uns das gemeinsam lösen.' },
      { text: '[[Sie haben die Kündigung doch selbst eingereicht]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Der Bildschirm ist gerissen[[, weil du das Handy fallen gelassen hast]].', rewrite: 'Der Bildschirm ist gerissen, und ich helfe dir gern, das zu lösen.' },
      { text: '[[Du hast den Hinweis auf der Verpackung übersehen]].', rewrite: 'Lass uns die Schritte gemeinsam durchgehen.' },
      { text: '[[Sie haben das Siegel aufgebrochen, damit ist keine Rückgabe mehr möglich]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: '[[So was kommt davon, wenn man Updates ignoriert]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Der Riss ist [[durch unsachgemäßen Umgang]] entstanden.', rewrite: 'Der Riss ist bei der Nutzung entstanden.' },
      // A slip told in the passive, hedged, or as the reason it failed.
      { text: 'Leider [[wurde bei Ihrer Anmeldung das Geburtsjahr falsch angegeben]], deshalb schlägt die Prüfung fehl.', rewrite: 'Leider hat uns eine Angabe gefehlt, deshalb schlägt die Prüfung fehl.' },
      { text: '[[Vermutlich hast du beim Bestellen die Abholzeit verwechselt, deshalb stand nichts bereit]].', rewrite: 'Lass uns das gemeinsam lösen.' },
      { text: '[[Das liegt daran, dass Sie die Rechnungsnummer vertauscht haben]].', rewrite: 'Lassen Sie uns das gemeinsam lösen.' },
      { text: 'Der Lack platzt nur ab, wenn man die Pflegehinweise ignoriert[[, so wie es bei Ihnen wohl der Fall war]].', rewrite: 'Der Lack platzt nur ab, wenn man die Pflegehinweise ignoriert. Schauen wir uns gemeinsam an, was bei Ihnen passiert ist.' },
      { text: 'Die Katze hat das Ladekabel ja angeknabbert, [[ein Garantiefall ist das also nicht]].', rewrite: 'Die Katze hat das Ladekabel ja angeknabbert, schauen wir gemeinsam, was wir tun können.' },
      { text: 'Leider [[wurde von dir die alte Adresse angegeben]].', rewrite: 'Leider ist etwas durcheinandergeraten.' },
    ],
  },
};
