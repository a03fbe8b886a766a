package org.uplift.ui.packages;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.TestPackages;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.PackageStatus;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.ui.error.NotFoundView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/** The provider's package list and editor in the browserless UI, as its admin and its consultant. */
@UpliftTest
class SolutionEditorViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SolutionPackages packages;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** One browser session of {@code account}, in its tenant as TenantContextFilter would set it per request. */
    void as(SignInAccount account, Runnable steps) {
        BrowserlessUi.signIn(account, TenantKind.PROVIDER);
        try {
            TenantContext.runAs(account.tenantId(), () -> {
                BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
                steps.run();
            });
        } finally {
            BrowserlessUi.close();
        }
    }

    List<SolutionPackage> stored(Provider provider) {
        return SignedIn.as(provider.admin(), packages::mine);
    }

    String published(Provider provider, org.uplift.marketplace.solution.PackageContent content) {
        return SignedIn.as(provider.admin(), () -> packages.publish(packages.create(content).getId())).getId();
    }

    static void type(String id, String value) {
        var field = _find(TextField.class, s -> s.withId(id));
        if (field.isEmpty()) {
            HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId(id)), value);
        } else {
            HasValueUtilsKt._setValue(field.get(0), value);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> void pick(String id, T value) {
        HasValueUtilsKt._setValue((ComboBox<T>) _get(ComboBox.class, s -> s.withId(id)), value);
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    static String error(String id) {
        var field = _find(TextField.class, s -> s.withId(id));
        return field.isEmpty() ? null : field.get(0).isInvalid() ? field.get(0).getErrorMessage() : null;
    }

    /** A whole valid package: quality system, two cost lines adding up to ¥58,000.00, SC07 to level 2. */
    @SuppressWarnings("unchecked")
    static void fillValidPackage() {
        type("nameZh", "质量追溯系统");
        type("summaryZh", "来料到成品的全程质量追溯");
        type("descriptionZh", "扫码采集检验数据，自动生成追溯报告。");
        pick("category", SolutionCategory.QUALITY);
        pick("scenario-key-0", _get(ComboBox.class, s -> s.withId("scenario-key-0")).getListDataView().getItems()
                .filter(s -> ((org.uplift.assessment.framework.Scenario) s).key().equals("SC07")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue((Select<Integer>) _get(Select.class, s -> s.withId("scenario-level-0")), 2);
        type("priceFen", "58000");
        type("priceCoversZh", "软件授权、部署与培训");
        pick("cost-line-category-0", CostCategory.SOFTWARE);
        type("cost-line-amount-0", "50000.5");
        type("cost-line-description-0", "质量追溯软件一年订阅");
        click("add-cost-line");
        pick("cost-line-category-1", CostCategory.CONSULTING);
        type("cost-line-amount-1", "7,999.50");
        type("cost-line-description-1", "实施与培训");
        HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("deliveryDays")), 30);
    }

    void openEditor(String id) {
        UI.getCurrent().navigate(SolutionEditorView.class, new RouteParameters("packageId", id));
    }

    @Test
    void an_admin_creates_a_draft_with_cost_lines_typed_in_yuan_and_stored_in_fen() {
        var market = new MarketplaceFixture(context);
        Provider provider = market.admittedProvider();
        as(provider.admin(), () -> {
            UI.getCurrent().navigate(SolutionsView.class);
            _get(Paragraph.class, s -> s.withId("no-packages"));
            _assertNone(Paragraph.class, s -> s.withId("not-admitted"));
            click("create-package");
            fillValidPackage();
            click("save-draft");

            assertThat(_get(Span.class, s -> s.withId("published-version")).getText()).isEqualTo("尚未发布");
            UI.getCurrent().navigate(SolutionsView.class);
            Grid<SolutionPackage> grid = _get(Grid.class, s -> s.withId("packages"));
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("质量追溯系统", "¥58,000.00");
        });
        assertThat(stored(provider)).singleElement().satisfies(pkg -> {
            assertThat(pkg.getStatus()).isEqualTo(PackageStatus.DRAFT);
            assertThat(pkg.getDraft().priceFen()).isEqualTo(5_800_000);
            assertThat(pkg.getDraft().costLines()).containsExactly(
                    new CostLine(CostCategory.SOFTWARE, 5_000_050, "质量追溯软件一年订阅"),
                    new CostLine(CostCategory.CONSULTING, 799_950, "实施与培训"));
            assertThat(pkg.getDraft().levelFor("SC07")).isEqualTo(2);
        });
    }

    @Test
    void a_bad_price_shows_on_the_price_field_and_nothing_is_saved() {
        var market = new MarketplaceFixture(context);
        Provider provider = market.admittedProvider();
        as(provider.admin(), () -> {
            UI.getCurrent().navigate(SolutionEditorView.class);
            fillValidPackage();
            for (var bad : List.of(List.of("-58000", "价格须大于 0 且不超过 10,000,000.00 元。"),
                    List.of("五万八", "请输入金额（元），例如 58000 或 1280.50。"),
                    List.of("58000.123", "金额最多保留两位小数（精确到分）。"))) {
                type("priceFen", bad.get(0));
                click("save-draft");
                assertThat(error("priceFen")).as(bad.get(0)).isEqualTo(bad.get(1));
            }
            type("priceFen", "58000");
            type("cost-line-amount-1", "abc");
            click("save-draft");
            assertThat(error("cost-line-amount-1")).isEqualTo("请输入金额（元），例如 58000 或 1280.50。");
            assertThat(error("priceFen")).isNull();
            type("cost-line-amount-1", "7000");
            click("save-draft");
            assertThat(error("priceFen")).as("the rule of the sum, on the price")
                    .isEqualTo("费用明细合计 57,000.50 元，与套餐价格 58,000.00 元不一致。");
        });
        assertThat(stored(provider)).isEmpty();
    }

    @Test
    void publishing_lists_version_one_and_editing_it_drafts_version_two_while_version_one_stays() {
        var market = new MarketplaceFixture(context);
        Provider provider = market.admittedProvider();
        as(provider.admin(), () -> {
            UI.getCurrent().navigate(SolutionEditorView.class);
            fillValidPackage();
            click("publish");
            assertThat(_get(Span.class, s -> s.withId("published-version")).getText()).isEqualTo("已发布第 1 版");
            _assertNone(Button.class, s -> s.withId("publish"));

            type("descriptionZh", "第二版：增加供应商来料质量看板。");
            click("save-draft");
            assertThat(_get(Span.class, s -> s.withId("published-version")).getText()).isEqualTo("已发布第 1 版");
            assertThat(_get(Span.class, s -> s.withId("draft-version")).getText()).isEqualTo("第 2 版草稿（未发布）");

            UI.getCurrent().navigate(SolutionsView.class);
            Grid<SolutionPackage> grid = _get(Grid.class, s -> s.withId("packages"));
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("v1", "v2");
        });
        SolutionPackage pkg = stored(provider).get(0);
        assertThat(pkg.getStatus()).isEqualTo(PackageStatus.PUBLISHED);
        assertThat(pkg.getPublishedVersion()).isEqualTo(1);
        assertThat(packages.publishedVersion(pkg.getId(), 1)).get()
                .satisfies(v -> assertThat(v.getContent().descriptionZh()).isEqualTo("扫码采集检验数据，自动生成追溯报告。"));
        assertThat(pkg.getDraft().descriptionZh()).isEqualTo("第二版：增加供应商来料质量看板。");
    }

    @Test
    void withdrawing_asks_first_and_then_takes_the_package_off() {
        var market = new MarketplaceFixture(context);
        Provider provider = market.admittedProvider();
        String id = published(provider, TestPackages.content("设备点检助手", 1_200_000, TestPackages.scenario("SC08", 2)));
        as(provider.admin(), () -> {
            openEditor(id);
            click("withdraw");
            assertThat(stored(provider).get(0).getStatus()).as("not before confirming").isEqualTo(PackageStatus.PUBLISHED);
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(_get(Span.class, s -> s.withAttribute("data-status", "WITHDRAWN")).getText()).isEqualTo("已下架");
            _assertNone(Button.class, s -> s.withId("withdraw"));
        });
        assertThat(stored(provider).get(0).getStatus()).isEqualTo(PackageStatus.WITHDRAWN);
    }

    @Test
    void a_consultant_sees_the_packages_read_only_and_cannot_start_one() {
        var market = new MarketplaceFixture(context);
        Provider provider = market.admittedProvider();
        String id = published(provider, TestPackages.content("设备点检助手", 1_200_000, TestPackages.scenario("SC08", 2)));
        as(provider.consultant(), () -> {
            UI.getCurrent().navigate(SolutionsView.class);
            _assertNone(Button.class, s -> s.withId("create-package"));
            openEditor(id);
            _get(Paragraph.class, s -> s.withId("read-only"));
            assertThat(_get(TextField.class, s -> s.withId("nameZh")).isReadOnly()).isTrue();
            assertThat(_get(TextField.class, s -> s.withId("cost-line-amount-0")).isReadOnly()).isTrue();
            assertThat(_get(MultiSelectComboBox.class, s -> s.withId("dimensions")).isReadOnly()).isTrue();
            for (String button : List.of("save-draft", "publish", "withdraw", "add-cost-line", "cost-line-remove-0")) {
                _assertNone(Button.class, s -> s.withId(button));
            }
            UI.getCurrent().navigate(SolutionEditorView.class);
            assertThat(com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath()).isEqualTo("solutions");
        });
    }

    @Test
    void a_provider_not_yet_admitted_is_told_its_packages_are_not_public_and_never_opens_anothers() {
        var market = new MarketplaceFixture(context);
        Provider applicant = market.provider();
        Provider other = market.admittedProvider();
        String othersDraft = SignedIn.as(other.admin(), () -> packages.create(TestPackages.content("别家的草稿", 900_000, TestPackages.scenario("SC08", 2)))).getId();
        as(applicant.admin(), () -> {
            UI.getCurrent().navigate(SolutionsView.class);
            _get(Paragraph.class, s -> s.withId("not-admitted"));
            openEditor(othersDraft);
            _get(NotFoundView.class);
            _assertNone(TextField.class, s -> s.withId("nameZh"));
        });
    }
}
