// SPDX-License-Identifier: GPL-3.0-or-later
// ScaleLab's classroom page: joins the teacher's session over a WebSocket to this same host,
// shows the question the teacher opened, sends the student's answer, and after the reveal
// the class's result. Reconnects by itself and resumes with the token the teacher gave.
// Its words come from the teacher's app (/texts.json, in the app's language) before anything
// shows; every visible word goes through t() with a key of those words in quotes, or a data-t
// attribute in student.html (tst_classhost checks that the app serves each key).
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
// The words when /texts.json cannot be read: the app's English (tst_studentpage keeps them equal).
const english = {
  lang: 'en',
  title: 'ScaleLab class',
  connecting: 'Connecting…',
  connectionLost: 'Connection lost; trying again…',
  yourName: 'Your name',
  joinCode: 'Join code',
  join: 'Join',
  notJoined: 'Not joined yet',
  joinedAs: 'Joined as {name}',
  waiting: 'You are in. The question appears here when your teacher opens it.',
  challenge: 'Your teacher set a challenge: {title}. Solve it in ScaleLab on a laptop (File, Join Class); the next question appears here.',
  secondVote: 'Second vote: discuss, then answer again',
  send: 'Answer',
  tapAnswer: 'Tap your answer; you can change it until the teacher reveals.',
  yourAnswer: 'Your answer: {answer}',
  yourAnswerOpen: 'Your answer: {answer} (you can still change it)',
  noAnswer: 'You did not answer.',
  rightAnswer: 'Answer: {answer}',
  rightOf: '{right} of {answered} right',
  voteRightOf: 'Vote {vote}: {right} of {answered} right',
  closed: "The teacher's app closed the connection: {reason}",
  disconnected: 'Disconnected',
};
let texts = english;

// The text for `key`, with each {word} replaced by values[word].
function t(key, values = {}) {
  const text = typeof texts[key] === 'string' ? texts[key] : english[key];
  return text.replace(/\{(\w+)\}/g, (whole, word) => (word in values ? String(values[word]) : whole));
}

function showTexts() {
  document.documentElement.lang = texts.lang || 'en';
  for (const element of document.querySelectorAll('[data-t]'))
    element.textContent = t(element.dataset.t);
  document.body.hidden = false;
}

function show(id) {
  for (const section of ['join', 'waiting', 'question', 'error'])
    $(section).hidden = section !== id;
}

function status(text) { $('status').textContent = text; }

function connect() {
  status(t('connecting'));
  // The teacher's app takes sockets on the port after the page's.
  socket = new WebSocket(`ws://${location.hostname}:${Number(location.port || 80) + 1}/`);
  socket.onopen = () => {
    retryMs = 1000;
    if (name && code) join(); else askName();
  };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = () => {
    if (refused) return;
    status(t('connectionLost'));
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 10000);
  };
}

function askName() {
  $('name').value = name;
  $('code').value = code;
  $('code-row').hidden = !!params.get('code');
  show('join');
  status(t('notJoined'));
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
    status(t('joinedAs', { name: message.name }));
    show('waiting');
  } else if (message.type === 'question') {
    render(message);
  } else if (message.type === 'error') {
    refused = true;
    $('reason').textContent = t('closed', { reason: message.reason });
    show('error');
    status(t('disconnected'));
  }
}

function answer(fields) {
  socket.send(JSON.stringify(Object.assign({ type: 'answer', question: current.id, round: current.round }, fields)));
}

function render(q) {
  current = q;
  if (q.state === 'none') {
    $('waiting-text').textContent = q.challenge ? t('challenge', { title: q.challenge }) : t('waiting');
    show('waiting');
    return;
  }
  show('question');
  const revealed = q.state === 'revealed';
  $('round').textContent = q.round > 1 ? t('secondVote') : '';
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
  if (q.yours === undefined)
    $('mine').textContent = revealed ? t('noAnswer') : t('tapAnswer');
  else
    $('mine').textContent = revealed ? t('yourAnswer', { answer: mine }) : t('yourAnswerOpen', { answer: mine });
  renderResult(q, revealed);
}

function renderResult(q, revealed) {
  const result = $('result');
  result.hidden = !revealed;
  result.replaceChildren();
  if (!revealed) return;
  const heading = document.createElement('h3');
  heading.textContent = t('rightAnswer', { answer: q.choices.length ? q.choices[q.answer] : `${q.answer} ${q.unit || ''}`.trim() });
  result.append(heading);
  q.rounds.forEach((round, r) => {
    const title = document.createElement('p');
    const figures = { vote: r + 1, right: round.right, answered: round.answered };
    title.textContent = q.rounds.length > 1 ? t('voteRightOf', figures) : t('rightOf', figures);
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
// The words first (the English above if they cannot be read), then the connection.
fetch('/texts.json', { cache: 'no-store' })
  .then((response) => (response.ok ? response.json() : english))
  .catch(() => english)
  .then((words) => {
    texts = words && typeof words === 'object' ? words : english;
    showTexts();
    connect();
  });
