package org.uplift.ui.team;

import java.util.stream.Collectors;

import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.security.CurrentUser;
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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import jakarta.annotation.security.RolesAllowed;

/** The owner's team page: members and their roles, removal, and invitation links. */
@Route("team")
@RolesAllowed({"ENTERPRISE_OWNER", "PROVIDER_ADMIN", "PROGRAMME_MANAGER", "PLATFORM_ADMIN"})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    private final transient Team team;
    private final UpliftPrincipal owner;
    final Grid<TeamMember> members = new Grid<>();
    final EmailField inviteEmail = new EmailField();
    final CheckboxGroup<Role> inviteRoles;
    final Button invite = new Button();
    final TextField inviteLink = new TextField();
    private final FieldErrors inviteErrors = new FieldErrors();

    public TeamView(Team team, CurrentUser currentUser) {
        this.team = team;
        this.owner = currentUser.require();
        addClassName("uplift-page");
        members.addColumn(TeamMember::displayName).setHeader(getTranslation("team.name"));
        members.addColumn(TeamMember::email).setHeader(getTranslation("team.email"));
        members.addComponentColumn(this::rolesEditor).setHeader(getTranslation("team.roles")).setAutoWidth(true);
        members.addColumn(m -> UiFormats.formats().date(m.since(), getLocale())).setHeader(getTranslation("team.since"));
        members.addComponentColumn(this::removeButton);
        members.setAllRowsVisible(true);
        members.setId("members");

        inviteEmail.setLabel(getTranslation("team.inviteEmail"));
        inviteEmail.setWidth("24em");
        inviteEmail.setId("invite-email");
        inviteRoles = RolePicker.forKind(owner.tenantKind(), getTranslation("team.inviteRoles"));
        inviteRoles.setId("invite-roles");
        inviteErrors.bind("email", inviteEmail).bind("roles", inviteRoles);
        invite.setText(getTranslation("team.inviteCreate"));
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> invite());
        inviteLink.setReadOnly(true);
        inviteLink.setWidthFull();
        inviteLink.setVisible(false);
        inviteLink.setId("invite-link");

        add(new H2(getTranslation("team.title")), members, new H3(getTranslation("team.invite")),
                new HorizontalLayout(inviteEmail, inviteRoles), invite, inviteLink);
        refresh();
    }

    private CheckboxGroup<Role> rolesEditor(TeamMember member) {
        var roles = RolePicker.forKind(owner.tenantKind(), null);
        roles.setValue(member.roles());
        roles.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                team.changeRoles(member.userId(), change.getValue(), owner.tenantKind());
                Notices.success(getTranslation("team.rolesSaved"));
            } catch (InputRejectedException rejected) {
                Notices.error(rejected.violations().stream().map(v -> getTranslation(v.messageKey()))
                        .collect(Collectors.joining(" ")));
                refresh();
            }
        });
        return roles;
    }

    private Button removeButton(TeamMember member) {
        var remove = new Button(getTranslation("team.remove"), e -> {
            try {
                team.remove(member.userId());
                Notices.success(getTranslation("team.removed"));
                refresh();
            } catch (InputRejectedException rejected) {
                Notices.error(getTranslation(rejected.violations().get(0).messageKey()));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setEnabled(!member.userId().equals(owner.userId()));
        return remove;
    }

    void invite() {
        try {
            var link = team.invite(inviteEmail.getValue(), inviteRoles.getValue(), owner.tenantKind());
            inviteErrors.clear();
            inviteLink.setLabel(getTranslation("team.inviteLink",
                    UiFormats.formats().dateTime(link.expiresAt(), getLocale())));
            inviteLink.setValue(baseUrl() + link.path());
            inviteLink.setVisible(true);
        } catch (InputRejectedException rejected) {
            inviteErrors.show(rejected, this);
        }
    }

    private static String baseUrl() {
        var request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
        }
        return "";
    }

    private void refresh() {
        members.setItems(team.members());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }

}
