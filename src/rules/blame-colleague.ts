// Blaming a colleague or another team in front of the customer: "my colleague messed up",
// "der Kollege hat Mist gebaut", "die IT hat das verbockt" (cf. the CRM example in seed 003).
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const deOurs = () => ['uns ist ein Fehler unterlaufen', 'bei uns ist etwas schiefgegangen'];
/** "Da hat der Kollege ... verbockt" keeps its opening adverb: "Da ist uns ein Fehler unterlaufen". */
const deOursAfter = (ctx: MatchContext) => {
  const adv = (ctx.groups.adv ?? 'da').toLowerCase();
  return [`${adv === 'das' ? 'da' : adv} ist uns ein Fehler unterlaufen`, `${adv === 'das' ? 'da' : adv} ist bei uns etwas schiefgegangen`];
};
const deOursFinal = () => ['uns ein Fehler unterlaufen ist', 'bei uns etwas schiefgegangen ist'];

const DE_WHO = String.raw`(?:(?:der|die|das|mein(?:e)?|unser(?:e)?|ein(?:e)?|einer\s+der|eine\s+der)\s+(?:(?:andere[nr]?|vorige[nr]?|neue[nr]?|liebe[nr]?|zuständige[nr]?|werte[nr]?)\s+)?(?:Kolleg(?:e|in|en|innen)|Mitarbeiter(?:in|innen)?|Abteilung|IT(?:-Abteilung)?|Technik(?:abteilung)?|Buchhaltung|Lager|Versand(?:abteilung)?|Vertrieb|Innendienst|Außendienst|Zentrale|Entwickler(?:in|innen)?|Team|Azubi|Praktikant(?:in)?|Spedition(?:en)?|Paketdienst(?:e)?|Lieferdienst(?:e)?|Bote|Boten|Fahrer|Post|Kurier(?:e|dienst|dienste)?|Zusteller|Techniker(?:in)?|Monteur(?:in)?|Hersteller|Kundendienst|Callcenter|Hotline|Frühschicht|Spätschicht|Jungs|Leute|\p{L}*(?:team|abteilung|schicht))(?:\s+(?:vom|von\s+der|aus\s+dem|aus\s+der|im|in\s+der)\s+[\p{L}-]+|\s+vor\s+Ort)?|(?:Herr|Frau)\s+[\p{L}-]+|(?:jemand|einer|eine|irgendwer|irgendjemand)\s+(?:in|aus|von|bei|im|vom|beim)\s+(?:der|dem|unserer|unserem)?\s*[\p{L}-]+)`;
const DE_GAP = String.raw`(?:[\p{L}-]+\s+){0,8}?`;
const DE_BOTCHED = String.raw`(?:kaputt\s*gemacht|zerschossen|(?:Mist|Murks|Scheiße|Scheiss|Bockmist)\s+gebaut|verbockt|vermasselt|verbaselt|versaut|verpfuscht|verschlampt|geschlampt|gepfuscht|gepennt|verpennt|versemmelt|verkackt)`;
const DE_USELESS = String.raw`(?:(?:völlig|total|echt|einfach|halt|wohl|leider|mal\s+wieder|wieder|ja)\s+){0,2}(?:unfähig|inkompetent|nutzlos|zu\s+blöd|zu\s+dumm|(?:daran\s+)?schuld)`;
const DE_NEGLECT = String.raw`(?:[\p{L}-]+\s+){0,4}?(?:(?:offenbar|offensichtlich|wohl|einfach|mal\s+wieder|schon\s+wieder|wieder|leider|anscheinend)\s+)?(?:nicht|nie|gar\s+nicht|einfach\s+nicht|nichts)\s+(?:(?:richtig|ordentlich|genau|sauber|rechtzeitig)\s+)?(?:(?:ins|im|in\s+die|in\s+der|in\s+den)\s+[\p{L}-]+\s+)?(?:eingetragen|erfasst|dokumentiert|gemeldet|gelesen|durchgelesen|bearbeitet|weitergeleitet|weitergegeben|beachtet|angeschaut|aufgepasst|zugeh(?:ö|oe)rt|notiert|zur(?:ü|ue)ckgerufen)`;
/** Owning it or fixing it in the same sentence: not blame. */
const DE_OWNING = /(?<![\p{L}])(?:noch\s+nicht|tut\s+(?:mir|uns)\s+leid|entschuldig\p{L}*|unser\s+Fehler|mein\s+Fehler|ich\s+(?:habe|hab|kümmere|korrigiere|schicke)|korrigiert|behoben|falls|ob)(?![\p{L}])|\?/u;

const enOurs = () => ['we made a mistake on our side', "I'm sorry, that went wrong on our side"];

/** Whoever else at the company (or its partners) gets the blame. */
const EN_WHO = String.raw`(?:(?:my|our|the|a|one\s+of\s+(?:my|our|the))\s+(?:(?:other|previous|last|new|former)\s+)?(?:colleagues?|co-?workers?|team\s*mates?|agents?|reps?|representatives?|departments?|dept|team|warehouse(?:\s+(?:team|staff|guys|people))?|shipping\s+(?:team|department|guys|people)|billing\s+(?:team|department|guys|people)|IT(?:\s+(?:team|department|guys|people))?|tech(?:nical)?\s+(?:team|department|guys|people)|(?:dev|development|engineering|product)\s+team|devs?|developers?|engineers?|support\s+team|guys|people|staff|intern|trainee|courier|delivery\s+(?:driver|guy|company)|driver|installers?|technicians?|fitters?|techs?|(?:night|day|early|late|morning|evening|weekend)\s+shift)|(?:someone|somebody)\s+(?:in|from|at)\s+(?:the\s+)?(?:billing|shipping|IT|tech|warehouse|support|sales)(?:\s+(?:team|department))?|(?:someone|somebody|one\s+of\s+the\s+(?:guys|agents|staff))\s+(?:on|from)\s+(?:the\s+)?(?:night|day|early|late|morning|evening|weekend)\s+shift|(?:the|our)\s+(?:guys|people|folks|lads|staff|team)\s+(?:in|at|from|on|over\s+in)\s+(?:the\s+)?(?:warehouse|billing|shipping|IT|tech|dispatch|accounts|accounting|logistics|support|sales|store|office|night\s+shift|day\s+shift))`;
const EN_FAILED = String.raw`(?:broke\s+(?:it|this|that|everything|something|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+)(?:\s+again)?|(?:(?:totally|completely|really|clearly|obviously)\s+)?(?:messed|screwed|fucked|stuffed|mucked|cocked|f\*+ed)\s+(?:(?:it|this|that|things|everything|your\s+order)\s+)?up(?:\s+(?:your|the|this)\s+(?:order|account|booking|refund|request|ticket|case|payment|delivery|address))?|dropped\s+the\s+ball|botched\s+(?:it|this|that|your\s+order)|made\s+a\s+(?:mess|hash)(?:\s+of\s+(?:it|this|things|your\s+order))?|(?:is|are|was|were)\s+(?:(?:so|totally|completely|just|really|such)\s+)?(?:incompetent|useless|clueless|lazy|idiots|morons|to\s+blame|hopeless|sloppy|careless|amateurs|cowboys|clowns|a\s+joke|a\s+bunch\s+of\s+(?:amateurs|clowns|idiots|cowboys|muppets|morons))|(?:obviously|clearly|apparently|evidently)\s+(?:didn['’]?t|did\s+not|never|forgot\s+to|failed\s+to|couldn['’]?t\s+be\s+bothered\s+to)\s+(?:bother\s+to\s+)?[a-z]+(?:\s+(?:your|the|my|our|any)\s+[\w-]+)?)`;

