// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";

    // "Mark as complete" updates the page in place instead of reloading.
    document.querySelectorAll("[data-complete-form]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var button = form.querySelector("button");
            button.disabled = true;
            fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: { Accept: "application/json" },
                credentials: "same-origin",
            })
                .then(function (response) {
                    if (!response.ok) { throw new Error(response.status); }
                    return response.json();
                })
                .then(function (data) {
                    var box = form.closest("[data-lesson-complete]");
                    var status = box.querySelector("[data-complete-status]");
                    var done = document.createElement("p");
                    done.className = "status status--done";
                    done.textContent = form.dataset.doneText || button.dataset.doneText || "";
                    form.replaceWith(done);
                    status.textContent = done.textContent;
                    var bar = document.querySelector("[data-course-progress] progress");
                    var text = document.querySelector("[data-course-progress] .progress__text");
                    if (bar) { bar.value = data.percent; }
                    if (text && text.dataset.template) {
                        text.textContent = text.dataset.template.replace("%s", data.percent);
                    }
                    var current = document.querySelector(".outline__lesson a[aria-current]");
                    if (current) {
                        var item = current.closest(".outline__lesson");
                        item.classList.add("outline__lesson--done");
                        item.querySelector(".tick").textContent = "✓";
                    }
                    done.setAttribute("tabindex", "-1");
                    done.focus();
                })
                .catch(function () {
                    // Fall back to the normal form post.
                    form.submit();
                });
        });
    });
})();

// Guides offer a print button; printing also works from the browser menu.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
})();
