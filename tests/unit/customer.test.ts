import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/check';
import { analyzeCustomer, hostilityScore, impolitenessScore } from '../../src/engine/customer';

const anger = (text: string) => analyzeCustomer(text).anger;
const has = (text: string, signal: 'customer-anger' | 'escalation-request' | 'safety-risk') => analyzeCustomer(text).signals.includes(signal);

describe('anger level', () => {
  const calm = [
    'Hi, could you tell me when my order will arrive? Thanks!',
    'Hello, I would like to change the delivery address for order 12345.',
    'Please cancel my order, I found the item elsewhere. Thank you.',
    'My SIM card does not work after the update, PIN and PUK are correct. Can you help?',
    'I have a question about my IBAN change, the SEPA mandate and my PDF invoice.',
    'Sorry for the stupid question, but where do I find the invoice?', // self-deprecating, not angry at anyone
    'My manager asked me to order this for the team, can you send a quote?',
    'No problem at all, take your time.',
    'Hallo, wann wird meine Bestellung geliefert? Vielen Dank!',
    'Guten Tag, ich möchte meine Adresse ändern. Mit freundlichen Grüßen',
    'Hiermit kündige ich meinen Vertrag fristgerecht zum 31.12. Bitte bestätigen Sie mir die Kündigung.',
    'Meine SIM-Karte geht nicht, PIN und PUK habe ich eingegeben. Was kann ich tun?',
    'Ich habe ein Akkupack und einen Doppelpack Filter bestellt, beide sind angekommen.',
    'Ich bin krank und kann das Paket erst nächste Woche abholen.',
    'Ich irre mich vielleicht, aber die Rechnung scheint doppelt zu sein?',
    'Thanks a lot for the quick fix, great job!',
    'Ihr seid super, vielen Dank auch für den Rückruf gestern.',
  ];
  for (const text of calm) it(`calm: ${text}`, () => expect(anger(text)).toBe(0));

  const annoyed = [
    'I am a bit frustrated that the parcel is still not here.',
    'This is the second time I have to ask about the refund.',
    'Ich bin etwas enttäuscht, das Paket ist immer noch nicht da.',
    'Schon wieder ist die Lieferung verspätet.',
    // Something ruined is bad news, not rage at us.
    'Der Regen hat unseren Ausflug ruiniert. Können Sie mir die Rechnung schicken?',
  ];
  for (const text of annoyed) it(`annoyed (1): ${text}`, () => expect(anger(text)).toBe(1));

  const angry = [
    'This is ridiculous. Third time I am writing and still no refund!!',
    'Your service is useless and I will cancel my subscription.',
    'I have called 5 times and nobody helps. Unacceptable.',
    'Das ist eine Frechheit! Ich schreibe Ihnen zum dritten Mal.',
    'Wenn das nicht bis Freitag erledigt ist, kündige ich.',
    'Ich habe schon fünf Mal angerufen, das ist unverschämt.',
    'WHY IS MY ORDER STILL NOT HERE',
    'Saftladen. Ich will mein Geld zurück.',
    'Halten Sie doch einfach die Klappe und erstatten Sie mein Geld.',
    'Your support is a joke 🤬',
    'You people are useless. I want my money back NOW!!!',
    'Thanks for nothing. The router is still broken.',
    'Na toll, schon wieder kein Internet. Danke für nichts.',
    // Rage said outright, being lied to, the service called a disaster, time wasted, things ruined.
    'I am beside myself. My card was charged twice and nobody answers.',
    'You lied to me about the delivery date. Absolutely appalling service.',
    'I wasted three evenings waiting for your technician.',
    'Ich koche vor Wut, seit drei Wochen warte ich auf mein Geld.',
    'Man hat mich zweimal wegen der Erstattung angelogen.',
    'Ihr Kundenservice ist unterirdisch, niemand ruft zurück.',
    'Ich habe zwei ganze Wochenenden mit Warten auf Ihre Techniker verschwendet.',
    // Indignation in one word, the wait as the grievance, leaving for a competitor, the product as rubbish.
    'Two hours on hold for a meter reading. Outrageous.',
    'Stuck in your queue for 40 minutes again today, and we are switching providers.',
    'Mein Paket ist seit zwei Wochen weg. Inakzeptabel!',
    'Wie könnt ihr so einen Schrott überhaupt verkaufen?',
    'Erst kommt der Techniker nicht, und jetzt berechnet ihr mir die Anfahrt auch noch. Eine Frechheit.',
  ];
  for (const text of angry) it(`at least angry (>=2): ${text}`, () => expect(anger(text)).toBeGreaterThanOrEqual(2));

  const furious = [
    'You idiots charged me twice!!! I will call my lawyer and leave a bad review everywhere.',
    'THIS IS A SCAM. YOU ARE THIEVES. I am going to sue you.',
    'Ihr Vollidioten habt mir zum dritten Mal falsch abgebucht!!! Ich gehe zur Verbraucherzentrale und zum Anwalt.',
    'So ein Saftladen, verarschen kann ich mich selbst! Ich kündige und schalte einen Anwalt ein!!!',
  ];
  for (const text of furious) it(`furious (3): ${text}`, () => expect(anger(text)).toBe(3));

  it('the anger signal and its evidence appear from level 2', () => {
    const a = analyzeCustomer('This is ridiculous. Third time I am writing and still no refund!!');
    expect(a.signals).toContain('customer-anger');
    expect(a.evidence.some((e) => e.category === 'customer-anger' && e.excerpt.length > 0)).toBe(true);
    expect(analyzeCustomer('I am a bit frustrated that the parcel is still not here.').signals).not.toContain('customer-anger');
  });

  it('acronyms are not shouting, capitals are', () => {
    expect(anger('Please send the IBAN, BIC and PDF for the SEPA DSL contract.')).toBe(0);
    expect(anger('I NEED MY MONEY BACK NOW')).toBeGreaterThanOrEqual(1);
  });

  it('negation takes the sting out of a contempt word', () => {
    expect(anger('The new app is not bad, thanks.')).toBe(0);
    expect(anger('The new app is bad.')).toBe(0); // "bad" alone is not anger
    expect(anger('Das ist nicht lächerlich gemeint, nur eine Frage.')).toBe(0);
  });

  it('detects the language when asked to', () => {
    expect(analyzeCustomer('Ich warte immer noch auf meine Rechnung.').language).toBe('de');
    expect(analyzeCustomer('I am still waiting for my invoice.').language).toBe('en');
    expect(analyzeCustomer('I am still waiting for my invoice.', 'de').language).toBe('de');
  });
});

