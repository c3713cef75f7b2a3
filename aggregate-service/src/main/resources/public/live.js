// The Server-Sent Events connection behind the "live" indicator: events "status" (a claim view)
// and "removed" ({claimId}, the claim lost its last evidence). EventSource retries dropped
// connections by itself; when the server ends the stream for good (readyState CLOSED, e.g. an HTTP
// error) we open a new one with a capped back-off. After any reconnect the page re-queries, because
// statuses that changed while disconnected are not replayed.

const LABELS = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' };

export class LiveStream {
  constructor(url, indicator, { onStatus, onRemoved, onReconnected }) {
    this.url = url;
    this.indicator = indicator;
    this.onStatus = onStatus;
    this.onRemoved = onRemoved;
    this.onReconnected = onReconnected;
    this.source = null;
    this.retryMs = 1000;
    this.everOpen = false;
    this.lost = false;
  }

  connect() {
    this.setState(this.everOpen ? 'reconnecting' : 'connecting');
    const source = new EventSource(this.url);
    this.source = source;
    source.addEventListener('open', () => {
      this.retryMs = 1000;
      const reconnected = this.lost;
      this.everOpen = true;
      this.lost = false;
      this.setState('live');
      if (reconnected) this.onReconnected();
    });
    source.addEventListener('status', (event) => this.deliver(event, this.onStatus));
    source.addEventListener('removed', (event) => this.deliver(event, this.onRemoved));
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      this.lost = true;
      this.setState('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        const wait = this.retryMs;
        this.retryMs = Math.min(this.retryMs * 2, 15000);
        setTimeout(() => { if (source === this.source) this.connect(); }, wait);
      }
    });
  }

  deliver(event, handler) {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // a malformed event must not stop the stream
    }
    this.indicator.dataset.lastEvent = new Date().toISOString();
    this.indicator.dataset.events = String(Number(this.indicator.dataset.events || 0) + 1);
    handler(data);
  }

  setState(name) {
    this.indicator.dataset.state = name;
    this.indicator.querySelector('.label').textContent = LABELS[name];
    this.indicator.title = name === 'live' ? 'Receiving status changes as they happen' : LABELS[name];
  }
}
