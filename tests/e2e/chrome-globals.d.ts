/**
 * The few `chrome.*` calls e2e tests make inside pages and the service worker
 * (through puppeteer's evaluate). Declared here, not globally, so Vigie's own
 * code keeps going through `wxt/browser`.
 */
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
    function getURL(path: string): string;
  }
  namespace i18n {
    function getMessage(name: string, substitutions?: string[]): string;
  }
  namespace commands {
    function getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]>;
  }
  namespace contextMenus {
    function removeAll(): Promise<void>;
  }
  namespace tabs {
    function query(query: object): Promise<{ id?: number; url?: string }[]>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
    function getTitle(details: { tabId?: number }): Promise<string>;
  }
}
