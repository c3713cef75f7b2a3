// Small DOM and formatting helpers. Every piece of data reaches the page through textContent or
// setAttribute (never innerHTML), and links are only made from http(s) URLs.

/** Creates an element; attrs values of null/undefined/false are skipped; children may be strings or nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Returns the URL when it is an absolute http(s) URL, else null. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A display name for a source-like value: a string, or an object with name/key. */
export function nameOf(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return value.name || value.key || '';
  return String(value);
}

/** A list of display names from a string, an array or nothing. */
export function namesOf(value) {
  if (value === null || value === undefined || value === '') return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map(nameOf).filter((n) => n);
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** Milliseconds since the epoch from an ISO-8601 string or a number; NaN when unknown. */
export function toMillis(value) {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return NaN;
}

export function formatTime(value) {
  const ms = toMillis(value);
  return Number.isFinite(ms) ? timeFormat.format(new Date(ms)) : '—';
}

export function formatScore(score) {
  const n = Number(score);
  if (!Number.isFinite(n)) return '—';
  return (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toFixed(2);
}

const VERDICT_LABELS = {
  CONFIRMED: 'Confirmed', DENIED: 'Denied', DISPUTED: 'Disputed', UNVERIFIED: 'Unverified',
};

export function verdictLabel(verdict) {
  return VERDICT_LABELS[verdict] || 'Unknown';
}

/** A verdict badge: the class carries the colour, the text carries the meaning. */
export function verdictBadge(verdict) {
  const known = Object.hasOwn(VERDICT_LABELS, verdict) ? verdict.toLowerCase() : 'unknown';
  return el('span', { className: `badge badge-${known}`, 'data-verdict': verdict || '' }, verdictLabel(verdict));
}

/**
 * A horizontal score bar from −1 (left) to +1 (right) with the fill growing from the centre,
 * exposed to assistive technology as a meter.
 */
export function scoreBar(score) {
  const n = Math.max(-1, Math.min(1, Number(score) || 0));
  const fill = el('span', { className: `fill ${n >= 0 ? 'pos' : 'neg'}` });
  fill.style.left = `${n >= 0 ? 50 : 50 + n * 50}%`;
  fill.style.width = `${Math.abs(n) * 50}%`;
  return el('span', { className: 'score' },
    el('span', {
      className: 'score-bar', role: 'meter', 'aria-valuemin': -1, 'aria-valuemax': 1,
      'aria-valuenow': n.toFixed(2), 'aria-label': `Score ${formatScore(n)}`,
    }, el('span', { className: 'axis', 'aria-hidden': 'true' }), fill),
    el('span', { className: 'score-value', 'aria-hidden': 'true' }, formatScore(n)));
}
