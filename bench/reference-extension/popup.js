// The popup of the bench's reference extension (bench/reference-extension.ts writes the rest):
// what a plain reader extension's popup does, and no more. The mark is set after the next frame,
// as Preact runs Sift's effects after the paint, so both are timed to the text on screen.
// The mark's name is REFERENCE_SHOWN_MARK in bench/reference-extension.ts.
(async () => {
  const shown = (state) =>
    requestAnimationFrame(() => setTimeout(() => performance.mark('reference:text-shown', { detail: state })));
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['Readability.js'] });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => {
        const article = new Readability(document.cloneNode(true)).parse();
        return article ? article.textContent : '';
      },
    });
    document.getElementById('text').textContent = result;
    shown(result ? 'article' : 'empty');
  } catch (error) {
    document.getElementById('text').textContent = String(error);
    shown('error');
  }
})();
