/** Engagements, read-only for now: the SME's and the provider's list and one engagement's page. */
package org.uplift.ui.engagements;
