package org.uplift.subsidy.claim;

/** What a claim file proves: the invoice, the payment to the provider, the solution in use. */
public enum ClaimFileKind {
    INVOICE("invoiceFiles"), PAYMENT("paymentFiles"), USAGE("usageFiles");

    private final String field;

    ClaimFileKind(String field) {
        this.field = field;
    }

    /** The form field the files of this kind are uploaded with (and refused under). */
    public String field() {
        return field;
    }
}
