package org.ccionetwork.accounts;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in a small application context of its
 * own, on a free port of localhost, with one registered client ({@value #CLIENT_ID}) and the users a test adds.
 * The claims a user's ID token carries (email, email_verified, name, organisations) are the test's to set.
 * One per test JVM; the application under test discovers it through {@code issuer-uri}.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "ccio-network";
    public static final String CLIENT_SECRET = "a client secret for tests";
    public static final String PASSWORD = "provider password 1";

    private static TestIdentityProvider started;

    private final ConfigurableApplicationContext context;
    private final Map<String, Map<String, Object>> claims;

    private TestIdentityProvider(ConfigurableApplicationContext context, Map<String, Map<String, Object>> claims) {
        this.context = context;
        this.claims = claims;
    }

    public static synchronized TestIdentityProvider get() {
        if (started == null) {
            var context = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                    .properties("spring.config.name=test-identity-provider", "server.port=0",
                            "spring.main.banner-mode=off", "logging.level.root=WARN")
                    .run();
            started = new TestIdentityProvider(context, Provider.CLAIMS);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "identity-provider-close"));
        }
        return started;
    }

    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Lets the client come back to this address (the application under test on its random port). */
    public void allowRedirectTo(String redirectUri) {
        var clients = context.getBean(InMemoryRegisteredClientRepository.class);
        var client = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(client).redirectUris(uris -> uris.add(redirectUri)).build());
    }

    /**
     * Registers a second client that authenticates with {@code private_key_jwt}: the provider checks its signed
     * assertion against this public key, which it fetches from its own {@code /client-jwks}.
     */
    public void allowKeyClient(String clientId, String redirectUri, RSAKey publicKey) {
        Provider.clientKeys = new JWKSet(publicKey.toPublicJWK()).toString();
        var clients = context.getBean(InMemoryRegisteredClientRepository.class);
        var existing = clients.findByClientId(clientId);
        var client = (existing == null ? RegisteredClient.withId(UUID.randomUUID().toString()) : RegisteredClient.from(existing))
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false)
                        .jwkSetUrl(issuer() + "/client-jwks")
                        .tokenEndpointAuthenticationSigningAlgorithm(org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256)
                        .build())
                .build();
        clients.save(client);
    }

    /** A person at the provider: username and {@link #PASSWORD} on its login page, and these ID token claims. */
    public String addUser(Map<String, Object> idTokenClaims) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
        claims.put(username, new ConcurrentHashMap<>(idTokenClaims));
        return username;
    }

    /** Changes what the provider says about a user from now on (say, a new email address). */
    public void changeClaim(String username, String claim, Object value) {
        claims.get(username).put(claim, value);
    }

    // Not a @Configuration: the application's component scan reaches test classes and must not find it.
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
        static volatile String clientKeys = "{\"keys\":[]}";

        /** The public keys of the private_key_jwt client, as a client would publish them. */
        @Bean
        org.springframework.boot.web.servlet.ServletRegistrationBean<jakarta.servlet.http.HttpServlet> clientJwks() {
            var servlet = new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                        jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                    response.setContentType("application/json");
                    response.getWriter().write(clientKeys);
                }
            };
            return new org.springframework.boot.web.servlet.ServletRegistrationBean<>(servlet, "/client-jwks");
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(routes -> routes.requestMatchers("/client-jwks").permitAll().anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/unused")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .tokenSettings(org.springframework.security.oauth2.server.authorization.settings.TokenSettings.builder()
                            .accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                    .build());
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    var mine = CLAIMS.get(context.getPrincipal().getName());
                    if (mine != null) {
                        context.getClaims().claims(all -> all.putAll(mine));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
