package kg.omb.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import kg.omb.identity.domain.PasswordPolicy.CommonPasswords;

/**
 * How passwords are hashed and which ones are allowed.
 * <p>
 * Hashes are written with bcrypt through Spring's delegating encoder, whose {@code {id}} prefix lets a later change
 * of algorithm verify old hashes and upgrade them at the next sign-in. Argon2 would need BouncyCastle, which is on
 * the class path today only as a transitive dependency of Tika's PDF parser; passwords that could no longer be
 * verified if that dependency went away are not worth the gain.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(commonPasswords());
	}

	static CommonPasswords commonPasswords() {
		try (InputStream in = PasswordConfiguration.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Set<String> passwords = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
			return CommonPasswords.of(passwords);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
