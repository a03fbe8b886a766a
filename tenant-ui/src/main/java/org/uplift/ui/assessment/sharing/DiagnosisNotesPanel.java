package org.uplift.ui.assessment.sharing;


import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.Diagnosis;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

/**
 * The invited provider's diagnosis of an assessment, read-only: its notes per dimension and whether it
 * is completed. Hidden when no provider was invited. {@code new DiagnosisNotesPanel(assessmentId)} reads
 * the current SME's assessment; the other constructor shows an assessment already at hand.
 */
public class DiagnosisNotesPanel extends VerticalLayout {


    public DiagnosisNotesPanel(String assessmentId) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        Assessments assessments = instantiator.getOrCreate(Assessments.class);
        Organisations organisations = instantiator.getOrCreate(Organisations.class);
        init(assessments.find(assessmentId).map(a -> new Shown(a, assessments.framework(a))).orElse(null), organisations);
    }

    public DiagnosisNotesPanel(Assessment assessment, Framework framework) {
        init(new Shown(assessment, framework), VaadinService.getCurrent().getInstantiator().getOrCreate(Organisations.class));
    }

    private record Shown(Assessment assessment, Framework framework) {
    }

    private void init(Shown shown, Organisations organisations) {
        setId("diagnosis-notes");
        setPadding(false);
        Diagnosis diagnosis = shown == null ? null : shown.assessment().getDiagnosis();
        if (diagnosis == null) {
            setVisible(false);
            return;
        }
        String provider = organisations.find(diagnosis.providerTenantId()).map(Organisation::getName).orElse("");
        add(new H3(getTranslation("diagnosis.notesTitle", provider)));
        var state = new Paragraph(diagnosis.isCompleted()
                ? getTranslation("diagnosis.completedOn",
                        UiFormats.formats().date(diagnosis.completedAt(), getLocale()))
                : getTranslation("diagnosis.inProgress"));
        state.addClassName("uplift-muted");
        add(state);
        if (diagnosis.notes().isEmpty()) {
            add(new Paragraph(getTranslation("diagnosis.noNotes")));
            return;
        }
        for (Dimension dimension : shown.framework().dimensions()) {
            String note = diagnosis.notes().get(dimension.key());
            if (note != null) {
                var text = new Paragraph(note);
                text.setId("diagnosis-note-" + dimension.key());
                text.getStyle().set("white-space", "pre-wrap");
                var block = new Div(new H4(FrameworkLabels.dimension(dimension, getLocale())), text);
                block.addClassName("uplift-card");
                block.setWidthFull();
                add(block);
            }
        }
    }
}
