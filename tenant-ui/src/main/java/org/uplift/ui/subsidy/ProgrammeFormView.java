package org.uplift.ui.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.platform.Formats;
import org.uplift.subsidy.programme.ApplicationWindow;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.IndustryScope;
import org.uplift.subsidy.programme.Programme;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The programme manager's form: new programme (no id in the route) or edit. Rate in %, money in yuan (stored
 * as BigDecimal and fen); caps per level (a single cap is the level-1 field alone). Every refusal is shown on
 * its field and nothing is saved.
 */
@Route("programme-form/:programmeId?")
@RolesAllowed("PROGRAMME_MANAGER")
public class ProgrammeFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String YUAN = "subsidy.form.yuan";

    private final transient Programmes programmes;
    private final transient SubsidyProperties properties;
    private String editing;

    final TextField id = field(new TextField(), "id");
    final TextField name = field(new TextField(), "name");
    final TextField nameEn = field(new TextField(), "nameEn");
    final BigDecimalField budget = field(new BigDecimalField(), "budget");
    final DatePicker from = field(new DatePicker(), "from");
    final DatePicker to = field(new DatePicker(), "to");
    final TextField industries = field(new TextField(), "industries");
    final TextField industryExclusions = field(new TextField(), "industryExclusions");
    final MultiSelectComboBox<String> districts = field(new MultiSelectComboBox<>(), "districts");
    final CheckboxGroup<CostCategory> categories = field(new CheckboxGroup<>(), "categories");
    final BigDecimalField rate = field(new BigDecimalField(), "rate");
    final List<BigDecimalField> caps = List.of(field(new BigDecimalField(), "cap1"), field(new BigDecimalField(), "cap2"),
            field(new BigDecimalField(), "cap3"), field(new BigDecimalField(), "cap4"));
    final IntegerField minimumLevel = field(new IntegerField(), "minimumLevel");
    final IntegerField months = field(new IntegerField(), "months");
    final BigDecimalField threshold = field(new BigDecimalField(), "threshold");
    final Checkbox excludeAlreadyFunded = new Checkbox();
    final Checkbox excludeDishonest = new Checkbox();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();

    public ProgrammeFormView(Programmes programmes, SubsidyProperties properties) {
        this.programmes = programmes;
        this.properties = properties;
        addClassName("uplift-page");
        districts.setItems(DistrictCatalog.all().stream().map(District::code).toList());
        districts.setItemLabelGenerator(code -> DistrictCatalog.displayName(code, getLocale()));
        categories.setItems(CostCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("marketplace.costCategory." + c.name()));
        for (int level = 1; level <= 4; level++) {
            caps.get(level - 1).setLabel(getTranslation("subsidy.form.cap", level));
        }
        excludeAlreadyFunded.setLabel(getTranslation("subsidy.form.excludeAlreadyFunded"));
        excludeDishonest.setLabel(getTranslation("subsidy.form.excludeDishonest"));
        minimumLevel.setValue(ProgrammeTerms.DEFAULT_MINIMUM_LEVEL);
        months.setValue(6);
        excludeAlreadyFunded.setValue(true);
        excludeDishonest.setValue(true);
        errors.bind("id", id).bind("name", name).bind("nameEn", nameEn).bind("budgetFen", budget).bind("windows", to)
                .bind("industries", industries).bind("industryExclusions", industryExclusions)
                .bind("districts", districts).bind("categories", categories).bind("ratePercent", rate)
                .bind("caps", caps.get(0)).bind("minimumLevel", minimumLevel).bind("implementationMonths", months)
                .bind("secondReviewThresholdFen", threshold);
        for (int i = 0; i < caps.size(); i++) {
            errors.bind("cap" + (i + 1), caps.get(i));
        }
        save.setText(getTranslation("subsidy.form.save"));
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var form = new FormLayout(id, name, nameEn, budget, from, to, industries, industryExclusions, districts,
                categories, rate, caps.get(0), caps.get(1), caps.get(2), caps.get(3), minimumLevel, months, threshold,
                excludeAlreadyFunded, excludeDishonest);
        add(new H2(getTranslation("subsidy.form.title")), form, save);
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> F field(F field,
            String key) {
        field.setId("programme-" + key);
        field.setLabel(getTranslation("subsidy.form." + key));
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editing = event.getRouteParameters().get("programmeId").orElse(null);
        if (editing == null) {
            return;
        }
        Optional<Programme> programme = programmes.find(editing);
        if (programme.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        fill(programme.get());
    }

    private void fill(Programme programme) {
        ProgrammeTerms t = programme.getTerms();
        id.setValue(programme.getId());
        id.setReadOnly(true);
        name.setValue(t.name());
        nameEn.setValue(t.nameEn() == null ? "" : t.nameEn());
        budget.setValue(Formats.yuanAmount(t.budgetFen()));
        t.windows().stream().findFirst().ifPresent(w -> {
            from.setValue(w.from().atZone(properties.zone()).toLocalDate());
            to.setValue(w.to().atZone(properties.zone()).toLocalDate().minusDays(1));
        });
        industries.setValue(String.join(", ", t.industries().included()));
        industryExclusions.setValue(String.join(", ", t.industries().excluded()));
        districts.setValue(new LinkedHashSet<>(t.districts()));
        categories.setValue(t.categories().isEmpty() ? EnumSet.noneOf(CostCategory.class) : EnumSet.copyOf(t.categories()));
        rate.setValue(t.ratePercent());
        t.caps().forEach(c -> caps.get(c.fromLevel() - 1).setValue(Formats.yuanAmount(c.capFen())));
        minimumLevel.setValue(t.minimumLevel());
        months.setValue(t.implementationMonths());
        threshold.setValue(Formats.yuanAmount(t.secondReviewThresholdFen()));
        excludeAlreadyFunded.setValue(t.excludeAlreadyFunded());
        excludeDishonest.setValue(t.excludeDishonest());
    }

    void save() {
        try {
            ProgrammeTerms terms = terms();
            Programme saved = editing == null ? programmes.create(id.getValue().strip(), terms)
                    : programmes.edit(editing, terms);
            errors.clear();
            Notices.success(getTranslation("subsidy.form.saved"));
            getUI().ifPresent(ui -> ui.navigate("programmes/" + saved.getId()));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    /** The terms as typed; yuan that are not whole fen are refused here, with every other field checked by the domain. */
    private ProgrammeTerms terms() {
        List<Violation> wrong = new ArrayList<>();
        long budgetFen = fen(budget, "budgetFen", wrong);
        long thresholdFen = fen(threshold, "secondReviewThresholdFen", wrong);
        List<CapTier> tiers = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            BigDecimalField cap = caps.get(level - 1);
            if (cap.getValue() != null) {
                tiers.add(new CapTier(level, fen(cap, "cap" + level, wrong)));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InputRejectedException(wrong);
        }
        List<ApplicationWindow> windows = from.getValue() == null || to.getValue() == null ? List.of()
                : List.of(new ApplicationWindow(start(from.getValue()), start(to.getValue().plusDays(1))));
        return new ProgrammeTerms(name.getValue(), nameEn.getValue().isBlank() ? null : nameEn.getValue().strip(),
                budgetFen, windows, new IndustryScope(list(industries.getValue()), list(industryExclusions.getValue())),
                districts.getValue(), categories.getValue(), rate.getValue(), tiers,
                minimumLevel.getValue() == null ? 0 : minimumLevel.getValue(),
                months.getValue() == null ? 0 : months.getValue(), thresholdFen, excludeAlreadyFunded.getValue(),
                excludeDishonest.getValue());
    }

    private java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(properties.zone()).toInstant();
    }

    private static long fen(BigDecimalField field, String name, List<Violation> wrong) {
        if (field.getValue() == null) {
            return 0;
        }
        Optional<Long> fen = Formats.fen(field.getValue());
        if (fen.isEmpty()) {
            wrong.add(Violation.of(name, YUAN));
        }
        return fen.orElse(0L);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.form.title");
    }
}