describe('escalation request', () => {
  const yes = [
    'I want to speak to your supervisor.',
    'Put me through to a manager right now.',
    'Can I talk to someone in charge, please?',
    'Please escalate this ticket.',
    'Get me your manager.',
    'I demand to speak with somebody senior.',
    'Ich möchte Ihren Vorgesetzten sprechen.',
    'Verbinden Sie mich bitte mit Ihrem Chef.',
    'Ich verlange den Teamleiter.',
    'Geben Sie mir jemand Verantwortlichen!',
    'Bitte leiten Sie das an Ihre Geschäftsführung weiter, ich möchte die Geschäftsführerin sprechen.',
  ];
  for (const text of yes) it(`yes: ${text}`, () => expect(has(text, 'escalation-request')).toBe(true));

  const no = [
    'My manager asked me to order this for the office.',
    'I am the account manager for our company, please send the invoice to me.',
    'Our supervisor needs the invoice by Friday.',
    'Can you tell me where my order is?',
    'There is no need to escalate this, it was a small thing.',
    'Mein Chef hat mich gebeten, das zu bestellen.',
    'Meine Vorgesetzte braucht die Rechnung bis Freitag.',
    'Bitte schicken Sie mir die Rechnung.',
    'Ich möchte meine Adresse ändern.',
  ];
  for (const text of no) it(`no: ${text}`, () => expect(has(text, 'escalation-request')).toBe(false));

  it('gives the evidence', () => {
    const a = analyzeCustomer('I want to speak to your supervisor.');
    expect(a.evidence.find((e) => e.category === 'escalation-request')?.excerpt).toMatch(/supervisor/);
  });
});

