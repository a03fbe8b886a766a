/** The append-only, hash-chained audit trail (one chain per subject) and its verification. */
@org.springframework.modulith.NamedInterface("audit")
package org.uplift.subsidy.audit;
