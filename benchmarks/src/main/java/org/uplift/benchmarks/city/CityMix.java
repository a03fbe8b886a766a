package org.uplift.benchmarks.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Industry;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.organisation.SizeClass;

/**
 * The proportions of a Hangzhou-like city: every manufacturing industry of GB/T 4754 (Hangzhou's strong ones
 * weighted up: machinery, electrical, electronics, textiles and garments, chemicals, plastics, metal products,
 * vehicles), every district (the industrial ones weighted up), sizes from micro to a few large firms, 1–3
 * assessments, and a digital maturity that grows with size.
 */
final class CityMix {

    private static final Map<String, Integer> INDUSTRY_WEIGHTS = Map.of("C34", 8, "C38", 7, "C39", 6, "C35", 5,
            "C17", 5, "C18", 4, "C26", 3, "C29", 3, "C33", 4, "C36", 3);
    private static final Map<String, Integer> DISTRICT_WEIGHTS = Map.of("330109", 5, "330110", 5, "330114", 4,
            "330113", 3, "330111", 3, "330108", 2);

    private final List<Industry> industries = new ArrayList<>();
    private final List<District> districts = new ArrayList<>();

    CityMix() {
        for (Industry industry : IndustryCatalog.manufacturing()) {
            for (int i = 0; i < INDUSTRY_WEIGHTS.getOrDefault(industry.code(), 1); i++) {
                industries.add(industry);
            }
        }
        for (District district : DistrictCatalog.all()) {
            for (int i = 0; i < DISTRICT_WEIGHTS.getOrDefault(district.code(), 1); i++) {
                districts.add(district);
            }
        }
    }

    Industry industry(Random random) {
        return industries.get(random.nextInt(industries.size()));
    }

    District district(Random random) {
        return districts.get(random.nextInt(districts.size()));
    }

    /** 35 % micro (5–19), 45 % small (20–299), 17 % medium (300–999), 3 % large (1,000–3,000). */
    int employees(Random random) {
        int draw = random.nextInt(100);
        if (draw < 35) {
            return 5 + random.nextInt(15);
        }
        if (draw < 80) {
            return 20 + random.nextInt(280);
        }
        if (draw < 97) {
            return 300 + random.nextInt(700);
        }
        return 1000 + random.nextInt(2000);
    }

    /** Annual revenue in 万元, roughly 30–60 万元 per employee, at least 50. */
    BigDecimal revenue(Random random, int employees) {
        double perEmployee = 30 + 30 * random.nextDouble();
        return BigDecimal.valueOf(Math.max(50, employees * perEmployee)).setScale(1, RoundingMode.HALF_UP);
    }

    /** 50 % one assessment, 35 % two, 15 % three. */
    int assessments(Random random) {
        int draw = random.nextInt(100);
        return draw < 50 ? 1 : draw < 85 ? 2 : 3;
    }

    /** The first assessment's maturity (0 paper, 1 fully digital): larger firms are further on. */
    double maturity(Random random, SizeClass size) {
        double base = switch (size) {
            case MICRO -> 0.28;
            case SMALL -> 0.38;
            case MEDIUM -> 0.50;
            case LARGE -> 0.62;
        };
        return Math.max(0.05, Math.min(0.9, base + random.nextGaussian() * 0.13));
    }
}
