// Building the page safely. Crawled text becomes text nodes, never markup: el() appends strings as
// text; the search snippet, the one piece of HTML the API sends, is re-parsed keeping only <mark>;
// a link opens only an http(s) URL.

export const $ = id => document.getElementById(id);

/**
 * A new element: attributes (an `on` object of event listeners), then children, where nodes are
 * appended as they are and anything else as text; arrays are flattened, null and undefined skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'on') Object.entries(v).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
}

/** The snippet as nodes: text and <mark> only, whatever the string holds. */
export function snippetNodes(html) {
  // a parsed document has no window: nothing in it loads or runs
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.childNodes].map(n => n.nodeName === 'MARK' ? el('mark', {}, n.textContent) : document.createTextNode(n.textContent));
}

/** The URL if a page may open it (http or https), else null. */
export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** A link that opens the URL in a new tab, or only its label when the URL is not one a page may open. */
export function externalLink(url, label) {
  const href = safeUrl(url);
  return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : document.createTextNode(String(label ?? ''));
}
