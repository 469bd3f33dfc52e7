// Starts Web Chat on the page (issue #5). The server hands out a Direct Line token: for Azure Direct Line when a
// secret is configured, for the bot's own local bridge otherwise. The secret itself never reaches this page.
(function () {
  'use strict';

  var statusLine = document.getElementById('status');

  function showStatus(message) {
    statusLine.textContent = message;
    statusLine.hidden = false;
  }

  function start(connection) {
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
  }

  if (!window.WebChat) {
    showStatus('The chat widget did not load. Please reload the page.');
    return;
  }
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
    .then(start)
    .catch(function (error) {
      showStatus('The chat could not start: ' + error.message);
    });
})();
