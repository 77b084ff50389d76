// SPDX-License-Identifier: GPL-3.0-or-later
// ScaleLab's classroom page: joins the teacher's session over a WebSocket to this same host,
// shows the question the teacher opened, sends the student's answer, and after the reveal
// the class's result. Reconnects by itself and resumes with the token the teacher gave.
'use strict';
const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);
let code = (params.get('code') || sessionStorage.getItem('scalelab-code') || '').toUpperCase();
let name = localStorage.getItem('scalelab-name') || '';
let token = sessionStorage.getItem('scalelab-token') || '';
let socket = null;
let current = null;
let refused = false;
let retryMs = 1000;

function show(id) {
  for (const section of ['join', 'waiting', 'question', 'error'])
    $(section).hidden = section !== id;
}

function status(text) { $('status').textContent = text; }

function connect() {
  status('Connecting…');
  // The teacher's app takes sockets on the port after the page's.
  socket = new WebSocket(`ws://${location.hostname}:${Number(location.port || 80) + 1}/`);
  socket.onopen = () => {
    retryMs = 1000;
    if (name && code) join(); else askName();
  };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = () => {
    if (refused) return;
    status('Connection lost; trying again…');
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 10000);
  };
}

function askName() {
  $('name').value = name;
  $('code').value = code;
  $('code-row').hidden = !!params.get('code');
  show('join');
  status('Not joined yet');
}

function join() {
  const message = { type: 'join', code: code, name: name };
  if (token) message.token = token;
  socket.send(JSON.stringify(message));
}

function receive(message) {
  if (message.type === 'welcome') {
    token = message.token;
    sessionStorage.setItem('scalelab-token', token);
    sessionStorage.setItem('scalelab-code', code);
    status(`Joined as ${message.name}`);
    show('waiting');
  } else if (message.type === 'question') {
    render(message);
  } else if (message.type === 'error') {
    refused = true;
    $('reason').textContent = `The teacher's app closed the connection: ${message.reason}`;
    show('error');
    status('Disconnected');
  }
}

function answer(fields) {
  socket.send(JSON.stringify(Object.assign({ type: 'answer', question: current.id, round: current.round }, fields)));
}

function render(q) {
  current = q;
  if (q.state === 'none') { show('waiting'); return; }
  show('question');
  const revealed = q.state === 'revealed';
  $('round').textContent = q.round > 1 ? 'Second vote: discuss, then answer again' : '';
  $('prompt').textContent = q.prompt;
  const numeric = q.choices.length === 0;
  $('numeric').hidden = numeric ? revealed : true;
  $('unit').textContent = q.unit || '';
  const choices = $('choices');
  choices.replaceChildren();
  q.choices.forEach((text, i) => {
    const button = document.createElement('button');
    button.textContent = text;
    button.disabled = revealed;
    if (q.yours === i) button.classList.add('mine');
    if (revealed && q.answer === i) button.classList.add('right');
    button.onclick = () => answer({ choice: i });
    choices.append(button);
  });
  const mine = numeric ? q.yours : q.choices[q.yours];
  $('mine').textContent = q.yours === undefined ? (revealed ? 'You did not answer.' : 'Tap your answer; you can change it until the teacher reveals.')
                                               : `Your answer: ${mine}` + (revealed ? '' : ' (you can still change it)');
  renderResult(q, revealed);
}

function renderResult(q, revealed) {
  const result = $('result');
  result.hidden = !revealed;
  result.replaceChildren();
  if (!revealed) return;
  const heading = document.createElement('h3');
  heading.textContent = q.choices.length ? `Answer: ${q.choices[q.answer]}` : `Answer: ${q.answer} ${q.unit || ''}`;
  result.append(heading);
  q.rounds.forEach((round, r) => {
    const title = document.createElement('p');
    title.textContent = `${q.rounds.length > 1 ? `Vote ${r + 1}: ` : ''}${round.right} of ${round.answered} right`;
    result.append(title);
    const most = Math.max(1, ...round.counts);
    round.counts.forEach((count, i) => {
      const row = document.createElement('div');
      row.className = 'row';
      const bar = document.createElement('span');
      bar.className = i === q.answer ? 'bar right' : 'bar';
      bar.style.width = `${(count / most) * 12}em`;
      const label = document.createElement('span');
      label.textContent = ` ${count}  ${q.choices[i]}`;
      row.append(bar, label);
      result.append(row);
    });
  });
}

$('join').onsubmit = (event) => {
  event.preventDefault();
  name = $('name').value.trim();
  code = $('code').value.trim().toUpperCase();
  localStorage.setItem('scalelab-name', name);
  join();
};
$('numeric').onsubmit = (event) => {
  event.preventDefault();
  const value = Number($('number').value);
  if (Number.isFinite(value)) answer({ number: value });
};
connect();