describe('safety risk', () => {
  const risk = [
    // violence, English
    "I'll come down there and hurt someone.",
    'I have a gun and I know where your office is.',
    'I know where you live.',
    "If this isn't fixed I will kill you.",
    'Somebody is going to get hurt if you keep doing this.',
    "I'm going to find the agent who did this and beat him up.",
    'I will burn the place down.',
    // self-harm, English
    'I want to end it all.',
    "I don't want to live anymore.",
    "Honestly I'm thinking about killing myself, this debt is too much.",
    'I have nothing left to live for since you took my house.',
    'Everyone would be better off without me.',
    "I can't go on like this.",
    'I might as well take my own life.',
    // violence, German
    'Ich weiß, wo Sie wohnen.',
    'Ich bring euch um!',
    'Ich komme vorbei und dann passiert was.',
    'Ich habe eine Waffe zu Hause.',
    'Ich schlag euch alle tot.',
    'Dann knallt’s, das verspreche ich Ihnen.',
    // self-harm, German
    'Ich will nicht mehr leben.',
    'Ich tu mir was an, wenn das so weitergeht.',
    'Es hat alles keinen Sinn mehr.',
    'Ich denke an Selbstmord.',
    'Am liebsten würde ich mich umbringen.',
    'Ich kann nicht mehr.',
    'Ich möchte mir das Leben nehmen.',
    'honestly kms',
    'I just want to disappear forever.',
    'Ich häng mich auf.',
    'Ich stech dich ab.',
    'I will make you pay, I know where your office is.',
    'Bald bin ich nicht mehr da.',
  ];
  for (const text of risk) it(`flags: ${text}`, () => expect(has(text, 'safety-risk')).toBe(true));

  it('flags "come down there" from a furious customer', () => {
    expect(has('YOU IDIOTS!!! I will come down there myself.', 'safety-risk')).toBe(true);
  });

  const hyperbole = [
    'This bill is killing me.',
    "I'm dying to know when the new model comes out.",
    'The wait is killing me!',
    'The dark mode is a killer feature.',
    'I killed the boss in level 3 but the game crashed.',
    'I could kill for a coffee right now.',
    'We killed everyone in the raid and then the server went down.',
    'I had to kill the app and restart my phone.',
    'The battery is dead again.',
    'My phone died yesterday and will not turn on.',
    'I was dying of laughter at your ad.',
    'Just killing time until the update finishes.',
    'Ich lach mich tot über diese Werbung.',
    'Diese Warterei bringt mich noch um.',
    'Ich sterbe vor Langeweile in der Warteschleife.',
    'Es hat keinen Sinn mehr, bei Ihnen anzurufen.',
    'Ich weiß nicht mehr weiter mit dem Router.',
    'Ich kann nicht mehr warten, bitte schicken Sie es heute.',
    'Die Deadline ist morgen.',
    'Please kill the process on the server.',
    'I want to cancel my account.',
    'That price is murder on my wallet, but I still love the product.',
  ];
  for (const text of hyperbole) it(`does not flag hyperbole: ${text}`, () => expect(has(text, 'safety-risk')).toBe(false));

  it('gives the evidence', () => {
    const a = analyzeCustomer('Thanks for nothing. I want to end it all.');
    expect(a.evidence.find((e) => e.category === 'safety-risk')?.excerpt).toMatch(/end it all/);
  });
});

