// Progressive enhancement only: every page works without this file.
// After a failed submission, move focus to the error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("foutmeldingen");
  if (summary) {
    summary.focus();
  }
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
