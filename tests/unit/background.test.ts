import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { stubPanelApis } from './stub-browser';

describe('background', () => {
  let stubs: ReturnType<typeof stubPanelApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    stubs = stubPanelApis();
  });

  it('lets the toolbar button open the side panel in Chrome', () => {
    background.main();
    expect(stubs.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(stubs.sidebarAction.toggle).not.toHaveBeenCalled();
  });
});
