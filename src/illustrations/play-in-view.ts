import { isServer } from 'lit';

let observer: IntersectionObserver | undefined;

const play = (drawing: Element) => drawing.removeAttribute('data-wait');

/**
 * A card's drawing moves once the reader can see it, not while the page loads: the move then plays
 * where someone watches it (twice, then rests), and a page of many cards starts no animations
 * off screen. Its element carries `data-wait` (which holds the animation) until it is in view; one
 * observer serves every card. Use as `${ref(playInView)}` on the element that holds the drawing.
 */
export function playInView(drawing: Element | undefined) {
  if (isServer || !drawing) return;
  try {
    observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        play(entry.target);
        observer?.unobserve(entry.target);
      }
    });
    observer.observe(drawing);
  } catch {
    // A page that replaced IntersectionObserver with something broken: the drawing plays at once.
    play(drawing);
  }
}
