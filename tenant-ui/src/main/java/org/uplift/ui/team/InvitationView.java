package org.uplift.ui.team;

import org.uplift.identity.Invitation;
import org.uplift.identity.Team;
import org.uplift.organisation.Organisations;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an invitation link leads: the colleague sets up an account in the inviting organisation. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Team team;
    private final transient Organisations organisations;
    private final VerticalLayout content = new VerticalLayout();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button join = new Button();
    private final FieldErrors errors = new FieldErrors();
    private String token;

    public InvitationView(Team team, Organisations organisations) {
        this.team = team;
        this.organisations = organisations;
        addClassName("uplift-page");
        setMaxWidth("640px");
        content.setPadding(false);
        add(new H2(getTranslation("invite.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        try {
            Invitation invitation = team.pendingInvitation(token);
            String organisation = organisations.find(invitation.getTenantId()).map(o -> o.getName()).orElse("");
            showForm(organisation, invitation.getEmail());
        } catch (InputRejectedException rejected) {
            var problem = new Paragraph(getTranslation(rejected.violations().get(0).messageKey()));
            problem.setId("invitation-problem");
            content.add(problem);
        }
    }

    private void showForm(String organisation, String invitedEmail) {
        name.setLabel(getTranslation("register.ownerName"));
        name.setId("name");
        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        if (invitedEmail != null) {
            email.setValue(invitedEmail);
        }
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.passwordHelp"));
        password.setId("password");
        errors.bind("displayName", name).bind("email", email).bind("password", password);
        join.setText(getTranslation("invite.submit"));
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> accept());
        content.add(new Paragraph(getTranslation("invite.intro", organisation)), new FormLayout(name, email, password), join);
    }

    void accept() {
        try {
            team.accept(token, email.getValue(), name.getValue(), password.getValue());
            content.removeAll();
            var done = new Paragraph(getTranslation("invite.done"));
            done.setId("invitation-done");
            content.add(done, new Anchor("/", getTranslation("register.toLogin")));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.title");
    }
}
