// The explorer: a router over the History API and one function per page.
// Pages read with JSON-RPC over HTTP and stay live through WebSocket
// subscriptions (no timers poll for data).
import {
  h, fill, call, subscribe, onConnState, onBug, HASH, ADDR, DEC, tokenNames, short, fmtInt, fmtBytes, fmtMs,
  amount, ago, tickTimes, mono, blockLink, txLink, acctLink, bestStage, stageRank, pill,
} from './lib.js';
import {barChart, pointChart, depthChart, candleChart} from './charts.js';

const X = (window.__explorer = window.__explorer || {events: []});
if (!Array.isArray(X.events)) X.events = [];

const main = document.getElementById('main');
const conn = document.getElementById('conn');

// ---------- small building blocks ----------

const loading = (what = 'Loading…') => h('p', {class: 'loading', 'data-testid': 'loading'}, what);
const notFound = (...kids) => h('p', {class: 'notfound', 'data-testid': 'not-found'}, ...kids);
const empty = (text) => h('p', {class: 'empty'}, text);
const td = (x, cls) => h('td', {class: cls}, x);
const num = (x) => h('td', {class: 'num'}, x);
const emptyRow = (cols, text) => h('tr', {class: 'emptyrow'}, h('td', {colspan: cols}, text));
const fields = (pairs) => h('dl', {class: 'fields'}, pairs.filter(Boolean).map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v))));
const sec = (title, ...kids) => h('section', {class: 'card'}, h('h2', null, title), ...kids);
const muted = (t) => h('span', {class: 'muted'}, t);

function table(cols, tbody, cls) {
  const head = h('thead', null, h('tr', null, cols.map((c) => (Array.isArray(c) ? h('th', {class: c[1]}, c[0]) : h('th', null, c)))));
  return h('div', {class: 'tablewrap'}, h('table', {class: cls}, head, tbody));
}

function errorText(e) {
  if (e && e.nodeDown) return e.message;
  if (e && e.code != null) return `the node answered with an error: ${e.message}`;
  return `something went wrong in the explorer: ${e && e.message ? e.message : e}`;
}

const blockRange = (a, b) => (a === b || b == null ? blockLink(a) : [blockLink(a), '–', blockLink(b)]);

function l1TxTable(refs) {
  if (!refs || !refs.length) return empty('no L1 transactions yet');
  return table(['Stage', 'L1 transaction', 'Status', ['Gas', 'num'], ['Blob gas', 'num'], ['L1 block', 'num'], 'Blocks', 'Confirmed'],
    h('tbody', null, refs.map((r) => h('tr', null,
      td(r.stage), td(mono(r.hash, 8)), td(h('span', {class: `st ${r.status}`}, r.status)),
      num(fmtInt(r.gasUsed)), num(fmtInt(r.blobGasUsed)), num(fmtInt(r.l1Block)),
      td(blockRange(r.firstBlock, r.lastBlock)), td(ago(r.minedAt))))));
}

// Short L1 tx references for the blocks table.
const l1Refs = (refs) => (refs && refs.length ? h('span', {class: 'refs'}, refs.map((r) =>
  h('span', {class: `ref st ${r.status}`, title: `${r.stage} transaction ${r.hash}: ${r.status}` + (r.l1Block ? `, L1 block ${r.l1Block}` : '') + (r.gasUsed ? `, gas ${r.gasUsed}` : '')},
    r.stage + ' ', h('span', {class: 'mono'}, short(r.hash, 4))))) : muted('—'));

const fromOf = (t, fallback) => (t && (t.from != null || t.fromAddress) ? acctLink(t.from, t.fromAddress) : fallback != null ? acctLink(fallback) : muted('—'));
const toOf = (t) => (t && (t.to != null || t.toAddress) ? acctLink(t.to, t.toAddress) : muted('—'));
function amountsOf(t) {
  if (!t) return muted('—');
  const out = [];
  if (t.amount != null) out.push(amount(t.amount, t.token));
  if (t.amountB != null) out.push(' ⇄ ', amount(t.amountB, t.tokenB));
  return out.length ? out : muted('—');
}
const feeOf = (t) => (t && t.fee != null ? amount(t.fee, t.feeToken ?? t.token) : muted('—'));

// Token names: ETH is 0; markets name their base and quote ("ETH/DUSD").
let metaP = null;
let marketsCache = null;
function meta() {
  if (!metaP) {
    metaP = Promise.all([
      call('zkr_tokens').then((ts) => { for (const t of ts || []) if (t && t.symbol) tokenNames.set(Number(t.id), String(t.symbol)); }).catch(() => {}),
      loadMarkets().catch(() => {}),
    ]);
  }
  return metaP;
}
async function loadMarkets() {
  const ms = (await call('zkr_markets')) || [];
  marketsCache = ms;
  for (const m of ms) {
    const [b, q] = String(m.symbol || '').split('/');
    if (b && !tokenNames.has(Number(m.base))) tokenNames.set(Number(m.base), b);
    if (q && !tokenNames.has(Number(m.quote))) tokenNames.set(Number(m.quote), q);
  }
  const nav = document.getElementById('nav-market');
  if (nav && ms.length) nav.setAttribute('href', `/market/${Number(ms[0].id)}`);
  return ms;
}

// ---------- page context: lifetime, subscriptions, live refetches ----------

let cur = null;
let noteEl = null;

function clearNote() { if (noteEl) { noteEl.remove(); noteEl = null; } }
function showNote(text) {
  if (!noteEl) {
    noteEl = h('p', {class: 'error note', 'data-testid': 'error', role: 'alert'});
    main.before(noteEl);
  }
  noteEl.textContent = text;
}

