// The floor: the smallest useful Lit element, bundled with Lit itself.
import { LitElement, css, html } from 'lit';

class TrivialElement extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.name = 'world';
  }

  render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

customElements.define('trivial-element', TrivialElement);
