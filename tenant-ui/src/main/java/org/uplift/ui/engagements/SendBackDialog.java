package org.uplift.ui.engagements;

import java.util.function.IntConsumer;

import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks the SME's owner why a delivered milestone goes back; the reason is required and shown to the provider. */
class SendBackDialog extends Dialog {

    private final transient EngagementMilestones milestones;
    private final String engagementId;
    private final transient IntConsumer sentBack;
    final TextArea reason = new TextArea();
    private int index;

    SendBackDialog(EngagementMilestones milestones, String engagementId, IntConsumer sentBack) {
        this.milestones = milestones;
        this.engagementId = engagementId;
        this.sentBack = sentBack;
        setHeaderTitle(getTranslation("engagement.milestone.sendBackTitle"));
        reason.setId("send-back-reason");
        reason.setLabel(getTranslation("engagement.milestone.sendBackReason"));
        reason.setWidth("28em");
        var send = new Button(getTranslation("engagement.milestone.sendBack"), e -> send());
        send.setId("send-back-confirm");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("engagement.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, send);
    }

    void open(int milestoneIndex) {
        this.index = milestoneIndex;
        reason.clear();
        reason.setInvalid(false);
        open();
    }

    void send() {
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        try {
            milestones.sendBack(engagementId, index, reason.getValue());
            close();
            sentBack.accept(index);
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }
}
