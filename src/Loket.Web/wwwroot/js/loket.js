// Progressive enhancement only: every page works without this file.
// After a failed submission, move focus to the error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("foutmeldingen");
  if (summary) {
    summary.focus();
  }
});
