package org.uplift.organisation;

/** Only a government authority tenant may vouch for an SME. */
public class NotAnAuthorityException extends RuntimeException {

    public NotAnAuthorityException(String tenantId) {
        super("Tenant " + tenantId + " is not an authority and cannot vouch for an SME");
    }
}
