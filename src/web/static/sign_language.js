// Keeps the sign-language film in step with the chapter's film: it plays, pauses and
// seeks with it. It has no sound of its own; the chapter's film is the one that counts.
(function () {
  "use strict";
  var film = document.querySelector("video[data-lesson]");
  var signs = document.getElementById("sign-language");
  if (!film || !signs) return;
  function follow() {
    if (Math.abs(signs.currentTime - film.currentTime) > 0.3) {
      signs.currentTime = film.currentTime;
    }
  }
  film.addEventListener("play", function () {
    follow();
    var playing = signs.play();
    if (playing && playing.catch) playing.catch(function () {});
  });
  film.addEventListener("pause", function () { signs.pause(); });
  film.addEventListener("seeked", follow);
  // A film that waited for data runs behind: catch up while both play.
  film.addEventListener("timeupdate", function () {
    if (!film.paused && Math.abs(signs.currentTime - film.currentTime) > 0.5) follow();
  });
  film.addEventListener("ratechange", function () { signs.playbackRate = film.playbackRate; });
})();
