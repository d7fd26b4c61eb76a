// Every rule CalmReply runs. Adding a rule = one file in this folder + one line here
// (a test walks the folder and fails when a rule file is missing from this list).
import type { Rule } from '../engine/types';
import { asISaid } from './as-i-said';
import { blameColleague } from './blame-colleague';
import { blameCustomer } from './blame-customer';
import { calmDown } from './calm-down';
import { endingThreat } from './ending-threat';
import { exclamationMarks } from './exclamation-marks';
import { flatRefusal } from './flat-refusal';
import { insult } from './insult';
import { justHowItIs } from './just-how-it-is';
import { minimising } from './minimising';
import { profanity } from './profanity';
import { sarcasm } from './sarcasm';
import { shouldHave } from './should-have';
import { shouting } from './shouting';
import { talkingDown } from './talking-down';

export const RULES: readonly Rule[] = [shouting, exclamationMarks, insult, profanity, sarcasm, endingThreat, blameCustomer, blameColleague, asISaid, shouldHave, talkingDown, calmDown, justHowItIs, minimising, flatRefusal];
