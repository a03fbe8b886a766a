package org.uplift.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs the real {@code helm lint} and {@code helm template} (helm-java, embedded native Helm)
 * against {@code helm/uplift} and checks the rendered manifests.
 */
class HelmChartTest {

  private static final String RELEASE = "acme";
  private static final String NAMESPACE = "uplift-test";
  /** Release "acme" + chart "uplift". */
  private static final String FULLNAME = "acme-uplift";

  private static Path chartDir;

  @BeforeAll
  static void locateChart() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("helm/uplift/Chart.yaml"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("no helm/uplift/Chart.yaml above %s", Paths.get("").toAbsolutePath())
        .isNotNull();
    chartDir = dir.resolve("helm/uplift");
  }

  @Test
  void chart_passes_helm_lint_strict() {
    LintResult result = new Helm(chartDir).lint().strict().call();

    assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
    assertThat(result.getMessages())
        .noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
  }

  @Test
  void rendered_deployment_probes_actuator_liveness_and_readiness() {
    Map<String, Object> container = container(render(UnaryOperator.identity()));

    assertThat(list(container, "ports"))
        .singleElement()
        .satisfies(port -> {
          assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 8080);
        });
    assertThat(map(container, "startupProbe", "httpGet"))
        .containsEntry("path", "/actuator/health/liveness")
        .containsEntry("port", "http");
    assertThat(map(container, "livenessProbe", "httpGet"))
        .containsEntry("path", "/actuator/health/liveness")
        .containsEntry("port", "http");
    assertThat(map(container, "readinessProbe", "httpGet"))
        .containsEntry("path", "/actuator/health/readiness")
        .containsEntry("port", "http");
    // Camunda + Vaadin need ~20 s: the startup probe must tolerate well over that.
    Map<String, Object> startup = map(container, "startupProbe");
    int startupBudgetSeconds = (Integer) startup.get("initialDelaySeconds")
        + (Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold");
    assertThat(startupBudgetSeconds).isGreaterThanOrEqualTo(60);
  }

  @Test
  void deployment_defaults_image_resources_and_jvm_options() {
    List<Map<String, Object>> manifests = render(UnaryOperator.identity());
    Map<String, Object> container = container(manifests);

    assertThat(container.get("image")).isEqualTo("ghcr.io/uplift/uplift:0.1.0");
    assertThat(container.get("imagePullPolicy")).isEqualTo("IfNotPresent");
    assertThat(map(container, "resources", "requests"))
        .containsEntry("memory", "1Gi")
        .containsEntry("cpu", "500m");
    assertThat(map(container, "resources", "limits")).containsEntry("memory", "2Gi");
    assertThat(map(single(manifests, "Deployment"), "spec")).containsEntry("replicas", 1);

    Map<String, Object> config = map(single(manifests, "ConfigMap"), "data");
    assertThat(config)
        .containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75")
        .containsEntry("UPLIFT_DEMO_ENABLED", "false")
        .containsEntry("SERVER_ADDRESS", "0.0.0.0")
        .containsEntry("UPLIFT_EVIDENCE_MAX_FILE_SIZE", "20MB")
        .containsEntry("UPLIFT_IDENTITY_CLAIMS_TENANT_ID", "tenant_id")
        .containsEntry("UPLIFT_IDENTITY_CLAIMS_TENANT_KIND", "tenant_kind")
        .containsEntry("UPLIFT_IDENTITY_CLAIMS_ROLES", "roles")
        .doesNotContainKeys(
            "UPLIFT_IDENTITY_ISSUER_URI", "SPRING_DATASOURCE_URL", "SPRING_MAIL_HOST");
  }

  @Test
  void pod_runs_as_non_root_with_read_only_root_filesystem_and_writable_tmp() {
    Map<String, Object> podSpec = podSpec(render(UnaryOperator.identity()));
    Map<String, Object> container = container(podSpec);

    assertThat(map(podSpec, "securityContext")).containsEntry("runAsNonRoot", true);
    assertThat(map(container, "securityContext"))
        .containsEntry("runAsNonRoot", true)
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(list(container, "volumeMounts"))
        .singleElement()
        .satisfies(mount -> assertThat(mount).containsEntry("name", "tmp").containsEntry("mountPath", "/tmp"));
    assertThat(list(podSpec, "volumes"))
        .singleElement()
        .satisfies(volume -> {
          assertThat(volume).containsEntry("name", "tmp");
          assertThat(volume.get("emptyDir")).isInstanceOf(Map.class);
        });
    assertThat(podSpec.get("serviceAccountName")).isEqualTo(FULLNAME);
  }

