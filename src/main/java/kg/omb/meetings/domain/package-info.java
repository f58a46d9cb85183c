@NullMarked
package kg.omb.meetings.domain;

import org.jspecify.annotations.NullMarked;
