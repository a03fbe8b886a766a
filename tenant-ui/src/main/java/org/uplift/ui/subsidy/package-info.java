/**
 * Subsidy programmes in the UI: the list (own programmes for an authority, open ones for everybody), the
 * programme page (terms, budget from the ledger, the manager's open/close), the manager's form, and the
 * estimate calculator every signed-in user can use.
 */
package org.uplift.ui.subsidy;
