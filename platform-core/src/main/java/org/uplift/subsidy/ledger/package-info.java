/** The budget ledger of each programme: reserve, release and pay, atomic per document, idempotent per key. */
@org.springframework.modulith.NamedInterface("ledger")
package org.uplift.subsidy.ledger;
