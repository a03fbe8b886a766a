/**
 * Subsidy applications in the UI (bundle {@code i18n/applications}): the SME applies from an engagement, follows
 * its applications, answers a request for information and accepts the offer; the authority's reviewers work the
 * review inbox (open stage tasks of their groups, claim, age) and decide on the case page.
 */
package org.uplift.ui.applications;
