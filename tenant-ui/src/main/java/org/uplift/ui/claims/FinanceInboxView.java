package org.uplift.ui.claims;

import java.util.List;

import org.uplift.platform.Formats;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.ui.component.UiFormats;
import org.uplift.workflows.subsidy.ClaimTask;
import org.uplift.workflows.subsidy.ClaimWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 补助拨付审核: the filed claims of the finance officer's own authority waiting for a decision, oldest first, each
 * with the SME, the programme, the accepted amount, when it was filed and who claimed it.
 */
@Route("claims/approvals")
@RolesAllowed("FINANCE_OFFICER")
public class FinanceInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ClaimWork work;
    private final transient SubsidyClaims claims;

    public FinanceInboxView(ClaimWork work, SubsidyClaims claims) {
        this.work = work;
        this.claims = claims;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("claims.inbox.title")));
        List<ClaimTask> tasks = work.approvals();
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("claims.inbox.empty")));
            return;
        }
        for (ClaimTask task : tasks) {
            claims.find(task.applicationId()).ifPresent(c -> add(row(task, c)));
        }
    }

    private HorizontalLayout row(ClaimTask task, SubsidyClaim c) {
        var link = new Anchor("applications/" + c.getApplicationId() + "/claim",
                c.getSmeName() + getTranslation("claims.listSeparator") + c.getProgrammeName());
        var amount = new Span(Formats.yuan(c.getAmountFen()));
        var filed = new Span(getTranslation("claims.inbox.filed",
                c.getFiledAt() == null ? Formats.NONE : UiFormats.formats().date(c.getFiledAt(), getLocale())));
        var row = new HorizontalLayout(link, amount, filed);
        row.addClassName("claim-approval-item");
        row.getElement().setAttribute("data-application", c.getApplicationId());
        if (task.assignee() == null) {
            var claim = new Button(getTranslation("claims.inbox.claim"), e -> {
                work.claim(task.taskId());
                show();
            });
            claim.setId("claim-take-" + c.getApplicationId());
            row.add(claim);
        } else {
            row.add(new Span(getTranslation("claims.inbox.claimedBy", task.assignee())));
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.inbox.title");
    }
}
