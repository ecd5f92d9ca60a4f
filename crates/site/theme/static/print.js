// Print buttons stay hidden for readers without JavaScript (the browser's own print command
// works for them); with it, reveal the buttons and let them print.
document.documentElement.classList.remove("no-js");
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
