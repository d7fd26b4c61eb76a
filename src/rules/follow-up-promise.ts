// Marks every promise to follow up ("I'll call you tomorrow", "Ich melde mich bei Ihnen") as a
// reminder, not a fault. Detection is extractCommitments' own: one set of patterns for both.
// A promise without a time gets a concrete rewrite; a dated one needs none (it goes to the follow-ups).
import { extractCommitmentDetails, type CommitmentDetail } from '../engine/commitments';
import type { Language, MatchContext, ReplyDetector, Rule, RuleExampleSet } from '../engine/types';

/** The promises checkReply found (once per check; the same ones go to the follow-up list). */
const detectReply: ReplyDetector = (reply) => reply.commitments.map(({ start, end, language }) => ({ start, end, language }));

/** Rewrites only need the promise's shape, not its due date: any fixed "now" will do. */
const ANY_NOW = new Date(2026, 0, 7, 10, 0);

/** The concrete times offered for a vague promise, best first. */
const CONCRETE: Record<Language, { later: string[]; immediate: string[] }> = {
  en: { later: ['by tomorrow at 5 pm', 'by the end of the day'], immediate: ['within the hour', 'by the end of the day'] },
  de: { later: ['bis morgen um 17 Uhr', 'noch heute'], immediate: ['innerhalb der nächsten Stunde', 'noch heute'] },
};

function concretise(detail: CommitmentDetail, span: string, spanStart: number, when: string): string {
  if (detail.vague) {
    // "I'll get back to you soon" → "I'll get back to you by tomorrow at 5 pm".
    return span.slice(0, detail.vague.start - spanStart) + when + span.slice(detail.vague.end - spanStart);
  }
  // English: after the whole promise ("I'll send you the form | by ..."); German: after the verb and
  // its pronouns, where the Mittelfeld puts time before place ("Ich melde mich | bis ... bei Ihnen").
  const at = detail.insertAt - spanStart;
  return `${span.slice(0, at)} ${when}${span.slice(at)}`;
}

/**
 * Rewrites for a promise: none when it already has a date (the unchanged text would be no help) or
 * when it waits for a condition ("once I hear back", "sobald ich mehr weiß": a clock time would
 * contradict it); otherwise the promise with a concrete time.
 */
function rewrite(ctx: MatchContext): string[] {
  const details = extractCommitmentDetails(ctx.sentence, ANY_NOW, ctx.language);
  const detail = details.find((d) => d.text === ctx.match);
  if (!detail || detail.due || detail.conditional) return [];
  const options = CONCRETE[ctx.language][detail.vague?.immediate ? 'immediate' : 'later'];
  return options.map((when) => concretise(detail, ctx.match, detail.start, when));
}

export const followUpPromise: Rule = {
  id: 'follow-up-promise',
  category: 'commitment',
  severity: 'info',
  guidance: 'follow-through',
  description: 'A promise to get back to the customer: it becomes a follow-up reminder',
  en: {
    detectReply,
    message: 'You promised a follow-up: it goes on your follow-up list',
    explanation:
      'Keep what you promise: CalmReply turns this promise into a reminder with its due date. A promise without a time leaves the customer waiting and guessing, so say when they will hear from you.',
    rewrite,
  },
  de: {
    detectReply,
    message: 'Sie haben eine Rückmeldung versprochen: sie kommt auf Ihre Follow-up-Liste',
    explanation:
      'Halten Sie, was Sie versprechen: CalmReply macht aus dem Versprechen eine Erinnerung mit Termin. Ohne Zeitangabe wartet der Kunde ins Ungewisse, sagen Sie deshalb, wann er von Ihnen hört.',
    rewrite,
  },
};

