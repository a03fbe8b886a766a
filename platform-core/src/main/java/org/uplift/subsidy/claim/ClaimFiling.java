package org.uplift.subsidy.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * What the owner files: the invoice numbers and files, proof of the payment to the provider (its date and amount)
 * and evidence that the solution is in use.
 */
public record ClaimFiling(List<String> invoiceNumbers, List<ClaimUpload> invoices, LocalDate paymentDate,
        long amountPaidFen, List<ClaimUpload> payments, List<ClaimUpload> usage) {

    public ClaimFiling {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
        invoices = invoices == null ? List.of() : invoices.stream().filter(u -> u != null).toList();
        payments = payments == null ? List.of() : payments.stream().filter(u -> u != null).toList();
        usage = usage == null ? List.of() : usage.stream().filter(u -> u != null).toList();
    }
}
