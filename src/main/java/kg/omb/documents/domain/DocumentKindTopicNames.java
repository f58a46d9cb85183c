package kg.omb.documents.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.omb.documents.DocumentKind;
import kg.omb.notifications.Topic;
import kg.omb.notifications.TopicNames;

/** A kind of document followed by someone is named as the registry names it, and leads to the registry filtered by it. */
@Component
class DocumentKindTopicNames implements TopicNames {

	private final MessageSource messages;

	DocumentKindTopicNames(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Topic.Type type() {
		return Topic.Type.DOCUMENT_KIND;
	}

	@Override
	public Optional<Name> name(String key, Locale locale) {
		return Arrays.stream(DocumentKind.values())
			.filter(kind -> kind.name().equals(key))
			.findFirst()
			.map(kind -> new Name(messages.getMessage("documents.kind." + kind.name(), null, locale),
					"/documents?kind=" + kind.name()));
	}

}
