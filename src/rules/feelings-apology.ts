// "Sorry you feel that our service was lacking", "We regret that you feel disappointed", "I'm sorry
// you think we handled this badly", "Tut mir leid, dass Sie unseren Service als mangelhaft empfinden",
// "Wir bedauern, dass Sie enttäuscht sind": an apology for the customer's view or mood, not for what
// went wrong; and an apology hedged away ("Sorry you had a bad experience, I guess").
// "I'm sorry you had to wait", "es tut mir leid, dass Sie warten mussten" apologise for a fact and are fine.
import type { MatchContext, Rule, RuleExampleSet } from '../engine/types';
import { foldDe } from '../engine/de-fold';

const EN_EMOTION = String.raw`(?:disappointed|upset|frustrated|angry|unhappy|dissatisfied|annoyed|let\s+down|offended)`;
const DE_EMOTION = String.raw`(?:verärgert|enttäuscht|frustriert|unzufrieden|sauer|aufgebracht|verstimmt|gekränkt)`;

const enFeelRewrite = (ctx: MatchContext) => {
  const lead = ctx.groups.lead ?? 'sorry';
  return [`${lead} that we let you down`, `${lead} that this has been so frustrating`];
};
const deLeadRewrite = (ctx: MatchContext) => {
  const lead = (ctx.groups.lead ?? 'es tut mir leid').replace(/(?<!\s)\s*,$/u, '');
  const you = ctx.register === 'informal' ? 'dich' : 'Sie';
  const youDat = ctx.register === 'informal' ? 'dich' : 'Sie';
  return [`${lead}, dass wir ${you} enttäuscht haben`, `${lead}, dass das so ärgerlich für ${youDat} war`];
};

const DE_LEAD = String.raw`(?<lead>(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+)?leid|Entschuldigung|sorry|(?:ich\s+)?bedau(?:e)?re|(?:wir\s+)?bedauern(?:\s+es(?:\s+sehr)?)?|(?:ich\s+)?entschuldige\s+mich|(?:wir\s+)?entschuldigen\s+uns)`;

