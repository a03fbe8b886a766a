/**
 * Subsidy claims in the UI (keys {@code claims.*} in bundle {@code i18n/subsidy}): the claim page of an accepted
 * application (the SME owner's filing form, finance's decision, the manager's clawback) and finance's list of claims
 * waiting for a decision.
 */
package org.uplift.ui.claims;
