// The claim view: verdict, score, counts, the score-history chart, the sources grouped by stance
// (confirms / denies / reports) and the raw evidence records.
import {
  el, formatTime, nameOf, namesOf, safeHttpUrl, scoreBar, verdictBadge,
} from './dom.js';
import { ScoreChart } from './score-chart.js';

const $ = (id) => document.getElementById(id);
const STANCES = { CONFIRMS: 'confirms', DENIES: 'denies', REPORTS: 'reports' };

function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Links to the articles carrying a source's stance, labelled by publisher host; bare ids when no URL is known. */
function articleLinks(source) {
  const urls = (source.articleUrls || []).map(safeHttpUrl).filter((u) => u);
  const items = urls.length
    ? urls.map((url) => el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', title: url }, hostOf(url)))
    : (source.articleIds || []).map((id) => el('span', { className: 'article-id' }, id));
  return items.length ? el('ul', { className: 'article-links', 'aria-label': 'Articles' },
    items.map((item) => el('li', {}, item))) : null;
}

function sourceCard(source) {
  const name = nameOf(source.name) || nameOf(source.key) || 'Unnamed source';
  const origin = nameOf(source.origin);
  const relayedBy = namesOf(source.relayedBy).filter((n) => n !== name);
  const facts = [
    source.type ? el('span', { className: 'tag' }, String(source.type).toLowerCase()) : null,
    source.party ? el('span', { className: 'tag tag-party', title: 'A participant of the claim or speaks for one' }, 'party') : null,
    Number.isFinite(Number(source.weight)) ? el('span', { className: 'tag' }, `weight ${Number(source.weight).toFixed(2)}`) : null,
  ];
  return el('li', { className: 'source', 'data-source-key': source.key || name, 'data-stance': source.stance || '' },
    el('div', { className: 'source-head' }, el('strong', { className: 'source-name' }, name), ...facts),
    origin && origin !== name ? el('div', { className: 'source-origin' }, 'origin: ', el('span', {}, origin)) : null,
    relayedBy.length ? el('div', { className: 'source-relayed' }, 'relayed by: ', el('span', {}, relayedBy.join(', '))) : null,
    source.quote ? el('blockquote', { className: 'quote' }, source.quote) : null,
    articleLinks(source),
    source.lastSeen ? el('div', { className: 'muted small' }, `last seen ${formatTime(source.lastSeen)}`) : null);
}

function weight(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : '—';
}

function countsList(counts = {}) {
  const entries = [
    ['Confirming', counts.confirming], ['Denying', counts.denying], ['Reporting', counts.reporting],
    ['Independent origins', counts.origins], ['Articles', counts.articles], ['Evidence records', counts.evidence],
  ];
  return entries.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, String(value ?? 0))]);
}

function evidenceRow(item) {
  const source = nameOf(item.source);
  const origin = nameOf(item.origin);
  return el('tr', {},
    el('td', {}, formatTime(item.eventTime)),
    el('td', {}, origin && origin !== source ? `${source} (citing ${origin})` : source),
    el('td', {}, String(item.stance || '').toLowerCase()),
    el('td', {}, item.quote || ''),
    el('td', { className: 'article-id' }, item.articleId || ''));
}

/** Renders one claim view into #claim-detail; `current` is the view on screen. */
export class ClaimDetail {
  constructor() {
    this.root = $('claim-detail');
    this.chart = new ScoreChart($('score-chart'));
    this.current = null;
  }

  clear() {
    this.current = null;
    this.root.dataset.claimId = '';
    $('detail-body').hidden = true;
    this.placeholder('Select a claim to see who confirms or denies it.');
  }

  loading(claimId) {
    if (this.current?.claimId === claimId) return;
    this.current = null;
    this.root.dataset.claimId = claimId;
    $('detail-body').hidden = true;
    this.placeholder('Loading…');
  }

  missing(claimId) {
    $('detail-body').hidden = true;
    this.placeholder(`No claim with id “${claimId}”.`);
  }

  failed(claimId, message) {
    $('detail-body').hidden = true;
    this.placeholder(`Could not load claim “${claimId}”: ${message}`);
  }

  placeholder(text) {
    const p = $('detail-placeholder');
    p.textContent = text;
    p.hidden = false;
  }

  show(view) {
    // Live updates carry no evidence (it is paged from the store); keep the list shown until it is re-fetched.
    if (view.evidence == null && this.current && this.current.claimId === view.claimId) {
      view = { ...view, evidence: this.current.evidence };
    }
    this.current = view;
    this.root.dataset.claimId = view.claimId;
    this.root.dataset.verdict = view.verdict || '';
    this.root.dataset.updatedAt = view.updatedAt || '';
    $('detail-placeholder').hidden = true;
    $('detail-verdict').replaceWith(Object.assign(verdictBadge(view.verdict), { id: 'detail-verdict' }));
    $('detail-text').textContent = view.text || view.claimId;
    $('detail-score').replaceChildren(el('span', { className: 'label' }, 'Score'), scoreBar(view.score),
      el('span', { className: 'muted' },
        `confirm weight ${weight(view.confirmWeight)} · deny weight ${weight(view.denyWeight)}`));
    $('detail-counts').replaceChildren(...countsList(view.counts));
    $('detail-times').textContent = `First seen ${formatTime(view.firstSeen)} · updated ${formatTime(view.updatedAt)}`;
    this.showSources(view.sources || []);
    const evidence = view.evidence || [];
    $('n-evidence').textContent = String(evidence.length);
    $('evidence-table').tBodies[0].replaceChildren(...evidence.map(evidenceRow));
    $('detail-body').hidden = false;
    this.chart.show(view.history || []);
  }

  showSources(sources) {
    for (const group of Object.values(STANCES)) {
      const members = sources.filter((s) => STANCES[s.stance] === group);
      $(`sources-${group}`).replaceChildren(...(members.length
        ? members.map(sourceCard) : [el('li', { className: 'muted none' }, 'None')]));
      $(`n-${group}`).textContent = `(${members.length})`;
    }
  }
}
