// Small SVG charts drawn by hand: bars, points by series, a depth chart
// and candlesticks. Every label goes through textContent (via s/h).
import {h, s, compact} from './lib.js';

const W = 720, H = 230, L = 58, R = 14, T = 12, B = 30;
const PW = W - L - R, PH = H - T - B;

// Round ticks covering [lo, hi].
function nice(lo, hi, n = 4) {
  if (!isFinite(lo) || !isFinite(hi)) { lo = 0; hi = 1; }
  if (!(hi > lo)) { const d = lo ? Math.abs(lo) * 0.1 : 1; hi = lo + d; if (lo) lo -= d; }
  const raw = (hi - lo) / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * p >= raw) * p;
  const a = Math.floor(lo / step) * step, b = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let v = a; v <= b + step / 2; v += step) ticks.push(+v.toPrecision(12));
  return {lo: a, hi: b, ticks};
}

function frame(label, lo, hi, yFmt = compact) {
  const t = nice(lo, hi);
  const y = (v) => Math.round((T + PH - ((v - t.lo) / (t.hi - t.lo || 1)) * PH) * 10) / 10;
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet'});
  const grid = s('g', {class: 'grid'});
  for (const v of t.ticks) {
    grid.append(s('line', {x1: L, x2: W - R, y1: y(v), y2: y(v)}),
      s('text', {x: L - 6, y: y(v) + 4, 'text-anchor': 'end'}, yFmt(v)));
  }
  svg.append(grid);
  return {svg, y, lo: t.lo, hi: t.hi};
}

function xLabel(svg, x, text, anchor = 'middle') {
  svg.append(s('text', {class: 'xl', x, y: H - 10, 'text-anchor': anchor}, text));
}

function figure(svg, caption, legend) {
  return h('figure', {class: 'chart'}, svg,
    h('figcaption', null, caption, legend && legend.length
      ? h('span', {class: 'legend'}, legend.map(([cls, name]) => h('span', null, h('i', {class: cls}), name))) : null));
}

const empty = (what) => h('p', {class: 'empty'}, what);

// items: [{label, value, title, cls?}] left to right.
export function barChart(items, {caption, yFmt, emptyText = 'no data yet'} = {}) {
  if (!items.length) return empty(emptyText);
  const max = Math.max(...items.map((d) => d.value));
  const f = frame(caption, 0, max, yFmt);
  const bw = PW / items.length;
  const every = Math.ceil(items.length / 10);
  items.forEach((d, i) => {
    const x = L + i * bw, y0 = f.y(0), y1 = f.y(d.value);
    f.svg.append(s('rect', {class: 'bar ' + (d.cls || ''), x: x + bw * 0.12, y: Math.min(y1, y0 - 1), width: Math.max(1, bw * 0.76), height: Math.max(1, y0 - y1)},
      s('title', null, d.title)));
    if (i % every === 0) xLabel(f.svg, x + bw / 2, d.label);
  });
  return figure(f.svg, caption);
}

// series: [{name, cls, pts: [{x, y, title}]}]; x is an index 0..n-1 (n = xCount).
export function pointChart(series, {caption, xCount, xLabels = [], yFmt, emptyText = 'no data yet', line = false} = {}) {
  series = series.map((se) => ({...se, pts: se.pts.filter((p) => isFinite(p.y))}));
  const all = series.flatMap((se) => se.pts);
  if (!all.length) return empty(emptyText);
  const f = frame(caption, 0, Math.max(...all.map((p) => p.y)), yFmt);
  const x = (i) => L + (xCount > 1 ? (i / (xCount - 1)) * PW : PW / 2);
  for (const [i, text] of xLabels) xLabel(f.svg, x(i), text, i === 0 ? 'start' : i === xCount - 1 ? 'end' : 'middle');
  for (const se of series) {
    const g = s('g', {class: 'series ' + se.cls});
    if (line && se.pts.length > 1) g.append(s('polyline', {points: se.pts.map((p) => `${x(p.x).toFixed(1)},${f.y(p.y).toFixed(1)}`).join(' ')}));
    for (const p of se.pts) g.append(s('circle', {cx: x(p.x), cy: f.y(p.y), r: 3.5}, s('title', null, p.title)));
    f.svg.append(g);
  }
  return figure(f.svg, caption, series.map((se) => [se.cls, se.name]));
}

