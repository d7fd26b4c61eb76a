// Every rule CalmReply runs. Adding a rule = one file in this folder + one line here
// (a test walks the folder and fails when a rule file is missing from this list).
import type { Rule } from '../engine/types';
import { calmDown } from './calm-down';
import { flatRefusal } from './flat-refusal';
import { followUpPromise } from './follow-up-promise';
import { noAcknowledgment } from './no-acknowledgment';
import { noClosingOffer } from './no-closing-offer';
import { shouting } from './shouting';

export const RULES: readonly Rule[] = [shouting, calmDown, flatRefusal, followUpPromise, noClosingOffer, noAcknowledgment];