class Ctx {
  constructor(path) { this.path = path; this.alive = true; this.finished = false; this.failed = false; this.offs = []; this.early = null; }
  close() {
    this.alive = false;
    for (const off of this.offs) { try { off(); } catch { /* gone already */ } }
  }
  show(...nodes) { if (this.alive) fill(main, ...nodes); }
  done() {
    if (!this.alive || this.finished) return;
    this.finished = true;
    X.route = this.path;
    document.body.dataset.ready = '1';
    if (this.early) this.note(this.early);
  }
  // A live error (a refetch failed): shown above the page, not thrown;
  // one before the page rendered waits for it.
  note(e) {
    if (!this.alive || this.failed) return;
    if (this.finished) showNote(errorText(e));
    else this.early = e;
  }
  sub(args, cb, opts = {}) {
    this.offs.push(subscribe(args, (r) => { if (this.alive) cb(r); }, {
      onStart: () => { if (this.alive && opts.onStart) opts.onStart(); },
      onError: (e) => { if (this.alive) (opts.onError || ((x) => this.note(x)))(e); },
    }));
  }
  // live(fn) returns run(): calls fn, one at a time; calls during a run
  // make one more run after it. Errors become a note; run() never rejects.
  live(fn, gapMs = 0) {
    let running = false, again = false;
    return async () => {
      if (!this.alive) return;
      if (running) { again = true; return; }
      running = true;
      try {
        do {
          again = false;
          try { await fn(); if (this.alive && !this.failed) clearNote(); } catch (e) { this.note(e); }
          if (again && gapMs) await new Promise((r) => setTimeout(r, gapMs));
        } while (again && this.alive);
      } finally { running = false; }
    };
  }
}

// ---------- router ----------

const routes = [
  [/^\/$/, pageHome],
  [/^\/block\/([^/]*)$/, pageBlock],
  [/^\/tx\/([^/]*)$/, pageTx],
  [/^\/account\/([^/]*)$/, pageAccount],
  [/^\/provers\/?$/, pageProvers],
  [/^\/l1\/?$/, pageL1],
  [/^\/markets?\/?$/, pageMarkets],
  [/^\/market\/([^/]*)$/, pageMarket],
  [/^\/search\/?$/, pageSearch],
];

function setNav(path) {
  const seg = path.split('/')[1] || 'home';
  for (const a of document.querySelectorAll('nav a[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === (seg === 'markets' ? 'market' : seg));
  }
}

function route() {
  if (cur) cur.close();
  clearNote();
  const path = location.pathname;
  const ctx = (cur = new Ctx(path));
  setNav(path);
  document.title = 'zkrollup explorer';
  ctx.show(loading());
  let page = pageUnknown, arg;
  for (const [re, fn] of routes) {
    const m = re.exec(path);
    if (m) { page = fn; arg = m[1] === undefined ? undefined : safeDecode(m[1]); break; }
  }
  Promise.resolve()
    .then(() => page(ctx, arg))
    .catch((e) => {
      if (!ctx.alive) return;
      ctx.failed = true;
      ctx.show(h('div', {class: 'error', 'data-testid': 'error', role: 'alert'}, errorText(e), ' ',
        h('button', {type: 'button', onclick: () => route()}, 'try again')));
    })
    .then(() => ctx.done());
}

function safeDecode(x) { try { return decodeURIComponent(x); } catch { return x; } }

function go(url, {replace = false, state = null} = {}) {
  const same = url === location.pathname + location.search;
  history[replace || same ? 'replaceState' : 'pushState'](state, '', url);
  route();
  if (!replace) window.scrollTo(0, 0);
}

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/assets/')) return;
  e.preventDefault();
  go(url.pathname + url.search);
});
window.addEventListener('popstate', () => route());

// Where a search goes: tx hash, address, block number.
function searchTarget(q) {
  q = q.trim();
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(q)) return `/tx/${q.startsWith('0x') ? q.toLowerCase() : '0x' + q.toLowerCase()}`;
  if (ADDR.test(q)) return `/account/${q.toLowerCase()}`;
  if (/^#?[0-9]{1,15}$/.test(q)) return `/block/${Number(q.replace('#', ''))}`;
  return null;
}
const form = document.getElementById('search');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = String(new FormData(form).get('q') || '').trim();
  const t = searchTarget(q);
  if (t && t.startsWith('/block/')) go(t, {state: {search: Number(t.slice(7))}});
  else go(t || `/search?q=${encodeURIComponent(q)}`);
});

onConnState((ok, ever) => {
  conn.hidden = ok;
  if (ok) clearNote(); // a refetch that failed while the node was away
  conn.textContent = ok ? '' : ever ? 'connection lost, reconnecting…'
    : `cannot open the live connection to the node at ${location.host}, retrying…`;
});
onBug((e) => { if (cur) cur.note(e); });
window.addEventListener('unhandledrejection', (e) => { e.preventDefault(); if (cur) cur.note(e.reason); });
setInterval(tickTimes, 5000);

// ---------- pages ----------

function pageUnknown(ctx) {
  ctx.show(h('section', {class: 'page'}, h('h1', null, 'Not here'),
    notFound(`there is no page at ${ctx.path}: try `, h('a', {href: '/'}, 'the latest blocks'), ' or the search box.')));
}

