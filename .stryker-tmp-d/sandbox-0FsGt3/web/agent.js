// @ts-nocheck
// The agent desk (issue #19): lists waiting and active cases, shows one case's summary, redacted transcript and
// messages, and lets an engineer accept, reply and close. Everything goes through the JSON API under /api/agent/
// with the desk key as a Bearer token; every text is set with textContent, never parsed as HTML.
(function () {
  'use strict';

  var KEY_ITEM = 'cpkAgentDeskKey';
  var NAME_ITEM = 'cpkAgentName';
  var LIST_PERIOD_MS = 3000;
  var MESSAGES_PERIOD_MS = 2000;
  var ENTITY_LABELS = {
    errorCode: 'Error code', httpStatus: 'HTTP status', requestId: 'Request id', xMsVersion: 'x-ms-version', sdkVersion: 'SDK version',
    account: 'Storage account', container: 'Container', blob: 'Blob', keyFingerprint: 'Key fingerprint (SHA-256)'
  };
  var byId = function (id) { return document.getElementById(id); };
  var key = '';
  var selected = null;
  var shownMessages = '';

  function showStatus(text) {
    byId('status').textContent = text;
    byId('status').hidden = text === '';
  }

  // The printed URL carries the key in its fragment (never sent to a server); keep it for this tab and hide it.
  function readKey() {
    var match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
    if (match) {
      sessionStorage.setItem(KEY_ITEM, decodeURIComponent(match[1]));
      history.replaceState(null, '', window.location.pathname);
    }
    return sessionStorage.getItem(KEY_ITEM) || '';
  }

  function api(method, path, body) {
    var init = { method: method, headers: { authorization: 'Bearer ' + key } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch('/api/agent/' + path, init).then(function (response) {
      if (response.status === 401) {
        sessionStorage.removeItem(KEY_ITEM);
        askForKey('That key was refused.');
        throw new Error('unauthorised');
      }
      var type = response.headers.get('content-type') || '';
      var read = type.indexOf('application/json') === 0 ? response.json() : response.text();
      return read.then(function (data) {
        if (!response.ok) {
          throw new Error((data && data.error) || 'The desk answered ' + response.status + '.');
        }
        return data;
      });
    });
  }

  function askForKey(message) {
    byId('desk').hidden = true;
    byId('key-form').hidden = false;
    showStatus(message || '');
  }

  function formatTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function stateBadge(element, state) {
    element.textContent = state;
    element.className = 'state ' + state;
  }

  function renderCases(cases) {
    var list = byId('cases');
    list.textContent = '';
    byId('no-cases').hidden = cases.length > 0;
    cases.forEach(function (item) {
      var entry = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.dataset.caseId = item.id;
      button.setAttribute('aria-current', selected && selected.id === item.id ? 'true' : 'false');
      var problem = document.createElement('span');
      problem.className = 'problem';
      problem.textContent = item.summary.problem;
      var meta = document.createElement('span');
      meta.className = 'meta';
      var badge = document.createElement('span');
      stateBadge(badge, item.state);
      meta.appendChild(badge);
      meta.appendChild(document.createTextNode(' ' + item.channel + ' · ' + formatTime(item.createdAt)));
      button.appendChild(problem);
      button.appendChild(meta);
      button.addEventListener('click', function () { select(item); });
      entry.appendChild(button);
      list.appendChild(entry);
      if (selected && selected.id === item.id) {
        selected = item;
        showState(item.state);
      }
    });
  }

  function refreshCases() {
    return api('GET', 'cases').then(function (data) {
      renderCases(data.cases);
      showStatus('');
    }).catch(function (error) {
      if (error.message !== 'unauthorised') {
        showStatus(error.message);
      }
    });
  }

  function fact(list, title, value) {
    if (value === undefined || value === null || value === '') {
      return;
    }
    var term = document.createElement('dt');
    term.textContent = title;
    var detail = document.createElement('dd');
    detail.textContent = value;
    list.appendChild(term);
    list.appendChild(detail);
  }

  function showState(state) {
    stateBadge(byId('case-state'), state);
    byId('accept').disabled = state !== 'waiting';
    byId('close').disabled = state === 'closed';
    byId('reply').disabled = state !== 'active';
  }

  function select(item) {
    selected = item;
    shownMessages = '';
    byId('detail').hidden = false;
    byId('case-problem').textContent = item.summary.problem;
    showState(item.state);
    var facts = byId('case-facts');
    facts.textContent = '';
    var summary = item.summary;
    fact(facts, 'User', summary.user);
    fact(facts, 'Channel', item.channel);
    fact(facts, 'Topic', summary.intent ? summary.intent.title + ' (confidence ' + summary.intent.confidence + ')' : 'not identified');
    (summary.entities || []).forEach(function (entity) { fact(facts, ENTITY_LABELS[entity.kind] || entity.kind, entity.value); });
    (summary.checks || []).forEach(function (check) { fact(facts, check.check + ' (' + check.status + ')', check.summary); });
    fact(facts, 'Note from the user', summary.userNote);
    fact(facts, 'Case', item.id);
    document.querySelectorAll('#cases button').forEach(function (button) {
      button.setAttribute('aria-current', button.dataset.caseId === item.id ? 'true' : 'false');
    });
    api('GET', 'cases/' + item.id + '/transcript').then(function (html) {
      // Sandboxed, no scripts: the transcript page is escaped HTML that loads nothing.
      byId('transcript').srcdoc = html;
    }).catch(function (error) { showStatus(error.message); });
    refreshMessages();
  }

  function renderMessages(messages) {
    var text = JSON.stringify(messages);
    if (text === shownMessages) {
      return;
    }
    shownMessages = text;
    var list = byId('messages');
    list.textContent = '';
    messages.forEach(function (message) {
      var entry = document.createElement('li');
      entry.className = message.from;
      if (message.from !== 'bot') {
        var from = document.createElement('span');
        from.className = 'from';
        from.textContent = (message.from === 'user' ? 'User' : 'You') + ' · ' + formatTime(message.timestamp);
        entry.appendChild(from);
      }
      entry.appendChild(document.createTextNode(message.text));
      list.appendChild(entry);
    });
    list.scrollTop = list.scrollHeight;
  }

  function refreshMessages() {
    if (!selected) {
      return Promise.resolve();
    }
    var id = selected.id;
    return api('GET', 'cases/' + id + '/messages').then(function (data) {
      if (selected && selected.id === id) {
        renderMessages(data.messages);
      }
    }).catch(function (error) {
      if (error.message !== 'unauthorised') {
        showStatus(error.message);
      }
    });
  }

  function act(path, body) {
    if (!selected) {
      return Promise.resolve();
    }
    return api('POST', 'cases/' + selected.id + '/' + path, body).then(function (data) {
      showState(data.state);
      showStatus('');
      return refreshMessages().then(refreshCases).then(function () { return true; });
    }).catch(function (error) {
      if (error.message !== 'unauthorised') {
        showStatus(error.message);
      }
      return false;
    });
  }

  function start() {
    byId('key-form').hidden = true;
    byId('desk').hidden = false;
    refreshCases();
  }

  byId('agent-name').value = localStorage.getItem(NAME_ITEM) || '';
  byId('agent-name').addEventListener('change', function () { localStorage.setItem(NAME_ITEM, byId('agent-name').value.trim()); });
  byId('accept').addEventListener('click', function () {
    var name = byId('agent-name').value.trim();
    if (name === '') {
      showStatus('Type your name at the top first: the user is told who joined.');
      byId('agent-name').focus();
      return;
    }
    localStorage.setItem(NAME_ITEM, name);
    act('accept', { agentName: name });
  });
  byId('close').addEventListener('click', function () { act('close', {}); });
  byId('reply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = byId('reply').value;
    if (text.trim() === '') {
      return;
    }
    act('messages', { text: text }).then(function (sent) {
      if (sent) {
        byId('reply').value = '';
      }
    });
  });
  byId('key-form').addEventListener('submit', function (event) {
    event.preventDefault();
    key = byId('key-input').value.trim();
    sessionStorage.setItem(KEY_ITEM, key);
    start();
  });

  // Pasting the printed URL into a tab that already shows the desk changes only the fragment.
  window.addEventListener('hashchange', function () {
    var fromUrl = readKey();
    if (fromUrl !== '') {
      key = fromUrl;
      start();
    }
  });
  key = readKey();
  if (key === '') {
    askForKey('');
  } else {
    start();
  }
  setInterval(function () { if (key !== '' && !byId('desk').hidden) { refreshCases(); } }, LIST_PERIOD_MS);
  setInterval(function () { if (key !== '' && !byId('desk').hidden) { refreshMessages(); } }, MESSAGES_PERIOD_MS);
}());
