package org.uplift.ui.registration;

import org.uplift.organisation.Organisations;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the mailed registration link leads. The organisation is created only when the owner presses
 * the button, not by opening the page, so a mail scanner that fetches links confirms nothing.
 */
@Route(value = "register/confirm/:token", autoLayout = false)
@AnonymousAllowed
public class RegistrationConfirmView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Organisations organisations;
    private final VerticalLayout content = new VerticalLayout();
    private String token;

    public RegistrationConfirmView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("uplift-page");
        setMaxWidth("640px");
        content.setPadding(false);
        add(new H2(getTranslation("register.confirm.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        var confirm = new Button(getTranslation("register.confirm.submit"), e -> confirm());
        confirm.setId("confirm-registration");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(getTranslation("register.confirm.intro")), confirm);
    }

    void confirm() {
        content.removeAll();
        try {
            organisations.confirmRegistration(token);
            var done = new Paragraph(getTranslation("register.done"));
            done.setId("registration-done");
            var login = new Anchor("/", getTranslation("register.toLogin"));
            login.setId("to-login");
            content.add(done, login);
        } catch (InputRejectedException rejected) {
            var problem = new Paragraph(getTranslation(rejected.violations().get(0).messageKey()));
            problem.setId("registration-problem");
            var again = new Anchor("/register", getTranslation("register.title"));
            content.add(problem, again);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.confirm.title");
    }
}
