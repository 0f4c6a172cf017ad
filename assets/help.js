// The help page's list of functions (assets/help.html), kept out of the page so the page's
// Content-Security-Policy can refuse inline scripts, as the pane's does.
// Same-origin read of the metadata the add-in registers; nothing leaves the machine.
fetch("../functions.json")
  .then((response) => response.json())
  .then((metadata) => {
    const root = document.getElementById("functions");
    root.textContent = "";
    for (const fn of metadata.functions) {
      const section = document.createElement("section");
      section.id = fn.id;
      const title = document.createElement("h2");
      const args = fn.parameters.map((p) => (p.optional ? "[" + p.name + "]" : p.name)).join(", ");
      title.innerHTML = "<code></code>";
      title.firstChild.textContent = "=AR." + fn.name + "(" + args + ")";
      const about = document.createElement("p");
      about.textContent = fn.description || "";
      const list = document.createElement("dl");
      for (const p of fn.parameters) {
        const term = document.createElement("dt");
        term.textContent = p.name;
        if (p.optional) term.insertAdjacentHTML("beforeend", ' <span class="optional">(optional)</span>');
        const text = document.createElement("dd");
        text.textContent = p.description || "";
        list.append(term, text);
      }
      section.append(title, about, list);
      root.append(section);
    }
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  })
  .catch(() => {
    document.getElementById("functions").textContent = "The function list could not be loaded from functions.json.";
  });
