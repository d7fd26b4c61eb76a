// Follow-up promises and their due dates, resolved against a fixed "now" in local time.
// Dates are built from local components (new Date(y, m, d, h)) so the test holds in any time zone.
import { describe, expect, it } from 'vitest';
import { extractCommitments, toLocalIso } from '../../src/engine/commitments';

/** Wednesday 25 November 2026, 10:00 local time. */
const WED = new Date(2026, 10, 25, 10, 0);
/** Friday 27 November 2026, 10:00. */
const FRI = new Date(2026, 10, 27, 10, 0);
/** Saturday 28 November 2026, 11:00. */
const SAT = new Date(2026, 10, 28, 11, 0);
/** Wednesday 25 November 2026, 18:30 (after office hours). */
const WED_EVENING = new Date(2026, 10, 25, 18, 30);

/** "2026-11-26 17:00": the local date-time part of a due string. */
const localPart = (due: string | undefined) => due?.slice(0, 16).replace('T', ' ');
/** The expected due as the local date-time of a Date built from local components. */
const at = (month: number, day: number, hours: number, minutes = 0) =>
  localPart(toLocalIso(new Date(2026, month - 1, day, hours, minutes)));

function only(text: string, now = WED) {
  const found = extractCommitments(text, now);
  expect(found, text).toHaveLength(1);
  const c = found[0]!;
  expect(text.slice(c.start, c.end)).toBe(c.text);
  return c;
}

describe('extractCommitments: English promises and due dates (now = Wed 25 Nov, 10:00)', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ["I'll call you tomorrow.", "I'll call you tomorrow", at(11, 26, 17)],
    ['I will get back to you by Friday.', 'I will get back to you by Friday', at(11, 27, 17)],
    ["We'll update you within 24 hours.", "We'll update you within 24 hours", at(11, 26, 10)],
    ["I'll email you by end of day.", "I'll email you by end of day", at(11, 25, 17)],
    ["I'll follow up early next week.", "I'll follow up early next week", at(11, 30, 17)],
    ["I'll call you tomorrow morning.", "I'll call you tomorrow morning", at(11, 26, 9)],
    ["I'll call you tomorrow morning at 10:30.", "I'll call you tomorrow morning at 10:30", at(11, 26, 10, 30)],
    ["I'll call you back at 3 pm.", "I'll call you back at 3 pm", at(11, 25, 15)],
    ['Someone from our team will contact you within 2 business days.', 'Someone from our team will contact you within 2 business days', at(11, 27, 17)],
    ["I'll check with the warehouse and get back to you by Monday afternoon.", "I'll check with the warehouse and get back to you by Monday afternoon", at(11, 30, 14)],
    ["I'll let you know by the end of the week.", "I'll let you know by the end of the week", at(11, 27, 17)],
    ["I'll call you Friday next week.", "I'll call you Friday next week", at(12, 4, 17)],
    ["We'll get back to you next Friday.", "We'll get back to you next Friday", at(11, 27, 17)],
    ["I'll call you tonight.", "I'll call you tonight", at(11, 25, 18)],
    ["We'll reply within the hour.", "We'll reply within the hour", at(11, 25, 11)],
    ["I'll send the replacement in a few days.", "I'll send the replacement in a few days", at(11, 28, 17)],
    ["We'll call you on 27 November.", "We'll call you on 27 November", at(11, 27, 17)],
    ['Let me get back to you on that tomorrow.', 'Let me get back to you on that tomorrow', at(11, 26, 17)],
    ["You'll hear from us by Monday.", "You'll hear from us by Monday", at(11, 30, 17)],
    ["Tomorrow, I'll call you.", "Tomorrow, I'll call you", at(11, 26, 17)],
    ["I'll get back to you, at the latest on Friday.", "I'll get back to you, at the latest on Friday", at(11, 27, 17)],
    ['i will get back to u by eod', 'i will get back to u by eod', at(11, 25, 17)],
  ];
  for (const [text, span, due] of cases) {
    it(text, () => {
      const c = only(text);
      expect(c.text).toBe(span);
      expect(localPart(c.due)).toBe(due);
    });
  }

  it('keeps a promise without a date, without `due`', () => {
    for (const text of ["I'll get back to you.", 'We will keep you posted.', "I'll get back to you as soon as possible.", "We'll be in touch."]) {
      const c = only(text);
      expect(c.due, text).toBeUndefined();
    }
  });

  it('ends the promise at a condition and finds it inside a longer reply', () => {
    const text = "Hi Anna,\nthanks for your patience. I'll get back to you once I hear from the warehouse.\nBest regards";
    const c = only(text);
    expect(c.text).toBe("I'll get back to you");
    expect(c.due).toBeUndefined();
  });
});

