// Progressive enhancement only: every page works without this file.
// After a failed submission, move focus to the error summary so screen readers announce it; on a
// report form's check of whom the names match, to that check.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("foutmeldingen") ?? document.getElementById("controle");
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

// The people picker on the report forms: the search field becomes a combobox with a list of names
// (the ARIA Authoring Practices "list autocomplete" pattern). Choosing a name adds a ticked box to
// "Gekozen personen", the same box the "Zoeken" step gives without JavaScript, so the server sees
// one form either way. Only names and departments come back, never more than eight.
document.addEventListener("DOMContentLoaded", () => {
  for (const picker of document.querySelectorAll("[data-picker]")) {
    const form = picker.closest("form");
    const input = picker.querySelector("input[name='Input.Search']");
    const chosen = picker.querySelector("[data-picker-chosen]");
    const municipality = form?.querySelector("[name='Input.Municipality']");
    if (!form || !input || !chosen || !municipality) {
      continue;
    }

    picker.querySelector("[data-picker-search]").hidden = true;
    const list = document.createElement("ul");
    list.id = `${input.id}-lijst`;
    list.className = "loket-picker__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gevonden personen");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "loket-visually-hidden";
    status.setAttribute("role", "status");
    input.after(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    let active = -1;
    let timer;
    const options = () => [...list.querySelectorAll("[role='option']")];
    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const activate = (index) => {
      const all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    };
    const choose = (option) => {
      const id = option.dataset.id;
      if (!chosen.querySelector(`input[value='${id}']`)) {
        const field = document.createElement("div");
        field.className = "utrecht-form-field utrecht-form-field--checkbox";
        const box = document.createElement("input");
        Object.assign(box, { type: "checkbox", name: "Input.Picked", value: id, id: `gekozen-${id}`, checked: true });
        box.className = "utrecht-checkbox utrecht-checkbox--html-input";
        const label = document.createElement("label");
        label.className = "utrecht-form-label utrecht-form-label--checkbox";
        label.htmlFor = box.id;
        label.textContent = option.textContent;
        field.append(box, label);
        chosen.append(field);
      }
      chosen.hidden = false;
      status.textContent = `${option.textContent} gekozen.`;
      input.value = "";
      close();
      input.focus();
    };
    const search = async () => {
      const query = input.value.trim();
      if (query.replace(/[^\p{L}\p{N}]/gu, "").length < 3) {
        close();
        status.textContent = query.length > 0 ? "Typ minstens 3 letters." : "";
        return;
      }
      const url = `${picker.dataset.pickerUrl}?gemeente=${encodeURIComponent(municipality.value)}&zoek=${encodeURIComponent(query)}`;
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok || input.value.trim() !== query) {
        return;
      }
      const people = await response.json();
      list.replaceChildren(...people.map((person, i) => {
        const option = document.createElement("li");
        option.id = `${list.id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.id = person.id;
        option.textContent = person.department ? `${person.name} (${person.department})` : person.name;
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(option));
        return option;
      }));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = people.length === 0;
      input.setAttribute("aria-expanded", String(people.length > 0));
      status.textContent = people.length === 0
        ? "Niemand gevonden. Typ de naam dan in het veld eronder."
        : `${people.length} ${people.length === 1 ? "persoon" : "personen"} gevonden. Kies met pijltje omlaag en Enter.`;
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (open) {
          activate(active + (event.key === "ArrowDown" ? 1 : -1));
        } else {
          search();
        }
      } else if (event.key === "Enter") {
        // Never send the report from the search field; Enter chooses the marked name.
        event.preventDefault();
        if (open && active >= 0) {
          choose(options()[active]);
        }
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        } else {
          input.value = "";
        }
      }
    });
    input.addEventListener("blur", close);
    municipality.addEventListener("change", close);
  }
});

// Pickers (Shared/PickerTagHelper): the select the server renders becomes a text field that filters
// its options while typing, the "list autocomplete" pattern of the ARIA Authoring Practices. The
// select stays in the form, hidden, and carries the choice, so the server sees the same post with or
// without this script. The field always shows the chosen name; a text that matches nothing is not a
// choice, and on leaving the field the last choice comes back, said aloud.
document.addEventListener("DOMContentLoaded", () => {
  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  for (const field of document.querySelectorAll("[data-combobox]")) {
    const select = field.querySelector("select");
    if (!select) {
      continue;
    }

    const input = document.createElement("input");
    input.type = "text";
    input.className = select.classList.contains("utrecht-select--invalid")
      ? "utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid"
      : "utrecht-textbox utrecht-textbox--html-input";
    input.id = select.id;
    select.id = `${input.id}-keuze`;
    for (const name of ["aria-describedby", "aria-invalid"]) {
      if (select.hasAttribute(name)) {
        input.setAttribute(name, select.getAttribute(name));
      }
    }
    Object.assign(input, { autocomplete: "off", spellcheck: false });
    const list = document.createElement("ul");
    list.id = `${input.id}-lijst`;
    list.className = "loket-picker__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", field.querySelector("label")?.textContent ?? "");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "loket-visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    select.hidden = true;
    select.tabIndex = -1;
    select.setAttribute("aria-hidden", "true");
    select.after(input, list, status);

    const shown = () => (select.value === "" ? "" : select.selectedOptions[0]?.textContent ?? "");
    input.value = shown();
    let active = -1;
    const options = () => [...list.querySelectorAll("[role='option']")];
    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const activate = (index) => {
      const all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    };
    const choose = (value) => {
      select.value = value;
      input.value = shown();
      status.textContent = value === "" ? `${select.options[0].textContent} gekozen.` : `${input.value} gekozen.`;
      close();
      select.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const filter = () => {
      const typed = fold(input.value);
      const matches = [...select.options].filter((o, i) => i > 0 && fold(o.textContent).includes(typed)).slice(0, 50);
      list.replaceChildren(...matches.map((match, i) => {
        const option = document.createElement("li");
        option.id = `${list.id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.value = match.value;
        option.textContent = match.textContent;
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(match.value));
        return option;
      }));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = matches.length === 0;
      input.setAttribute("aria-expanded", String(matches.length > 0));
      status.textContent = matches.length === 0
        ? "Niets gevonden."
        : `${matches.length} gevonden. Kies met pijltje omlaag en Enter.`;
    };

    input.addEventListener("input", filter);
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (open) {
          activate(active + (event.key === "ArrowDown" ? 1 : -1));
        } else {
          filter();
          activate(0);
        }
      } else if (event.key === "Enter" && open) {
        // Enter chooses the marked name; it never sends the form from a half-typed name.
        event.preventDefault();
        if (active >= 0) {
          choose(options()[active].dataset.value);
        }
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
        input.value = shown();
      }
    });
    input.addEventListener("blur", () => {
      close();
      const typed = fold(input.value);
      if (typed === "") {
        if (select.value !== "") {
          choose("");
        }
        return;
      }
      const exact = [...select.options].find((o, i) => i > 0 && fold(o.textContent) === typed);
      if (exact) {
        if (exact.value !== select.value) {
          choose(exact.value);
        }
        input.value = shown();
      } else if (input.value !== shown()) {
        input.value = shown();
        status.textContent = select.value === ""
          ? `Niets gekozen: ${select.options[0].textContent}.`
          : `Niet gevonden; ${input.value} blijft gekozen.`;
      }
    });
  }
});
