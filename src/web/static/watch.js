// Reports the spans of the video that were really played, every few seconds. The server
// counts them against real time, so playing fast or skipping ahead counts for nothing
// more; this script only says honestly what was played. Spans not yet delivered (the
// network was gone) are sent again once it is back.
(function () {
  "use strict";
  var video = document.querySelector("video[data-lesson]");
  var status = document.getElementById("watch-status");
  if (!video || !status) return;
  var lesson = video.dataset.lesson;
  var endpoint = video.dataset.endpoint;
  var csrf = video.dataset.csrf;
  var queue = [];
  var start = null;
  var last = null;
  var sending = false;

  function close() {
    if (start !== null && last !== null && last > start) queue.push([start, last]);
    start = null;
    last = null;
  }

  video.addEventListener("playing", function () {
    start = video.currentTime;
    last = start;
  });
  video.addEventListener("timeupdate", function () {
    if (video.paused || video.seeking) return;
    var now = video.currentTime;
    if (start === null) {
      start = now;
      last = now;
      return;
    }
    // A jump (backwards, or further than playing could go) ends the span.
    var reach = 1.5 * (video.playbackRate || 1) + 0.5;
    if (now < last || now - last > reach) {
      close();
      start = now;
    }
    last = now;
  });
  ["seeking", "pause", "ended", "waiting"].forEach(function (event) {
    video.addEventListener(event, close);
  });

  function show(answer) {
    if (answer.completed) {
      status.textContent = status.dataset.done;
    } else {
      var percent = Math.floor(answer.watched_ratio * 100);
      status.textContent = status.dataset.watching.replace("{percent}", String(percent));
    }
  }

  function flush(keepalive) {
    if (start !== null && last !== null && last > start) {
      queue.push([start, last]);
      start = last;
    }
    if (sending || queue.length === 0) return;
    sending = true;
    var span = queue[0];
    fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ lesson: lesson, from_s: span[0], to_s: span[1] })
    }).then(function (response) {
      sending = false;
      if (response.status >= 500) throw new Error("server");
      // Too many reports at once (a long queue after the network came back): the span
      // stays queued and goes out with a later flush.
      if (response.status === 429) return "later";
      queue.shift();
      if (response.ok) return response.json().then(show);
    }).then(function (later) {
      if (later !== "later" && queue.length) flush(false);
    }).catch(function () {
      sending = false;
      status.textContent = status.dataset.offline;
    });
  }

  setInterval(function () { flush(false); }, 5000);
  window.addEventListener("online", function () { flush(false); });
  window.addEventListener("pagehide", function () { close(); flush(true); });
})();
