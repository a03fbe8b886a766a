package org.uplift.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.Actors;
import org.uplift.identity.NoActorException;
import org.uplift.identity.Role;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.PackagePermission;
import org.uplift.marketplace.solution.PackageStatus;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.MissingTenantException;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The provider's own solution packages, drafts included, for its own systems: list, read, create a draft,
 * replace the draft, publish it as the next immutable version, withdraw. For the provider's admins and
 * consultants; consultants read only (403 on writes). Another provider's package is "not found", never
 * "forbidden". Amounts are in fen as JSON integers; cost lines must add up to the price.
 */
@RestController
@RequestMapping("/api/v1/solutions")
class SolutionApi {

    static final String WHOLE_FEN = "packages.api.wholeFen";

    private final ApiCaller caller;
    private final SolutionPackages packages;
    private final ProviderPool pool;
    private final Actors actors;

    private final ApiProblems problems;

    SolutionApi(ApiCaller caller, SolutionPackages packages, ProviderPool pool, Actors actors, ApiProblems problems) {
        this.problems = problems;
        this.caller = caller;
        this.packages = packages;
        this.pool = pool;
        this.actors = actors;
    }

    /** {@code amountFen}: whole fen. */
    record CostLineBody(CostCategory category, BigDecimal amountFen, String description) {
    }

    /** A package as written; {@code frameworkId} defaults to MIIT, {@code priceFen} in whole fen. */
    record PackageBody(String nameZh, String nameEn, String summaryZh, String summaryEn, String descriptionZh,
            String descriptionEn, SolutionCategory category, String frameworkId, List<String> dimensions,
            List<ScenarioTarget> scenarios, BigDecimal priceFen, String priceCoversZh, String priceCoversEn,
            List<CostLineBody> costLines, Integer deliveryDays, Set<Deployment> deployments,
            List<ReferenceCase> referenceCases) {
    }

    record Summary(String id, PackageStatus status, int publishedVersion, Integer draftVersion, String nameZh,
            String nameEn, long priceFen, Instant updatedAt) {
        static Summary of(SolutionPackage p) {
            return new Summary(p.getId(), p.getStatus(), p.getPublishedVersion(),
                    p.hasDraft() ? p.getDraftVersion() : null, p.current().nameZh(), p.current().nameEn(),
                    p.current().priceFen(), p.getUpdatedAt());
        }
    }

    /**
     * {@code draft}: the open draft of version {@code draftVersion} (null when there is none);
     * {@code published}: the latest published version; {@code listedPublicly}: whether the catalogue shows it (the
     * provider is admitted to a pool and the package is published).
     */
    record Detail(String id, PackageStatus status, int publishedVersion, Integer draftVersion, PackageContent draft,
            PackageContent published, boolean listedPublicly, Instant createdAt, Instant updatedAt,
            Instant publishedAt) {
    }

    @GetMapping
    List<Summary> list() {
        provider();
        return packages.mine().stream().map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable String id) {
        UpliftPrincipal user = provider();
        return detail(visible(id), user);
    }

    /** A new package as the draft of version 1: 201 with its Location; 400 naming each refused field. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Detail> create(@RequestBody PackageBody body) {
        UpliftPrincipal user = provider();
        requireEdit();
        SolutionPackage created = packages.create(content(body));
        return ResponseEntity.created(URI.create("/api/v1/solutions/" + created.getId())).body(detail(created, user));
    }

    /** Replaces the draft; on a published package it opens the draft of the next version. */
    @PutMapping("/{id}")
    Detail edit(@PathVariable String id, @RequestBody PackageBody body) {
        UpliftPrincipal user = provider();
        visible(id);
        requireEdit();
        return detail(packages.edit(id, content(body)), user);
    }

    /** Publishes the draft as the next version (or offers a withdrawn package again); 400 on {@code id} when there is nothing to publish. */
    @PostMapping("/{id}/publish")
    Detail publish(@PathVariable String id) {
        UpliftPrincipal user = provider();
        visible(id);
        requireEdit();
        return detail(packages.publish(id), user);
    }

    /** Takes the package out of the catalogue; its published versions stay readable for quotes. */
    @PostMapping("/{id}/withdraw")
    Detail withdraw(@PathVariable String id) {
        UpliftPrincipal user = provider();
        visible(id);
        requireEdit();
        return detail(packages.withdraw(id), user);
    }

