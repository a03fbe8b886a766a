package org.uplift.ui.admission;

import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.PublicNotice;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.admission.AdmissionWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** 公示: the applications on public notice now; anyone signed in may lodge an objection while it lasts. */
@Route("admission/notices")
@PermitAll
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdmissionWork work;
    private final transient PoolApplications applications;

    public NoticesView(AdmissionWork work, PoolApplications applications) {
        this.work = work;
        this.applications = applications;
        addClassName("uplift-page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("admission.notices.title")), new Paragraph(getTranslation("admission.notices.intro")));
        var notices = work.notices();
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("admission.notices.none")));
        }
        notices.forEach(notice -> add(item(notice)));
    }

    private Div item(PublicNotice notice) {
        var item = new Div();
        item.addClassName("notice-item");
        item.getElement().setAttribute("data-application-id", notice.applicationId());
        var objection = new TextArea(getTranslation("admission.objection.label"));
        objection.setId("objection-" + notice.applicationId());
        objection.setWidthFull();
        var errors = new FieldErrors().bind("objection", objection);
        var lodge = new Button(getTranslation("admission.objection.lodge"), e -> {
            try {
                applications.object(notice.applicationId(), objection.getValue());
                Notices.success(getTranslation("admission.objection.lodged"));
                refresh();
            } catch (InputRejectedException rejected) {
                errors.show(rejected, this);
            }
        });
        lodge.setId("objection-lodge-" + notice.applicationId());
        item.add(new H3(notice.providerName()),
                new Paragraph(getTranslation("admission.notices.line", notice.authorityName(),
                        ApplicationDetails.DAY.format(notice.endsAt()))),
                new Paragraph(notice.businessScope()), objection, lodge);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.notices.title");
    }
}
