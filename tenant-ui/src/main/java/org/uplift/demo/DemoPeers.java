package org.uplift.demo;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.scoring.Answers;
import org.uplift.identity.Accounts;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Synthetic SMEs of the demo SME's industry (C34) and one more (C38), each with one submitted MIIT assessment,
 * so that the demo SME's result has peers to compare with (at least {@code PeerBenchmarks.K} per segment).
 * Everything goes through the real services, so the journey scores and publishes each assessment as it would
 * any other. Each owner can sign in with the demo password. The demo authority vouches for each of them and
 * for the demo SME, since only SMEs vouched for by an authority count in peer benchmarks (its programme manager,
 * {@value #AUTHORITY_MANAGER}, vouches for others on the "confirm companies" page).
 * <p>
 * Seeded in the background after the demo tenants (about 12 registrations with their password hashes and
 * some 35 autosaves each would otherwise hold up the start by several seconds). Idempotent and resumable: an
 * SME is registered unless its owner exists, given a profile unless it has one, and its draft is (started,)
 * answered and submitted unless it already submitted one.
 */
@Component
class DemoPeers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoPeers.class);

    /** Seeds the answers: the same SME always answers the same. */
    static final long SEED = 2026;
    /** The demo authority's programme manager, who vouches for the peers. */
    static final String AUTHORITY_MANAGER = "manager@authority.demo";

    /** @param maturity 0..1, where its answers centre (levels 0–3 come out across each industry) */
    record PeerSme(String name, String creditCode, String district, String industry, int employees,
            String annualRevenue, String mainProducts, String ownerName, String ownerEmail, double maturity) {
    }

    static final List<PeerSme> SMES = List.of(
            new PeerSme("杭州恒锐液压机械有限公司", "91330110720310007H", "330110", "C34", 180, "12000",
                    "液压泵、液压阀组", "沈建国", "owner@hengrui.peer.demo", 0.15),
            new PeerSme("杭州西溪精工阀门有限公司", "91330106721311378H", "330106", "C34", 45, "2600",
                    "工业阀门、管件", "方丽萍", "owner@xixi.peer.demo", 0.3),
            new PeerSme("杭州滨江智能泵业有限公司", "913301087223127430", "330108", "C34", 320, "26000",
                    "智能离心泵、泵站控制系统", "许志强", "owner@binjiang-pump.peer.demo", 0.45),
            new PeerSme("杭州萧然传动设备有限公司", "91330109723314118D", "330109", "C34", 15, "800",
                    "齿轮减速机", "韩小军", "owner@xiaoran.peer.demo", 0.55),
            new PeerSme("杭州临平轴承制造有限公司", "91330113724315489Y", "330113", "C34", 95, "5200",
                    "深沟球轴承、圆锥滚子轴承", "钱文斌", "owner@linping.peer.demo", 0.7),
            new PeerSme("杭州钱塘压缩机有限公司", "91330114725316854Y", "330114", "C34", 410, "38000",
                    "螺杆空气压缩机", "孙海燕", "owner@qiantang.peer.demo", 0.8),
            new PeerSme("杭州余杭微特电机有限公司", "913301107263182294", "330110", "C38", 260, "15000",
                    "微特电机、无刷直流电机", "蒋伟", "owner@yuhang-motor.peer.demo", 0.2),
            new PeerSme("杭州拱宸开关电气有限公司", "9133010572731959XG", "330105", "C38", 60, "3500",
                    "低压开关柜、断路器", "邵红梅", "owner@gongchen.peer.demo", 0.35),
            new PeerSme("杭州上城照明电器有限公司", "913301027283209635", "330102", "C38", 12, "450",
                    "LED 照明灯具", "冯磊", "owner@shangcheng-light.peer.demo", 0.42),
            new PeerSme("杭州富春线缆有限公司", "913301117293223385", "330111", "C38", 350, "42000",
                    "电力电缆、控制电缆", "何晓东", "owner@fuchun.peer.demo", 0.6),
            new PeerSme("杭州滨江储能电池有限公司", "913301087303237093", "330108", "C38", 140, "9800",
                    "储能电池包、电池管理系统", "罗静", "owner@binjiang-storage.peer.demo", 0.68),
            new PeerSme("杭州临安变压器有限公司", "913301127313250790", "330112", "C38", 75, "4100",
                    "干式变压器、箱式变电站", "唐国平", "owner@linan-transformer.peer.demo", 0.85));

    private final Organisations organisations;
    private final Accounts accounts;
    private final CompanyProfiles profiles;
    private final Assessments assessments;
    private final Vouches vouches;
    private volatile boolean stopping;
    private boolean running;
    private boolean requested;
    private Thread seeding;

    DemoPeers(Organisations organisations, Accounts accounts, CompanyProfiles profiles, Assessments assessments,
            Vouches vouches) {
        this.vouches = vouches;
        this.organisations = organisations;
        this.accounts = accounts;
        this.profiles = profiles;
        this.assessments = assessments;
    }

    /** Seeds now if the application runs, else as soon as it starts. */
    synchronized void seedInBackground() {
        requested = true;
        if (running && seeding == null) {
            seeding = new Thread(this::seedAll, "demo-peers");
            seeding.setDaemon(true);
            seeding.start();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        stopping = false;
        if (requested) {
            seedInBackground();
        }
    }

    /**
     * Lets the SME being seeded finish, so a shutdown leaves no half-answered draft behind it. A lifecycle
     * stop of the highest phase, so it runs before the web server, the process engine's job executor and
     * MongoDB stop, and before any bean is destroyed: no peer is written once the context closes. A later
     * {@link #start()} resumes (seeding is idempotent).
     */
    @Override
    public void stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = seeding;
        }
        if (running != null) {
            try {
                running.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isAlive()) {
                log.warn("Demo peer seeding did not finish within 30 s of the shutdown");
            }
        }
        synchronized (this) {
            seeding = null;
            this.running = false;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Whether a seeding thread is at work (for tests). */
    synchronized boolean seeding() {
        return seeding != null && seeding.isAlive();
    }

    void seedAll() {
        long start = System.nanoTime();
        // the demo SME is a real company too, as far as the demo goes: its own result counts among its peers
        accounts.findForSignIn(DemoData.TENANTS.get(0).owner().email()).ifPresent(demoSme -> vouch(demoSme.tenantId()));
        int seeded = 0;
        for (int i = 0; i < SMES.size() && !stopping; i++) {
            try {
                if (seed(SMES.get(i), SEED + i)) {
                    seeded++;
                }
            } catch (RuntimeException e) {
                log.warn("Demo peer SME {} not seeded", SMES.get(i).name(), e);
            }
        }
        if (seeded > 0) {
            log.info("Demo peer SMEs seeded: {} submitted assessments in {} ms (the journey publishes them)", seeded,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** True when it submitted an assessment for the SME; false when there was nothing left to do. */
    private boolean seed(PeerSme sme, long seed) {
        SignInAccount owner = accounts.findForSignIn(sme.ownerEmail()).orElseGet(() -> {
            organisations.register(new Registration(TenantKind.ENTERPRISE, sme.name(), sme.creditCode(),
                    sme.district(), sme.industry(), sme.ownerName(), sme.ownerEmail(), DemoData.PASSWORD));
            return accounts.findForSignIn(sme.ownerEmail()).orElseThrow();
        });
        vouch(owner.tenantId());
        return TenantContext.callAs(owner.tenantId(), () -> {
            if (profiles.current().isEmpty()) {
                SystemWork.run("demo data: a peer's company profile", () -> profiles.save(new CompanyProfileForm(
                        sme.industry(), sme.district(), sme.employees(), new BigDecimal(sme.annualRevenue()),
                        sme.mainProducts())));
            }
            List<Assessment> history = assessments.history();
            if (history.stream().anyMatch(a -> !a.isDraft())) {
                return false;
            }
            Assessment draft = history.stream().filter(Assessment::isDraft).findFirst()
                    .orElseGet(() -> SystemWork.call("demo data: a peer starts its assessment", assessments::start));
            SystemWork.run("demo data: a peer's answers and submission", () -> {
                answer(draft.getId(), DemoAnswers.draw(assessments.framework(draft), sme.maturity(), seed));
                assessments.submit(draft.getId());
            });
            return true;
        });
    }

    /** The demo authority vouches for the SME (as its programme manager would on the "confirm companies" page). */
    private void vouch(String smeTenantId) {
        accounts.findForSignIn(AUTHORITY_MANAGER).ifPresent(authority ->
                TenantContext.runAs(authority.tenantId(), () -> vouches.vouch(smeTenantId)));
    }

    private void answer(String id, Answers answers) {
        answers.evidence().forEach((question, fields) -> fields.forEach((field, value) ->
                assessments.saveEvidence(id, question, field, value)));
        answers.choices().forEach((question, letters) -> assessments.saveAnswer(id, question, letters));
        answers.scenarios().forEach((scenario, rating) -> assessments.saveScenario(id, scenario, rating));
    }
}
