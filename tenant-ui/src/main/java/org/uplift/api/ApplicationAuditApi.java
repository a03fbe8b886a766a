package org.uplift.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.application.TimelineEntry;
import org.uplift.subsidy.audit.AuditVerification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An application's audit timeline and the check of its hash chain, for the application's parties (the SME, the
 * authority, the provider of the engagement), decided by {@link SubsidyApplications}. Anyone else gets the 404 of
 * an unknown id.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/audit")
@Tag(name = "Applications", description = "补助申请: an SME's applications to programmes, and an authority's cases")
class ApplicationAuditApi {

    private final SubsidyApplications applications;

    ApplicationAuditApi(SubsidyApplications applications) {
        this.applications = applications;
    }

    /**
     * {@code who} names a person by display name (never an e-mail); an API client or the process has no name.
     * {@code before}/{@code after} are application statuses.
     */
    record AuditEntryView(long sequence, Who who, Instant when, String what, String before, String after,
            String reason) {
        static AuditEntryView of(TimelineEntry e) {
            return new AuditEntryView(e.sequence(), new Who(e.party(), e.actorKind(), e.actorName()), e.at(),
                    e.action(), e.before(), e.after(), e.reason());
        }
    }

    record Who(TimelineEntry.Party party, TimelineEntry.ActorKind kind, String name) {
    }

    /** {@code problem} is the first finding in chain order; {@code atSequence} the record it concerns. */
    record VerificationView(boolean intact, int records, AuditVerification.Problem problem, Long atSequence) {
        static VerificationView of(AuditVerification v) {
            return new VerificationView(v.intact(), v.records(), v.problem(), v.atSequence());
        }
    }

    @GetMapping
    @Operation(summary = "The application's audit timeline, oldest first")
    List<AuditEntryView> timeline(@PathVariable String id) {
        return applications.timeline(id).map(t -> t.stream().map(AuditEntryView::of).toList())
                .orElseThrow(ApiProblems.NotFound::new);
    }

    @GetMapping("/verification")
    @Operation(summary = "Whether the application's audit chain is intact: a changed, inserted or deleted record is found")
    VerificationView verification(@PathVariable String id) {
        return applications.verifyTimeline(id).map(VerificationView::of).orElseThrow(ApiProblems.NotFound::new);
    }
}
