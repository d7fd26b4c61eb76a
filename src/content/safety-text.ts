// Words of the safety banner around the protocol text (the protocol itself is in the settings).
import type { Language } from '../engine/types';

export const SAFETY_TEXT: Record<Language, { title: string; acknowledge: string }> = {
  en: { title: 'Safety first: this customer mentions violence or self-harm', acknowledge: 'I have read the protocol' },
  de: { title: 'Sicherheit zuerst: Der Kunde spricht von Gewalt oder Selbstverletzung', acknowledge: 'Ich habe das Protokoll gelesen' },
};
