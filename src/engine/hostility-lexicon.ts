// Hand-curated word lists for hostility in a customer's message (insults, profanity, contempt).
//
// The German lists were written by hand for helpdesk messages and extended by reading the
// training part of the GermEval 2018 shared task on offensive German tweets
// (uds-lsv/GermEval-2018-Data, germeval2018.training.txt, licence CC BY 4.0:
// Wiegand, Siegel, Ruppenhofer, "Overview of the GermEval 2018 Shared Task on the
// Identification of Offensive Language", 2018). Only words and stems were taken, no tweet
// text; the test file was not used to pick words.
//
// Notation, matched against one lower-cased word at a time:
//   "word"   the word itself
//   "word*"  words starting with it (dumm* → dumme, dummheit)
//   "*word"  compounds ending in it (*pack → medienpack, dreckspack)
//   "*word*" words containing it

/** Weight 3: insults and slurs aimed at a person; one is enough to call the message abusive. */
export const STRONG_DE = [
  'arsch*', '*arsch', '*arschloch', '*arschlöcher', 'hurensohn*', '*hure', 'huren*', 'wichser*', 'fotze*', 'schlampe*',
  'missgeburt*', 'bastard*', 'idiot*', '*idiot', '*idioten', 'vollidiot*', 'volltrottel*', 'trottel*', 'depp*', '*depp',
  'vollpfosten*', 'spast*', 'spacko*', 'mongo', 'behindert*', 'schwachkopf*', 'schwachköpf*', 'schwachmat*',
  'hohlkopf*', 'hohlköpf*', 'hohlbirne*', 'dummkopf*', 'dummköpf*', 'strohkopf*', 'pfeife', 'pfeifen', 'penner*', 'pisser*',
  'dreckskerl*', 'drecks*', 'mistkerl*', 'miststück*', 'abschaum', 'gesindel', '*gesindel', '*pack', 'pack',
  'pöbel', '*pöbel', '*brut', 'geschmeiß', 'ratten', 'schweine', 'schwein', 'sau', 'drecksau*', '*sau', 'affen',
  'schmarotzer*', 'parasit*', 'vasall*', 'invasor*', 'volksverräter*', 'lügenpresse*', 'lügenmedien*',
  'lügner*', 'verlogen*', 'heuchler*', 'versager*', 'verbrecher*', 'kriminelle', 'kriminellen', 'gauner*',
  'betrüger*', 'abzocker*', 'halsabschneider*', 'saftladen*', 'drecksladen*', 'scheißladen*', 'scheissladen*',
  'verpiss*', 'fresse', 'maul', 'kotz*', '*kotz*', 'scheiß*', 'scheiss*', 'scheiße', 'scheisse', '*scheiß*', '*scheiss*',
  'fick*', 'gefickt*', 'kacke', '*kacke', 'dünnschiss*', 'hirnlos*', 'hirnverbrannt*', 'hirni*', 'gehirnamputiert*',
  'nafri*', 'kanake*', 'neger*', 'kopftuchmädchen', 'gutmensch*', 'antifant*', 'linksgrünversifft*', 'versifft*',
  'murksel', 'nulltipper*', 'taugenichts*', 'analphabet*', 'schwachsinn*', 'bekloppt*', 'beknackt*', 'bescheuert*',
  'dämlich*', 'dussel*', 'doof*', 'vollhonk*', 'honk', 'spinner*', 'wahnsinnige*', 'geisteskrank*',
  'unverschämt*', 'frechheit*', 'verarsch*', 'abzocke*', 'verrecken', 'verreck*',
  // general German abuse vocabulary (written by hand, not taken from the data)
  'dummschwätz*', 'schwachsinnig*', 'psychopath*', 'verblödet*', 'verblödung', 'vollhorst*', 'pfosten', 'lappen',
  'hackfresse*', 'fettsack*', 'drecksack*', 'sack', 'lump', 'lumpen*', 'halunke*', 'schurke*', 'kinderschänder*',
  'hetzpresse*', 'systemmedien', 'systemling*', 'umvolkung', 'landesverräter*', 'nutte*', '*nutte',
  'flittchen', 'bimbo*', 'kümmeltürk*', 'polacke*', 'ziegenficker*', 'scheinasylant*', 'linksfaschist*',
  'ökofaschist*', 'islamfaschist*', 'feminazi*', 'genderwahn*', 'gendergaga', 'zecke', 'zecken', 'arschkriecher*',
  'speichellecker*', 'schleimer*', 'schmierfink*', 'schmutzfink*', 'lügenmaul*', 'lügenbaron*', 'lügenkanzler*',
  'goldstück*', 'messermänner', 'messerstecher*', 'musel*', 'muselman*', 'islamnazi*', 'faschopack', 'drecksvolk',
  'geistesgestört*', 'minderbemittelt*', 'unterbelichtet*', 'hirnamputiert*', 'hirntot*',
  'ratte', '*ratten', '*ratte', 'fratze*', '*fratze', '*fratzen', 'memme*', 'stinkstiefel*', 'stinktier*', 'saublöd*',
  'saudumm*', 'schwanz', 'wendehals', 'wendehälse', 'kotzbrocken', 'unkraut', 'spackn*', 'vollversager*', 'nichtsnutz*', 'idiotisch*',
  // Insult nouns as the head of a compound stay insults ("Sozialschmarotzer", "Politclown",
  // "Vollspacken"); general German word formation, checked against the training file for
  // ordinary compounds (see NOT_HOSTILE in customer.ts).
  '*schmarotzer', '*schmarotzern', '*trottel', '*trotteln', '*versager', '*versagern', '*lügner', '*lügnern', '*heuchler',
  '*schlampe', '*schlampen', '*spacken', 'spacken', 'vollspack*', '*penner', '*wichser', '*pisser', '*clown', '*clowns',
  '*kasper', '*hetzer', 'stümper*', '*stümper', 'dilettant*', 'schweinepriester*', 'lachnummer*', 'dumpfbacke*',
  'vollpfosten', 'knalltüte*', 'flachpfeife*', 'pappnase*', 'hampelmann*', 'hampelmänner*', 'witzbold*', 'dödel*',
  // More general German insult nouns (written by hand from common usage, not from the data):
  // people called weaklings, fools, animals or vermin, and racist and homophobic slurs.
  'nigger*', '*nigger', '*neger', 'kanack*', '*kanacken', '*kanake', '*kanaken', 'schwuchtel*', 'tunte', 'tunten',
  'untermensch*', 'luder', 'waschlappen', 'wicht', 'schwätzer*', '*schwätzer', 'großmaul', 'großmäul*', 'blödmann*',
  'blödmänner', 'weichei*', 'lusche', 'luschen', 'schnösel', 'lackaffe*', 'hanswurst*', 'tölpel*', 'hornochse*',
  'rindvieh*', 'armleuchter', 'knallkopf*', 'knallköpf*', '*bratze', 'bratze', 'spatzenhirn*', 'erbsenhirn*',
  'dummbatz*', 'dummbeutel*', 'hohlbratze*', '*visage', 'visage', '*fresse', 'schandmaul*', 'lügenbrut', 'drecksbrut',
  'wichs*', 'titten', 'vollhonk*', 'vollspaten*', 'volldepp*', 'vollkoffer*', 'kackbratze*', 'spasst*', 'spasti*',
  'schabracke*', 'maulaufreißer*', 'wichtigtuer*', 'sesselfurzer*', 'sesselpupser*', 'sesselschnarcher*', 'scherge', 'schergen',
];

