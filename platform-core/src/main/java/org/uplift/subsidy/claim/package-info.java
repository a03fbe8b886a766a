/**
 * Subsidy claims (补助申领与拨付): after on-site acceptance the SME's owner files the claim (invoices, proof of
 * payment, usage evidence), the authority's finance officer approves it (the disbursement is paid from the
 * reservation) or rejects it with a reason (the reservation is released), an unfiled claim expires at its
 * deadline (released too), and a programme manager may claw a disbursement back with a reason.
 * <p>
 * Like applications, one copy per party: {@link ClaimCopy} ({@code subsidy_claims}) in the SME's tenant and in the
 * provider's, {@link ClaimCase} ({@code claim_cases}) in the authority's, all written together by
 * {@link SubsidyClaims} as each owning tenant in turn; every change joins the application's audit chain.
 */
@org.springframework.modulith.NamedInterface("claim")
package org.uplift.subsidy.claim;
