package org.dpatracker.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID provider (Spring Authorization Server) in the test JVM, on a random port of 127.0.0.1: the app
 * under test runs on localhost, so that the two keep their session cookies apart. Its users sign in on its own
 * login form; their ID tokens carry a "groups" claim. One provider serves every test of the JVM.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "dpa-tracker";
    public static final String CLIENT_SECRET = "test-client-secret";

    private static TestIdentityProvider shared;

    private final ConfigurableApplicationContext context;
    private final Map<String, Person> people;
    private final InMemoryUserDetailsManager users;
    private final InMemoryRegisteredClientRepository clients;

    /** Someone the provider knows. */
    public record Person(String username, String password, String email, String name, List<String> groups) {}

    private TestIdentityProvider() {
        context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--spring.config.name=test-identity-provider",
                        "--spring.main.banner-mode=off",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                        // Tomcat runs filters only for requests that reach a servlet; the provider has no other.
                        "--server.servlet.register-default-servlet=true",
                        "--logging.level.org.springframework=WARN");
        people = context.getBean(ProviderConfiguration.class).people;
        users = context.getBean(InMemoryUserDetailsManager.class);
        clients = context.getBean(InMemoryRegisteredClientRepository.class);
    }

    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = new TestIdentityProvider();
        }
        return shared;
    }

    public String issuer() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    /** Lets the app at this address sign users in here and send them back after the logout. */
    public synchronized void allowApp(String appBaseUrl) {
        RegisteredClient known = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(known)
                .redirectUri(appBaseUrl + "/login/oauth2/code/sso")
                .postLogoutRedirectUri(appBaseUrl + "/login")
                .build());
    }

    /** A new person at the provider with a name of its own, in these groups. */
    public Person addPerson(String email, String name, String... groups) {
        String username = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(username, username + "-password", email, name, List.of(groups));
        people.put(username, person);
        users.createUser(User.withUsername(username)
                .password("{noop}" + person.password())
                .roles("EMPLOYEE")
                .build());
        return person;
    }

    /** Moves a person to other groups, as an administrator at the provider would. */
    public Person regroup(Person person, String... groups) {
        Person moved = new Person(person.username(), person.password(), person.email(), person.name(), List.of(groups));
        people.put(person.username(), moved);
        return moved;
    }

    /** A test configuration, so that the app's component scan leaves it to the provider's own context. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class ProviderConfiguration {

        final Map<String, Person> people = new ConcurrentHashMap<>();

        @Bean
        SecurityFilterChain providerSecurity(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        /**
         * The app under test, in the same JVM, replaces the static holder's strategy when it starts (Vaadin's); the
         * provider's filters, some of which read the static holder, then all use whichever strategy is current.
         */
        @Bean
        SecurityContextHolderStrategy currentHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        InMemoryUserDetailsManager providerUsers() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        InMemoryRegisteredClientRepository registeredClients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(
                            UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                    .scopes(scopes -> scopes.addAll(Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)))
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build());
        }

        /** The person's e-mail address, name and groups in their ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return token -> {
                Person person = people.get(token.getPrincipal().getName());
                if (person != null
                        && OidcParameterNames.ID_TOKEN.equals(
                                token.getTokenType().getValue())) {
                    token.getClaims()
                            .claim("email", person.email())
                            .claim("email_verified", true)
                            .claim("name", person.name())
                            .claim("preferred_username", person.username())
                            .claim("groups", person.groups());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
