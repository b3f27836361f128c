// Progressive enhancement only: every page works without this file.
// After a failed submission, move focus to the error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("foutmeldingen");
  if (summary) {
    summary.focus();
  }
});

// Declaration forms: refresh the verdict while typing by posting the form to the same preview
// handler the "Bekijk oordeel" button uses, and swapping in the server-rendered verdict. Without
// JavaScript the button does the same with a full page. The verdict is not a live region (a screen
// reader would read all of it on every change): only a changed colour is announced, in one sentence.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.loket-declaration-form");
  const button = form?.querySelector("button[formaction]");
  const target = document.getElementById("oordeel");
  const status = document.getElementById("oordeel-status");
  if (!form || !button || !target) {
    return;
  }

  // After "Bekijk oordeel" the page comes back at #oordeel-titel; browsers focus a fragment's
  // target, but not all do, so make sure the verdict is where keyboard and screen reader are. Errors
  // come first: then the summary keeps the focus, also after the browser has handled the fragment.
  if (location.hash === "#oordeel-titel") {
    window.addEventListener("load", () => {
      (document.getElementById("foutmeldingen") ?? document.getElementById("oordeel-titel"))?.focus();
    });
  }

  const title = (root) => root.querySelector("#oordeel-titel")?.textContent.trim() ?? "";
  let timer;
  const refresh = async () => {
    // Without the files: they are checked and kept when the employee presses a button, not on every change.
    const body = new FormData(form);
    body.delete("Files");
    const response = await fetch(button.formAction, { method: "POST", body, credentials: "same-origin" });
    if (!response.ok) {
      return;
    }

    const fresh = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("oordeel");
    if (fresh) {
      const before = title(target);
      target.replaceChildren(...fresh.childNodes);
      const after = title(target);
      if (status && after !== before && after !== "") {
        status.textContent = after.startsWith("Oordeel:") ? `Oordeel gewijzigd: ${after.slice("Oordeel:".length).trim()}` : after;
      }
    }
  };
  form.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
});

// Receipt code page: offer printing, and warn before leaving until the reporter confirms they saved the code.
document.addEventListener("DOMContentLoaded", () => {
  const print = document.querySelector("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => window.print());
  }
  const form = document.querySelector("[data-receipt-form]");
  if (form) {
    const warn = (event) => { event.preventDefault(); event.returnValue = ""; };
    window.addEventListener("beforeunload", warn);
    form.addEventListener("submit", () => window.removeEventListener("beforeunload", warn));
  }
});

// Register tables on a phone: each row becomes a block of "column: value" lines, so no column (the
// status) is off-screen to the right. The labels are the column headers; without JavaScript the
// table scrolls sideways in its own box.
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table.loket-table--stack")) {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.cells].forEach((cell, i) => { cell.dataset.label = headers[i] ?? ""; });
    }
    table.classList.add("loket-table--labelled");
  }
});
