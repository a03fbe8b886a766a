/**
 * Provider pool admission in the UI: the provider's application page (入库申请), the authority's expert review
 * list and decision form, the public notice with objections, and the programme manager's pool page
 * (sanctions and appeals).
 */
package org.uplift.ui.admission;