describe('extractCommitments: German promises and due dates (now = Mi 25.11., 10:00)', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Ich rufe Sie morgen an.', 'Ich rufe Sie morgen an', at(11, 26, 17)],
    ['Ich rufe Sie morgen zurück.', 'Ich rufe Sie morgen zurück', at(11, 26, 17)],
    ['Ich melde mich bis spätestens Donnerstag bei Ihnen.', 'Ich melde mich bis spätestens Donnerstag bei Ihnen', at(11, 26, 17)],
    ['Wir melden uns in zwei Werktagen.', 'Wir melden uns in zwei Werktagen', at(11, 27, 17)],
    ['Ich melde mich Anfang nächster Woche.', 'Ich melde mich Anfang nächster Woche', at(11, 30, 17)],
    ['Ich schicke Ihnen die Unterlagen bis Ende der Woche zu.', 'Ich schicke Ihnen die Unterlagen bis Ende der Woche zu', at(11, 27, 17)],
    ['Ich melde mich heute noch.', 'Ich melde mich heute noch', at(11, 25, 17)],
    ['Ich rufe Sie in 2 Stunden zurück.', 'Ich rufe Sie in 2 Stunden zurück', at(11, 25, 12)],
    ['Morgen früh rufe ich Sie an.', 'Morgen früh rufe ich Sie an', at(11, 26, 9)],
    ['Ich rufe Sie morgen um 15 Uhr an.', 'Ich rufe Sie morgen um 15 Uhr an', at(11, 26, 15)],
    ['Ich melde mich am 27.11. bei Ihnen.', 'Ich melde mich am 27.11. bei Ihnen', at(11, 27, 17)],
    ['Gerne rufe ich Sie morgen zurück.', 'Gerne rufe ich Sie morgen zurück', at(11, 26, 17)],
    ['Ich werde mich bis Freitag bei Ihnen melden.', 'Ich werde mich bis Freitag bei Ihnen melden', at(11, 27, 17)],
    ['Unser Team meldet sich innerhalb von 24 Stunden bei Ihnen.', 'Unser Team meldet sich innerhalb von 24 Stunden bei Ihnen', at(11, 26, 10)],
    ['Sie hören bis Freitag von uns.', 'Sie hören bis Freitag von uns', at(11, 27, 17)],
    ['Bis Freitag erhalten Sie eine Rückmeldung.', 'Bis Freitag erhalten Sie eine Rückmeldung', at(11, 27, 17)],
    ['Ich ruf dich morgen an.', 'Ich ruf dich morgen an', at(11, 26, 17)],
    ['Ich melde mich nächste Woche Freitag.', 'Ich melde mich nächste Woche Freitag', at(12, 4, 17)],
    ['Ich gebe Ihnen bis Mittwoch Bescheid.', 'Ich gebe Ihnen bis Mittwoch Bescheid', at(12, 2, 17)],
    ['Ich komme morgen auf Sie zurück.', 'Ich komme morgen auf Sie zurück', at(11, 26, 17)],
    ['Ich melde mich bei dir, spätestens am Donnerstag.', 'Ich melde mich bei dir, spätestens am Donnerstag', at(11, 26, 17)],
    ['Heute Nachmittag melde ich mich bei Ihnen.', 'Heute Nachmittag melde ich mich bei Ihnen', at(11, 25, 14)],
    ['Ich rufe Sie morgen an, um die Details zu besprechen.', 'Ich rufe Sie morgen an', at(11, 26, 17)],
    ['Ich schicke Ihnen die Unterlagen morgen.', 'Ich schicke Ihnen die Unterlagen morgen', at(11, 26, 17)],
    ['Wir informieren Sie, sobald das Paket unterwegs ist.', 'Wir informieren Sie', undefined],
    ['Wir werden Sie innerhalb von drei Arbeitstagen kontaktieren.', 'Wir werden Sie innerhalb von drei Arbeitstagen kontaktieren', at(11, 30, 17)],
  ];
  for (const [text, span, due] of cases) {
    it(text, () => {
      const c = only(text);
      expect(c.text).toBe(span);
      expect(localPart(c.due)).toBe(due);
    });
  }

  it('keeps a promise without a date, without `due`', () => {
    for (const text of ['Ich melde mich bei Ihnen.', 'Wir melden uns zeitnah.', 'Ich halte Sie auf dem Laufenden.', 'Ich gebe dir Bescheid.']) {
      const c = only(text);
      expect(c.due, text).toBeUndefined();
    }
  });

  it('ends the promise at a condition', () => {
    const c = only('Ich melde mich bei Ihnen, sobald ich mehr weiß.');
    expect(c.text).toBe('Ich melde mich bei Ihnen');
    expect(c.due).toBeUndefined();
  });
});