/** Weight 2: contempt, abuse of groups and rude words that are not always aimed at a person. */
export const MEDIUM_DE = [
  'dumm*', 'blöd*', 'gestört*', 'hirn', 'gehirn', 'iq', 'dummheit', 'unfähig*', 'inkompetent*', 'inkompetenz',
  'armselig*', 'erbärmlich*', 'peinlich*', 'widerlich*', 'ekelhaft*', 'eklig*', 'pfui', 'dreck', '*dreck', 'müll',
  'mist', 'misthaufen', 'verdammt*', 'verflucht*', 'lügen', 'lügt', 'gelogen', 'belogen', 'lügenpack', 'zensur*',
  'diktatur*', '*diktatur', 'regime', '*regime', 'staatsfunk', 'systempresse', 'msm', 'altparteien', 'gestapo',
  'stasi', 'faschist*', 'nazi*', 'rassist*', 'hetze*', 'hetzer*',
  'sozialtourist*', 'vergewaltiger*',
  'davonjagen', 'davongejagt', 'verjagen', 'entsorgen', 'entsorgt', 'einsperren', 'wegsperren', 'rausschmeißen',
  'schande', 'pest', 'bande', 'mafia', 'clown*', 'kasper*', 'witzfigur*', 'lachnummer', 'marionette*', 'handpuppe*',
  'feigling*', 'feige', 'heuchelei', 'gelaber', 'geschwätz', 'gequatsche', 'labern', 'schwafel*', 'quatsch',
  'unerträglich*', 'abartig*', 'verkommen*', 'primitiv*', 'asozial*', 'assi', 'assis', 'proll*', 'fett', 'fette',
  'dicke', 'kuh', 'trulla', 'tussi*', 'weib', 'zicke*', 'hexe', 'bonze*', 'verräter*', 'verrat', 'mörder*',
  'ermordet', 'totschlagen', 'aufhängen', 'vernichtet', 'vernichten', 'zerstört', 'zerstören', 'schulabschluss',
  'hauptschulabschluss', 'ahnungslos*', 'lächerlich*', 'frech*', 'zumutung', 'sauerei', 'skandal*', 'katastrophe',
  'schweinerei', 'rotzfrech*', 'dreist*', 'hass*', 'hasse', 'hasst', 'ätzend', 'nervig', 'scheinheilig*',
  '*versenken', '*mussweg', 'sozen', 'sozis', 'grünling*', 'linksversifft*', 'bahnhofsklatscher*', 'teddywerfer*',
  'kanzlerette', 'kulturbereicher*', 'merkelgäste', 'knast',
  'wahnsinn', 'irrsinn*', 'blödsinn', 'unsinn', 'schwachsinn', 'schmarrn', 'humbug', 'heuchler', 'korrupt*',
  'kriminell*', 'verbrecherisch*', 'betrug', 'betrügen', 'verarschung', 'zensiert', 'hetzen', 'hetzt',
  'gehirnwäsche', 'pfui', 'widerwärtig*', 'eklig', 'ekel*', 'niveaulos*', 'hohl', 'verblendet*',
  '*verbrecher', '*verräter', '*heuchlerin', 'gesindel*',
  'größenwahn*', 'peinlichkeit', 'verrückt*', 'barbar*', 'horde', 'horden', '*weiber', 'weiber', 'verseuch*',
  'hässlich*', 'häßlich*', 'stinkt', 'stinken', 'söldner', 'schulabbrecher', 'bekloppte*', 'dreckspack', 'schmutz', 'gesocks', 'mischpoke', 'muschpoke', 'brühe',
  // Contempt words of general German (by hand): weak or mad people, vermin, vulgar body words,
  // pejorative compound heads ("Dumpfbacke", "Matschbirne", "Querkopp").
  'ungeziefer', 'geschmeiß', 'psycho', 'psychos', 'freak', 'freaks', 'loser', 'pimmel', 'bepiss*', 'pisse', 'pissen',
  '*backe', '*birne', '*kopp', 'heini', '*heini', 'großkotz*', 'angeber*', 'besserwisser*', 'schmierlappen',
  'jammerlappen', 'trottelig*', 'geisteszustand', 'ignorant*', 'troll', 'trolle', 'trolls', 'senil', 'senile', 'seniler',
  'pussy', 'pussys',
];

