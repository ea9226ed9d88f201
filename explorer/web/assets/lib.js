// Shared helpers: DOM building, JSON-RPC over HTTP, the WebSocket
// subscription manager, validation and formatting. Nothing here writes
// HTML from strings: every value from the network goes through textContent
// or setAttribute.

export const HASH = /^0x[0-9a-fA-F]{64}$/;
export const ADDR = /^0x[0-9a-fA-F]{40}$/;
export const DEC = /^[0-9]{1,15}$/;

// ---------- DOM ----------

function add(el, kids) {
  for (const k of kids) {
    if (k == null || k === false) continue;
    if (Array.isArray(k)) add(el, k);
    else el.append(k instanceof Node ? k : String(k));
  }
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (typeof v === 'number' && !isFinite(v)) v = 0; // never NaN in an SVG attribute
    if (k === 'class') el.setAttribute('class', v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

// h('a', {href: '/x', class: 'y'}, 'text', child, [more]) builds an element.
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  add(el, kids);
  return el;
}

// fill(el, ...kids) replaces el's children (null and false are skipped).
export function fill(el, ...kids) {
  el.replaceChildren();
  add(el, kids);
  return el;
}

// s(...) is h for SVG elements.
export function s(tag, attrs, ...kids) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  if (attrs) for (const k in attrs) if (typeof attrs[k] === 'number') attrs[k] = Math.round(attrs[k] * 10) / 10;
  setAttrs(el, attrs);
  add(el, kids);
  return el;
}

// ---------- errors ----------

export class NodeDown extends Error {
  constructor(detail) {
    super(`the node does not answer at ${location.host} — is zkrollup running?` + (detail ? ` (${detail})` : ''));
    this.nodeDown = true;
  }
}

export class RpcError extends Error {
  constructor(err) {
    super(err && err.message ? String(err.message) : 'the node returned an error');
    this.code = err && err.code;
    this.kind = err && err.data && err.data.kind;
  }
}

// ---------- JSON-RPC over HTTP ----------

let nextId = 1;

export async function call(method, ...params) {
  let res;
  try {
    res = await fetch('/', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({jsonrpc: '2.0', id: nextId++, method, params}),
    });
  } catch {
    throw new NodeDown();
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new NodeDown(`HTTP ${res.status} without a JSON answer`);
  }
  if (body && body.error) throw new RpcError(body.error);
  if (!res.ok) throw new NodeDown(`HTTP ${res.status}`);
  return body ? body.result : null;
}

// ---------- WebSocket subscriptions ----------

// One shared socket; subscriptions survive reconnects (they are sent
// again when the socket opens). onState(connected, everConnected) tells
// the page's banner.
const subs = new Set(); // {args, cb, onStart, onError, id (server sub id), closed}
const bySubId = new Map();
const early = new Map(); // notifications that came before their subscribe reply
const waiting = new Map(); // request id -> sub
let ws = null;
let backoff = 500;
let reconnectTimer = 0;
let everOpen = false;
let stateCb = () => {};

export function onConnState(cb) { stateCb = cb; }

function wsSend(msg) {
  if (ws && ws.readyState === WebSocket.OPEN) {
    try { ws.send(JSON.stringify(msg)); return true; } catch { return false; }
  }
  return false;
}

function sendSub(sub) {
  const id = nextId++;
  waiting.set(id, sub);
  wsSend({jsonrpc: '2.0', id, method: 'zkr_subscribe', params: sub.args});
}

function connect() {
  clearTimeout(reconnectTimer);
  reconnectTimer = 0;
  if (ws) return;
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  let sock;
  try {
    sock = new WebSocket(`${proto}//${location.host}/`);
  } catch {
    scheduleReconnect();
    return;
  }
  ws = sock;
  sock.onopen = () => {
    if (ws !== sock) return;
    backoff = 500;
    everOpen = true;
    stateCb(true);
    for (const sub of subs) sendSub(sub);
  };
  sock.onmessage = (ev) => {
    if (ws !== sock) return;
    let m;
    try { m = JSON.parse(ev.data); } catch { return; }
    handle(m);
  };
  sock.onerror = () => {}; // onclose follows
  sock.onclose = () => {
    if (ws !== sock) return;
    ws = null;
    waiting.clear();
    bySubId.clear();
    early.clear();
    for (const sub of subs) sub.id = null;
    if (subs.size === 0) return; // nobody listens: reconnect on the next subscribe
    stateCb(false, everOpen);
    scheduleReconnect();
  };
}

