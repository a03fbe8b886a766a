package org.uplift.ui.admission;

import java.time.format.DateTimeFormatter;

import org.uplift.marketplace.admission.Certificate;
import org.uplift.marketplace.admission.HistoryEntry;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Qualifications;
import org.uplift.marketplace.admission.ReferenceProject;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;

/** An application as both sides read it: status, qualifications with the certificate scans, and its history. */
class ApplicationDetails extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PoolApplications.ZONE);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PoolApplications.ZONE);

    ApplicationDetails(PoolApplication application, PoolApplications applications) {
        setId("application-details");
        Qualifications q = application.getQualifications();
        var status = new Span(getTranslation("admission.status." + application.getStatus().name()));
        status.setId("application-status");
        status.getElement().getThemeList().add("badge");
        add(new H3(getTranslation("admission.details.title", application.getProviderName(),
                application.getAuthorityName())), status);
        add(new Paragraph(getTranslation("admission.field.businessScope") + getTranslation("admission.colon")
                + q.businessScope()));
        add(new Paragraph(getTranslation("admission.field.staffCount") + getTranslation("admission.colon")
                + q.staffCount()));
        add(new Paragraph(getTranslation("admission.field.served") + getTranslation("admission.colon")
                + String.join(getTranslation("admission.listSeparator"), q.dimensions()) + " "
                + String.join(getTranslation("admission.listSeparator"), q.scenarios())));
        var certificates = new UnorderedList();
        for (int i = 0; i < q.certificates().size(); i++) {
            Certificate c = q.certificates().get(i);
            int index = i;
            var scan = new Anchor(DownloadHandler.fromInputStream(event -> applications.certificate(application.getId(), index)
                    .map(s -> new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(s.content()),
                            s.fileName(), s.contentType(), s.content().length))
                    .orElseGet(() -> com.vaadin.flow.server.streams.DownloadResponse.error(404))),
                    com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, c.fileName());
            certificates.add(new ListItem(new Span(getTranslation("admission.certificate.line", c.name(), c.number(),
                    c.issuer(), c.validUntil().toString()) + " "), scan));
        }
        add(new H3(getTranslation("admission.section.certificates")), certificates);
        var references = new UnorderedList();
        for (ReferenceProject r : q.references()) {
            references.add(new ListItem(getTranslation("admission.reference.line", r.client(), String.valueOf(r.year()),
                    r.summary())));
        }
        add(new H3(getTranslation("admission.section.references")), references);
        if (application.getInformationRequest() != null) {
            add(new Paragraph(getTranslation("admission.informationRequest", application.getInformationRequest(),
                    DAY.format(application.getInformationDeadline().minusSeconds(1)))));
        }
        var history = new UnorderedList();
        history.setId("application-history");
        for (HistoryEntry entry : application.getHistory()) {
            String line = MOMENT.format(entry.at()) + " " + getTranslation("admission.history." + entry.action())
                    + (entry.note() == null ? "" : getTranslation("admission.colon") + entry.note());
            history.add(new ListItem(line));
        }
        add(new H3(getTranslation("admission.section.history")), history);
    }
}
