// Styles of the status chip, the safety banner and the close gate (inside our shadow root only).
export const PAGE_UI_CSS = `
.chip { position: fixed; z-index: 2147483646; display: flex; align-items: center; gap: 8px; padding: 3px 10px;
  border-radius: 14px; background: #fff; border: 1px solid #d2d6dc; box-shadow: 0 1px 4px rgba(0,0,0,.12);
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; max-width: 420px; }
.chip .dot { display: inline-flex; align-items: center; gap: 3px; }
.chip .dot::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.chip .error { color: #d93025; } .chip .warning { color: #e37400; } .chip .hint { color: #1a73e8; }
.chip .ok { color: #1e8e3e; }
.chip .mood { padding-left: 8px; border-left: 1px solid #e4e7eb; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.chip .mood-2 strong { color: #b45309; } .chip .mood-3 strong { color: #b91c1c; }
.banner { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; padding: 12px 18px; background: #b91c1c; color: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.banner h2 { margin: 0 0 4px; font-size: 16px; }
.banner .protocol { margin: 0 0 8px; }
.banner .protocol p { margin: 0 0 4px; }
.banner button { font: inherit; padding: 4px 12px; border-radius: 4px; border: 1px solid #fff; background: #fff; color: #b91c1c; cursor: pointer; }
.gate-backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(15, 23, 42, .45); display: flex; align-items: center; justify-content: center; }
.gate { width: min(480px, 92vw); background: #fff; color: #1f2933; border-radius: 10px; padding: 18px 20px; box-shadow: 0 12px 40px rgba(0,0,0,.3);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.gate h2 { margin: 0 0 6px; font-size: 17px; }
.gate ul { margin: 8px 0 14px; padding-left: 20px; }
.gate .buttons { display: flex; gap: 10px; justify-content: flex-end; }
.gate button { font: inherit; padding: 6px 14px; border-radius: 6px; cursor: pointer; }
.gate .primary { background: #0f766e; color: #fff; border: 1px solid #0f766e; }
.gate .secondary { background: #fff; color: #1f2933; border: 1px solid #9aa5b1; }
.gate button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;
