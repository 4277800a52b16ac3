/** Firefox-only API, missing from WXT's Chrome-based `browser` types. */
interface SidebarAction {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  // The toolbar button opens the panel. Chrome does this natively once told to; Firefox has no such
  // setting, so the click toggles the sidebar (toggle() keeps the user gesture it needs).
  if (import.meta.env.FIREFOX) {
    const sidebarAction = (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction;
    browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
});
