package org.uplift.ui.component;

import java.util.Locale;

import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Industry;
import org.uplift.organisation.IndustryCatalog;

import com.vaadin.flow.component.combobox.ComboBox;

/** Pickers for the shared catalogues: GB/T 4754 industries and Hangzhou districts. */
public final class Catalogs {

    private Catalogs() {
    }

    public static ComboBox<Industry> industryPicker(String label, Locale locale) {
        var picker = new ComboBox<Industry>(label, IndustryCatalog.manufacturing());
        picker.setItemLabelGenerator(i -> i.code() + " " + IndustryCatalog.displayName(i.code(), locale));
        picker.setWidthFull();
        return picker;
    }

    public static ComboBox<District> districtPicker(String label, Locale locale) {
        var picker = new ComboBox<District>(label, DistrictCatalog.all());
        picker.setItemLabelGenerator(d -> DistrictCatalog.displayName(d.code(), locale));
        picker.setWidthFull();
        return picker;
    }
}
