package org.uplift.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.admission.ApplicationForm;
import org.uplift.marketplace.admission.CertificateInput;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.ReferenceProject;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * The admission's demo state: {@link DemoData#APPLICANT_PROVIDER} has a complete application to the demo
 * authority's pool, whose {@code provider-admission} process waits at the expert review (after its first job),
 * so reviewer@authority.demo finds work. Seeding again changes nothing: the provider has an application.
 */
@Component
@Order(20)
class DemoAdmission implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoAdmission.class);

    private final Organisations organisations;
    private final PoolApplications applications;

    DemoAdmission(Organisations organisations, PoolApplications applications) {
        this.organisations = organisations;
        this.applications = applications;
    }

    @Override
    public void seed() {
        Optional<Organisation> authority = organisations.all().stream()
                .filter(o -> o.getKind() == TenantKind.AUTHORITY && DemoData.AUTHORITY.equals(o.getName())).findFirst();
        Optional<Organisation> applicant = organisations.providers().stream()
                .filter(o -> DemoData.APPLICANT_PROVIDER.equals(o.getCreditCode())).findFirst();
        if (authority.isEmpty() || applicant.isEmpty()) {
            return;
        }
        TenantContext.runAs(applicant.get().getId(), () -> SystemWork.run("demo data: a pool application waiting for review",
                () -> {
                    if (!applications.mine().isEmpty()) {
                        return;
                    }
                    applications.submit(authority.get().getId(), form());
                    log.info("Demo pool application of {} submitted to {}", applicant.get().getName(),
                            authority.get().getName());
                }));
    }

    static ApplicationForm form() {
        int year = LocalDate.now().getYear();
        return new ApplicationForm(
                "工业互联网平台建设、制造执行系统（MES）实施、设备联网与数据采集、数字化转型咨询",
                List.of(new CertificateInput("软件企业证书", "浙RQ-2023-0417", "浙江省软件行业协会",
                                LocalDate.of(year + 2, 6, 30), "软件企业证书.pdf", pdf("Software enterprise certificate")),
                        new CertificateInput("ISO 9001 质量管理体系认证证书", "00123Q45678R1S", "中国质量认证中心",
                                LocalDate.of(year + 1, 12, 31), "ISO9001.pdf", pdf("ISO 9001 certificate"))),
                List.of(new ReferenceProject("杭州钱塘某汽车零部件有限公司", year - 1,
                                "冲压与焊装车间设备联网、MES 上线，设备综合效率提升 12%"),
                        new ReferenceProject("浙江某纺织印染有限公司", year - 2, "染色工序能耗在线监测与排产优化")),
                68, List.of("D3", "D4"), List.of("SC08", "SC09"));
    }

    /** A small, valid one-page PDF standing in for a scanned certificate. */
    static byte[] pdf(String title) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<>>>>endobj\n"
                + "4 0 obj<</Length 0>>stream\nendstream endobj\n"
                + "trailer<</Root 1 0 R/Info<</Title(" + title + ")>>>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
