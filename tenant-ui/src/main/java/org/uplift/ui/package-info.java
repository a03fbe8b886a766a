/**
 * The Vaadin UI: the shell (navigation per tenant kind and role, language, notification bell) and one
 * sub-package per area. Views stay thin: they call the feature services and show their answers;
 * every visible text comes from the i18n bundles (zh-CN first, en).
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI")
package org.uplift.ui;