    /**
     * A body that is no package is read before the handler runs: the caller still learns first what the
     * handler would say of its identity (403, or 404 for another provider's id), only then of the body.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request, Locale locale) {
        try {
            provider();
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                    && variables.get("id") instanceof String id) {
                visible(id);
            }
            requireEdit();
        } catch (ApiProblems.Forbidden forbidden) {
            return problems.forbidden(forbidden, locale);
        } catch (ApiProblems.NotFound notFound) {
            return problems.notFound(notFound, locale);
        } catch (AccessRevokedException revoked) {
            return problems.revoked(revoked, locale);
        } catch (MissingTenantException noTenant) {
            return problems.noTenant(noTenant, locale);
        } catch (NoActorException noActor) {
            return problems.noActor(noActor, locale);
        }
        return problems.unreadable(unreadable, locale);
    }

    private Detail detail(SolutionPackage p, UpliftPrincipal user) {
        boolean listed = p.getStatus() == PackageStatus.PUBLISHED && pool.isAdmitted(user.tenantId());
        return new Detail(p.getId(), p.getStatus(), p.getPublishedVersion(), p.hasDraft() ? p.getDraftVersion() : null,
                p.getDraft(), p.getPublished(), listed, p.getCreatedAt(), p.getUpdatedAt(), p.getPublishedAt());
    }

    /**
     * The body as a package. A fraction of a fen is refused together with whatever the package rules find
     * in the other fields, so the caller sees every reason at once; nothing is written before.
     */
    private PackageContent content(PackageBody b) {
        Violations typed = new Violations();
        long priceFen = fen(b.priceFen(), "priceFen", typed);
        List<CostLine> lines = new ArrayList<>();
        for (int i = 0; b.costLines() != null && i < b.costLines().size(); i++) {
            CostLineBody line = b.costLines().get(i);
            lines.add(line == null ? null : new CostLine(line.category(),
                    fen(line.amountFen(), "costLines[" + i + "].amountFen", typed), line.description()));
        }
        PackageContent content = new PackageContent(b.nameZh(), b.nameEn(), b.summaryZh(), b.summaryEn(),
                b.descriptionZh(), b.descriptionEn(), b.category(), b.frameworkId(), b.dimensions(), b.scenarios(),
                priceFen, b.priceCoversZh(), b.priceCoversEn(), lines, b.deliveryDays() == null ? 0 : b.deliveryDays(),
                b.deployments(), b.referenceCases());
        if (!typed.isEmpty()) {
            throw new InputRejectedException(withRuleReasons(typed, content));
        }
        return content;
    }

    /** The typing reasons, then the rules' reasons on the other fields. */
    private List<Violation> withRuleReasons(Violations typed, PackageContent content) {
        List<Violation> all = new ArrayList<>(reasons(typed::throwIfAny));
        Set<String> named = all.stream().map(Violation::field).collect(Collectors.toSet());
        reasons(() -> packages.check(content)).stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        return all;
    }

    private static List<Violation> reasons(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InputRejectedException rejected) {
            return rejected.violations();
        }
    }

    /** Whole fen; a fraction of a fen is refused here, out-of-range amounts by the package rules. */
    private static long fen(BigDecimal amount, String field, Violations typed) {
        if (amount == null) {
            return 0;
        }
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > 0) {
            typed.add(field, WHOLE_FEN);
            return 0;
        }
        if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return amount.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? Long.MIN_VALUE : amount.longValue();
    }

    private UpliftPrincipal provider() {
        UpliftPrincipal user = caller.get();
        if (user.tenantKind() != TenantKind.PROVIDER
                || !(user.has(Role.PROVIDER_ADMIN) || user.has(Role.PROVIDER_CONSULTANT))) {
            throw new ApiProblems.Forbidden();
        }
        return user;
    }

    /** 403 unless the live actor may change packages (the domain refuses it too). */
    private void requireEdit() {
        if (!PackagePermission.mayEdit(actors.current())) {
            throw new ApiProblems.Forbidden();
        }
    }

    /** The package, found only among the caller's own. */
    private SolutionPackage visible(String id) {
        return packages.find(id).orElseThrow(ApiProblems.NotFound::new);
    }
}
