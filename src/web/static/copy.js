// The copy button beside a one-time link: shown only where the page can copy (it needs
// JavaScript and the clipboard), it copies the link's text and says so.
for (const button of document.querySelectorAll("button.copy[data-copy]")) {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(source.textContent.trim()).then(() => {
      button.textContent = button.dataset.copied;
    });
  });
}