describe('extractCommitments: what is not a promise', () => {
  const negatives = [
    // past tense
    'I called yesterday.', 'We sent you an email last week.', 'Ich habe gestern angerufen.', 'Wir haben Ihnen am Montag geschrieben.',
    'Ich hatte mich bereits gemeldet.',
    // requests to the customer
    'Please call us tomorrow.', 'Could you send it by Friday?', 'Please let us know by Friday.', "I'll need you to send us a photo by Friday.",
    'Rufen Sie uns morgen an.', 'Melden Sie sich gerne, wenn Sie noch Fragen haben.', 'Können Sie mir bis Freitag Bescheid geben?',
    'Schicken Sie uns bitte bis Freitag ein Foto.', 'Ruf uns morgen an.',
    // questions and offers
    'Shall I call you tomorrow?', 'Would you like us to call you back?', 'Soll ich Sie morgen anrufen?', 'Rufe ich Sie morgen an?',
    // negations
    "I won't be able to call you tomorrow.", 'We will not contact you again.', 'Ich melde mich nicht.', 'Ich rufe Sie morgen nicht an.',
    // near-misses
    'I can\'t wait to help you.', 'Ich melde mich morgen für den Kurs an.', 'Guten Morgen, wie kann ich helfen?', 'We will need the receipt before we can send a replacement.',
    // German present tense that describes now
    'Anbei schicke ich Ihnen die Rechnung.', 'Ich schreibe Ihnen, weil Ihre Zahlung fehlt.', 'Ich melde mich bei Ihnen wegen Ihrer Bestellung.',
    'Hiermit informiere ich Sie über die neuen Preise.', 'Ich sende Ihnen den Link zum Formular.',
    // the customer's own words
    'You wrote: "I will call you tomorrow and cancel".',
  ];
  for (const text of negatives) {
    it(text, () => {
      expect(extractCommitments(text, WED)).toEqual([]);
    });
  }
});

describe('extractCommitments: date defaults', () => {
  it('"by Friday" said on a Friday means next week\'s Friday; "tomorrow" is Saturday', () => {
    expect(localPart(only('I will get back to you by Friday.', FRI).due)).toBe(at(12, 4, 17));
    expect(localPart(only("I'll call you tomorrow.", FRI).due)).toBe(at(11, 28, 17));
  });

  it('working days skip the weekend', () => {
    expect(localPart(only('Wir melden uns in zwei Werktagen.', FRI).due)).toBe(at(12, 1, 17));
    expect(localPart(only("We'll get back to you within 1 business day.", SAT).due)).toBe(at(11, 30, 17));
    expect(localPart(only("We'll get back to you within 3 days.", FRI).due)).toBe(at(11, 30, 17));
  });

  it('"end of the week" on a weekend is next Friday; "next week" is the Monday after', () => {
    expect(localPart(only('Ich melde mich bis Ende der Woche.', SAT).due)).toBe(at(12, 4, 17));
    expect(localPart(only("I'll call you next week.", SAT).due)).toBe(at(11, 30, 17));
  });

  it('never puts a promise for today in the past', () => {
    expect(localPart(only("I'll email you by end of day.", WED_EVENING).due)).toBe(at(11, 25, 19, 30));
    // a clock time alone that is already past means tomorrow
    expect(localPart(only("I'll call you at 9 am.", WED_EVENING).due)).toBe(at(11, 26, 9));
  });

  it('writes ISO 8601 with the local offset', () => {
    const due = only("I'll call you tomorrow.").due!;
    expect(due).toMatch(/^2026-11-26T17:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(due).getTime()).toBe(new Date(2026, 10, 26, 17, 0).getTime());
  });

  it('respects a forced language', () => {
    expect(extractCommitments('Ich rufe Sie morgen an.', WED, 'en')).toEqual([]);
    expect(extractCommitments('Ich rufe Sie morgen an.', WED, 'de')).toHaveLength(1);
  });

  it('finds several promises in one reply with offsets into the whole text', () => {
    const text = "Hi Tom,\nI'll call you tomorrow. Until then I'll keep you posted.\n\nViele Grüße";
    const found = extractCommitments(text, WED);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(["I'll call you tomorrow", "I'll keep you posted"]);
  });
});

