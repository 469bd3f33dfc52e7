// @ts-nocheck
// Starts Web Chat on the page (issue #5). The server hands out a Direct Line token: for Azure Direct Line when a
// secret is configured, for the bot's own local bridge otherwise. The secret itself never reaches this page.
(function () {
  'use strict';

  var statusLine = document.getElementById('status');

  function showStatus(message) {
    statusLine.textContent = message;
    statusLine.hidden = false;
  }

  // Issue #18: after a bot restart the local bridge no longer knows this conversation; Direct Line then reports
  // the connection failed (4) or ended (5) and Web Chat would show "Unable to connect" forever. Instead, start a
  // new conversation and say so. Bounded: a few tries, then ask for a reload.
  var RECONNECT_TRIES = 20;
  var RECONNECT_DELAY_MS = 2000;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  function reconnectWhenLost(directLine, connect) {
    var lost = false;
    directLine.connectionStatus$.subscribe(function (status) {
      if (!lost && (status === FAILED_TO_CONNECT || status === ENDED)) {
        lost = true;
        showStatus('The connection to the bot was lost (it may have restarted). Starting a new conversation...');
        directLine.end();
        connect(RECONNECT_TRIES, 'The connection was lost (the bot may have restarted), so this is a new conversation: your earlier messages are not in it.');
      }
    });
  }

  function start(connection, notice) {
    if (notice) {
      showStatus(notice);
    }
    var domain = connection.domain.charAt(0) === '/' ? window.location.origin + connection.domain : connection.domain;
    var directLine = window.WebChat.createDirectLine({
      token: connection.token,
      domain: domain,
      webSocket: connection.webSocket
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: connection.userId,
        username: 'You',
        locale: 'en-US',
        styleOptions: {
          accent: '#0f6cbd',
          botAvatarInitials: 'CPK',
          userAvatarInitials: 'You',
          bubbleBorderRadius: 8,
          bubbleMaxWidth: 640,
          bubbleFromUserBorderRadius: 8,
          hideUploadButton: true,
          typingAnimationDuration: 5000
        }
      },
      document.getElementById('webchat')
    );
    reconnectWhenLost(directLine, connect);
  }

  if (!window.WebChat) {
    showStatus('The chat widget did not load. Please reload the page.');
    return;
  }
  function connect(triesLeft, notice) {
    fetch('/api/directline/token', { method: 'POST', headers: { accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(
            function (body) { throw new Error(body && body.error ? body.error : 'HTTP ' + response.status); },
            function () { throw new Error('HTTP ' + response.status); }
          );
        }
        return response.json();
      })
      .then(function (connection) { start(connection, notice); })
      .catch(function (error) {
        if (triesLeft > 1) {
          setTimeout(function () { connect(triesLeft - 1, notice); }, RECONNECT_DELAY_MS);
          return;
        }
        showStatus('The chat could not start: ' + error.message + (notice ? ' Please reload the page.' : ''));
      });
  }
  connect(1);
})();