describe('polite customer messages stay below anger 2', () => {
  const polite = [
    'Hello, I think there might be a problem with my last invoice, the amount looks wrong. Could you please check it? Thanks!',
    'Sorry to bother you again, but the error still appears when I log in. Would you mind having another look?',
    'I was wondering whether my refund has been processed yet. No rush, thank you for your help.',
    'Hi there, my order has not arrived yet. Can you tell me where it is? Many thanks.',
    'Guten Tag, leider funktioniert die App nach dem Update nicht mehr. Könnten Sie mir bitte helfen? Vielen Dank!',
    'Hallo, ich habe noch keine Antwort auf meine Frage von gestern. Wäre es möglich, dass sich jemand meldet? Danke!',
    'Entschuldigen Sie die Störung, die Rechnung scheint falsch zu sein. Können Sie das bitte prüfen?',
    'Ich habe einen Asylantrag-Termin und kann das Paket erst nächste Woche abholen.',
    // The same words, not about us: "ridiculous hats", a switch of devices, a short wait, a plain question.
    'Kentucky Derby photos: pretty horses, ridiculous hats.',
    "I'm switching from Android to iPhone, how do I move my contacts?",
    'I was on hold for 5 minutes, no big deal, but could you check my bill?',
    'Wie kann man die Rechnung als PDF herunterladen?',
    // A repeat without complaint: "the second time I've ordered", "my third week with the phone".
    "It's the second time I've ordered from you and the delivery was quick again, thanks!",
    'My third week with the new phone and I love it.',
  ];
  for (const text of polite) it(`polite: ${text}`, () => expect(anger(text)).toBeLessThan(2));
  it('a repeat named as the complaint plus a turned-up insult is angry', () => {
    expect(anger('That is the FOURTH time the meter reading was wrong. Totally hopeless company.')).toBeGreaterThanOrEqual(2);
  });
});

describe('hostilityScore', () => {
  it('is 0 for calm text and grows with insults', () => {
    expect(hostilityScore('Vielen Dank für die schnelle Hilfe!')).toBe(0);
    expect(hostilityScore('Ihr seid alle Idioten')).toBeGreaterThan(hostilityScore('Das ist peinlich'));
    expect(hostilityScore('Das ist peinlich')).toBeGreaterThan(0);
  });
  it('reads German compounds', () => {
    expect(hostilityScore('So ein Drecksladen')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Dieses Medienpack lügt')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Der Akkupack ist angekommen')).toBe(0);
  });
  it('reads insult nouns as compound heads and hyphenated compounds by their head', () => {
    expect(hostilityScore('Diese Sozialschmarotzer schon wieder')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('So ein Vollspacken')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Die Support-Schlampe hat aufgelegt')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Das Schleswig-Holstein-Ticket ist da')).toBe(0);
  });
  it('reads general insults, slurs and pejorative compound heads', () => {
    expect(hostilityScore('Du Waschlappen, ruf endlich zurück', 'de')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Was für eine Dumpfbacke am Telefon', 'de')).toBeGreaterThanOrEqual(2);
    expect(hostilityScore('Diese Matschbirne im Laden', 'de')).toBeGreaterThanOrEqual(2);
    expect(hostilityScore('Ihr Kanaken', 'de')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Haut ab, ihr Schnösel', 'de')).toBeGreaterThanOrEqual(3);
    // intensifying prefixes keep the insult: Ober-, Erz-, Riesen-
    expect(hostilityScore('Der Filialleiter ist eine Oberpfeife', 'de')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('So ein Riesentrottel', 'de')).toBeGreaterThanOrEqual(3);
    expect(hostilityScore('Der gehört weggesperrt', 'de')).toBeGreaterThanOrEqual(2);
  });
  it('tells ordinary words from the insults they resemble', () => {
    for (const text of ['Die Glühbirne ist kaputt', 'Der Koffer kam beschädigt an', 'Der Spaten fehlt in der Lieferung', 'Mein Geld verschwindet vom Konto', 'Die Birne ist reif', 'Das Obermaterial ist gerissen', 'Der Superkleber hält nicht', 'Ich habe keine Ahnung, wo das Paket ist']) {
      expect(hostilityScore(text, 'de')).toBe(0);
    }
  });
  it('does not treat group or topic words as hostile', () => {
    for (const text of ['Das Volk hat gewählt', 'Der Krieg ist vorbei', 'Das Messer war im Paket', 'Mein Asylantrag wurde bearbeitet', 'Viele Moslems feiern heute', 'Ich bin Muslim', 'Die Türkei-Lieferung ist da']) {
      expect(hostilityScore(text, 'de')).toBe(0);
    }
  });
});

