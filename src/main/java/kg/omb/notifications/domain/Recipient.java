package kg.omb.notifications.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kg.omb.identity.AccountView;

/** Who an e-mail goes to, and the language it is written in. */
record Recipient(String address, @Nullable String name, Locale language) {

	static Recipient of(AccountView account) {
		return new Recipient(account.email(), account.displayName(), account.language());
	}

}
