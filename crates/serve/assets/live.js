// kroniek live reload. `kroniek serve` adds this script to the pages it serves; a built site
// never contains it. It listens for the server's events and reloads the page after a good
// rebuild, or shows the build's problems over the page after a broken edit.
(() => {
  "use strict";
  const OVERLAY_ID = "kroniek-overlay";
  let connectedBefore = false;

  function showProblems(report) {
    let overlay = document.getElementById(OVERLAY_ID);
    if (overlay === null) {
      overlay = document.createElement("div");
      overlay.id = OVERLAY_ID;
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
    }
    const box = document.createElement("div");
    box.className = "kroniek-overlay-box";
    const title = document.createElement("p");
    title.className = "kroniek-overlay-title";
    title.textContent = report.title;
    box.appendChild(title);
    for (const problem of report.diagnostics) {
      const text = document.createElement("pre");
      text.className = "kroniek-overlay-" + problem.severity;
      text.textContent = problem.text;
      box.appendChild(text);
    }
    overlay.replaceChildren(box);
  }

  const events = new EventSource("/__kroniek/events");
  // The server sends its state first on every connection.
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (connectedBefore) {
      // The server restarted (or the connection dropped): what it serves may have changed.
      location.reload();
      return;
    }
    connectedBefore = true;
    if (state.broken) {
      showProblems(state);
    } else if (document.getElementById(OVERLAY_ID) !== null) {
      // The edit was fixed between this page's load and this connection.
      location.reload();
    }
  });
  events.addEventListener("broken", (event) => showProblems(JSON.parse(event.data)));
  events.addEventListener("reload", () => location.reload());
  // Leaving the page must free its connection: a page kept in the back/forward cache would
  // otherwise hold its event stream open, and browsers allow only six connections per host,
  // so the seventh page a reader opened would wait forever. Back in the page, it may be stale.
  addEventListener("pagehide", () => events.close());
  addEventListener("pageshow", (event) => {
    if (event.persisted) location.reload();
  });
})();
