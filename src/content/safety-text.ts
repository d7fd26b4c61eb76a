// Words of the safety banner, and the protocol shown when the company has not set its own.
import type { Language } from '../engine/types';

export const SAFETY_TEXT: Record<Language, { title: string; acknowledge: string }> = {
  en: { title: 'Safety first: this customer mentions violence or self-harm', acknowledge: 'I have read the protocol' },
  de: { title: 'Sicherheit zuerst: Der Kunde spricht von Gewalt oder Selbstverletzung', acknowledge: 'Ich habe das Protokoll gelesen' },
};

const DEFAULT_PROTOCOL: Record<Language, string[]> = {
  en: [
    'Take the message seriously. Do not argue and do not promise anything to end the conversation.',
    'Inform your team lead now and follow your company\'s procedure for threats and crises.',
    'If someone is in immediate danger, call the emergency services (112 in Europe, 911 in North America).',
    'Keep the message; write down what was said and when.',
  ],
  de: [
    'Nehmen Sie die Nachricht ernst. Nicht diskutieren und nichts versprechen, nur um das Gespräch zu beenden.',
    'Informieren Sie sofort Ihre Teamleitung und folgen Sie dem Verfahren Ihres Unternehmens für Drohungen und Krisen.',
    'Wenn jemand in unmittelbarer Gefahr ist, rufen Sie den Notruf (112).',
    'Bewahren Sie die Nachricht auf und notieren Sie, was wann gesagt wurde.',
  ],
};

/** Our own fixed text, so it needs no sanitising; company texts from the settings do. */
export function defaultSafetyProtocolHtml(language: Language): string {
  return `<ol>${DEFAULT_PROTOCOL[language].map((line) => `<li>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</li>`).join('')}</ol>`;
}
