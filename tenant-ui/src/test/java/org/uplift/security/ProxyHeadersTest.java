package org.uplift.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.uplift.UpliftTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * X-Forwarded-* count only from the trusted proxies (here 127.0.0.2; shipped: loopback only), so a
 * client cannot choose the issuer URL, the UI's redirect URIs or the sign-in form's action, and
 * X-Forwarded-Prefix counts from nobody.
 */
@UpliftTest
class ProxyHeadersTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Map<String, String> HOSTILE = Map.of("X-Forwarded-Host", "evil.example",
            "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "X-Forwarded-Prefix", "/evil\">" + SCRIPT);

    @LocalServerPort
    int port;

    @Test
    void forwarded_headers_from_a_client_change_neither_the_issuer_nor_the_sign_in_form() throws Exception {
        JsonNode discovery = new ObjectMapper().readTree(
                RawHttp.get("127.0.0.1", port, "/.well-known/openid-configuration", HOSTILE).body().trim()
                        .replaceAll("^[0-9a-fA-F]+\r\n", ""));
        var signIn = RawHttp.get("127.0.0.1", port, "/idp/login", HOSTILE);

        assertThat(discovery.get("issuer").asText()).isEqualTo("http://localhost:" + port);
        assertThat(discovery.get("authorization_endpoint").asText()).startsWith("http://localhost:" + port + "/");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("action=\"/idp/login\"").doesNotContain("evil").doesNotContain(SCRIPT);
        assertThat(signIn.header("Strict-Transport-Security")).isEmpty();
        assertThat(signIn.header("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void a_trusted_proxy_reporting_tls_makes_the_session_cookie_secure_and_turns_on_hsts_but_no_prefix() {
        var signIn = RawHttp.get("127.0.0.2", port, "/idp/login", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "uplift.example", "X-Forwarded-Port", "443", "X-Forwarded-Prefix", "/evil"));

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.header("Strict-Transport-Security")).containsExactly("max-age=31536000; includeSubDomains");
        assertThat(signIn.header("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(signIn.body()).contains("action=\"/idp/login\"").doesNotContain("/evil");
    }

    @Test
    void the_shipped_configuration_trusts_forwarded_headers_from_loopback_only() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties shipped = yaml.getObject();
        Pattern proxies = Pattern.compile(shipped.getProperty("server.tomcat.remoteip.internal-proxies"));

        assertThat(shipped.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(Map.of("127.0.0.1", true, "0:0:0:0:0:0:0:1", true, "10.0.0.7", false, "192.168.1.20", false,
                "172.17.0.1", false, "169.254.1.1", false, "203.0.113.9", false))
                .allSatisfy((address, trusted) -> assertThat(proxies.matcher(address).matches()).as(address)
                        .isEqualTo(trusted));
    }
}
