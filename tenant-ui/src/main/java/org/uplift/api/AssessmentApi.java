package org.uplift.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.SectionPermission;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SME's maturity assessments: list, read, start, autosave one answer or scenario rating, assign a
 * section and submit (owners), and the evidence files per indicator. For the SME's owners and members; another tenant's assessment or file
 * is "not found". Answers are written as in the evaluate endpoint: a letter, or a list for multiple choice.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentApi {

    private final ApiCaller caller;
    private final Assessments assessments;
    private final EvidenceFiles evidence;
    private final ApiProblems problems;
    private final Actors actors;

    AssessmentApi(ApiCaller caller, Assessments assessments, EvidenceFiles evidence, ApiProblems problems,
            Actors actors) {
        this.caller = caller;
        this.actors = actors;
        this.assessments = assessments;
        this.evidence = evidence;
        this.problems = problems;
    }

    record Summary(String id, String frameworkId, String frameworkVersion, Assessment.Status status,
            String previousAssessmentId, Instant startedAt, Instant submittedAt, BigDecimal totalScore, Integer level) {
        static Summary of(Assessment a) {
            return new Summary(a.getId(), a.getFrameworkId(), a.getFrameworkVersion(), a.getStatus(),
                    a.getPreviousAssessmentId(), a.getStartedAt(), a.getSubmittedAt(), a.getTotalScore(), a.getLevel());
        }
    }

    /** {@code answers}: a letter per question, a list for multiple choice; {@code evidence}: the numbers per question. */
    record Detail(String id, String frameworkId, String frameworkVersion, Assessment.Status status,
            String previousAssessmentId, String startedBy, Instant startedAt, Instant updatedAt, String submittedBy,
            Instant submittedAt, Map<String, Object> answers, Map<String, Integer> scenarios,
            Map<String, Map<String, BigDecimal>> evidence, Map<String, String> sectionAssignees, BigDecimal totalScore,
            Map<String, BigDecimal> dimensionScores, Integer level) {
    }

    @GetMapping
    List<Summary> list() {
        smeUser();
        return assessments.history().stream().map(Summary::of).toList();
    }

    /** Starts a draft on the latest MIIT model; with {@code previousAssessmentId}, re-assesses that one. */
    @PostMapping
    ResponseEntity<Detail> start(@RequestBody(required = false) JsonNode body) {
        smeUser();
        JsonNode previous = body == null ? null : body.get("previousAssessmentId");
        Assessment started = previous == null || previous.isNull() ? assessments.start()
                : assessments.reassess(previous.asText());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + started.getId())).body(detail(started));
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable String id) {
        smeUser();
        return detail(visible(id));
    }

    /** Body {@code {"answer": "C"}} or {@code {"answer": ["B","C"]}}; {@code null} or {@code []} clears it. */
    @PutMapping("/{id}/answers/{questionKey}")
    Detail saveAnswer(@PathVariable String id, @PathVariable String questionKey, @RequestBody(required = false) JsonNode body) {
        smeUser();
        visible(id);
        List<String> letters = letters(body);
        return detail(assessments.saveAnswer(id, questionKey, letters));
    }

    /** Body {@code {"level": 2}} (0–4). */
    @PutMapping("/{id}/scenarios/{scenarioKey}")
    Detail saveScenario(@PathVariable String id, @PathVariable String scenarioKey, @RequestBody(required = false) JsonNode body) {
        smeUser();
        visible(id);
        JsonNode level = body == null ? null : body.get("level");
        if (level == null || !level.isIntegralNumber() || !level.canConvertToInt()) {
            throw new InputRejectedException(Violation.of("level", "validation.type"));
        }
        return detail(assessments.saveScenario(id, scenarioKey, level.asInt()));
    }

    /**
     * Checks every answer, scores the draft and submits it; the result's journey starts. Owners only: 403
     * for a member, 400 naming each unanswered or invalid field, or {@code id} when it is no longer a draft.
     */
    @PostMapping("/{id}/submit")
    Detail submit(@PathVariable String id) {
        smeUser();
        visible(id);
        requireOwner(SectionPermission::maySubmit);
        return detail(assessments.submit(id));
    }

    /** {@code userId}: a member of the SME's team, or null to leave the section to anyone. */
    record Assignment(String userId) {
    }

    /**
     * Assigns a dimension (D1…) or scenario area to a member of the team, who (with the owners) then answers
     * it; {@code {"userId": null}} unassigns it. Owners only: 403 for a member; 400 for an unknown section
     * or someone outside the team.
     */
    @PutMapping("/{id}/sections/{sectionKey}/assignee")
    Detail assignSection(@PathVariable String id, @PathVariable String sectionKey,
            @RequestBody(required = false) Assignment body) {
        smeUser();
        visible(id);
        requireOwner(SectionPermission::mayAssign);
        if (body == null) {
            throw new InputRejectedException(Violation.of("userId", "validation.required"));
        }
        return detail(assessments.assignSection(id, sectionKey, body.userId()));
    }

    @GetMapping("/{id}/evidence")
    List<EvidenceFile> evidenceFiles(@PathVariable String id) {
        smeUser();
        return evidence.list(visible(id).getId());
    }

    /** Multipart part {@code file}, query parameter {@code indicator} (the question key, e.g. Q3). */
    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceFile attach(@PathVariable String id, @RequestParam(name = "indicator", required = false) String indicator,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        smeUser();
        visible(id);
        new Violations().requireText(indicator, "indicator").check(file != null, "file", "validation.required")
                .throwIfAny();
        try (var content = file.getInputStream()) {
            return evidence.attach(id, indicator, file.getOriginalFilename(), file.getSize(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file itself, with its sniffed content type and its name. */
    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String fileId) {
        smeUser();
        evidence.file(fileId).filter(f -> f.assessmentId().equals(id)).orElseThrow(ApiProblems.NotFound::new);
        EvidenceContent content = evidence.open(fileId).orElseThrow(ApiProblems.NotFound::new);
        EvidenceFile file = content.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.content()));
    }

    @DeleteMapping("/{id}/evidence/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String id, @PathVariable String fileId) {
        smeUser();
        evidence.file(fileId).filter(f -> f.assessmentId().equals(id)).orElseThrow(ApiProblems.NotFound::new);
        evidence.remove(fileId);
    }

    /** The servlet's own upload limit struck before the evidence limit: the same refusal, naming the file. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problems.rejected(new InputRejectedException(evidence.tooLarge()), locale);
    }

    private UpliftPrincipal smeUser() {
        UpliftPrincipal user = caller.get();
        if (user.tenantKind() != TenantKind.ENTERPRISE
                || !(user.has(Role.ENTERPRISE_OWNER) || user.has(Role.ENTERPRISE_MEMBER))) {
            throw new ApiProblems.Forbidden();
        }
        return user;
    }

    /** 403 unless the live actor may do what only owners do (the domain refuses it too). */
    private void requireOwner(java.util.function.Predicate<Actor> may) {
        if (!may.test(actors.current())) {
            throw new ApiProblems.Forbidden();
        }
    }

    /** The assessment, found only within the caller's tenant. */
    private Assessment visible(String id) {
        return assessments.find(id).orElseThrow(ApiProblems.NotFound::new);
    }

    private static List<String> letters(JsonNode body) {
        if (body == null || !body.isObject() || !body.has("answer")) {
            throw new InputRejectedException(Violation.of("answer", "validation.required"));
        }
        JsonNode answer = body.get("answer");
        if (answer.isNull()) {
            return List.of();
        }
        if (answer.isTextual()) {
            return List.of(answer.asText());
        }
        if (!answer.isArray()) {
            throw new InputRejectedException(Violation.of("answer", "validation.type"));
        }
        Violations violations = new Violations();
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < answer.size(); i++) {
            violations.check(answer.get(i).isTextual(), "answer[" + i + "]", "validation.type");
            letters.add(answer.get(i).asText());
        }
        violations.throwIfAny();
        return letters;
    }

    private Detail detail(Assessment a) {
        Framework framework = assessments.framework(a);
        Map<String, Object> answers = new LinkedHashMap<>();
        framework.questions().filter(q -> a.getAnswers().containsKey(q.key())).forEach(q -> {
            List<String> letters = a.getAnswers().get(q.key());
            answers.put(q.key(), q.kind() == QuestionKind.MULTIPLE || letters.size() != 1 ? letters : letters.get(0));
        });
        return new Detail(a.getId(), a.getFrameworkId(), a.getFrameworkVersion(), a.getStatus(),
                a.getPreviousAssessmentId(), a.getStartedBy(), a.getStartedAt(), a.getUpdatedAt(), a.getSubmittedBy(),
                a.getSubmittedAt(), answers, a.getScenarioRatings(), a.getEvidence(), a.getSectionAssignees(),
                a.getTotalScore(), a.getDimensionScores(), a.getLevel());
    }
}