function pageSearch(ctx) {
  const q = new URLSearchParams(location.search).get('q') || '';
  const t = searchTarget(q);
  if (t) return go(t, {replace: true, state: t.startsWith('/block/') ? {search: Number(t.slice(7))} : null});
  document.title = 'Search · zkrollup explorer';
  ctx.show(h('section', {class: 'page'}, h('h1', null, 'Search'),
    notFound(q ? `nothing to look up for “${q.slice(0, 100)}”. ` : 'type something to look up. ',
      'Search by transaction hash (0x and 64 hex digits), account address (0x and 40 hex digits) or block number (decimal); ',
      'an account id opens at /account/<id>.')));
}

function statusBar(el, st) {
  const item = (label, n) => h('div', {class: 'stat'}, h('span', {class: 'label'}, label),
    h('span', {class: 'value'}, n > 0 ? blockLink(n) : n === 0 ? '0' : '—'));
  fill(el,
    item('Latest L2 block', st.latestBlock), item('Verified view at', st.verifiedBlock),
    item('Committed on L1', st.l1Committed), item('Proven on L1', st.l1Proven), item('Executed on L1', st.l1Executed));
}

const l1Changed = (a, b) => !a || !b || a.l1Committed !== b.l1Committed || a.l1Proven !== b.l1Proven || a.l1Executed !== b.l1Executed;

async function pageHome(ctx) {
  document.title = 'zkrollup explorer';
  let status = null, blocks = null;
  const bar = h('div', {class: 'statusbar', 'data-testid': 'chain-status'}, loading('Loading chain status…'));
  const tbody = h('tbody', {'data-testid': 'blocks'});
  const renderBlocks = () => {
    fill(tbody, ...(blocks.length ? blocks.map((b) => h('tr', {'data-block': b.number},
      td(blockLink(b.number)), td(ago(b.sealedAt || b.timestamp * 1000)), num(fmtInt(b.ops)), num(fmtBytes(b.pubdataBytes)),
      td(pill(bestStage(b.number, b.l1, status))), td(l1Refs(b.l1Txs)))) : [emptyRow(6, 'no blocks yet')]));
  };
  const fetchBlocks = async () => {
    const b = await call('zkr_getBlocks', null, 20);
    if (!ctx.alive) return;
    blocks = Array.isArray(b) ? b : [];
    renderBlocks();
  };
  const refetch = ctx.live(fetchBlocks);
  ctx.sub(['chainStatus'], (st) => {
    const prev = status;
    status = st;
    statusBar(bar, st);
    if (!blocks) return;
    renderBlocks();
    const top = blocks.length ? blocks[0].number : -1;
    if (st.latestBlock > top || l1Changed(prev, st)) refetch();
  });
  ctx.sub(['newBlocks'], () => { if (blocks) refetch(); });
  const [st] = await Promise.all([call('zkr_status'), fetchBlocks()]);
  if (!status && st) { status = st; statusBar(bar, st); renderBlocks(); }
  ctx.show(h('section', {class: 'page home'}, bar, h('h1', null, 'Latest blocks'),
    table([['Block', ''], 'Sealed', ['Ops', 'num'], ['Pubdata', 'num'], 'L1 stage', 'L1 transactions'], tbody, 'blocks')));
}

