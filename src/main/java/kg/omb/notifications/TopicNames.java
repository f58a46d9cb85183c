package kg.omb.notifications;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a topic is called, for the list of a person's subscriptions. The module that owns a kind of topic
 * implements this (the OMBs, the classifier, the documents), so that notifications depend on none of them.
 */
public interface TopicNames {

	/** The kind of topic this names. */
	Topic.Type type();

	/** The topic's name in the language, and the page that shows it; empty when there is no such topic. */
	Optional<Name> name(String key, Locale locale);

	/** A topic's name and the path of its page, if it has one. */
	record Name(String label, @Nullable String link) {
	}

}
