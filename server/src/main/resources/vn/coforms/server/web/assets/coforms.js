// coforms entry screen: optional enhancements. The screen works fully without this script.
(function () {
  "use strict";

  // After a failed check, the error summary takes the focus (GOV.UK error summary pattern).
  function focusSummary() {
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  }

  // The linked-certificate fields are shown only for the modes that need them.
  function linkedFields() {
    var section = document.querySelector("[data-linked-modes]");
    var mode = document.getElementById("f-issuance-mode");
    if (!section || !mode) { return; }
    var modes = section.getAttribute("data-linked-modes").split(" ");
    function update() {
      var show = modes.indexOf(mode.value) >= 0;
      section.querySelectorAll(".linked, .linked-note").forEach(function (el) {
        var filled = el.querySelector("input") && el.querySelector("input").value !== "";
        el.classList.toggle("hidden", !show && !filled);
      });
    }
    mode.addEventListener("change", update);
    update();
  }

  // Item rows: add by cloning the template, remove in place, renumber names and ids.
  function renumber(rows) {
    rows.querySelectorAll("fieldset.item-row").forEach(function (row, i) {
      var old = row.id.substring(4);
      if (old === String(i)) { return; }
      replaceIndex(row, old, String(i), String(i + 1));
    });
  }

  function replaceIndex(row, from, to, number) {
    var attrs = ["id", "name", "for", "aria-describedby", "value"];
    [row].concat(Array.prototype.slice.call(row.querySelectorAll("*"))).forEach(function (el) {
      attrs.forEach(function (a) {
        var v = el.getAttribute(a);
        if (v === null) { return; }
        if (a === "value" && el.tagName !== "BUTTON") { return; }
        v = v.split("[" + from + "]").join("[" + to + "]")
          .split("-" + from + "-").join("-" + to + "-")
          .replace(new RegExp("-" + from + "$"), "-" + to)
          .replace(new RegExp(":" + from + "$"), ":" + to);
        el.setAttribute(a, v);
      });
    });
    var legend = row.querySelector("legend");
    if (legend) { legend.textContent = legend.textContent.replace(/[0-9]+$/, number); }
    var remove = row.querySelector("button.remove-row");
    if (remove) { remove.textContent = remove.textContent.replace(/[0-9]+$/, number); }
  }

  function rowsInPlace() {
    var rows = document.getElementById("rows");
    var template = document.getElementById("row-template");
    var add = document.getElementById("action-add-row");
    if (!rows || !template || !add) { return; }
    add.addEventListener("click", function (event) {
      event.preventDefault();
      var row = template.content.firstElementChild.cloneNode(true);
      var n = rows.querySelectorAll("fieldset.item-row").length;
      replaceIndex(row, "999999", String(n), String(n + 1));
      rows.appendChild(row);
      var first = row.querySelector("input, textarea, select");
      if (first) { first.focus(); }
    });
    rows.addEventListener("click", function (event) {
      var button = event.target.closest("button.remove-row");
      if (!button) { return; }
      event.preventDefault();
      button.closest("fieldset.item-row").remove();
      renumber(rows);
      add.focus();
    });
  }

  // Live check: the data as the server would read it, posted to the validate API, debounced.
  function setPath(doc, name, value) {
    var parts = name.replace(/\[(\d+)\]/g, ".$1").split(".");
    var node = doc;
    for (var i = 0; i < parts.length - 1; i++) {
      var key = /^\d+$/.test(parts[i]) ? Number(parts[i]) : parts[i];
      if (node[key] === undefined) { node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {}; }
      node = node[key];
    }
    node[parts[parts.length - 1]] = value;
  }

  function typed(el) {
    var v = el.value.replace(/\r\n?/g, "\n");
    if (el.type === "checkbox") { return el.checked; }
    if (v === "") { return undefined; }
    if (el.getAttribute("data-number") === "true" && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v)) { return Number(v); }
    return v;
  }

  function certificate(form) {
    var fields = {};
    var issuance = {};
    form.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (el) {
      if (el.type === "hidden" || el.name.charAt(0) === "_") { return; }
      var value = typed(el);
      if (value === undefined) { return; }
      if (el.name.indexOf("issuance.") === 0) { setPath(issuance, el.name.substring(9), value); }
      else { setPath(fields, el.name, value); }
    });
    Object.keys(fields).forEach(function (k) {
      if (Array.isArray(fields[k])) { fields[k] = fields[k].map(function (r) { return r || {}; }); }
    });
    return { form: form.getAttribute("data-form"), issuance: issuance, fields: fields };
  }

  function liveCheck() {
    var form = document.getElementById("certificate");
    var status = document.getElementById("live-status");
    if (!form || !status || !window.fetch) { return; }
    var timer = null;
    function run() {
      fetch("/api/forms/" + form.getAttribute("data-form") + "/validate", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(certificate(form))
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (result) {
        if (!result) { return; }
        document.querySelectorAll(".live-error").forEach(function (el) { el.remove(); });
        var lang = document.documentElement.lang;
        result.findings.forEach(function (f) {
          var id = "f-" + (f.path || "").replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "");
          var el = document.getElementById(id);
          if (!el || !f.path) { return; }
          var p = document.createElement("p");
          p.className = "error-message live-error";
          var message = f.message && (f.message[lang] || f.message.en);
          p.textContent = typeof message === "string" ? message : "";
          el.parentNode.insertBefore(p, el);
        });
        status.textContent = result.valid ? "✓" : "";
      }).catch(function () { /* the Check button still works */ });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 600);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusSummary();
    linkedFields();
    rowsInPlace();
    liveCheck();
  });
})();