async function pageBlock(ctx, raw) {
  if (!DEC.test(raw)) {
    return ctx.show(h('section', {class: 'page'}, h('h1', null, 'Block'),
      notFound(`“${raw.slice(0, 80)}” is not a block number: a block is a decimal number, e.g. /block/1.`)));
  }
  const n = Number(raw);
  document.title = `Block ${n} · zkrollup explorer`;
  const root = h('section', {class: 'page', 'data-testid': 'block-page', 'data-block': n});
  let blk = null, status = null;
  const search = history.state && history.state.search === n;
  const acctAlt = h('a', {href: `/account/${n}`}, `account id ${n}`);

  const render = () => {
    const latest = status ? status.latestBlock : null;
    const nav = h('span', {class: 'prevnext'},
      n > 0 ? blockLink(n - 1, `← block ${n - 1}`) : null,
      latest == null || n < latest ? blockLink(n + 1, `block ${n + 1} →`) : muted(`block ${n + 1} →`));
    const head = h('div', {class: 'pagehead'}, h('h1', null, `Block ${n}`), nav);
    if (!blk) {
      const msg = latest != null && n > latest
        ? [`no block ${n} yet (latest is ${latest}); this page shows it once it is sealed. `]
        : [`no block ${n} is known to this node${latest != null ? ` (latest is ${latest})` : ''}. `];
      fill(root, head, notFound(...msg, 'Looking for ', acctAlt, '?'));
      return;
    }
    const stage = bestStage(n, blk.l1, status);
    const p = blk.proof;
    const ops = blk.ops || [];
    fill(root, head,
      search ? h('p', {class: 'hint'}, 'Looking for ', acctAlt, ' instead?') : null,
      sec('Overview', fields([
        ['L1 stage', pill(stage)],
        ['Sealed', ago(blk.sealedAt || blk.timestamp * 1000)],
        ['Timestamp', blk.timestamp ? new Date(blk.timestamp * 1000).toLocaleString() : '—'],
        ['Operations', fmtInt(ops.length)],
        ['Pubdata', `${fmtInt(blk.pubdataBytes)} bytes`],
        ['Fee account', acctLink(blk.feeAccount)],
        ['Old root', h('span', {class: 'mono wrap'}, blk.oldRoot)],
        ['New root', h('span', {class: 'mono wrap'}, blk.newRoot)],
        ['Commitment', h('span', {class: 'mono wrap'}, blk.commitment)],
        ['Proof', p ? [h('span', {class: `st ${p.status}`}, String(p.status)),
          p.provingMs != null ? ` in ${fmtMs(p.provingMs)}` : '', p.prover ? ` by ${p.prover}` : '',
          p.attempts > 1 ? ` (${p.attempts} attempts)` : '', p.error ? h('span', {class: 'bad'}, ` — ${p.error}`) : ''] : muted('not requested yet')],
        ['L1 gas share', blk.l1GasShare == null ? muted('not on L1 yet') : `${fmtInt(Math.round(blk.l1GasShare))} gas`],
      ])),
      sec('L1 transactions', l1TxTable(blk.l1Txs)),
      sec(`Operations (${ops.length})`, table([['Slot', 'num'], 'Type', 'Hash', 'From', 'To', ['Amount', 'num'], ['Fee', 'num']],
        h('tbody', {'data-testid': 'block-ops'}, ops.length ? ops.map((op) => h('tr', {'data-slot': op.slot},
          num(fmtInt(op.slot)), td(op.type), td(txLink(op.hash)), td(fromOf(op.summary, op.account)), td(toOf(op.summary)),
          num(amountsOf(op.summary)), num(feeOf(op.summary)))) : [emptyRow(7, 'no operations in this block')]))),
      blk.pubdata ? h('details', {class: 'card'}, h('summary', null, `Pubdata (${fmtInt(blk.pubdataBytes)} bytes)`),
        h('pre', {class: 'mono hex'}, String(blk.pubdata).slice(0, 20000) + (String(blk.pubdata).length > 20000 ? '…' : ''))) : null);
  };
  const fetchBlock = async () => {
    const b = await call('zkr_getBlock', n);
    if (!ctx.alive) return;
    blk = b || null;
    render();
  };
  const refetch = ctx.live(fetchBlock);
  // Refetch when the block appears, when its L1 stage moves (new L1
  // transactions) or when its proof lands; else re-render for the next link.
  ctx.sub(['chainStatus'], (st) => {
    const prev = status;
    status = st;
    if (!ctx.finished) return;
    const need = !blk ? st.latestBlock >= n
      : stageRank(bestStage(n, '', st)) > stageRank(blk.l1) || (l1Changed(prev, st) && !(prev && prev.l1Executed >= n))
        || (prev && prev.verifiedBlock < n && st.verifiedBlock >= n);
    if (need) refetch();
    else if (!prev || (prev.latestBlock > n) !== (st.latestBlock > n)) render();
  });
  const [st] = await Promise.all([call('zkr_status'), meta(), fetchBlock()]);
  if (!status) { status = st; render(); }
  ctx.show(root);
}

// The stage of a transaction in words, and its step on the timeline.
function txStage(v) {
  const l1 = v.status === 'executed' ? 'executed' : v.l1 || '';
  switch (v.status) {
    case 'queued': return ['queued', 0];
    case 'pending': return ['pending (soft-confirmed)', 1];
    case 'committed': case 'executed':
      if (l1 === 'executed') return ['executed on L1', 5];
      if (l1 === 'proven') return ['proven on L1', 4];
      if (l1 === 'committed') return ['committed on L1', 3];
      return [v.block != null ? `committed in block ${v.block}` : 'committed', 2];
    case 'rejected': return [`rejected: ${v.reason || 'no reason given'}`, -1];
    default: return [String(v.status || 'unknown'), -1];
  }
}

async function pageTx(ctx, raw) {
  if (!HASH.test(raw)) {
    return ctx.show(h('section', {class: 'page'}, h('h1', null, 'Transaction'),
      notFound(`“${raw.slice(0, 80)}” is not a transaction hash: a hash is 0x followed by 64 hex digits.`)));
  }
  const hash = raw.toLowerCase();
  document.title = `Tx ${short(hash)} · zkrollup explorer`;
  const root = h('section', {class: 'page', 'data-testid': 'tx-page'});
  let view = null, fromWs = false, last = null, firstData;
  const got = new Promise((res) => { firstData = res; });

  const render = () => {
    const v = view;
    const [words, step] = txStage(v);
    const t = v.tx || null;
    // one-transaction mode: a stage "all" transaction commits, proves and executes at once
    const l1Of = (stage) => (v.l1Txs || []).find((r) => r.stage === stage) || (v.l1Txs || []).find((r) => r.stage === 'all');
    const steps = [
      ['queued', 'waiting in the mempool'],
      ['pending', 'soft-confirmed in the open block'],
      ['committed', v.block != null ? ['in sealed block ', blockLink(v.block)] : 'in a sealed block'],
      ['committed on L1', l1Of('commit')],
      ['proven on L1', l1Of('prove')],
      ['executed on L1', l1Of('execute'), 'final'],
    ];
    const known = v.status !== 'unknown';
    fill(root,
      h('div', {class: 'pagehead'}, h('h1', null, 'Transaction'), h('span', {class: 'mono wrap'}, hash)),
      h('p', {class: `txstatus s-${v.status}`, 'data-testid': 'tx-status', 'data-status': v.status, 'data-l1': v.l1 || ''}, words),
      v.status === 'unknown' ? notFound(`no transaction with hash ${hash} is known to this node; this page updates if it arrives.`) : null,
      known && v.status !== 'rejected' ? h('ol', {class: 'timeline'}, steps.map(([name, detail, fin], i) =>
        h('li', {class: i < step ? 'done' : i === step ? 'current' : 'todo'},
          h('span', {class: 'step'}, name),
          detail && detail.hash ? h('span', {class: 'detail'}, `${detail.status} `, mono(detail.hash, 6)) : h('span', {class: 'detail'}, detail || ''),
          fin && i <= step ? h('span', {class: 'detail'}, ` (${fin})`) : null))) : null,
      known ? sec('Details', fields([
        ['Type', t ? t.type : muted('—')],
        ['From', fromOf(t)], ['To', toOf(t)], ['Amount', amountsOf(t)], ['Fee', feeOf(t)],
        ['Nonce', t && t.nonce != null ? fmtInt(t.nonce) : muted('—')],
        ['Block', v.block != null ? [blockLink(v.block), v.slot != null ? `, slot ${v.slot}` : ''] : muted('not in a block yet')],
        v.timestamp ? ['Time', ago(v.timestamp < 1e12 ? v.timestamp * 1000 : v.timestamp)] : null,
      ])) : null,
      known ? sec('L1 transactions', l1TxTable(v.l1Txs)) : null);
    if (!root.isConnected) { ctx.failed = false; ctx.show(root); }
    const key = `${v.status}|${v.l1 || ''}`;
    if (key !== last) {
      last = key;
      X.events.push({status: v.status, l1: v.l1 || '', at: performance.timeOrigin + performance.now()});
    }
  };
  const apply = (v) => {
    if (!ctx.alive) return;
    view = v && typeof v === 'object' ? v : {hash, status: 'unknown', l1: ''};
    render();
    firstData();
  };
  ctx.sub(['txStatus', hash], (v) => { fromWs = true; apply(v); });
  await meta();
  // The first answer, from either side, renders the page; an HTTP failure
  // before the subscription said anything is the page's error.
  const httpP = call('zkr_getTx', hash).then((v) => { if (!fromWs) apply(v); });
  await Promise.race([got, httpP]);
}

