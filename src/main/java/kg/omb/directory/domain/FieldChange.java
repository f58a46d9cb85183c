package kg.omb.directory.domain;

import org.jspecify.annotations.Nullable;

/** One field of a classifier entry as it was and as it became: {@code name.ru}, {@code levels}, {@code retired}. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}
