package org.uplift.ui.apiclients;

import java.util.stream.Collectors;

import org.uplift.identity.Actor;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.identity.ApiClient;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.security.CurrentUser;
import org.uplift.security.IdentityProperties;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.ui.component.RolePicker;
import org.uplift.validation.InputRejectedException;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An owner's machine clients: create one (secret shown once), see them, revoke. With an external
 * issuer the page only says that the identity provider issues them (it is not in the menu then).
 */
@Route("api-clients")
@RolesAllowed({"ENTERPRISE_OWNER", "PROVIDER_ADMIN", "PROGRAMME_MANAGER", "PLATFORM_ADMIN"})
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiClients clients;
    private final UpliftPrincipal owner;
    final Grid<ApiClient> grid = new Grid<>();
    final TextField name = new TextField();
    final CheckboxGroup<Role> roles;
    final Button create = new Button();
    final TextField secret = new TextField();
    private final FieldErrors errors = new FieldErrors();

    public ApiClientsView(ApiClients clients, Team team, CurrentUser currentUser, IdentityProperties identity) {
        this.clients = clients;
        this.owner = currentUser.require();
        addClassName("uplift-page");
        roles = RolePicker.forKind(owner.tenantKind(), getTranslation("apiClients.roles"));
        if (!identity.embedded()) {
            var external = new Paragraph(getTranslation("apiClients.external.detail"));
            external.setId("api-clients-external");
            add(new H2(getTranslation("apiClients.external.title")), external);
            return;
        }
        var formats = UiFormats.formats();
        grid.addColumn(ApiClient::getName).setHeader(getTranslation("apiClients.name"));
        grid.addColumn(ApiClient::getClientId).setHeader(getTranslation("apiClients.clientId")).setAutoWidth(true);
        grid.addColumn(c -> c.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("apiClients.roles"));
        var members = team.members().stream()
                .collect(Collectors.toMap(TeamMember::userId, TeamMember::displayName, (a, b) -> a));
        grid.addColumn(c -> Actor.SYSTEM.equals(c.getCreatedBy()) || c.getCreatedBy() == null
                ? getTranslation("apiClients.createdBySystem") : members.getOrDefault(c.getCreatedBy(), c.getCreatedBy()))
                .setHeader(getTranslation("apiClients.createdBy"));
        grid.addColumn(c -> formats.dateTime(c.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("apiClients.createdAt"));
        grid.addColumn(c -> getTranslation(c.isActive() ? "apiClients.active" : "apiClients.revoked"))
                .setHeader(getTranslation("apiClients.status"));
        grid.addComponentColumn(this::revokeButton);
        grid.setAllRowsVisible(true);
        grid.setId("api-clients");
        name.setLabel(getTranslation("apiClients.name"));
        name.setId("client-name");
        roles.setId("client-roles");
        errors.bind("name", name).bind("roles", roles);
        create.setText(getTranslation("apiClients.create"));
        create.setId("create-client");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secret.setId("client-secret");
        var lifetime = new Paragraph(getTranslation("apiClients.revokedWithCreator"));
        lifetime.setId("api-clients-lifetime");
        add(new H2(getTranslation("apiClients.title")), new Paragraph(getTranslation("apiClients.intro")), lifetime,
                new HorizontalLayout(name, roles), create, secret, grid);
        refresh();
    }

    private Button revokeButton(ApiClient client) {
        var revoke = new Button(getTranslation("apiClients.revoke"), e -> {
            clients.revoke(client.getId());
            Notices.success(getTranslation("apiClients.revokedDone"));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(client.isActive());
        return revoke;
    }

    void create() {
        try {
            var created = clients.create(name.getValue(), roles.getValue(), owner.tenantKind());
            errors.clear();
            secret.setLabel(getTranslation("apiClients.secretOnce") + " " + created.clientId());
            secret.setValue(created.secret());
            secret.setVisible(true);
            name.clear();
            refresh();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiClients.title");
    }
}
