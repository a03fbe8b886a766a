package org.uplift.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.UserAccount;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** Creates tenants and tells a tenant about itself. */
@Service
public class Organisations {

    private static final String EMAIL_TAKEN = "validation.email.taken";

    private final OrganisationRepository organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, Accounts accounts, ApplicationEventPublisher events,
            Clock clock) {
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
        violations.check(registration.kind() == TenantKind.ENTERPRISE || registration.kind() == TenantKind.PROVIDER,
                "kind", "validation.registration.kind");
        String creditCode = checkCreditCode(registration.creditCode(), violations);
        violations.check(DistrictCatalog.isKnown(registration.districtCode()), "district", "validation.district.unknown");
        boolean industryNeeded = registration.kind() == TenantKind.ENTERPRISE;
        violations.check(!industryNeeded || IndustryCatalog.isKnown(registration.industryCode()), "industry",
                "validation.industry.unknown");
        return create(registration.kind(), registration.organisationName(), creditCode, registration.districtCode(),
                industryNeeded ? registration.industryCode() : null, registration.ownerName(),
                registration.ownerEmail(), registration.ownerPassword(), violations);
    }

    /**
     * Registration from the public form, which must not tell whether the owner's e-mail address already
     * has an account. For such an address nothing is created and the answer is the one a new address
     * gets (the account's owner is told instead, see {@link Accounts#registrationForKnownEmail}); any
     * other refusal is reported as usual, without the "taken" reason.
     *
     * @return the new organisation, or empty when the address already had an account
     */
    public Optional<Organisation> registerPublicly(Registration registration) {
        try {
            return Optional.of(register(registration));
        } catch (InputRejectedException rejected) {
            var others = rejected.violations().stream().filter(v -> !EMAIL_TAKEN.equals(v.messageKey())).toList();
            if (others.size() == rejected.violations().size()) {
                throw rejected;
            }
            if (!others.isEmpty()) {
                throw new InputRejectedException(others);
            }
            accounts.registrationForKnownEmail(registration.ownerEmail(), registration.ownerPassword());
            return Optional.empty();
        }
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
        Organisation organisation;
        try {
            organisation = organisations.insert(new Organisation(newTenantId(kind), kind, name.trim(), creditCode,
                    blankToNull(districtCode), industryCode, clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw new InputRejectedException(Violation.of("creditCode", "validation.creditCode.taken"));
        }
        UserAccount owner;
        try {
            owner = TenantContext.callAs(organisation.getId(),
                    () -> accounts.create(ownerEmail, ownerName, ownerPassword, java.util.Set.of(Role.ownerOf(kind))));
        } catch (RuntimeException e) {
            organisations.delete(organisation);
            throw e;
        }
        events.publishEvent(new OrganisationRegistered(organisation.getId(), kind, organisation.getName(),
                owner.getId(), owner.getUsername()));
        return organisation;
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
