// The ops dashboard: plots of /ops/metrics/history (this instance's application metrics, as on /metrics) and the
// operator's queues of work. The ops token is asked once and kept for the browser session only.
(function () {
  'use strict';
  const WINDOW_MS = 15 * 60 * 1000;
  const REFRESH_MS = 5000;
  const TOKEN_KEY = 'switchboard.opsToken';
  // Each chart plots every series whose /metrics line starts with one of its prefixes.
  const CHARTS = [
    {id: 'calls', title: 'Calls live', prefixes: ['calls_live{']},
    {id: 'calls-started', title: 'Calls started and p2p invitations (total)',
      prefixes: ['calls_started_total{', 'call_p2p_invitations_total']},
    {id: 'pushes', title: 'Device pushes (total)',
      prefixes: ['device_pushes_sent_total{', 'device_pushes_retried_total{', 'device_pushes_failed_total{']},
    {id: 'queues', title: 'Work queue depth', prefixes: ['jms_queue_depth{']},
    {id: 'sockets', title: 'Sockets and long-polls on this instance',
      prefixes: ['realtime_sockets{', 'push_longpolls_parked']},
    {id: 'rooms', title: 'Live rooms, viewers, matches, conferences',
      prefixes: ['heihei_live_rooms', 'heihei_live_viewers', 'heihei_matches_waiting', 'isv_conferences_live']},
    {id: 'webhooks', title: 'ISV webhooks', prefixes: ['isv_webhooks_pending', 'isv_webhooks_dead_lettered']},
    {id: 'errors', title: 'Request failures (total)', prefixes: ['request_failures_total{']},
  ];
  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];

  const api = (path) => new URL('../' + path, window.location.href).toString();
  const state = {times: [], series: {}, last: 0, refreshes: 0, charts: {}, timer: null};
  window.opsDashboard = state; // read by the browser test: what each plot was given to draw

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  async function call(method, path) {
    const reply = await fetch(api(path), {method: method, headers: {'Authorization': 'Bearer ' + token()}});
    if (reply.status === 401) {
      signOut('The ops token was refused.');
      throw new Error('unauthorized');
    }
    if (!reply.ok) {
      throw new Error(method + ' ' + path + ': HTTP ' + reply.status);
    }
    // ids are 64-bit: a JSON number that long loses digits in a JS number, so it is read as a string
    const text = await reply.text();
    return JSON.parse(text.replace(/(":\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"'));
  }

  function matches(chart, key) {
    return chart.prefixes.some((p) => key === p || (p.endsWith('{') ? key.startsWith(p) : key.startsWith(p + '{')));
  }

  function append(history) {
    const base = state.times.length;
    history.times.forEach((t) => state.times.push(t / 1000));
    for (const [key, values] of Object.entries(history.series)) {
      const column = state.series[key] || (state.series[key] = new Array(base).fill(null));
      values.forEach((v) => column.push(v));
    }
    for (const column of Object.values(state.series)) {
      while (column.length < state.times.length) {
        column.push(null);
      }
    }
    if (history.times.length) {
      state.last = history.times[history.times.length - 1];
    }
    const oldest = (Date.now() - WINDOW_MS) / 1000;
    let drop = 0;
    while (drop < state.times.length && state.times[drop] < oldest) {
      drop++;
    }
    if (drop) {
      state.times.splice(0, drop);
      Object.values(state.series).forEach((c) => c.splice(0, drop));
    }
  }

  function draw() {
    const host = document.getElementById('charts');
    for (const chart of CHARTS) {
      let box = document.getElementById('chart-' + chart.id);
      if (!box) {
        box = document.createElement('div');
        box.id = 'chart-' + chart.id;
        box.className = 'chart';
        host.appendChild(box);
      }
      const keys = Object.keys(state.series).filter((k) => matches(chart, k)).sort();
      const data = [state.times.slice()].concat(keys.map((k) => state.series[k].slice()));
      const shown = state.charts[chart.id];
      if (!keys.length) {
        box.innerHTML = '<div class="empty"><b>' + chart.title + '</b>: nothing reported yet</div>';
        state.charts[chart.id] = {keys: [], data: data, plot: null};
        continue;
      }
      if (shown && shown.plot && shown.keys.join('\n') === keys.join('\n')) {
        shown.plot.setData(data);
        shown.data = data;
        continue;
      }
      if (shown && shown.plot) {
        shown.plot.destroy();
      }
      box.innerHTML = '';
      const plot = new uPlot({
        title: chart.title,
        width: Math.max(300, box.clientWidth - 10),
        height: 220,
        scales: {x: {time: true}},
        series: [{}].concat(keys.map((k, i) => ({label: k, stroke: COLORS[i % COLORS.length], width: 2,
          spanGaps: false, points: {show: true, size: 4}}))),
      }, data, box);
      state.charts[chart.id] = {keys: keys, data: data, plot: plot};
    }
  }

  function cell(row, text, cls) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (cls) {
      td.className = cls;
    }
    row.appendChild(td);
    return td;
  }

  function button(td, label, action) {
    const b = document.createElement('button');
    b.textContent = label;
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await action();
      } catch (e) {
        setStatus(String(e));
      }
      await tables();
    });
    td.appendChild(b);
  }

  function fill(tableId, rows, columns, actions) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.innerHTML = '';
    if (!rows.length) {
      const tr = document.createElement('tr');
      cell(tr, 'none', 'empty').colSpan = columns.length + 1;
      body.appendChild(tr);
      return;
    }
    for (const r of rows) {
      const tr = document.createElement('tr');
      tr.dataset.id = r.id;
      columns.forEach((c) => cell(tr, r[c], c === 'url' ? 'url' : null));
      actions(cell(tr, ''), r);
      body.appendChild(tr);
    }
  }

  async function tables() {
    const [dead, rejected, withdrawals] = await Promise.all([call('GET', 'isv/webhooks?state=DEAD'),
      call('GET', 'isv/webhooks?state=REJECTED'), call('GET', 'heihei/withdrawals?status=pending')]);
    fill('dead-letters', dead.webhooks.concat(rejected.webhooks),
      ['id', 'kind', 'state', 'url', 'attempts', 'last_outcome', 'finished_at'], (td, w) =>
        button(td, 'Retry', () => call('POST', 'isv/webhooks/' + w.id + '/retry')));
    fill('withdrawals', withdrawals.withdrawals,
      ['id', 'userId', 'realName', 'alipaycode', 'amountFen', 'point', 'createdAt'], (td, w) => {
        button(td, 'Approve', () => {
          const ref = prompt('Payout reference for withdrawal ' + w.id + ' (optional)') || '';
          return call('POST', 'heihei/withdrawals/' + w.id + '/approve' + (ref ? '?payoutRef=' + encodeURIComponent(ref) : ''));
        });
        button(td, 'Reject', () => call('POST', 'heihei/withdrawals/' + w.id + '/reject'));
      });
  }

  function setStatus(text) {
    document.getElementById('status').textContent = text;
  }

  async function insecureModes() {
    const modes = (await call('GET', 'insecure-modes')).modes;
    const box = document.getElementById('insecure');
    const list = box.querySelector('ul');
    list.replaceChildren(...modes.map((m) => Object.assign(document.createElement('li'), {textContent: m})));
    box.hidden = modes.length === 0;
  }

  async function refresh() {
    try {
      if (state.refreshes % 60 === 0) {
        await insecureModes();
      }
      append(await call('GET', 'metrics/history?since=' + state.last));
      draw();
      await tables();
      state.refreshes++;
      setStatus('updated ' + new Date().toLocaleTimeString());
    } catch (e) {
      setStatus('refresh failed: ' + e.message);
    }
  }

  function start() {
    document.getElementById('sign-in').hidden = true;
    document.getElementById('dashboard').hidden = false;
    document.getElementById('sign-out').hidden = false;
    refresh();
    state.timer = setInterval(refresh, REFRESH_MS);
  }

  function signOut(why) {
    sessionStorage.removeItem(TOKEN_KEY);
    clearInterval(state.timer);
    document.getElementById('dashboard').hidden = true;
    document.getElementById('sign-out').hidden = true;
    document.getElementById('sign-in').hidden = false;
    document.getElementById('sign-in-error').textContent = why || '';
    setStatus('not signed in');
  }

  document.getElementById('sign-in').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token').value);
    document.getElementById('token').value = '';
    start();
  });
  document.getElementById('sign-out').addEventListener('click', () => signOut());
  if (token()) {
    start();
  } else {
    signOut();
  }
})();
