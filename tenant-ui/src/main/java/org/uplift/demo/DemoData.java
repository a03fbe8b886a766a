package org.uplift.demo;

import java.util.List;
import java.util.Set;

import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;

/**
 * The demo organisations and logins the README lists. Every demo login has the published {@link #PASSWORD}
 * and its tenant's API client the published secret, except the platform tenant's: they see every tenant, so
 * theirs are generated at first start ({@link DemoCredentials}).
 */
final class DemoData {

    static final String PASSWORD = "Uplift-demo-2026";

    record DemoUser(String email, String name, Role role) {
    }

    /** @param secret the published secret; null for the platform's, which is generated */
    record DemoApiClient(String clientId, String secret, Set<Role> roles) {
    }

    static final String PLATFORM_ADMIN = "admin@platform.demo";
    static final String PLATFORM_API_CLIENT = "demo-platform-api";

    /** Providers the demo authority has admitted to its pool; their packages make the demo catalogue. */
    static final Set<String> ADMITTED_PROVIDERS = Set.of("91330106682345179L", "913301067A12B34C3N",
            "91330108693452789H");
    /** The provider whose application to the demo authority's pool waits for review. */
    static final String APPLICANT_PROVIDER = "91330114734561894N";
    static final String AUTHORITY = "杭州市经济和信息化局（演示）";

    record DemoTenant(TenantKind kind, String name, String creditCode, String district, String industry,
            List<DemoUser> users, DemoApiClient apiClient) {

        DemoUser owner() {
            return users.get(0);
        }
    }

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant(TenantKind.ENTERPRISE, "杭州明远精密机械有限公司", "91330110571234564E", "330110", "C34",
                    List.of(new DemoUser("owner@sme.demo", "陈明远", Role.ENTERPRISE_OWNER),
                            new DemoUser("member@sme.demo", "李晓华", Role.ENTERPRISE_MEMBER)),
                    new DemoApiClient("demo-enterprise-api", "demo-enterprise-secret", Set.of(Role.ENTERPRISE_OWNER))),
            new DemoTenant(TenantKind.ENTERPRISE, "杭州安澜精工科技有限公司（演示）", "913301147345621845", "330114", "C35",
                    List.of(new DemoUser("owner@anlan.sme.demo", "孙安澜", Role.ENTERPRISE_OWNER)),
                    new DemoApiClient("demo-anlan-api", "demo-anlan-secret", Set.of(Role.ENTERPRISE_MEMBER))),
            new DemoTenant(TenantKind.PROVIDER, "杭州数智工场科技有限公司", "91330106682345179L", "330106", null,
                    List.of(new DemoUser("admin@provider.demo", "王数智", Role.PROVIDER_ADMIN),
                            new DemoUser("consultant@provider.demo", "赵顾问", Role.PROVIDER_CONSULTANT)),
                    new DemoApiClient("demo-provider-api", "demo-provider-secret", Set.of(Role.PROVIDER_CONSULTANT))),
            new DemoTenant(TenantKind.PROVIDER, "杭州云栖智造信息技术有限公司", "913301067A12B34C3N", "330106", null,
                    List.of(new DemoUser("admin@yunqi.provider.demo", "孙云栖", Role.PROVIDER_ADMIN),
                            new DemoUser("consultant@yunqi.provider.demo", "钱顾问", Role.PROVIDER_CONSULTANT)),
                    new DemoApiClient("demo-yunqi-api", "demo-yunqi-secret", Set.of(Role.PROVIDER_ADMIN))),
            new DemoTenant(TenantKind.PROVIDER, "浙江精益质控科技有限公司", "91330108693452789H", "330108", null,
                    List.of(new DemoUser("admin@jingyi.provider.demo", "冯精益", Role.PROVIDER_ADMIN)),
                    new DemoApiClient("demo-jingyi-api", "demo-jingyi-secret", Set.of(Role.PROVIDER_ADMIN))),
            new DemoTenant(TenantKind.PROVIDER, "杭州钱塘数联科技有限公司", "91330114734561894N", "330114", null,
                    List.of(new DemoUser("admin@shulian.provider.demo", "何数联", Role.PROVIDER_ADMIN)),
                    new DemoApiClient("demo-shulian-api", "demo-shulian-secret", Set.of(Role.PROVIDER_ADMIN))),
            new DemoTenant(TenantKind.AUTHORITY, "杭州市经济和信息化局（演示）", null, "330102", null,
                    List.of(new DemoUser("manager@authority.demo", "周处长", Role.PROGRAMME_MANAGER),
                            new DemoUser("reviewer@authority.demo", "吴评审", Role.REVIEWER),
                            new DemoUser("senior@authority.demo", "郑专家", Role.SENIOR_REVIEWER),
                            new DemoUser("district@authority.demo", "钱科长", Role.DISTRICT_OFFICER),
                            new DemoUser("evaluator@authority.demo", "孙验收", Role.EVALUATOR),
                            new DemoUser("finance@authority.demo", "蔡会计", Role.FINANCE_OFFICER)),
                    new DemoApiClient("demo-authority-api", "demo-authority-secret", Set.of(Role.REVIEWER))),
            new DemoTenant(TenantKind.PLATFORM, "Uplift 平台运营", null, null, null,
                    List.of(new DemoUser(PLATFORM_ADMIN, "平台管理员", Role.PLATFORM_ADMIN)),
                    new DemoApiClient(PLATFORM_API_CLIENT, null, Set.of(Role.PLATFORM_ADMIN))));

    private DemoData() {
    }
}
