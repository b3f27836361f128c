// Redacted copies (Meldpunt/Redaction/New): mark a passage by selecting it in the original and pressing
// the button, which adds its positions to the "Tekenposities" field. Progressive enhancement only:
// without this file the officer types the passage or the positions, and the preview shows the result.
document.addEventListener("DOMContentLoaded", () => {
  const original = document.getElementById("origineel");
  const row = document.getElementById("selectie");
  const button = document.getElementById("selectie-weglakken");
  const status = document.getElementById("selectie-status");
  const ranges = document.getElementById("ranges");
  if (!original || !row || !button || !status || !ranges) {
    return;
  }

  // Each piece of the original carries its position (data-at); a position is that plus the offset inside it.
  const position = (node, offset) => {
    const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement?.closest("[data-at]") : null;
    return piece && original.contains(piece) ? Number(piece.dataset.at) + offset : null;
  };

  // Pressing the button may take the selection away in some browsers: keep the last one made in the original.
  let chosen = null;
  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      const range = selection.getRangeAt(0);
      const start = position(range.startContainer, range.startOffset);
      const end = position(range.endContainer, range.endOffset);
      chosen = start !== null && end !== null && end > start ? { start, end } : null;
    }
  });

  row.hidden = false;
  button.addEventListener("click", () => {
    if (!chosen) {
      status.textContent = "Selecteer eerst tekst in het origineel hierboven.";
      return;
    }

    const value = ranges.value.trim();
    ranges.value = `${value}${value ? ", " : ""}${chosen.start}-${chosen.end}`;
    status.textContent = `Toegevoegd: tekens ${chosen.start} tot ${chosen.end}. Bekijk het voorbeeld om te zien wat wordt weggelakt.`;
    chosen = null;
  });

  // After "Voorbeeld bekijken" the preview is where keyboard and screen reader should be, unless there are errors.
  const preview = document.getElementById("voorbeeld");
  if (preview && !document.getElementById("foutmeldingen")) {
    preview.focus();
  }
});
