package org.uplift.benchmarks.city;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.types.ObjectId;
import org.uplift.benchmarks.BenchmarkSupport;
import org.uplift.identity.ApiClient;
import org.uplift.identity.Membership;
import org.uplift.identity.Role;
import org.uplift.identity.UserAccount;
import org.uplift.marketplace.DemoCatalogue;
import org.uplift.marketplace.catalogue.GeneratedCatalogue;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.GeneratedPackages;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Organisation;
import org.uplift.tenancy.TenantKind;

/**
 * The city's digital service providers (an admin and a consultant each, an API client of the admin) and their
 * published packages: variations of the 33 demo packages (a district edition, price × 1–5), each as the
 * provider's working copy, its first published version and its catalogue entry.
 */
final class ProviderWriter {

    record Provider(String tenantId, String name, String adminUserId) {
    }

    /** A published package, as a quote refers to it. */
    record Listed(Provider provider, String packageId, PackageContent content) {
    }

    static final String CLIENT_PREFIX = "city-provider-";
    private static final String[] EDITIONS = {"上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳", "临安",
            "桐庐", "淳安", "建德"};

    private final BulkWriter writer;
    private final String passwordHash;
    private final String secretHash;
    private final Instant now;
    private final List<PackageContent> demo = DemoCatalogue.contents();

    ProviderWriter(BulkWriter writer, String passwordHash, String secretHash, Instant now) {
        this.writer = writer;
        this.passwordHash = passwordHash;
        this.secretHash = secretHash;
        this.now = now;
    }

    Provider provider(int m, Random random) {
        String tenantId = "pro-" + new java.util.UUID(random.nextLong(), random.nextLong()).toString().substring(0, 13);
        String name = CityNames.provider(random, m);
        var districts = DistrictCatalog.all();
        Instant registeredAt = now.minus(Duration.ofDays(200 + random.nextInt(600)));
        writer.entity(Fields.construct(Organisation.class, new Class<?>[] {String.class, TenantKind.class, String.class,
                String.class, String.class, String.class, Instant.class}, tenantId, TenantKind.PROVIDER, name,
                BenchmarkSupport.creditCode(5_000_000L + m), districts.get(random.nextInt(districts.size())).code(), null,
                registeredAt));
        String admin = user(tenantId, "admin." + m + "@provider.city.bench", CityNames.person(random),
                EnumSet.of(Role.PROVIDER_ADMIN), registeredAt);
        user(tenantId, "consultant." + m + "@provider.city.bench", CityNames.person(random),
                EnumSet.of(Role.PROVIDER_CONSULTANT), registeredAt.plus(Duration.ofDays(1)));
        writer.entity(SmeWriter.owned(Fields.construct(ApiClient.class, new Class<?>[] {String.class, String.class,
                String.class, Set.class, Instant.class, String.class}, CLIENT_PREFIX + m, "城市数据接口", secretHash,
                EnumSet.of(Role.PROVIDER_ADMIN), registeredAt.plus(Duration.ofDays(2)), admin), tenantId));
        return new Provider(tenantId, name, admin);
    }

    /** The {@code n}-th package of the city, published by this provider. */
    Listed publish(Provider provider, int n, Random random) {
        PackageContent content = variation(demo.get(n % demo.size()), n);
        String packageId = new ObjectId().toHexString();
        Instant createdAt = now.minus(Duration.ofDays(10 + random.nextInt(150)));
        Instant publishedAt = createdAt.plus(Duration.ofHours(1 + random.nextInt(72)));
        var published = GeneratedPackages.publish(packageId, provider.tenantId(), provider.name(), provider.adminUserId(),
                content, createdAt, publishedAt);
        writer.entity(published.workingCopy());
        writer.entity(published.version());
        writer.entity(GeneratedCatalogue.listed(packageId, provider.tenantId(), provider.name(), 1, content, publishedAt));
        return new Listed(provider, packageId, content);
    }

    private String user(String tenantId, String username, String displayName, Set<Role> roles, Instant at) {
        UserAccount user = new UserAccount(username, displayName, passwordHash, at);
        String id = new ObjectId().toHexString();
        writer.entity(SmeWriter.owned(Fields.set(user, "id", id), tenantId));
        writer.entity(SmeWriter.owned(new Membership(id, roles, at), tenantId));
        return id;
    }

    private static PackageContent variation(PackageContent c, int n) {
        long factor = 1 + n % 5;
        String edition = "（" + EDITIONS[n % EDITIONS.length] + "版 " + (n / 33 + 1) + "）";
        List<CostLine> lines = new ArrayList<>();
        c.costLines().forEach(l -> lines.add(new CostLine(l.category(), l.amountFen() * factor, l.description())));
        return new PackageContent(c.nameZh() + edition, c.nameEn() == null ? null : c.nameEn() + " #" + (n / 33 + 1),
                c.summaryZh(), c.summaryEn(), c.descriptionZh(), c.descriptionEn(), c.category(), c.frameworkId(),
                c.dimensions(), c.scenarios(), c.priceFen() * factor, c.priceCoversZh(), c.priceCoversEn(), lines,
                c.deliveryDays(), c.deployments(), c.referenceCases());
    }
}