async function pageAccount(ctx, raw) {
  if (!ADDR.test(raw) && !DEC.test(raw)) {
    return ctx.show(h('section', {class: 'page'}, h('h1', null, 'Account'),
      notFound(`“${raw.slice(0, 80)}” is not an account: use an address (0x and 40 hex digits) or an account id (decimal).`)));
  }
  const who = ADDR.test(raw) ? raw.toLowerCase() : String(Number(raw));
  document.title = `Account ${short(who)} · zkrollup explorer`;
  const views = ['pending', 'committed', 'verified'];
  const root = h('section', {class: 'page', 'data-testid': 'account-page'});
  const hist = h('tbody', {'data-testid': 'account-history'});
  const more = h('p', {class: 'more'});
  let accts = [null, null, null], txs = [], next = null, status = null;

  const renderHist = () => {
    fill(hist, ...(txs.length ? txs.map((x) => h('tr', {'data-hash': x.hash},
      td(blockLink(x.block)), num(x.slot != null ? fmtInt(x.slot) : '—'), td(ago(x.timestamp < 1e12 ? x.timestamp * 1000 : x.timestamp)),
      td(txLink(x.hash)), td(x.type), td(fromOf(x.summary)), td(toOf(x.summary)), num(amountsOf(x.summary)),
      td(pill(bestStage(x.block, x.l1, status))))) : [emptyRow(9, 'no transactions yet')]));
    fill(more, next != null ? h('button', {type: 'button', onclick: loadMore}, 'load more') : txs.length ? muted('that is all') : '');
  };
  const loadMore = async (e) => {
    const btn = e.currentTarget;
    btn.disabled = true;
    btn.textContent = 'loading…';
    try {
      const r = await call('zkr_accountTxs', who, next, 25);
      if (!ctx.alive) return;
      const seen = new Set(txs.map((x) => x.hash));
      txs = txs.concat(((r && r.txs) || []).filter((x) => !seen.has(x.hash)));
      next = r ? r.next ?? null : null;
    } catch (err) { ctx.note(err); }
    if (ctx.alive) renderHist();
  };
  const render = () => {
    const a = accts.find(Boolean);
    const head = h('div', {class: 'pagehead'}, h('h1', null, a ? `Account #${a.id}` : 'Account'),
      h('span', {class: 'mono wrap'}, a ? a.address : who));
    if (!a) {
      fill(root, head, notFound(`no account ${who} is known to this node.`),
        txs.length ? sec('History', table(histCols, hist)) : null);
      return;
    }
    const tokens = [...new Set(accts.flatMap((x) => (x ? Object.keys(x.balances || {}) : [])).map(Number))].sort((x, y) => x - y);
    const cell = (x, t) => (!x ? muted('not in this state') : x.balances && x.balances[t] != null ? amount(x.balances[t], t) : muted('0'));
    fill(root, head,
      sec('Balances', h('p', {class: 'hint'}, 'pending: with soft-confirmed transactions · committed: sealed blocks · verified: blocks proven on L1'),
        table(['Token', ...views.map((v) => [v, 'num'])], h('tbody', {'data-testid': 'account-balances'},
          tokens.length ? tokens.map((t) => h('tr', {'data-token': t}, td(tokenNames.get(t) || `token #${t}`),
            ...accts.map((x) => num(cell(x, t))))) : [emptyRow(4, 'no balances')])),
        fields([
          ['Nonce', views.map((v, i) => (accts[i] ? `${v} ${accts[i].nonce}` : null)).filter(Boolean).join(' · ')],
          a.nextNonce != null ? ['Next nonce', fmtInt(a.nextNonce)] : null,
          ['Public key hash', h('span', {class: 'mono wrap'}, a.pubKeyHash || '—')],
        ])),
      sec('History', table(histCols, hist), more));
  };
  const histCols = ['Block', ['Slot', 'num'], 'Time', 'Hash', 'Type', 'From', 'To', ['Amount', 'num'], 'L1 stage'];
  const fetchAll = async () => {
    const [r, ...as] = await Promise.all([call('zkr_accountTxs', who, null, 25), ...views.map((v) => call('zkr_getAccount', who, v))]);
    if (!ctx.alive) return;
    accts = as;
    const fresh = (r && r.txs) || [];
    if (!txs.length || next == null || fresh.length === 0) { txs = fresh; next = r ? r.next ?? null : null; }
    else {
      const seen = new Set(txs.map((x) => x.hash));
      const add = [];
      for (const x of fresh) { if (seen.has(x.hash)) break; add.push(x); }
      const byHash = new Map(fresh.map((x) => [x.hash, x]));
      txs = add.concat(txs.map((x) => byHash.get(x.hash) || x));
    }
    renderHist();
    render();
  };
  const refetch = ctx.live(fetchAll);
  ctx.sub(['chainStatus'], (st) => {
    const prev = status;
    status = st;
    if (!ctx.finished) return;
    if (!prev || prev.latestBlock !== st.latestBlock || prev.verifiedBlock !== st.verifiedBlock || l1Changed(prev, st)) refetch();
    else renderHist();
  });
  await Promise.all([meta(), fetchAll()]);
  ctx.show(root);
}

