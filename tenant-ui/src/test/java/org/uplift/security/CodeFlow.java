package org.uplift.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The authorization code flow with PKCE against an Uplift issuer, as a browser and the UI client do it:
 * authorize, sign in on the form, take the code off the redirect, exchange it. Returns the token
 * response (access, refresh and ID token).
 */
public final class CodeFlow {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public CodeFlow(String issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public JsonNode signIn(String username, String password) {
        String verifier = random();
        String redirectUri = issuer + "/login/oauth2/code/uplift";
        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=" + encode(clientId)
                + "&scope=" + encode("openid profile") + "&state=" + random() + "&redirect_uri=" + encode(redirectUri)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        String toLogin = location(send(HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html")));
        var page = send(HttpRequest.newBuilder(URI.create(absolute(toLogin))));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + toLogin + ": " + page.statusCode());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&" + csrf.group(1) + "="
                + encode(csrf.group(2));
        String back = location(send(HttpRequest.newBuilder(URI.create(issuer + "/idp/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form))));
        String withCode = location(send(HttpRequest.newBuilder(URI.create(absolute(back))).header("Accept", "text/html")));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(withCode);
        if (!withCode.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("No code in " + withCode);
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        var tokens = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("grant_type=authorization_code&code=" + code.group(1) + "&redirect_uri="
                        + encode(redirectUri) + "&code_verifier=" + verifier)));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("Token exchange refused: " + tokens.statusCode() + " " + tokens.body());
        }
        try {
            return JSON.readTree(tokens.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect: " + response.statusCode() + " " + response.body()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
