package org.uplift.subsidy.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * An authority's programmes. Only its programme managers (or system work: demo seeding) create, edit, open
 * and close them; every member of the authority reads them. Opening publishes the terms to
 * {@link PublishedProgramme} and opens the budget in the {@link BudgetLedger}; every change is audited
 * (subject {@code programme:<id>}).
 * <p>
 * Why a published copy rather than a {@code CrossTenantAccess} read: SMEs estimate and list far more often
 * than managers edit, and the copy holds exactly what is public (never a draft, never who edited), read by
 * id from a platform-level collection with no exception to tenant scoping on the request path.
 */
@Service
@EnableConfigurationProperties(SubsidyProperties.class)
public class Programmes {

    public static final String ID_INVALID = "subsidy.programme.id.invalid";
    public static final String ID_TAKEN = "subsidy.programme.id.taken";
    public static final String MANAGERS_ONLY = "subsidy.programme.managersOnly";
    public static final String UNKNOWN = "subsidy.programme.unknown";

    private final ProgrammeRepository programmes;
    private final PublishedProgrammeRepository published;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final Actors actors;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, PublishedProgrammeRepository published, BudgetLedger ledger,
            AuditTrail audit, @Lazy Actors actors, Clock clock) {
        this.programmes = programmes;
        this.published = published;
        this.ledger = ledger;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    /** Whether the current actor may create and change programmes (the UI shows or hides the form). */
    public boolean mayManage() {
        Actor actor = actors.current();
        return actor.isSystem() || actor.has(Role.PROGRAMME_MANAGER);
    }

    public Programme create(String id, ProgrammeTerms terms) {
        Actor actor = manager();
        Violations violations = ProgrammeRules.check(terms, ProgrammeRules.checkId(id, new Violations()));
        violations.check(id == null || (!programmes.existsById(id) && !published.existsById(id)), "id", ID_TAKEN);
        violations.throwIfAny();
        Programme programme = new Programme(id, terms, actor.userId(), clock.instant());
        try {
            programme = programmes.insert(programme);
        } catch (DuplicateKeyException anotherAuthoritysDraft) {
            throw new InputRejectedException(Violation.of("id", ID_TAKEN));
        }
        audit.append(subject(id), "PROGRAMME_CREATED", null, terms.toString(), null);
        return programme;
    }

    public Programme edit(String id, ProgrammeTerms terms) {
        Actor actor = manager();
        Programme programme = own(id);
        ProgrammeRules.check(terms, new Violations()).throwIfAny();
        String before = programme.getTerms().toString();
        if (programme.getStatus() != ProgrammeStatus.DRAFT) {
            ledger.resize(id, terms.budgetFen());
        }
        programme.edit(terms, actor.userId(), clock.instant());
        Programme saved = programmes.save(programme);
        if (saved.getStatus() != ProgrammeStatus.DRAFT) {
            published.save(new PublishedProgramme(saved, clock.instant()));
        }
        audit.append(subject(id), "PROGRAMME_EDITED", before, terms.toString(), null);
        return saved;
    }

    /** Opens for applications (from DRAFT or CLOSED): publishes the terms and opens the budget. */
    public Programme open(String id) {
        return change(id, ProgrammeStatus.OPEN);
    }

    public Programme close(String id) {
        return change(id, ProgrammeStatus.CLOSED);
    }

    private Programme change(String id, ProgrammeStatus next) {
        Actor actor = manager();
        Programme programme = own(id);
        ProgrammeStatus previous = programme.getStatus();
        if (previous == next || (next == ProgrammeStatus.CLOSED && previous == ProgrammeStatus.DRAFT)) {
            throw new InputRejectedException(Violation.of("status", "subsidy.programme.transition", previous.name(),
                    next.name()));
        }
        if (next == ProgrammeStatus.OPEN) {
            ledger.open(id, programme.getTenantId(), programme.getTerms().budgetFen());
        }
        programme.status(next, actor.userId(), clock.instant());
        Programme saved = programmes.save(programme);
        published.save(new PublishedProgramme(saved, clock.instant()));
        audit.append(subject(id), "PROGRAMME_" + next.name(), previous.name(), next.name(), null);
        return saved;
    }

    /** One of the current authority's own programmes, drafts included. */
    public Optional<Programme> find(String id) {
        return id == null ? Optional.empty() : programmes.findById(id);
    }

    public List<Programme> mine() {
        return programmes.findAllByOrderByUpdatedAtDesc();
    }

    /** The public terms of an opened programme (open or closed since), for any signed-in tenant. */
    public Optional<PublishedProgramme> published(String id) {
        actors.current();
        return id == null ? Optional.empty() : published.findById(id);
    }

    /** Programmes open for applications now, for any signed-in tenant. */
    public List<PublishedProgramme> openProgrammes() {
        actors.current();
        return published.findAllByStatus(ProgrammeStatus.OPEN);
    }

    static String subject(String id) {
        return "programme:" + id;
    }

    private Programme own(String id) {
        return find(id).orElseThrow(() -> new InputRejectedException(Violation.of("id", UNKNOWN)));
    }

    private Actor manager() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.PROGRAMME_MANAGER)) {
            throw new InputRejectedException(Violation.of("programme", MANAGERS_ONLY));
        }
        return actor;
    }
}
