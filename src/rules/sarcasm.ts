// Sarcasm: "Oh great, another genius", "thanks for nothing", "Na toll", "Glückwunsch, ...".
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const enSorry = () => ['I am sorry about this', 'thanks for letting us know'];
const deSorry = () => ['das tut mir leid', 'danke für den Hinweis'];

/** A sentence that really is happy ("Na toll, das freut mich!") is not sarcastic. */
const DE_HAPPY = /(?:freu|geklärt|gelöst|erledigt|geschafft|geklappt|klappt\s+(?:es\s+)?(?:jetzt|wieder)|funktioniert\s+(?:es\s+)?(?:jetzt|wieder)|gewonnen|Geburtstag|Hochzeit|Jubiläum|Nachwuchs|Baby|bestanden|Gewinn|:\)|:-\)|😊|🙂|😀|🎉|👍)/u;

export const sarcasm: Rule = {
  id: 'sarcasm',
  category: 'hostility',
  guidance: 'keep-temper',
  description: 'Sarcastic remarks about the customer',
  en: {
    patterns: [
      // Malice imputed to ourselves, sarcastically: "because we obviously cancel trains just for fun to ruin your
      // morning", "as if we delayed your flight for the fun of it", "because I enjoy keeping customers on hold".
      {
        re: /\b(?:(?:because|cos|coz|cause|as\s+if|like)\s+(?:we|I)(?:['’]d|\s+would)?\s+(?:(?:obviously|clearly|totally|really|just|of\s+course|deliberately|purposely)\s+)?|(?:we|I)\s+(?:obviously|clearly|of\s+course|totally)\s+)(?:(?:love|enjoy|like)\s+[a-z]+ing\b[^.!?;]{0,50}|(?:[\w'’-]+\s+){0,6}?(?:just\s+)?(?:for\s+(?:fun|the\s+fun\s+of\s+it|kicks|a\s+laugh|laughs|the\s+hell\s+of\s+it|our\s+(?:own\s+)?amusement|sport)|to\s+(?:ruin|annoy|spite|wind\s+up|upset|irritate|inconvenience|torment|punish)\s+(?:you|your|customers|people|everyone)|on\s+purpose)\b)[^.!?;]*/,
        unless: /\b(?:sorry|apologi[sz]e|apologies|never|wouldn['’]?t|would\s+not|got\s+(?:this|it|that)\s+wrong)\b|^\s*because\s+we\s+(?:love|enjoy|like)\s+(?:hearing|helping|seeing|reading|welcoming|working)/,
        rewrite: () => ["I understand how frustrating this is, and it wasn't what we wanted either"],
      },
      // "Oh great, another genius who ..." — the whole sarcastic clause.
      {
        re: /\b(?:oh\s+)?(?:just\s+)?(?:great|wonderful|fantastic|brilliant|perfect|lovely|marvell?ous|terrific|super)\s*[,.!…-]*\s+(?:yet\s+)?another\s+(?:[a-z]+\s+)?(?:genius|expert|einstein|know-it-all|smart\s*ass|comedian|complaint|whiner|moaner|troll|rocket\s+scientist|(?:angry|upset|rude)\s+customer)s?\b[^.!?]*/,
        rewrite: () => ['thanks for getting in touch', 'thanks for your message'],
      },
      // "Oh wonderful, another customer who thinks the internet runs on magic."
      {
        re: /\b(?:oh\s+)?(?:just\s+)?(?:great|wonderful|fantastic|brilliant|perfect|lovely|marvell?ous|terrific|super|awesome)\s*[,.!…-]*\s+(?:yet\s+)?another\s+(?:[a-z]+\s+)?(?:customer|person|user|client|caller|guy|lady|one|guest|member|passenger|tenant|shopper|buyer|parent)\s+who\s+(?:thinks|believes|expects|assumes|reckons|(?:can['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|never)\s+(?:read|reads|understand|understands|follow|follows|listen|listens|bother|bothers|be\s+bothered|check|checks))\b[^.!?]*/,
        rewrite: () => ['thanks for getting in touch', 'thanks for your message'],
      },
      // "Oh fantastic, a fifth chat about the same router", "great, another email about the same order".
      {
        re: /\b(?:oh\s+(?:just\s+)?(?:great|wonderful|fantastic|brilliant|perfect|lovely|marvell?ous|terrific|super|joy|goody|awesome)\s*[,.!…-]*\s+(?:yet\s+)?(?:another|a\s+(?:second|third|fourth|fifth|sixth|seventh|tenth|\d+(?:st|nd|rd|th)))\s+(?:[a-z]+\s+)?(?:chat|message|e-?mail|call|ticket|complaint|request|question)s?\b|(?:great|wonderful|fantastic|brilliant|perfect|lovely|marvell?ous|terrific|super)\s*[,.!…-]+\s+(?:yet\s+)?(?:another|a\s+(?:second|third|fourth|fifth|sixth|seventh|tenth|\d+(?:st|nd|rd|th)))\s+(?:[a-z]+\s+)?(?:chat|message|e-?mail|call|ticket|complaint|request|question)s?\s+(?:about|on|regarding)\s+the\s+same\b)[^.!?]*/,
        rewrite: () => ['thanks for getting in touch again', 'thanks for your message'],
      },
      // "Oh brilliant, the customer knows better than the engineers", "of course you know best".
      {
        re: /\b(?:(?:oh\s+)?(?:great|brilliant|wonderful|sure|right|yeah)\s*[,.!…]+\s*|of\s+course\s*,?\s+|clearly\s*,?\s+|obviously\s*,?\s+)(?:the\s+customer|you|u)\s+(?:always\s+|must\s+)?(?:knows?|know)\s+(?:best|better)\b[^.!?]*/,
        unless: /\b(?:you\s+know\s+(?:best|better)\s+(?:what|which|how|when|whether))\b|\?/,
        rewrite: () => ['thanks for your input', 'thanks for sharing that'],
      },
      // "Congratulations, you broke it again."
      {
        re: /\b(?:congrat(?:ulation)?s|well\s+done|bravo|nice\s+one)\s*[,!.]*\s+(?:you|u)(?:['’]?ve|\s+have)?\s+(?:(?:managed\s+to|somehow)\s+)?(?:broke|broken|break|deleted|lost|locked\s+yourself|messed|screwed|wiped)\b[^.!?]*/,
        rewrite: () => ["let's get this working again", "let's go through the steps together"],
      },
      // "Thanks for the essay", "thanks for the life story", "cool story", "wow, what a surprise".
      {
        re: /\bthanks?\s+(?:you\s+)?for\s+the\s+(?:essay|novel|life\s+story|speech|rant|sermon|TED\s+talk|monologue|wall\s+of\s+text|history\s+lesson)\b|^(?:cool|nice|great|interesting)\s+story(?:,?\s+(?:bro|mate|pal))?\b|\b(?:wow|oh|well)\s*,?\s+what\s+a\s+(?:surprise|shock|shocker)\b(?!\s+(?:for|to)\b)/,
        rewrite: () => ['thanks for explaining', 'thanks for the details'],
      },
      // "Nice job, genius", "Thanks, Sherlock".
      {
        re: /\b(?:well\s+done|nice\s+(?:job|work|one|try|going)|good\s+job|great\s+job|congrat(?:ulation)?s|bravo|thanks|thank\s+you|good\s+call|way\s+to\s+go)\s*,?\s*(?:genius|einstein|sherlock|smart\s*ass|smarty\s*pants|captain\s+obvious)\b/,
        unless: /\bgenius\s+(?:bar|team|appointment|support)\b/,
        rewrite: () => ['thanks for letting us know', 'thank you'],
      },
      // Praise for a failure: "great job ignoring every step", "nice work deleting the file".
      { re: /\b(?:great|nice|good|fantastic|brilliant|excellent|amazing)\s+(?:job|work)\s+(?:ignoring|missing|skipping|not\s+reading|breaking|deleting|losing|forgetting|messing)\b[^.!?]*/, rewrite: () => ["let's go through the steps together"] },
      // "Oh sure, because obviously we broke your phone on purpose."
      {
        re: /(?:\b(?:oh\s+)?(?:sure|yeah|right|yes)\s*,?\s*(?:because\s+)?)?\b(?:obviously|of\s+course|clearly)\s*,?\s+(?:we|I)\s+(?:[\w'’]+\s+){1,5}?on\s+purpose\b/,
        unless: /\b(?:not|never|n['’]?t)\b[^.!?]{0,30}on\s+purpose|\bnot\s+on\s+purpose/,
        rewrite: () => ["I'm sorry this happened"],
      },
      { re: /\bthanks?\s+(?:you\s+)?for\s+(?:nothing\b|the\s+(?:attitude|lecture|abuse|insults?)\b(?=\s*[.!…]*$))/, rewrite: () => ['thank you for your patience'] },
      { re: /\bgood\s+luck\s+with\s+that\b/, rewrite: () => ['I hope this helps', 'let me know how it goes'] },
      { re: /\b(?:surprise,?\s+surprise|big\s+surprise|what\s+a\s+shocker|shocker)\b/, unless: /\b(?:no\s+big\s+surprise\s+(?:that\s+)?we|birthday|party|gift)\b/, rewrite: enSorry },
      { re: /\b(?:sucks\s+to\s+be\s+you|cry\s+me\s+a\s+river|boo\s+hoo|boohoo)\b/, rewrite: () => ['I understand how frustrating this is'] },
      // "Oh sure, let me just fly over and fix it personally, shall I?", "Right, and I'll just magic up a new one, shall I?".
      {
        re: /(?:^(?:oh\s+)?(?:sure|right|yeah|of\s+course|certainly|great)\s*,?\s+(?:and\s+)?)?\b(?:let\s+me|I['’]?ll|I\s+will|why\s+don['’]?t\s+I)\s+(?:just\s+)?[^.!?]{3,80}?,?\s+shall\s+I\s*\?+|^(?:oh\s+)?(?:sure|right|yeah|of\s+course|certainly|great)\s*[,.!…]*\s+(?:and\s+)?(?:let\s+me|I['’]?ll|I\s+will)\s+just\s+(?:[\w'’-]+\s+){0,3}?(?:magic|conjure|fly|teleport|bend|wave\s+a\s+magic\s+wand)\b[^.!?]*\?*/,
        rewrite: (ctx) => [/\?$/.test(ctx.match) ? 'let me see what I can do from here.' : 'let me see what I can do from here'],
      },
      {
        re: /^(?:oh\s+)?(?:sure|right|yeah|of\s+course)\s*,\s+(?:let\s+me|I['’]?ll|I\s+will)\s+just\b(?=[^.!?]*\b(?:magic(?:ally)?|teleport|fly\s+over|with\s+my\s+(?:bare\s+hands|superpowers))\b)[^.!?]*/,
        rewrite: () => ['let me see what I can do from here'],
      },
      // "Wow. Another person who thinks the gym owes them a month", "here we go, another one who thinks we're a charity".
      {
        re: /^(?:(?:here\s+we\s+go(?:\s+again)?|wow|oh|well|so|ah)\s*[,.!…-]*\s+)?(?:yet\s+)?another\s+(?:[a-z]+\s+)?(?:customer|person|user|client|caller|guy|lady|one|guest|member|passenger|tenant|driver|parent|buyer|shopper)\s+who\s+(?:thinks|believes|assumes|reckons|seems\s+to\s+think)\b[^.!?]*/,
        rewrite: () => ['thanks for getting in touch', 'thanks for your message'],
      },
      // "That's a first-world problem if I've ever seen one."
      {
        re: /\b(?:(?:a|an)\s+)?(?:[\w-]{1,40}\s+)?(?:problem|complaint|excuse|overreaction|drama|fuss|tantrum|rant|moan|whinge|storm\s+in\s+a\s+teacup)\s+if\s+(?:(?:I['’]?ve|I\s+have)\s+ever\s+(?:seen|heard|read)|ever\s+I\s+(?:saw|heard|read))\s+one\b/,
        rewrite: () => ['a fair concern, and I understand it'],
      },
    ],
    message: 'Sarcasm mocks the customer',
    explanation:
      'Sarcasm in writing comes across as mockery; an upset customer reads it as contempt and escalates. Say plainly what you mean.',
    rewrite: enSorry,
  },
  de: {
    patterns: foldDe([
      {
        re: /(?<![\p{L}])na\s+(?:toll|super|klasse|bravo|gro(?:ß|ss)artig|wunderbar|herrlich|prächtig|fantastisch|spitze)(?![\p{L}])/u,
        unless: DE_HAPPY,
        rewrite: deSorry,
      },
      // "Na dann, Glückwunsch" — and congratulations on a failure: "Glückwunsch, Sie haben es gelöscht".
      { re: /(?<![\p{L}])na(?:\s+dann)?\s*,?\s+(?:herzlichen\s+)?Glückwunsch(?![\p{L}])/u, unless: DE_HAPPY, rewrite: deSorry },
      {
        re: /(?<![\p{L}])(?<hit>(?:herzlichen\s+)?Glückwunsch)\s*[,!.]?\s*(?:Sie\s+haben|du\s+hast|(?:jetzt|nun|da|damit)\s+(?:haben\s+Sie|hast\s+du))\s+(?:[\p{L}-]+\s+){0,5}?(?:zerstört|gelöscht|kaputt\p{L}*|verloren|gesperrt|vergessen|verbockt|vermasselt|ruiniert|lahmgelegt|falsch\s+\p{L}+)(?![\p{L}])/u,
        unless: DE_HAPPY,
        rewrite: deSorry,
      },
      {
        re: /(?<![\p{L}])(?:(?:oh|ja|na)\s+)?(?:klar|sicher|natürlich)\s*,\s+(?:wir|ich)\s+(?:haben|habe|hat)\s+(?:[\p{L}-]+\s+){0,5}?absichtlich(?:\s+[\p{L}-]+){1,3}/u,
        unless: /(?<![\p{L}])nicht\s+absichtlich/u,
        rewrite: (ctx: MatchContext) => [ctx.register === 'informal' ? 'es tut mir leid, dass das passiert ist' : 'es tut mir leid, dass das passiert ist'],
      },
      { re: /(?<![\p{L}])(?:ganz\s+)?toll\s+gemacht(?![\p{L}])/u, unless: DE_HAPPY, rewrite: deSorry },
      { re: /(?<![\p{L}])danke\s+für\s+nichts(?![\p{L}])/u, rewrite: (ctx: MatchContext) => [ctx.register === 'informal' ? 'danke für deine Geduld' : 'danke für Ihre Geduld'] },
      { re: /(?<![\p{L}])(?:was\s+für\s+eine|welch(?:\s+eine)?)\s+Überraschung(?![\p{L}])|Überraschung,?\s+Überraschung/u, unless: DE_HAPPY, rewrite: deSorry },
      {
        re: /,\s*(?:Sie|du)\s+(?:kleine[rs]?\s+)?(?:Genie|Schlaumeier|Schlauberger|Einstein|Klugscheißer|Sherlock)(?![\p{L}])/u,
        rewrite: () => [''],
      },
      {
        // "Oh toll, der fünfte Chat zum selben Router", "Ach super, noch ein Kunde, der …"
        re: /(?<![\p{L}])(?<hit>(?:oh|ach|ja)\s+(?:toll|super|klasse|prima|wunderbar|gro(?:ß|ss)artig|herrlich|fantastisch|spitze))\s*,\s+(?=(?:(?:der|die|das)\s+(?:zweite|dritte|vierte|f(?:ü|ue)nfte|sechste|siebte|zehnte|x-te|n-te|hundertste|tausendste|nächste)\s+(?:Chat|Anruf|Mail|E-Mail|Nachricht|Ticket|Beschwerde|Anfrage|Reklamation|Kunde|Kundin|Mal)|noch\s+(?:ein|eine|so\s+ein|so\s+eine)|schon\s+wieder\s+(?:ein|eine|der|die|das))(?![\p{L}]))/u,
        unless: DE_HAPPY,
        rewrite: deSorry,
      },
      {
        // Taunting after a fix: "zufrieden jetzt???", "Na, sind Sie jetzt zufrieden?", "Bist du jetzt endlich glücklich?"
        re: /(?:^(?:(?:na|und|so|also)\s*,?\s+)?(?:jetzt|nun)\s+(?:endlich\s+)?(?:zufrieden|gl(?:ü|ue)cklich)\s*\?+|(?<![\p{L}])(?:zufrieden|gl(?:ü|ue)cklich)\s+(?:jetzt|nun)\s*\?+|(?<![\p{L}])(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+(?:jetzt|nun)\s+endlich\s+(?:zufrieden|gl(?:ü|ue)cklich)\s*\?*|^(?:na|und|so)\s*,?\s+(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+(?:jetzt|nun)\s+(?:zufrieden|gl(?:ü|ue)cklich)\s*\?*)/u,
        rewrite: (ctx: MatchContext) => [ctx.register === 'informal' ? 'passt das so für dich?' : 'passt das so für Sie?'],
      },
      // Congratulating on a loss: "Glückwunsch, Sie haben es geschafft, das Gerät zu schrotten", "Herzlichen Glückwunsch, jetzt ist alles gelöscht".
      {
        re: /(?<![\p{L}])(?<hit>(?:herzlichen\s+)?Glückwunsch)\s*[,!.]?\s*(?:(?:Sie\s+haben|du\s+hast)\s+es\s+(?:(?:tatsächlich|wirklich|echt|also|jetzt)\s+)?geschafft\s*,?\s+(?:[\p{L}-]+\s+){0,4}?(?:zu\s+(?:schrotten|ruinieren|zerstören|löschen|sperren|verlieren|beschädigen|blockieren|zerlegen)|kaputtzumachen|auszusperren|lahmzulegen)|(?:jetzt|nun|damit)\s+(?:ist|sind)\s+(?:[\p{L}-]+\s+){0,3}?(?:gelöscht|kaputt|weg|hin|futsch|gesperrt|verloren|zerstört|gekündigt|verfallen))(?![\p{L}])/u,
        unless: /(?:freu|Geburtstag|Hochzeit|Jubiläum|gewonnen|bestanden|Schulden|Ratenzahlung|abbezahlt|:\)|😊|🙂|🎉)/u,
        rewrite: deSorry,
      },
      // Broad: congratulating the customer on a mishap: "Herzlichen Glückwunsch, Sie haben es geschafft, Ihr Konto sperren zu lassen."
      {
        re: /^(?<hit>(?:herzlichen\s+Gl(?:ü|ue)ckwunsch|Gl(?:ü|ue)ckwunsch|gratuliere|Gratulation|bravo|toll\s+gemacht|gut\s+gemacht|respekt))\s*[,!:]+\s*(?=(?:jetzt|nun|damit|na)\s+(?:haben\s+Sie|hast\s+du)\s+(?![^.!?]*(?:freu|geschafft\s*!|bestanden|gewonnen))|(?:Sie|du)\s+(?:haben|hast)\s+(?:es\s+)?(?:\S+\s+){0,2}?(?:geschafft|hinbekommen|fertiggebracht|fertig\s+gebracht)[^.!?]*?(?<![\p{L}])(?:sperren|gesperrt|kaputt|verlieren|verloren|l(?:ö|oe)schen|gel(?:ö|oe)scht|verpassen|verpasst|ablaufen|abgelaufen|falsch|zerst(?:ö|oe)ren|zerschossen|Mahnung|Strafe|Geb(?:ü|ue)hr|k(?:ü|ue)ndigen|abschleppen|verfallen)(?![\p{L}]))/u,
        rewrite: deSorry,
      },
      // Broad: "Schön, dass Sie auch mal Zeit gefunden haben", "Nett, dass du dich endlich mal meldest".
      {
        re: /^(?<hit>(?:sch(?:ö|oe)n|nett|toll|super|wie\s+sch(?:ö|oe)n|sch(?:ö|oe)n\s+zu\s+h(?:ö|oe)ren|freut\s+mich)\s*,?\s+dass\s+(?:Sie|du)\s+(?:sich\s+|dich\s+)?(?:\S+\s+){0,3}?(?:auch\s+(?:schon\s+)?mal|endlich\s+(?:auch\s+)?(?:mal|einmal)|doch\s+noch|auch\s+noch)(?![\p{L}])[^.!?,]*)/u,
        rewrite: deSorry,
      },
      // Broad (round 4): mock praise for noticing late: "Schön, dass Ihnen nach drei Monaten auch schon auffällt, …", "Toll, dass du das jetzt auch endlich merkst".
      {
        re: /^(?:(?:wow|oh|ach|na|ja|aha)\s*[,!]?\s*)?(?<hit>(?:(?:ganz|echt|wirklich|sehr|wie)\s+)?(?:sch(?:ö|oe)n|nett|toll|super|klasse|prima|großartig|wunderbar|freut\s+mich)\s*,?\s+dass\s+(?:Sie|du|Ihnen|dir|ihr|euch)\s+[^.!?\n]{0,60}?(?<![\p{L}])(?:auch\s+schon|jetzt\s+auch\s+(?:schon|endlich)|auch\s+endlich|endlich\s+auch|nun\s+auch\s+schon)(?![\p{L}])[^,.!?\n]*)/u,
        unless: DE_HAPPY,
        rewrite: () => ['danke für den Hinweis'],
      },
      // Broad (round 4): pretending to confess malice: "Wir haben Ihren Koffer natürlich mit Absicht nach Palma geschickt",
      // "wir verschicken kaputte Ware ja extra, um Sie zu ärgern", "Ja nee, is klar."
      {
        re: /(?<![\p{L}])(?<hit>(?:wir|ich)\s+(?:[^\s.!?,;]+\s+){1,6}?(?:natürlich|klar|selbstverständlich|ja|auch)\s+(?:[^\s.!?,;]+\s+){0,4}?(?:mit\s+Absicht|absichtlich|extra|mutwillig|bewusst)(?![\p{L}])(?:[^.!?\n]{0,60}?um\s+(?:Sie|dich|euch)\s+zu\s+(?:ärgern|aergern|quälen|schikanieren|nerven|ruinieren|betrügen))?[^,.!?\n]*)/u,
        unless: /(?<![\p{L}])(?:nicht|nie|kein\p{L}*|damit|weil|so\s+gestaltet|so\s+eingestellt|zu\s+Ihrer|zu\s+deiner|für\s+Sie|für\s+dich|Sicherheit)(?![\p{L}])|\?\s*$/u,
        rewrite: () => ['das tut mir leid, da ist etwas schiefgegangen'],
      },
      {
        re: /^(?<hit>(?:ja\s+)?(?:nee|ne|nö)\s*,?\s+(?:is|ist)\s+(?:schon\s+)?klar)(?=\s*[.!…]*\s*$)/u,
        rewrite: () => ['verstehe'],
      },
    ]),
    message: 'Sarkasmus verspottet den Kunden',
    explanation:
      'Sarkasmus wirkt schriftlich wie Spott; ein verärgerter Kunde liest daraus Verachtung und eskaliert. Sagen Sie klar, was Sie meinen.',
    rewrite: deSorry,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "We hold the pub quiz just for fun, there is no entry fee.",
      "I'm sorry, we would never cancel a service on purpose; this was a fault at the exchange.",
      "Sure, let me just pull up your booking.",
      "Sure, I'll just drive it over to you this afternoon.",
      "Sure, let me just check that for you.",
      "Shall I book the engineer for Tuesday?",
      "Another customer reported the same issue, so we're on it.",
      "That's the best idea I've heard all week!",
      'Of course we did not delay your order on purpose, and I am sorry it took so long.',
      'Great job on the setup, everything is working now!',
      'Great, another step done: your account is verified.',
      'Oh great, glad it works now!',
      'You can book a Genius Bar appointment online, genius support is free.',
      'Good luck with your exam tomorrow!',
      'Thanks for letting us know.',
      'Great, another happy customer who loves the new app!',
      'Oh great, a second parcel for you arrived today, enjoy!',
      "You know best what works for your team, so I've set up both options.",
      'Congratulations on your new home! Your router moves with you.',
      "Wow, what a surprise for your birthday, enjoy the upgrade!",
      "Thanks for the photos, they help a lot.",
    ],
    invalid: [
      { text: "Yeah, [[as if we lost your suitcase for a laugh]].", rewrite: "Yeah, I understand how frustrating this is, and it wasn't what we wanted either." },
      { text: "Sure, [[because I love cutting people off mid-call]].", rewrite: "Sure, I understand how frustrating this is, and it wasn't what we wanted either." },
      { text: "[[Right, let me just teleport to your house and plug it in, shall I?]]", rewrite: "Let me see what I can do from here." },
      { text: "[[Oh sure, I'll just magic the parcel back from the depot]].", rewrite: "Let me see what I can do from here." },
      { text: "[[Here we go, another guest who thinks late checkout is free]].", rewrite: "Thanks for getting in touch." },
      { text: "That's [[an overreaction if I've ever seen one]].", rewrite: "That's a fair concern, and I understand it." },
      { text: "[[Thanks for the life story]], but the fee stays.", rewrite: "Thanks for explaining, but the fee stays." },
      { text: "[[Cool story]], the order is still cancelled.", rewrite: "Thanks for explaining, the order is still cancelled." },
      { text: '[[Of course you know better than our engineers]].', rewrite: 'Thanks for your input.' },
      { text: '[[Well done, you deleted the whole folder]].', rewrite: "Let's get this working again." },
      { text: '[[Oh brilliant, yet another user who never reads the manual]].', rewrite: 'Thanks for getting in touch.' },
      { text: '[[Oh lovely, a third email about the same invoice]].', rewrite: 'Thanks for getting in touch again.' },
      { text: 'Wow, [[nice work deleting the only backup]].', rewrite: "Wow, let's go through the steps together." },
      { text: '[[Yeah, because of course we lost your parcel on purpose]].', rewrite: "I'm sorry this happened." },
      { text: '[[Oh great, another genius who did not read the FAQ]].', rewrite: 'Thanks for getting in touch.' },
      { text: '[[Nice job, genius]].', rewrite: 'Thanks for letting us know.' },
      { text: 'Well, [[thanks for nothing]].', rewrite: 'Well, thank you for your patience.' },
      { text: 'You want a refund after two years? [[Good luck with that]].', rewrite: 'You want a refund after two years? I hope this helps.' },
      { text: '[[Surprise, surprise]], the update did not fix it.', rewrite: 'I am sorry about this, the update did not fix it.' },
    ],
  },
  de: {
    valid: [
      'Schön, dass du dich meldest, ich helfe dir gern.',
      'Natürlich haben wir Ihre Mail gelesen und kümmern uns darum.',
      'Wir haben die Funktion natürlich bewusst so gestaltet, damit Ihre Daten sicher bleiben.',
      'Herzlichen Glückwunsch zur neuen Wohnung!',
      'Schön, dass Sie sich melden!',
      'Glückwunsch, Sie haben es geschafft, die Anmeldung ist durch.',
      'Glückwunsch, Sie haben es geschafft, die Anmeldung ist durch!',
      'Herzlichen Glückwunsch, jetzt ist der Kredit abbezahlt und die Schulden sind weg!',
      'Natürlich haben wir das nicht absichtlich gemacht, und es tut mir leid.',
      'Na super, dann ist alles geklärt!',
      'Na toll, das freut mich, dass es wieder klappt!',
      'Herzlichen Glückwunsch zu Ihrem neuen Gerät!',
      'Glückwunsch, Sie haben gewonnen! 🎉',
      'Danke für Ihre Nachricht.',
      'Was für eine schöne Überraschung, Ihr Paket ist früher da.',
      'Glückwunsch! Ihr Konto ist jetzt freigeschaltet.',
      'Oh toll, das freut mich sehr!',
      'Oh super, der zweite Anlauf hat geklappt!',
      'Oh toll, die zweite Sendung ist schon da!',
      'Sind Sie mit der Lösung zufrieden?',
      'Ich habe den Tarif umgestellt, bist du jetzt zufrieden mit dem Preis?',
    ],
    invalid: [
      { text: '[[Toll, dass Ihnen das jetzt auch endlich auffällt]].', rewrite: 'Danke für den Hinweis.' },
      { text: 'Na klar, [[wir verschicken kaputte Ware ja extra, um Sie zu ärgern]].', rewrite: 'Na klar, das tut mir leid, da ist etwas schiefgegangen.' },
      { text: '[[Ja nee, is klar]].', rewrite: 'Verstehe.' },
      { text: '[[Gratuliere]], du hast es geschafft, dein Passwort zu sperren.', rewrite: 'Das tut mir leid, du hast es geschafft, dein Passwort zu sperren.' },
      { text: '[[Nett, dass du dich auch mal meldest]].', rewrite: 'Das tut mir leid.' },
      { text: '[[Glückwunsch]], du hast es tatsächlich geschafft, dein Konto zu sperren.', rewrite: 'Das tut mir leid, du hast es tatsächlich geschafft, dein Konto zu sperren.' },
      { text: '[[Herzlichen Glückwunsch]], damit sind die Fotos weg.', rewrite: 'Das tut mir leid, damit sind die Fotos weg.' },
      { text: '[[Na klar, wir haben Ihre Bestellung absichtlich storniert]].', rewrite: 'Es tut mir leid, dass das passiert ist.' },
      { text: '[[Na super]], du hast das Passwort schon wieder vergessen.', rewrite: 'Das tut mir leid, du hast das Passwort schon wieder vergessen.' },
      { text: '[[Na toll]], jetzt ist das Konto gesperrt.', rewrite: 'Das tut mir leid, jetzt ist das Konto gesperrt.' },
      { text: '[[Glückwunsch]], Sie haben das Gerät erfolgreich zerstört.', rewrite: 'Das tut mir leid, Sie haben das Gerät erfolgreich zerstört.' },
      { text: 'Tja, [[danke für nichts]].', rewrite: 'Tja, danke für Ihre Geduld.' },
      { text: 'Danke[[, du Genie]].', rewrite: 'Danke.' },
      { text: '[[Glückwunsch]], jetzt haben Sie alles gelöscht.', rewrite: 'Das tut mir leid, jetzt haben Sie alles gelöscht.' },
      { text: '[[Überraschung, Überraschung]]: das Update hat nichts gebracht.', rewrite: 'Das tut mir leid: das Update hat nichts gebracht.' },
      { text: '[[Ach super]], noch eine Mail wegen derselben Rechnung.', rewrite: 'Das tut mir leid, noch eine Mail wegen derselben Rechnung.' },
      { text: 'Erledigt. [[Jetzt zufrieden?]]', rewrite: 'Erledigt. Passt das so für Sie?' },
      { text: 'Hab ich gemacht. [[Bist du jetzt endlich glücklich??]]', rewrite: 'Hab ich gemacht. Passt das so für dich?' },
    ],
  },
};
