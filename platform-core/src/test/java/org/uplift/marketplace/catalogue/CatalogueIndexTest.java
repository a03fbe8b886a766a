package org.uplift.marketplace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.describedAs;
import static org.uplift.marketplace.TestPackages.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.SolutionCategory;

/** Chinese and English search on the index alone, without Spring or MongoDB. */
class CatalogueIndexTest {

    final CatalogueIndex index = new CatalogueIndex(new ByteBuffersDirectory(),
            Set.of(CostCategory.SOFTWARE, CostCategory.CLOUD_SERVICE, CostCategory.DATA_COLLECTION_HARDWARE));

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    void put(String id, PackageContent content) {
        put(id, "provider-1", content, true);
    }

    void put(String id, String provider, PackageContent content, boolean admitted) {
        CatalogueEntry entry = new CatalogueEntry(id, provider);
        entry.show("杭州云智数字科技有限公司", 1, content, Instant.EPOCH, admitted, Instant.EPOCH);
        index.put(entry, "");
    }

    List<String> find(String text) {
        return index.search(CatalogueQuery.text(text)).packageIds();
    }

    void catalogue() {
        put("qms", content("质量管理系统", 5_800_000, scenario("SC07", 2)));
        put("mes", content("MES 生产执行系统", 12_000_000, scenario("SC06", 2)));
        put("energy", content("能耗在线监测平台", 3_600_000, scenario("SC10", 2)));
        put("crm", new PackageContent("客户关系管理云", "Cloud CRM for manufacturers", "销售线索与订单一体化管理", null,
                "Quality leads, quotations and orders in one place.", null, SolutionCategory.SALES_SERVICE, null, List.of(),
                List.of(scenario("SC03", 2)), 2_000_000, "软件订阅一年", null,
                List.of(new CostLine(CostCategory.CONSULTING, 2_000_000, "实施咨询")), 15, Set.of(Deployment.ON_PREMISES),
                List.of()));
    }

    @Test
    void a_single_character_finds_the_words_that_contain_it() {
        catalogue();
        assertThat(find("质")).contains("qms").doesNotContain("energy", "mes");
    }

    @Test
    void a_two_character_word_finds_the_longer_name_it_is_part_of() {
        catalogue();
        assertThat(find("质量")).contains("qms").doesNotContain("mes", "energy");
        assertThat(find("能耗")).containsExactly("energy");
    }

    @Test
    void a_longer_phrase_must_appear_as_such() {
        catalogue();
        assertThat(find("质量管理系统")).containsExactly("qms");
        assertThat(find("质量平台")).isEmpty();
    }

    @Test
    void mixed_chinese_and_latin_queries_need_both_parts() {
        catalogue();
        assertThat(find("MES 系统")).containsExactly("mes");
        assertThat(find("mes系统")).containsExactly("mes");
        assertThat(find("MES 能耗")).isEmpty();
    }

    @Test
    void english_words_are_found_case_and_stem_insensitively() {
        catalogue();
        assertThat(find("crm")).containsExactly("crm");
        assertThat(find("Quotation")).containsExactly("crm");
        assertThat(find("manufacturer")).containsExactly("crm");
    }

    @Test
    void the_name_ranks_above_the_description() {
        put("named", content("设备管理平台", 1_000_000, scenario("SC08", 2)));
        put("mentioned", describedAs(content("车间数字化套件", 1_000_000, scenario("SC06", 2)), "含设备管理模块"));
        assertThat(find("设备管理")).containsExactly("named", "mentioned");
    }

    @Test
    void filters_narrow_the_matches() {
        catalogue();
        assertThat(index.search(CatalogueQuery.all().withScenario("SC07")).packageIds()).containsExactly("qms");
        assertThat(index.search(CatalogueQuery.all().withDeployment(Deployment.ON_PREMISES)).packageIds())
                .containsExactly("crm");
        assertThat(index.search(CatalogueQuery.all().withCategory(SolutionCategory.SALES_SERVICE)).packageIds())
                .containsExactly("crm");
        assertThat(index.search(CatalogueQuery.all().withPrice(3_000_000L, 6_000_000L)).packageIds())
                .containsExactlyInAnyOrder("qms", "energy");
        assertThat(index.search(CatalogueQuery.all().withSubsidyEligible(true)).packageIds())
                .containsExactlyInAnyOrder("qms", "mes", "energy");
    }

    @Test
    void sorting_by_price_and_paging_with_the_total() {
        catalogue();
        CatalogueQuery byPrice = CatalogueQuery.all().sortedBy(CatalogueSort.PRICE_ASC).page(0, 2);
        assertThat(index.search(byPrice).packageIds()).containsExactly("crm", "energy");
        assertThat(index.search(byPrice.page(1, 2)).packageIds()).containsExactly("qms", "mes");
        assertThat(index.search(byPrice.page(1, 2)).total()).isEqualTo(4);
        assertThat(index.search(CatalogueQuery.all().sortedBy(CatalogueSort.PRICE_DESC).page(0, 1)).packageIds())
                .containsExactly("mes");
    }

    @Test
    void an_entry_that_is_not_visible_leaves_the_index() {
        catalogue();
        put("qms", "provider-1", content("质量管理系统", 5_800_000, scenario("SC07", 2)), false);
        assertThat(find("质量")).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }
}