function scheduleReconnect() {
  if (reconnectTimer) return;
  reconnectTimer = setTimeout(connect, backoff);
  backoff = Math.min(backoff * 2, 8000);
}

function deliver(sub, result) {
  try { sub.cb(result); } catch (e) { reportBug(e); }
}

function handle(m) {
  if (Array.isArray(m)) { m.forEach(handle); return; }
  if (!m || typeof m !== 'object') return;
  if (m.method && m.params && m.params.subscription) {
    const sub = bySubId.get(m.params.subscription);
    if (sub) deliver(sub, m.params.result);
    else if (waiting.size) { // its subscribe reply may still be on the way
      const q = early.get(m.params.subscription) || [];
      q.push(m.params.result);
      if (q.length < 1000) early.set(m.params.subscription, q);
    }
    return;
  }
  if (m.id != null && waiting.has(m.id)) {
    const sub = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) {
      if (!sub.closed && sub.onError) sub.onError(new RpcError(m.error));
      return;
    }
    const sid = m.result;
    if (sub.closed) {
      wsSend({jsonrpc: '2.0', id: nextId++, method: 'zkr_unsubscribe', params: [sid]});
      return;
    }
    sub.id = sid;
    bySubId.set(sid, sub);
    if (sub.onStart) { try { sub.onStart(); } catch (e) { reportBug(e); } }
    const q = early.get(sid);
    if (q) { early.delete(sid); q.forEach((r) => deliver(sub, r)); }
  }
}

// subscribe(['chainStatus'], cb, {onStart, onError}) returns a function
// that ends the subscription. onStart runs each time the server accepted
// it (after every reconnect too).
export function subscribe(args, cb, opts = {}) {
  const sub = {args, cb, onStart: opts.onStart, onError: opts.onError, id: null, closed: false};
  subs.add(sub);
  if (!ws) connect();
  else if (ws.readyState === WebSocket.OPEN) sendSub(sub);
  return () => {
    if (sub.closed) return;
    sub.closed = true;
    subs.delete(sub);
    if (sub.id) {
      bySubId.delete(sub.id);
      wsSend({jsonrpc: '2.0', id: nextId++, method: 'zkr_unsubscribe', params: [sub.id]});
    }
  };
}

// A bug in this code: show it in the page rather than throwing.
let bugCb = () => {};
export function onBug(cb) { bugCb = cb; }
export function reportBug(e) { bugCb(e); }

// ---------- formatting ----------

export function short(hex, n = 6) {
  hex = String(hex || '');
  return hex.length > 2 * n + 3 ? `${hex.slice(0, n + 2)}…${hex.slice(-n)}` : hex;
}

export const fmtInt = (n) => (n == null || n === '' || !isFinite(Number(n))) ? '—' : Number(n).toLocaleString('en-US');

