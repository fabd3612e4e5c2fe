// The inventory progress page (cms/exhibits/templates/exhibits/inventory/progress.html):
// polls the run's JSON status and updates the bar; when the run has finished or
// failed, loads the page again, which then shows the report or the error.
// Without JavaScript a <noscript> refresh does the same.
(function () {
    "use strict";
    var section = document.querySelector(".inventory-progress[data-status-url]");
    if (!section) {
        return;
    }
    var text = section.querySelector(".inventory-progress__text");
    var bar = section.querySelector(".inventory-progress__bar");
    var delay = 1000 * (parseFloat(section.dataset.pollSeconds) || 2);

    function poll() {
        fetch(section.dataset.statusUrl, {
            credentials: "same-origin",
            headers: { Accept: "application/json" },
        })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (status) {
                if (status.state === "finished" || status.state === "failed") {
                    window.location.assign(status.url);
                    return;
                }
                if (text) {
                    text.textContent = status.text;
                }
                if (bar) {
                    bar.max = status.total || 1;
                    bar.value = status.done;
                    bar.textContent = status.text;
                }
                window.setTimeout(poll, delay);
            })
            .catch(function () {
                window.setTimeout(poll, delay * 2);
            });
    }

    window.setTimeout(poll, delay);
})();
