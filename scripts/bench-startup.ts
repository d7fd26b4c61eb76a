// One fresh start of the engine, as when the browser starts the extension's service worker again
// (it stops after 30 s without events): loading the rules and the first check of a reply in each
// language. `npm run bench` runs this in new processes and prints the median.
export {}; // a module, so it may await at the top level

const started = performance.now();
const { checkReply } = await import('../src/engine/check');
const loaded = performance.now();
checkReply('Hi Anna, thanks for your patience. I will call you tomorrow morning. Is there anything else I can do?');
const firstEnglish = performance.now();
checkReply('Hallo Anna, danke für Ihre Geduld. Ich rufe Sie morgen früh an. Kann ich sonst noch etwas für Sie tun?');
const firstGerman = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, firstEnglishMs: firstEnglish - loaded, firstGermanMs: firstGerman - firstEnglish }));
