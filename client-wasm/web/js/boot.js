// The page's safety net on a cut link (a classic script, loaded before the app's modules). If
// one of the app's scripts fails to load, as when the link drops in the middle of a first visit,
// the page cannot start; it is reloaded after a pause, as a person would, a few times at most.
// What did arrive comes from the browser's cache the second time. app.js clears the count once
// it runs.
(function () {
  const KEY = "hubdesk-boot-reloads";
  const MOST = 5;
  let reloading = false;
  // The words of this screen in the language last used here (js/language.js keeps them), as
  // the catalogue is not loaded yet; index.html holds the English ones.
  function bootText(name) {
    try {
      return JSON.parse(localStorage.getItem("hubdesk.boot-text") ?? "{}")[name];
    } catch {
      return undefined;
    }
  }
  document.addEventListener("DOMContentLoaded", () => {
    const boot = document.getElementById("boot");
    const loading = bootText("loading");
    if (boot && loading) boot.textContent = loading;
  });
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (reloading || !(target instanceof HTMLScriptElement || target instanceof HTMLLinkElement)) return;
      const done = Number(sessionStorage.getItem(KEY) ?? 0);
      if (done >= MOST) return;
      reloading = true;
      sessionStorage.setItem(KEY, String(done + 1));
      const boot = document.getElementById("boot");
      if (boot) boot.textContent = bootText("retrying") ?? boot.dataset.retrying;
      setTimeout(() => location.reload(), Math.min(1000 * 2 ** done, 15000));
    },
    true,
  );
})();
