// Every rule CalmReply runs. Adding a rule = one file in this folder + one line here
// (a test walks the folder and fails when a rule file is missing from this list).
import type { Rule } from '../engine/types';
import { calmDown } from './calm-down';
import { certainty } from './certainty';
import { conditionalApology } from './conditional-apology';
import { flatRefusal } from './flat-refusal';
import { guarantee } from './guarantee';
import { neverAgain } from './never-again';
import { promise } from './promise';
import { anyInconvenience } from './any-inconvenience';
import { askForUnderstanding } from './ask-for-understanding';
import { importantToUs } from './important-to-us';
import { pleaseBeAdvised } from './please-be-advised';
import { sorryBut } from './sorry-but';
import { notMyDepartment } from './not-my-department';
import { contactElsewhere } from './contact-elsewhere';
import { transfer } from './transfer';
import { policyRefusal } from './policy-refusal';
import { unableTo } from './unable-to';
import { notMyProblem } from './not-my-problem';
import { bareNo } from './bare-no';
import { shouting } from './shouting';

export const RULES: readonly Rule[] = [shouting, calmDown, flatRefusal, guarantee, promise, neverAgain, certainty, conditionalApology, sorryBut, anyInconvenience, importantToUs, pleaseBeAdvised, askForUnderstanding, notMyDepartment, contactElsewhere, transfer, policyRefusal, unableTo, notMyProblem, bareNo];