const JOBS = [['UNREQ', 'not requested'], ['WITNESSGEN', 'witness generation'], ['PROVING', 'proving'], ['COMPLETE', 'complete'], ['FAILED', 'failed']];

async function pageProvers(ctx) {
  document.title = 'Provers · zkrollup explorer';
  const root = h('section', {class: 'page', 'data-testid': 'provers-page'});
  const load = async () => {
    const p = await call('zkr_provers');
    if (!ctx.alive) return;
    const workers = (p && p.workers) || [], jobs = (p && p.jobs) || {}, recent = ((p && p.recent) || []).slice();
    const chron = recent.slice().reverse();
    fill(root, h('h1', null, 'Provers'),
      sec('Workers', p && p.inProcess === false
        ? h('p', {class: 'hint'}, 'the prover server runs in another process: its workers are not known here.')
        : workers.length ? h('ul', {class: 'workers'}, workers.map((w) => h('li', null, h('span', {class: 'dot'}), String(w.name)))) : empty('no workers connected')),
      sec('Jobs', h('div', {class: 'jobs'}, JOBS.map(([k, label]) => h('div', {class: `stat job-${k}`, 'data-job': k},
        h('span', {class: 'label'}, label), h('span', {class: 'value'}, fmtInt(jobs[k] || 0)))))),
      sec('Proof times of recent blocks', barChart(chron.map((r) => ({
        label: `#${r.block}`, value: Number(r.provingMs) || 0,
        title: `block ${r.block}: ${fmtMs(r.provingMs)}${r.prover ? ` by ${r.prover}` : ''}`,
      })), {caption: 'proving time per block (oldest left)', yFmt: (v) => fmtMs(v), emptyText: 'no proofs yet'}),
      recent.length ? table(['Block', ['Proving time', 'num'], 'Prover', 'Completed'], h('tbody', null, recent.map((r) =>
        h('tr', null, td(blockLink(r.block)), num(fmtMs(r.provingMs)), td(r.prover || '—'), td(ago(r.completedAt)))))) : null));
  };
  const refetch = ctx.live(load, 500);
  ctx.sub(['chainStatus'], () => { if (ctx.finished) refetch(); });
  ctx.sub(['newBlocks'], () => { if (ctx.finished) refetch(); });
  await load();
  ctx.show(root);
}

const STAGE_CLS = {commit: 's-commit', prove: 's-prove', execute: 's-execute', all: 's-all'};

