package org.uplift.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SecretTokens;
import org.uplift.identity.UserAccount;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** Creates tenants and tells a tenant about itself. */
@Service
public class Organisations {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);
    static final String CONFIRMATION_PATH = "/register/confirm/";
    private static final String EMAIL_TAKEN = "validation.email.taken";

    private final OrganisationRepository organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, Accounts accounts, ApplicationEventPublisher events,
            MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an SME or a provider and its owner. Everything is checked before the first write, and
     * the organisation is taken back if its owner account cannot be created, so nothing half-made stays.
     */
    public Organisation register(Registration registration) {
        Violations violations = new Violations();
        String creditCode = checkRegistration(registration, violations);
        boolean industryNeeded = registration.kind() == TenantKind.ENTERPRISE;
        return create(registration.kind(), registration.organisationName(), creditCode, registration.districtCode(),
                industryNeeded ? registration.industryCode() : null, registration.ownerName(),
                registration.ownerEmail(), registration.ownerPassword(), violations);
    }

    /**
     * Registration from the public form, which must not tell whether the owner's e-mail address already
     * has an account. Everything is checked as in {@link #register}, but nothing is created yet: for a
     * new address a {@link PendingRegistration} waits for the link mailed to that address
     * ({@link RegistrationConfirmationRequested}); for an address that has an account nothing is
     * stored and the account's owner is told instead ({@link Accounts#registrationForKnownEmail}). The
     * caller cannot tell the two apart; any other refusal is reported as usual.
     *
     * @param locale the registrant's language tag, for the mail
     */
    public void requestRegistration(Registration registration, String locale) {
        Violations violations = new Violations();
        String creditCode = checkRegistration(registration, violations);
        violations.requireText(registration.organisationName(), "organisationName");
        accounts.checkNewAccount(registration.ownerEmail(), registration.ownerName(), registration.ownerPassword(),
                violations);
        try {
            violations.throwIfAny();
        } catch (InputRejectedException rejected) {
            var others = rejected.violations().stream().filter(v -> !EMAIL_TAKEN.equals(v.messageKey())).toList();
            if (!others.isEmpty()) {
                throw others.size() == rejected.violations().size() ? rejected : new InputRejectedException(others);
            }
            accounts.registrationForKnownEmail(registration.ownerEmail(), registration.ownerPassword());
            return;
        }
        String token = SecretTokens.newToken();
        String email = UserAccount.normalise(registration.ownerEmail());
        var expiresAt = clock.instant().plus(CONFIRMATION_VALIDITY);
        boolean enterprise = registration.kind() == TenantKind.ENTERPRISE;
        mongo.insert(new PendingRegistration(SecretTokens.sha256(token), registration.kind(),
                registration.organisationName().trim(), creditCode, blankToNull(registration.districtCode()),
                enterprise ? registration.industryCode() : null, registration.ownerName().trim(), email,
                accounts.hashPassword(registration.ownerPassword()), expiresAt));
        events.publishEvent(new RegistrationConfirmationRequested(email, CONFIRMATION_PATH + token, expiresAt, locale));
    }

    /**
     * Follows a mailed registration link: the organisation and its owner are created as registered. The
     * link works once (it is taken by one atomic find-and-remove) and until it expires.
     */
    public Organisation confirmRegistration(String token) {
        PendingRegistration pending = mongo.findAndRemove(Query.query(
                Criteria.where("tokenHash").is(SecretTokens.sha256(token == null ? "" : token))
                        .and("expiresAt").gt(clock.instant())), PendingRegistration.class);
        if (pending == null) {
            throw new InputRejectedException(Violation.of("token", "validation.registration.link"));
        }
        Violations violations = new Violations();
        violations.check(pending.getCreditCode() == null || organisations.findByCreditCode(pending.getCreditCode()).isEmpty(),
                "creditCode", "validation.creditCode.taken");
        violations.check(!accounts.usernameTaken(pending.getOwnerEmail()), "email", EMAIL_TAKEN);
        violations.throwIfAny();
        return insertWithOwner(pending.getKind(), pending.getOrganisationName(), pending.getCreditCode(),
                pending.getDistrictCode(), pending.getIndustryCode(), () -> accounts.createWithHash(
                        pending.getOwnerEmail(), pending.getOwnerName(), pending.getOwnerPasswordHash(),
                        Set.of(Role.ownerOf(pending.getKind()))));
    }

    /** An authority or platform tenant with its first administrator, created by a platform admin. */
    public Organisation createAdministrativeTenant(TenantKind kind, String name, String districtCode,
            String adminName, String adminEmail, String adminPassword) {
        Violations violations = new Violations();
        violations.check(kind == TenantKind.AUTHORITY || kind == TenantKind.PLATFORM, "kind",
                "validation.tenant.administrativeKind");
        violations.check(districtCode == null || districtCode.isBlank() || DistrictCatalog.isKnown(districtCode),
                "district", "validation.district.unknown");
        return create(kind, name, null, districtCode, null, adminName, adminEmail, adminPassword, violations);
    }

    public Organisation current() {
        String tenant = TenantContext.require();
        return organisations.findById(tenant).orElseThrow(() -> new IllegalStateException("Unknown tenant " + tenant));
    }

    public Optional<Organisation> find(String tenantId) {
        return organisations.findById(tenantId);
    }

    /** Every tenant, newest first: the platform admin's list. */
    public List<Organisation> all() {
        return organisations.findAllByOrderByRegisteredAtDesc();
    }

    /** The digital service providers, by name: whom an SME can share an assessment with. */
    public List<Organisation> providers() {
        return organisations.findAllByKindOrderByNameAsc(TenantKind.PROVIDER);
    }

    public long count() {
        return organisations.count();
    }

    private Organisation create(TenantKind kind, String name, String creditCode, String districtCode,
            String industryCode, String ownerName, String ownerEmail, String ownerPassword, Violations violations) {
        violations.requireText(name, "organisationName");
        accounts.checkNewAccount(ownerEmail, ownerName, ownerPassword, violations);
        violations.throwIfAny();
        return insertWithOwner(kind, name.trim(), creditCode, blankToNull(districtCode), industryCode,
                () -> accounts.create(ownerEmail, ownerName, ownerPassword, Set.of(Role.ownerOf(kind))));
    }

    /** Inserts the checked organisation, then its owner as that tenant; takes the organisation back if that fails. */
    private Organisation insertWithOwner(TenantKind kind, String name, String creditCode, String districtCode,
            String industryCode, Supplier<UserAccount> createOwner) {
        Organisation organisation;
        try {
            organisation = organisations.insert(new Organisation(newTenantId(kind), kind, name, creditCode,
                    districtCode, industryCode, clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw new InputRejectedException(Violation.of("creditCode", "validation.creditCode.taken"));
        }
        UserAccount owner;
        try {
            owner = TenantContext.callAs(organisation.getId(), createOwner::get);
        } catch (RuntimeException e) {
            organisations.delete(organisation);
            throw e;
        }
        events.publishEvent(new OrganisationRegistered(organisation.getId(), kind, organisation.getName(),
                owner.getId(), owner.getUsername()));
        return organisation;
    }

    /** Checks what an SME or provider registration holds besides its owner; returns the parsed credit code. */
    private String checkRegistration(Registration registration, Violations violations) {
        violations.check(registration.kind() == TenantKind.ENTERPRISE || registration.kind() == TenantKind.PROVIDER,
                "kind", "validation.registration.kind");
        String creditCode = checkCreditCode(registration.creditCode(), violations);
        violations.check(DistrictCatalog.isKnown(registration.districtCode()), "district", "validation.district.unknown");
        violations.check(registration.kind() != TenantKind.ENTERPRISE || IndustryCatalog.isKnown(registration.industryCode()),
                "industry", "validation.industry.unknown");
        return creditCode;
    }

    private String checkCreditCode(String raw, Violations violations) {
        try {
            String code = CreditCode.parse(raw).value();
            violations.check(organisations.findByCreditCode(code).isEmpty(), "creditCode", "validation.creditCode.taken");
            return code;
        } catch (InvalidCreditCodeException e) {
            violations.add("creditCode", "validation.creditCode.invalid");
            return null;
        }
    }

    private static String newTenantId(TenantKind kind) {
        return kind.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
