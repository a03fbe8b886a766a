package org.uplift.subsidy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** SHA-256 over every field of a record (length-prefixed, so no two contents share an encoding) and the previous hash. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditRecord r) {
        StringBuilder content = new StringBuilder();
        Stream.of(r.getSubject(), Long.toString(r.getSeq()), r.getOwnerTenantId(), r.getActor(), r.getActorTenantId(),
                r.getAt() == null ? null : r.getAt().toString(), r.getAction(), r.getBefore(), r.getAfter(),
                r.getReason(), r.getPreviousHash())
                .forEach(field -> content.append(field == null ? "-1:" : field.length() + ":" + field).append('|'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