async function pageL1(ctx) {
  document.title = 'L1 costs · zkrollup explorer';
  const root = h('section', {class: 'page', 'data-testid': 'l1-page'});
  let status = null;
  const load = async () => {
    const rows = (await call('zkr_l1Costs', 200)) || [];
    if (!ctx.alive) return;
    const n = rows.length;
    const when = (r) => (r.minedAt ? new Date(r.minedAt).toLocaleString() : `L1 block ${r.l1Block}`);
    // "all": one transaction commits, proves and executes (one-transaction mode)
    const present = ['commit', 'prove', 'execute', 'all'].filter((st) => rows.some((r) => r.stage === st));
    const stages = present.length ? present : ['commit', 'prove', 'execute'];
    const series = (f) => stages.map((st) => ({name: st, cls: STAGE_CLS[st],
      pts: rows.map((r, i) => ({r, i})).filter(({r}) => r.stage === st && f(r) != null).map(({r, i}) => ({x: i, y: f(r),
        title: `${st} of blocks ${r.firstBlock}–${r.lastBlock}: ${fmtInt(Math.round(f(r)))} gas, ${when(r)}`}))}));
    const fmtTime = (r) => (r.minedAt ? new Date(r.minedAt).toTimeString().slice(0, 5) : `#${r.l1Block}`);
    const xLabels = n ? [[0, fmtTime(rows[0])], ...(n > 2 ? [[Math.floor((n - 1) / 2), fmtTime(rows[Math.floor((n - 1) / 2)])]] : []), [n - 1, fmtTime(rows[n - 1])]] : [];
    const perTransfer = (r) => (r.transfers > 0 ? r.gasUsed / r.transfers : null);
    const totals = stages.map((st) => {
      const rs = rows.filter((r) => r.stage === st);
      const gas = rs.reduce((a, r) => a + (Number(r.gasUsed) || 0), 0), tr = rs.reduce((a, r) => a + (Number(r.transfers) || 0), 0);
      return h('div', {class: 'stat'}, h('span', {class: 'label'}, `${st} (${rs.length} txs)`),
        h('span', {class: 'value'}, `${fmtInt(rs.length ? Math.round(gas / rs.length) : 0)} gas/tx`),
        h('span', {class: 'sub'}, tr ? `${fmtInt(Math.round(gas / tr))} gas per transfer` : 'no transfers'));
    });
    fill(root, h('h1', null, 'L1 costs'),
      h('p', {class: 'hint'}, `the last ${n} confirmed L1 transactions of the rollup${status ? ` · executed on L1 up to block ${status.l1Executed}` : ''}`),
      n ? h('div', {class: 'stats'}, totals) : null,
      sec('Gas per L1 transaction', pointChart(series((r) => Number(r.gasUsed)), {caption: 'gas used, oldest left', xCount: n, xLabels, line: true, emptyText: 'no L1 transactions confirmed yet'})),
      sec('Gas per transfer', pointChart(series(perTransfer), {caption: 'gas used ÷ transfers, for transactions that carry transfers', xCount: n, xLabels, emptyText: 'no L1 transaction has carried transfers yet'})),
      sec('Transactions', n ? table(['Stage', 'Blocks', 'L1 transaction', ['Gas', 'num'], ['Blob gas', 'num'], ['Ops', 'num'], ['Transfers', 'num'], ['Gas/transfer', 'num'], ['L1 block', 'num'], 'Confirmed'],
        h('tbody', null, rows.slice().reverse().map((r) => h('tr', null, td(r.stage), td(blockRange(r.firstBlock, r.lastBlock)), td(mono(r.hash, 6)),
          num(fmtInt(r.gasUsed)), num(fmtInt(r.blobGasUsed)), num(fmtInt(r.ops)), num(fmtInt(r.transfers)),
          num(perTransfer(r) == null ? '—' : fmtInt(Math.round(perTransfer(r)))), num(fmtInt(r.l1Block)), td(ago(r.minedAt)))))) : empty('no L1 transactions confirmed yet')));
  };
  const refetch = ctx.live(load, 500);
  ctx.sub(['chainStatus'], (st) => {
    const prev = status;
    status = st;
    if (ctx.finished && l1Changed(prev, st)) refetch();
  });
  await load();
  ctx.show(root);
}

async function pageMarkets(ctx) {
  document.title = 'Markets · zkrollup explorer';
  const ms = await loadMarkets();
  if (!ctx.alive) return;
  if (ms.length) return go(`/market/${Number(ms[0].id)}`, {replace: true});
  ctx.show(h('section', {class: 'page', 'data-testid': 'market-page'}, h('h1', null, 'Markets'), empty('this node runs no exchange')));
}

