// Tells German from English on short texts by counting very common function words.
// One sentence is enough in practice; umlauts and ß tip the balance when words tie.
import type { Language, Register } from './types';

const EN = new Set(
  'the a an and or but is are was were be been i you we they it this that to of in on for with not no do does did don\'t can can\'t will won\'t would please thanks thank your my our me us have has had just what when how sorry hi hello there if as at from by so all any'.split(' '),
);
const DE = new Set(
  'der die das den dem des ein eine einen einem einer und oder aber ist sind war waren sein ich sie wir es nicht kein keine tun kann können wird werden würde bitte danke ihr ihre ihnen uns haben hat hatte nur was wann wie leider hallo guten tag wenn als bei von mit zu auf für so alle auch noch schon sehr mein meine mir mich du dir dich dein deine dass'.split(' '),
);

export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  let en = 0;
  let de = 0;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    const w = word.replace(/’/g, "'");
    if (EN.has(w)) en += 1;
    if (DE.has(w)) de += 1;
    if (/[äöüß]/.test(w)) de += 0.5;
  }
  if (en === de) return fallback;
  return de > en ? 'de' : 'en';
}

/** German replies address the customer with "Sie" or "du"; rewrites must keep that register. */
export function detectRegister(text: string, language: Language): Register {
  if (language !== 'de') return 'neutral';
  const informal = (text.match(/(?<![\p{L}])(?:du|dir|dich|dein|deine|deinen|deinem|deiner|euch|euer|eure)(?![\p{L}])/giu) ?? []).length;
  // "Sie/Ihnen/Ihr" capitalised in mid-sentence is the polite form.
  const formal = (text.match(/(?<=[\p{L},;:] )(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)(?![\p{L}])/gu) ?? []).length;
  return informal > formal ? 'informal' : 'formal';
}
