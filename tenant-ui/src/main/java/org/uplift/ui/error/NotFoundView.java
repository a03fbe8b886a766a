package org.uplift.ui.error;

import org.uplift.ui.home.HomeView;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" in the user's language. Also what another tenant's record looks like: the platform
 * does not tell a record that exists elsewhere from one that does not exist.
 */
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        var page = new Div(new H2("404"), new Paragraph(getTranslation("error.notFound")),
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        page.addClassName("uplift-page");
        page.setId("not-found");
        getElement().appendChild(page.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
