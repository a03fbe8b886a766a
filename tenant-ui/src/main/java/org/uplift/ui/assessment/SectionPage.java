package org.uplift.ui.assessment;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.SectionPermission;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.scoring.Answers;
import org.uplift.identity.Actor;
import org.uplift.identity.TeamMember;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One section's page: its heading, who answers it (the owner picks a member here), and its questions or
 * scenarios, editable by the owner, the assignee, or anyone while unassigned.
 */
class SectionPage extends VerticalLayout {

    /** Assigns a section to a member, or to nobody (null). */
    interface Assigner {
        /** @throws InputRejectedException when refused; nothing changes then */
        void assign(String sectionKey, String userId);
    }

    /** Where a question's evidence files go. */
    interface EvidenceFilesSlot {
        Component files(String questionKey, boolean editable);
    }

    private final Section section;

    SectionPage(Section section, Assessment assessment, Actor viewer, Colleagues colleagues, Autosave autosave,
            Assigner assigner, EvidenceFilesSlot evidenceFiles) {
        this.section = section;
        setPadding(false);
        setId("section-" + section.key());
        if (section.isScenarioArea()) {
            var kicker = new Span(getTranslation("wizard.section.scenarios"));
            kicker.addClassName("uplift-muted");
            add(kicker);
        }
        add(new H3(section.name(getLocale())));
        if (section.isScenarioArea()) {
            add(new Paragraph(getTranslation("wizard.section.scenariosHelp")));
        }
        String assignee = assessment.getSectionAssignees().get(section.key());
        boolean editable = SectionPermission.mayEdit(viewer, assessment, section.key());
        add(SectionPermission.mayAssign(viewer) ? picker(assignee, colleagues, assigner) : notice(assignee, viewer, colleagues, editable));
        Answers answers = assessment.toAnswers();
        for (Question question : section.questions()) {
            add(new QuestionField(question, answers, editable, autosave, evidenceFiles.files(question.key(), editable)));
        }
        for (Scenario scenario : section.scenarios()) {
            add(new ScenarioField(scenario, answers, editable, autosave));
        }
    }

    private Component picker(String assignee, Colleagues colleagues, Assigner assigner) {
        var picker = new ComboBox<TeamMember>(getTranslation("wizard.assign.label"));
        picker.setId("assign-" + section.key());
        picker.setItems(colleagues.members());
        picker.setItemLabelGenerator(TeamMember::displayName);
        picker.setClearButtonVisible(true);
        picker.setPlaceholder(getTranslation("wizard.assign.nobody"));
        picker.setWidth("20em");
        picker.setValue(colleagues.find(assignee).orElse(null));
        picker.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                assigner.assign(section.key(), change.getValue() == null ? null : change.getValue().userId());
            } catch (InputRejectedException rejected) {
                picker.setValue(change.getOldValue());
                Notices.error(Refusals.text(rejected, this));
            }
        });
        return picker;
    }

    private Component notice(String assignee, Actor viewer, Colleagues colleagues, boolean editable) {
        String text = assignee == null ? getTranslation("wizard.assign.open")
                : assignee.equals(viewer.userId()) ? getTranslation("wizard.assign.yours")
                : getTranslation("wizard.assign.readOnly", colleagues.name(assignee, this));
        var notice = new Paragraph(text);
        notice.setId("section-assignment");
        if (!editable) {
            notice.getElement().getThemeList().add("badge contrast");
        }
        return notice;
    }
}
