/**
 * Where antd puts a popup (a select's list, a menu, a date picker, a tooltip), for every one of them: beside what
 * opened it whenever that does not scroll with the page.
 *
 * A popup in <body> sits at page coordinates and is realigned under its field a frame after each scroll. A field in
 * the sticky page header, a dialog or a drawer stays put while the page beneath scrolls (a focus, the browser
 * bringing an element into view, even behind the dialog's scroll lock), so its list moved away and came back between
 * the press and the release of a click, which then landed beside it and chose nothing. Inside the same fixed layer,
 * the list moves with its field or not at all.
 */
export function popupContainer(trigger?: HTMLElement): HTMLElement {
  // A drawer's section, not its root: the root lets clicks through to the page (pointer-events: none), and a popup
  // inside it would inherit that.
  return trigger?.closest<HTMLElement>('.xf-page-header-slot, .ant-modal-wrap, .ant-drawer-section') ?? document.body;
}
