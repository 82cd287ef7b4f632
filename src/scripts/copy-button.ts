/**
 * <copy-button data-target="textarea-id">: copies the target's text and says so. The
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
      if (!target) return;
      try {
        await navigator.clipboard.writeText(target.value);
      } catch {
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
