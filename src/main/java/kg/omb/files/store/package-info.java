/** File store implementations. */
@NullMarked
package kg.omb.files.store;

import org.jspecify.annotations.NullMarked;
