package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The maturity assessment in a real browser, with the demo SME and its demo peers: the owner starts the
 * MIIT assessment and hands the 数字化成效 section to a colleague, the colleague answers it, the owner
 * answers the rest, submits, sees the level and the radar with the peer median, and downloads the PDF.
 */
class AssessmentJourneyIT extends EndToEndTest {

    static final String OWNER = "owner@sme.demo";
    static final String MEMBER = "member@sme.demo";
    static final String MEMBER_NAME = "李晓华";
    static final String DEMO_PASSWORD = "Uplift-demo-2026";

    static final Map<String, List<String>> OWNER_ANSWERS = Map.ofEntries(
            Map.entry("Q1", List.of("A", "B", "C")), Map.entry("Q2", List.of("C")), Map.entry("Q3", List.of("C")),
            Map.entry("Q4", List.of("A", "B", "C", "D")), Map.entry("Q5", List.of("C")),
            Map.entry("Q6", List.of("A", "B")), Map.entry("Q7", List.of("A", "B")), Map.entry("Q8", List.of("C")),
            Map.entry("Q9", List.of("A", "B")), Map.entry("Q10", List.of("A", "B")), Map.entry("Q11", List.of("C")));
    static final Map<String, List<String>> SCENARIOS = Map.of(
            "D2-1", List.of("SC01", "SC02", "SC03", "SC04"),
            "D2-2", List.of("SC05", "SC06", "SC07", "SC08", "SC09", "SC10"),
            "D2-3", List.of("SC11", "SC12"),
            "D2-4", List.of("SC13", "SC14", "SC15", "SC16"));

    @Test
    void an_sme_completes_the_miit_assessment_with_a_colleague_sees_level_and_radar_and_downloads_the_report()
            throws Exception {
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
            wizard.answer(question, List.of("A"));
        }
        assertThat(wizard.step("D1").isEditable("Q1")).isTrue(); // unassigned sections are anyone's
        shell().logout();

        signIn(OWNER, DEMO_PASSWORD);
        open("/assessments/" + id);
        wizard = new WizardPage(driver()).waitUntilShown().step("D4");
        assertThat(wizard.chosen("Q12", "A")).as("the colleague's answer, autosaved").isNotNull();
        answerTheRest(wizard);
        chromium.screenshot("assessment-wizard");

        ResultPage result = wizard.submit();
        assertThat(result.level()).startsWith("数字化水平");
        assertThat(result.radarTexts()).contains("数字化基础", "数字化管理", "数字化成效", "本企业");
        assertThat(driver().findElements(By.id("peer-segment"))).as("demo peers give a comparison").isNotEmpty();
        chromium.screenshot("assessment-result");

        byte[] report = download(result.reportLink());
        assertThat(new String(report, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
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

    /** Fetches a link with the browser's session, as the browser's download would. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }
}
