package org.uplift.ui.assessment;

import java.util.List;
import java.util.Optional;

import org.uplift.identity.TeamMember;

import com.vaadin.flow.component.Component;

/** The SME's members a section can be assigned to, and how an assignee is named. */
record Colleagues(List<TeamMember> members) {

    Colleagues {
        members = List.copyOf(members);
    }

    Optional<TeamMember> find(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    String name(String userId, Component translator) {
        return find(userId).map(TeamMember::displayName)
                .orElseGet(() -> translator.getTranslation("wizard.assign.former"));
    }
}