// bids best first (price descending), asks best first (ascending): [[price, qty]].
export function depthChart(bids, asks, {caption, priceFmt, qtyFmt}) {
  if (!bids.length && !asks.length) return empty('the book is empty');
  const cum = (side) => { let c = 0; return side.map(([p, q]) => [p, (c += q)]); };
  const cb = cum(bids), ca = cum(asks);
  const prices = [...bids, ...asks].map((l) => l[0]);
  let lo = Math.min(...prices), hi = Math.max(...prices);
  if (hi === lo) { lo -= 1; hi += 1; }
  const pad = (hi - lo) * 0.04;
  lo -= pad; hi += pad;
  const maxQ = Math.max(cb.length ? cb[cb.length - 1][1] : 0, ca.length ? ca[ca.length - 1][1] : 0);
  const f = frame(caption, 0, maxQ, qtyFmt);
  const x = (p) => Math.round((L + ((p - lo) / (hi - lo)) * PW) * 10) / 10;
  const y0 = f.y(0);
  const area = (pts, edge) => {
    if (!pts.length) return '';
    let d = `M${x(pts[0][0])},${y0}`, prevY = y0;
    for (const [p, c] of pts) { d += ` L${x(p)},${prevY} L${x(p)},${f.y(c)}`; prevY = f.y(c); }
    return d + ` L${x(edge)},${prevY} L${x(edge)},${y0} Z`;
  };
  if (cb.length) f.svg.append(s('path', {class: 'bid', d: area(cb, lo)}, s('title', null, `bids: ${bids.length} levels`)));
  if (ca.length) f.svg.append(s('path', {class: 'ask', d: area(ca, hi)}, s('title', null, `asks: ${asks.length} levels`)));
  for (const t of nice(lo, hi, 5).ticks) if (t >= lo && t <= hi) xLabel(f.svg, x(t), priceFmt(t));
  return figure(f.svg, caption, [['bid', 'bids (cumulative)'], ['ask', 'asks (cumulative)']]);
}

// candles: [{Start, Open, High, Low, Close, Volume, Trades}] oldest first.
export function candleChart(candles, {caption, priceFmt, title}) {
  candles = candles.filter((c) => c && [c.Open, c.High, c.Low, c.Close].every(Number.isFinite));
  if (!candles.length) return empty('no trades yet, so no candles');
  const f = frame(caption, Math.min(...candles.map((c) => c.Low)), Math.max(...candles.map((c) => c.High)), priceFmt);
  const n = Math.max(candles.length, 20), cw = PW / n;
  const every = Math.ceil(candles.length / 8);
  candles.forEach((c, i) => {
    const cx = L + i * cw + cw / 2, up = c.Close >= c.Open;
    const yo = f.y(c.Open), yc = f.y(c.Close);
    f.svg.append(s('g', {class: up ? 'up' : 'down'},
      s('title', null, title(c)),
      s('line', {x1: cx, x2: cx, y1: f.y(c.High), y2: f.y(c.Low)}),
      s('rect', {x: cx - cw * 0.35, width: Math.max(1, cw * 0.7), y: Math.min(yo, yc), height: Math.max(1, Math.abs(yo - yc))})));
    if (i % every === 0) xLabel(f.svg, cx, new Date(c.Start * 1000).toTimeString().slice(0, 5));
  });
  return figure(f.svg, caption, [['up', 'close ≥ open'], ['down', 'close < open']]);
}
