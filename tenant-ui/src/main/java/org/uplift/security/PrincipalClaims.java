package org.uplift.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;

/**
 * Reads the platform's principal from token claims, with claim names from configuration so an
 * external issuer can use its own. Unknown roles are ignored rather than trusted.
 */
@Component
public class PrincipalClaims {

    private final IdentityProperties.Claims names;

    PrincipalClaims(IdentityProperties properties) {
        this.names = properties.claims();
    }

    public UpliftPrincipal principal(Map<String, Object> claims, String subject) {
        String tenantId = (String) claims.get(names.tenantId());
        Object kind = claims.get(names.tenantKind());
        String userId = claims.get(names.userId()) instanceof String id ? id : subject;
        String name = claims.get("name") instanceof String n ? n : subject;
        return new UpliftPrincipal(userId, name, tenantId, kind == null ? null : TenantKind.valueOf(kind.toString()),
                roles(claims.get(names.roles())));
    }

    public static Collection<GrantedAuthority> authorities(UpliftPrincipal principal) {
        return principal.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    private static Set<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c
                : claim instanceof String s ? Arrays.asList(s.split("[ ,]")) : List.of();
        Set<String> known = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
        return values.stream().map(Object::toString).filter(known::contains).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
