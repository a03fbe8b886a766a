package org.uplift.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * Authorities vouching for SMEs: an authority (created only by a platform admin, never self-registered) states
 * that an SME is a real company. Self-service registration proves nothing (a valid credit code is a check digit
 * away), so whatever must count only real companies, such as peer benchmarks, counts vouched SMEs only.
 * <p>
 * Platform collection {@value #COLLECTION}: one document per vouched SME, id = its tenant id.
 */
@Service
public class Vouches {

    static final String COLLECTION = "organisation_vouches";

    private final Organisations organisations;
    private final OrganisationRepository registry;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Vouches(Organisations organisations, OrganisationRepository registry, MongoTemplate mongo,
            ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.registry = registry;
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The current tenant, an authority, vouches for the SME. Idempotent: {@link EnterpriseVouched} is announced
     * only the first time an SME is vouched for.
     */
    public void vouch(String enterpriseTenantId) {
        Organisation authority = organisations.current();
        if (authority.getKind() != TenantKind.AUTHORITY) {
            throw new NotAnAuthorityException(authority.getId());
        }
        boolean enterprise = organisations.find(enterpriseTenantId)
                .filter(o -> o.getKind() == TenantKind.ENTERPRISE).isPresent();
        if (!enterprise) {
            throw new InputRejectedException(Violation.of("tenantId", "validation.vouch.notEnterprise"));
        }
        var result = mongo.upsert(query(where("_id").is(enterpriseTenantId)), new Update()
                .setOnInsert("authorityTenantId", authority.getId()).setOnInsert("vouchedAt", Date.from(clock.instant())),
                COLLECTION);
        if (result.getUpsertedId() != null) {
            events.publishEvent(new EnterpriseVouched(enterpriseTenantId, authority.getId()));
        }
    }

    /**
     * The current tenant, an authority, vouches for the SME registered with this unified social credit code (as
     * an authority checks it against the business registry). Returns the SME, so its name can be confirmed.
     */
    public Organisation vouchByCreditCode(String creditCode) {
        if (organisations.current().getKind() != TenantKind.AUTHORITY) {
            throw new NotAnAuthorityException(TenantContext.require());
        }
        String code;
        try {
            code = CreditCode.parse(creditCode).value();
        } catch (InvalidCreditCodeException e) {
            throw new InputRejectedException(Violation.of("creditCode", "validation.creditCode.invalid"));
        }
        Organisation sme = registry.findByCreditCode(code).filter(o -> o.getKind() == TenantKind.ENTERPRISE)
                .orElseThrow(() -> new InputRejectedException(Violation.of("creditCode", "validation.vouch.unknown")));
        vouch(sme.getId());
        return sme;
    }

    public boolean isVouched(String tenantId) {
        return mongo.exists(query(where("_id").is(tenantId)), COLLECTION);
    }

    /** Whether the current tenant has been vouched for. */
    public boolean currentIsVouched() {
        return isVouched(TenantContext.require());
    }

    /** Every vouched SME's tenant id (a scan; for one-off migrations only). */
    public List<String> all() {
        return mongo.findAll(Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }
}
