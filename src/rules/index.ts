// Every rule CalmReply runs. Adding a rule = one file in this folder + one line here
// (a test walks the folder and fails when a rule file is missing from this list).
import type { Rule } from '../engine/types';
import { anyInconvenience } from './any-inconvenience';
import { asISaid } from './as-i-said';
import { askForUnderstanding } from './ask-for-understanding';
import { assurance } from './assurance';
import { bareNo } from './bare-no';
import { belittling } from './belittling';
import { blameColleague } from './blame-colleague';
import { blameCustomer } from './blame-customer';
import { blameYourSide } from './blame-your-side';
import { calmDown } from './calm-down';
import { cannedPhrases } from './canned-phrases';
import { certainty } from './certainty';
import { closedDoor } from './closed-door';
import { condescending } from './condescending';
import { conditionalApology } from './conditional-apology';
import { contactElsewhere } from './contact-elsewhere';
import { contempt } from './contempt';
import { deflectingApology } from './deflecting-apology';
import { endingThreat } from './ending-threat';
import { exclamationMarks } from './exclamation-marks';
import { feelingsApology } from './feelings-apology';
import { finalNo } from './final-no';
import { flatRefusal } from './flat-refusal';
import { followUpPromise } from './follow-up-promise';
import { forFutureReference } from './for-future-reference';
import { goElsewhere } from './go-elsewhere';
import { guarantee } from './guarantee';
import { importantToUs } from './important-to-us';
import { insult } from './insult';
import { justHowItIs } from './just-how-it-is';
import { minimising } from './minimising';
import { neverAgain } from './never-again';
import { noAcknowledgment } from './no-acknowledgment';
import { noClosingOffer } from './no-closing-offer';
import { notMyDepartment } from './not-my-department';
import { notMyProblem } from './not-my-problem';
import { pleaseBeAdvised } from './please-be-advised';
import { policyRefusal } from './policy-refusal';
import { profanity } from './profanity';
import { promise } from './promise';
import { redirectCustomer } from './redirect-customer';
import { remindingDuties } from './reminding-duties';
import { sarcasm } from './sarcasm';
import { shouldHave } from './should-have';
import { shouting } from './shouting';
import { snapping } from './snapping';
import { sorryBut } from './sorry-but';
import { talkingDown } from './talking-down';
import { transfer } from './transfer';
import { unableTo } from './unable-to';
import { weDont } from './we-dont';

export const RULES: readonly Rule[] = [
  shouting,
  exclamationMarks,
  insult,
  profanity,
  sarcasm,
  endingThreat,
  contempt,
  blameCustomer,
  blameColleague,
  asISaid,
  shouldHave,
  talkingDown,
  forFutureReference,
  calmDown,
  justHowItIs,
  minimising,
  flatRefusal,
  policyRefusal,
  unableTo,
  weDont,
  finalNo,
  notMyProblem,
  bareNo,
  notMyDepartment,
  contactElsewhere,
  goElsewhere,
  transfer,
  guarantee,
  promise,
  neverAgain,
  certainty,
  conditionalApology,
  feelingsApology,
  sorryBut,
  anyInconvenience,
  importantToUs,
  pleaseBeAdvised,
  askForUnderstanding,
  followUpPromise,
  noClosingOffer,
  noAcknowledgment,
  assurance,
  cannedPhrases,
  deflectingApology,
  redirectCustomer,
  closedDoor,
  blameYourSide,
  belittling,
  remindingDuties,
  condescending,
  snapping,
];
