// The one way HTML that did not come from our own code (the company's safety protocol, admin
// texts) reaches the screen: DOMPurify with a tight allow-list. Paragraphs, line breaks, strong,
// em, lists and links; links only to https:, mailto: and tel:, opened in a new tab without an
// opener. Everything else (scripts, styles, images, forms, event handlers, other URL schemes)
// is removed. Needs a DOM (extension pages, content script); not for the service worker.
import createDOMPurify, { type DOMPurify } from 'dompurify';

export const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'] as const;
const SAFE_HREF = /^(?:https:|mailto:|tel:)/i;

let purifier: DOMPurify | null = null;

function instance(): DOMPurify {
  if (purifier) return purifier;
  const created = createDOMPurify(window);
  created.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href.trim())) node.removeAttribute('href');
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = created;
  return created;
}

/** Sanitised HTML, safe to assign to innerHTML / dangerouslySetInnerHTML. */
export function sanitizeHtml(html: string): string {
  return instance().sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: SAFE_HREF,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  });
}