describe('extractCommitments: wider wording (gap, "ill", German coordination and fronted clauses)', () => {
  it('allows up to seven words between "I\'ll" and the follow-up verb', () => {
    const c = only("I'll review the invoice again on Friday and let you know.");
    expect(localPart(c.due)).toBe(at(11, 27, 17));
  });
  it('reads lower-case "ill" at the clause start as "I\'ll", but not "ill" as an adjective', () => {
    expect(localPart(only('ill follow up with you thursday afternoon about the refund.').due)).toBe(at(11, 26, 14));
    expect(extractCommitments("I'm ill today, my colleague Anna covers the queue.", WED)).toHaveLength(0);
  });
  it('does not read the noun "reply" as a promise', () => {
    expect(extractCommitments("We'll keep an eye out for your reply.", WED)).toHaveLength(0);
  });
  it('finds the German second verb after "und" without a repeated subject, with its own time', () => {
    expect(only('Ich prüfe das gerade mit unserer Technik und melde mich bis morgen Mittag bei Ihnen.').text).toBe('melde mich bis morgen Mittag bei Ihnen');
    expect(localPart(only('Wir schauen uns das heute noch an und geben dir morgen früh Bescheid.').due)).toBe(at(11, 26, 9));
    expect(extractCommitments('Ich bin gerade unterwegs und melde mich nicht.', WED)).toHaveLength(0);
  });
  it('reads "…, melde ich mich" after a fronted clause as verb-second and borrows the time before a condition', () => {
    expect(localPart(only('Am Freitag, wenn der Techniker da war, rufe ich Sie zurück.').due)).toBe(at(11, 27, 17));
    expect(extractCommitments('Wenn Sie möchten, rufe ich Sie an?', WED)).toHaveLength(0);
  });
});

describe('extractCommitments: an hour said alone (now = Wed 25 Nov, 10:00)', () => {
  // Office hours: "by 9" is the morning, "by 5" the afternoon; in an evening clause the evening hour.
  const cases: Array<[string, string | undefined]> = [
    ["I'll email you by 9 tomorrow.", at(11, 26, 9)],
    ["I'll call you back by 5.", at(11, 25, 17)],
    ["I'll call you at 9 tonight.", at(11, 25, 21)],
    ["I'll call you tonight before 9.", at(11, 25, 21)],
    ['ill check on the number porting again tonight and text you before 9.', at(11, 25, 21)],
    ["I'll ring you at 10:30 tomorrow.", at(11, 26, 10, 30)],
    ['Ich rufe Sie heute Abend bis 9 an.', at(11, 25, 21)],
    ['Ich melde mich morgen bis 9.', at(11, 26, 9)],
    ['Ich rufe dich um 9 Uhr heute Abend an.', at(11, 25, 21)],
  ];
  for (const [text, due] of cases) it(text, () => expect(localPart(only(text).due)).toBe(due));

  it('does not read a number of things as an hour', () => {
    expect(localPart(only("I'll send you the 2 forms by Friday.").due)).toBe(at(11, 27, 17));
    expect(localPart(only("I'll check at 2 locations and call you tomorrow.").due)).toBe(at(11, 26, 17));
  });
});
