// The browser-specific manifest derived from the one manifest.json (DESIGN.md: one source for both browsers).

/** Chrome uses manifest.json as it is; Firefox gets background scripts and its gecko settings. */
export function manifestFor(manifest, browser) {
  const m = structuredClone(manifest);
  if (browser === 'firefox') {
    m.background = { scripts: [manifest.background.service_worker] };
    // Firefox reads admin policies from policies.json, not from a managed storage schema.
    delete m.storage;
    m.browser_specific_settings = {
      gecko: {
        id: 'calmreply@calmreply.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}
