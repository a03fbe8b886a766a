package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The maturity assessment in a real browser, with the demo SME and its demo peers: the owner starts the
 * MIIT assessment and hands the 数字化成效 section to a colleague, the colleague answers it, the owner
 * answers the rest, submits, sees the level and the radar with the peer median, and downloads the PDF.
 */
@TestPropertySource(properties = "uplift.demo.peers=true")
class AssessmentJourneyIT extends EndToEndTest {

    @Autowired
    PeerBenchmarks benchmarks;

    static final String OWNER = "owner@sme.demo";
    static final String MEMBER = "member@sme.demo";
    static final String MEMBER_NAME = "李晓华";
    static final String DEMO_PASSWORD = "Uplift-demo-2026";

    static final Map<String, List<String>> OWNER_ANSWERS = Map.ofEntries(
            Map.entry("Q1", List.of("B", "C")), Map.entry("Q2", List.of("C")), Map.entry("Q3", List.of("C")),
            Map.entry("Q4", List.of("B", "C", "D")), Map.entry("Q5", List.of("C")),
            Map.entry("Q6", List.of("B", "C")), Map.entry("Q7", List.of("B", "C")), Map.entry("Q8", List.of("C")),
            Map.entry("Q9", List.of("B", "C")), Map.entry("Q10", List.of("B", "C")), Map.entry("Q11", List.of("C")));
    static final Map<String, List<String>> SCENARIOS = Map.of(
            "D2-1", List.of("SC01", "SC02", "SC03", "SC04"),
            "D2-2", List.of("SC05", "SC06", "SC07", "SC08", "SC09", "SC10"),
            "D2-3", List.of("SC11", "SC12"),
            "D2-4", List.of("SC13", "SC14", "SC15", "SC16"));

    @Test
    void an_sme_completes_the_miit_assessment_with_a_colleague_sees_level_and_radar_and_downloads_the_report() {
        signIn(OWNER, DEMO_PASSWORD);
        open(AssessmentsPage.PATH);
        WizardPage wizard = new AssessmentsPage(driver()).waitUntilShown().startOrOpenDraft();
        String id = wizard.assessmentId();
        wizard.step("D4").assign("D4", MEMBER_NAME);
        shell().logout();

        signIn(MEMBER, DEMO_PASSWORD);
        open("/assessments/" + id);
        wizard = new WizardPage(driver()).waitUntilShown().step("D4");
        for (String question : List.of("Q12", "Q13", "Q14", "Q15")) {
            wizard.answer(question, List.of("C"));
        }
        assertThat(wizard.step("D1").isEditable("Q1")).isTrue(); // unassigned sections are anyone's
        shell().logout();

        signIn(OWNER, DEMO_PASSWORD);
        open("/assessments/" + id);
        wizard = new WizardPage(driver()).waitUntilShown().step("D4");
        assertThat(wizard.chosen("Q12", "C")).as("the colleague's answer, autosaved").isNotNull();
        answerTheRest(wizard);
        chromium.screenshot("assessment-wizard");

        await().atMost(Duration.ofMinutes(3)).until(this::demoPeersAreIn);
        ResultPage result = wizard.submit();
        String level = result.level();
        assertThat(level).startsWith("数字化水平");
        assertThat(result.radarTexts()).contains("数字化基础", "数字化管理", "数字化成效", "本企业");
        assertThat(driver().findElements(By.id("peer-segment"))).as("demo peers give a comparison").isNotEmpty();
        chromium.screenshot("assessment-result");

        byte[] report = download(result.reportLink());
        assertThat(new String(report, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(result.openWhatIf()).as("the simulator starts from the result").isEqualTo(level);
    }

    private void answerTheRest(WizardPage wizard) {
        for (String section : List.of("D1", "D3")) {
            wizard.step(section);
            OWNER_ANSWERS.entrySet().stream()
                    .filter(answer -> section.equals("D1") == (Integer.parseInt(answer.getKey().substring(1)) <= 7))
                    .forEach(answer -> wizard.answer(answer.getKey(), answer.getValue()));
        }
        SCENARIOS.forEach((area, scenarios) -> {
            wizard.step(area);
            scenarios.forEach(scenario -> wizard.rate(scenario, 2));
        });
    }

    /** The synthetic demo peers are seeded in the background after start-up. */
    private boolean demoPeersAreIn() {
        return benchmarks.comparison(Assessments.MIIT, "2024", org.uplift.assessment.benchmark.Segment.industry("C34"))
                instanceof Comparison.Available;
    }

    /** Fetches the link inside the browser, with its session, as following the download link does. */
    private byte[] download(String href) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  bytes.forEach(b => binary += String.fromCharCode(b));
                  done({status: r.status, type: r.headers.get('content-type'), body: btoa(binary)});
                }).catch(e => done({status: -1, type: String(e), body: ''}));""", href);
        assertThat(response.get("status")).isEqualTo(200L);
        assertThat((String) response.get("type")).startsWith("application/pdf");
        return Base64.getDecoder().decode((String) response.get("body"));
    }
}
