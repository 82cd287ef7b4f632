/**
 * <copy-button data-target="textarea-id"> (or data-text="…"): copies the target's text (or
 * its own data-text, which scripts may change) and says so. The
 * button is hidden until this script runs (copying needs JavaScript; the text is always
 * there to select by hand).
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    const label = button.textContent ?? '';
    const status = Object.assign(document.createElement('span'), { className: 'visually-hidden' });
    status.setAttribute('role', 'status');
    this.append(status);
    button.addEventListener('click', async () => {
      const target = document.getElementById(this.dataset.target ?? '') as HTMLTextAreaElement | null;
      const text = this.dataset.text ?? target?.value;
      if (text === undefined) return;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        if (!target) return;
        target.select();
        document.execCommand('copy');
      }
      const done = this.dataset.done ?? 'Copied';
      button.textContent = `${done} ✓`;
      status.textContent = done;
      setTimeout(() => {
        button.textContent = label;
        status.textContent = '';
      }, 2000);
    });
  }
}

customElements.define('copy-button', CopyButton);
