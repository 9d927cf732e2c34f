// Progressive enhancement only: every page works without this file.
// Review queue keyboard shortcuts: a = accept, r = reject, c = correct (focus the value field).
(function () {
  "use strict";
  function typing(target) {
    var tag = (target && target.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var accept = document.getElementById("accept-form");
    if (!accept) { return; }
    if (event.key === "a") { event.preventDefault(); accept.submit(); }
    else if (event.key === "r") { event.preventDefault(); document.getElementById("reject-form").submit(); }
    else if (event.key === "c") { event.preventDefault(); document.getElementById("new-value").focus(); }
  });
})();
