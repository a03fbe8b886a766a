package org.uplift.marketplace.admission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/** Authorities and providers' applications to their pools, through the real services. */
public final class AdmissionFixture {

    private final Organisations organisations;
    private final PoolApplications applications;
    private final TestProviders providers;

    public AdmissionFixture(ApplicationContext context) {
        this.organisations = context.getBean(Organisations.class);
        this.applications = context.getBean(PoolApplications.class);
        this.providers = new TestProviders(context);
    }

    public String authority() {
        return organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "测试经信局 " + UUID.randomUUID(),
                "330106", "周处长", "manager-" + UUID.randomUUID() + "@authority.cn", org.uplift.organisation.TestSmes.PASSWORD).getId();
    }

    public TestProviders.Provider provider() {
        return providers.register();
    }

    public static byte[] pdf() {
        byte[] bytes = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 2048);
        Arrays.fill(bytes, 9, bytes.length, (byte) ' ');
        return bytes;
    }

    public static CertificateInput certificate() {
        return new CertificateInput("软件企业证书", "浙RQ-2024-0001", "浙江省软件行业协会", LocalDate.now().plusYears(2),
                "软件企业证书.pdf", pdf());
    }

    public static ApplicationForm form() {
        return new ApplicationForm("工业软件开发、数字化改造咨询与实施", List.of(certificate()),
                List.of(new ReferenceProject("杭州某纺织有限公司", 2023, "设备联网与生产执行系统实施")), 45,
                List.of("D3"), List.of("SC08"));
    }

    public PoolApplication submit(TestProviders.Provider provider, String authorityTenantId) {
        return asAdmin(provider, () -> applications.submit(authorityTenantId, form()));
    }

    public <T> T asAdmin(TestProviders.Provider provider, Supplier<T> work) {
        return TenantContext.callAs(provider.tenantId(),
                () -> ActingWithRole.as(Role.PROVIDER_ADMIN, provider.admin().userId(), work));
    }

    public static <T> T as(Role role, String tenantId, String userId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> ActingWithRole.as(role, userId, work));
    }

    /** A step of the admission process (system work in the authority's tenant). */
    public static <T> T asProcess(String authorityTenantId, Supplier<T> work) {
        return TenantContext.callAs(authorityTenantId, () -> SystemWork.call("test: admission process", work));
    }
}
