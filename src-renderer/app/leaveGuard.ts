/** Asked before the address changes; calls `proceed` if the user agrees to leave. */
type Ask = (proceed: () => void) => void;

let ask: Ask | null = null;

/**
 * In-app navigation is a change of the address's fragment (links, the menu, `navigate`). While something holds
 * it (a form with unsaved typing), a change is put back before the router sees it and the holder is asked;
 * leaving then goes on to where the user was going. Registered as this module loads, before the router's own
 * listener, so the router never renders the page being left for.
 */
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => {
    if (!ask) return;
    event.stopImmediatePropagation();
    const target = new URL(event.newURL).hash;
    history.replaceState(history.state, '', event.oldURL);
    ask(() => {
      ask = null;
      location.hash = target;
    });
  });
}

/** Holds navigation until released (the returned function). */
export function holdNavigation(asker: Ask): () => void {
  ask = asker;
  return () => {
    if (ask === asker) ask = null;
  };
}