describe('impolitenessScore', () => {
  it('ranks a rude request above a polite one', () => {
    const polite = impolitenessScore('Hi, would you mind taking a look at this when you get a chance? Thanks so much!');
    const rude = impolitenessScore('Why did you delete my edit? This is ridiculous.');
    expect(rude).toBeGreaterThan(polite);
  });
  it('counts please, thanks and hedges as polite', () => {
    expect(impolitenessScore('Could you please check it? Thank you.')).toBeLessThan(impolitenessScore('Check it.'));
    expect(impolitenessScore('Perhaps you could add a source?')).toBeLessThan(impolitenessScore('Why is there no source?'));
  });
  it('follows the strategies of Danescu-Niculescu-Mizil et al. (2013)', () => {
    // gratitude, greeting, counterfactual modal vs. bare direct question
    expect(impolitenessScore('Hi, could you post the code? Thanks!')).toBeLessThan(impolitenessScore('What code?'));
    // 2nd person start and factuality vs. 1st person start and hedge
    expect(impolitenessScore('You obviously did not read my question.')).toBeGreaterThan(impolitenessScore('I think my question may have been unclear.'));
    // please inside a request is politer than please as a bare directive at the start
    expect(impolitenessScore('Could you please add a source?')).toBeLessThan(impolitenessScore('Please add a source.'));
    // a reported fault ("error", "problem") is not impolite in itself
    expect(impolitenessScore('I get an error and the same problem after the update, any ideas?')).toBeLessThan(0);
  });
  it('ignores links and code', () => {
    expect(impolitenessScore('Thanks, does [remove_action](http://x.org/remove) help?')).toBe(impolitenessScore('Thanks, does remove_action help?'));
  });
  it('reads customer messages: angry ones score above zero, polite ones below, in English and German', () => {
    const angry = [
      'This is the third time I am writing. Why has nobody fixed this yet? Your service is a joke.',
      'Why do you even bother having a support line? Nothing works.',
      'Warum antwortet mir niemand? Das ist eine Frechheit!',
      'Ihr seid doch alle unfähig. Ich kündige.',
    ];
    const polite = [
      'Hi, my order has not arrived yet. Could you check the status? Thanks!',
      'I think the invoice might be wrong, could you have a look when you get a chance?',
      'Guten Tag, könnten Sie bitte den Status meiner Bestellung prüfen? Vielen Dank!',
    ];
    for (const text of angry) expect(impolitenessScore(text)).toBeGreaterThan(0);
    for (const text of polite) expect(impolitenessScore(text)).toBeLessThan(0);
  });
  it('counts yes/no questions and agreement as polite, "why" first and quoting back as impolite', () => {
    expect(impolitenessScore('Are you using the latest version?')).toBeLessThan(impolitenessScore('Why are you using that version?'));
    expect(impolitenessScore('That looks good, does it work with Firefox too?')).toBeLessThan(impolitenessScore('Does it work with Firefox too?'));
    expect(impolitenessScore('What do you mean by "hangs"?')).toBeGreaterThan(impolitenessScore('What do you mean by hangs?'));
  });
  it('sees insults', () => {
    expect(impolitenessScore('You idiot, fix it')).toBeGreaterThan(impolitenessScore('Please fix it'));
  });
});

describe('checkReply with a customer message', () => {
  it('returns the customer analysis', () => {
    const result = checkReply('Thanks for your message, I have checked your order.', {
      customer: 'This is the third time I am writing!!! I want to speak to your supervisor.',
    });
    expect(result.customer?.anger).toBeGreaterThanOrEqual(2);
    expect(result.customer?.signals).toContain('escalation-request');
  });
  it('has no customer analysis without a customer message', () => {
    expect(checkReply('Thanks for your message.').customer).toBeUndefined();
  });
});
