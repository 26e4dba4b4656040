// Platform videos (articles/video.py, blocks/video_block.html): the box shows the local
// preview picture and a button; only when the reader presses it does the platform's player
// come into the page, so nothing is requested from the platform before. Without this
// script the box holds a link to the video instead of the button.
(function () {
  "use strict";
  document.querySelectorAll("[data-video-embed]").forEach(function (box) {
    var button = box.querySelector(".video__play");
    box.querySelector(".video__open").hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      var player = document.createElement("iframe");
      player.src = box.dataset.videoEmbed;
      player.title = box.dataset.videoTitle;
      player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      player.allowFullscreen = true;
      // The site sends no Referer to other sites (Django's same-origin); YouTube's player
      // refuses to play without knowing the embedding origin.
      player.referrerPolicy = "strict-origin-when-cross-origin";
      box.replaceChildren(player);
      player.focus();
    });
  });
})();
