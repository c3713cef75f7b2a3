// ClaimWatch dashboard: claim list (GET /claims), claim view (GET /claims/{id}) and live updates
// from Server-Sent Events (GET /claims/stream: "status" with the claim view JSON, "removed" with {claimId}).
// A live status patches its row and the open claim at once; new claims and re-ordering come from a
// debounced re-query of the list, so filtering, sorting and paging stay the server's.
import { ClaimDetail } from './claim-detail.js';
import { LiveStream } from './live.js';
import { el, formatTime, scoreBar, verdictBadge } from './dom.js';

const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);

const state = {
  filters: { verdict: '', q: '', sort: 'updated', order: 'desc' },
  offset: 0,
  total: 0,
  items: [],          // the current page, in server order
  selectedId: null,
  listRequest: 0,     // sequence of list queries: only the newest answer is shown
  detailEpoch: 0,     // bumped by every shown claim view, so a slower fetch cannot overwrite a live update
};

const detail = new ClaimDetail();

function countsLine(c = {}) {
  const parts = [
    `${c.confirming ?? 0} confirm`, `${c.denying ?? 0} deny`, `${c.reporting ?? 0} report`,
    `${c.origins ?? 0} origin${c.origins === 1 ? '' : 's'}`, `${c.articles ?? 0} article${c.articles === 1 ? '' : 's'}`,
  ];
  return parts.join(' · ');
}

function renderRow(summary) {
  const selected = summary.claimId === state.selectedId;
  const button = el('button', {
    type: 'button', className: 'claim-select', 'aria-current': selected ? 'true' : null,
  },
  el('span', { className: 'row-top' }, verdictBadge(summary.verdict), scoreBar(summary.score)),
  el('span', { className: 'row-text' }, summary.text || summary.claimId),
  el('span', { className: 'row-meta' }, `${countsLine(summary.counts)} · updated ${formatTime(summary.updatedAt)}`));
  button.addEventListener('click', () => select(summary.claimId));
  return el('li', {
    className: `claim-row${selected ? ' selected' : ''}`,
    'data-claim-id': summary.claimId,
    'data-verdict': summary.verdict,
    'data-score': summary.score,
    'data-updated-at': summary.updatedAt,
  }, button);
}

function renderList() {
  const list = $('claims-list');
  list.replaceChildren(...state.items.map(renderRow));
  $('claims-empty').hidden = state.items.length > 0;
  $('claims-total').textContent = `${state.total} claim${state.total === 1 ? '' : 's'}`;
  const first = state.total === 0 ? 0 : state.offset + 1;
  $('page-info').textContent = `${first}–${state.offset + state.items.length} of ${state.total}`;
  $('page-prev').disabled = state.offset === 0;
  $('page-next').disabled = state.offset + state.items.length >= state.total;
}

function listUrl() {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  params.set('limit', PAGE_SIZE);
  params.set('offset', state.offset);
  return `/claims?${params}`;
}

async function loadList() {
  const request = ++state.listRequest;
  try {
    const response = await fetch(listUrl(), { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(await errorText(response));
    const page = await response.json();
    if (request !== state.listRequest) return; // a newer query has been sent meanwhile
    state.total = page.total ?? 0;
    state.items = page.items || [];
    $('list-error').hidden = true;
    renderList();
  } catch (error) {
    if (request !== state.listRequest) return;
    $('list-error').textContent = `Could not load claims: ${error.message}`;
    $('list-error').hidden = false;
  }
}

async function errorText(response) {
  try {
    const body = await response.json();
    return body.message || body.error || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

let refreshTimer = null;
function scheduleListRefresh() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => { refreshTimer = null; loadList(); }, 300);
}

async function loadDetail(claimId) {
  detail.loading(claimId);
  const epoch = state.detailEpoch;
  try {
    const response = await fetch(`/claims/${encodeURIComponent(claimId)}`, { headers: { Accept: 'application/json' } });
    if (state.selectedId !== claimId) return;
    if (response.status === 404) { detail.missing(claimId); return; }
    if (!response.ok) throw new Error(await errorText(response));
    const view = await response.json();
    if (state.selectedId === claimId && state.detailEpoch === epoch) showDetail(view);
  } catch (error) {
    if (state.selectedId === claimId) detail.failed(claimId, error.message);
  }
}

function showDetail(view) {
  state.detailEpoch++;
  detail.show(view);
}

function select(claimId) {
  const hash = `#claim=${encodeURIComponent(claimId)}`;
  if (location.hash !== hash) location.hash = hash; else applyHash();
}

function applyHash() {
  const match = /^#claim=(.+)$/.exec(location.hash);
  const claimId = match ? decodeURIComponent(match[1]) : null;
  if (claimId === state.selectedId && claimId !== null) return;
  state.selectedId = claimId;
  renderList();
  if (claimId) loadDetail(claimId); else detail.clear();
}

function onStatus(view) {
  if (!view || !view.claimId) return;
  const index = state.items.findIndex((s) => s.claimId === view.claimId);
  if (index >= 0) {
    state.items[index] = view;
    const old = document.querySelector(`.claim-row[data-claim-id="${CSS.escape(view.claimId)}"]`);
    if (old) {
      const row = renderRow(view);
      row.classList.add('flash');
      old.replaceWith(row);
    }
  }
  if (view.claimId === state.selectedId) {
    showDetail(view);
    if (view.evidence == null) scheduleDetailRefresh(view.claimId);
  }
  scheduleListRefresh();
}

let detailTimer = null;

// Re-reads the selected claim (with its first page of evidence) after live updates, at most every 300 ms.
function scheduleDetailRefresh(claimId) {
  if (detailTimer) return;
  detailTimer = setTimeout(async () => {
    detailTimer = null;
    const epoch = state.detailEpoch;
    try {
      const response = await fetch(`/claims/${encodeURIComponent(claimId)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const view = await response.json();
      if (state.selectedId === claimId && state.detailEpoch === epoch) showDetail(view);
    } catch (error) {
      // the next live update or a reload tries again
    }
  }, 300);
}

function onRemoved({ claimId } = {}) {
  if (!claimId) return;
  document.querySelector(`.claim-row[data-claim-id="${CSS.escape(claimId)}"]`)?.remove();
  state.items = state.items.filter((s) => s.claimId !== claimId);
  if (claimId === state.selectedId) {
    state.detailEpoch++;
    detail.missing(claimId);
  }
  scheduleListRefresh();
}

function bindFilters() {
  const form = $('filters');
  form.addEventListener('submit', (event) => event.preventDefault());
  let typing = null;
  const apply = () => {
    state.filters = {
      verdict: $('filter-verdict').value,
      q: $('filter-q').value.trim(),
      sort: $('filter-sort').value,
      order: $('filter-order').value,
    };
    state.offset = 0;
    loadList();
  };
  form.addEventListener('change', apply);
  $('filter-q').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(apply, 250); });
  $('page-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadList(); });
  $('page-next').addEventListener('click', () => { state.offset += PAGE_SIZE; loadList(); });
}

function start() {
  bindFilters();
  window.addEventListener('hashchange', applyHash);
  applyHash();
  loadList();
  new LiveStream('/claims/stream', $('live-indicator'), {
    onStatus,
    onRemoved,
    onReconnected: () => { loadList(); if (state.selectedId) loadDetail(state.selectedId); },
  }).connect();
}

start();
