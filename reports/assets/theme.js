/* Apply the reader's saved theme before the page paints (loaded in <head>). */
(function () {
  "use strict";
  try {
    var saved = window.localStorage.getItem("auditor-theme");
    if (saved === "light" || saved === "dark") {
      document.documentElement.setAttribute("data-theme", saved);
    }
  } catch (e) {
    /* storage may be blocked (file://, privacy mode): the system theme applies */
  }
})();
