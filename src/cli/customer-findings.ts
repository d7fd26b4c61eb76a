// Customer-side findings for the CLI's `role: "customer"` lines: one per piece of evidence,
// located in the customer's text, in the same Finding shape as the agent side.
import { GUIDANCE, type GuidanceId } from '../guidance/catalogue';
import type { CustomerAnalysis, CustomerCategory, Finding } from '../engine/types';

const ABOUT: Record<CustomerCategory, { guidance: GuidanceId; severity: Finding['severity']; en: string; de: string }> = {
  'customer-anger': { guidance: 'dont-take-it-personally', severity: 'warning', en: 'The customer is upset', de: 'Der Kunde ist verärgert' },
  'escalation-request': { guidance: 'call-for-backup', severity: 'warning', en: 'The customer asks for a supervisor', de: 'Der Kunde möchte einen Vorgesetzten sprechen' },
  'safety-risk': { guidance: 'be-prepared', severity: 'error', en: 'Threat of violence or self-harm: follow the safety protocol', de: 'Drohung mit Gewalt oder Selbstverletzung: Sicherheitsprotokoll befolgen' },
};

export function customerFindings(text: string, analysis: CustomerAnalysis): Finding[] {
  return analysis.evidence.map(({ category, excerpt }) => {
    const about = ABOUT[category];
    // Evidence is a verbatim excerpt; when it cannot be located the finding covers nothing (0, 0).
    const found = text.indexOf(excerpt);
    const start = Math.max(found, 0);
    return {
      ruleId: category,
      category,
      severity: about.severity,
      start,
      end: found >= 0 ? start + excerpt.length : 0,
      excerpt,
      message: about[analysis.language],
      explanation: analysis.language === 'de' ? GUIDANCE[about.guidance].quote : GUIDANCE[about.guidance].quoteEn,
      suggestions: [],
      guidance: about.guidance,
      language: analysis.language,
    };
  });
}