/** Emoji that insult or show disgust in a message. */
export const HOSTILE_EMOJI: Record<string, number> = { '🖕': 3, '🤮': 2, '🤢': 1.5, '💩': 2, '🤬': 2, '😡': 1.5, '👎': 1 };

/** English: weight 3 insults and profanity aimed at someone, weight 2 contempt. */
export const STRONG_EN = [
  'idiot*', 'moron*', 'imbecile*', 'dumbass*', 'retard*', 'asshole*', 'arsehole*', 'bastard*',
  'bitch*', 'cunt*', 'dickhead*', 'prick*', 'wanker*', 'fuck*', 'fck*', 'motherfuck*', 'shit*', '*shit', 'shitty',
  'bullshit', 'crap', 'crappy', 'scum*', 'thieves', 'crooks', 'liars', 'clowns',
  'pathetic', 'disgrace*', 'scammers', 'ripoff', 'rip-off',
  'wtf', 'stfu', 'piss', 'pissed', 'jokers', 'shameful',
];
export const MEDIUM_EN = [
  'stupid', 'dumb', 'useless', 'worthless', 'garbage', 'trash', 'incompetent', 'incompetence', 'disgusting', 'scam', 'thief', 'liar', 'clown', 'crook', 'ridiculous', 'unacceptable', 'outrageous', 'absurd', 'insane', 'horrible', 'horrendous', 'terrible', 'awful',
  'appalling', 'atrocious', 'worst', 'sucks', 'suck', 'damn', 'damned', 'hell', 'hate', 'hated', 'furious',
  'livid', 'disgusted', 'fraud*', 'lies', 'lying', 'lied', 'shameless', 'clueless', 'lazy',
  'nonsense', 'rubbish', 'hopeless', 'rude', 'robbery', 'robbed', 'screwed', 'bloody', 'freaking', 'frigging',
];

