/// The script `playbook serve` adds to every HTML page it serves (never to `playbook build`
/// output): reloads after a rebuild keeping the scroll position, reconnects after a server
/// restart, and shows an accessible overlay listing a failed build's diagnostics.
///
/// Diagnostics reach the page only through `textContent`, never as HTML.
enum LiveReloadScript {
    static let path = "/__playbook/live-reload.js"
    static let eventsPath = "/__playbook/events"
    static let tag = "<script src=\"\(path)\"></script>"

    static let source = #"""
    // Playbook preview: live reload and build errors. Served by `playbook serve` only.
    (() => {
      "use strict";
      const scrollKey = "playbook-scroll:" + location.pathname;
      const overlayID = "playbook-build-errors";
      let version = null;

      const saved = sessionStorage.getItem(scrollKey);
      if (saved !== null) {
        sessionStorage.removeItem(scrollKey);
        const [x, y] = saved.split(",").map(Number);
        const restore = () => window.scrollTo(x, y);
        if (document.readyState === "complete") restore(); else addEventListener("load", restore, { once: true });
      }

      function reload() {
        sessionStorage.setItem(scrollKey, Math.round(scrollX) + "," + Math.round(scrollY));
        location.reload();
      }

      function element(name, text, styles) {
        const node = document.createElement(name);
        if (text !== undefined) node.textContent = text;
        if (styles) node.style.cssText = styles;
        return node;
      }

      function removeOverlay() {
        const overlay = document.getElementById(overlayID);
        if (overlay) overlay.remove();
      }

      function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

      function showOverlay(diagnostics) {
        const hadFocus = document.getElementById(overlayID) !== null;
        removeOverlay();
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        const warnings = diagnostics.length - errors;
        const overlay = element("section", undefined,
          "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(17,17,17,.85);" +
          "font:16px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC',sans-serif;color:#1a1a1a;text-align:left");
        overlay.id = overlayID;
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-labelledby", overlayID + "-title");
        overlay.setAttribute("aria-describedby", overlayID + "-hint");
        const panel = element("div", undefined,
          "max-width:60rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-left:.5rem solid #b00020;border-radius:4px");
        const title = element("h2", "Build failed: " + plural(errors, "error") + (warnings ? ", " + plural(warnings, "warning") : ""),
          "margin:0 0 .5rem;font-size:1.4rem;color:#b00020");
        title.id = overlayID + "-title";
        title.tabIndex = -1;
        const hint = element("p", "This page shows the last good build. Fix the file and save: the page reloads by itself.", "margin:0 0 1rem");
        hint.id = overlayID + "-hint";
        const list = element("ol", undefined, "margin:0;padding:0;list-style:none");
        for (const d of diagnostics) {
          const item = element("li", undefined, "margin:0 0 1rem;padding:0 0 1rem;border-bottom:1px solid #ddd");
          const head = element("p", undefined, "margin:0");
          if (d.location) {
            head.append(element("code", d.location.file + ":" + d.location.line + ":" + d.location.column, "font-weight:bold"), " ");
          }
          head.append(element("strong", d.severity + ":", "color:" + (d.severity === "error" ? "#b00020" : "#7a4d00")), " " + d.message);
          item.append(head);
          if (d.sourceLine !== undefined && d.location) {
            const caret = " ".repeat(Math.max(d.location.column - 1, 0)) + "^";
            item.append(element("pre", d.sourceLine + "\n" + caret,
              "margin:.5rem 0 0;padding:.5rem;background:#f3f3f3;color:#1a1a1a;overflow:auto;font:14px/1.4 ui-monospace,monospace"));
          }
          for (const note of d.notes || []) item.append(element("p", "note: " + note, "margin:.25rem 0 0;color:#333"));
          list.append(item);
        }
        const close = element("button", "Hide until the next build",
          "font:inherit;padding:.4rem .8rem;border:2px solid #1a1a1a;border-radius:4px;background:#fff;color:#1a1a1a;cursor:pointer");
        close.type = "button";
        close.addEventListener("click", removeOverlay);
        overlay.addEventListener("keydown", (event) => { if (event.key === "Escape") removeOverlay(); });
        panel.append(title, hint, list, close);
        overlay.append(panel);
        document.body.append(overlay);
        if (!hadFocus) title.focus();
      }

      function connect() {
        const source = new EventSource("/__playbook/events");
        source.addEventListener("hello", (event) => {
          // A new version after a reconnect: the server restarted or rebuilt while away.
          if (version !== null && event.data !== version) { reload(); return; }
          version = event.data;
        });
        source.addEventListener("reload", (event) => { version = event.data; reload(); });
        source.addEventListener("build-failed", (event) => showOverlay(JSON.parse(event.data)));
        source.addEventListener("error", () => {
          if (source.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
        });
      }
      connect();
    })();
    """#
}