export const feelingsApology: Rule = {
  id: 'feelings-apology',
  category: 'insincere-apology',
  guidance: 'sincere-apology',
  description: 'An apology for the customer\'s view or mood ("sorry you feel …", "wir bedauern, dass Sie enttäuscht sind")',
  en: {
    patterns: [
      {
        // "We regret that you feel disappointed by our product", "I'm sorry you feel let down"
        re: new RegExp(String.raw`\b(?<hit>(?<lead>sorry|regret|apologi[sz]e)\s+(?:to\s+(?:hear|learn)\s+)?(?:that\s+)?(?:you|u)\s+(?:feel|felt|have\s+been\s+feeling)\s+(?:so\s+|a\s+bit\s+|very\s+|quite\s+)?(?:` + EN_EMOTION + String.raw`|ignored|unheard|neglected|mistreated|misled|overlooked|fobbed\s+off)(?:\s+(?:by|with|about)\s+(?:our|the|this|my)(?:\s+[\w'’-]+){1,2})?)\b`),
        // "I'm sorry you felt ignored, that's on us, and I'm handling your case" owns it.
        unless: /\b(?:that['’]?s\s+on\s+us|(?:our|my)\s+(?:fault|mistake)|we\s+should\s+have|I['’]?m\s+handling|I['’]?ve|I\s+have)\b/,
        rewrite: enFeelRewrite,
      },
      {
        // "I'm sorry that you're upset, but …": the mood apologised for, then the "no".
        re: new RegExp(String.raw`\b(?<hit>(?<lead>sorry|regret)\s+(?:that\s+)?(?:you|u)(?:['’]?re|\s+are|\s+were|\s+have\s+been)\s+(?:so\s+|a\s+bit\s+|very\s+)?` + EN_EMOTION + String.raw`)(?=\s*,?\s+but\b)`),
        rewrite: enFeelRewrite,
      },
      {
        // "Sorry you feel that our service was lacking", "I'm sorry you think we handled this badly"
        re: /\b(?:sorry|regret|apologi[sz]e)\s+(?:to\s+(?:hear|learn|read|see)\s+)?(?<hit>(?:that\s+)?(?:you|u)\s+(?:feel|felt|think|thought|believe|find|found|got\s+the\s+impression)(?:\s+(?:that|like))?)(?=\s+(?:we|I|our|the|this|it|my|you|your|nobody|no\s+one|they|there)\b)/,
        rewrite: () => ['that'],
      },
      {
        // "Apologies for your frustration", "we're sorry for your disappointment".
        re: /\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?<hit>for\s+your\s+(?:frustration|disappointment|upset|anger|feelings|dissatisfaction|distress|annoyance|unhappiness))\b/,
        rewrite: () => ['for the trouble we caused', 'for letting you down'],
      },
      {
        // "I'm sorry that our policy upsets you", "sorry the new pricing bothers you".
        re: /\b(?:sorry|regret)\s+(?<hit>(?:that\s+)?(?:our|the|this|my)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:upsets?|annoys?|bothers?|frustrates?|offends?|offended|disappoints?|disappointed|upset|annoyed|frustrated)\s+(?:you|u)\b)/,
        unless: /\b(?:I['’]?ve|I\s+have|I['’]?ll|I\s+will|we['’]?ve|we['’]?ll|changed|fixed)\b/,
        rewrite: () => ['that this has caused you trouble', 'that we let you down'],
      },
      {
        // "Sorry you had a bad experience, I guess."
        re: /\b(?:sorry|apologi[sz]e|apologies)\b[^.!?\n]{0,80}?(?<hit>,?\s+I\s+(?:guess|suppose)|,?\s+or\s+whatever)(?=\s*[.!]*\s*$)/,
        rewrite: () => [', and I want to make it right', ', and I will put it right'],
      },
      // "Sorry you were made to feel unwelcome", "apologies that you were left feeling ignored": the feeling, not what caused it.
      {
        re: /\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:to\s+(?:hear|learn)\s+)?(?<hit>(?:that\s+)?(?:you|u)\s+(?:were|have\s+been|['’]ve\s+been|got)\s+(?:made\s+to\s+feel|left\s+feeling)\s+(?:so\s+|a\s+bit\s+|very\s+|quite\s+|rather\s+)?(?<adj>[\w-]+))\b/,
        unless: /\b(?:on\s+us|our\s+(?:fault|mistake)|unacceptable|by\s+(?:our|my)\s+[\w-]+|I['’]?ve\s+(?:spoken|raised|escalated|refunded|passed)|I\s+have\s+(?:spoken|raised|escalated|refunded|passed))\b/,
        rewrite: (ctx) => [`that we made you feel ${(ctx.groups.adj ?? 'that way').toLowerCase()}`],
      },
      // "It's a shame you didn't enjoy the course", "too bad you feel that way", "pity you weren't happy with it".
      {
        re: /(?:\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is|what)\s+(?:a\s+)?(?:real\s+|great\s+)?|^(?:(?:a\s+)?(?:real\s+)?)?)(?:shame|pity|too\s+bad)\s+(?:that\s+)?(?:you|u)\s+(?:feel|felt|think|thought|didn['’]?t|did\s+not|weren['’]?t|were\s+not|aren['’]?t|are\s+not|don['’]?t|do\s+not|found|find|see|saw|were\s+(?:unhappy|disappointed|dissatisfied|not\s+happy)|had\s+(?:a\s+)?(?:bad|poor|negative))\b[^.!?;,]*/,
        unless: /\b(?:on\s+us|our\s+(?:fault|mistake)|sorry\s+we|I['’]?ve|I\s+have|we['’]?ve|we\s+have|I['’]?ll|I\s+will|let\s+me)\b|\?/,
        rewrite: () => ["I'm sorry this didn't work out for you"],
      },
    ],
    message: 'This apologises for the customer\'s feelings, not for the problem',
    explanation:
      'Apologising for how the customer feels or sees it suggests the problem is in their head. Apologise for what actually went wrong and say what you are doing about it.',
    rewrite: () => ['that'],
  },
  de: {
    patterns: foldDe([
      {
        // "Tut mir leid, dass Sie unseren Service als mangelhaft empfinden", "… dass Sie meinen, wir hätten …",
        // "tut mir leid wenn du das gefühl hast …"
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+(?:falls|wenn|dass)\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){0,5}?(?:empfinden|empfindest|empfunden|meinen|meinst|denken|denkst|glauben|glaubst|(?:das|den)\s+(?:Gefühl|Eindruck)\s+(?:haben|hast|hatten|hattest|(?:bekommen|gewonnen|gehabt)\s+(?:haben|hast)))(?:\s+(?:haben|hast|hatten|hattest))?(?![\p{L}])(?:\s*,?\s+(?:dass\s+)?(?:wir|ich|das|es|unser|unsere|mein|meine)(?:\s+[^\s,.;:!?]+){1,8})?)`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        // "Wir bedauern, dass Sie von unserem Produkt enttäuscht sind"; "Es tut mir leid, dass Sie verärgert sind, aber …"
        re: new RegExp(String.raw`(?<hit>(?<lead>(?:ich\s+)?bedau(?:e)?re|(?:wir\s+)?bedauern)(?:\s+es(?:\s+sehr)?)?\s*,?\s+dass\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){0,4}?(?:` + DE_EMOTION + String.raw`|nicht\s+(?:ganz\s+|mehr\s+)?zufrieden)` + String.raw`\s+(?:sind|bist|waren|warst))(?![\p{L}])`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        re: new RegExp(String.raw`(?<hit>(?<lead>(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+)?leid|Entschuldigung|sorry)\s*,?\s+dass\s+(?:Sie|du)\s+(?:so\s+|sehr\s+)?` + DE_EMOTION + String.raw`\s+(?:sind|bist|waren|warst))(?=\s*,?\s*aber(?![\p{L}]))`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        // The mood alone, nothing else in the sentence: "Es tut mir leid, dass Sie so verärgert sind.", "Sorry, dass du dich aufregst."
        re: new RegExp(String.raw`(?<hit>(?<lead>(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+|echt\s+)?leid|Entschuldigung|sorry)\s*,?\s+dass\s+(?:Sie|du)\s+(?:(?:so|sehr|gerade|jetzt|mit\s+\p{L}+\s+\p{L}+)\s+)?(?:` + DE_EMOTION + String.raw`\s+(?:sind|bist)|nicht\s+(?:ganz\s+|so\s+)?(?:zufrieden|einverstanden|glücklich|begeistert|überzeugt)\s+(?:sind|bist)|anderer\s+Meinung\s+(?:sind|bist)|(?:sich|dich)\s+(?:(?:so|sehr|darüber|über\s+(?:\p{L}+\s+){1,2}?)\s*)?(?:aufregen|aufregst|ärgern|ärgerst)))(?=\s*[.!]?\s*$|\s*,?\s*aber(?![\p{L}]))`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        // "Wir bedauern, dass Sie sich veranlasst sahen, sich zu beschweren", "... dass Sie sich entschieden haben, uns schlecht zu bewerten"
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:sich|dich)\s+(?:(?:veranlasst|genötigt|gezwungen)\s+(?:sahen|sahst|fühlten|gesehen\s+(?:haben|hast)|gefühlt\s+(?:haben|hast))|entschieden\s+(?:haben|hast)|entschlossen\s+(?:haben|hast))\s*,?\s+(?:[^\s,.;:!?]+\s+){0,4}?zu\s+(?:beschweren|bewerten|kündigen|melden|wenden|äußern))(?![\p{L}])`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        // "Ich entschuldige mich für Ihren Ärger", "Es tut mir leid für Ihre Enttäuschung"
        re: /(?<![\p{L}])(?:entschuldige\s+mich|entschuldigen\s+(?:wir\s+)?uns|Entschuldigung|sorry|tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+|echt\s+)?leid|bedauern|bedaure|bedauere)\s+(?:für\s+)?(?<hit>(?:Ihren|deinen)\s+(?:Ärger|Frust|Unmut|Eindruck)|(?:Ihre|deine)\s+(?:Frustration|Enttäuschung|Verärgerung|Unzufriedenheit|Empörung|Aufregung|Wut|Verstimmung))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'den Ärger, den wir dir gemacht haben' : 'den Ärger, den wir Ihnen gemacht haben'],
      },
      {
        // "Es tut mir leid, dass Sie sich von den neuen Preisen enttäuscht fühlen", "Sorry, dass du dich übergangen fühlst"
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:sich|dich)\s+(?:[^\s,.;:!?]+\s+){0,5}?(?:` + DE_EMOTION + String.raw`|ungerecht\s+behandelt|schlecht\s+behandelt|ignoriert|(?:ü|ue)bergangen|abgezockt|hintergangen|allein\s+gelassen|im\s+Stich\s+gelassen|nicht\s+ernst\s+genommen|unverstanden|benachteiligt)\s+(?:f(?:ü|ue)hlen|f(?:ü|ue)hlst|f(?:ü|ue)hlten|f(?:ü|ue)hltest|gef(?:ü|ue)hlt\s+(?:haben|hast)))(?![\p{L}])`, 'iu'),
        unless: /(?<![\p{L}])(?:unser\s+Fehler|mein\s+Fehler|zu\s+Recht|(?:wir|ich)\s+hätten|hätte\s+ich|hätten\s+wir|(?:Sie\s+hatten|du\s+hattest)\s+(?:völlig\s+|absolut\s+|vollkommen\s+)?[Rr]echt)(?![\p{L}])/u,
        rewrite: deLeadRewrite,
      },
      {
        // "Schade, dass Sie mit dem Zimmer nicht zufrieden waren", "schade, dass du enttäuscht bist"
        re: new RegExp(String.raw`(?<hit>(?:(?:es\s+ist|wirklich|sehr|echt|sehr\s+)\s*)?schade\s*,?\s+dass\s+(?:Sie|du)\s+(?:[^\s,.;:!?]+\s+){0,4}?(?:` + DE_EMOTION + String.raw`|nicht\s+(?:ganz\s+|so\s+)?(?:zufrieden|gl(?:ü|ue)cklich|begeistert|(?:ü|ue)berzeugt))\s+(?:sind|bist|waren|warst|gewesen\s+(?:sind|bist)))(?![\p{L}])`, 'iu'),
        rewrite: (ctx) => [ctx.register === 'informal' ? 'es tut mir leid, dass wir dich enttäuscht haben' : 'es tut mir leid, dass wir Sie enttäuscht haben'],
      },
      {
        // "Wir bedauern, dass Sie sich zu einer Beschwerde veranlasst sahen"
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:sich|dich)\s+zu\s+(?:einer|dieser|der)\s+(?:schlechten\s+)?(?:Beschwerde|Reklamation|Kündigung|Bewertung)\s+(?:veranlasst|genötigt|gezwungen)\s+(?:sahen|sahst|fühlten|fühltest|gesehen\s+(?:haben|hast)|gefühlt\s+(?:haben|hast)))(?![\p{L}])`, 'iu'),
        rewrite: deLeadRewrite,
      },
      {
        // "Ich bedaure, dass Ihnen unsere Entscheidung nicht gefällt", "Schade, dass dir unser Service nicht gefallen hat"
        re: new RegExp(String.raw`(?<hit>(?<lead>(?:es\s+tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+)?leid|(?:ich\s+)?bedau(?:e)?re|(?:wir\s+)?bedauern(?:\s+es)?|(?:(?:es\s+ist|wirklich|sehr|echt)\s+)?schade|sorry|Entschuldigung))\s*,?\s+dass\s+(?:Ihnen|dir|euch)\s+(?:[^\s,.;:!?]+\s+){0,4}?nicht\s+(?:gefällt|gefaellt|gefallen\s+hat|gefiel|zusagt|zugesagt\s+hat))(?![\p{L}])`, 'iu'),
        unless: /(?<![\p{L}])(?:ich\s+(?:schicke|habe|hab|kümmere|erstatte|tausche|buche)|unser\s+Fehler|zu\s+Recht)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'es tut mir leid, dass wir dich enttäuscht haben' : 'es tut mir leid, dass wir Sie enttäuscht haben'],
      },
      {
        // "Es tut uns leid, dass Sie diese Erfahrung gemacht haben." (nothing named, nothing done)
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:diese|so\s+eine|eine\s+solche|eine\s+(?:schlechte|negative|unangenehme|enttäuschende|unschöne))\s+Erfahrung\s+(?:mit\s+uns\s+)?gemacht\s+(?:haben|hast))(?=\s*[.!]?\s*$)`, 'iu'),
        rewrite: deLeadRewrite,
      },
      // Regretting the customer's view instead of our part: "Bedauerlich, dass der Kurs nicht Ihren Erwartungen entsprochen hat",
      // "Schade, dass Sie unsere Preise als zu hoch empfinden", "wir bedauern, dass du das so siehst".
      {
        re: /(?<hit>(?:(?:(?:es|das)\s+ist\s+|wirklich\s+|sehr\s+|echt\s+)?(?:schade|bedauerlich)|(?:ich\s+)?bedau(?:e)?re(?:\s+es)?|(?:wir\s+)?bedauern(?:\s+es)?)\s*,?\s+dass\s+(?:[^\s,.;:!?]+\s+){1,5}?(?:nicht\s+(?:ganz\s+|so\s+)?(?:Ihren|deinen|euren)\s+(?:Erwartungen|Vorstellungen|Wünschen|Ansprüchen)\s+(?:entsprochen|gerecht\s+geworden|genügt)\s+(?:hat|haben|ist|sind)|(?:Ihre|deine|eure)\s+(?:Erwartungen|Vorstellungen)\s+nicht\s+(?:erfüllt|getroffen)\s+(?:hat|haben)|als\s+(?:[^\s,.;:!?]+\s+){0,2}?[^\s,.;:!?]+\s+(?:empfinden|empfindest|empfunden\s+(?:haben|hast)|wahrnehmen|wahrnimmst|wahrgenommen\s+(?:haben|hast)|ansehen|betrachten|betrachtest)|(?:das|es)\s+so\s+(?:sehen|siehst|empfinden|empfindest|wahrnehmen|wahrnimmst)))(?![\p{L}])/u,
        unless: /(?<![\p{L}])(?:unser\s+Fehler|mein\s+Fehler|ich\s+(?:habe|hab|schicke|erstatte|buche)|(?:habe|hab)\s+ich|wir\s+haben)(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'es tut mir leid, dass wir dich nicht überzeugen konnten' : 'es tut mir leid, dass wir Sie nicht überzeugen konnten'],
      },
      // Broad: regret about the customer's state or decision with a longer gap: "Wir bedauern, dass Sie mit der Entscheidung der Kasse unzufrieden sind",
      // "Es tut uns leid, dass Sie sich zu dieser Bewertung entschieden haben".
      {
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:(?:[^\s,.;:!?]+\s+){0,7}?(?:` + DE_EMOTION + String.raw`|unglücklich|ungl(?:ü|ue)cklich|nicht\s+(?:ganz\s+|so\s+|mehr\s+)?(?:zufrieden|einverstanden|gl(?:ü|ue)cklich|(?:ü|ue)berzeugt))\s+(?:sind|bist|waren|warst|gewesen\s+(?:sind|bist))|(?:sich|dich)\s+(?:[^\s,.;:!?]+\s+){0,4}?(?:Bewertung|Beschwerde|Rezension|Reklamation|diesem\s+Schritt|Schritt)\s+(?:entschieden|entschlossen)\s+(?:haben|hast)))(?![\p{L}])`, 'iu'),
        unless: /(?<![\p{L}])(?:weil|unser\s+Fehler|bei\s+uns\s+lag|(?:ich|wir)\s+(?:habe|haben|schicke|schicken|k(?:ü|ue)mmere|k(?:ü|ue)mmern|erstatte|erstatten|buche|buchen|tausche|tauschen|kl(?:ä|ae)re|kl(?:ä|ae)ren|versuche|versuchen|pr(?:ü|ue)fe|pr(?:ü|ue)fen))(?![\p{L}])/u,
        rewrite: deLeadRewrite,
      },
      // Broad: "Wir bedauern, dass Sie diesen Eindruck gewonnen haben."
      {
        re: new RegExp(String.raw`(?<hit>` + DE_LEAD + String.raw`\s*,?\s+dass\s+(?:Sie|du)\s+(?:(?:diesen|den|so\s+einen|einen\s+solchen|einen\s+falschen|einen\s+schlechten)\s+Eindruck|(?:dieses|das|so\s+ein)\s+Gef(?:ü|ue)hl)\s+(?:(?:von\s+uns|bei\s+uns)\s+)?(?:gewonnen|bekommen|gehabt|erhalten)\s+(?:haben|hast))(?![\p{L}])`, 'iu'),
        rewrite: deLeadRewrite,
      },
      // Round 3: sorry for how the customer took it, liked it or reacts ("Entschuldigen Sie, dass Ihnen unsere Antwort nicht
      // gefällt", "Wir bedauern es, wenn Sie mit der Reparatur nicht zufrieden waren", "dass es für Sie so rübergekommen ist").
      {
        re: new RegExp(String.raw`(?<hit>(?:(?:es\s+)?tut\s+(?:mir|uns)\s+(?:sehr\s+|wirklich\s+|echt\s+)?leid|entschuldigen\s+Sie(?:\s+bitte)?|entschuldige(?:\s+bitte)?|Entschuldigung|sorry|(?:ich\s+)?bedau(?:e)?re(?:\s+es)?|(?:wir\s+)?bedauern(?:\s+es)?)\s*,?\s+(?:dass|wenn|falls|sofern)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:nicht\s+(?:so\s+|ganz\s+)?(?:gef(?:ä|ae)llt|gefallen\s+(?:hat|haben)|gefiel|zusagt|zugesagt\s+hat)|missf(?:ä|ae)llt|missfallen\s+hat|(?:nicht\s+(?:ganz\s+|so\s+|mehr\s+)?zufrieden|unzufrieden|nicht\s+einverstanden)(?:\s+(?:sind|bist|seid|waren|warst|wart|gewesen\s+(?:sind|bist)))?|so\s+(?:r(?:ü|ue)ber|her(?:ü|ue)ber|an)gekommen\s+(?:ist|sein\s+sollte)|so\s+(?:r(?:ü|ue)ber|an)kam|so\s+(?:empfunden|aufgefasst|wahrgenommen|verstanden)\s+(?:haben|hast)|(?:sich|dich)\s+(?:so\s+|darüber\s+|über\s+[^\s,.;:!?]+\s+(?:[^\s,.;:!?]+\s+)?)?(?:aufregen|aufregst|ärgern|ärgerst|aergern|aergerst)))(?![\p{L}])`, 'u'),
        unless: /(?<![\p{L}])(?:erstatt\p{L}*|gutgeschrieben|gutschreiben|unser(?:\s+\p{L}+)?\s+Fehler|mein\s+Fehler|ersetze\p{L}*|tausche\p{L}*|kostenlos|zu\s+Recht|(?:weil|da)\s+wir|(?:ich|wir)\s+(?:schicke|schicken|habe|haben|hab|kümmere|kümmern|buche|buchen|hole|holen))(?![\p{L}])/u,
        rewrite: (ctx) => [ctx.register === 'informal' ? 'es tut mir leid, dass das für dich so ärgerlich ist' : 'es tut mir leid, dass das für Sie so ärgerlich ist'],
      },
    ]),
    message: 'Das entschuldigt das Gefühl des Kunden, nicht das Problem',
    explanation:
      'Wer sich für die Sichtweise oder Stimmung des Kunden entschuldigt, legt nahe, das Problem liege bei ihm. Entschuldigen Sie sich für das, was schiefgelaufen ist, und sagen Sie, was Sie tun.',
    rewrite: deLeadRewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "It's a shame the parcel was late, and that's on us, so I've refunded the shipping.",
      "What a shame your trip was spoiled by our delay, I've refunded the night.",
      "Shame about the weather, but the event is indoors!",
      "I'm so sorry you were made to feel unwelcome by our staff, that's unacceptable and I've spoken to the manager.",
      "I'm sorry you had to wait so long for an answer.",
      "I'm so sorry you feel unwell, I've moved your appointment to next week.",
      "I'm sorry we let you down, I've refunded the shipping.",
      "I'm sorry you're upset, and you have every right to be: we sent the wrong size.",
      "Sorry, I guess I misread your first message.",
      'I think you are right, sorry for the mix-up.',
      "Sorry to hear you've been waiting so long, I've sorted it now.",
      "I'm sorry to hear you found a bug, thanks for reporting it.",
      "I'm sorry the new pricing upset you, so I've kept you on your old plan.",
      "I'm sorry you felt ignored, that's on us, and I'm handling your case from now on.",
    ],
    invalid: [
      { text: "I'm sorry [[you were left feeling ignored]].", rewrite: "I'm sorry that we made you feel ignored." },
      { text: "[[Shame you didn't like the hotel]].", rewrite: "I'm sorry this didn't work out for you." },
      { text: "[[It's a pity you feel that way]].", rewrite: "I'm sorry this didn't work out for you." },
      { text: "Apologies [[for your frustration]].", rewrite: "Apologies for the trouble we caused." },
      { text: "I'm sorry [[that our policy upsets you]].", rewrite: "I'm sorry that this has caused you trouble." },
      { text: "We're sorry to learn [[that you think]] our fees are unfair.", rewrite: "We're sorry to learn that our fees are unfair." },
      { text: "We're [[sorry you felt frustrated with our support]].", rewrite: "We're sorry that we let you down." },
      { text: "I'm [[sorry that you are disappointed]], but that's our offer.", rewrite: "I'm sorry that we let you down, but that's our offer." },
      { text: "I'm sorry [[you think]] our courier was rude.", rewrite: "I'm sorry that our courier was rude." },
      { text: 'Sorry the update broke your settings[[, I guess]].', rewrite: 'Sorry the update broke your settings, and I want to make it right.' },
    ],
  },
  de: {
    valid: [
      'Es tut mir leid, dass Ihnen der Kurs nicht gefallen hat; ich erstatte Ihnen die Gebühr.',
      'Entschuldigen Sie bitte die lange Wartezeit.',
      'Es tut uns leid, dass die Reparatur nicht geklappt hat, wir holen das Gerät morgen ab.',
      'Es tut mir leid, dass Sie mit der Abrechnung unzufrieden sind, weil wir den Tarif falsch eingestellt haben.',
      'Schön, dass Sie sich für eine Bewertung entschieden haben.',
      'Es tut mir leid, dass Sie sich über die doppelte Abbuchung ärgern mussten, das war unser Fehler.',
      'Es tut mir leid, dass Sie sich ungerecht behandelt gefühlt haben, Sie hatten völlig recht.',
      "Es tut mir leid, dass Sie enttäuscht sind, weil das Paket kaputt ankam; ich schicke heute Ersatz.",
      "Ihre Frustration verstehe ich, die Wartezeit war viel zu lang.",
      "Ich entschuldige mich für die Verzögerung und Ihren verlorenen Vormittag.",
      'Es tut mir leid, dass Sie so lange warten mussten.',
      'Es tut mir leid, dass Sie verärgert sind, und ich verstehe das: Wir haben die falsche Größe geschickt.',
      'Wir bedauern sehr, dass die Lieferung zu spät kam.',
      'Ich glaube, Sie haben recht, Entschuldigung für das Durcheinander.',
      'Es tut mir leid, dass Sie sich ignoriert gefühlt haben, das war unser Fehler.',
      'Schade, dass es mit dem Termin nicht geklappt hat, ich buche Ihnen gern einen neuen.',
      'Ich möchte auf keinen Fall, dass du dich übergangen fühlst, deshalb rufe ich dich an.',
      'Schade, dass du nicht mehr dabei bist, du kannst jederzeit zurückkommen.',
      'Es tut mir leid, dass Ihnen das Gerät nicht gefällt, ich schicke Ihnen ein Rückgabeetikett.',
      'Es tut mir leid, dass Sie diese Erfahrung gemacht haben, und ich habe die Filialleitung informiert.',
      'Schade, dass es am Samstag nicht geklappt hat – ich habe Ihnen einen neuen Termin reserviert.',
      'Wir bedauern, dass das Hotel nicht Ihren Vorstellungen entsprochen hat, und ich habe Ihnen den Aufpreis erstattet.',
    ],
    invalid: [
      { text: '[[Wir bedauern es, wenn du mit dem Mietwagen nicht zufrieden warst]].', rewrite: 'Es tut mir leid, dass das für dich so ärgerlich ist.' },
      { text: '[[Entschuldigen Sie, dass Ihnen die neue Tarifstruktur nicht gefällt]].', rewrite: 'Es tut mir leid, dass das für Sie so ärgerlich ist.' },
      { text: '[[Wir bedauern, dass Sie diesen Eindruck gewonnen haben]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: '[[Wir bedauern, dass du mit der Abrechnung vom letzten Monat nicht zufrieden bist]].', rewrite: 'Wir bedauern, dass wir dich enttäuscht haben.' },
      { text: '[[Es tut uns leid, dass Sie sich zu einer schlechten Bewertung entschieden haben]].', rewrite: 'Es tut uns leid, dass wir Sie enttäuscht haben.' },
      { text: '[[Tut mir leid, dass du mit dem Ergebnis nicht glücklich bist]].', rewrite: 'Tut mir leid, dass wir dich enttäuscht haben.' },
      { text: '[[Sorry, dass du dich so aufregst]], aber die Regel gilt für alle.', rewrite: 'Sorry, dass wir dich enttäuscht haben, aber die Regel gilt für alle.' },
      { text: '[[Es tut uns leid, dass Sie mit der Lösung nicht einverstanden sind]].', rewrite: 'Es tut uns leid, dass wir Sie enttäuscht haben.' },
      { text: "[[Es tut mir leid, dass Sie so verärgert sind]].", rewrite: "Es tut mir leid, dass wir Sie enttäuscht haben." },
      { text: "Ich entschuldige mich für [[Ihren Ärger]].", rewrite: "Ich entschuldige mich für den Ärger, den wir Ihnen gemacht haben." },
      { text: "[[Wir bedauern es sehr, dass Sie unzufrieden sind]].", rewrite: "Wir bedauern, dass wir Sie enttäuscht haben." },
      { text: '[[Es tut mir leid, dass Sie unsere Beratung als unfreundlich empfunden haben]].', rewrite: 'Es tut mir leid, dass wir Sie enttäuscht haben.' },
      { text: '[[Wir bedauern, dass Sie mit der Reparatur unzufrieden sind]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: '[[Sorry, wenn du das Gefühl hast]].', rewrite: 'Sorry, dass wir dich enttäuscht haben.' },
      { text: '[[Tut mir leid, dass Sie so verärgert sind]], aber mehr geht nicht.', rewrite: 'Tut mir leid, dass wir Sie enttäuscht haben, aber mehr geht nicht.' },
      { text: '[[Tut mir leid, dass du dich von uns im Stich gelassen fühlst]].', rewrite: 'Tut mir leid, dass wir dich enttäuscht haben.' },
      { text: '[[Wir bedauern, dass Sie sich ungerecht behandelt fuehlen]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: '[[Schade, dass Sie mit der Reparatur nicht ganz zufrieden sind]].', rewrite: 'Es tut mir leid, dass wir Sie enttäuscht haben.' },
      { text: 'Hm, [[schade, dass du enttäuscht bist]].', rewrite: 'Hm, es tut mir leid, dass wir dich enttäuscht haben.' },
      { text: '[[Wir bedauern, dass Sie sich zu einer Beschwerde veranlasst sahen]].', rewrite: 'Wir bedauern, dass wir Sie enttäuscht haben.' },
      { text: '[[Schade, dass dir unser Service nicht gefallen hat]].', rewrite: 'Es tut mir leid, dass wir dich enttäuscht haben.' },
      { text: '[[Es tut uns leid, dass Sie eine schlechte Erfahrung gemacht haben]].', rewrite: 'Es tut uns leid, dass wir Sie enttäuscht haben.' },
      { text: '[[Schade, dass du unsere Lieferzeiten als zu lang empfindest]].', rewrite: 'Es tut mir leid, dass wir dich nicht überzeugen konnten.' },
      { text: '[[Wir bedauern, dass das Hotel nicht Ihren Vorstellungen entsprochen hat]].', rewrite: 'Es tut mir leid, dass wir Sie nicht überzeugen konnten.' },
    ],
  },
};