/** Partners and teams the blame lands on besides colleagues: logistics partner, subcontractor, manufacturer … */
const EN_PARTNER = String.raw`(?:(?:my|our|the|your)\s+(?:(?:previous|last|other|external|local|third[-\s]party|delivery|logistics|shipping)\s+)?(?:partner|logistics\s+(?:partner|company|provider)|subcontractor|contractor|manufacturer|supplier|vendor|carrier|accounts\s+team|finance\s+team|billing\s+team|previous\s+agent|last\s+agent))`;
/** What someone else failed to do: "didn't ship on time", "lost it", "gave you the wrong …", "forgot to …", "should have told you". */
const EN_SLIPPED = String.raw`(?:(?:obviously|clearly|apparently|simply|just|probably)\s+)?(?:(?:didn['’]?t|didnt|did\s+not|never)\s+(?:ship|send|deliver|process|pass|forward|update|tell|inform|call|check|read|follow|turn\s+up|show\s+up|book|record|log|note|pack|include|activate|cancel|refund|submit|arrive)|forgot\s+to|failed\s+to|lost\s+(?:it|them|your|the)|gave\s+you\s+(?:the\s+)?wrong|sent\s+(?:you\s+)?the\s+wrong|packed\s+the\s+wrong|shipped\s+(?:a|the)\s+(?:faulty|wrong|broken|damaged|defective)|keeps?\s+making\s+(?:these|those|this|that|the\s+same)\s+(?:mistakes?|errors?)|should\s+have\s+(?:told|informed|called|sent|checked|passed|done)|should['’]ve\s+(?:told|informed|called|sent|checked|passed|done))`;
/** The next sentence puts it right: "A new one is on its way at our cost." */
const EN_FIXED_NEXT = /\b(?:(?:a\s+)?(?:new|replacement)\s+(?:one|parcel|order|device|part)?\s*(?:is|has\s+been|was)|on\s+its\s+way|at\s+our\s+cost|I['’]?ve|we['’]?ve|I\s+have|we\s+have|I['’]?ll|we['’]?ll|sorry|apologi[sz]e)\b/i;
const DE_FIXED_NEXT = /(?<![\p{L}])(?:(?:ein|eine)\s+(?:neues?|neuer)|Ersatz|unterwegs|auf\s+unsere\s+Kosten|ich\s+habe|wir\s+haben|ich\s+kümmere|tut\s+(?:mir|uns)\s+leid|entschuldig\p{L}*)(?![\p{L}])/iu;
/** Owning it or fixing it in the same sentence is not blame: "the courier lost it, I'm so sorry, I've sent a new one". */
const EN_OWNING = /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:mistake|fault|error|responsibility)|my\s+(?:mistake|fault)|on\s+us|we\s+should\s+have|we\s+should['’]ve|we\s+shouldve|I['’]?ve\s+(?:already\s+)?(?:sent|arranged|booked|rebooked|rescheduled|refunded|ordered|escalated|reshipped|re-?sent|fixed)|we['’]?ve\s+(?:already\s+)?(?:sent|arranged|booked|rebooked|rescheduled|refunded|ordered|reshipped|re-?sent|fixed)|I['’]?ll|we['’]?ll|I\s+will|we\s+will|if|whether|unless)\b|\?/i;

/** What someone else failed to do: "hat es verloren", "hat vergessen, …", "hat Ihnen das falsch gesagt", "hätte … müssen". */
const DE_SLIPPED = String.raw`(?:hat|haben|hatte|hatten)\s+(?:(?:Ihnen|dir|euch|es|das|die|den|Ihre|deine|Ihr|dein)\s+){0,3}(?:[\p{L}-]+\s+){0,3}?(?:verloren|verlegt|vergessen|vertauscht|verwechselt|falsch\s+(?:gesagt|eingepackt|verpackt|verschickt|geliefert|eingetragen|gebucht|berechnet|informiert|zugestellt|etikettiert)|nicht\s+(?:rechtzeitig\s+|richtig\s+)?(?:verschickt|geliefert|zugestellt|bearbeitet|weitergeleitet|eingetragen|gebucht|informiert|aktiviert|storniert|erstattet|abgeholt))|(?:hätte|hätten)\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}-]+\s+){0,4}?(?:sagen|mitteilen|schicken|geben)\s+müssen|(?:macht|machen)\s+(?:ständig|immer\s+wieder|dauernd|andauernd)\s+(?:solche\s+|diese\s+|die\s+gleichen\s+)?Fehler`;
/** Owning it in the same sentence: "…, und wir hätten das früher merken müssen". */
const DE_SLIP_OWNING = new RegExp(`${DE_OWNING.source}|(?<![\\p{L}])(?:wir\\s+hätten|hätten\\s+wir|unsere\\s+Verantwortung|auf\\s+unsere\\s+Kappe)(?![\\p{L}])`, 'u');
const DE_PARTNER = String.raw`(?:(?:der|die|das|unser(?:e|er)?|Ihr(?:e)?|dein(?:e)?)\s+(?:Logistikpartner|Lieferdienst|Paketdienst|Versanddienstleister|Partner|Subunternehmer|Installateur|Lieferant|Hersteller|Vorgänger(?:in)?|Bank|Nachtschicht|Spätschicht|Frühschicht|Buchhaltung|Kollege|Kollegin)(?:\s+(?:vom|von\s+der|aus\s+dem|aus\s+der|im|in\s+der)\s+[\p{L}-]+)?)`;
// Broad German cue classes (second round): an outside party named as the one at fault.
/**
 * Broad (round 4): any outside party or colleague named by its ROLE, including compounds
 * ("Zahnarztpraxis", "Zulassungsstelle", "Kita-Leitung", "Servicehotline", "Hausmeister").
 */
const DE_ROLE = String.raw`(?:[\p{L}]+-)?[\p{L}]*(?:firma|betrieb|dienst|stelle|praxis|werkstatt|verwaltung|leitung|betreiber|anbieter|hotline|rezeption|zentrale|abteilung|team|schicht|partner|bank|kasse|versicherung|airline|gesellschaft|unternehmer|unternehmen|händler|haendler|berater|beraterin|vormieter|vermieter|meister|techniker|monteur|installateur|handwerker|fahrer|bote|zusteller|kurier|spedition|druckerei|agentur|amt|behörde|büro|center|labor|lager|hersteller|lieferant|verkäufer|kollege|kollegin|kollegen|vorgänger|vorgängerin|elektriker|klempner|gutachter|makler|notar|arzt|ärztin|apotheke|post|reisebüro|veranstalter|netzbetreiber|provider|filiale|studio|schule|kita|hotel|vermietung|verwaltung)`;
const DE_ACTOR = String.raw`(?:der|die|das|Ihr(?:e)?|dein(?:e)?|euer|eure|unser(?:e)?)\s+(?:(?:zuständige|beauftragte|externe|andere|alte|frühere|vorige)[nr]?\s+)?${DE_ROLE}(?:\s+(?:vom|von\s+der|aus\s+dem|aus\s+der|im|in\s+der|in\s+dem|am|an\s+der|vor\s+Ort)(?:\s+[\p{L}-]+)?)?`;
/** What went wrong, as a participle: botched, done wrongly/late, lost, forgotten, damaged. */
const DE_FAULT = String.raw`(?:${DE_BOTCHED}|(?:falsch|fehlerhaft|unsachgemäß|unsachgemaess|schief|verspätet|verspaetet|(?:viel\s+)?zu\s+spät|(?:viel\s+)?zu\s+spaet|nicht\s+rechtzeitig|unvollständig|schlampig|nachlässig)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+(?:t|en)|(?:eine?[nm]?\s+)?falsche[nrsm]?\s+(?:[\p{L}-]+\s+){1,3}?\p{L}+(?:t|en)|verloren|verlegt|vergessen|versäumt|verschlafen|verbummelt|verschwitzt|vertauscht|verwechselt|übersehen|beschädigt|zerkratzt|zerbrochen|kaputt\s*gemacht|fallen\s*(?:ge)?lassen|zerstört|ruiniert|eingedrückt|verbogen|verkratzt)`;
const DE_FAULT_TAIL = String.raw`(?:\s*,\s*nicht\s+(?:wir|ich|uns|unser\p{L}*))?`;
/** The predicate negated ("hat nichts falsch gemacht"), checked or owned: not blame. */
const DE_FAULT_OK = new RegExp(`${DE_OWNING.source}|(?<![\\p{L}])(?:nichts\\s+falsch|nicht\\s+(?:falsch|zu\\s+spät|verspätet|beschädigt|verloren|vergessen)|wenn|prüfe|prüfen|kläre|klären|wir\\s+hätten|hätten\\s+wir)(?![\\p{L}])`, 'u');
const deSortIt = (ctx: MatchContext) => [ctx.register === 'informal' ? 'ich kläre das für dich' : 'ich kläre das für Sie'];
const DE_THIRD = String.raw`(?:(?:der|die|das|Ihr(?:e)?|dein(?:e)?|unser(?:e)?)\s+(?:Netzbetreiber|Provider|Anbieter|Bank|Vermieter(?:in)?|Hausverwaltung|Verwaltung|Krankenkasse|Kasse|Versicherung|Amt|Behörde|Stadt|Gemeinde|Airline|Fluggesellschaft|Hotel|Verkäufer(?:in)?|Händler|Haendler|Partner|Dienstleister|Lieferant|Publisher|Handwerker|Subunternehmer|Vorgänger(?:in)?|Spedition|Paketdienst|Kurier(?:dienst)?|Zusteller|Hersteller|Lager|Kolleg(?:e|in)|Buchhaltung|Technik|Techniker|Post|Praxis|Labor|Zahntechniker|Vermietstation|Station|Filiale|Zentrale|Entwickler|Server-?Team)(?![\p{L}]))`;

export const blameColleague: Rule = {
  id: 'blame-colleague',
  category: 'blame',
  guidance: 'keep-crm-notes',
  description: 'Blaming a colleague or another team in front of the customer',
  en: {
    patterns: [
      // Someone else slipped: "our logistics partner didn't ship on time", "the previous agent gave you the wrong information".
      { re: new RegExp(String.raw`\b(?:${EN_WHO}|${EN_PARTNER})\s+${EN_SLIPPED}\b[^.!?;]*`), unless: EN_OWNING, unlessNext: EN_FIXED_NEXT, rewrite: enOurs },
      // "billing messed up your invoice": a department named without an article.
      { re: new RegExp(String.raw`^(?:billing|shipping|accounting|accounts|IT|dev|devs|warehouse|logistics|sales|finance|tech\s+support|support|dispatch|customer\s+service)(?:\s+(?:in|over\s+in|at)\s+[\w-]+)?\s+${EN_FAILED}\b`), rewrite: enOurs },
      // "The delay is entirely the courier's fault."
      {
        re: /\b(?:is|was|are|were)\s+(?:(?:entirely|all|completely|totally|clearly|solely|purely)\s+)?(?:the|our|my)\s+(?:[\w-]+\s+)?(?:courier|carrier|driver|warehouse|supplier|manufacturer|colleague|department|team|agent|developers?|IT\s+team|shipping\s+company|delivery\s+company)['’]?s?\s+fault\b/,
        rewrite: () => ['is our responsibility to sort out'],
      },
      // "they've been useless this month", "they're incompetent".
      { re: /\bthey(?:['’]?ve\s+been|\s+have\s+been|['’]?re|\s+are|\s+were)\s+(?:(?:so|totally|completely|absolutely|really|just|pretty|an\s+absolute|a\s+complete|a\s+total)\s+)?(?:useless|incompetent|clueless|hopeless|a\s+joke|a\s+disaster|(?:a\s+)?nightmare(?:\s+to\s+(?:work|deal)\s+with)?|a\s+shambles|impossible\s+to\s+(?:work|deal)\s+with|a\s+pain(?:\s+to\s+(?:work|deal)\s+with)?)\b/, rewrite: () => ['there have been delays on their side'] },
      // "He didn't know what he was doing", "that mistake was made by the previous agent, not me".
      {
        re: new RegExp(String.raw`\b(?:he|she|they|${EN_WHO}(?:\s+who\s+(?:came|was\s+sent|visited|called|answered)(?:\s+(?:out|over|round|you))?)?)\s+(?:clearly\s+|obviously\s+)?(?:didn['’]?t|did\s+not|doesn['’]?t|does\s+not|don['’]?t|do\s+not)\s+(?:know|have\s+(?:a|any)\s+(?:clue|idea))\s+what\s+(?:he|she|they)\s+(?:was|were|is|are)\s+doing\b|\b(?:that|the|this)\s+(?:mistake|error|mix-?up)\s+was\s+(?:made|caused)\s+by\s+(?:the|my|our|a|another)\s+(?:previous\s+|other\s+|last\s+|new\s+|former\s+)?(?:agent|colleague|team|department|rep|representative|person|employee|staff\s+member)\b(?:,?\s+not\s+(?:me|us))?`),
        unless: /\?/,
        rewrite: () => ['we made a mistake on our side'],
      },
      // "she's new and clueless", "he was completely useless".
      {
        re: /\b(?:he|she)(?:['’]?s|\s+is|\s+was|['’]?s\s+been|\s+has\s+been)\s+(?:(?:so|totally|completely|absolutely|really|just|pretty|a\s+bit|new\s+and|clearly|obviously)\s+){0,2}(?:useless|incompetent|clueless|hopeless|lazy|careless|an\s+idiot|a\s+joke|a\s+disaster|not\s+(?:very\s+)?(?:bright|competent))\b/,
        unless: /\b(?:not\s+(?:useless|incompetent|clueless)|if|whether)\b|\?/,
        rewrite: () => ['we made a mistake on our side'],
      },
      // "that's on them, not me", "that's not my fault".
      { re: /\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is)\s+(?:on\s+(?:them|him|her)(?:,?\s+not\s+(?:on\s+)?me)?|not\s+(?:my\s+fault|on\s+me))\b/, rewrite: () => ["I'll put it right for you"] },
      { re: new RegExp(String.raw`\b${EN_WHO}(?:\s+(?:they|we|who)\s+(?:sent|booked|assigned|had)(?:\s+(?:you|out|over|round))?)?\s+${EN_FAILED}\b`), rewrite: enOurs },
      // "... that's why you were cut off", "he's the reason your box doesn't work": a colleague named as the cause of the failure.
      {
        re: new RegExp(String.raw`\b(?:(?:he|she|they)(?:['’]?s|\s+is|['’]?re|\s+are|\s+was|\s+were)|${EN_WHO}\s+(?:is|are|was|were))\s+(?:(?:clearly|obviously|really|definitely)\s+)?(?:the\s+(?:reason|cause)|the\s+ones?\s+(?:who|that)\s+(?:broke|messed|lost|forgot|mixed|caused))\b(?=[^.!?;]{0,60}\b(?:doesn['’]?t|does\s+not|didn['’]?t|don['’]?t|isn['’]?t|aren['’]?t|wasn['’]?t|won['’]?t|can['’]?t|not|never|broke|broken|failed|late|lost|wrong|cut\s+off|delayed|missing)\b)[^.!?;,]*`),
        unless: /\b(?:if|whether|not\s+the\s+reason)\b|\?/,
        rewrite: () => ["that's on us, and I'll put it right"],
      },
      // "... they keep doing that lately", "he always messes this up": griping about colleagues.
      {
        re: /\b(?:they|he|she)\s+(?:(?:keep|keeps)\s+(?:doing|making|messing)\s+(?:that|this|it|up|the\s+same\s+(?:mistakes?|things?))|(?:do|does)\s+(?:that|this|it)\s+(?:a\s+lot|all\s+the\s+time|constantly|way\s+too\s+often|so\s+often)|(?:always|constantly)\s+(?:do|does|mess|messes|screw|screws|get|gets)\s+(?:this|that|it|things)(?:\s+(?:up|wrong))?)\b(?:\s+(?:lately|recently|all\s+the\s+time|every\s+(?:time|week|day)))?/,
        unless: /\b(?:if|whether|customers?|users?|you)\b|\?/,
        rewrite: () => ["I'm sorry about that"],
      },
      // "That's their mess, not ours", "it's their problem".
      {
        re: /\b(?:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is)\s+(?:(?:really|entirely|all|completely)\s+)?(?:their|his|her)\s+(?:mess|problem|screw-?up|cock-?up|blunder|mistake|doing|issue)\b(?:,?\s+not\s+(?:ours|mine|our\s+(?:fault|problem)|my\s+(?:fault|problem)))?/,
        unless: /\b(?:if|whether|not\s+(?:their|his|her))\b|\?/,
        rewrite: () => ["I'll sort this out with them for you"],
      },
      {
        re: /\b(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|clearly|really)\s+)?(?:(?:my|our|the)\s+(?:(?:other|previous)\s+)?(?:[\w-]+\s+){0,2}?(?:colleague|co-?worker|department|team|warehouse|courier|IT\s+team|developers?|guys|people|staff|installer|technician|engineer)['’]?s?|their|his|her)\s+fault\b/,
        rewrite: enOurs,
      },
      {
        re: /\bblame\s+(?:my|our|the)\s+(?:(?:other|previous)\s+)?(?:colleague|co-?worker|department|team|warehouse|courier|IT\s+team|developers?|system)s?(?:\s+for\s+(?:this|that|it))?(?=\s*(?:[.!,;]|$|\s+not\b))/,
        unless: /\b(?:don['’]?t|do\s+not|can['’]?t|won['’]?t|not|never)\s+blame\b/,
        rewrite: enOurs,
      },
      // A named team or the colleague the customer spoke to slipped: "our Leeds depot lost the paperwork", "the agent you spoke to shouldn't have promised you that".
      {
        re: new RegExp(String.raw`\b(?:(?:my|our|the)\s+(?:[\w-]+\s+)?(?:warehouse|branch|depot|store|shop|office|call\s+cent(?:re|er)|team|department|colleagues?|co-?workers?|agents?|reps?|representatives?|courier|driver|technicians?|engineers?|installers?|staff|partner|supplier|contractor|person|advisor|adviser|guy|lady|man|woman|girl|bloke|chap|fella|plumber|electrician|fitter|surveyor|mechanic|handyman|cleaner|builder)|whoever(?=\s+(?:you|took|handled|answered|came)\b))(?:\s+(?:(?:who|that)\s+)?you\s+(?:spoke|talked|chatted|dealt|were\s+dealing)\s+(?:to|with)|\s+(?:(?:who|that)\s+)?(?:took|handled|answered|dealt\s+with|picked\s+up)\s+your\s+(?:call|case|ticket|chat|complaint|booking|order|claim|enquiry|inquiry)|\s+(?:who|that)\s+(?:came|visited|called|was\s+sent|went)(?:\s+(?:out|over|round|by))?|\s+(?:on|from)\s+the\s+(?:night|day|early|late|weekend|morning|evening)\s+shift)?(?:\s+(?:on|in|at|over|last|this|earlier|yesterday|before|previously|today)(?:\s+(?!(?:shouldn|should|had|gave|got|didn|did|wasn|was|told|never|forgot|failed)\b)[\w'’-]+){0,2}){0,2}\s+(?:${EN_SLIPPED}|got\s+(?:it|that|this|(?:your|the)\s+[\w-]+)\s+wrong|(?:gave|told)\s+you\s+(?:the\s+|some\s+)?(?:wrong|incorrect|false|bad|misleading)|(?:shouldn['’]?t|should\s+not|should\s+never)\s+have\s+(?:promised|told|said|offered|agreed|given|quoted|sold|confirmed|checked|done|booked|charged|cancell?ed|sent)|had\s+no\s+(?:right|authority|business)\s+to|(?:wasn['’]?t|was\s+not|weren['’]?t|were\s+not)\s+(?:authori[sz]ed|allowed|supposed|entitled)\s+to\s+(?:promise|offer|tell|say|agree|give|quote|sell|confirm|do))\b[^.!?;]*`),
        unless: EN_OWNING,
        unlessNext: EN_FIXED_NEXT,
        rewrite: enOurs,
      },
      // "He wasn't authorised to do that", "she had no authority to promise it".
      {
        re: /\b(?:he|she|they|(?:the|our|my)\s+(?:[\w-]+\s+)?(?:guy|man|woman|lady|person|technician|engineer|driver|installer|fitter|agent|colleague|rep|advisor|adviser|staff\s+member|employee)(?:\s+(?:who|that)\s+[^.!?,;]{1,40}?)?)\s+(?:(?:wasn['’]?t|was\s+not|weren['’]?t|were\s+not)\s+(?:authori[sz]ed|allowed|permitted|supposed|entitled)\s+to\s+(?:promise|offer|tell|say|agree|give|quote|sell|confirm|do)|had\s+no\s+(?:right|authority|business)\s+(?:to|promising|offering|telling|giving))\b[^.!?;,]*/,
        unless: /\b(?:if|whether)\b|\?/,
        rewrite: enOurs,
      },
      // "That one's on our billing team", "it wasn't me", "they messed up your reading again", "I've complained about them myself".
      {
        re: /\b(?:that|this)(?:\s+one)?(?:['’]?s|\s+is|\s+was)\s+(?:(?:all|entirely|really|honestly|totally)\s+)?on\s+(?:our|the|my)\s+(?:[\w-]+\s+)?(?:team|department|colleagues?|warehouse|courier|IT|devs?|developers?|guys|people|staff|branch|office|partner|supplier|night\s+shift|day\s+shift)\b/,
        unless: /\bnot\s+on\b|\?/,
        rewrite: () => ["that's on us"],
      },
      {
        re: /\b(?:it|that)\s+(?:wasn['’]?t|was\s+not|wasnt)\s+me(?:\s+(?:who|that)\s+(?:did|made|sent|changed|caused|messed|broke|lost)\b[^.!?;,]*)?(?=\s*(?:[.!,;]|$))/,
        unless: /\?/,
        rewrite: () => ["I'll put it right for you"],
      },
      {
        re: /\bthey\s+(?:(?:totally|completely|clearly|obviously|really|just)\s+)?(?:messed|screwed|mucked|cocked|stuffed|fucked)\s+(?:(?:it|this|that|things|everything)\s+)?up\b[^.!?;,]*|\bthey\s+(?:broke|botched|lost)\s+(?:it|this|that|the\s+[\w-]+|your\s+[\w-]+)(?:\s+[\w-]+)?\s+again\b/,
        unless: EN_OWNING,
        rewrite: () => ['we made a mistake on our side'],
      },
      {
        re: /\bI['’]?ve\s+(?:already\s+|personally\s+)?(?:complained|moaned|grumbled)\s+about\s+(?:them|him|her|the\s+[\w-]+(?:\s+team)?)\s+(?:myself|before|many\s+times|loads|plenty|too|as\s+well)\b/,
        rewrite: () => ["I've flagged this internally"],
      },
    ],
    message: 'This blames a colleague or another team',
    explanation:
      'To the customer, every colleague is the company. Blaming someone else sounds like an excuse and undermines trust; own the mistake for the team, check the ticket notes, and say what happens next.',
    rewrite: enOurs,
  },
  de: {
    patterns: foldDe([
      // Jemand anderes hat gepatzt: "Der Paketdienst hat es verloren", "Der Kollege vom Außendienst hat Ihnen das falsch gesagt".
      { re: new RegExp(String.raw`(?<![\p{L}])(?:${DE_PARTNER})\s+${DE_SLIPPED}(?![\p{L}])[^.!?;,]*`, 'u'), unless: DE_SLIP_OWNING, unlessNext: DE_FIXED_NEXT, rewrite: deOurs },
      { re: new RegExp(String.raw`(?<![\p{L}])(?:da|daran)\s+(?:ist|sind|war|waren)\s+${DE_WHO}\s+schuld(?![\p{L}])`, 'u'), rewrite: deOurs },
      { re: /(?<![\p{L}])(?:(?:dafür|da)\s+kann\s+ich\s+(?:doch\s+|aber\s+|ja\s+)?nichts(?:\s+dafür)?|(?:das\s+(?:ist|war)|ist|war)\s+(?:aber\s+|ja\s+|doch\s+)?nicht\s+meine\s+Schuld|(?<=,\s)nicht\s+meine\s+Schuld)(?![\p{L}])/u, rewrite: () => ['ich kümmere mich jetzt darum'] },
      { re: /(?<![\p{L}])(?:die|sie)\s+(?:sind|waren)\s+(?:[\p{L}]+\s+){0,3}?(?:total|völlig|echt|komplett|einfach)\s+(?:unfähig|inkompetent|nutzlos|überfordert)(?![\p{L}])/u, rewrite: () => ['dort gab es Verzögerungen'] },
      { re: /(?<![\p{L}])(?:liegt|lag)\s+(?:ganz\s+|allein\s+|einzig\s+|nur\s+)?(?:am|an\s+der|an\s+den|beim)\s+(?:Paketdienst|Kurier|Spedition|Zusteller|Hersteller|Lieferanten|Lager|Fahrer|Kollegen|Versanddienstleister)(?![\p{L}])/u, rewrite: () => ['hat Ursachen, um die ich mich kümmere'] },
      // "Der Kollege hat (da wieder) Mist gebaut", "die IT hat das verbockt".
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+${DE_GAP}${DE_BOTCHED}(?![\p{L}])`, 'u'), rewrite: deOurs },
      // "Da hat der Kollege wieder Mist gebaut" (inverted).
      { re: new RegExp(String.raw`(?<![\p{L}])(?<adv>da|hier|das|leider|wohl|offenbar|offensichtlich)\s+(?:hat|haben)\s+${DE_WHO}\s+${DE_GAP}${DE_BOTCHED}(?![\p{L}])`, 'u'), rewrite: deOursAfter },
      // "..., weil der Kollege Mist gebaut hat" (verb last).
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+${DE_GAP}${DE_BOTCHED}\s+(?:hat|haben)(?![\p{L}])`, 'u'), rewrite: deOursFinal },
      // "Die Kollegen im Lager sind völlig unfähig", "der Kollege ist schuld".
      { re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:ist|sind|war|waren)\s+${DE_USELESS}(?![\p{L}])`, 'u'), rewrite: deOurs },
      // "Das ist die Schuld der Buchhaltung", "Schuld daran ist der Kollege".
      { re: /(?<![\p{L}])(?:das|es)\s+(?:ist|war)\s+(?:(?:ganz\s+klar|eindeutig|wohl|allein)\s+)?die\s+Schuld\s+(?:der|des|von|unserer|unseres|meiner|meines)\s+[\p{L}-]+(?![\p{L}])/u, rewrite: deOurs },
      { re: new RegExp(String.raw`^Schuld\s+(?:daran\s+)?(?:ist|sind|hat|haben|war|waren)\s+${DE_WHO}(?![\p{L}])`, 'u'), rewrite: deOurs },
      // "Der Kollege von der Frühschicht hat das falsch eingetragen" (no apology or fix in the sentence)
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+(?:(?:das|es|da|hier|wohl|leider|offenbar|mal\s+wieder|wieder|Ihre[nmr]?\s+[\p{L}-]+|die\s+[\p{L}-]+|den\s+[\p{L}-]+|das\s+[\p{L}-]+)\s+){0,3}falsch\s+(?:zugeordnet|verbucht|eingetragen|eingegeben|gebucht|verschickt|eingepackt|berechnet|erfasst|notiert|weitergeleitet|abgerechnet|zugestellt|geliefert|ausgeliefert|gebucht|erklärt|informiert|verstanden)(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:tut\s+mir\s+leid|tut\s+uns\s+leid|entschuldig\p{L}*|korrigiert|behoben|unser\s+Fehler|mein\s+Fehler|ich\s+(?:habe|hab|kümmere|korrigiere|schicke))(?![\p{L}])/u,
        rewrite: deOurs,
      },
      // "Da hat die Kollegin aus dem Vertrieb wohl mal wieder vergessen, …" (inverted, forgetting).
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<adv>da|hier|leider|wohl|offenbar|offensichtlich|anscheinend)\s+(?:hat|haben)\s+${DE_WHO}\s+(?:(?:wohl|offenbar|leider|mal\s+wieder|schon\s+wieder|wieder\s+mal|wieder|einfach|halt)\s+){0,3}(?:vergessen|versäumt|verschlafen|verbummelt|verschwitzt)(?![\p{L}])(?:\s*,?\s+(?:[\p{L}\d-]+\s+){0,6}?(?:zu\s+\p{L}+|\p{L}+zu\p{L}{2,}))?`, 'u'),
        unless: DE_OWNING,
        rewrite: deOursAfter,
      },
      // A third party named just before: "…, die haben mal wieder gepennt", "der hat wieder Mist gebaut".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:die|der)\s+(?:haben|hat)\s+(?:(?:da|hier|wohl|offenbar|halt|eben|mal\s+wieder|schon\s+wieder|wieder\s+mal|wieder|einfach|leider|echt|total|komplett)\s+){0,3}${DE_BOTCHED}(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: () => ['da ist etwas schiefgegangen', 'das hätte nicht passieren dürfen'],
      },
      // Booking the fault to someone else's account: "Die Verzögerung geht aufs Konto unseres Logistikpartners", "geht auf die Kappe des Paketdienstes".
      {
        re: /(?<![\p{L}])(?:geht|ging)\s+(?:(?:wohl|leider|ganz\s+klar|eindeutig|allein|komplett|voll)\s+)?(?:aufs\s+Konto|auf\s+das\s+Konto|auf\s+die\s+Kappe)\s+(?:unseres|unserer|des|der|vom|von\s+der|von\s+unserem|von\s+unserer)\s+[\p{L}-]+(?![\p{L}])/u,
        unless: DE_OWNING,
        rewrite: () => ['geht auf unsere Kappe', 'liegt bei uns'],
      },
      // "Da ist beim Kollegen in der Buchhaltung leider was schiefgelaufen": the colleague named as the place it went wrong.
      {
        re: /(?<![\p{L}])(?<hit>(?:beim|bei\s+der|bei\s+dem|bei\s+unserem|bei\s+unserer)\s+(?:Kolleg(?:en|in)|Mitarbeiter(?:in)?|Azubi|Praktikant(?:en|in)?)(?:\s+(?:aus|in|von|im)\s+(?:der|dem|den)?\s*[\p{L}-]+)?)\s+(?:(?:leider|wohl|offenbar|da|mal\s+wieder|wieder)\s+){0,2}(?:was|etwas|einiges|so\s+einiges|so\s+manches)\s+(?:schief(?:\s*gelaufen|\s*gegangen)|durcheinander\s*geraten|verloren\s*gegangen)(?![\p{L}])/u,
        unless: DE_OWNING,
        rewrite: () => ['bei uns'],
      },
      // A colleague's negligence: "Da hat die Nachtschicht Ihre Notizen offenbar nicht gelesen", "Der Kollege hat die Mail nie weitergeleitet".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<adv>da|hier|leider|wohl|offenbar|offensichtlich|anscheinend)\s+(?:hat|haben)\s+${DE_WHO}\s+${DE_NEGLECT}(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: deOursAfter,
      },
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+${DE_NEGLECT}(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: deOurs,
      },
      // "…, dass die Jungs im Lager den Karton falsch etikettiert haben" (verb last).
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:(?:das|es|da|hier|wohl|leider|offenbar|mal\s+wieder|wieder|Ihre[nmr]?\s+[\p{L}-]+|die\s+[\p{L}-]+|den\s+[\p{L}-]+|das\s+[\p{L}-]+)\s+){0,3}falsch\s+\p{L}+(?:t|en)\s+(?:hat|haben)(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: deOursFinal,
      },
      // "Der Monteur, den sie geschickt haben, hatte keine Ahnung."
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}(?:\s*,[^,.!?\n]{1,60},)?\s+(?:hat|hatte|haben|hatten)\s+(?:(?:echt|wohl|null|absolut|überhaupt|einfach|offenbar|offensichtlich|leider|halt|eben|ja|da|wirklich)\s+){0,2}(?:keine\s+Ahnung|keinen\s+Plan|null\s+Ahnung|keinen\s+(?:blassen\s+)?Schimmer)(?!\s*,?\s*(?:dass|ob|wie|wann|wo|was|warum|wieso|von|davon|welche\p{L}*)(?![\p{L}]))`, 'u'),
        unless: /\?/u,
        rewrite: deOurs,
      },
      // Contempt for a colleague or partner: "das passiert denen ständig", "das machen die dauernd".
      {
        re: /(?<![\p{L}])(?:das|so\s*was|sowas)\s+(?:passiert|unterläuft)\s+(?:denen|dem|der|ihm|ihr)\s+(?:(?:in\s+letzter\s+Zeit|zurzeit|gerade|leider|halt|eben|echt|wirklich)\s+){0,2}(?:ständig|dauernd|andauernd|laufend|immer\s+wieder|dauernd|öfter|regelmäßig|jede\s+Woche|jeden\s+Tag)(?![\p{L}])/u,
        rewrite: () => ['das hätte nicht passieren dürfen'],
      },
      // "Das Hotel hat überbucht, das ist deren Chaos, nicht unseres."
      {
        re: /(?<![\p{L}])(?:das|dies|es)\s+(?:ist|war)\s+(?:(?:ganz\s+klar|eindeutig|allein|wohl|doch|halt|eben|ja|nun\s+mal)\s+){0,2}(?:deren|dessen)\s+(?:Chaos|Fehler|Problem|Schuld|Mist|Sache|Baustelle|Verantwortung|Versäumnis|Bier|Durcheinander|Panne)(?:\s*,?\s+nicht\s+(?:unser(?:e[sr]?)?|unsere\s+[\p{L}-]+|wir|uns))?(?![\p{L}])/u,
        unless: /\?/u,
        rewrite: () => ['ich kümmere mich trotzdem darum'],
      },
      // "Die Buchhaltung hat da mal wieder geschlafen"
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+(?:(?:da|hier|wohl|offenbar|halt)\s+)?(?:mal\s+wieder|schon\s+wieder|wieder|wohl|offenbar)\s+(?:[\p{L}-]+\s+){0,2}?(?:geschlafen|gepatzt|Mist\s+gemacht|nicht\s+aufgepasst)(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: deOurs,
      },
      // "Die Hotline hat Ihnen da Unsinn erzählt", "Der Fahrer war wohl zu faul, bis zur Tür zu gehen"
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_WHO}\s+(?:hat|haben)\s+(?:Ihnen|dir|euch)\s+(?:(?:da|leider|wohl|offenbar|mal\s+wieder|wieder)\s+){0,2}(?:Unsinn|Quatsch|Blödsinn|Schwachsinn|Mist|Müll)\s+(?:erzählt|gesagt|mitgeteilt|geschrieben)(?![\p{L}])|(?<![\p{L}])${DE_WHO}\s+(?:ist|war|sind|waren)\s+(?:(?:wohl|einfach|halt|mal\s+wieder|offenbar|offensichtlich)\s+){0,2}zu\s+(?:faul|bequem)(?![\p{L}])`, 'u'),
        unless: DE_OWNING,
        rewrite: deOurs,
      },
      // Broad: "Das ist nicht unser Fehler, sondern der Ihrer Bank", "Nicht unsere Schuld, das war der Kurier".
      {
        re: /(?<![\p{L}])(?:(?:das|es|dies)\s+(?:ist|war)\s+(?:(?:ja|doch|aber|auch|definitiv|wirklich|echt|eindeutig|ganz\s+klar)\s+)?)?nicht\s+(?:unser(?:e)?|mein(?:e)?)\s+(?:Fehler|Schuld|Verschulden|Versäumnis)(?![\p{L}])(?:\s*,?\s*sondern\s+[^.!?]*)?/u,
        unless: /(?<![\p{L}])(?:sondern|aber)\s+(?:(?:ganz\s+)?klar\s+)?(?:unser|mein)(?![\p{L}])|(?:war|ist)\s+(?:ganz\s+)?(?:klar\s+)?unser\s+Fehler|\?\s*$/u,
        rewrite: deSortIt,
      },
      // Broad: "Dafür können wir nichts", "da kann ich ja nichts dafür" (not "da kann ich nichts machen").
      {
        re: /(?<![\p{L}])(?:dafür|da)\s+(?:können|koennen)\s+wir\s+(?:(?:doch|aber|ja|leider|auch|wirklich|echt|nun\s+mal|halt|eben)\s+){0,2}nichts(?:\s+dafür)?(?!\s+(?:machen|tun|ändern|aendern|mehr|weiter|sagen|versprechen))(?![\p{L}])/u,
        unless: /\?\s*$/u,
        rewrite: deSortIt,
      },
      // Broad: an outside party "hat das verursacht/verschuldet/verbockt", "geht auf das Konto Ihres Vermieters".
      {
        re: new RegExp(String.raw`(?<![\p{L}])` + DE_THIRD + String.raw`(?:\s+[^\s.!?,]+){0,4}?\s+(?:hat|haben|hatte)\s+(?:(?:das|es|den\s+Fehler|das\s+Problem|die\s+Störung|den\s+Schaden|die\s+Verzögerung|mal\s+wieder|wieder|da|wohl|leider|offenbar|eindeutig|ganz\s+klar)\s+){0,3}(?:verursacht|verschuldet|zu\s+verantworten|verbockt|vermasselt|versemmelt|vergeigt|verpatzt|verschusselt|verbaselt|verschlampt|geschlampt|gepfuscht|verpfuscht|gepennt|verpennt|(?:Mist|Murks|Bockmist)\s+gebaut)(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:ob|falls|wenn|prüfe|pruefe|prüfen|klären|klaere)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['da ist etwas schiefgegangen, und ich kümmere mich darum'],
      },
      {
        re: /(?<![\p{L}])(?:geht|ging)\s+(?:(?:wohl|leider|ganz\s+klar|eindeutig|allein|komplett|voll)\s+)?(?:aufs\s+Konto|auf\s+das\s+Konto|auf\s+die\s+Kappe)\s+(?:Ihres|Ihrer|deines|deiner|eures|eurer)\s+[\p{L}-]+(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'hat Ursachen, die ich für dich kläre' : 'hat Ursachen, die ich für Sie kläre'],
      },
      // Broad: "Den Fehler hat eindeutig Ihr Elektriker gemacht", "das hat der Vormieter verursacht".
      {
        re: /(?<![\p{L}])(?<hit>(?:den\s+Fehler|den\s+Schaden|das\s+Problem|den\s+Mist|das)\s+(?:hat|haben|hatte)\s+(?:(?:eindeutig|ganz\s+klar|wohl|offenbar|definitiv|nachweislich|sicher)\s+)?(?:Ihr|Ihre|dein|deine|der|die|unser|unsere)\s+[\p{L}-]+\s+(?:gemacht|verursacht|verschuldet|verbockt|verbaut|eingebaut|angerichtet|zu\s+verantworten))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:ob|falls|wenn|pr(?:ü|ue)fe|kl(?:ä|ae)re|nicht(?!\s+(?:wir|uns|ich|von\s+uns|bei\s+uns|unser\p{L}*)(?![\p{L}])))(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['da ist etwas schiefgegangen, und ich kümmere mich darum'],
      },
      // Broad (round 4): role × fault predicate, V2: "Die Werkstatt hat den Reifendruck falsch eingestellt",
      // "Die Airline hat Ihr Gepäck verschlampt", "Die Praxis hat den Plan zu spät bei uns eingereicht".
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_ACTOR}\s+(?:hat|haben|hatte|hatten)\s+(?:[\p{L}\d€-]+\s+){0,5}?${DE_FAULT}(?![\p{L}])${DE_FAULT_TAIL}`, 'u'),
        unless: DE_FAULT_OK,
        unlessNext: DE_FIXED_NEXT,
        rewrite: () => ['da ist etwas schiefgegangen, und ich kümmere mich darum'],
      },
      // Inverted: "Da hat der Netzbetreiber geschlampt, nicht wir", "Leider hat die Rezeption Ihnen eine falsche Nummer genannt".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?<adv>da|hier|leider|wohl|offenbar|offensichtlich|anscheinend|dabei|dann)\s+(?:hat|haben|hatte|hatten)\s+${DE_ACTOR}\s+(?:[\p{L}\d€-]+\s+){0,5}?${DE_FAULT}(?![\p{L}])${DE_FAULT_TAIL}`, 'u'),
        unless: DE_FAULT_OK,
        unlessNext: DE_FIXED_NEXT,
        rewrite: deOursAfter,
      },
      // Verb last: "…, weil die Zulassungsstelle die Papiere zu spät geschickt hat".
      {
        re: new RegExp(String.raw`(?<![\p{L}])(?:weil|da|dass|nachdem)\s+(?<hit>${DE_ACTOR}\s+(?:[\p{L}\d€-]+\s+){0,5}?${DE_FAULT}\s+(?:hat|haben|hatte|hatten))(?![\p{L}])`, 'u'),
        unless: DE_FAULT_OK,
        rewrite: deOursFinal,
      },
      // Konjunktiv: "Der Hausmeister hätte den Ausfall längst melden müssen", "die Kita-Leitung hätte Sie informieren sollen".
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_ACTOR}\s+(?:hätte|hätten|haette|haetten)\s+(?:[\p{L}\d€-]+\s+){0,6}?\p{L}+(?:en|n)\s+(?:müssen|muessen|sollen)(?![\p{L}])`, 'u'),
        unless: DE_FAULT_OK,
        rewrite: () => ['da ist etwas schiefgegangen, und ich kümmere mich darum'],
      },
      // Habitual: "Unser Callcenter gibt ständig falsche Auskünfte", "die Hotline erzählt immer wieder falsche Sachen".
      {
        re: new RegExp(String.raw`(?<![\p{L}])${DE_ACTOR}\s+(?:gibt|geben|erzählt|erzählen|macht|machen|schickt|schicken|sagt|sagen|nennt|nennen|trägt|tragen|verschickt|liefert)\s+(?:(?:leider|ja|halt|eben|wohl|offenbar|mal\s+wieder)\s+){0,2}(?:ständig|immer\s+wieder|dauernd|andauernd|laufend|oft|öfter|regelmäßig|gern|gerne|permanent)\s+(?:[\p{L}-]+\s+){0,2}?(?:falsche|fehlerhafte|widersprüchliche|unvollständige)[nrsm]?\s+[\p{L}-]+(?![\p{L}])`, 'u'),
        unless: DE_FAULT_OK,
        rewrite: () => ['da ist etwas schiefgegangen, und ich kümmere mich darum'],
      },
    ]),
    message: 'Das schiebt die Schuld auf Kollegen',
    explanation:
      'Für den Kunden ist jeder Kollege das Unternehmen. Wer die Schuld auf andere schiebt, klingt nach Ausrede und verspielt Vertrauen; übernehmen Sie den Fehler fürs Team, schauen Sie in die Ticket-Notizen und sagen Sie, wie es weitergeht.',
    rewrite: deOurs,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "The guy you spoke to was right, and the engineer is booked.",
      "The fitter who came out on Monday was right, and I've booked the follow-up visit.",
      "The colleague you spoke to yesterday has passed everything on to me, so I'll take it from here.",
      "The agent you chatted with was right, the refund is on its way.",
      "Our Bristol depot has your parcel and will hold it until Friday.",
      "It wasn't me you spoke to, but I've read the notes and I'm on it.",
      "I've complained to the courier on your behalf and asked for a new delivery slot.",
      // Someone else slipped, but the agent owns it or is already fixing it.
      "The courier lost your parcel, I'm so sorry about that and I've already sent a new one.",
      "Our warehouse packed the wrong size, that's our mistake.",
      'The carrier lost the parcel. A replacement is already on its way at our cost.',
      "If the courier didn't leave a card, just let me know.",
      'Did the installer check the fuse box when he was there?',
      "Your bank didn't charge you twice: the second line is a pre-authorisation that disappears in a few days.",
      'The delay was not the courier\'s fault, it was ours, and I am sorry.',
      'Our dev team fixed the login page this morning.',
      'They are working on it and I am checking in with them daily.',
      'My colleague will look into it today.',
      'That was our mistake, and I am sorry.',
      "It's not my colleague's fault, the system was down.",
      'Our warehouse team has already shipped a replacement.',
      "I don't blame you for being upset.",
      'She is the reason your refund came through so fast.',
      "If they keep doing that, tell me and I'll step in.",
      "That's their policy, but I can ask them for an exception.",
      'Our installer is the reason we can offer next-day setup.',
      "She's new, so she didn't know the answer, I'm sorry.",
      "He is not useless at all, he just had the wrong file.",
      "Our warehouse team are amazing, they found your parcel in ten minutes.",
      "The technician who came out knew exactly what he was doing and fixed it fast.",
      "The colleague who took your call on Tuesday passed your notes to me, so I have everything.",
      "The engineer who came out on Monday should have called you first, and I'm sorry he didn't.",
    ],
    invalid: [
      { text: "The scaffolders are late again, [[they're an absolute nightmare to deal with]].", rewrite: "The scaffolders are late again, there have been delays on their side." },
      { text: "[[the guy you spoke to shouldnt have said that, he's new]].", rewrite: "We made a mistake on our side." },
      { text: "[[The fitter who came out on Monday had no right to promise you that]].", rewrite: "We made a mistake on our side." },
      { text: "[[Our Bristol depot lost the return label, they do that all the time]].", rewrite: "We made a mistake on our side." },
      { text: "[[The advisor you talked to on the phone shouldn't have promised a call-back]].", rewrite: "We made a mistake on our side." },
      { text: "[[Whoever took your booking on Sunday morning got the dates wrong]].", rewrite: "We made a mistake on our side." },
      { text: "[[The plumber who came round last Thursday should have checked the valve]].", rewrite: "We made a mistake on our side." },
      { text: "[[She wasn't authorised to offer that price]].", rewrite: "We made a mistake on our side." },
      { text: "[[That one's on our dispatch team]].", rewrite: "That's on us." },
      { text: "[[It wasn't me]], the system did it.", rewrite: "I'll put it right for you, the system did it." },
      { text: "[[They messed up your bill again]].", rewrite: "We made a mistake on our side." },
      { text: "[[I've complained about them myself]].", rewrite: "I've flagged this internally." },
      { text: 'The parcel is late because [[our delivery partner did not ship it on Monday]].', rewrite: 'The parcel is late because we made a mistake on our side.' },
      { text: '[[The previous agent gave you the wrong cancellation date]].', rewrite: 'We made a mistake on our side.' },
      { text: 'Honestly, [[the billing team keeps making these mistakes]].', rewrite: 'Honestly, we made a mistake on our side.' },
      { text: "[[The engineer who came out didn't know what he was doing]].", rewrite: "We made a mistake on our side." },
      { text: "[[That mistake was made by the previous agent, not me]].", rewrite: "We made a mistake on our side." },
      { text: "[[Our warehouse team are a bunch of amateurs]].", rewrite: "We made a mistake on our side." },
      { text: "[[Your last agent gave you the wrong date, he's completely clueless]].", rewrite: 'We made a mistake on our side.' },
      { text: "[[The people in dispatch screwed up your order]].", rewrite: "We made a mistake on our side." },
      { text: "[[This was the returns department's fault]], sorry.", rewrite: 'We made a mistake on our side, sorry.' },
      { text: '[[The engineer they booked was useless]].', rewrite: 'We made a mistake on our side.' },
      { text: 'Sorry, [[somebody on the weekend shift clearly forgot to update your address]].', rewrite: 'Sorry, we made a mistake on our side.' },
      { text: "[[They're the reason your modem isn't working]].", rewrite: "That's on us, and I'll put it right." },
      { text: '[[Our new colleague lost the form, she always gets this wrong]].', rewrite: 'We made a mistake on our side.' },
      { text: 'Sadly, [[she always gets this wrong]].', rewrite: "Sadly, I'm sorry about that." },
      { text: 'The airline cancelled, [[that is their problem, not ours]].', rewrite: "The airline cancelled, I'll sort this out with them for you." },
      { text: '[[Shipping messed up]].', rewrite: 'We made a mistake on our side.' },
      { text: 'The mix-up [[was totally the warehouse\'s fault]].', rewrite: 'The mix-up is our responsibility to sort out.' },
      { text: 'Sorry, the couriers are slow and [[they are completely useless]].', rewrite: 'Sorry, the couriers are slow and there have been delays on their side.' },
      { text: 'Another agent promised that, [[it\'s on him, not me]].', rewrite: "Another agent promised that, I'll put it right for you." },
      { text: '[[Our engineering team broke the app again]].', rewrite: 'We made a mistake on our side.' },
      { text: 'Sorry, [[my colleague messed up]].', rewrite: 'Sorry, we made a mistake on our side.' },
      { text: '[[The other department screwed up your order]].', rewrite: 'We made a mistake on our side.' },
      { text: "[[That's the warehouse's fault]], sorry.", rewrite: 'We made a mistake on our side, sorry.' },
      { text: 'Honestly, [[the billing team dropped the ball]] here.', rewrite: 'Honestly, we made a mistake on our side here.' },
    ],
  },
  de: {
    valid: [
      'Ich prüfe, ob der Elektriker den Fehler gemacht hat.',
      'Das war ganz klar unser Fehler, nicht Ihrer.',
      'Das ist nicht Ihre Schuld, sondern unsere.',
      'Da können wir leider nichts machen, aber ich biete Ihnen eine Gutschrift an.',
      'Ich prüfe, ob der Paketdienst den Schaden verursacht hat.',
      // Jemand anderes hat gepatzt, aber die Antwort übernimmt es oder behebt es schon.
      'Der Paketdienst hat Ihr Paket verloren, das tut mir sehr leid, ich habe schon ein neues verschickt.',
      'Falls der Kurier nichts abgegeben hat, melden Sie sich einfach.',
      'Der Paketdienst hat das Paket verloren. Ein neues ist schon auf unsere Kosten unterwegs.',
      'Hat der Installateur beim Termin auch den Sicherungskasten geprüft?',
      'Ihre Bank hat nichts doppelt abgebucht, die zweite Zeile ist nur eine Vormerkung.',
      "Der Techniker hat die Dose falsch angeschlossen, das tut mir leid, er kommt morgen wieder.",
      "Die Post hat das Paket heute zugestellt.",
      'Das ist nicht Ihre Schuld, und ich kümmere mich darum.',
      'Die Kollegen im Lager sind total engagiert und haben Ihr Paket heute verschickt.',
      'Da ist niemand schuld, das Update hatte einen Fehler, den wir jetzt beheben.',
      'Mein Kollege kümmert sich heute darum.',
      'Das war unser Fehler, das tut mir leid.',
      'Die IT hat das Problem inzwischen behoben.',
      'Das ist nicht die Schuld des Kollegen, das System war ausgefallen.',
      'Der Kollege im Lager hat Ihr Paket heute verschickt.',
      'Mein Kollege hat Ihre Notizen noch nicht gelesen, ich gebe sie ihm gleich.',
      'Die Technikerin hatte keine Ahnung, dass Sie schon zweimal angerufen hatten, deshalb habe ich ihr alles notiert.',
      'Das ist nicht deren Fehler, sondern unserer.',
      'Der Kollege hat Ihre Mail leider nicht weitergeleitet, das tut mir leid, ich habe das jetzt erledigt.',
      'Das passiert uns leider ständig, deshalb bauen wir das Formular gerade um.',
      'Das Team hat in der Nacht kaum geschlafen, um die Störung zu beheben.',
      'Mein Kollege hat Ihnen leider Unsinn erzählt, das tut mir leid, richtig ist Folgendes.',
      'Der Fahrer war zu früh da, deshalb hat er Sie verpasst, ich buche einen neuen Termin.',
      // Owning a colleague's slip, or a third party that did well.
      'Da hat die Kollegin vergessen, den Auftrag anzulegen, das tut mir leid, ich habe es nachgeholt.',
      'Die Verzögerung geht auf unsere Kappe, nicht auf die des Paketdienstes.',
      'Die haben sich sofort gekümmert und das Paket noch am selben Tag zugestellt.',
      'Beim Kollegen in der Buchhaltung habe ich nachgefragt, die Zahlung ist jetzt richtig zugeordnet.',
      'Die Werkstatt hat nichts falsch gemacht, das Teil war ab Werk defekt.',
      'Ich prüfe, ob die Zulassungsstelle die Papiere zu spät geschickt hat.',
      'Die Druckerei hat die Karten zu spät geliefert, das tut mir leid, ich habe Ihnen den Versand erstattet.',
      'Die Umzugsfirma hat Ihren Schrank heute pünktlich geliefert.',
    ],
    invalid: [
      { text: '[[Die Spedition hat die Ware beim Ausladen fallen lassen]].', rewrite: 'Da ist etwas schiefgegangen, und ich kümmere mich darum.' },
      { text: '[[Den Schaden hat eindeutig Ihr Vormieter verursacht]].', rewrite: 'Da ist etwas schiefgegangen, und ich kümmere mich darum.' },
      { text: '[[Das ist nicht unsere Schuld, sondern die des Vermieters]].', rewrite: 'Ich kläre das für Sie.' },
      { text: '[[Dafür können wir nichts]], der Server gehört dem Publisher.', rewrite: 'Ich kläre das für Sie, der Server gehört dem Publisher.' },
      { text: '[[Die Hausverwaltung hat das verschuldet]].', rewrite: 'Da ist etwas schiefgegangen, und ich kümmere mich darum.' },
      { text: 'Die Verspätung [[geht auf das Konto Ihrer Airline]].', rewrite: 'Die Verspätung hat Ursachen, die ich für Sie kläre.' },
      { text: '[[Der Lieferdienst hat die Pakete vertauscht]], deshalb kam die falsche Lampe.', rewrite: 'Uns ist ein Fehler unterlaufen, deshalb kam die falsche Lampe.' },
      { text: "[[Der Kollege von der Frühschicht hat das falsch eingetragen]].", rewrite: "Uns ist ein Fehler unterlaufen." },
      { text: "[[Die Post hat Ihr Paket verschlampt]], da können wir nichts machen.", rewrite: "Uns ist ein Fehler unterlaufen, da können wir nichts machen." },
      { text: "Das Paket war falsch gepackt, [[nicht meine Schuld]].", rewrite: "Das Paket war falsch gepackt, ich kümmere mich jetzt darum." },
      { text: '[[Da ist der Versand schuld]], das Paket lag zu lange.', rewrite: 'Uns ist ein Fehler unterlaufen, das Paket lag zu lange.' },
      { text: 'Das hat ein Kollege versprochen, [[da kann ich nichts dafür]].', rewrite: 'Das hat ein Kollege versprochen, ich kümmere mich jetzt darum.' },
      { text: 'Die Spedition ist langsam, [[die sind momentan völlig überfordert]].', rewrite: 'Die Spedition ist langsam, dort gab es Verzögerungen.' },
      { text: 'Die Verzögerung [[liegt allein am Kurier]].', rewrite: 'Die Verzögerung hat Ursachen, um die ich mich kümmere.' },
      { text: '[[Der Kollege hat Mist gebaut]], sorry.', rewrite: 'Uns ist ein Fehler unterlaufen, sorry.' },
      { text: '[[Da hat die IT wieder mal Mist gebaut]].', rewrite: 'Da ist uns ein Fehler unterlaufen.' },
      { text: '[[Die IT hat das verbockt]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
      { text: 'Das Paket kam nicht, weil [[das Lager Mist gebaut hat]].', rewrite: 'Das Paket kam nicht, weil uns ein Fehler unterlaufen ist.' },
      { text: '[[Die Kollegen vom Versand sind völlig unfähig]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
      { text: 'Tja, [[das ist die Schuld der Buchhaltung]].', rewrite: 'Tja, uns ist ein Fehler unterlaufen.' },
      { text: '[[Schuld ist die Versandabteilung]], der Auftrag lag dort eine Woche.', rewrite: 'Uns ist ein Fehler unterlaufen, der Auftrag lag dort eine Woche.' },
      { text: '[[Leider hat die Spätschicht Ihren Rückrufwunsch nicht notiert]].', rewrite: 'Leider ist uns ein Fehler unterlaufen.' },
      { text: '[[Die Monteurin vom Partnerbetrieb hatte echt keine Ahnung]], deshalb geht dein Internet nicht.', rewrite: 'Uns ist ein Fehler unterlaufen, deshalb geht dein Internet nicht.' },
      { text: 'Die Airline hat gestrichen, [[das ist deren Problem, nicht unseres]].', rewrite: 'Die Airline hat gestrichen, ich kümmere mich trotzdem darum.' },
      { text: 'Die Rechnung war wieder falsch, [[sowas passiert denen dauernd]].', rewrite: 'Die Rechnung war wieder falsch, das hätte nicht passieren dürfen.' },
      { text: 'Das liegt daran, dass [[die Leute im Versand die Adresse falsch abgetippt haben]].', rewrite: 'Das liegt daran, dass uns ein Fehler unterlaufen ist.' },
      { text: '[[Die Buchhaltung hat da mal wieder geschlafen]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
      { text: '[[Die Hotline hat Ihnen da Quatsch erzählt]].', rewrite: 'Uns ist ein Fehler unterlaufen.' },
      { text: '[[Der Fahrer war wohl zu faul]], bis zur Tür zu gehen.', rewrite: 'Uns ist ein Fehler unterlaufen, bis zur Tür zu gehen.' },
      // Forgetting, botching, booking it to a partner's account, naming the colleague where it went wrong.
      { text: '[[Hier hat die Kollegin aus dem Vertrieb wohl mal wieder vergessen, den Auftrag anzulegen]].', rewrite: 'Hier ist uns ein Fehler unterlaufen.' },
      { text: 'Die Lieferung kam zu spät, [[die haben mal wieder gepennt]].', rewrite: 'Die Lieferung kam zu spät, da ist etwas schiefgegangen.' },
      { text: 'Der Ausfall [[geht aufs Konto unseres Netzpartners]].', rewrite: 'Der Ausfall geht auf unsere Kappe.' },
      { text: 'Da ist [[bei der Kollegin aus dem Lager]] leider etwas durcheinandergeraten.', rewrite: 'Da ist bei uns leider etwas durcheinandergeraten.' },
      { text: '[[Da hat der Techniker vor Ort offenbar nichts ins System eingetragen]].', rewrite: 'Da ist uns ein Fehler unterlaufen.' },
      // Broad (round 4): any role × fault predicate, in V2, inverted, verb-last, Konjunktiv and habitual form.
      { text: '[[Die Umzugsfirma hat Ihren Schrank beim Transport beschädigt]].', rewrite: 'Da ist etwas schiefgegangen, und ich kümmere mich darum.' },
      { text: '[[Da hat die Druckerei geschlampt, nicht wir]].', rewrite: 'Da ist uns ein Fehler unterlaufen.' },
      { text: 'Es dauert, weil [[die Zulassungsstelle die Papiere verspätet geschickt hat]].', rewrite: 'Es dauert, weil uns ein Fehler unterlaufen ist.' },
      { text: '[[Die Kita-Leitung hätte Sie längst informieren müssen]].', rewrite: 'Da ist etwas schiefgegangen, und ich kümmere mich darum.' },
      { text: 'Zu den Fristen: [[unsere Servicehotline macht leider immer wieder fehlerhafte Angaben]].', rewrite: 'Zu den Fristen: da ist etwas schiefgegangen, und ich kümmere mich darum.' },
    ],
  },
};