export function fmtBytes(n) {
  n = Number(n);
  if (!isFinite(n)) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1048576).toFixed(2)} MiB`;
}

export function fmtMs(ms) {
  ms = Number(ms);
  if (!isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120000) return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
  return `${(ms / 60000).toFixed(1)} min`;
}

// Compact numbers for chart axes: 1.2k, 3.4M.
export function compact(n) {
  const a = Math.abs(n);
  if (a >= 1e9) return `${+(n / 1e9).toFixed(2)}G`;
  if (a >= 1e6) return `${+(n / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${+(n / 1e3).toFixed(1)}k`;
  if (a >= 1 || a === 0) return `${+n.toFixed(2)}`;
  return `${+n.toPrecision(3)}`;
}

// Decimal-string base units -> "1,234.5" with at most maxFrac decimals.
export function units(str, dec = 18, maxFrac = 6) {
  let v;
  try { v = BigInt(str); } catch { return String(str); }
  const neg = v < 0n;
  if (neg) v = -v;
  const base = 10n ** BigInt(dec);
  const ip = v / base;
  const fp = (v % base).toString().padStart(dec, '0').slice(0, maxFrac).replace(/0+$/, '');
  if (ip === 0n && !fp && v > 0n) return `${neg ? '>-' : '<'}0.${'0'.repeat(maxFrac - 1)}1`;
  return (neg ? '-' : '') + ip.toLocaleString('en-US') + (fp ? '.' + fp : '');
}

export const tokenNames = new Map([[0, 'ETH']]);
export const tokenName = (id) => tokenNames.get(Number(id)) || `token #${id}`;

// An amount with its token, the raw value in the title.
export function amount(str, token) {
  if (str == null || str === '') return h('span', {class: 'muted'}, '—');
  const t = token == null ? '' : ' ' + tokenName(token);
  return h('span', {class: 'amt', title: `${str} base units${token == null ? '' : ' of token ' + token}`}, units(str) + t);
}

export function relTime(ms) {
  const d = (Date.now() - ms) / 1000;
  if (!isFinite(d)) return '—';
  if (d < -5) return 'in the future';
  if (d < 60) return `${Math.max(0, Math.round(d))} s ago`;
  if (d < 3600) return `${Math.floor(d / 60)} min ago`;
  if (d < 86400) return `${Math.floor(d / 3600)} h ago`;
  return `${Math.floor(d / 86400)} d ago`;
}

// <time> showing "12 s ago", absolute time in the title; kept fresh by tickTimes.
export function ago(ms) {
  ms = Number(ms);
  const d = new Date(ms);
  if (!ms || isNaN(d.getTime())) return h('span', {class: 'muted'}, '—');
  return h('time', {datetime: d.toISOString(), title: d.toLocaleString(), 'data-ms': ms}, relTime(ms));
}

export function tickTimes() {
  for (const t of document.querySelectorAll('time[data-ms]')) {
    const txt = relTime(Number(t.getAttribute('data-ms')));
    if (t.textContent !== txt) t.textContent = txt;
  }
}

export const mono = (hex, n) => h('span', {class: 'mono', title: String(hex || '')}, short(hex, n));

// ---------- links ----------

export function blockLink(n, text) {
  n = Number(n);
  if (!Number.isSafeInteger(n) || n < 0) return h('span', null, text ?? String(n));
  return h('a', {href: `/block/${n}`, 'data-testid': 'block-link'}, text ?? `#${n}`);
}

export function txLink(hash, n) {
  if (!HASH.test(String(hash))) return mono(hash, n);
  return h('a', {href: `/tx/${hash.toLowerCase()}`, class: 'mono', title: hash}, short(hash, n));
}

export function acctLink(id, addr) {
  const hasAddr = ADDR.test(String(addr || ''));
  const hasId = id != null && Number.isSafeInteger(Number(id));
  if (!hasAddr && !hasId) return h('span', {class: 'muted'}, '—');
  const href = hasAddr ? `/account/${addr.toLowerCase()}` : `/account/${Number(id)}`;
  const title = (hasAddr ? addr : '') + (hasId ? `${hasAddr ? ' · ' : ''}account #${id}` : '');
  return h('a', {href, class: 'mono', title}, hasAddr ? short(addr, 4) + (hasId ? ` #${id}` : '') : `#${id}`);
}

// ---------- L1 stages ----------

export const STAGES = ['sealed', 'committed', 'proven', 'executed'];
export const stageRank = (l1) => Math.max(0, STAGES.indexOf(l1 || 'sealed'));

// The L1 stage that the chain status implies for block n.
export function impliedStage(n, st) {
  if (!st || !(n >= 1)) return '';
  if (st.l1Executed >= n) return 'executed';
  if (st.l1Proven >= n) return 'proven';
  if (st.l1Committed >= n) return 'committed';
  return '';
}

// The later of the server's stage and the one the status implies.
export function bestStage(n, l1, st) {
  const a = l1 || '', b = impliedStage(n, st);
  return stageRank(b) > stageRank(a) ? b : a;
}

// A progress pill: sealed → committed → proven → executed.
export function pill(l1) {
  const r = stageRank(l1);
  const name = STAGES[r];
  return h('span', {class: `pill st-${name}`, title: STAGES.map((x, i) => (i <= r ? '● ' : '○ ') + x).join('  '), 'data-stage': name},
    h('span', {class: 'dots'}, STAGES.map((_, i) => h('i', {class: i <= r ? 'on' : ''}))),
    name);
}
