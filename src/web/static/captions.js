// Shows the captions below the picture instead of over it, where they would cover the
// slide's text on a small screen. Without this script the player shows them on the
// picture, as every player does.
(function () {
  "use strict";
  var video = document.querySelector("video[data-lesson]");
  var below = document.getElementById("captions");
  if (!video || !below || !video.textTracks || !video.textTracks.length) return;
  var track = video.textTracks[0];
  track.mode = "hidden";
  below.hidden = false;
  function show() {
    var lines = [];
    var cues = track.activeCues || [];
    for (var i = 0; i < cues.length; i++) lines.push(cues[i].text);
    below.textContent = lines.join("\n");
  }
  track.addEventListener("cuechange", show);
  show();
})();
