package org.uplift.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.tenancy.TenantOwned;

/**
 * One maturity assessment of an SME, pinned to the framework version it was started on. A draft is
 * answered field by field (each autosave sets one path atomically); the owner submits it, which
 * stores the scores. {@code version} guards whole-document writes against lost updates.
 */
@TenantOwned
@Document(Assessment.COLLECTION)
@CompoundIndex(name = "tenant_status_started", def = "{'tenantId': 1, 'status': 1, 'startedAt': -1}")
// the SME's assessments, newest first (ties by id, so pages are stable)
@CompoundIndex(name = "tenant_started_id", def = "{'tenantId': 1, 'startedAt': -1, '_id': -1}")
public class Assessment {

    static final String COLLECTION = "assessments";

    /** DRAFT → SUBMITTED (scored) → PUBLISHED (level recorded by the journey). */
    public enum Status { DRAFT, SUBMITTED, PUBLISHED }

    @Id
    private String id;
    private String tenantId;
    private String frameworkId;
    private String frameworkVersion;
    private Status status;
    /** The assessment this one re-assesses (T0 of this T1); null for the first. */
    private String previousAssessmentId;
    private String startedBy;
    private Instant startedAt;
    private Instant updatedAt;
    private String submittedBy;
    private Instant submittedAt;
    private Map<String, List<String>> answers = new HashMap<>();
    private Map<String, Integer> scenarioRatings = new HashMap<>();
    private Map<String, Map<String, BigDecimal>> evidence = new HashMap<>();
    /** Dimension or scenario-area key → the member who answers it. */
    private Map<String, String> sectionAssignees = new HashMap<>();
    private BigDecimal totalScore;
    private Map<String, BigDecimal> dimensionScores;
    /** The level decided after submission (0 = none); null until published or when the framework has no levels. */
    private Integer level;
    /** The improvement plan the journey stores after the level is decided; empty before. */
    private List<Recommendation> recommendations;
    /** The invited provider's notes; null unless a provider was invited to diagnose. */
    private Diagnosis diagnosis;
    @Version
    private Long version;

    protected Assessment() {
    }

    Assessment(Framework framework, String previousAssessmentId, String startedBy, Instant now) {
        this.frameworkId = framework.id();
        this.frameworkVersion = framework.version();
        this.status = Status.DRAFT;
        this.previousAssessmentId = previousAssessmentId;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.updatedAt = now;
    }

    void submit(String userId, Instant now, Score score) {
        this.status = Status.SUBMITTED;
        this.submittedBy = userId;
        this.submittedAt = now;
        this.updatedAt = now;
        this.totalScore = score.totalScore();
        this.dimensionScores = new HashMap<>(score.dimensionScores());
    }

    /** What this assessment says, as the scoring reads it. */
    public Answers toAnswers() {
        return new Answers(answers, scenarioRatings, evidence);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getFrameworkId() { return frameworkId; }
    public String getFrameworkVersion() { return frameworkVersion; }
    public Status getStatus() { return status; }
    public String getPreviousAssessmentId() { return previousAssessmentId; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Map<String, List<String>> getAnswers() { return nonNull(answers); }
    public Map<String, Integer> getScenarioRatings() { return nonNull(scenarioRatings); }
    public Map<String, Map<String, BigDecimal>> getEvidence() { return nonNull(evidence); }
    public Map<String, String> getSectionAssignees() { return nonNull(sectionAssignees); }
    public BigDecimal getTotalScore() { return totalScore; }
    public Map<String, BigDecimal> getDimensionScores() { return dimensionScores == null ? Map.of() : Map.copyOf(dimensionScores); }
    public Integer getLevel() { return level; }
    public List<Recommendation> getRecommendations() { return recommendations == null ? List.of() : List.copyOf(recommendations); }
    public Diagnosis getDiagnosis() { return diagnosis; }
    public Long getVersion() { return version; }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "Assessment[" + id + " " + frameworkId + ":" + frameworkVersion + " " + status + " v" + version
                + " answers=" + answers + " scenarios=" + scenarioRatings + " evidence=" + evidence
                + " sections=" + sectionAssignees + " total=" + totalScore + " level=" + level + "]";
    }
}
