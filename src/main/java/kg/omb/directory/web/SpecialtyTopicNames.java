package kg.omb.directory.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kg.omb.directory.Directory;
import kg.omb.notifications.Topic;
import kg.omb.notifications.TopicNames;

/** A specialty (or direction) followed by someone is named by its code and name, and leads to its classifier page. */
@Component
class SpecialtyTopicNames implements TopicNames {

	private final Directory directory;

	SpecialtyTopicNames(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Topic.Type type() {
		return Topic.Type.SPECIALTY;
	}

	@Override
	public Optional<Name> name(String key, Locale locale) {
		return directory.classifierEntry(key)
			.map(entry -> new Name(entry.code() + " " + entry.name().in(locale), "/classifier/" + entry.code()));
	}

}
