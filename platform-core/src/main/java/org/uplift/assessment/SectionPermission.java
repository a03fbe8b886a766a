package org.uplift.assessment;

import org.uplift.identity.Actor;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The one rule of who may do what with an SME's assessment, for the live {@link Actor}: a section
 * (dimension or scenario area) assigned to a member is that member's and the owners' to answer,
 * unassigned ones are anyone's in the team; only owners assign sections, submit and share.
 */
public final class SectionPermission {

    private SectionPermission() {
    }

    public static boolean mayEdit(Actor actor, Assessment assessment, String section) {
        String assignee = assessment.getSectionAssignees().get(section);
        return actor.isOwner() || assignee == null || assignee.equals(actor.userId());
    }

    public static boolean mayAssign(Actor actor) {
        return actor.isOwner();
    }

    public static boolean maySubmit(Actor actor) {
        return actor.isOwner();
    }

    public static boolean mayShare(Actor actor) {
        return actor.isOwner();
    }

    /** Refuses, naming {@code field}, unless the actor may answer the section. */
    public static void requireEdit(Actor actor, Assessment assessment, String section, String field) {
        if (!mayEdit(actor, assessment, section)) {
            throw new InputRejectedException(Violation.of(field, Assessments.NOT_YOUR_SECTION, section));
        }
    }
}