/** German phrases of contempt that no single word carries (weight as MEDIUM/STRONG). */
export const PHRASES_DE: Array<[RegExp, number]> = [
  [/(?<![\p{L}])(?:muss|müssen|gehört|gehören|sollen|soll) (?:endlich |sofort |alle )?(?:weg|raus|eingesperrt|abgeschoben|in den knast)(?![\p{L}])/iu, 2],
  [/(?<![\p{L}])(?:halt|haltet|halten sie) (?:\p{L}+ ){0,2}(?:die|eure|ihre|deine) (?:klappe|fresse|schnauze|maul)|(?:fresse|schnauze|klappe) halten|halt['’]?s maul(?![\p{L}])/iu, 3],
  [/(?<![\p{L}])(?:ab in den knast|ab nach hause|geh(?:t)? (?:doch |endlich )?(?:sterben|kacken|scheißen|scheissen)|verpiss dich|zum teufel mit)(?![\p{L}])/iu, 3],
  // Dismissal and contempt: "zur Hölle mit ...", "jagt ihn davon", "nichts zwischen den Ohren".
  [/(?<![\p{L}])(?:zur hölle mit|jagt (?:\p{L}+ ){0,2}(?:davon|zum teufel)|hört (?:doch )?(?:endlich )?auf mit|nichts (?:zwischen|zw\.) (?:den|d\.) ohren|(?:in|im) (?:seiner|ihrer|deren|deiner|eurer) birne|nicht mehr zu retten|nicht der mühe wert|ohne (?:rückgrat|hirn|verstand)|taug(?:t|en) (?:doch |absolut |einfach |eh )?(?:zu |für )?nichts|(?:ist|bist|sind|seid) (?:doch )?(?:eine|ne|'ne) (?:totale |absolute |komplette )?null|geh(?:t|en sie)? (?:doch )?(?:dahin|dorthin) zurück)(?![\p{L}])/iu, 2],
  // Wishing punishment on people: "gehört weggesperrt", "sollten alle bestraft werden", "muss erschossen werden".
  [/(?<![\p{L}])(?:gehör(?:t|en)|muss|müssen|soll(?:te|ten)?|sollen) (?:\p{L}+ ){0,3}(?:weggesperrt|eingesperrt|ausgewiesen|erschossen|aufgehängt|verprügelt|verdroschen|bestraft|ausgeschafft|abgeschoben|eingebuchtet|ausgebürgert|geteert|gevierteilt|gesteinigt)(?![\p{L}])/iu, 2],
  // Denying someone a brain or decency: "kein Hirn", "keinen Anstand", "kein Rückgrat".
  [/(?<![\p{L}])(?:kein|keine|keinen) (?:hirn|verstand|anstand|niveau|rückgrat|charakter|funken verstand)(?![\p{L}])/iu, 2],
  // Telling people to get out: "haut ab", "raus mit euch", "ab in die Heimat", "verschwindet endlich aus ...".
  [/(?<![\p{L}])(?:hau(?:t)? (?:doch |endlich |bloß |schnell )?ab|verschwindet (?:doch |endlich )?(?:aus|nach|dahin|dorthin)|verpisst euch|raus mit (?:euch|denen|ihnen|diesen|dem|der|den|dir)|(?:ab|zurück) (?:in|nach) (?:die|den|eure|ihre|deine) (?:heimat|busch|wüste|höhle|steinzeit))(?![\p{L}])/iu, 2],
  [/(?<![\p{L}])(?:nicht alle tassen im schrank|einen (?:knall|sprung in der schüssel|vogel)|nicht ganz dicht|nicht die hellste kerze|hirn (?:ein|an)schalten|zu nahe an der wand)(?![\p{L}])/iu, 3],
];
