package org.uplift.marketplace.solution;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The current provider's solution packages: create and edit drafts, publish a draft as the next immutable
 * version, withdraw and offer again.
 * <p>
 * Who may do what is decided from the acting member's roles ({@link Actors#current()}, rule in
 * {@link PackagePermission}): the provider's admins ({@link Role#PROVIDER_ADMIN}) create, edit, publish and
 * withdraw; consultants read. System work (demo seeding) acts as an admin, in a provider tenant only.
 * Members of other kinds of tenant hold no provider role, so an SME or an authority cannot create
 * packages; another provider's package is simply not found (tenancy).
 */
@Service
public class SolutionPackages {

    public static final String UNKNOWN = "marketplace.package.unknown";
    public static final String PROVIDERS_EDIT = "marketplace.package.providersEdit";
    public static final String ADMINS_EDIT = "marketplace.package.adminsEdit";
    public static final String ADMINS_PUBLISH = "marketplace.package.adminsPublish";
    public static final String NOTHING_TO_PUBLISH = "marketplace.package.nothingToPublish";
    public static final String NOT_PUBLISHED = "marketplace.package.notPublished";

    private final SolutionPackageRepository packages;
    private final PublishedSolutionRepository versions;
    private final FrameworkCatalog frameworks;
    private final Organisations organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** {@code actors} is resolved on first use: the application supplies it (tenant-ui: the signed-in member). */
    SolutionPackages(SolutionPackageRepository packages, PublishedSolutionRepository versions,
            FrameworkCatalog frameworks, Organisations organisations, @Lazy Actors actors,
            ApplicationEventPublisher events, Clock clock) {
        this.packages = packages;
        this.versions = versions;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** A new package as a draft of version 1. */
    public SolutionPackage create(PackageContent content) {
        Actor actor = editor();
        check(content);
        return packages.insert(new SolutionPackage(content, actor.userId(), clock.instant()));
    }

    /** Saves the draft; editing a published package opens the draft of its next version. */
    public SolutionPackage edit(String id, PackageContent content) {
        Actor actor = editor();
        SolutionPackage pkg = load(id);
        check(content);
        pkg.edit(content, actor.userId(), clock.instant());
        return packages.save(pkg);
    }

    /**
     * Publishes the draft as the next version and lists it in the catalogue (an admitted provider's only:
     * see {@code marketplace.pool}); a withdrawn package without a draft is listed again in its latest version.
     */
    public SolutionPackage publish(String id) {
        Actor actor = publisher();
        SolutionPackage pkg = load(id);
        if (pkg.hasDraft()) {
            check(pkg.getDraft());
            PublishedSolution version = pkg.publish(providerName(), actor.userId(), clock.instant());
            SolutionPackage saved = packages.save(pkg); // versioned: a concurrent publish fails here
            versions.insert(version);
            events.publishEvent(new SolutionPublished(TenantContext.require(), saved.getId(), version.getVersion()));
            return saved;
        }
        if (pkg.getStatus() == PackageStatus.WITHDRAWN) {
            pkg.relist(actor.userId(), clock.instant());
            SolutionPackage saved = packages.save(pkg);
            events.publishEvent(new SolutionPublished(TenantContext.require(), saved.getId(),
                    saved.getPublishedVersion()));
            return saved;
        }
        throw rejected("id", NOTHING_TO_PUBLISH);
    }

    /** Takes the package out of the catalogue at once; its published versions stay readable for quotes. */
    public SolutionPackage withdraw(String id) {
        Actor actor = publisher();
        SolutionPackage pkg = load(id);
        if (pkg.getStatus() != PackageStatus.PUBLISHED) {
            throw rejected("id", NOT_PUBLISHED);
        }
        pkg.withdraw(actor.userId(), clock.instant());
        SolutionPackage saved = packages.save(pkg);
        events.publishEvent(new SolutionWithdrawn(TenantContext.require(), saved.getId()));
        return saved;
    }

    /** Drops the open draft; a package never published goes altogether. */
    public Optional<SolutionPackage> discardDraft(String id) {
        Actor actor = editor();
        SolutionPackage pkg = load(id);
        if (pkg.getPublishedVersion() == 0) {
            packages.delete(pkg);
            return Optional.empty();
        }
        pkg.discardDraft(actor.userId(), clock.instant());
        return Optional.of(packages.save(pkg));
    }

    /** One of the current provider's packages; another tenant's is not found. */
    public Optional<SolutionPackage> find(String id) {
        return id == null ? Optional.empty() : packages.findById(id);
    }

    /** The current provider's packages, last changed first. */
    public List<SolutionPackage> mine() {
        return packages.findAllByOrderByUpdatedAtDesc();
    }

    /** The published versions of one of the current provider's packages, newest first. */
    public List<PublishedSolution> versions(String id) {
        return find(id).map(pkg -> versions.findAllByPackageIdOrderByVersionDesc(pkg.getId())).orElse(List.of());
    }

    /** A published version of any provider's package, as a quote or an engagement refers to it. */
    public Optional<PublishedSolution> publishedVersion(String packageId, int version) {
        return versions.findById(PublishedSolution.idOf(packageId, version));
    }

    /** Refuses {@code content} as {@link #create} and {@link #edit} would, without writing anything. */
    public void check(PackageContent content) {
        PackageRules.check(content, frameworks.latest(content.frameworkId()),
                clock.instant().atZone(ZoneOffset.ofHours(8)).getYear()).throwIfAny();
    }

    private SolutionPackage load(String id) {
        return find(id).orElseThrow(() -> rejected("id", UNKNOWN));
    }

    /** Whether the acting member may create and edit the current provider's packages (the UI hides the rest). */
    public boolean mayEdit() {
        Actor actor = actors.current();
        return PackagePermission.mayEdit(actor) && (!actor.isSystem() || isProviderTenant());
    }

    private Actor editor() {
        return allowed(ADMINS_EDIT);
    }

    private Actor publisher() {
        return allowed(ADMINS_PUBLISH);
    }

    /** A consultant is told only admins may; anyone else that packages are the providers'. */
    private Actor allowed(String consultantKey) {
        Actor actor = actors.current();
        if (actor.isSystem() ? !isProviderTenant() : !PackagePermission.mayRead(actor)) {
            throw rejected("package", PROVIDERS_EDIT);
        }
        if (!PackagePermission.mayEdit(actor)) {
            throw rejected("package", consultantKey);
        }
        return actor;
    }

    private boolean isProviderTenant() {
        return organisations.find(TenantContext.require()).map(o -> o.getKind() == TenantKind.PROVIDER).orElse(false);
    }

    private String providerName() {
        return organisations.find(TenantContext.require()).map(Organisation::getName)
                .orElseThrow(() -> new IllegalStateException("Unknown tenant " + TenantContext.require()));
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
