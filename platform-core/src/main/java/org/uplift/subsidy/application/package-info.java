/**
 * Subsidy applications (补助申请): an SME's owner applies, from one of its engagements, to an open programme of
 * an authority; the authority's reviewers decide in stages (district recommendation, expert review, senior
 * review when the routing says so) and an approval reserves the amount and makes an offer the owner accepts
 * (备案).
 * <p>
 * Where the application lives: one copy per party, as engagements do. The SME's {@link ApplicantCopy}
 * ({@code subsidy_applications}) is tenant-owned by the SME, the authority's {@link ApplicationCase}
 * ({@code application_cases}) by the authority, so each side reads its own with ordinary tenant-scoped queries
 * and nobody else has a document naming the application. {@link SubsidyApplications} alone writes both, by
 * id, as each owning tenant in turn, and every action goes to the authority-owned audit chain
 * {@code application:<id>}.
 */
@org.springframework.modulith.NamedInterface("application")
package org.uplift.subsidy.application;