/** What this rule must flag and must leave alone, in both languages (run by tests/unit/rule-examples.test.ts). */
export const examples: RuleExampleSet = {
  en: {
    valid: [
      "Please confirm by email that the address is right.",
      "You can post the old card to us in the prepaid envelope.",
      "The nurse calls every patient the day before.",
      "Did you get a confirmation email from us?",
      'Please call us tomorrow.',
      'Could you send it by Friday?',
      'I called you yesterday but could not reach you.',
      "I can't wait to help you with this.",
      "I won't be able to call you tomorrow, but my colleague Tom is here.",
      'Shall I call you tomorrow?',
      'You wrote: "I will call you tomorrow and cancel".',
    ],
    invalid: [
      { text: "[[Our billing team will be in contact about the credit]].", rewrite: "Our billing team will be in contact about the credit by tomorrow at 5 pm." },
      { text: "[[I will look into this and revert to you]].", rewrite: "I will look into this and revert to you by tomorrow at 5 pm." },
      { text: "[[We'll courier the spare key to you]].", rewrite: "We'll courier the spare key to you by tomorrow at 5 pm." },
      { text: "[[You'll get a confirmation email from us]].", rewrite: "You'll get a confirmation email from us by tomorrow at 5 pm." },
      { text: "[[I'll make sure the nurse calls you back]].", rewrite: "I'll make sure the nurse calls you back by tomorrow at 5 pm." },
      { text: "[[I'll come back with an answer]].", rewrite: "I'll come back with an answer by tomorrow at 5 pm." },
      { text: "Thanks for your patience. [[I'll get back to you]].", rewrite: "Thanks for your patience. I'll get back to you by tomorrow at 5 pm." },
      { text: '[[We will get back to you as soon as possible]].', rewrite: 'We will get back to you by tomorrow at 5 pm.' },
      { text: "[[We'll be in touch shortly]].", rewrite: "We'll be in touch within the hour." },
      { text: "[[I'll send you the new invoice]].", rewrite: "I'll send you the new invoice by tomorrow at 5 pm." },
      // Dated promises are only marked: they have no rewrite and go straight to the follow-ups.
      { text: "[[I'll call you tomorrow]].", rewrite: "I'll call you tomorrow." },
      { text: 'Sorry for the wait, [[we will update you within 24 hours]].', rewrite: 'Sorry for the wait, we will update you within 24 hours.' },
    ],
  },
  de: {
    valid: [
      'Rufen Sie uns morgen an.',
      'Ich habe Sie gestern angerufen, Sie aber leider nicht erreicht.',
      'Melden Sie sich gerne, wenn Sie noch Fragen haben.',
      'Soll ich Sie morgen anrufen?',
      'Ich melde mich morgen für die Schulung an.',
      'Ruf uns morgen an, dann klären wir das.',
      'Die Sendungsnummer bekommen Sie automatisch per Mail, sobald das Paket unterwegs ist.',
      'Haben Sie meine Antwort von gestern bekommen?',
      'Sie haben meine Antwort vom Montag leider nicht erhalten.',
    ],
    invalid: [
      { text: '[[Ich melde mich bei Ihnen]].', rewrite: 'Ich melde mich bis morgen um 17 Uhr bei Ihnen.' },
      { text: '[[Wir melden uns zeitnah bei Ihnen]].', rewrite: 'Wir melden uns bis morgen um 17 Uhr bei Ihnen.' },
      { text: 'Danke für deine Geduld, [[ich gebe dir Bescheid]].', rewrite: 'Danke für deine Geduld, ich gebe dir bis morgen um 17 Uhr Bescheid.' },
      { text: '[[Ich rufe Sie gleich zurück]].', rewrite: 'Ich rufe Sie innerhalb der nächsten Stunde zurück.' },
      { text: '[[Ich rufe Sie morgen an]].', rewrite: 'Ich rufe Sie morgen an.' },
      { text: '[[Ich melde mich bis spätestens Donnerstag bei Ihnen]].', rewrite: 'Ich melde mich bis spätestens Donnerstag bei Ihnen.' },
      { text: '[[Das Angebot bekommen Sie morgen Vormittag von mir]].', rewrite: 'Das Angebot bekommen Sie morgen Vormittag von mir.' },
      { text: '[[Bis Freitag haben Sie meine Einschätzung]].', rewrite: 'Bis Freitag haben Sie meine Einschätzung.' },
      { text: '[[Ich ruf dich in einer Viertelstunde zurueck]].', rewrite: 'Ich ruf dich in einer Viertelstunde zurueck.' },
    ],
  },
};