  @Test
  void pod_template_carries_prometheus_and_checksum_annotations() {
    Map<String, Object> annotations = podAnnotations(render(UnaryOperator.identity()));

    assertThat(annotations)
        .containsEntry("prometheus.io/scrape", "true")
        .containsEntry("prometheus.io/path", "/actuator/prometheus")
        .containsEntry("prometheus.io/port", "8080")
        .containsKeys("checksum/config", "checksum/secret");
    assertThat((String) annotations.get("checksum/config")).matches("[0-9a-f]{64}");
  }

  @Test
  void a_prometheus_scrape_token_reaches_the_container_through_the_secret_and_a_short_one_is_refused() {
    String token = "0123456789abcdef0123456789abcdef";
    List<Map<String, Object>> manifests = render(t -> t.set("metrics.prometheus.scrapeToken", token));
    Map<String, Object> secret = single(manifests, "Secret");

    assertThat(secretValueForEnv(container(manifests), map(secret, "data"),
        (String) map(secret, "metadata").get("name"), "UPLIFT_METRICS_SCRAPE_TOKEN")).isEqualTo(token);
    assertThat(map(single(render(UnaryOperator.identity()), "Secret"), "data"))
        .doesNotContainKey("metrics-scrape-token");
    assertThatThrownBy(() -> render(t -> t.set("metrics.prometheus.scrapeToken", "short")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scrapeToken");
  }

  @Test
  void config_and_secret_changes_roll_the_pods() {
    Map<String, Object> defaults = podAnnotations(render(UnaryOperator.identity()));
    Map<String, Object> otherConfig = podAnnotations(render(t -> t.set("demo.enabled", true)));
    Map<String, Object> otherSecret =
        podAnnotations(render(t -> t.set("oidc.clientSecret", "rotated-secret")));

    assertThat(otherConfig.get("checksum/config")).isNotEqualTo(defaults.get("checksum/config"));
    assertThat(otherConfig.get("checksum/secret")).isEqualTo(defaults.get("checksum/secret"));
    assertThat(otherSecret.get("checksum/secret")).isNotEqualTo(defaults.get("checksum/secret"));
    assertThat(otherSecret.get("checksum/config")).isEqualTo(defaults.get("checksum/config"));
  }

  @Test
  void external_mongodb_camunda_jdbc_and_oidc_issuer_reach_the_container_env() {
    String mongoUri = "mongodb://uplift:s3cret@mongo-0.db:27017,mongo-1.db:27017/uplift?replicaSet=rs0";
    String jdbcUrl = "jdbc:postgresql://postgres.db:5432/camunda";
    String issuer = "https://login.example.com/realms/uplift";
    List<Map<String, Object>> manifests = render(t -> t
        .set("mongodb.uri", mongoUri)
        .set("camunda.jdbc.url", jdbcUrl)
        .set("camunda.jdbc.username", "camunda")
        .set("camunda.jdbc.password", "jdbc-pass")
        .set("oidc.issuerUri", issuer)
        .set("oidc.clientId", "uplift-web")
        .set("oidc.clientSecret", "oidc-pass")
        .set("oidc.claims.tenantId", "org_id")
        .set("demo.enabled", true)
        .set("mail.host", "smtp.example.com")
        .set("mail.username", "mailer")
        .set("mail.password", "mail-pass")
        .set("extraEnv[0].name", "SERVER_FORWARD_HEADERS_STRATEGY")
        .set("extraEnv[0].value", "framework"));
    Map<String, Object> container = container(manifests);

    // Non-secret configuration: ConfigMap -> envFrom.
    Map<String, Object> configMap = single(manifests, "ConfigMap");
    assertThat(list(container, "envFrom"))
        .singleElement()
        .satisfies(source -> assertThat(map(source, "configMapRef"))
            .containsEntry("name", map(configMap, "metadata").get("name")));
    assertThat(map(configMap, "data"))
        .containsEntry("SPRING_DATASOURCE_URL", jdbcUrl)
        .containsEntry("SPRING_DATASOURCE_USERNAME", "camunda")
        .containsEntry("UPLIFT_IDENTITY_ISSUER_URI", issuer)
        .containsEntry("UPLIFT_IDENTITY_CLIENT_ID", "uplift-web")
        .containsEntry("UPLIFT_IDENTITY_CLAIMS_TENANT_ID", "org_id")
        .containsEntry("UPLIFT_DEMO_ENABLED", "true")
        .containsEntry("SPRING_MAIL_HOST", "smtp.example.com")
        .containsEntry("SPRING_MAIL_PORT", "587")
        .containsEntry("SPRING_MAIL_USERNAME", "mailer")
        .doesNotContainKeys(
            "SPRING_DATA_MONGODB_URI", "SPRING_DATASOURCE_PASSWORD",
            "UPLIFT_IDENTITY_CLIENT_SECRET", "SPRING_MAIL_PASSWORD");

    // Credentials: chart Secret -> env secretKeyRef.
    Map<String, Object> secret = single(manifests, "Secret");
    String secretName = (String) map(secret, "metadata").get("name");
    assertThat(secretName).isEqualTo(FULLNAME);
    Map<String, Object> secretData = map(secret, "data");
    assertThat(secretValueForEnv(container, secretData, secretName, "SPRING_DATA_MONGODB_URI"))
        .isEqualTo(mongoUri);
    assertThat(secretValueForEnv(container, secretData, secretName, "SPRING_DATASOURCE_PASSWORD"))
        .isEqualTo("jdbc-pass");
    assertThat(secretValueForEnv(container, secretData, secretName, "UPLIFT_IDENTITY_CLIENT_SECRET"))
        .isEqualTo("oidc-pass");
    assertThat(secretValueForEnv(container, secretData, secretName, "SPRING_MAIL_PASSWORD"))
        .isEqualTo("mail-pass");

    assertThat(env(container, "SERVER_FORWARD_HEADERS_STRATEGY"))
        .containsEntry("value", "framework");
  }

  @Test
  void ingress_is_rendered_only_when_enabled() {
    assertThat(all(render(UnaryOperator.identity()), "Ingress")).isEmpty();

    List<Map<String, Object>> manifests = render(t -> t
        .set("ingress.enabled", true)
        .set("ingress.className", "nginx")
        .set("ingress.host", "app.uplift.example")
        .set("ingress.tls.enabled", true));
    Map<String, Object> spec = map(single(manifests, "Ingress"), "spec");

    assertThat(spec).containsEntry("ingressClassName", "nginx");
    Map<String, Object> rule = listOfMaps(spec.get("rules")).get(0);
    assertThat(rule).containsEntry("host", "app.uplift.example");
    Map<String, Object> path = listOfMaps(map(rule, "http").get("paths")).get(0);
    assertThat(path).containsEntry("path", "/").containsEntry("pathType", "Prefix");
    assertThat(map(path, "backend", "service"))
        .containsEntry("name", map(single(manifests, "Service"), "metadata").get("name"));
    assertThat(map(path, "backend", "service", "port")).containsEntry("name", "http");
    assertThat(listOfMaps(spec.get("tls")))
        .singleElement()
        .satisfies(tls -> {
          assertThat(tls).containsEntry("secretName", FULLNAME + "-tls");
          assertThat(tls.get("hosts")).isEqualTo(List.of("app.uplift.example"));
        });
  }

  @Test
  void values_schema_rejects_a_wrong_type() {
    assertThatThrownBy(() -> render(t -> t.set("replicaCount", "two")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("replicaCount");
    assertThatThrownBy(() -> render(t -> t.set("image.pullPolicy", "Sometimes")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pullPolicy");
    assertThatThrownBy(() -> render(t -> t.set("mongodb.uri", "postgres://not-mongo")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mongodb.uri");
    assertThatThrownBy(() -> render(t -> t.set("evidence.maxFileSize", "20 megabytes")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("evidence.maxFileSize");
  }

  @Test
  void existing_secret_replaces_the_chart_secret() {
    List<Map<String, Object>> manifests = render(t -> t
        .set("existingSecret", "uplift-credentials")
        .set("mongodb.uri", ""));
    Map<String, Object> container = container(manifests);

    assertThat(all(manifests, "Secret")).isEmpty();
    for (String name : List.of(
        "SPRING_DATA_MONGODB_URI", "SPRING_DATASOURCE_PASSWORD",
        "UPLIFT_IDENTITY_CLIENT_SECRET", "SPRING_MAIL_PASSWORD")) {
      assertThat(map(env(container, name), "valueFrom", "secretKeyRef"))
          .as(name)
          .containsEntry("name", "uplift-credentials");
    }
    assertThat(podAnnotations(manifests)).containsKey("checksum/secret");
  }

  @Test
  void the_ingress_is_the_only_trusted_proxy_and_names_the_issuer_url_and_the_signing_key_comes_from_the_secret() {
    List<Map<String, Object>> manifests = render(t -> t
        .set("ingress.enabled", true)
        .set("ingress.host", "uplift.example.org")
        .set("ingress.tls.enabled", true)
        .set("proxy.trustedProxies", "10[.]42[.][0-9]+[.][0-9]+")
        .set("signing.keyEncryptionKey", "c2lnbmluZy1rZXktZW5jcnlwdGlvbi1rZXktMzItYnk="));
    Map<String, Object> config = map(single(manifests, "ConfigMap"), "data");
    Map<String, Object> container = container(manifests);
    Map<String, Object> secret = map(single(manifests, "Secret"), "data");

    assertThat(config)
        .containsEntry("UPLIFT_IDENTITY_ISSUER_URL", "https://uplift.example.org")
        .containsEntry("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "10[.]42[.][0-9]+[.][0-9]+");
    assertThat(map(env(container, "UPLIFT_IDENTITY_KEY_ENCRYPTION_KEY"), "valueFrom", "secretKeyRef"))
        .containsEntry("key", "signing-key-encryption-key");
    assertThat(secret).containsKey("signing-key-encryption-key");
    assertThat(map(single(render(UnaryOperator.identity()), "ConfigMap"), "data"))
        .containsEntry("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        .doesNotContainKey("UPLIFT_IDENTITY_ISSUER_URL");
  }

  @Test
  void missing_mongodb_uri_without_existing_secret_fails_the_render() {
    assertThatThrownBy(() -> render(t -> t.set("mongodb.uri", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mongodb.uri is required");
  }

  // ---------------------------------------------------------------- helpers

  private static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> values) {
    String output = values
        .apply(new Helm(chartDir).template().withName(RELEASE).withNamespace(NAMESPACE))
        .call();
    List<Map<String, Object>> manifests = new ArrayList<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(output)) {
      if (document != null) {
        manifests.add(asMap(document));
      }
    }
    return manifests;
  }

  private static List<Map<String, Object>> all(List<Map<String, Object>> manifests, String kind) {
    return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
  }

  private static Map<String, Object> single(List<Map<String, Object>> manifests, String kind) {
    List<Map<String, Object>> matches = all(manifests, kind);
    assertThat(matches).as("rendered %s manifests", kind).hasSize(1);
    return matches.get(0);
  }

  private static Map<String, Object> podSpec(List<Map<String, Object>> manifests) {
    return map(single(manifests, "Deployment"), "spec", "template", "spec");
  }

  private static Map<String, Object> podAnnotations(List<Map<String, Object>> manifests) {
    return map(single(manifests, "Deployment"), "spec", "template", "metadata", "annotations");
  }

  private static Map<String, Object> container(List<Map<String, Object>> manifests) {
    return container(podSpec(manifests));
  }

  private static Map<String, Object> container(Map<String, Object> podSpec) {
    List<Map<String, Object>> containers = list(podSpec, "containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static Map<String, Object> env(Map<String, Object> container, String name) {
    return list(container, "env").stream()
        .filter(e -> name.equals(e.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no env " + name + " in " + container.get("env")));
  }

  /** Follows env -> secretKeyRef -> Secret data and returns the decoded value. */
  private static String secretValueForEnv(
      Map<String, Object> container, Map<String, Object> secretData, String secretName, String envName) {
    Map<String, Object> ref = map(env(container, envName), "valueFrom", "secretKeyRef");
    assertThat(ref).as(envName).containsEntry("name", secretName);
    Object encoded = secretData.get(ref.get("key"));
    assertThat(encoded).as("Secret key %s for %s", ref.get("key"), envName).isNotNull();
    return new String(Base64.getDecoder().decode((String) encoded), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> map(Map<String, Object> root, String... path) {
    Map<String, Object> current = root;
    for (String key : path) {
      Object next = current.get(key);
      assertThat(next).as("missing key '%s' in %s", key, current.keySet()).isNotNull();
      current = asMap(next);
    }
    return current;
  }

  private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
    Object value = root.get(key);
    assertThat(value).as("missing list '%s' in %s", key, root.keySet()).isNotNull();
    return listOfMaps(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOfMaps(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }
}
