// Transcript follows the recording: clicking a time (or pressing Enter on it)
// seeks, the segment being heard is marked (class and aria-current) and kept
// in view while playing. Works for <audio> and <video>. Without JavaScript the
// transcript and times still read.
// A link to "#t=<seconds>" (media fragment, as search results and the API give)
// or to "#segment-<n>" cues the recording there and shows that segment.
(function () {
  "use strict";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  function seek(player, seconds) {
    player.currentTime = seconds;
    var playing = player.play();
    // Autoplay policies may refuse, or a pause may interrupt; the position is still set.
    if (playing && playing.catch) playing.catch(function () {});
  }

  function keepInView(segment) {
    var box = segment.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    segment.scrollIntoView({
      block: "nearest",
      behavior: reduceMotion && reduceMotion.matches ? "auto" : "smooth",
    });
  }

  document.querySelectorAll(".transcript[data-player]").forEach(function (transcript) {
    var player = document.getElementById(transcript.dataset.player);
    if (!player) return;
    var segments = Array.prototype.slice.call(transcript.querySelectorAll(".segment"));
    var current = null;

    segments.forEach(function (segment) {
      var link = segment.querySelector(".seek");
      if (!link) return;
      // A link: reachable with Tab, and Enter fires "click".
      link.addEventListener("click", function (event) {
        event.preventDefault();
        seek(player, parseFloat(segment.dataset.start));
      });
    });

    function highlight(now) {
      var found = null;
      segments.forEach(function (segment) {
        if (!found && now >= parseFloat(segment.dataset.start) && now < parseFloat(segment.dataset.end)) {
          found = segment;
        }
      });
      if (found === current) return;
      if (current) {
        current.classList.remove("is-current");
        current.removeAttribute("aria-current");
      }
      current = found;
      if (!current) return;
      current.classList.add("is-current");
      current.setAttribute("aria-current", "true");
      if (!player.paused) keepInView(current);
    }
    ["timeupdate", "seeked", "loadedmetadata"].forEach(function (name) {
      player.addEventListener(name, function () {
        highlight(player.currentTime);
      });
    });

    // The time a URL fragment points at, or null.
    function fragmentTime(hash) {
      var time = /^#t=(?:npt:)?(\d+(?:\.\d+)?)/.exec(hash);
      if (time) return parseFloat(time[1]);
      var target = /^#segment-\d+$/.test(hash) && document.getElementById(hash.slice(1));
      if (target && transcript.contains(target)) return parseFloat(target.dataset.start);
      return null;
    }
    function cueFromFragment() {
      var start = fragmentTime(window.location.hash);
      if (start === null || isNaN(start)) return;
      var cue = function () {
        player.currentTime = start;
      };
      if (player.readyState >= 1) cue();
      else player.addEventListener("loadedmetadata", cue, { once: true });
      highlight(start);
      var shown = transcript.querySelector(".segment.is-current");
      if (shown) shown.scrollIntoView({ block: "center" });
    }
    cueFromFragment();
    window.addEventListener("hashchange", cueFromFragment);
  });
})();
