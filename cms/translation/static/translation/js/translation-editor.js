/* wagtail-localize's translation editor does not tell the browser which
   language the translations are in (wagtail-localize issue 197): Arabic is
   typed and shown left-to-right, Tifinagh in whatever font has the letters.

   This script reads the target locale from the editor's props
   (.js-translation-editor[data-props], "locale": {"code": ...}) and sets lang
   and dir on every translation (the value shown, and the text area while
   editing). The direction and script of each language come from the
   data-museum-languages attribute of this script's tag, written from
   cms/core/languages.py. The editor is a React app that redraws its fields,
   hence the MutationObserver. */
(function () {
  "use strict";

  var script = document.currentScript;
  var languages = {};
  try {
    languages = JSON.parse((script && script.dataset.museumLanguages) || "{}");
  } catch (error) {
    return;
  }

  // The translation of a string segment: the <div> after the source <p>, in
  // each segment's <li> (synchronised values and related objects have no
  // source paragraph and are left alone).
  var TRANSLATION_SELECTOR = "li > p + div";

  function start() {
    var root = document.querySelector(".js-translation-editor[data-props]");
    if (!root || root.hasAttribute("data-museum-target-lang")) {
      return;
    }
    var props;
    try {
      props = JSON.parse(root.getAttribute("data-props"));
    } catch (error) {
      return;
    }
    var code = props && props.locale && props.locale.code;
    var language = code && languages[code];
    if (!language) {
      return;
    }
    var sourceCode = props.sourceLocale && props.sourceLocale.code;
    var sourceLanguage = sourceCode && languages[sourceCode];
    root.setAttribute("data-museum-target-lang", code);
    root.setAttribute("data-museum-target-dir", language.dir);

    function mark(element, elementCode, elementLanguage) {
      if (element.getAttribute("lang") !== elementCode) {
        element.setAttribute("lang", elementCode);
      }
      if (element.getAttribute("dir") !== elementLanguage.dir) {
        element.setAttribute("dir", elementLanguage.dir);
      }
    }

    function markAll() {
      var values = root.querySelectorAll(TRANSLATION_SELECTOR);
      for (var i = 0; i < values.length; i++) {
        var value = values[i];
        mark(value, code, language);
        if (!value.hasAttribute("data-museum-target")) {
          value.setAttribute("data-museum-target", language.script);
        }
        var fields = value.querySelectorAll("p, textarea");
        for (var j = 0; j < fields.length; j++) {
          mark(fields[j], code, language);
        }
        // The source text keeps its own direction, even in an Arabic admin.
        if (sourceLanguage) {
          mark(value.previousElementSibling, sourceCode, sourceLanguage);
        }
      }
    }

    markAll();
    new MutationObserver(markAll).observe(root, { childList: true, subtree: true });

    // The "confirm machine translations" form is rendered after the editor;
    // show it above the segments instead.
    var review = document.querySelector("[data-museum-machine-review]");
    if (review) {
      root.parentNode.insertBefore(review, root);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
