@NullMarked
package kg.omb.meetings.web;

import org.jspecify.annotations.NullMarked;
