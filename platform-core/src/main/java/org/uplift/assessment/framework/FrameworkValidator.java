package org.uplift.assessment.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The consistency rules of a framework: unique keys, question maxima that options can reach,
 * dimension maxima that add up, contiguous percentage bands, scenarios with levels 1–4.
 */
final class FrameworkValidator {

    /** Keys end up as MongoDB field names (e.g. in dimension scores): no dots, no dollars. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<String> problems = new ArrayList<>();

    private FrameworkValidator() {
    }

    static void check(Framework framework, String source) {
        List<String> problems = problems(framework);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(source, problems);
        }
    }

    /** Every problem found, each naming where it is; empty when the framework is consistent. */
    static List<String> problems(Framework framework) {
        var validator = new FrameworkValidator();
        validator.framework(framework);
        return List.copyOf(validator.problems);
    }

    private void framework(Framework f) {
        require(!blank(f.id()), "framework: id is missing");
        require(!blank(f.version()), "framework: version is missing");
        require(!blank(f.nameZh()) && !blank(f.nameEn()), "framework: nameZh and nameEn are required");
        require(f.scoring() != null, "framework: scoring is missing");
        require(!f.dimensions().isEmpty(), "framework: no dimensions");
        unique("dimension key", f.dimensions().stream().map(Dimension::key).toList());
        unique("question key", f.questions().map(Question::key).toList());
        unique("scenario area key", f.scenarioAreas().stream().map(ScenarioArea::key).toList());
        unique("scenario key", f.scenarios().map(Scenario::key).toList());
        f.dimensions().forEach(this::dimension);
        if (f.scoring() == ScoringMethod.SUM_OF_POINTS) {
            BigDecimal total = sum(f.dimensions().stream().map(Dimension::maxPoints).toList());
            require(total.compareTo(HUNDRED) == 0,
                    "framework: SUM_OF_POINTS dimension maxima add up to " + plain(total) + ", not 100");
        }
        f.scenarioAreas().forEach(this::scenarioArea);
    }

    private void dimension(Dimension d) {
        String where = "dimension " + d.key();
        key(where, d.key());
        require(!blank(d.nameZh()) && !blank(d.nameEn()), where + ": nameZh and nameEn are required");
        require(!d.questions().isEmpty(), where + ": no questions");
        d.questions().forEach(this::question);
        BigDecimal sum = sum(d.questions().stream().map(Question::maxPoints).toList());
        require(d.maxPoints() != null && d.maxPoints().compareTo(sum) == 0 && sum.signum() > 0,
                where + ": maxPoints " + plain(d.maxPoints()) + " is not the sum of its questions' maxima "
                        + plain(sum));
    }

    private void question(Question q) {
        String where = "question " + q.key();
        key(where, q.key());
        require(!blank(q.titleZh()) && !blank(q.titleEn()), where + ": titleZh and titleEn are required");
        require(q.kind() != null, where + ": kind is missing");
        require(!q.options().isEmpty(), where + ": no options");
        unique(where + " option letter", q.options().stream().map(Option::letter).toList());
        unique(where + " evidence field key", q.evidenceFields().stream().map(EvidenceField::key).toList());
        for (Option o : q.options()) {
            String at = where + " option " + o.letter();
            require(!blank(o.letter()) && !blank(o.zh()) && !blank(o.en()), at + ": letter, zh and en are required");
            require(o.points() != null && o.points().signum() >= 0, at + ": points missing or negative");
            require(!o.exclusive() || q.kind() == QuestionKind.MULTIPLE, at + ": only multiple choice has exclusive options");
            require(!o.exclusive() || o.points() == null || o.points().signum() == 0, at + ": an exclusive option is worth 0 points");
        }
        for (EvidenceField e : q.evidenceFields()) {
            key(where + " evidence field", e.key());
            require(!blank(e.labelZh()) && !blank(e.labelEn()), where + " evidence field " + e.key()
                    + ": labelZh and labelEn are required");
        }
        if (q.options().stream().anyMatch(o -> o.points() == null) || q.kind() == null) {
            return;
        }
        BigDecimal reachable = q.kind() == QuestionKind.MULTIPLE
                ? sum(q.options().stream().filter(o -> !o.exclusive()).map(Option::points).toList())
                : q.options().stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        require(q.maxPoints() != null && q.maxPoints().compareTo(reachable) == 0,
                where + ": maxPoints " + plain(q.maxPoints()) + " but its options reach " + plain(reachable));
        bands(q, where);
    }

    private void bands(Question q, String where) {
        boolean percent = q.kind() == QuestionKind.PERCENT_BAND;
        if (!percent) {
            require(q.options().stream().allMatch(o -> o.bandAbove() == null && o.bandUpTo() == null),
                    where + ": only percentage bands have bandAbove/bandUpTo");
            require(q.bandSource() == null, where + ": only percentage bands have a bandSource");
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            String at = where + " band " + o.letter();
            if (o.bandUpTo() == null) {
                problems.add(at + ": bandUpTo is missing");
                return;
            }
            if (i == 0) {
                require(o.bandAbove() == null, at + ": the first band starts at 0 (bandAbove null)");
            } else {
                require(Objects.equals(norm(o.bandAbove()), norm(previous)), at + ": bandAbove "
                        + plain(o.bandAbove()) + " does not continue the previous band, which ends at " + plain(previous));
            }
            BigDecimal lower = o.bandAbove() == null ? BigDecimal.ZERO : o.bandAbove();
            require(o.bandUpTo().compareTo(lower) > 0, at + ": bandUpTo " + plain(o.bandUpTo()) + " is not above "
                    + plain(lower));
            previous = o.bandUpTo();
        }
        require(previous.compareTo(HUNDRED) == 0, where + ": the last band ends at " + plain(previous) + ", not 100");
        if (q.bandSource() != null) {
            Set<String> fields = q.evidenceFields().stream().map(EvidenceField::key).collect(Collectors.toSet());
            require(fields.contains(q.bandSource().numeratorField()) && fields.contains(q.bandSource().denominatorField()),
                    where + ": bandSource names fields that are not among its evidence fields " + fields);
        }
    }

    private void scenarioArea(ScenarioArea area) {
        String where = "scenario area " + area.key();
        key(where, area.key());
        require(!blank(area.nameZh()) && !blank(area.nameEn()), where + ": nameZh and nameEn are required");
        require(!area.scenarios().isEmpty(), where + ": no scenarios");
        for (Scenario s : area.scenarios()) {
            String at = "scenario " + s.key();
            key(at, s.key());
            require(!blank(s.nameZh()) && !blank(s.nameEn()), at + ": nameZh and nameEn are required");
            List<Integer> levels = s.levels().stream().map(ScenarioLevel::level).sorted().toList();
            List<Integer> expected = IntStream.rangeClosed(1, Scenario.MAX_LEVEL).boxed().toList();
            require(levels.equals(expected), at + ": levels " + levels + " instead of " + expected);
            require(s.levels().stream().noneMatch(l -> blank(l.zh()) || blank(l.en())),
                    at + ": every level needs zh and en");
        }
    }

    private void key(String where, String key) {
        require(key != null && KEY.matcher(key).matches(), where + ": key '" + key + "' is not [A-Za-z0-9_-]+");
    }

    private void unique(String what, List<String> keys) {
        Set<String> seen = new HashSet<>();
        keys.stream().filter(Objects::nonNull).filter(k -> !seen.add(k)).distinct()
                .forEach(k -> problems.add("duplicate " + what + " " + k));
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal norm(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
