package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The decision letter of an application with an offer (offered, and every later step; never a rejected, ineligible
 * or withdrawn one). Only the application's parties get it: the SME's members (its copy) and the authority's users
 * (its case), decided from the acting principal; everybody else, or an application without an offer, is refused
 * with {@link #NO_LETTER}.
 */
@Service
public class DecisionLetters {

    public static final String NO_LETTER = "subsidy.application.noLetter";
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final SubsidyApplications applications;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Actors actors;
    private final ZoneId zone;

    DecisionLetters(SubsidyApplications applications, Programmes programmes, Organisations organisations,
            @Lazy Actors actors, SubsidyProperties subsidy) {
        this.applications = applications;
        this.programmes = programmes;
        this.organisations = organisations;
        this.actors = actors;
        this.zone = subsidy.zone();
    }

    /** Whether the application has a letter the current actor may download (the page shows the link). */
    public boolean available(SubsidyApplication application) {
        return application != null && mayRead(actors.current(), application) && offerOf(application).isPresent();
    }

    /** The letter's content. */
    public DecisionLetter letter(String applicationId) {
        Actor actor = actors.current();
        SubsidyApplication a = applications.find(applicationId).filter(found -> mayRead(actor, found))
                .orElseThrow(DecisionLetters::refused);
        Instant decided = offerOf(a).orElseThrow(DecisionLetters::refused);
        ProgrammeTerms terms = programmes.published(a.getProgrammeId()).orElseThrow(DecisionLetters::refused).getTerms();
        String authority = organisations.find(a.getAuthorityTenantId()).map(Organisation::getName).orElse("");
        return new DecisionLetter(number(a, decided), a.getApplicationId(), authority, a.getSmeName(),
                terms.name(), terms.nameEn(), a.getEligibleCostFen(),
                terms.ratePercent(), a.getAmountFen(), terms.implementationMonths(), terms.minimumLevel(), decided,
                a.getApprovals().stream().map(ap -> new DecisionLetter.Decision(ap.stage(), ap.at())).toList());
    }

    /** A party: the SME's or the authority's own users (or system work in either), never a third tenant. */
    private static boolean mayRead(Actor actor, SubsidyApplication a) {
        return actor.tenantId().equals(a.getTenantId())
                && (actor.tenantId().equals(a.getSmeTenantId()) || actor.tenantId().equals(a.getAuthorityTenantId()));
    }

    /** When the offer was made, if the application has (had) one and is not closed. */
    private static Optional<Instant> offerOf(SubsidyApplication a) {
        if (a.getStatus().isClosed() || a.getStatus().ordinal() < ApplicationStatus.OFFERED.ordinal()) {
            return Optional.empty();
        }
        return a.getHistory().stream().filter(e -> "OFFERED".equals(e.action())).map(ApplicationEntry::at)
                .reduce((first, last) -> last);
    }

    /** e.g. {@code HZ-PILOT-2026-20260415-1A2B3C4D}: programme, offer date (Beijing), start of the id. */
    private String number(SubsidyApplication a, Instant decided) {
        return a.getProgrammeId().toUpperCase(Locale.ROOT) + "-" + NUMBER_DATE.format(LocalDate.ofInstant(decided, zone))
                + "-" + a.getApplicationId().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static InputRejectedException refused() {
        return new InputRejectedException(Violation.of("letter", NO_LETTER));
    }
}
