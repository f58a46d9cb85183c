package kg.omb.association.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.notifications.Topic;
import kg.omb.notifications.TopicNames;

/** An OMB followed by someone is named by its name, and leads to its public page. */
@Component
class AssociationTopicNames implements TopicNames {

	private final Associations associations;

	AssociationTopicNames(Associations associations) {
		this.associations = associations;
	}

	@Override
	public Topic.Type type() {
		return Topic.Type.ASSOCIATION;
	}

	@Override
	public Optional<Name> name(String key, Locale locale) {
		long id;
		try {
			id = Long.parseLong(key);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return associations.find(id)
			.map(association -> new Name(association.name().in(locale), "/associations/" + association.id()));
	}

}
