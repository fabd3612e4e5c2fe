// Transcript follows the recording: clicking a time seeks, the segment being
// heard is highlighted. Without JavaScript the transcript and times still read.
(function () {
  "use strict";
  document.querySelectorAll(".transcript[data-player]").forEach(function (transcript) {
    var player = document.getElementById(transcript.dataset.player);
    if (!player) return;
    var segments = Array.prototype.slice.call(transcript.querySelectorAll(".segment"));
    segments.forEach(function (segment) {
      var link = segment.querySelector(".seek");
      if (!link) return;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        player.currentTime = parseFloat(segment.dataset.start);
        player.play();
      });
    });
    player.addEventListener("timeupdate", function () {
      var now = player.currentTime;
      segments.forEach(function (segment) {
        var current = now >= parseFloat(segment.dataset.start) && now < parseFloat(segment.dataset.end);
        segment.classList.toggle("is-current", current);
        if (current) segment.setAttribute("aria-current", "true");
        else segment.removeAttribute("aria-current");
      });
    });
  });
})();