async function pageMarket(ctx, raw) {
  if (!DEC.test(raw)) {
    return ctx.show(h('section', {class: 'page'}, h('h1', null, 'Market'),
      notFound(`“${raw.slice(0, 80)}” is not a market id: markets are numbered, e.g. /market/0.`)));
  }
  const id = Number(raw);
  const [ms] = await Promise.all([loadMarkets(), meta()]);
  if (!ctx.alive) return;
  const m = ms.find((x) => Number(x.id) === id);
  const list = ms.length > 1 ? h('nav', {class: 'tabs'}, ms.map((x) =>
    h('a', {href: `/market/${Number(x.id)}`, class: Number(x.id) === id ? 'active' : null}, String(x.symbol)))) : null;
  if (!m) {
    return ctx.show(h('section', {class: 'page', 'data-testid': 'market-page'}, h('h1', null, 'Market'), list,
      ms.length ? notFound(`no market ${id} on this node.`) : h('p', {class: 'empty'}, 'this node runs no exchange')));
  }
  document.title = `${m.symbol} · zkrollup explorer`;
  const [baseSym, quoteSym] = String(m.symbol).split('/');
  const lot = Number(m.lotSize) || 0, tick = Number(m.tickSize) || 0;
  const priceOf = (ticks) => (lot && tick ? (ticks * tick) / lot : ticks);
  const fmtNum = (v) => (v === 0 ? '0' : Math.abs(v) >= 1000 ? v.toLocaleString('en-US', {maximumFractionDigits: 2})
    : Math.abs(v) >= 1 ? v.toLocaleString('en-US', {maximumFractionDigits: 4}) : String(+v.toPrecision(6)));
  const price = (ticks) => fmtNum(priceOf(ticks));
  const qty = (lots) => fmtNum(lot ? (lots * lot) / 1e18 : lots);
  const priceEl = (t) => h('span', {title: `${t} ticks`}, price(t));
  const qtyEl = (l) => h('span', {title: `${l} lots`}, qty(l));

  const bids = new Map(), asks = new Map();
  let updateId = null, resyncing = false, buffered = [], lastResync = 0;
  let trades = [];
  let candles = [];
  const bookEl = h('div', {class: 'book'}), depthEl = h('div'), tradesEl = h('tbody'), candlesEl = h('div');
  const upd = h('span', {class: 'muted'});

  const sorted = () => [
    [...bids.entries()].sort((a, b) => b[0] - a[0]),
    [...asks.entries()].sort((a, b) => a[0] - b[0]),
  ];
  const side = (name, lvls, cls) => {
    let c = 0;
    return h('div', {class: `side ${cls}`}, h('h3', null, name), table([['Price', 'num'], ['Size', 'num'], ['Total', 'num']],
      h('tbody', null, lvls.length ? lvls.slice(0, 15).map(([p, q]) => h('tr', null, num(priceEl(p)), num(qtyEl(q)), num(qtyEl((c += q))))) : [emptyRow(3, `no ${name.toLowerCase()}`)])));
  };
  const renderBook = () => {
    const [b, a] = sorted();
    const spread = b.length && a.length ? ` · spread ${price(a[0][0] - b[0][0])} ${quoteSym || ''}` : '';
    upd.textContent = `update ${updateId ?? '—'}${spread}`;
    fill(bookEl, side('Bids', b, 'bids'), side('Asks', a, 'asks'));
    fill(depthEl, depthChart(b.slice(0, 100), a.slice(0, 100), {caption: `depth: cumulative size (${baseSym || 'base'}) by price (${quoteSym || 'quote'} per ${baseSym || 'base'})`,
      priceFmt: price, qtyFmt: qty}));
  };
  const renderTrades = () => {
    fill(tradesEl, ...(trades.length ? trades.map((t) => h('tr', {class: t.takerSide === 'buy' ? 'buy' : 'sell'},
      td(ago(t.time)), num(priceEl(t.price)), num(qtyEl(t.qty)), td(t.takerSide))) : [emptyRow(4, 'no trades yet')]));
  };
  const renderCandles = () => {
    fill(candlesEl, candleChart(candles, {caption: `1-minute candles, price in ${quoteSym || 'quote'} per ${baseSym || 'base'}`, priceFmt: price,
      title: (c) => `${new Date(c.Start * 1000).toLocaleTimeString()}: open ${price(c.Open)}, high ${price(c.High)}, low ${price(c.Low)}, close ${price(c.Close)}, volume ${qty(c.Volume)}, ${c.Trades} trades`}));
  };
  let pending = 0;
  const schedule = () => { if (!pending) pending = setTimeout(() => { pending = 0; if (ctx.alive) renderBook(); }, 40); };
  ctx.offs.push(() => clearTimeout(pending));

  const setLevels = (map, lvls) => { for (const [p, q] of lvls || []) { if (Number(q) === 0) map.delete(Number(p)); else map.set(Number(p), Number(q)); } };
  const applyDiff = (d) => {
    if (d.updateId <= updateId) return; // already in the snapshot
    if (d.updateId !== updateId + 1) { resyncLive(); return; }
    setLevels(bids, d.bids);
    setLevels(asks, d.asks);
    updateId = d.updateId;
    schedule();
  };
  // resync takes the book again and replays the diffs that came meanwhile.
  const resync = async () => {
    if (resyncing) return;
    resyncing = true;
    const wait = 500 - (Date.now() - lastResync);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastResync = Date.now();
    try {
      const b = await call('zkr_getBook', id, 200);
      if (!ctx.alive) return;
      bids.clear(); asks.clear();
      setLevels(bids, b.bids);
      setLevels(asks, b.asks);
      updateId = Number(b.updateId) || 0;
    } finally { resyncing = false; }
    const q = buffered.sort((x, y) => x.updateId - y.updateId);
    buffered = [];
    for (const d of q) { if (resyncing) buffered.push(d); else applyDiff(d); }
    schedule();
  };
  const resyncLive = ctx.live(resync);
  const fetchCandles = async () => {
    const c = await call('zkr_getCandles', id, 60, 120);
    if (!ctx.alive) return;
    candles = Array.isArray(c) ? c : [];
    renderCandles();
  };
  const candlesLive = ctx.live(fetchCandles, 1000);
  const addTrades = (ts) => {
    const bySeq = new Map(trades.map((t) => [t.seq, t]));
    for (const t of ts || []) bySeq.set(t.seq, t);
    trades = [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, 50);
  };

  ctx.sub(['bookDiffs', id], (d) => {
    if (!d) return;
    if (d.trades && d.trades.length) {
      addTrades(d.trades);
      renderTrades();
      if (ctx.finished) candlesLive();
    }
    if (!d.updateId) return; // trades alone
    if (updateId == null || resyncing) buffered.push(d);
    else applyDiff(d);
  }, {
    onStart: () => { if (ctx.finished) resyncLive(); }, // after a reconnect: diffs may have been missed
  });
  const [, tr] = await Promise.all([resync(), call('zkr_getTrades', id, 50), fetchCandles()]);
  if (!ctx.alive) return;
  addTrades(Array.isArray(tr) ? tr : []);
  renderTrades();
  renderBook();
  ctx.show(h('section', {class: 'page', 'data-testid': 'market-page', 'data-market': id},
    h('div', {class: 'pagehead'}, h('h1', null, String(m.symbol)), upd), list,
    h('p', {class: 'hint'}, `lot ${qty(1)} ${baseSym || ''} · tick ${price(1)} ${quoteSym || ''} · taker fee ${m.takerFeeBips} bips · maker fee ${m.makerFeeBips} bips`),
    h('div', {class: 'grid2'}, sec('Order book', bookEl), sec('Recent trades', table(['Time', ['Price', 'num'], ['Size', 'num'], 'Taker'], tradesEl))),
    sec('Depth', depthEl),
    sec('Candles', candlesEl)));
}

// Let the browser paint the page's frame (header, search, "Loading…")
// before the first route's work: the first paint does not wait for it.
requestAnimationFrame(() => setTimeout(() => { route(); meta(); }, 0));
